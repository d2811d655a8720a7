import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpBody, FollowUpSheet } from '../../../contracts/training-outcome.contract';
import type { FieldIssue } from '../../../domain/errors';
import {
  FOLLOW_UP_METHODS,
  FOLLOW_UP_STATUSES,
  type FollowUpMethod,
  INDICATOR_STATES,
  type IndicatorState,
  MAX_FOLLOW_UP_NOTE,
} from '../../../domain/training/follow-up';
import { fieldErrorsOf } from '../../api-client/api-error';
import { numberLocale } from '../../i18n/i18n-setup';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { formatCalendarDay } from '../pelatihan-public/verify-model';
import {
  FOLLOW_UP_STATUS_COLORS,
  GAIN_CATEGORY_COLORS,
  INDICATOR_STATE_COLORS,
  localDecimal,
  VERDICT_COLORS,
} from './dashboard-model';
import {
  type FollowUpField,
  type FollowUpValues,
  followUpBody,
  followUpFormIssues,
  newFollowUpValues,
  placeIssues,
} from './follow-up-form';
import classes from './outcomes.module.css';
import { useFollowUpSheet, useRecordFollowUp } from './use-outcome-queries';

type Participant = FollowUpSheet['participants'][number];
type Share = NonNullable<FollowUpSheet['judgement']>['coverage'];

function useDay() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (day: string) => formatCalendarDay(day, locale);
}

function ShareText({ share, label, testId }: { share: Share; label: string; testId: string }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <div data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} className={classes.number} ta="left">
        {share.percentText === null
          ? t('pelatihanHasil.followUp.shareNone', {
              count: formatNumber(share.count),
              of: formatNumber(share.of),
            })
          : t('pelatihanHasil.followUp.share', {
              count: formatNumber(share.count),
              of: formatNumber(share.of),
              percent: localDecimal(share.percentText, t('pelatihan.decimalPoint')),
            })}
      </Text>
    </div>
  );
}

