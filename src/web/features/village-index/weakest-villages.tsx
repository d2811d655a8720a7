import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { villageIndexApi } from '../../api-client/village-index-api';
import { ErrorState } from '../../shared/error-state';
import { ExportButtons } from '../../shared/export-buttons';
import { LoadingState } from '../../shared/loading-state';
import classes from './idm-ranking.module.css';
import { IdmStatusBadge } from './idm-status-badge';
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

function WeakestTable({
  rows,
  label,
  district,
}: {
  rows: RankedVillage[];
  label: string;
  district: (code: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label} data-testid="weakest-villages">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.number}>
              {t('regionalIndex.villages.rank')}
            </Table.Th>
            <Table.Th scope="col">{t('regionalIndex.villages.name')}</Table.Th>
            <Table.Th scope="col">{t('regionalIndex.weakest.kecamatan')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('regionalIndex.villages.idm')}
            </Table.Th>
            <Table.Th scope="col">{t('regionalIndex.villages.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.code} data-testid="weakest-villages-row">
              <Table.Td className={classes.number}>{row.rank}</Table.Td>
              <Table.Td>
                <VillageName village={row} />
              </Table.Td>
              <Table.Td>{district(row.code)}</Table.Td>
              <Table.Td className={classes.number} fw={600}>
                {row.value === null ? '–' : format(row.value)}
              </Table.Td>
              <Table.Td>{row.shownStatus && <IdmStatusBadge status={row.shownStatus} size="sm" />}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function WeakestList({
  rows,
  label,
  district,
}: {
  rows: RankedVillage[];
  label: string;
  district: (code: string) => string;
}) {
  return (
    <ol className={classes.list} aria-label={label} data-testid="weakest-villages">
      {rows.map((row) => (
        <li key={row.code} className={classes.item} data-testid="weakest-villages-row">
          <Group gap={6} wrap="nowrap" align="baseline" className={classes.name}>
            <Text span size="sm" c="dimmed" className={classes.number}>
              {row.rank}.
            </Text>
            <VillageName village={row} strong />
          </Group>
          <Group justify="space-between" wrap="wrap" gap={6} mt={4}>
            <VillageValue village={row} />
            <Text size="xs" c="dimmed">
              {district(row.code)}
            </Text>
          </Group>
        </li>
      ))}
    </ol>
  );
}

/**
 * On a kabupaten/kota page: the ten desa with the lowest IDM, where support is most needed, with
 * their kecamatan; the result of every desa of the kabupaten can be downloaded below.
 */
export function WeakestVillages({ region, name, year, districtNames }: WeakestVillagesProps) {
  const { t } = useTranslation();
  const query = useRegionVillages(region, year);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const id = useId();
  if (query.isPending) return <LoadingState label={t('regionalIndex.villages.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rows = weakestVillages(query.data.villages, WEAKEST);
  if (rows.length === 0) return null;
  const heading = t('regionalIndex.weakest.heading', { count: rows.length });
  const district = (code: string) => districtNames.get(code.slice(0, 6)) ?? code.slice(0, 6);
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid="weakest-villages-section"
    >
      <Title order={3} size="h5" id={`${id}-heading`}>
        {heading}
      </Title>
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
    </Stack>
  );
}
