import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionSummary } from '../../../contracts/regions.contract';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { countKeysFor, countOf, showsTypeColumn } from './region-count-columns';
import { regionPath, regionTypeKey } from './region-labels';
import classes from './region-list.module.css';

interface RegionListProps {
  items: RegionSummary[];
  /** Level of the listed regions: decides the columns. */
  level: RegionSummary['level'];
  /** Accessible name of the table or list. */
  label: string;
}

/** Regions with their counts: a table on wider screens, a compact list on phones. */
export function RegionList({ items, level, label }: RegionListProps) {
  const wide = useWideLayout();
  return wide ? (
    <RegionTable items={items} level={level} label={label} />
  ) : (
    <RegionCompactList items={items} level={level} label={label} />
  );
}

function RegionTable({ items, level, label }: RegionListProps) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const countKeys = countKeysFor(level);
  const withType = showsTypeColumn(level);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.name')}</Table.Th>
            {withType && <Table.Th scope="col">{t('table.type')}</Table.Th>}
            <Table.Th scope="col">{t('table.code')}</Table.Th>
            {countKeys.map((key) => (
              <Table.Th key={key} scope="col" className={classes.number}>
                {t(`counts.${key}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((region) => (
            <Table.Tr key={region.code}>
              <Table.Td>
                <Anchor component={Link} to={regionPath(region.code)} fw={500} inherit>
                  {region.name}
                </Anchor>
              </Table.Td>
              {withType && <Table.Td>{t(`type.${regionTypeKey(region)}`)}</Table.Td>}
              <Table.Td className={classes.code}>{region.codeDotted}</Table.Td>
              {countKeys.map((key) => (
                <Table.Td key={key} className={classes.number}>
                  {format(countOf(region.counts, key))}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RegionCompactList({ items, level, label }: RegionListProps) {
  const { t } = useTranslation();
  const countKeys = countKeysFor(level);
  const withType = showsTypeColumn(level);
  return (
    <ul className={classes.list} aria-label={label}>
      {items.map((region) => (
        <li key={region.code}>
          <Anchor
            component={Link}
            to={regionPath(region.code)}
            underline="never"
            className={classes.itemLink}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs" align="baseline">
              <Text fw={600} c="var(--mantine-primary-color-filled)" className={classes.name}>
                {region.name}
              </Text>
              <Text size="xs" c="dimmed" className={classes.code}>
                {region.codeDotted}
              </Text>
            </Group>
            {(withType || countKeys.length > 0) && (
              <Group gap={6} mt={4} wrap="wrap">
                {withType && (
                  <Badge variant="light" size="sm" radius="sm">
                    {t(`type.${regionTypeKey(region)}`)}
                  </Badge>
                )}
                {countKeys.length > 0 && (
                  <Text size="sm" c="dimmed">
                    {countKeys
                      .map((key) => t(`counts.${key}Count`, { count: countOf(region.counts, key) }))
                      .join(' · ')}
                  </Text>
                )}
              </Group>
            )}
          </Anchor>
        </li>
      ))}
    </ul>
  );
}
