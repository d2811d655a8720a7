import { Alert, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../../contracts/regions.contract';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { IdmHistoryChart } from './idm-history-chart';
import { IdmHistoryTable } from './idm-history-table';
import { resultYears, shownStatus, type VillageIndexResult } from './idm-status';
import { IdmStatusBadge } from './idm-status-badge';
import { IdmSubIndexBars } from './idm-sub-index-bars';
import { IdmThresholdsNote } from './idm-thresholds-note';
import { useFormatIndex } from './use-format-index';
import { useVillageIndexHistory } from './use-village-index-query';
import { VillageIndexOpportunities } from './village-index-opportunities';

/** The latest result: its value and status, why the status may differ, and IKS/IKE/IKL. */
function LatestResult({ result }: { result: VillageIndexResult }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const status = shownStatus(result);
  if (result.value === null) {
    return <Text data-testid="idm-not-scored">{t('villageIndex.notScored', { year: result.year })}</Text>;
  }
  const { officialStatus, computedStatus } = result;
  return (
    <Stack gap="md">
      <Group gap="md" align="center" wrap="wrap">
        <Stack gap={0}>
          <Text size="sm" c="dimmed">
            {t('villageIndex.valueLabel', { year: result.year })}
          </Text>
          <Text fz={32} fw={700} lh={1.2} data-testid="idm-value">
            {format(result.value)}
          </Text>
        </Stack>
        {status && <IdmStatusBadge status={status} size="lg" />}
      </Group>
      {result.disagrees && officialStatus && computedStatus && (
        <Alert color="gray" variant="light" p="xs" data-testid="idm-disagrees">
          <Text size="sm">
            {t('villageIndex.disagrees', {
              official: t(`villageIndex.status.${officialStatus}`),
              computed: t(`villageIndex.status.${computedStatus}`),
            })}
          </Text>
        </Alert>
      )}
      <IdmSubIndexBars result={result} />
    </Stack>
  );
}

function SectionBody({ village }: { village: RegionDetail }) {
  const { t } = useTranslation();
  const query = useVillageIndexHistory(village.code);
  if (query.isPending) return <LoadingState label={t('villageIndex.loading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { results } = query.data;
  const latest = results.at(-1);
  if (!latest) {
    return (
      <Text c="dimmed" data-testid="idm-empty">
        {village.type === 'kelurahan' ? t('villageIndex.kelurahan') : t('villageIndex.noData')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      <LatestResult result={latest} />
      {results.length > 1 && (
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('villageIndex.historyHeading')}
          </Text>
          <IdmHistoryChart results={results} />
          <IdmHistoryTable results={results} />
        </Stack>
      )}
      <Stack gap={4}>
        <IdmThresholdsNote current={latest.value === null ? null : shownStatus(latest)} />
        <Text size="xs" c="dimmed" data-testid="idm-attribution">
          {t('villageIndex.attribution', { years: resultYears(results) })}
        </Text>
      </Stack>
    </Stack>
  );
}

/** "Yang dapat menaikkan skor desa ini", once the desa has a result (the card above shows loading and errors). */
function OpportunitiesCard({ village }: { village: RegionDetail }) {
  const { t } = useTranslation();
  const query = useVillageIndexHistory(village.code);
  if (!query.data || query.data.results.length === 0) return null;
  return (
    <SectionCard title={t('villageIndex.opportunities.heading')} testId="village-index-opportunities">
      <VillageIndexOpportunities code={village.code} results={query.data.results} />
    </SectionCard>
  );
}

/** "Indeks Desa Membangun (IDM)" on a desa/kelurahan page, below its profile, then what would raise it. */
export function VillageIndexSection({ village }: { village: RegionDetail }) {
  const { t } = useTranslation();
  return (
    <Stack maw={760} gap="md">
      <SectionCard title={t('villageIndex.heading')} testId="village-index">
        <SectionBody village={village} />
      </SectionCard>
      <OpportunitiesCard village={village} />
    </Stack>
  );
}
