import { Anchor, Table, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatRegionCode } from '../../../domain/region-code';
import { villageIndexApi } from '../../api-client/village-index-api';
import { numberLocale } from '../../i18n/i18n-setup';
import { ErrorState } from '../../shared/error-state';
import { ExportButtons } from '../../shared/export-buttons';
import { LoadingState } from '../../shared/loading-state';
import { useWideLayout } from '../../shared/use-wide-layout';
import { regionPath } from '../regions/region-labels';
import classes from './idm-ranking.module.css';
import { StatusOrNotScored } from './idm-status-badge';
import { IdmSubsection } from './idm-subsection';
import {
  FoldButton,
  IndexWithStatus,
  RankingList,
  RankingListItem,
  RankingSortControl,
  RankingTable,
  useRowFold,
} from './ranking-layout';
import { type RankedVillage, type RankingSort, rankVillages } from './region-index-figures';
import { useFormatIndex } from './use-format-index';
import { useRegionVillages } from './use-village-index-query';

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
  return (
    <IndexWithStatus value={village.value} status={village.shownStatus} testId="village-ranking-value" />
  );
}

function VillagesTable({ rows, label }: { rows: readonly RankedVillage[]; label: string }) {
  const { t } = useTranslation();
  const index = useFormatIndex();
  const columns = [
    { label: t('regionalIndex.villages.rank'), className: classes.number },
    { label: t('regionalIndex.villages.name') },
    { label: t('regionalIndex.villages.code') },
    ...(['idm', 'iks', 'ike', 'ikl'] as const).map((key) => ({
      label: t(`regionalIndex.villages.${key}`),
      className: classes.number,
    })),
    { label: t('regionalIndex.villages.status') },
  ];
  return (
    <RankingTable label={label} testId="village-ranking" minWidth={640} columns={columns}>
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
            <StatusOrNotScored status={row.shownStatus} />
          </Table.Td>
        </Table.Tr>
      ))}
    </RankingTable>
  );
}

function VillagesList({ rows, label }: { rows: readonly RankedVillage[]; label: string }) {
  const { t } = useTranslation();
  const index = useFormatIndex();
  return (
    <RankingList label={label} testId="village-ranking">
      {rows.map((row) => (
        <RankingListItem
          key={row.code}
          testId="village-ranking-row"
          rank={row.rank}
          name={<VillageName village={row} strong />}
          code={formatRegionCode(row.code)}
          value={<VillageValue village={row} />}
          detail={
            row.value !== null && (
              <Text size="xs" c="dimmed" className={classes.mean}>
                {t('regionalIndex.villages.subIndices', {
                  iks: index(row.iks),
                  ike: index(row.ike),
                  ikl: index(row.ikl),
                })}
              </Text>
            )
          }
        />
      ))}
    </RankingList>
  );
}

/**
 * Every desa of a kecamatan ranked by IDM (or ordered by name or code), with IKS, IKE, IKL and the
 * status, each linking to its desa page; a table, or a list on phones; downloadable below.
 */
export function VillageRanking({ region, year }: { region: string; year: number }) {
  const { t, i18n } = useTranslation();
  const query = useRegionVillages(region, year);
  const wide = useWideLayout();
  const [sort, setSort] = useState<RankingSort>('idm');
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  const fold = useRowFold(query.data ? rankVillages(query.data.villages, sort, locale) : []);
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
    body = (
      <>
        <RankingSortControl
          hint={t('regionalIndex.villages.hint', { year })}
          sort={sort}
          onChange={setSort}
          testId="village-ranking-sort"
        />
        {wide ? (
          <VillagesTable rows={fold.rows} label={heading} />
        ) : (
          <VillagesList rows={fold.rows} label={heading} />
        )}
        <FoldButton fold={fold} testId="village-ranking-all" />
        <ExportButtons href={villageIndexApi.villagesExportUrl({ region, year })} />
      </>
    );
  }
  return (
    <IdmSubsection
      heading={heading}
      testId="village-ranking-section"
      style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
    >
      {body}
    </IdmSubsection>
  );
}
