import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { idmStatus } from '../../../domain/village-index/idm.scheme';
import { numberLocale } from '../../i18n/i18n-setup';
import { useFormatNumber } from '../../shared/use-format-number';
import { regionPath } from '../regions/region-labels';
import classes from './idm-ranking.module.css';
import { IdmStatusBadge } from './idm-status-badge';
import {
  type RankedChild,
  type RankingSort,
  type RegionIndexChild,
  rankChildren,
} from './region-index-figures';
import { useFormatIndex } from './use-format-index';

/** Level of the region whose children are ranked: the country ranks provinces, and so on. */
export type RankingParent = 'country' | 'province' | 'regency';

const SORTS: readonly RankingSort[] = ['idm', 'name', 'code'];
/** Rows shown before "Tampilkan semua", so the list of regions below stays within reach on a phone. */
const FIRST_ROWS = 10;

function MeanCell({ child }: { child: RankedChild }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const mean = child.summary.mean.value;
  if (mean === null) {
    return (
      <Text span size="sm" c="dimmed">
        {t('villageIndex.notScoredShort')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" className={classes.mean}>
      <Text span size="sm" fw={600} className={classes.number} data-testid="idm-ranking-mean">
        {format(mean)}
      </Text>
      <IdmStatusBadge status={idmStatus(mean)} size="sm" />
    </Group>
  );
}

function MeanCells({ child }: { child: RankedChild }) {
  const format = useFormatIndex();
  const mean = child.summary.mean.value;
  return (
    <>
      <Table.Td className={classes.number} fw={600} data-testid="idm-ranking-mean">
        {mean === null ? '–' : format(mean)}
      </Table.Td>
      <Table.Td>{mean !== null && <IdmStatusBadge status={idmStatus(mean)} size="sm" />}</Table.Td>
    </>
  );
}

function RankingTable({ rows, label }: { rows: RankedChild[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label} data-testid="idm-ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.number}>
              {t('regionIndex.rank')}
            </Table.Th>
            <Table.Th scope="col">{t('regionIndex.name')}</Table.Th>
            <Table.Th scope="col">{t('regionIndex.code')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('regionIndex.mean')}
            </Table.Th>
            <Table.Th scope="col">{t('villageIndex.statusLabel')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('regionIndex.villages')}
            </Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('regionIndex.mandiri')}
            </Table.Th>
            <Table.Th scope="col" className={classes.numberWrap}>
              {t('regionIndex.lagging')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.region.code} data-testid="idm-ranking-row">
              <Table.Td className={classes.number}>{row.rank}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={regionPath(row.region.code)} fw={500} inherit>
                  {row.region.name}
                </Anchor>
              </Table.Td>
              <Table.Td className={classes.code}>{row.region.codeDotted}</Table.Td>
              <MeanCells child={row} />
              <Table.Td className={classes.number}>{format(row.summary.villages)}</Table.Td>
              <Table.Td className={classes.number}>{format(row.summary.statuses.mandiri ?? 0)}</Table.Td>
              <Table.Td className={classes.number}>{format(row.lagging)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RankingList({ rows, label }: { rows: RankedChild[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <ol className={classes.list} aria-label={label} data-testid="idm-ranking">
      {rows.map((row) => (
        <li key={row.region.code} className={classes.item} data-testid="idm-ranking-row">
          <Group justify="space-between" wrap="nowrap" gap="xs" align="baseline">
            <Group gap={6} wrap="nowrap" align="baseline" className={classes.name}>
              <Text span size="sm" c="dimmed" className={classes.number}>
                {row.rank}.
              </Text>
              <Anchor component={Link} to={regionPath(row.region.code)} fw={600} className={classes.name}>
                {row.region.name}
              </Anchor>
            </Group>
            <Text span size="xs" c="dimmed" className={classes.code}>
              {row.region.codeDotted}
            </Text>
          </Group>
          <Group justify="space-between" wrap="wrap" gap={6} mt={4}>
            <MeanCell child={row} />
            <Text size="xs" c="dimmed">
              {t('regionIndex.compactCounts', {
                villages: format(row.summary.villages),
                mandiri: format(row.summary.statuses.mandiri ?? 0),
                lagging: format(row.lagging),
              })}
            </Text>
          </Group>
        </li>
      ))}
    </ol>
  );
}

/** The regions below, ranked by mean IDM (or ordered by name or code): a table, or a list on phones. */
export function IdmRanking({ parent, items }: { parent: RankingParent; items: RegionIndexChild[] }) {
  const { t, i18n } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [sort, setSort] = useState<RankingSort>('idm');
  const [all, setAll] = useState(false);
  const ranked = rankChildren(items, sort, numberLocale(i18n.resolvedLanguage ?? i18n.language));
  // Hiding only two or three rows would not be worth a button.
  const folds = ranked.length > FIRST_ROWS + 3;
  const rows = folds && !all ? ranked.slice(0, FIRST_ROWS) : ranked;
  const heading = t(`regionIndex.rankingHeading.${parent}`);
  const id = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={3} size="h5" id={`${id}-heading`}>
        {heading}
      </Title>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('regionIndex.rankingHint')}
        </Text>
        <Group gap={8} wrap="nowrap">
          <Text size="sm" id={`${id}-sort`}>
            {t('regionIndex.sortLabel')}
          </Text>
          <SegmentedControl
            size="xs"
            value={sort}
            onChange={(value) => setSort(value as RankingSort)}
            data={SORTS.map((value) => ({ value, label: t(`regionIndex.sort.${value}`) }))}
            aria-labelledby={`${id}-sort`}
            data-testid={`${id}-sort`}
          />
        </Group>
      </Group>
      {wide ? <RankingTable rows={rows} label={heading} /> : <RankingList rows={rows} label={heading} />}
      {folds && (
        <Group justify="center">
          <Button
            variant="light"
            size="compact-md"
            onClick={() => setAll(!all)}
            data-testid="idm-ranking-all"
          >
            {all
              ? t('regionIndex.showFewer', { count: FIRST_ROWS })
              : t('regionIndex.showAll', { count: ranked.length })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
