import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { summarizeOutbox } from '../../../../domain/facilitation/sync-queue';
import { SectionCard } from '../../../shared/section-card';
import { signInPath } from '../../session/session-access';
import { LOG_FORM_PATH } from '../pendampingan-paths';
import { placeName } from './log-form-model';
import { resendEntry } from './outbox-actions';
import { outboxSummaryText } from './outbox-labels';
import type { EntryOutboxItem } from './outbox-store';
import { type OutboxView, useFieldUser, useOutbox } from './use-outbox';

/** The log form opened on a waiting entry, to correct it. */
export function fixEntryPath(key: string): string {
  return `${LOG_FORM_PATH}?perbaiki=${encodeURIComponent(key)}`;
}

const STATE_COLORS: Record<EntryOutboxItem['state'], string> = {
  queued: 'blue',
  sending: 'cyan',
  failed: 'orange',
  needs_attention: 'red',
  sent: 'teal',
};

/**
 * What waits on this phone to be sent: the count, each entry (date, place, topic, state, last
 * problem), "Kirim sekarang", and for refused entries the server's messages with "Perbaiki"
 * (back into the form) and "Kirim ulang". Shown on the log form and the pendampingan home.
 */
export function OutboxStatus({ outbox }: { outbox?: OutboxView }) {
  const user = useFieldUser();
  if (outbox) return <OutboxPanel outbox={outbox} />;
  if (user.kind !== 'ready') return null;
  return <OwnOutbox userId={user.userId} signedIn={user.signedIn} />;
}

function OwnOutbox({ userId, signedIn }: { userId: string; signedIn: boolean }) {
  const outbox = useOutbox(userId, signedIn);
  return <OutboxPanel outbox={outbox} />;
}

function OutboxPanel({ outbox }: { outbox: OutboxView }) {
  const { t, i18n } = useTranslation();
  const { items, saya, block, running, syncNow, runtime } = outbox;
  const summary = summarizeOutbox(items);
  const [resendError, setResendError] = useState<string | null>(null);
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en' : 'id-ID', { timeStyle: 'short' });
  const unsent = items.filter((i) => i.state !== 'sent');

  const resend = (key: string) => {
    if (!runtime) return;
    setResendError(null);
    resendEntry(runtime.store, key).then(syncNow, (error: unknown) =>
      setResendError(error instanceof Error ? error.message : String(error)),
    );
  };

  return (
    <SectionCard
      title={t('catatKegiatan.outbox.title')}
      testId="outbox-status"
      actions={
        <Button
          size="xs"
          variant="light"
          onClick={syncNow}
          loading={running && summary.waiting > 0}
          disabled={!runtime || summary.waiting === 0}
          data-testid="outbox-send-now"
        >
          {t('catatKegiatan.outbox.sendNow')}
        </Button>
      }
    >
      <Text fw={600} role="status" aria-live="polite" data-testid="outbox-summary">
        {outboxSummaryText(t, summary)}
      </Text>
      {block === 'offline' && summary.waiting > 0 && (
        <Text size="sm" c="dimmed">
          {t('catatKegiatan.outbox.offline')}
        </Text>
      )}
      {block === 'signed-out' && (
        <Alert color="orange" variant="light" p="xs">
          <Text size="sm">
            {t('catatKegiatan.outbox.signedOut')}{' '}
            <Anchor component={Link} to={signInPath(LOG_FORM_PATH)} size="sm">
              {t('catatKegiatan.outbox.signIn')}
            </Anchor>
          </Text>
        </Alert>
      )}
      {resendError && (
        <Text size="sm" c="red">
          {resendError}
        </Text>
      )}
      {unsent.length > 0 && (
        <Stack gap="xs" component="ul" aria-label={t('catatKegiatan.outbox.listLabel')} p={0} m={0}>
          {unsent.map((item) => (
            <Paper
              key={item.key}
              component="li"
              withBorder
              radius="sm"
              p="xs"
              style={{ listStyle: 'none' }}
              data-testid="outbox-item"
              data-state={item.state}
            >
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {item.payload.topic}
                  </Text>
                  <Badge color={STATE_COLORS[item.state]} variant="light" style={{ flexShrink: 0 }}>
                    {t(`catatKegiatan.outbox.state.${item.state}`)}
                  </Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {[
                    item.payload.date,
                    placeName(saya, item.payload.place),
                    item.evidence.length > 0
                      ? t('catatKegiatan.outbox.files', { count: item.evidence.length })
                      : null,
                    item.payload.submit ? null : t('catatKegiatan.outbox.draft'),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {item.state === 'failed' && item.lastError && (
                  <Text size="xs" c="orange.8">
                    {item.lastError}
                    {item.nextAttemptAt !== null &&
                      ` — ${t('catatKegiatan.outbox.nextTry', { time: time.format(item.nextAttemptAt) })}`}
                  </Text>
                )}
                {item.state === 'needs_attention' && (
                  <>
                    <List size="xs" c="red.8" spacing={2} data-testid="outbox-item-messages">
                      {item.messages.map((m) => (
                        <List.Item key={m}>{m}</List.Item>
                      ))}
                    </List>
                    <Group gap="xs">
                      <Button component={Link} to={fixEntryPath(item.key)} size="xs" color="red">
                        {t('catatKegiatan.outbox.fix')}
                      </Button>
                      <Button size="xs" variant="default" onClick={() => resend(item.key)}>
                        {t('catatKegiatan.outbox.resend')}
                      </Button>
                    </Group>
                  </>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
