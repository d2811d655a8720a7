import { Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexSummary, RegionIndexSummary } from '../../../contracts/village-index.contract';
import { idmStatus } from '../../../domain/village-index/idm.scheme';
import { villageIndexApi } from '../../api-client/village-index-api';
import { ErrorState } from '../../shared/error-state';
import { ExportButtons } from '../../shared/export-buttons';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { IdmHistogram } from './idm-histogram';
import { IdmMovement } from './idm-movement';
import { IdmRanking, type RankingParent } from './idm-ranking';
import { IdmStatusBadge } from './idm-status-badge';
import { IdmStatusDistribution } from './idm-status-distribution';
import { IdmSubIndexBars } from './idm-sub-index-bars';
import { IdmThresholdsNote } from './idm-thresholds-note';
import { useFormatIndex } from './use-format-index';
import { useRegionIndexSummary } from './use-village-index-query';
import { VillageRanking } from './village-ranking';
import { WeakestVillages } from './weakest-villages';

/** The level a section is about: the whole country, a province, a kabupaten/kota or a kecamatan. */
export type IndexSectionLevel = RankingParent | 'district';

/** Mean IDM with its status, the desa scored, the mean IKS/IKE/IKL, the desa by status and by value. */
function SummaryFigures({ summary, year }: { summary: IndexSummary; year: number }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const { mean } = summary;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
      <Stack gap="md">
        <Group gap="md" align="center" wrap="wrap">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('regionIndex.meanLabel', { year })}
            </Text>
            <Text fz={32} fw={700} lh={1.2} data-testid="idm-mean">
              {format(mean.value)}
            </Text>
          </Stack>
          {mean.value !== null && <IdmStatusBadge status={idmStatus(mean.value)} size="lg" />}
        </Group>
        <Text size="sm" data-testid="idm-scored">
          {t('regionIndex.scored', { count: summary.scored })}
        </Text>
        <IdmSubIndexBars result={{ ...mean, year }} title={t('regionIndex.subIndices', { year })} />
      </Stack>
      <Stack gap="lg">
        <IdmStatusDistribution statuses={summary.statuses} />
        <IdmHistogram histogram={summary.histogram} year={year} />
      </Stack>
    </SimpleGrid>
  );
}

function SectionBody({ data, level }: { data: RegionIndexSummary; level: IndexSectionLevel }) {
  const { t } = useTranslation();
  const { summary, year } = data;
  if (year === null) {
    return (
      <Text c="dimmed" data-testid="idm-empty">
        {t('regionIndex.noData')}
      </Text>
    );
  }
  const meanStatus = summary?.mean.value == null ? null : idmStatus(summary.mean.value);
  return (
    <Stack gap="lg">
      {summary ? (
        <SummaryFigures summary={summary} year={year} />
      ) : (
        <Text c="dimmed" data-testid="idm-empty">
          {t('regionIndex.noDesa')}
        </Text>
      )}
      {data.movement && <IdmMovement movement={data.movement} />}
      {level !== 'district' && data.children.length > 0 && (
        <Stack gap="xs">
          <IdmRanking parent={level} items={data.children} />
          <ExportButtons href={villageIndexApi.summaryExportUrl({ region: data.region?.code, year })} />
        </Stack>
      )}
      {level === 'regency' && data.region && summary && (
        <WeakestVillages
          region={data.region.code}
          name={data.region.name}
          year={year}
          districtNames={new Map(data.children.map((c) => [c.region.code, c.region.name]))}
        />
      )}
      {level === 'district' && data.region && summary && (
        <VillageRanking region={data.region.code} year={year} />
      )}
      <Stack gap={4}>
        {summary && <IdmThresholdsNote current={meanStatus} />}
        <Text size="xs" c="dimmed" data-testid="idm-attribution">
          {t('villageIndex.attribution', { years: year })}
        </Text>
      </Stack>
    </Stack>
  );
}

interface RegionIndexSectionProps {
  /** Province, kabupaten/kota or kecamatan code; null for the whole country. */
  code: string | null;
  level: IndexSectionLevel;
}

/** "Indeks Desa Membangun (IDM) 2024" of the country or a region, above the list of what it contains. */
export function RegionIndexSection({ code, level }: RegionIndexSectionProps) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const query = useRegionIndexSummary(code, year);
  const shownYear = query.data?.year ?? null;
  const years = query.data?.years ?? [];
  const title =
    shownYear === null ? t('regionIndex.headingNoYear') : t('regionIndex.heading', { year: shownYear });
  const yearSelect =
    years.length > 1 && shownYear !== null ? (
      <Select
        size="xs"
        w={110}
        aria-label={t('regionIndex.yearLabel')}
        data={[...years].reverse().map(String)}
        value={String(shownYear)}
        onChange={(value) => value && setYear(Number(value))}
        allowDeselect={false}
        checkIconPosition="right"
        data-testid="idm-year"
      />
    ) : null;
  return (
    <SectionCard title={title} actions={yearSelect} testId="region-index">
      {query.isPending ? (
        <LoadingState label={t('regionIndex.loading')} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
          <SectionBody data={query.data} level={level} />
        </div>
      )}
    </SectionCard>
  );
}
