import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDetail } from '../../../contracts/kawasan.contract';
import type { RpkpVersionDetail } from '../../../contracts/rpkp.contract';
import { isCalendarDate, MIN_REASON_LENGTH } from '../../../domain/kawasan/lifecycle-guards';
import type { RpkpAction } from '../../../domain/rpkp/review';
import { fieldErrorsOf, isApiError } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useWideLayout } from '../../shared/use-wide-layout';
import { DocumentUploadToggle } from '../kawasan/document-upload-toggle';
import { normalizeField } from './plan-draft';
import { actionDialog, orderRpkpActions } from './rpkp-labels';
import { useRpkpTransition } from './use-rpkp-queries';

const REASON_MAX = 4000;

interface Draft {
  reason: string;
  number: string;
  date: string;
  documentId: string | null;
}

type Field = 'reason' | 'number' | 'date';

interface ActionDialogProps {
  detail: RpkpVersionDetail;
  kawasan: KawasanDetail | undefined;
  action: RpkpAction;
  /** Changes in the editor not saved yet: the review reads the saved plan. */
  unsaved: boolean;
  onClose: () => void;
  onDone: (action: RpkpAction) => void;
}

/** Confirms one review step, asking what it needs: the question, the answer, a reason, or the regulation. */
function ReviewDialog({ detail, kawasan, action, unsaved, onClose, onDone }: ActionDialogProps) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const transition = useRpkpTransition(detail.kawasanId, detail.version);
  const [draft, setDraft] = useState<Draft>({ reason: '', number: '', date: '', documentId: null });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const dialog = actionDialog(action);
  const documents = (kawasan?.documents ?? []).filter((d) => d.kind === 'rpkp' || d.kind === 'lainnya');
  const change = (patch: Partial<Draft>) => {
    setErrors((found) => {
      const kept = { ...found };
      if ('reason' in patch) delete kept.reason;
      if ('number' in patch) delete kept.number;
      if ('date' in patch) delete kept.date;
      return kept;
    });
    setDraft((d) => ({ ...d, ...patch }));
  };
  const close = () => {
    if (transition.isPending) return;
    onClose();
  };
  const confirm = () => {
    const found: Partial<Record<Field, string>> = {};
    const needsReason = dialog === 'question' || dialog === 'answer' || dialog === 'reason';
    if (needsReason && draft.reason.trim().length < MIN_REASON_LENGTH) {
      found.reason = t('rpkp.review.reasonTooShort', { min: MIN_REASON_LENGTH });
    }
    if (dialog === 'regulation') {
      if (draft.number.trim() === '') found.number = t('rpkp.review.numberRequired');
      if (!isCalendarDate(draft.date)) found.date = t('rpkp.review.dateRequired');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    transition.mutate(
      {
        action,
        ...(needsReason || draft.reason.trim() ? { reason: draft.reason.trim() } : {}),
        ...(dialog === 'regulation'
          ? { regulation: { number: draft.number.trim(), date: draft.date, documentId: draft.documentId } }
          : {}),
      },
      {
        onSuccess: () => onDone(action),
        onError: (error) => {
          const server: Partial<Record<Field, string>> = {};
          for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
            const key = normalizeField(field);
            if (key === 'reason') server.reason ??= message;
            if (key === 'regulation.number') server.number ??= message;
            if (key === 'regulation.date') server.date ??= message;
          }
          setErrors(server);
        },
      },
    );
  };
  // Plan issues the server refused the step for, listed under the message.
  const planProblems =
    isApiError(transition.error) && transition.error.problem?.errors
      ? transition.error.problem.errors.filter((e) => !/^(body\.)?(reason|regulation)/.test(e.field))
      : [];
  const reasonLabel =
    dialog === 'question'
      ? t('rpkp.review.question')
      : dialog === 'answer'
        ? t('rpkp.review.answer')
        : dialog === 'reason'
          ? t('rpkp.review.reason')
          : `${t('rpkp.review.note')} (${t('common.optional')})`;
  return (
    <Modal
      opened
      onClose={close}
      title={t(`rpkp.action.${action}`)}
      centered
      size={dialog === 'regulation' ? 'lg' : 'md'}
      fullScreen={dialog === 'regulation' && !wide}
    >
      <Stack gap="md" data-testid="rpkp-action-dialog" data-action={action}>
        <Text size="sm">{t(`rpkp.actionText.${action}`, { version: detail.version })}</Text>
        {unsaved && (action === 'submit' || action === 'resubmit') && (
          <Alert color="yellow" variant="light" data-testid="rpkp-unsaved-warning">
            <Text size="sm">{t('rpkp.review.unsaved')}</Text>
          </Alert>
        )}
        {transition.isError && (
          <Stack gap={4}>
            <MutationErrorAlert error={transition.error} title={t('rpkp.review.failedTitle')} />
            {planProblems.length > 0 && (
              <List size="sm" spacing={2} data-testid="rpkp-action-issues">
                {planProblems.slice(0, 12).map((p) => (
                  <List.Item key={`${p.field}-${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
        {dialog === 'regulation' && (
          <Stack gap="sm">
            <TextInput
              label={t('rpkp.review.regulationNumber')}
              placeholder={t('rpkp.review.regulationNumberPlaceholder')}
              required
              maxLength={160}
              value={draft.number}
              onChange={(e) => change({ number: e.currentTarget.value })}
              error={errors.number}
              data-testid="rpkp-regulation-number"
            />
            <TextInput
              type="date"
              label={t('rpkp.review.regulationDate')}
              required
              value={draft.date}
              onChange={(e) => change({ date: e.currentTarget.value })}
              error={errors.date}
              data-testid="rpkp-regulation-date"
            />
            <Select
              label={`${t('rpkp.review.regulationDocument')} (${t('common.optional')})`}
              description={documents.length === 0 ? t('rpkp.review.regulationDocumentNone') : undefined}
              placeholder={t('rpkp.review.regulationDocumentPlaceholder')}
              data={documents.map((d) => ({ value: d.id, label: `${d.title} (${d.fileName})` }))}
              value={draft.documentId}
              onChange={(value) => change({ documentId: value })}
              clearable
              disabled={documents.length === 0}
              comboboxProps={{ withinPortal: true }}
              data-testid="rpkp-regulation-document"
            />
            {kawasan?.allowed.addDocuments && (
              <DocumentUploadToggle
                kawasanId={detail.kawasanId}
                kind="rpkp"
                label={t('rpkp.review.regulationUpload')}
                data-testid="rpkp-regulation-upload"
                onUploaded={(document) => change({ documentId: document.id })}
              />
            )}
          </Stack>
        )}
        <Textarea
          label={reasonLabel}
          description={
            dialog === 'plain' || dialog === 'regulation'
              ? undefined
              : t('rpkp.review.reasonHint', { min: MIN_REASON_LENGTH })
          }
          required={dialog === 'question' || dialog === 'answer' || dialog === 'reason'}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={REASON_MAX}
          value={draft.reason}
          onChange={(e) => change({ reason: e.currentTarget.value })}
          error={errors.reason}
          data-testid="rpkp-action-reason"
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={transition.isPending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={action === 'withdraw' ? 'red' : undefined}
            onClick={confirm}
            loading={transition.isPending}
            data-testid="rpkp-action-confirm"
          >
            {t(`rpkp.action.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The review steps this user may take on the version now, each behind its dialog. */
export function ReviewActions({
  detail,
  kawasan,
  unsaved,
  onDone,
}: {
  detail: RpkpVersionDetail;
  kawasan: KawasanDetail | undefined;
  unsaved: boolean;
  onDone: (action: RpkpAction) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<RpkpAction | null>(null);
  const allowed = orderRpkpActions(
    (
      [
        'submit',
        'start_review',
        'request_clarification',
        'resubmit',
        'complete_review',
        'approve',
        'withdraw',
      ] as const
    ).filter((a) => detail.allowed[a]),
  );
  if (allowed.length === 0) return null;
  return (
    <Group gap="sm" wrap="wrap" data-testid="rpkp-actions">
      {allowed.map((action) => (
        <Button
          key={action}
          variant={action === 'withdraw' ? 'outline' : 'filled'}
          color={action === 'withdraw' ? 'red' : undefined}
          onClick={() => setOpen(action)}
          data-testid={`rpkp-action-${action}`}
        >
          {t(`rpkp.action.${action}`)}
        </Button>
      ))}
      {open && (
        <ReviewDialog
          key={open}
          detail={detail}
          kawasan={kawasan}
          action={open}
          unsaved={unsaved}
          onClose={() => setOpen(null)}
          onDone={(action) => {
            setOpen(null);
            onDone(action);
          }}
        />
      )}
    </Group>
  );
}
