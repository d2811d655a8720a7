import {
  Alert,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Stepper,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import type { LegalStepKind } from '../../../domain/enterprise/legal-status';
import { facilitationToday } from '../../../domain/facilitation/calendar';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import { LegalStatusBadge } from './enterprise-list';
import {
  activeStepIndex,
  type LegalStepValues,
  legalStepBody,
  legalStepFormIssues,
  legalStepServerIssues,
  legalSteps,
  newLegalStepValues,
  nextLegalSteps,
  type StepperStep,
  validityRunningOut,
} from './profile-model';
import classes from './usaha.module.css';
import { useLegalStep } from './use-usaha-queries';

function StepDescription({ step, e }: { step: StepperStep; e: EnterpriseView }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const legal = e.legal;
  const lines: { text: string; color?: string; testId?: string }[] = [];
  if (step.date) lines.push({ text: t('usaha.legal.on', { date: format.date(step.date) }) });
  if (step.number && step.step !== 'setujui_nama')
    lines.push({ text: t('usaha.legal.number', { number: step.number }) });
  if (step.step === 'setujui_nama' && legal.nameValidUntil && legal.status !== 'berbadan_hukum') {
    if (legal.status === 'nama_kedaluwarsa') {
      lines.push({
        text: t('usaha.legal.expired', { date: format.date(legal.nameValidUntil) }),
        color: 'red.8',
        testId: 'legal-expired',
      });
    } else {
      lines.push({
        text: t('usaha.legal.validUntil', {
          date: format.date(legal.nameValidUntil),
          count: legal.workingDaysLeft ?? 0,
        }),
        color: validityRunningOut(legal) ? 'orange.9' : 'teal.8',
        testId: 'legal-valid-until',
      });
    }
  }
  if (lines.length === 0 && step.state === 'current') lines.push({ text: t('usaha.legal.next') });
  return (
    <Stack gap={0}>
      {lines.map((l) => (
        <Text key={l.text} size="xs" c={l.color ?? 'dimmed'} className={classes.wrap} data-testid={l.testId}>
          {l.text}
        </Text>
      ))}
    </Stack>
  );
}

/** The name of a step; the certificate's is the server's, which differs for cooperatives. */
function useStepLabel(e: EnterpriseView): (step: LegalStepKind) => string {
  const { t } = useTranslation();
  return (step) => (step === 'sertifikat' ? e.legal.certificateLabel : t(`usaha.legal.step.${step}`));
}

function StepForm({ e, steps, onDone }: { e: EnterpriseView; steps: LegalStepKind[]; onDone: () => void }) {
  const { t } = useTranslation();
  const stepLabel = useStepLabel(e);
  const today = facilitationToday(new Date());
  const record = useLegalStep(e.id);
  const [values, setValues] = useState<LegalStepValues>(newLegalStepValues(steps[0] ?? 'ajukan_nama', today));
  const [tried, setTried] = useState(false);
  const messages = {
    dateInvalid: t('usaha.legal.dateInvalid'),
    dateFuture: t('usaha.legal.dateFuture', { today }),
    numberRequired: t('usaha.legal.numberRequired', { label: e.legal.certificateLabel }),
  };
  const local = tried ? legalStepFormIssues(values, today, messages) : {};
  const server = legalStepServerIssues(problemIssues(record.error));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(legalStepFormIssues(values, today, messages)).length > 0) return;
    record.mutate(legalStepBody(values), { onSuccess: onDone });
  };
  const showAlert = Boolean(record.error) && Object.keys(server.byField).length === 0;
  const numberLabel =
    values.step === 'sertifikat'
      ? t('usaha.legal.certificateNumber', { label: e.legal.certificateLabel })
      : `${t('usaha.legal.registrationNumber')} (${t('common.optional')})`;
  return (
    <Paper withBorder radius="sm" p="sm">
      <form onSubmit={submit} noValidate data-testid="legal-step-form">
        <Stack gap="sm">
          {steps.length > 1 && (
            <SegmentedControl
              fullWidth
              value={values.step}
              onChange={(step) => setValues((v) => ({ ...v, step: step as LegalStepKind }))}
              data={steps.map((s) => ({ value: s, label: stepLabel(s) }))}
              data-testid="legal-step-choice"
            />
          )}
          <Text size="sm" fw={600}>
            {t('usaha.legal.recordStep', { step: stepLabel(values.step) })}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`usaha.legal.stepHint.${values.step}`)}
          </Text>
          {showAlert && <MutationErrorAlert error={record.error} title={t('common.notSavedTitle')} />}
          {server.other.length > 0 && (
            <Text size="sm" c="red.8" data-testid="legal-step-other">
              {server.other.join(' ')}
            </Text>
          )}
          <div className={classes.twoColumns}>
            <TextInput
              label={t('usaha.legal.date')}
              type="date"
              required
              max={today}
              value={values.date}
              onChange={(ev) => {
                const date = ev.currentTarget.value;
                setValues((v) => ({ ...v, date }));
              }}
              error={local.date ?? server.byField.date}
              data-testid="legal-step-date"
            />
            <TextInput
              label={numberLabel}
              required={values.step === 'sertifikat'}
              maxLength={100}
              value={values.number}
              onChange={(ev) => {
                const number = ev.currentTarget.value;
                setValues((v) => ({ ...v, number }));
              }}
              error={local.number ?? server.byField.number}
              data-testid="legal-step-number"
            />
          </div>
          <Group gap="sm">
            <Button type="submit" loading={record.isPending} data-testid="legal-step-save">
              {t('usaha.legal.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * The legal-entity steps as a stepper: name submitted → approved (valid until, working days left,
 * expired in red) → legal entity; for cooperatives the AHU decree alone; for business groups a
 * note that none is required. Keepers record the next step.
 */
export function LegalSection({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const stepLabel = useStepLabel(e);
  const wide = useWideLayout();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const steps = legalSteps(e.legal);
  const next = nextLegalSteps(e.legal);
  const active = activeStepIndex(steps);
  return (
    <SectionCard
      title={t('usaha.legal.heading')}
      actions={<LegalStatusBadge status={e.legal.status} label={e.legal.statusLabel} size="md" />}
      testId="enterprise-legal"
    >
      {saved && <SuccessNote onClose={() => setSaved(false)}>{t('usaha.legal.saved')}</SuccessNote>}
      {!e.legal.required ? (
        <Text size="sm" c="dimmed" data-testid="legal-not-required">
          {t('usaha.legal.notRequired')}
        </Text>
      ) : (
        <div className={classes.stepper}>
          <Stepper
            active={active}
            orientation={wide ? 'horizontal' : 'vertical'}
            size="sm"
            allowNextStepsSelect={false}
            data-testid="legal-stepper"
          >
            {steps.map((s) => (
              <Stepper.Step
                key={s.step}
                label={stepLabel(s.step)}
                description={<StepDescription step={s} e={e} />}
                color={s.state === 'expired' ? 'red' : undefined}
                data-testid={`legal-step-${s.step}`}
                data-state={s.state}
              />
            ))}
          </Stepper>
        </div>
      )}
      {e.legal.status === 'nama_kedaluwarsa' && (
        <Alert color="red" variant="light" data-testid="legal-expired-alert">
          <Text size="sm">{t('usaha.legal.expiredText')}</Text>
        </Alert>
      )}
      {e.legal.note && e.legal.nameValidUntil && (
        <Text size="xs" c="dimmed">
          {e.legal.note}
        </Text>
      )}
      {e.canManage &&
        next.length > 0 &&
        (open ? (
          <Stack gap="xs">
            <StepForm
              key={next.join()}
              e={e}
              steps={next}
              onDone={() => {
                setOpen(false);
                setSaved(true);
              }}
            />
            <Group>
              <Button variant="default" size="compact-sm" onClick={() => setOpen(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group>
            <Button
              variant="light"
              className={classes.wrapButton}
              onClick={() => {
                setSaved(false);
                setOpen(true);
              }}
              data-testid="legal-step-open"
            >
              {t('usaha.legal.recordStep', { step: stepLabel(next[0] ?? 'sertifikat') })}
            </Button>
          </Group>
        ))}
    </SectionCard>
  );
}
