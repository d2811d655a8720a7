import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRegionCode } from '../../../domain/region-code';
import { villageIndexApi } from '../../api-client/village-index-api';
import { ErrorState } from '../../shared/error-state';
import { ExportButtons } from '../../shared/export-buttons';
import { LoadingState } from '../../shared/loading-state';
import { regionPath } from '../regions/region-labels';
import classes from './idm-ranking.module.css';
import { IdmStatusBadge } from './idm-status-badge';
import { type RankedVillage, type RankingSort, rankVillages } from './region-index-figures';
import { useFormatIndex } from './use-format-index';
import { useRegionVillages } from './use-village-index-query';

const SORTS: readonly RankingSort[] = ['idm', 'name', 'code'];
/** As in the ranking of regions: ten rows, unless only a few more would be hidden. */
const FIRST_ROWS = 10;

/** The desa's name, linked to its page unless its code is missing from the region list. */
export function VillageName({ village, strong = false }: { village: RankedVillage; strong?: boolean }) {
  const { t } = useTranslation();
  if (!village.placed) {
    return (
      <Text span size="sm" fw={strong ? 600 : 500} className={classes.name}>
        {village.shownName}{' '}
        <Text span inherit fw={400} c="dimmed">
          ({t('regionalIndex.villages.unplaced')})
        </Text>
      </Text>
    );
  }
  return (
    <Anchor
      component={Link}
      to={regionPath(village.code)}
      fw={strong ? 600 : 500}
      size="sm"
      className={classes.name}
    >
      {village.shownName}
    </Anchor>
  );
}

/** The IDM with its status badge, or "belum dinilai". */
export function VillageValue({ village }: { village: RankedVillage }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  if (village.value === null) {
    return (
      <Text span size="sm" c="dimmed">
        {t('villageIndex.notScoredShort')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" className={classes.mean}>
      <Text span size="sm" fw={600} className={classes.number} data-testid="village-ranking-value">
        {format(village.value)}
      </Text>
      {village.shownStatus && <IdmStatusBadge status={village.shownStatus} size="sm" />}
    </Group>
  );
}

function RankingTable({ rows, label }: { rows: RankedVillage[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const index = (value: number | null) => (value === null ? '–' : format(value));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label} data-testid="village-ranking">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.number}>
              {t('regionalIndex.villages.rank')}
            </Table.Th>
            <Table.Th scope="col">{t('regionalIndex.villages.name')}</Table.Th>
            <Table.Th scope="col">{t('regionalIndex.villages.code')}</Table.Th>
            {(['idm', 'iks', 'ike', 'ikl'] as const).map((key) => (
              <Table.Th key={key} scope="col" className={classes.number}>
                {t(`regionalIndex.villages.${key}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{t('regionalIndex.villages.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code} data-testid="village-ranking-row">
              <Table.Td className={classes.number}>{row.rank ?? '–'}</Table.Td>
              <Table.Td>
                <VillageName village={row} />
              </Table.Td>
              <Table.Td className={classes.code}>{formatRegionCode(row.code)}</Table.Td>
              <Table.Td className={classes.number} fw={600} data-testid="village-ranking-value">
                {index(row.value)}
              </Table.Td>
              <Table.Td className={classes.number}>{index(row.iks)}</Table.Td>
              <Table.Td className={classes.number}>{index(row.ike)}</Table.Td>
              <Table.Td className={classes.number}>{index(row.ikl)}</Table.Td>
              <Table.Td>
                {row.shownStatus ? (
                  <IdmStatusBadge status={row.shownStatus} size="sm" />
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('villageIndex.notScoredShort')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RankingList({ rows, label }: { rows: RankedVillage[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const index = (value: number | null) => (value === null ? '–' : format(value));
  return (
    <ol className={classes.list} aria-label={label} data-testid="village-ranking">
      {rows.map((row) => (
        <li key={row.code} className={classes.item} data-testid="village-ranking-row">
          <Group justify="space-between" wrap="nowrap" gap="xs" align="baseline">
            <Group gap={6} wrap="nowrap" align="baseline" className={classes.name}>
              <Text span size="sm" c="dimmed" className={classes.number}>
                {row.rank === null ? '–' : `${row.rank}.`}
              </Text>
              <VillageName village={row} strong />
            </Group>
            <Text span size="xs" c="dimmed" className={classes.code}>
              {formatRegionCode(row.code)}
            </Text>
          </Group>
          <Group justify="space-between" wrap="wrap" gap={6} mt={4}>
            <VillageValue village={row} />
            {row.value !== null && (
              <Text size="xs" c="dimmed" className={classes.mean}>
                {t('regionalIndex.villages.subIndices', {
                  iks: index(row.iks),
                  ike: index(row.ike),
                  ikl: index(row.ikl),
                })}
              </Text>
            )}
          </Group>
        </li>
      ))}
    </ol>
  );
}

/**
 * Every desa of a kecamatan ranked by IDM (or ordered by name or code), with IKS, IKE, IKL and the
 * status, each linking to its desa page; a table, or a list on phones; downloadable below.
 */
export function VillageRanking({ region, year }: { region: string; year: number }) {
  const { t, i18n } = useTranslation();
  const query = useRegionVillages(region, year);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [sort, setSort] = useState<RankingSort>('idm');
  const [all, setAll] = useState(false);
  const id = useId();
  const heading = t('regionalIndex.villages.heading');
  let body: ReactNode;
  if (query.isPending) body = <LoadingState label={t('regionalIndex.villages.loading')} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.villages.length === 0) {
    body = (
      <Text size="sm" c="dimmed" data-testid="village-ranking-empty">
        {t('regionalIndex.villages.empty')}
      </Text>
    );
  } else {
    const ranked = rankVillages(query.data.villages, sort, i18n.resolvedLanguage ?? i18n.language);
    const folds = ranked.length > FIRST_ROWS + 3;
    const rows = folds && !all ? ranked.slice(0, FIRST_ROWS) : ranked;
    body = (
      <>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('regionalIndex.villages.hint', { year })}
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
              data-testid="village-ranking-sort"
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
              data-testid="village-ranking-all"
            >
              {all
                ? t('regionIndex.showFewer', { count: FIRST_ROWS })
                : t('regionIndex.showAll', { count: ranked.length })}
            </Button>
          </Group>
        )}
        <ExportButtons href={villageIndexApi.villagesExportUrl({ region, year })} />
      </>
    );
  }
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid="village-ranking-section"
      style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
    >
      <Title order={3} size="h5" id={`${id}-heading`}>
        {heading}
      </Title>
      {body}
    </Stack>
  );
}
