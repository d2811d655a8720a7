import {
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDetail } from '../../../contracts/kawasan.contract';
import type { Activity, ProgressStatus, RpkpVersionDetail } from '../../../contracts/rpkp.contract';
import { formatProgress } from '../../../domain/rpkp/budget';
import { formatRupiah } from '../../../domain/rpkp/plan';
import { checkProgressReport, PROGRESS_STATUSES } from '../../../domain/rpkp/progress';
import { fieldErrorsOf } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import { DocumentUploadToggle } from '../kawasan/document-upload-toggle';
import type { ProposalNames } from './activity-links';
import { normalizeField } from './plan-draft';
import { PlanView, WeightedProgress } from './plan-view';
import { ProgressReportEntry, ProgressTimeline } from './progress-report-entry';
import classes from './rpkp.module.css';
import { decimalText, parseDecimal, parseRupiah, percentToBasisPoints } from './rpkp-numbers';
import { RupiahInput } from './rupiah-input';
import { useActivityProgress, useReportProgress } from './use-rpkp-queries';

/** Today in the reader's time zone, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Field = 'reportedOn' | 'status' | 'progressBp' | 'quantity' | 'spent' | 'note' | 'documentIds';

interface ProgressFormProps {
  detail: RpkpVersionDetail;
  kawasan: KawasanDetail | undefined;
  activity: Activity;
  onClose: () => void;
  onDone: () => void;
}

/** Reports progress on one activity: date, status, %, quantity against the target, spent, note and evidence. */
function ProgressForm({ detail, kawasan, activity, onClose, onDone }: ProgressFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const wide = useWideLayout();
  const report = useReportProgress(detail.kawasanId);
  const today = localToday();
  const standing = detail.progress.byActivity[activity.id];
  const [reportedOn, setReportedOn] = useState(today);
  const [status, setStatus] = useState<ProgressStatus>(
    standing?.status === 'belum_mulai' || !standing ? 'berjalan' : standing.status,
  );
  const [percent, setPercent] = useState('');
  const [quantity, setQuantity] = useState('');
  const [spent, setSpent] = useState('');
  const [note, setNote] = useState('');
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState<Partial<Record<Field, string>>>({});
  const target = activity.outputs[0];
  const formId = useId();

  const bp = percentToBasisPoints(percent);
  const qty = quantity.trim() === '' ? null : parseDecimal(quantity);
  const money = spent.trim() === '' ? null : parseRupiah(spent);
  // The same checks as the server, in the browser.
  const check = checkProgressReport(
    {
      reportedOn,
      status,
      progressBp: bp.ok ? bp.value : Number.NaN,
      quantity: qty?.ok ? qty.value : null,
      spent: money?.ok ? money.value.toString() : null,
      note,
    },
    detail.plan.period,
    today,
  );
  const checkErrors: Partial<Record<Field, string>> = {};
  if (!check.ok) for (const issue of check.issues) checkErrors[issue.field as Field] ??= issue.message;
  const typing: Partial<Record<Field, string>> = {};
  if (!bp.ok && (tried || percent !== '')) typing.progressBp = t(`rpkp.percent.${bp.problem}`);
  if (qty && !qty.ok) typing.quantity = t(`rpkp.decimal.${qty.problem}`);
  const errorOf = (field: Field) =>
    server[field] ?? typing[field] ?? (tried || field === 'status' ? checkErrors[field] : undefined);

  const documents = (kawasan?.documents ?? [])
    .slice()
    .sort((a, b) => Number(b.kind === 'bukti_kegiatan') - Number(a.kind === 'bukti_kegiatan'));
  const close = () => {
    if (!report.isPending) onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setServer({});
    if (!bp.ok || (qty && !qty.ok) || (money && !money.ok) || !check.ok) return;
    report.mutate(
      {
        activityId: activity.id,
        body: {
          reportedOn,
          status,
          progressBp: bp.value,
          quantity: qty?.ok ? qty.value : null,
          spent: money?.ok ? money.value.toString() : null,
          note: note.trim() || null,
          documentIds,
        },
      },
      {
        onSuccess: onDone,
        onError: (error) => {
          const found: Partial<Record<Field, string>> = {};
          for (const [field, message] of Object.entries(fieldErrorsOf(error))) {
            const key = normalizeField(field).replace(/\[\d+\]$/, '') as Field;
            found[key] ??= message;
          }
          setServer(found);
        },
      },
    );
  };
  return (
    <Modal
      opened
      onClose={close}
      title={t('rpkp.progress.formTitle', { name: activity.name })}
      size="lg"
      centered
      fullScreen={!wide}
    >
      <Stack gap="sm" data-testid="rpkp-progress-form" data-activity={activity.id}>
        <form
          id={formId}
          onSubmit={submit}
          noValidate
          aria-label={t('rpkp.progress.formTitle', { name: activity.name })}
        >
          <Stack gap="sm">
            {report.isError && <MutationErrorAlert error={report.error} title={t('common.notSavedTitle')} />}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                type="date"
                label={t('rpkp.progress.reportedOn')}
                required
                max={today}
                value={reportedOn}
                onChange={(e) => setReportedOn(e.currentTarget.value)}
                error={errorOf('reportedOn')}
                data-testid="rpkp-progress-date"
              />
              <Select
                label={t('rpkp.progress.status')}
                required
                data={PROGRESS_STATUSES.map((s) => ({ value: s, label: t(`rpkp.progressStatus.${s}`) }))}
                value={status}
                onChange={(value) => {
                  if (!value) return;
                  const next = value as ProgressStatus;
                  setStatus(next);
                  if (next === 'selesai') setPercent('100');
                  if (next === 'belum_mulai') setPercent('0');
                }}
                allowDeselect={false}
                error={errorOf('status')}
                comboboxProps={{ withinPortal: true }}
                data-testid="rpkp-progress-status"
              />
              <TextInput
                label={t('rpkp.progress.percent')}
                description={
                  standing
                    ? t('rpkp.progress.previous', { percent: formatProgress(standing.progressBp) })
                    : undefined
                }
                required
                inputMode="decimal"
                rightSection={<span aria-hidden="true">%</span>}
                value={percent}
                onChange={(e) => setPercent(e.currentTarget.value)}
                error={errorOf('progressBp')}
                data-testid="rpkp-progress-percent"
              />
              <TextInput
                label={`${t('rpkp.progress.quantity')} (${t('common.optional')})`}
                description={
                  target
                    ? t('rpkp.progress.quantityHint', {
                        name: target.name,
                        target: decimalText(String(target.target), language),
                        unit: target.unit,
                      })
                    : undefined
                }
                inputMode="decimal"
                rightSection={target ? <Text size="xs">{target.unit}</Text> : undefined}
                value={quantity}
                onChange={(e) => setQuantity(e.currentTarget.value)}
                error={errorOf('quantity')}
                data-testid="rpkp-progress-quantity"
              />
            </SimpleGrid>
            <RupiahInput
              label={`${t('rpkp.progress.spent')} (${t('common.optional')})`}
              placeholder="25.000.000"
              value={spent}
              onChange={setSpent}
              error={errorOf('spent')}
              description={t('rpkp.progress.spentHint', {
                budget: /^\d+$/.test(activity.budget) ? formatRupiah(BigInt(activity.budget)) : '–',
              })}
              data-testid="rpkp-progress-spent"
            />
            <Textarea
              label={`${t('rpkp.progress.note')} (${t('common.optional')})`}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={errorOf('note')}
              data-testid="rpkp-progress-note"
            />
            <MultiSelect
              label={`${t('rpkp.progress.evidence')} (${t('common.optional')})`}
              description={
                documents.length === 0 ? t('rpkp.progress.evidenceNone') : t('rpkp.progress.evidenceHint')
              }
              data={documents.map((d) => ({
                value: d.id,
                label: `${d.title} (${t(`kawasan.documentKind.${d.kind}`)})`,
              }))}
              value={documentIds}
              onChange={setDocumentIds}
              disabled={documents.length === 0}
              searchable
              maxValues={20}
              error={errorOf('documentIds')}
              comboboxProps={{ withinPortal: true }}
              data-testid="rpkp-progress-documents"
            />
          </Stack>
        </form>
        {/* Outside the report's form: the upload is a form of its own. */}
        {kawasan?.allowed.addDocuments && (
          <DocumentUploadToggle
            kawasanId={detail.kawasanId}
            kind="bukti_kegiatan"
            label={t('rpkp.progress.upload')}
            data-testid="rpkp-progress-upload"
            onUploaded={(document) => setDocumentIds((ids) => [...ids, document.id])}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={report.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" form={formId} loading={report.isPending} data-testid="rpkp-progress-submit">
            {t('rpkp.progress.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** An activity's progress reports, newest first, with their evidence. */
function ActivityTimeline({ kawasanId, activityId }: { kawasanId: string; activityId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const query = useActivityProgress(kawasanId, activityId, true);
  if (query.isPending) return <LoadingState label={t('rpkp.progress.timelineLoading')} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ProgressTimeline
      label={t('rpkp.progress.timelineLabel')}
      testId="rpkp-timeline"
      emptyText={t('rpkp.progress.timelineEmpty')}
      emptyTestId="rpkp-timeline-empty"
    >
      {query.data.items.map((item) => (
        <li key={item.id} className={classes.timelineEntry} data-testid="rpkp-timeline-entry">
          <ProgressReportEntry
            kawasanId={kawasanId}
            report={item}
            documents={item.documents}
            evidenceTestId="rpkp-timeline-evidence"
            detail={
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {[
                  item.quantity !== null
                    ? t('rpkp.progress.quantityValue', { value: decimalText(item.quantity, language) })
                    : null,
                  item.spent !== null
                    ? t('rpkp.progress.spentValue', { value: formatRupiah(BigInt(item.spent)) })
                    : null,
                  item.reportedBy,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            }
          />
        </li>
      ))}
    </ProgressTimeline>
  );
}

function ActivityProgressControls({
  detail,
  activity,
  onReport,
}: {
  detail: RpkpVersionDetail;
  activity: Activity;
  onReport: (activity: Activity) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {detail.allowed.report_progress && (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => onReport(activity)}
            data-testid="rpkp-report-progress"
          >
            {t('rpkp.progress.report')}
          </Button>
        )}
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          data-testid="rpkp-timeline-toggle"
        >
          {open ? t('rpkp.progress.hideTimeline') : t('rpkp.progress.showTimeline')}
        </Button>
      </Group>
      {open && <ActivityTimeline kawasanId={detail.kawasanId} activityId={activity.id} />}
    </Stack>
  );
}

/** Progress of the version in force: the plan and each programme (budget-weighted), each activity, and reporting. */
export function ProgressSection({
  detail,
  kawasan,
  desaName,
  proposalNames,
}: {
  detail: RpkpVersionDetail;
  kawasan: KawasanDetail | undefined;
  desaName: (code: string) => string;
  proposalNames?: ProposalNames | undefined;
}) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState<Activity | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const extra = useMemo(
    () => (activity: Activity) => (
      <ActivityProgressControls detail={detail} activity={activity} onReport={setReporting} />
    ),
    [detail],
  );
  return (
    <Stack gap="md" data-testid="rpkp-progress">
      <WeightedProgress
        bp={detail.progress.plan}
        completed={detail.progress.completedCount}
        count={detail.progress.activityCount}
        testId="rpkp-plan-progress"
        size="lg"
      />
      <Text size="xs" c="dimmed">
        {t('rpkp.progress.weightedNote')}
      </Text>
      {done && <SuccessNote onClose={() => setDone(null)}>{done}</SuccessNote>}
      <PlanView
        plan={detail.plan}
        desaName={desaName}
        progress={detail.progress}
        activityExtra={extra}
        proposalNames={proposalNames}
      />
      {reporting && (
        <ProgressForm
          key={reporting.id}
          detail={detail}
          kawasan={kawasan}
          activity={reporting}
          onClose={() => setReporting(null)}
          onDone={() => {
            setDone(t('rpkp.progress.reported', { name: reporting.name }));
            setReporting(null);
          }}
        />
      )}
    </Stack>
  );
}