/** The session's judgement: the verdict, the three shares it rests on, level 2 and the notes. */
function JudgementCard({ sheet }: { sheet: FollowUpSheet }) {
  const { t } = useTranslation();
  const judgement = sheet.judgement;
  return (
    <SectionCard title={t('pelatihanHasil.followUp.judgementTitle')} testId="follow-up-judgement">
      {judgement === null ? (
        <Text size="sm" c="dimmed" data-testid="follow-up-judgement-note">
          {sheet.judgementNote ?? t('pelatihanHasil.followUp.judgementLater')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge
              size="lg"
              radius="sm"
              variant="light"
              color={VERDICT_COLORS[judgement.verdict]}
              tt="none"
              data-testid="follow-up-verdict"
              data-verdict={judgement.verdict}
              style={{ whiteSpace: 'normal', height: 'auto', paddingBlock: 4 }}
            >
              {t(`pelatihanHasil.verdict.${judgement.verdict}`)}
            </Badge>
          </Group>
          <div className={classes.tiles}>
            <ShareText
              share={judgement.coverage}
              label={t('pelatihanHasil.followUp.coverage')}
              testId="judgement-coverage"
            />
            <ShareText
              share={judgement.applied}
              label={t('pelatihanHasil.followUp.applied')}
              testId="judgement-applied"
            />
            <ShareText
              share={judgement.results}
              label={t('pelatihanHasil.followUp.results')}
              testId="judgement-results"
            />
            <div data-testid="judgement-learning">
              <Text size="xs" c="dimmed">
                {t('pelatihanHasil.followUp.learning')}
              </Text>
              {judgement.learning === null ? (
                <Text fw={700}>{t('pelatihanHasil.notComputed')}</Text>
              ) : (
                <Group gap={6} wrap="nowrap">
                  <Text fw={700} className={classes.number}>
                    {localDecimal(judgement.learning.text, t('pelatihan.decimalPoint'))}
                  </Text>
                  <Badge
                    size="sm"
                    radius="sm"
                    variant="light"
                    color={GAIN_CATEGORY_COLORS[judgement.learning.category]}
                    tt="none"
                  >
                    {t(`pelatihan.scores.category.${judgement.learning.category}`)}
                  </Badge>
                </Group>
              )}
            </div>
          </div>
          {judgement.notes.length > 0 && (
            <List size="sm" spacing={2} data-testid="judgement-notes">
              {judgement.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}

/** The follow-up status of a completer; null for a participant who did not complete (said in words below). */
function StatusBadge({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  if (participant.status === null) return null;
  return (
    <Badge
      size="sm"
      radius="sm"
      variant="light"
      color={FOLLOW_UP_STATUS_COLORS[participant.status]}
      tt="none"
      style={{ flexShrink: 0 }}
      data-testid="follow-up-status"
      data-status={participant.status}
    >
      {t(`pelatihanHasil.followUpStatus.${participant.status}`)}
    </Badge>
  );
}

interface FormProps {
  sid: string;
  sheet: FollowUpSheet;
  participant: Participant;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** A follow-up of one participant: day, method, reached, the indicators of their role, a note. */
function FollowUpDialog({ sid, sheet, participant, onClose, onSaved }: FormProps) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const day = useDay();
  const record = useRecordFollowUp(sid);
  const [values, setValues] = useState<FollowUpValues>(() => newFollowUpValues(participant, sheet.today));
  const [issues, setIssues] = useState<FieldIssue[] | null>(null);
  const [sent, setSent] = useState<FollowUpBody | null>(null);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const server = Object.entries(fieldErrorsOf(record.error)).map(([field, message]) => ({ field, message }));
  const placed = placeIssues(issues ?? server, issues ? followUpBody(values, participant) : sent);
  const message = (field: FollowUpField) => placed.byField[field];
  const set = (change: Partial<FollowUpValues>) => {
    setValues((v) => ({ ...v, ...change }));
    setIssues(null);
  };
  const close = () => {
    if (!record.isPending) onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = followUpFormIssues(values, participant, sheet, t('common.required'));
    if (found.length > 0) {
      setIssues(found);
      setFailures((n) => n + 1);
      return;
    }
    const body = followUpBody(values, participant);
    setSent(body);
    record.mutate(
      { rid: participant.registrationId, body },
      {
        onSuccess: () => onSaved(participant.name),
        onError: () => setFailures((n) => n + 1),
      },
    );
  };
  const showServerAlert = issues === null && record.isError;
  return (
    <Modal
      opened
      onClose={close}
      title={t('pelatihanHasil.followUp.dialogTitle', { name: participant.name })}
      fullScreen={!wide}
      size="lg"
      centered
    >
      <form ref={formRef} onSubmit={submit} noValidate data-testid="follow-up-form">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('pelatihanHasil.followUp.dialogIntro', {
              role: t(`pelatihan.role.${participant.role}`),
              desa: participant.desaName,
              due: day(participant.dueDate),
            })}
          </Text>
          {showServerAlert && <MutationErrorAlert error={record.error} title={t('common.notSavedTitle')} />}
          {placed.other.length > 0 && (
            <Alert
              color="red"
              variant="light"
              p="xs"
              data-error-alert
              tabIndex={-1}
              data-testid="follow-up-other-issues"
            >
              <List size="sm" spacing={2}>
                {placed.other.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <div className={classes.twoColumns}>
            <TextInput
              type="date"
              label={t('pelatihanHasil.followUp.recordedOn')}
              description={t('pelatihanHasil.followUp.recordedOnHint', { due: day(participant.dueDate) })}
              required
              min={participant.dueDate}
              max={sheet.today}
              value={values.recordedOn}
              onChange={(e) => set({ recordedOn: e.currentTarget.value })}
              error={message('recordedOn')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              data-testid="follow-up-date"
            />
            <NativeSelect
              label={t('pelatihanHasil.followUp.method')}
              required
              data={[
                { value: '', label: t('pelatihanHasil.followUp.methodPlaceholder') },
                ...FOLLOW_UP_METHODS.map((m) => ({ value: m, label: t(`pelatihanHasil.method.${m}`) })),
              ]}
              value={values.method}
              onChange={(e) => set({ method: e.currentTarget.value as FollowUpMethod | '' })}
              error={message('method')}
              data-testid="follow-up-method"
            />
          </div>
          <Switch
            label={t('pelatihanHasil.followUp.reached')}
            description={t('pelatihanHasil.followUp.reachedHint')}
            checked={values.reached}
            onChange={(e) => set({ reached: e.currentTarget.checked })}
            error={message('reached')}
            data-testid="follow-up-reached"
          />
          {values.reached && (
            <Stack gap="xs" data-testid="follow-up-indicators">
              <Text size="sm" fw={600}>
                {t('pelatihanHasil.followUp.indicators')}
              </Text>
              {message('indicators') && (
                <Text size="sm" c="red" role="alert" data-testid="follow-up-indicators-error">
                  {message('indicators')}
                </Text>
              )}
              {participant.indicators.map((indicator) => (
                <Paper key={indicator.indicatorId} withBorder radius="sm" p="xs">
                  <Radio.Group
                    label={
                      <Group gap={6} wrap="nowrap" align="flex-start" component="span">
                        <Badge
                          size="xs"
                          radius="sm"
                          variant="outline"
                          style={{ flexShrink: 0 }}
                          component="span"
                        >
                          {indicator.level}
                        </Badge>
                        <span className={classes.wrap}>{indicator.label}</span>
                      </Group>
                    }
                    description={
                      indicator.lastState
                        ? t('pelatihanHasil.followUp.lastState', {
                            state: t(`pelatihanHasil.indicatorState.${indicator.lastState}`),
                            date: indicator.lastRecordedOn ? day(indicator.lastRecordedOn) : '–',
                          })
                        : undefined
                    }
                    value={values.states[indicator.indicatorId] ?? ''}
                    onChange={(state) =>
                      set({ states: { ...values.states, [indicator.indicatorId]: state as IndicatorState } })
                    }
                    error={message(`indicator:${indicator.indicatorId}`)}
                    data-testid="follow-up-indicator"
                    data-indicator={indicator.indicatorId}
                  >
                    <Group gap="md" mt={6} wrap="wrap">
                      {INDICATOR_STATES.map((state) => (
                        <Radio
                          key={state}
                          value={state}
                          label={t(`pelatihanHasil.indicatorState.${state}`)}
                          data-testid={`follow-up-state-${state}`}
                        />
                      ))}
                    </Group>
                  </Radio.Group>
                </Paper>
              ))}
            </Stack>
          )}
          <Textarea
            label={`${t('pelatihanHasil.followUp.note')} (${t('common.optional')})`}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={MAX_FOLLOW_UP_NOTE}
            value={values.note}
            onChange={(e) => set({ note: e.currentTarget.value })}
            error={message('note')}
            data-testid="follow-up-note"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={record.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="follow-up-save">
              {t('pelatihanHasil.followUp.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** One participant: status, due date, the last states of their indicators and their records. */
function ParticipantRow({ participant, onRecord }: { participant: Participant; onRecord: () => void }) {
  const { t } = useTranslation();
  const day = useDay();
  const [history, setHistory] = useState(false);
  return (
    <li
      className={classes.row}
      data-testid="follow-up-participant"
      data-registration={participant.registrationId}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} className={classes.wrap}>
              {participant.name}
            </Text>
            <Text size="xs" c="dimmed" className={classes.wrap}>
              {t(`pelatihan.role.${participant.role}`)} · {participant.desaName} ·{' '}
              {t('pelatihanHasil.followUp.attended', {
                percent: localDecimal(participant.attendedPercentText, t('pelatihan.decimalPoint')),
              })}
            </Text>
          </Stack>
          <StatusBadge participant={participant} />
        </Group>
        {participant.status === null ? (
          <Text size="xs" c="dimmed" data-testid="follow-up-status" data-status="none">
            {t('pelatihanHasil.followUp.notCompleted')}
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            {t('pelatihanHasil.followUp.due', { date: day(participant.dueDate) })}
          </Text>
        )}
        {participant.completed && participant.indicators.some((i) => i.lastState !== null) && (
          <Stack gap={2} data-testid="follow-up-last-states">
            {participant.indicators
              .filter((i) => i.lastState !== null)
              .map((i) => (
                <Text key={i.indicatorId} size="xs" className={classes.wrap} data-state={i.lastState}>
                  <span
                    className={classes.swatch}
                    style={{ background: `var(--mantine-color-${INDICATOR_STATE_COLORS[i.lastState!]}-6)` }}
                    aria-hidden
                  />
                  <b>
                    {i.level} · {t(`pelatihanHasil.indicatorState.${i.lastState!}`)}
                  </b>
                  : {i.label}
                </Text>
              ))}
          </Stack>
        )}
        <Group gap="xs" wrap="wrap">
          {participant.canRecord && (
            <Button size="compact-sm" variant="light" onClick={onRecord} data-testid="follow-up-record">
              {t('pelatihanHasil.followUp.record')}
            </Button>
          )}
          {participant.records.length > 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => setHistory((v) => !v)}
              aria-expanded={history}
              data-testid="follow-up-history-toggle"
            >
              {t('pelatihanHasil.followUp.records', { count: participant.records.length })}
            </Button>
          )}
        </Group>
        {history && (
          <ul className={classes.list} data-testid="follow-up-history">
            {participant.records.map((r) => (
              <li key={r.id} className={classes.row}>
                <Text size="sm" fw={600}>
                  {day(r.recordedOn)} · {t(`pelatihanHasil.method.${r.method}`)} ·{' '}
                  {r.reached
                    ? t('pelatihanHasil.followUp.wasReached')
                    : t('pelatihanHasil.followUp.notReached')}
                </Text>
                {r.indicators.map((i) => (
                  <Text key={i.indicatorId} size="xs" className={classes.wrap}>
                    <b>{t(`pelatihanHasil.indicatorState.${i.state}`)}</b>: {i.label}
                  </Text>
                ))}
                {r.note && (
                  <Text size="xs" c="dimmed" className={classes.prewrap}>
                    {r.note}
                  </Text>
                )}
                {r.recordedBy && (
                  <Text size="xs" c="dimmed">
                    {t('pelatihanHasil.followUp.recordedBy', { name: r.recordedBy })}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </li>
  );
}

function FollowUpBodyView({ sid, sheet }: { sid: string; sheet: FollowUpSheet }) {
  const { t } = useTranslation();
  const day = useDay();
  const formatNumber = useFormatNumber();
  const [open, setOpen] = useState<Participant | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const title = t('pelatihanHasil.followUp.participantsTitle');
  return (
    <Stack gap="lg">
      <JudgementCard sheet={sheet} />
      <SectionCard title={title} testId="follow-up-participants">
        <Text size="sm" data-testid="follow-up-due">
          {t('pelatihanHasil.followUp.sessionDue', { date: day(sheet.dueDate), count: sheet.followUpMonths })}
        </Text>
        <Group gap="xs" wrap="wrap" data-testid="follow-up-counts">
          <Text size="sm" c="dimmed">
            {t('pelatihanHasil.followUp.counts', {
              completers: formatNumber(sheet.counts.completers),
              registered: formatNumber(sheet.counts.registered),
            })}
          </Text>
          {FOLLOW_UP_STATUSES.filter((s) => (sheet.counts.byStatus[s] ?? 0) > 0).map((s) => (
            <Badge key={s} size="sm" radius="sm" variant="light" color={FOLLOW_UP_STATUS_COLORS[s]} tt="none">
              {t(`pelatihanHasil.followUpStatus.${s}`)}: {formatNumber(sheet.counts.byStatus[s] ?? 0)}
            </Badge>
          ))}
        </Group>
        {saved && (
          <SuccessNote onClose={() => setSaved(null)}>
            {t('pelatihanHasil.followUp.saved', { name: saved })}
          </SuccessNote>
        )}
        {sheet.participants.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pelatihanHasil.followUp.noParticipants')}
          </Text>
        ) : (
          <ul className={classes.list} aria-label={title}>
            {sheet.participants.map((p) => (
              <ParticipantRow
                key={p.registrationId}
                participant={p}
                onRecord={() => {
                  setSaved(null);
                  setOpen(p);
                }}
              />
            ))}
          </ul>
        )}
        {sheet.hiddenParticipants > 0 && (
          <Text size="sm" c="dimmed" data-testid="follow-up-hidden">
            {t('pelatihanHasil.followUp.hidden', { count: sheet.hiddenParticipants })}
          </Text>
        )}
      </SectionCard>
      {open && (
        <FollowUpDialog
          key={open.registrationId}
          sid={sid}
          sheet={sheet}
          participant={open}
          onClose={() => setOpen(null)}
          onSaved={(name) => {
            setOpen(null);
            setSaved(name);
          }}
        />
      )}
    </Stack>
  );
}

/**
 * The Tindak lanjut tab of a session: the months-later follow-up (Kirkpatrick levels 3 and 4) of
 * each participant who completed it — due date, status, the indicators of their role — with a
 * record form for those the server lets the reader record, and the session's judgement.
 */
export function FollowUpTab({ sid }: { sid: string }) {
  const { t } = useTranslation();
  const sheet = useFollowUpSheet(sid);
  if (sheet.isPending) return <LoadingState />;
  if (sheet.isError) {
    return (
      <PageLoadError
        error={sheet.error}
        onRetry={() => void sheet.refetch()}
        notFound={{
          title: t('pelatihanHasil.followUp.notFoundTitle'),
          text: t('pelatihanHasil.followUp.notFoundText'),
        }}
      />
    );
  }
  return (
    <Stack gap="lg" data-testid="follow-up-tab">
      <FollowUpBodyView sid={sid} sheet={sheet.data} />
    </Stack>
  );
}
