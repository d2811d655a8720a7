import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import classes from './kawasan-page.module.css';
import { KawasanStateBadge } from './kawasan-state-badge';
import type { DashboardQuery } from './use-kawasan-queries';

interface TimelineSectionProps {
  dashboard: DashboardQuery;
}

/** What happened to the kawasan, newest first: each step, who took it, when, and why. */
export function TimelineSection({ dashboard }: TimelineSectionProps) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  let body: ReactNode;
  if (dashboard.isPending) body = <LoadingState />;
  else if (dashboard.isError)
    body = <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  else if ((dashboard.data?.timeline ?? []).length === 0) {
    body = (
      <Text c="dimmed" data-testid="timeline-empty">
        {t('kawasan.timeline.empty')}
      </Text>
    );
  } else {
    body = (
      <ol className={classes.timeline} aria-label={t('kawasan.timeline.heading')}>
        {dashboard.data!.timeline.map((entry) => (
          <li
            key={`${entry.at}|${entry.action}|${entry.summary}`}
            className={classes.timelineEntry}
            data-testid="timeline-entry"
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="wrap" align="baseline">
                <Text fw={600} size="sm" className={classes.wrap}>
                  {entry.summary}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
                  {format.dateTime(entry.at)}
                </Text>
              </Group>
              {entry.from && entry.to && entry.from !== entry.to && (
                <Group
                  gap={6}
                  wrap="wrap"
                  aria-label={t('kawasan.timeline.stateChange', {
                    from: t(`kawasan.state.${entry.from}`),
                    to: t(`kawasan.state.${entry.to}`),
                  })}
                >
                  <KawasanStateBadge state={entry.from} size="xs" />
                  <Text span size="xs" c="dimmed" aria-hidden="true">
                    →
                  </Text>
                  <KawasanStateBadge state={entry.to} size="xs" />
                </Group>
              )}
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {t('kawasan.timeline.by', { actor: entry.actor })}
              </Text>
              {entry.reason && (
                <Text size="sm" className={classes.reason}>
                  {entry.reason}
                </Text>
              )}
            </Stack>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <SectionCard title={t('kawasan.timeline.heading')} testId="kawasan-timeline">
      {body}
    </SectionCard>
  );
}
