import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TrainingSessionActionValue,
  TrainingSessionView,
} from '../../../contracts/training-programme.contract';
import { textLength } from '../../../domain/facilitation/facilitator';
import { MIN_CANCEL_REASON_LENGTH } from '../../../domain/training/lifecycle';
import { ActionDialog } from '../../shared/action-dialog';
import classes from './pelatihan.module.css';
import { problemIssues } from './pelatihan-forms';
import { actionLook } from './session-model';
import { useSessionAction } from './use-pelatihan-queries';

const REASON_MAX = 1000;

/** The domain's rule for a cancellation reason, said before sending; null when it is long enough. */
export function cancelReasonIssue(reason: string, message: string): string | null {
  return textLength(reason) >= MIN_CANCEL_REASON_LENGTH ? null : message;
}

interface ActionDialogProps {
  session: TrainingSessionView;
  action: TrainingSessionActionValue;
  onClose: () => void;
  onDone: (action: TrainingSessionActionValue) => void;
}

/** Confirms one lifecycle step; cancelling asks why. */
function SessionActionDialog({ session, action, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const act = useSessionAction(session.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const cancelling = action === 'cancel';
  const confirm = () => {
    if (cancelling) {
      const issue = cancelReasonIssue(
        reason,
        t('pelatihan.session.reasonShort', { min: MIN_CANCEL_REASON_LENGTH }),
      );
      setReasonError(issue);
      if (issue) return;
    }
    act.mutate(cancelling ? { action, reason: reason.trim() } : { action }, {
      onSuccess: () => onDone(action),
      onError: (e) => setReasonError(problemIssues(e).find((i) => i.field === 'reason')?.message ?? null),
    });
  };
  return (
    <ActionDialog
      testId="session-action"
      action={action}
      title={t(`pelatihan.action.${action}`)}
      text={t(`pelatihan.actionText.${action}`)}
      failedTitle={t('pelatihan.session.actionFailed')}
      pending={act.isPending}
      error={act.isError ? act.error : null}
      issues={problemIssues(act.error).filter((i) => i.field !== 'reason')}
      reason={
        cancelling
          ? {
              label: t('pelatihan.session.cancelReason'),
              hint: t('pelatihan.session.reasonHint', { min: MIN_CANCEL_REASON_LENGTH }),
              maxLength: REASON_MAX,
              value: reason,
              error: reasonError,
              onChange: (value) => {
                setReason(value);
                setReasonError(null);
              },
              testId: 'session-cancel-reason',
            }
          : null
      }
      {...(cancelling ? { confirmColor: 'red' } : {})}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}

/**
 * The lifecycle steps the server offers this user now (`actions`), each with what still stands in
 * its way: a step refused for now is shown disabled with the reason under it.
 */
export function SessionActions({
  session,
  onDone,
}: {
  session: TrainingSessionView;
  onDone: (action: TrainingSessionActionValue) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TrainingSessionActionValue | null>(null);
  if (session.actions.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="session-actions">
      <Group gap="sm" wrap="wrap">
        {session.actions.map((a) => {
          const look = actionLook(a.action);
          // A cancellation is refused only for want of its reason, which the dialog asks for.
          const blocked = a.refusal !== null && a.action !== 'cancel';
          return (
            <Button
              key={a.action}
              size="md"
              {...look}
              disabled={blocked}
              onClick={() => setOpen(a.action)}
              style={{ flex: '1 1 12rem' }}
              data-testid={`session-action-${a.action}`}
            >
              {t(`pelatihan.action.${a.action}`)}
            </Button>
          );
        })}
      </Group>
      {session.actions
        .filter((a) => a.refusal !== null && a.action !== 'cancel')
        .map((a) => (
          <Text
            key={a.action}
            size="sm"
            c="dimmed"
            className={classes.wrap}
            data-testid={`session-refusal-${a.action}`}
          >
            {t('pelatihan.session.refusal', { action: t(`pelatihan.action.${a.action}`), reason: a.refusal })}
          </Text>
        ))}
      {open && (
        <SessionActionDialog
          key={open}
          session={session}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(action) => {
            setOpen(null);
            onDone(action);
          }}
        />
      )}
    </Stack>
  );
}
