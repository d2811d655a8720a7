import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicRpkp } from '../../../contracts/rpkp.contract';
import { formatProgress } from '../../../domain/rpkp/budget';
import { isNotFound } from '../../api-client/api-error';
import { kawasanDocumentUrl } from '../../api-client/kawasan-api';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { PlanView, WeightedProgress } from './plan-view';
import classes from './rpkp.module.css';
import { TotalsSection } from './totals-section';
import { usePublicRpkp } from './use-rpkp-queries';

/** The newest progress reports of the plan, each with its activity. */
function PublicTimeline({ rpkp }: { rpkp: PublicRpkp }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const names = useMemo(
    () => new Map(rpkp.plan.programmes.flatMap((p) => p.activities.map((a) => [a.id, a.name] as const))),
    [rpkp.plan],
  );
  if (rpkp.timeline.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="public-rpkp-timeline-empty">
        {t('rpkp.public.timelineEmpty')}
      </Text>
    );
  }
  return (
    <ol
      className={classes.timeline}
      aria-label={t('rpkp.public.timeline')}
      data-testid="public-rpkp-timeline"
    >
      {rpkp.timeline.slice(0, 30).map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: public reports carry no id; two may share date and activity.
        <li key={`${item.activityId}-${item.reportedOn}-${i}`} className={classes.timelineEntry}>
          <Stack gap={2}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={700}>
                {format.date(`${item.reportedOn}T00:00:00`)}
              </Text>
              <Badge size="sm" radius="sm" variant="light">
                {t(`rpkp.progressStatus.${item.status}`)}
              </Badge>
              <Text size="sm" fw={600}>
                {formatProgress(item.progressBp)}
              </Text>
            </Group>
            <Text size="sm" className={classes.wrap}>
              {names.get(item.activityId) ?? item.activityId}
            </Text>
            {item.note && (
              <Text size="sm" c="dimmed" className={classes.quote}>
                {item.note}
              </Text>
            )}
            {item.evidence.length > 0 && (
              <Group gap="xs" wrap="wrap">
                {item.evidence.map((d) => (
                  <Anchor key={d.id} href={kawasanDocumentUrl(rpkp.kawasanId, d.id)} download size="xs">
                    {d.title}
                  </Anchor>
                ))}
              </Group>
            )}
          </Stack>
        </li>
      ))}
    </ol>
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
  const format = useFormatDateTime();
  const query = usePublicRpkp(kawasanId);
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
          {rpkp.regulation &&
            ` · ${t('rpkp.version.regulation', {
              number: rpkp.regulation.number,
              date: format.date(`${rpkp.regulation.date}T00:00:00`),
            })}`}
        </Text>
        <WeightedProgress
          bp={rpkp.progress.plan}
          completed={rpkp.progress.completedCount}
          count={rpkp.progress.activityCount}
          testId="public-rpkp-progress"
          size="lg"
        />
        <PlanView plan={rpkp.plan} desaName={desaName} progress={rpkp.progress} />
        <TotalsSection totals={rpkp.totals} />
        <Stack gap="xs">
          <Text fw={700}>{t('rpkp.public.timeline')}</Text>
          <PublicTimeline rpkp={rpkp} />
        </Stack>
      </Stack>
    </SectionCard>
  );
}
