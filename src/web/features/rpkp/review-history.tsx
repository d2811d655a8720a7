import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RpkpHistoryEntry } from '../../../contracts/rpkp.contract';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import classes from './rpkp.module.css';
import { historyActionOf, RPKP_STATE_COLORS } from './rpkp-labels';
import { useRegulationText } from './use-regulation-text';

/** The steps of a version's review, oldest first: who did what, with the questions, answers and reasons. */
export function ReviewHistory({ history }: { history: readonly RpkpHistoryEntry[] }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const regulationText = useRegulationText();
  if (history.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="rpkp-history-empty">
        {t('rpkp.history.empty')}
      </Text>
    );
  }
  return (
    <ol className={classes.timeline} aria-label={t('rpkp.history.label')} data-testid="rpkp-history">
      {history.map((entry) => {
        const action = historyActionOf(entry.action);
        return (
          <li
            key={`${entry.at}-${entry.action}`}
            className={classes.timelineEntry}
            data-testid="rpkp-history-entry"
            data-action={action ?? entry.action}
          >
            <Stack gap={4}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={700}>
                  {action ? t(`rpkp.history.action.${action}`) : entry.action}
                </Text>
                {entry.to && entry.from !== entry.to && (
                  <Badge size="sm" radius="sm" variant="light" color={RPKP_STATE_COLORS[entry.to]}>
                    {t(`rpkp.state.${entry.to}`)}
                  </Badge>
                )}
                {entry.submission !== null && entry.submission > 0 && action !== 'create' && (
                  <Text span size="xs" c="dimmed">
                    {t('rpkp.history.submission', { number: entry.submission })}
                  </Text>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {format.dateTime(entry.at)} · {entry.actorLabel}
              </Text>
              {entry.reason && (
                <Text
                  size="sm"
                  className={classes.quote}
                  data-testid={
                    action === 'request_clarification' ? 'rpkp-history-question' : 'rpkp-history-reason'
                  }
                >
                  {action === 'request_clarification' && <strong>{t('rpkp.history.question')} </strong>}
                  {action === 'resubmit' && <strong>{t('rpkp.history.answer')} </strong>}
                  {entry.reason}
                </Text>
              )}
              {entry.regulation && (
                <Text size="sm" data-testid="rpkp-history-regulation">
                  {regulationText(entry.regulation)}
                </Text>
              )}
            </Stack>
          </li>
        );
      })}
    </ol>
  );
}
