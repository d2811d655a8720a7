import { Badge, Combobox, Group, Highlight, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VillageHit } from '../../../contracts/regions.contract';
import { ancestorsByLevel, regionTypeKey } from './region-labels';
import classes from './region-search-box.module.css';

/** "Kecamatan Semarang Tengah, Kota Semarang, Provinsi Jawa Tengah": tells the many Sukamaju apart. */
export function useHitLocation(): (hit: VillageHit) => string {
  const { t } = useTranslation();
  return (hit) => {
    const { district, regency, province } = ancestorsByLevel(hit);
    return [
      district && t('search.district', { name: district.name }),
      regency?.name,
      province && t('search.province', { name: province.name }),
    ]
      .filter(Boolean)
      .join(', ');
  };
}

/** One search result in the dropdown: name (matching part highlighted), type and where it is. */
export function SearchHitOption({ hit, query }: { hit: VillageHit; query: string }) {
  const { t } = useTranslation();
  const location = useHitLocation();
  return (
    <Combobox.Option value={hit.code} className={classes.option} data-testid="search-hit">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Highlight highlight={query} fw={600} size="sm" className={classes.hitName}>
          {hit.name}
        </Highlight>
        <Badge variant="light" size="xs" radius="sm" className={classes.hitType}>
          {t(`type.${regionTypeKey(hit)}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed" className={classes.hitLocation}>
        {location(hit)}
      </Text>
    </Combobox.Option>
  );
}
