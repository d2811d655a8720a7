import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../contracts/facilitation.contract';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import classes from './pendampingan.module.css';
import { LogStateBadge } from './pendampingan-badges';

/** What happened to an entry, oldest first: made, changed, submitted, returned with the reason, approved. */
export function EntryHistory({ history }: { history: EntryView['history'] }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="entry-history-empty">
        {t('pendampingan.history.empty')}
      </Text>
    );
  }
  return (
    <ol className={classes.timeline} aria-label={t('pendampingan.history.label')} data-testid="entry-history">
      {history.map((item) => (
        <li
          // Created and submitted at once share the time, not the action.
          key={`${item.at}-${item.action}-${item.to ?? ''}`}
          className={classes.timelineEntry}
          data-testid="entry-history-item"
          data-action={item.action}
        >
          <Stack gap={4}>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={700}>
                {item.label}
              </Text>
              {item.to && item.from !== item.to && <LogStateBadge state={item.to} size="sm" />}
            </Group>
            <Text size="xs" c="dimmed">
              {format.dateTime(item.at)} · {item.actorLabel}
            </Text>
            {item.reason && (
              <Text size="sm" className={classes.quote} data-testid="entry-history-reason">
                {item.reason}
              </Text>
            )}
          </Stack>
        </li>
      ))}
    </ol>
  );
}
