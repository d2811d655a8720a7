import { Badge, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityStanding, Plan, RpkpProgress } from '../../../contracts/rpkp.contract';
import { formatProgress } from '../../../domain/rpkp/budget';
import { formatRupiah } from '../../../domain/rpkp/plan';
import { linkedProposals, type ProposalNames, shortIndicatorRef } from './activity-links';
import classes from './rpkp.module.css';
import { basisPointsToBar, decimalText, rupiahFromApi } from './rpkp-numbers';

type DesaNames = (code: string) => string;

/** A progress bar with its percentage and the status of the newest report. */
export function StandingBar({
  standing,
  testId,
}: {
  standing: ActivityStanding | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  const bp = standing?.progressBp ?? 0;
  return (
    <Stack gap={2} data-testid={testId} data-bp={bp}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {standing ? t(`rpkp.progressStatus.${standing.status}`) : t('rpkp.progress.noReport')}
        </Text>
        <Text size="xs" fw={700} className={classes.number}>
          {formatProgress(bp)}
        </Text>
      </Group>
      <Progress
        value={basisPointsToBar(bp)}
        size="md"
        radius="xl"
        color={
          standing?.status === 'tertunda' ? 'orange' : standing?.status === 'selesai' ? 'teal' : undefined
        }
        aria-label={t('rpkp.progress.barLabel', { percent: formatProgress(bp) })}
      />
    </Stack>
  );
}

/** Budget-weighted progress of a programme or plan (from the server), with how many activities are done. */
export function WeightedProgress({
  bp,
  completed,
  count,
  testId,
  size = 'md',
}: {
  bp: number | null;
  completed: number;
  count: number;
  testId: string;
  size?: 'md' | 'lg';
}) {
  const { t } = useTranslation();
  const percent = formatProgress(bp ?? 0);
  return (
    <Stack gap={2} data-testid={testId} data-bp={bp ?? 0}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('rpkp.progress.weighted', { completed, count })}
        </Text>
        <Text size={size === 'lg' ? 'md' : 'xs'} fw={700} className={classes.number}>
          {percent}
        </Text>
      </Group>
      <Progress
        value={basisPointsToBar(bp)}
        size={size}
        radius="xl"
        color="teal"
        aria-label={t('rpkp.progress.barLabel', { percent })}
      />
    </Stack>
  );
}

/** The proposals an activity answers, by title; without any title known, how many. */
function ActivityProposals({ ids, names }: { ids: readonly string[]; names: ProposalNames | undefined }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  let text: string;
  if (!names) {
    text = t('rpkp.plan.proposalCount', { count: new Set(ids).size });
  } else {
    const { named, unnamed } = linkedProposals(ids, names.titles);
    const parts = named.map((p) => p.title);
    if (names.complete) parts.push(...unnamed.map((id) => t('rpkp.links.unknownProposal', { id })));
    else if (unnamed.length > 0) {
      parts.push(
        named.length > 0
          ? t('rpkp.plan.proposalsMore', { count: unnamed.length })
          : t('rpkp.plan.proposalCount', { count: unnamed.length }),
      );
    }
    text =
      named.length > 0 || names.complete ? t('rpkp.plan.proposals', { list: parts.join('; ') }) : parts[0]!;
  }
  return (
    <Text size="xs" className={classes.wrap} data-testid="rpkp-activity-proposals">
      {text}
    </Text>
  );
}

