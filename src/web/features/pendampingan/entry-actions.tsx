import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView, LogActionValue } from '../../../contracts/facilitation.contract';
import { MIN_RETURN_REASON_LENGTH } from '../../../domain/facilitation/review';
import { fieldErrorsOf, isApiError } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import classes from './pendampingan.module.css';
import { returnReasonIssue } from './pendampingan-forms';
import { useEntryAction } from './use-pendampingan-queries';

const REASON_MAX = 2000;

interface ActionDialogProps {
  entry: EntryView;
  action: LogActionValue;
  onClose: () => void;
  onDone: (action: LogActionValue) => void;
}

/** Confirms one review step; returning asks what to fix (checked here with the domain's rule). */
function ActionDialog({ entry, action, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const act = useEntryAction(entry.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const returning = action === 'return';
  const close = () => {
    if (!act.isPending) onClose();
  };
  const confirm = () => {
    if (returning) {
      const issue = returnReasonIssue(reason);
      setError(issue);
      if (issue) return;
    }
    act.mutate(returning ? { action, reason: reason.trim() } : { action }, {
      onSuccess: () => onDone(action),
      onError: (e) => setError(fieldErrorsOf(e).reason ?? null),
    });
  };
  // Content problems the server refused a submission for, listed under its message.
  const problems =
    isApiError(act.error) && act.error.problem?.errors
      ? act.error.problem.errors.filter((p) => !/^(body\.)?reason/.test(p.field))
      : [];
  return (
    <Modal opened onClose={close} title={t(`pendampingan.action.${action}`)} centered>
      <Stack gap="md" data-testid="entry-action-dialog" data-action={action}>
        <Text size="sm">{t(`pendampingan.actionText.${action}`)}</Text>
        {act.isError && (
          <Stack gap={4}>
            <MutationErrorAlert error={act.error} title={t('pendampingan.review.failedTitle')} />
            {problems.length > 0 && (
              <List size="sm" spacing={2} data-testid="entry-action-issues">
                {problems.slice(0, 12).map((p) => (
                  <List.Item key={`${p.field}-${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
        {returning && (
          <Textarea
            label={t('pendampingan.review.reason')}
            description={t('pendampingan.review.reasonHint', { min: MIN_RETURN_REASON_LENGTH })}
            required
            autosize
            minRows={3}
            maxRows={8}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            data-testid="entry-return-reason"
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={act.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={returning ? 'orange' : undefined}
            onClick={confirm}
            loading={act.isPending}
            data-testid="entry-action-confirm"
          >
            {t(`pendampingan.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The review steps the server says this reader may take now (`actions`), each behind its dialog. */
export function EntryActions({
  entry,
  onDone,
}: {
  entry: EntryView;
  onDone: (action: LogActionValue) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<LogActionValue | null>(null);
  if (entry.actions.length === 0) return null;
  return (
    <div className={classes.stickyBar}>
      <Group gap="sm" wrap="wrap" data-testid="entry-actions">
        {entry.actions.map((action) => (
          <Button
            key={action}
            size="md"
            variant={action === 'return' ? 'outline' : 'filled'}
            color={action === 'return' ? 'orange' : undefined}
            onClick={() => setOpen(action)}
            style={{ flex: '1 1 10rem' }}
            data-testid={`entry-action-${action}`}
          >
            {t(`pendampingan.action.${action}`)}
          </Button>
        ))}
      </Group>
      {open && (
        <ActionDialog
          key={open}
          entry={entry}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(action) => {
            setOpen(null);
            onDone(action);
          }}
        />
      )}
    </div>
  );
}
