import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { villageIndexApi } from '../../api-client/village-index-api';
import { ErrorState } from '../../shared/error-state';
import { ExportButtons } from '../../shared/export-buttons';
import { LoadingState } from '../../shared/loading-state';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './idm-ranking.module.css';
import { IdmStatusBadge } from './idm-status-badge';
import { IdmSubsection } from './idm-subsection';
import { RankingList, RankingListItem, RankingTable } from './ranking-layout';
import { type RankedVillage, weakestVillages } from './region-index-figures';
import { useFormatIndex } from './use-format-index';
import { useRegionVillages } from './use-village-index-query';
import { VillageName, VillageValue } from './village-ranking';

/** How many of the lowest desa a kabupaten page lists. */
const WEAKEST = 10;

interface WeakestVillagesProps {
  /** A kabupaten/kota code. */
  region: string;
  name: string;
  year: number;
  /** Names of the kecamatan, by code, from the summary's child regions. */
  districtNames: ReadonlyMap<string, string>;
}

interface WeakestRowsProps {
  rows: readonly RankedVillage[];
  label: string;
  /** The name of a desa's kecamatan, from the desa code. */
  district: (code: string) => string;
}

function WeakestTable({ rows, label, district }: WeakestRowsProps) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const columns = [
    { label: t('regionalIndex.villages.rank'), className: classes.number },
    { label: t('regionalIndex.villages.name') },
    { label: t('regionalIndex.weakest.kecamatan') },
    { label: t('regionalIndex.villages.idm'), className: classes.number },
    { label: t('regionalIndex.villages.status') },
  ];
  return (
    <RankingTable label={label} testId="weakest-villages" minWidth={560} columns={columns}>
      {rows.map((row) => (
        <Table.Tr key={row.code} data-testid="weakest-villages-row">
          <Table.Td className={classes.number}>{row.rank}</Table.Td>
          <Table.Td>
            <VillageName village={row} />
          </Table.Td>
          <Table.Td>{district(row.code)}</Table.Td>
          <Table.Td className={classes.number} fw={600}>
            {format(row.value)}
          </Table.Td>
          <Table.Td>{row.shownStatus && <IdmStatusBadge status={row.shownStatus} size="sm" />}</Table.Td>
        </Table.Tr>
      ))}
    </RankingTable>
  );
}

function WeakestList({ rows, label, district }: WeakestRowsProps) {
  return (
    <RankingList label={label} testId="weakest-villages">
      {rows.map((row) => (
        <RankingListItem
          key={row.code}
          testId="weakest-villages-row"
          rank={row.rank}
          name={<VillageName village={row} strong />}
          value={<VillageValue village={row} />}
          detail={
            <Text size="xs" c="dimmed">
              {district(row.code)}
            </Text>
          }
        />
      ))}
    </RankingList>
  );
}

/**
 * On a kabupaten/kota page: the ten desa with the lowest IDM, where support is most needed, with
 * their kecamatan; the result of every desa of the kabupaten can be downloaded below.
 */
export function WeakestVillages({ region, name, year, districtNames }: WeakestVillagesProps) {
  const { t } = useTranslation();
  const query = useRegionVillages(region, year);
  const wide = useWideLayout();
  if (query.isPending) return <LoadingState label={t('regionalIndex.villages.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rows = weakestVillages(query.data.villages, WEAKEST);
  if (rows.length === 0) return null;
  const heading = t('regionalIndex.weakest.heading', { count: rows.length });
  const district = (code: string) => districtNames.get(code.slice(0, 6)) ?? code.slice(0, 6);
  return (
    <IdmSubsection heading={heading} testId="weakest-villages-section">
      <Text size="sm" c="dimmed">
        {t('regionalIndex.weakest.hint', { name })}
      </Text>
      {wide ? (
        <WeakestTable rows={rows} label={heading} district={district} />
      ) : (
        <WeakestList rows={rows} label={heading} district={district} />
      )}
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{t('regionalIndex.weakest.allDesa', { name })}</Text>
        <ExportButtons href={villageIndexApi.villagesExportUrl({ region, year })} />
      </Group>
    </IdmSubsection>
  );
}
