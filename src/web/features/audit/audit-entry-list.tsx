import { Code, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../contracts/audit.contract';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import classes from './audit-entry-list.module.css';
import { actionKey, fieldKey, formatAuditValue } from './audit-labels';

function EntryChanges({ changes }: { changes: AuditEntry['changes'] }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatDateTime();
  const entries = Object.entries(changes);
  if (entries.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    );
  }
  return (
    <ul className={classes.changes}>
      {entries.map(([field, { before, after }]) => {
        const key = fieldKey(field);
        return (
          <li key={field} data-testid="audit-change">
            <span className={classes.field}>{key ? t(`audit.field.${key}`) : field}:</span>{' '}
            <span className={classes.before}>{formatAuditValue(field, before, t, dateTime)}</span>{' '}
            <span aria-hidden="true" className={classes.arrow}>
              →
            </span>
            <VisuallyHidden>{t('audit.becomes')}</VisuallyHidden>{' '}
            <span className={classes.after}>{formatAuditValue(field, after, t, dateTime)}</span>
          </li>
        );
      })}
    </ul>
  );
}

/** Audit entries, newest first: what happened, when, by whom, and each field before → after. */
export function AuditEntryList({ entries, label }: { entries: AuditEntry[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <ol className={classes.list} aria-label={label}>
      {entries.map((entry) => {
        const key = actionKey(entry.action);
        return (
          <li key={entry.id} className={classes.entry} data-testid="audit-entry">
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="wrap" align="baseline">
                <Text fw={600} size="sm">
                  {key ? t(`auditAction.${key}`) : entry.action}
                </Text>
                <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
                  {format.dateTime(entry.at)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" className={classes.meta}>
                {t('audit.by', { actor: entry.actor.label })} · <Code fz="xs">{entry.action}</Code> ·{' '}
                {t('audit.resource', { type: entry.resourceType, id: entry.resourceId.slice(0, 8) })}
              </Text>
              <EntryChanges changes={entry.changes} />
            </Stack>
          </li>
        );
      })}
    </ol>
  );
}
