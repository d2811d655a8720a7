import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { idmStatus } from '../../../domain/village-index/idm.scheme';
import { numberLocale } from '../../i18n/i18n-setup';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { regionPath } from '../regions/region-labels';
import classes from './idm-ranking.module.css';
import { IdmStatusBadge } from './idm-status-badge';
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
import {
  type RankedChild,
  type RankingSort,
  type RegionIndexChild,
  rankChildren,
} from './region-index-figures';
import { useFormatIndex } from './use-format-index';

/** Level of the region whose children are ranked: the country ranks provinces, and so on. */
export type RankingParent = 'country' | 'province' | 'regency';

const meanStatus = (child: RankedChild) => {
  const mean = child.summary.mean.value;
  return mean === null ? null : idmStatus(mean);
};

function ChildrenTable({ rows, label }: { rows: readonly RankedChild[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const formatIndex = useFormatIndex();
  const columns = [
    { label: t('regionIndex.rank'), className: classes.number },
    { label: t('regionIndex.name') },
    { label: t('regionIndex.code') },
    { label: t('regionIndex.mean'), className: classes.number },
    { label: t('villageIndex.statusLabel') },
    { label: t('regionIndex.villages'), className: classes.number },
    { label: t('regionIndex.mandiri'), className: classes.number },
    { label: t('regionIndex.lagging'), className: classes.numberWrap },
  ];
  return (
    <RankingTable label={label} testId="idm-ranking" minWidth={640} columns={columns}>
      {rows.map((row) => {
        const status = meanStatus(row);
        return (
          <Table.Tr key={row.region.code} data-testid="idm-ranking-row">
            <Table.Td className={classes.number}>{row.rank}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={regionPath(row.region.code)} fw={500} inherit>
                {row.region.name}
              </Anchor>
            </Table.Td>
            <Table.Td className={classes.code}>{row.region.codeDotted}</Table.Td>
            <Table.Td className={classes.number} fw={600} data-testid="idm-ranking-mean">
              {formatIndex(row.summary.mean.value)}
            </Table.Td>
            <Table.Td>{status && <IdmStatusBadge status={status} size="sm" />}</Table.Td>
            <Table.Td className={classes.number}>{format(row.summary.villages)}</Table.Td>
            <Table.Td className={classes.number}>{format(row.summary.statuses.mandiri ?? 0)}</Table.Td>
            <Table.Td className={classes.number}>{format(row.lagging)}</Table.Td>
          </Table.Tr>
        );
      })}
    </RankingTable>
  );
}

function ChildrenList({ rows, label }: { rows: readonly RankedChild[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (
    <RankingList label={label} testId="idm-ranking">
      {rows.map((row) => (
        <RankingListItem
          key={row.region.code}
          testId="idm-ranking-row"
          rank={row.rank}
          name={
            <Anchor component={Link} to={regionPath(row.region.code)} fw={600} className={classes.name}>
              {row.region.name}
            </Anchor>
          }
          code={row.region.codeDotted}
          value={
            <IndexWithStatus
              value={row.summary.mean.value}
              status={meanStatus(row)}
              testId="idm-ranking-mean"
            />
          }
          detail={
            <Text size="xs" c="dimmed">
              {t('regionIndex.compactCounts', {
                villages: format(row.summary.villages),
                mandiri: format(row.summary.statuses.mandiri ?? 0),
                lagging: format(row.lagging),
              })}
            </Text>
          }
        />
      ))}
    </RankingList>
  );
}

/** The regions below, ranked by mean IDM (or ordered by name or code): a table, or a list on phones. */
export function IdmRanking({ parent, items }: { parent: RankingParent; items: RegionIndexChild[] }) {
  const { t, i18n } = useTranslation();
  const wide = useWideLayout();
  const [sort, setSort] = useState<RankingSort>('idm');
  const ranked = rankChildren(items, sort, numberLocale(i18n.resolvedLanguage ?? i18n.language));
  const fold = useRowFold(ranked);
  const heading = t(`regionIndex.rankingHeading.${parent}`);
  return (
    <IdmSubsection heading={heading}>
      <RankingSortControl
        hint={t('regionIndex.rankingHint')}
        sort={sort}
        onChange={setSort}
        testId="idm-ranking-sort"
      />
      {wide ? (
        <ChildrenTable rows={fold.rows} label={heading} />
      ) : (
        <ChildrenList rows={fold.rows} label={heading} />
      )}
      <FoldButton fold={fold} testId="idm-ranking-all" />
    </IdmSubsection>
  );
}
