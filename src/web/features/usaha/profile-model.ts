/**
 * The profile tab as values: the legal-entity steps as a stepper (which step is done, which is
 * next, whether the approved name has expired), the step form, and where the server's messages go.
 */
import type { EnterpriseView, LegalStepBody } from '../../../contracts/enterprise.contract';
import type { LegalStepKind } from '../../../domain/enterprise/legal-status';
import { isCalendarDate } from '../../../domain/training/calendar';
import { type Issue, normalizeField, type SortedIssues, sortIssues } from '../pelatihan/pelatihan-forms';

type Legal = EnterpriseView['legal'];

export type StepState = 'done' | 'current' | 'expired' | 'todo';

export interface StepperStep {
  step: LegalStepKind;
  state: StepState;
  /** The date the step was taken, if it was. */
  date: string | null;
  number: string | null;
}

/** The steps the kind takes: the name steps for BUM Desa and BUM Desa Bersama, then the certificate. */
export function legalSteps(legal: Legal): StepperStep[] {
  if (!legal.required) return [];
  const certified = legal.status === 'berbadan_hukum';
  const certificate: StepperStep = {
    step: 'sertifikat',
    state: certified ? 'done' : 'todo',
    date: legal.certificateDate,
    number: legal.certificateNumber,
  };
  if (!legal.nameStep) {
    return [{ ...certificate, state: certified ? 'done' : 'current' }];
  }
  const submitted = legal.nameSubmittedOn !== null;
  const approved = legal.nameApprovedOn !== null;
  const expired = legal.status === 'nama_kedaluwarsa';
  const submit: StepperStep = {
    step: 'ajukan_nama',
    state: submitted || certified ? 'done' : 'current',
    date: legal.nameSubmittedOn,
    number: legal.nameRegistrationNumber,
  };
  const approve: StepperStep = {
    step: 'setujui_nama',
    state: expired ? 'expired' : approved || certified ? 'done' : submitted ? 'current' : 'todo',
    date: legal.nameApprovedOn,
    number: legal.nameRegistrationNumber,
  };
  if (!certified && approved && !expired) certificate.state = 'current';
  return [submit, approve, certificate];
}

/** The index of the stepper's active step: the first not done (all done: past the last). */
export function activeStepIndex(steps: readonly StepperStep[]): number {
  const i = steps.findIndex((s) => s.state !== 'done');
  return i === -1 ? steps.length : i;
}

/**
 * The steps that may be recorded now: the next one, and after an expired approval the name is
 * submitted again. None once certified, or for a kind without legal steps.
 */
export function nextLegalSteps(legal: Legal): LegalStepKind[] {
  if (!legal.required || legal.status === 'berbadan_hukum') return [];
  if (!legal.nameStep) return ['sertifikat'];
  switch (legal.status) {
    case 'belum_terdaftar':
      return ['ajukan_nama'];
    case 'nama_diajukan':
      return ['setujui_nama', 'ajukan_nama'];
    case 'nama_disetujui':
      return ['sertifikat'];
    case 'nama_kedaluwarsa':
      return ['ajukan_nama'];
    default:
      return [];
  }
}

/** Whether the approved name's validity is running out: ten working days or fewer left. */
export function validityRunningOut(legal: Legal): boolean {
  return legal.status === 'nama_disetujui' && legal.workingDaysLeft !== null && legal.workingDaysLeft <= 10;
}

export interface LegalStepValues {
  step: LegalStepKind;
  date: string;
  number: string;
}

export function newLegalStepValues(step: LegalStepKind, today: string): LegalStepValues {
  return { step, date: today, number: '' };
}

export interface LegalStepMessages {
  dateInvalid: string;
  dateFuture: string;
  numberRequired: string;
}

/** What blocks sending: a date that is no date or to come; a certificate without its number. */
export function legalStepFormIssues(
  values: LegalStepValues,
  today: string,
  messages: LegalStepMessages,
): Partial<Record<'date' | 'number', string>> {
  const out: Partial<Record<'date' | 'number', string>> = {};
  if (!isCalendarDate(values.date.trim())) out.date = messages.dateInvalid;
  else if (values.date.trim() > today) out.date = messages.dateFuture;
  if (values.step === 'sertifikat' && values.number.trim() === '') out.number = messages.numberRequired;
  return out;
}

export function legalStepBody(values: LegalStepValues): LegalStepBody {
  const number = values.number.trim();
  return { step: values.step, date: values.date.trim(), number: number === '' ? null : number };
}

export function legalStepServerIssues(issues: readonly Issue[]): SortedIssues {
  return sortIssues(issues, (path) => {
    const head = normalizeField(path).split('.')[0] ?? '';
    return head === 'date' || head === 'number' ? head : null;
  });
}
