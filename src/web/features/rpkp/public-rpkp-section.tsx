import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRpkp } from '../../../contracts/rpkp.contract';
import { isNotFound } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { usePublicMusyawarah } from '../musyawarah/use-musyawarah-queries';
import { type ProposalNames, publishedProposalTitles } from './activity-links';
import { PlanView, WeightedProgress } from './plan-view';
import { ProgressReportEntry, ProgressTimeline } from './progress-report-entry';
import classes from './rpkp.module.css';
import { TotalsSection } from './totals-section';
import { useRegulationText } from './use-regulation-text';
import { usePublicRpkp } from './use-rpkp-queries';

/** The newest progress reports of the plan, each with its activity. */
function PublicTimeline({ rpkp }: { rpkp: PublicRpkp }) {
  const { t } = useTranslation();
  const names = useMemo(
    () => new Map(rpkp.plan.programmes.flatMap((p) => p.activities.map((a) => [a.id, a.name] as const))),
    [rpkp.plan],
  );
  return (
    <ProgressTimeline
      label={t('rpkp.public.timeline')}
      testId="public-rpkp-timeline"
      emptyText={t('rpkp.public.timelineEmpty')}
      emptyTestId="public-rpkp-timeline-empty"
    >
      {rpkp.timeline.slice(0, 30).map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: public reports carry no id; two may share date and activity.
        <li key={`${item.activityId}-${item.reportedOn}-${i}`} className={classes.timelineEntry}>
          <ProgressReportEntry
            kawasanId={rpkp.kawasanId}
            report={item}
            documents={item.evidence}
            dimNote
            detail={
              <Text size="sm" className={classes.wrap}>
                {names.get(item.activityId) ?? item.activityId}
              </Text>
            }
          />
        </li>
      ))}
    </ProgressTimeline>
  );
}

/** On the public kawasan page: the RPKP in force, its totals and progress; nothing when there is none. */
export function PublicRpkpSection({
  kawasanId,
  members,
}: {
  kawasanId: string;
  /** The kawasan's member desa, to name an activity's places. */
  members: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const regulationText = useRegulationText();
  const query = usePublicRpkp(kawasanId);
  // The same list the page's musyawarah section reads: the published results name the proposals.
  const published = usePublicMusyawarah(kawasanId).data?.items;
  const proposalNames = useMemo<ProposalNames | undefined>(
    () => (published ? { titles: publishedProposalTitles(published), complete: false } : undefined),
    [published],
  );
  if (query.isPending) return <LoadingState label={t('rpkp.public.loading')} />;
  if (query.isError) {
    if (isNotFound(query.error)) {
      return (
        <SectionCard title={t('rpkp.public.heading')} testId="public-rpkp">
          <Text size="sm" c="dimmed" data-testid="public-rpkp-none">
            {t('rpkp.public.none')}
          </Text>
        </SectionCard>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const rpkp = query.data;
  const names = new Map(members.map((m) => [m.code, m.name]));
  const desaName = (code: string) => names.get(code) ?? code;
  return (
    <SectionCard title={t('rpkp.public.heading')} testId="public-rpkp">
      <Stack gap="md" data-version={rpkp.version}>
        <Text size="sm" className={classes.wrap}>
          {t('rpkp.list.versionTitle', { version: rpkp.version, title: rpkp.title })}
          {rpkp.regulation && ` · ${regulationText(rpkp.regulation)}`}
        </Text>
        <WeightedProgress
          bp={rpkp.progress.plan}
          completed={rpkp.progress.completedCount}
          count={rpkp.progress.activityCount}
          testId="public-rpkp-progress"
          size="lg"
        />
        <PlanView
          plan={rpkp.plan}
          desaName={desaName}
          progress={rpkp.progress}
          proposalNames={proposalNames}
        />
        <TotalsSection totals={rpkp.totals} />
        <Stack gap="xs">
          <Text fw={700}>{t('rpkp.public.timeline')}</Text>
          <PublicTimeline rpkp={rpkp} />
        </Stack>
      </Stack>
    </SectionCard>
  );
}
