import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView, LogActionValue } from '../../../contracts/facilitation.contract';
import { MIN_RETURN_REASON_LENGTH } from '../../../domain/facilitation/review';
import { fieldErrorsOf, isApiError } from '../../api-client/api-error';
import { ActionDialog } from '../../shared/action-dialog';
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
function EntryActionDialog({ entry, action, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const act = useEntryAction(entry.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const returning = action === 'return';
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
    <ActionDialog
      testId="entry-action"
      action={action}
      title={t(`pendampingan.action.${action}`)}
      text={t(`pendampingan.actionText.${action}`)}
      failedTitle={t('pendampingan.review.failedTitle')}
      pending={act.isPending}
      error={act.isError ? act.error : null}
      issues={problems}
      reason={
        returning
          ? {
              label: t('pendampingan.review.reason'),
              hint: t('pendampingan.review.reasonHint', { min: MIN_RETURN_REASON_LENGTH }),
              maxLength: REASON_MAX,
              value: reason,
              error,
              onChange: (value) => {
                setReason(value);
                setError(null);
              },
              testId: 'entry-return-reason',
            }
          : null
      }
      {...(returning ? { confirmColor: 'orange' } : {})}
      onConfirm={confirm}
      onClose={onClose}
    />
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
        <EntryActionDialog
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
