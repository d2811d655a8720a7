import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDetail } from '../../../contracts/kawasan.contract';
import type { KawasanAction } from '../../../domain/kawasan/lifecycle';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useWideLayout } from '../../shared/use-wide-layout';
import { DocumentUploadToggle } from './document-upload-toggle';
import {
  actionDialog,
  emptyTransitionDraft,
  isEndingAction,
  orderActions,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
  SK_NUMBER_MAX_LENGTH,
  type TransitionDraft,
  type TransitionField,
  type TransitionProblem,
  transitionBody,
  transitionFieldOf,
  transitionProblems,
} from './kawasan-actions';
import { useTransition } from './use-kawasan-queries';

function useProblemText() {
  const { t } = useTranslation();
  return (problem: TransitionProblem | undefined) =>
    problem ? t(`kawasan.transition.problem.${problem}`, { min: REASON_MIN_LENGTH }) : undefined;
}

/** The decree of a designation: number, date, and the scanned SK picked from the documents or uploaded here. */
function DecreeFields({
  kawasan,
  draft,
  onChange,
  errors,
}: {
  kawasan: KawasanDetail;
  draft: TransitionDraft;
  onChange: (draft: TransitionDraft) => void;
  errors: Partial<Record<TransitionField, string | undefined>>;
}) {
  const { t } = useTranslation();
  const decrees = kawasan.documents.filter((d) => d.kind === 'sk');
  return (
    <Stack gap="sm">
      <TextInput
        label={t('kawasan.transition.skNumber')}
        placeholder={t('kawasan.transition.skNumberPlaceholder')}
        required
        maxLength={SK_NUMBER_MAX_LENGTH}
        value={draft.skNumber}
        onChange={(e) => onChange({ ...draft, skNumber: e.currentTarget.value })}
        error={errors.skNumber}
        data-testid="sk-number"
      />
      <TextInput
        type="date"
        label={t('kawasan.transition.skDate')}
        required
        value={draft.skDate}
        onChange={(e) => onChange({ ...draft, skDate: e.currentTarget.value })}
        error={errors.skDate}
        data-testid="sk-date"
      />
      <Select
        label={t('kawasan.transition.skDocument')}
        description={decrees.length === 0 ? t('kawasan.transition.skDocumentNone') : undefined}
        placeholder={t('kawasan.transition.skDocumentPlaceholder')}
        data={decrees.map((d) => ({ value: d.id, label: `${d.title} (${d.fileName})` }))}
        value={draft.documentId}
        onChange={(value) => onChange({ ...draft, documentId: value })}
        required
        disabled={decrees.length === 0}
        error={errors.documentId}
        comboboxProps={{ withinPortal: true }}
        data-testid="sk-document"
      />
      {kawasan.allowed.addDocuments && (
        <DocumentUploadToggle
          kawasanId={kawasan.id}
          kind="sk"
          label={t('kawasan.transition.skUpload')}
          data-testid="sk-upload"
          onUploaded={(document) => onChange({ ...draft, documentId: document.id })}
        />
      )}
    </Stack>
  );
}

interface TransitionDialogProps {
  kawasan: KawasanDetail;
  action: KawasanAction | null;
  onClose: () => void;
  onDone: (action: KawasanAction) => void;
}

