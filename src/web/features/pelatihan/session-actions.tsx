import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TrainingSessionActionValue,
  TrainingSessionView,
} from '../../../contracts/training-programme.contract';
import { textLength } from '../../../domain/facilitation/facilitator';
import { MIN_CANCEL_REASON_LENGTH } from '../../../domain/training/lifecycle';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
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
function ActionDialog({ session, action, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const act = useSessionAction(session.id);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const cancelling = action === 'cancel';
  const close = () => {
    if (!act.isPending) onClose();
  };
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
  const issues = problemIssues(act.error).filter((i) => i.field !== 'reason');
  return (
    <Modal opened onClose={close} title={t(`pelatihan.action.${action}`)} centered>
      <Stack gap="md" data-testid="session-action-dialog" data-action={action}>
        <Text size="sm">{t(`pelatihan.actionText.${action}`)}</Text>
        {act.isError && (
          <Stack gap={4}>
            <MutationErrorAlert error={act.error} title={t('pelatihan.session.actionFailed')} />
            {issues.length > 0 && (
              <List size="sm" spacing={2} data-testid="session-action-issues">
                {issues.slice(0, 12).map((i) => (
                  <List.Item key={`${i.field}-${i.message}`}>{i.message}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
        {cancelling && (
          <Textarea
            label={t('pelatihan.session.cancelReason')}
            description={t('pelatihan.session.reasonHint', { min: MIN_CANCEL_REASON_LENGTH })}
            required
            autosize
            minRows={3}
            maxRows={8}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setReasonError(null);
            }}
            error={reasonError}
            data-testid="session-cancel-reason"
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={act.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={cancelling ? 'red' : undefined}
            onClick={confirm}
            loading={act.isPending}
            data-testid="session-action-confirm"
          >
            {t(`pelatihan.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
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
        <ActionDialog
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
