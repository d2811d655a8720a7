import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { NationalSummary } from '../../../contracts/regions.contract';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { RegionIndexSection } from '../village-index/region-index-section';
import { type CountStat, RegionCountsGrid, useVillageBreakdown } from './region-counts-grid';
import { RegionList } from './region-list';
import { useNationalSummary } from './use-region-queries';

function NationalView({ summary }: { summary: NationalSummary }) {
  const { t } = useTranslation();
  const { counts } = summary;
  const breakdown = useVillageBreakdown();
  const stats: CountStat[] = [
    { key: 'provinces', label: t('counts.provinces'), value: counts.provinces },
    { key: 'regencies', label: t('counts.regencies'), value: counts.regencies },
    { key: 'districts', label: t('counts.districts'), value: counts.districts },
    {
      key: 'villages',
      label: t('counts.villages'),
      value: counts.villages,
      note: breakdown(counts),
    },
  ];
  return (
    <>
      <Stack component="section" gap="xs" aria-labelledby="national-counts">
        <Title order={2} size="h3" id="national-counts">
          {t('home.countsHeading')}
        </Title>
        <RegionCountsGrid stats={stats} label={t('home.countsHeading')} />
      </Stack>
      <RegionIndexSection code={null} level="country" />
      <Stack component="section" gap="xs" aria-labelledby="province-list">
        <Title order={2} size="h3" id="province-list">
          {t('home.provincesHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('home.provincesHint')}
        </Text>
        <RegionList items={summary.provinces} level="province" label={t('home.provincesHeading')} />
      </Stack>
    </>
  );
}

/** `/`: Indonesia at a glance and the list of provinces. */
export function HomePage() {
  const { t } = useTranslation();
  const query = useNationalSummary();
  useDocumentTitle(t('home.documentTitle'));
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>{t('app.name')}</Title>
        <Text c="dimmed" maw={720}>
          {t('app.tagline')}
        </Text>
      </Stack>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <NationalView summary={query.data} />
      )}
    </Stack>
  );
}