/** Confirms one lifecycle action, asking what it needs: a reason, the SK, or an optional note. */
function TransitionDialog({ kawasan, action, onClose, onDone }: TransitionDialogProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const transition = useTransition(kawasan.id);
  const wide = useWideLayout();
  const [draft, setDraft] = useState<TransitionDraft>(emptyTransitionDraft);
  const [errors, setErrors] = useState<Partial<Record<TransitionField, string | undefined>>>({});
  // A field's error goes as soon as the field is changed.
  const change = (next: TransitionDraft) => {
    setErrors((found) => {
      const kept = { ...found };
      for (const field of ['reason', 'skNumber', 'skDate', 'documentId'] as const) {
        if (next[field] !== draft[field]) delete kept[field];
      }
      return kept;
    });
    setDraft(next);
  };

  if (!action) return null;
  const dialog = actionDialog(action);
  const close = () => {
    if (transition.isPending) return;
    transition.reset();
    setDraft(emptyTransitionDraft());
    setErrors({});
    onClose();
  };
  const confirm = () => {
    const problems = transitionProblems(action, draft);
    const found = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [field, problemText(problem)]),
    ) as Partial<Record<TransitionField, string>>;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    transition.mutate(transitionBody(action, draft), {
      onSuccess: () => {
        setDraft(emptyTransitionDraft());
        setErrors({});
        onDone(action);
      },
      onError: (error) => {
        const fromServer: Partial<Record<TransitionField, string>> = {};
        for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
          const mine = transitionFieldOf(field);
          if (mine) fromServer[mine] ??= message;
        }
        setErrors(fromServer);
      },
    });
  };

  const reasonField = (
    <Textarea
      label={
        dialog === 'reason'
          ? t('kawasan.transition.reason')
          : `${t('kawasan.transition.note')} (${t('common.optional')})`
      }
      description={
        dialog === 'reason'
          ? t('kawasan.transition.reasonHint', { min: REASON_MIN_LENGTH })
          : t('kawasan.transition.noteHint')
      }
      required={dialog === 'reason'}
      autosize
      minRows={3}
      maxRows={8}
      maxLength={REASON_MAX_LENGTH}
      value={draft.reason}
      onChange={(e) => change({ ...draft, reason: e.currentTarget.value })}
      error={errors.reason}
      data-testid="transition-reason"
      data-autofocus
    />
  );
  return (
    <Modal
      opened
      onClose={close}
      title={t(`kawasan.action.${action}`)}
      centered
      size={dialog === 'decree' ? 'lg' : 'md'}
      fullScreen={dialog === 'decree' && !wide}
    >
      <Stack gap="md" data-testid="transition-dialog" data-action={action}>
        <Text size="sm">{t(`kawasan.actionText.${action}`, { name: kawasan.name })}</Text>
        {transition.isError && (
          <MutationErrorAlert error={transition.error} title={t('kawasan.transition.failedTitle')} />
        )}
        {dialog === 'decree' && (
          <DecreeFields kawasan={kawasan} draft={draft} onChange={change} errors={errors} />
        )}
        {reasonField}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={transition.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={isEndingAction(action) ? 'red' : undefined}
            onClick={confirm}
            loading={transition.isPending}
            data-testid="transition-confirm"
          >
            {t(`kawasan.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** What comes next in the lifecycle, and the actions this user may take now, each behind its dialog. */
export function LifecycleActions({
  kawasan,
  onDone,
}: {
  kawasan: KawasanDetail;
  onDone: (action: KawasanAction) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<KawasanAction | null>(null);
  const actions = orderActions(kawasan.allowed.actions);
  if (actions.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="lifecycle-next">
        {t(`kawasan.next.${kawasan.state}`)}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="lifecycle-actions">
      <Text size="sm" c="dimmed" data-testid="lifecycle-next">
        {t(`kawasan.next.${kawasan.state}`)}
      </Text>
      <Group gap="sm" wrap="wrap">
        {actions.map((action) => (
          <Button
            key={action}
            variant={isEndingAction(action) ? 'outline' : 'filled'}
            color={isEndingAction(action) ? 'red' : undefined}
            onClick={() => setOpen(action)}
            data-testid={`action-${action}`}
          >
            {t(`kawasan.action.${action}`)}
          </Button>
        ))}
      </Group>
      <TransitionDialog
        key={open ?? 'none'}
        kawasan={kawasan}
        action={open}
        onClose={() => setOpen(null)}
        onDone={(action) => {
          setOpen(null);
          onDone(action);
        }}
      />
    </Stack>
  );
}
