import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionRef } from '../../../contracts/regions.contract';
import { regionPath } from './region-labels';

/** Indonesia › provinsi › kabupaten/kota › kecamatan › desa, the last one being the current page. */
export function RegionBreadcrumbs({ ancestors, current }: { ancestors: RegionRef[]; current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('region.breadcrumbs')}>
      <Breadcrumbs separator="›" separatorMargin={6} styles={{ root: { flexWrap: 'wrap', rowGap: 4 } }}>
        <Anchor component={Link} to="/" size="sm">
          {t('region.indonesia')}
        </Anchor>
        {ancestors.map((a) => (
          <Anchor key={a.code} component={Link} to={regionPath(a.code)} size="sm">
            {a.name}
          </Anchor>
        ))}
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