/** One activity's facts in a line or two: year, place, stage, who, source, budget, outputs and what it answers. */
export function ActivitySummary({
  activity,
  desaName,
  proposalNames,
  extra,
}: {
  activity: Activity;
  desaName: DesaNames;
  proposalNames?: ProposalNames | undefined;
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const budget = rupiahFromApi(activity.budget);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (
    <Stack gap={4} className={classes.wrap}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={600} className={classes.wrap}>
          {activity.name || t('rpkp.plan.unnamedActivity')}
        </Text>
        <Text size="sm" fw={600} className={classes.number} data-testid="rpkp-activity-budget">
          {budget !== null ? formatRupiah(budget) : t('common.none')}
        </Text>
      </Group>
      <Group gap={4} wrap="wrap">
        <Badge size="sm" radius="sm" variant="default" tt="none">
          {activity.year}
        </Badge>
        {activity.stage && (
          <Badge size="sm" radius="sm" variant="light" tt="none">
            {t(`rpkp.stage.${activity.stage}`)}
          </Badge>
        )}
        {activity.fundingSource && (
          <Badge size="sm" radius="sm" variant="light" color="grape" tt="none">
            {t(`rpkp.fundingSource.${activity.fundingSource}`)}
          </Badge>
        )}
        {activity.sector && (
          <Badge size="sm" radius="sm" variant="outline" color="gray" tt="none">
            {activity.sector}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" className={classes.wrap}>
        {[
          activity.agencyName && activity.agencyKind
            ? `${activity.agencyName} (${t(`rpkp.agencyKind.${activity.agencyKind}`)})`
            : activity.agencyName,
          activity.desaCodes.length > 0
            ? t('rpkp.plan.desaList', { list: activity.desaCodes.map(desaName).join(', ') })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {activity.outputs.length > 0 && (
        <Text size="xs" className={classes.wrap}>
          {activity.outputs
            .map((o) => `${o.name}: ${decimalText(String(o.target), language)} ${o.unit}`.trim())
            .join('; ')}
        </Text>
      )}
      <ActivityProposals ids={activity.proposalIds ?? []} names={proposalNames} />
      {(activity.indicatorRefs ?? []).length > 0 && (
        <Text size="xs" className={classes.wrap} data-testid="rpkp-activity-indicators">
          {t('rpkp.plan.indicators', {
            list: [...new Set(activity.indicatorRefs)].map(shortIndicatorRef).join(', '),
          })}
        </Text>
      )}
      {extra}
    </Stack>
  );
}

interface PlanViewProps {
  plan: Plan;
  desaName: DesaNames;
  /** The progress of the version in force; shown per activity and per programme. */
  progress?: RpkpProgress | undefined;
  /** Renders something under an activity (e.g. its progress buttons). */
  activityExtra?: (activity: Activity) => ReactNode;
  /** Titles of the proposals the activities answer; without them only their number is shown. */
  proposalNames?: ProposalNames | undefined;
  headingOrder?: 2 | 3;
}

/** The plan as read: vision, strategies, programmes with their activities. */
export function PlanView({
  plan,
  desaName,
  progress,
  activityExtra,
  proposalNames,
  headingOrder = 3,
}: PlanViewProps) {
  const { t } = useTranslation();
  const strategies = new Map(plan.strategies.map((s) => [s.id, s.text]));
  return (
    <Stack gap="md" data-testid="rpkp-plan-view">
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('rpkp.plan.period')}
        </Text>
        <Text fw={600} data-testid="rpkp-period">
          {plan.period.startYear}–{plan.period.endYear}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('rpkp.plan.vision')}
        </Text>
        <Text className={classes.prewrap} data-testid="rpkp-vision">
          {plan.vision || t('rpkp.plan.noVision')}
        </Text>
      </Stack>
      {plan.strategies.length > 0 && (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            {t('rpkp.plan.strategies')}
          </Text>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {plan.strategies.map((s) => (
              <li key={s.id}>
                <Text size="sm" className={classes.prewrap}>
                  {s.text}
                </Text>
              </li>
            ))}
          </ol>
        </Stack>
      )}
      {plan.programmes.length === 0 ? (
        <Text c="dimmed" data-testid="rpkp-no-programmes">
          {t('rpkp.plan.noProgrammes')}
        </Text>
      ) : (
        plan.programmes.map((programme) => {
          const figures = progress?.byProgramme.find((p) => p.programmeId === programme.id);
          return (
            <Paper
              key={programme.id}
              withBorder
              radius="sm"
              p="sm"
              data-testid="rpkp-programme"
              data-programme={programme.id}
            >
              <Stack gap="xs">
                <Title order={headingOrder} size="h5" className={classes.wrap}>
                  {programme.name || t('rpkp.plan.unnamedProgramme')}
                </Title>
                {programme.strategyId && strategies.has(programme.strategyId) && (
                  <Text size="xs" c="dimmed" className={classes.wrap}>
                    {t('rpkp.plan.servesStrategy', { text: strategies.get(programme.strategyId) })}
                  </Text>
                )}
                {figures && (
                  <WeightedProgress
                    bp={figures.basisPoints}
                    completed={figures.completedCount}
                    count={figures.activityCount}
                    testId="rpkp-programme-progress"
                  />
                )}
                <ul className={classes.list}>
                  {programme.activities.map((a) => (
                    <li key={a.id} className={classes.row} data-testid="rpkp-activity" data-activity={a.id}>
                      <ActivitySummary
                        activity={a}
                        desaName={desaName}
                        proposalNames={proposalNames}
                        extra={
                          <>
                            {progress && (
                              <StandingBar
                                standing={progress.byActivity[a.id]}
                                testId="rpkp-activity-progress"
                              />
                            )}
                            {activityExtra?.(a)}
                          </>
                        }
                      />
                    </li>
                  ))}
                </ul>
              </Stack>
            </Paper>
          );
        })
      )}
    </Stack>
  );
}
