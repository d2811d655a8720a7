/**
 * The legal-entity steps of an enterprise and the status they give (Permendesa PDTT 3/2021;
 * PP 11/2021 Pasal 8; DOMAIN.md §4).
 *
 * BUM Desa and BUM Desa Bersama:
 * 1. `ajukan_nama` — the name is submitted (date; the registration number optional);
 * 2. `setujui_nama` — the name is approved (date, on or after submission). An approved name is
 *    valid for 40 working days; the system counts Monday to Friday only, since it does not know
 *    the national holidays (cuti bersama, hari libur nasional): the real end may be later;
 * 3. `sertifikat` — the legal-entity certificate is issued (number and date, on or after approval
 *    and not after the name's validity). Legal-entity status starts with the certificate; once
 *    certified, the name's expiry no longer matters.
 * Cooperatives (incl. Koperasi Desa/Kelurahan Merah Putih) become legal entities by a
 * Kemenkumham (AHU) decree: the same `sertifikat` step under another label, with no name step.
 * Business groups are not required to be legal entities: no steps, `belum_terdaftar` stays.
 *
 * Dates are `YYYY-MM-DD`; `today` is passed in (no clock here).
 */
import { addDays, daysBetween, isCalendarDate } from '../training/calendar.ts';
import { type EnterpriseKind, isBumDesaKind, isCooperativeKind, type LegalStatus } from './vocabulary.ts';

/** Working days an approved name stays valid (Permendesa 3/2021). */
export const NAME_VALIDITY_WORKING_DAYS = 40;

export const HOLIDAY_NOTE =
  'Hari kerja dihitung Senin–Jumat; hari libur nasional tidak diketahui sistem, sehingga batas sebenarnya dapat lebih lambat.';

export const LEGAL_STEPS = ['ajukan_nama', 'setujui_nama', 'sertifikat'] as const;
export type LegalStepKind = (typeof LEGAL_STEPS)[number];

export interface LegalRecord {
  kind: EnterpriseKind;
  nameSubmittedOn: string | null;
  nameRegistrationNumber: string | null;
  nameApprovedOn: string | null;
  legalCertificateNumber: string | null;
  legalCertificateDate: string | null;
}

export interface LegalStep {
  step: LegalStepKind;
  date: string;
  number?: string | null | undefined;
}

export interface LegalStatusView {
  status: LegalStatus;
  /** The last day the approved name is valid (while the name is approved and not yet certified). */
  nameValidUntil: string | null;
  /** Working days after `today` up to and including `nameValidUntil` (0 on the last day). */
  workingDaysLeft: number | null;
}

export interface LegalStepIssue {
  field: string;
  message: string;
  /** `invalid`: the input is wrong (400); `conflict`: the step does not fit the record's state (409). */
  kind: 'invalid' | 'conflict';
}

/** The label of a step for a kind (the certificate of a cooperative is its AHU decree). */
export function legalStepLabel(step: LegalStepKind, kind: EnterpriseKind): string {
  if (step === 'ajukan_nama') return 'Pengajuan nama';
  if (step === 'setujui_nama') return 'Persetujuan nama';
  return isCooperativeKind(kind)
    ? 'SK pengesahan badan hukum (Kemenkumham/AHU)'
    : 'Sertifikat pendaftaran badan hukum';
}

/** 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
function weekday(date: string): number {
  return (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
}

export function isWorkingDay(date: string): boolean {
  const d = weekday(date);
  return d >= 1 && d <= 5;
}

/** The `n`-th working day (Mon–Fri) after `date` (`date` itself not counted). */
export function addWorkingDays(date: string, n: number): string {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/** Working days in (`from`, `to`]; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string): number {
  const span = daysBetween(from, to);
  if (span <= 0) return 0;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  let day = addDays(from, weeks * 7);
  while (day < to) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** The last day an approved name is valid. */
export function nameValidUntil(approvedOn: string): string {
  return addWorkingDays(approvedOn, NAME_VALIDITY_WORKING_DAYS);
}

/**
 * The earliest approval day whose name is still valid on `today`: an approved, uncertified name
 * is `nama_disetujui` when approved on or after it, `nama_kedaluwarsa` before (for SQL filters).
 */
export function earliestValidApproval(today: string): string {
  // Validity never spans more than 40 working days = 56 calendar days; start a little before.
  let day = addDays(today, -60);
  while (nameValidUntil(day) < today) day = addDays(day, 1);
  return day;
}

/** The legal status of a record on `today`. */
export function legalStatus(record: LegalRecord, today: string): LegalStatusView {
  const none = { nameValidUntil: null, workingDaysLeft: null };
  if (record.kind === 'kelompok_usaha') return { status: 'belum_terdaftar', ...none };
  if (record.legalCertificateDate !== null) return { status: 'berbadan_hukum', ...none };
  if (isCooperativeKind(record.kind)) return { status: 'belum_terdaftar', ...none };
  if (record.nameApprovedOn !== null) {
    const until = nameValidUntil(record.nameApprovedOn);
    if (today > until) return { status: 'nama_kedaluwarsa', nameValidUntil: until, workingDaysLeft: 0 };
    return {
      status: 'nama_disetujui',
      nameValidUntil: until,
      workingDaysLeft: workingDaysBetween(today, until),
    };
  }
  if (record.nameSubmittedOn !== null) return { status: 'nama_diajukan', ...none };
  return { status: 'belum_terdaftar', ...none };
}

/** Problems with recording `step` on `record` on `today`; empty when it may be recorded. */
export function legalStepIssues(step: LegalStep, record: LegalRecord, today: string): LegalStepIssue[] {
  const issues: LegalStepIssue[] = [];
  const invalid = (field: string, message: string) => issues.push({ field, message, kind: 'invalid' });
  const conflict = (message: string) => issues.push({ field: 'step', message, kind: 'conflict' });

  if (record.kind === 'kelompok_usaha') {
    conflict('Kelompok usaha tidak wajib berbadan hukum; tidak ada tahap pendaftaran badan hukum.');
    return issues;
  }
  if (step.step !== 'sertifikat' && !isBumDesaKind(record.kind)) {
    conflict(
      'Koperasi tidak melalui pendaftaran nama BUM Desa; catat langsung SK pengesahan badan hukum dari Kemenkumham (AHU).',
    );
    return issues;
  }
  if (!isCalendarDate(step.date)) {
    invalid('date', 'Tanggal harus berformat TTTT-BB-HH dan ada di kalender.');
    return issues;
  }
  if (step.date > today) invalid('date', `Tanggal tidak boleh sesudah hari ini (${today}).`);
  const number = step.number?.trim() ?? '';
  if (number.length > 100) invalid('number', 'Nomor paling banyak 100 karakter.');
  const status = legalStatus(record, today);
  const certified = record.legalCertificateDate !== null;

  switch (step.step) {
    case 'ajukan_nama':
      if (certified) conflict('Badan usaha ini sudah berbadan hukum; nama tidak diajukan lagi.');
      else if (status.status === 'nama_disetujui')
        conflict(
          `Nama sudah disetujui dan berlaku sampai ${status.nameValidUntil}; pengajuan baru hanya sesudah kedaluwarsa.`,
        );
      break;
    case 'setujui_nama':
      if (certified) conflict('Badan usaha ini sudah berbadan hukum; persetujuan nama tidak diubah lagi.');
      else if (record.nameSubmittedOn === null)
        conflict('Nama belum diajukan; catat pengajuan nama lebih dulu.');
      else if (step.date < record.nameSubmittedOn)
        invalid(
          'date',
          `Tanggal persetujuan tidak boleh sebelum tanggal pengajuan nama (${record.nameSubmittedOn}).`,
        );
      break;
    case 'sertifikat': {
      const label = isCooperativeKind(record.kind) ? 'SK pengesahan badan hukum' : 'sertifikat badan hukum';
      if (number.length === 0) invalid('number', `Nomor ${label} wajib diisi.`);
      if (isBumDesaKind(record.kind)) {
        if (record.nameApprovedOn === null) {
          conflict('Nama belum disetujui; sertifikat badan hukum terbit sesudah persetujuan nama.');
          break;
        }
        if (step.date < record.nameApprovedOn)
          invalid(
            'date',
            `Tanggal sertifikat tidak boleh sebelum tanggal persetujuan nama (${record.nameApprovedOn}).`,
          );
        const until = nameValidUntil(record.nameApprovedOn);
        if (step.date > until)
          invalid(
            'date',
            `Sertifikat harus terbit dalam masa berlaku persetujuan nama (${NAME_VALIDITY_WORKING_DAYS} hari kerja, sampai ${until}); ajukan nama kembali. ${HOLIDAY_NOTE}`,
          );
      }
      break;
    }
  }
  return issues;
}

/** The record after `step` (checked by `legalStepIssues` first). */
export function applyLegalStep(record: LegalRecord, step: LegalStep): LegalRecord {
  const number = step.number?.trim() || null;
  switch (step.step) {
    case 'ajukan_nama':
      return {
        ...record,
        nameSubmittedOn: step.date,
        nameRegistrationNumber: number,
        nameApprovedOn: null,
      };
    case 'setujui_nama':
      return {
        ...record,
        nameApprovedOn: step.date,
        nameRegistrationNumber: number ?? record.nameRegistrationNumber,
      };
    case 'sertifikat':
      return { ...record, legalCertificateNumber: number, legalCertificateDate: step.date };
  }
}

/** Problems with legal steps given at registration, applied in order on an empty record. */
export function initialLegalIssues(
  kind: EnterpriseKind,
  steps: readonly LegalStep[],
  today: string,
): { record: LegalRecord; issues: (LegalStepIssue & { field: string })[] } {
  let record: LegalRecord = {
    kind,
    nameSubmittedOn: null,
    nameRegistrationNumber: null,
    nameApprovedOn: null,
    legalCertificateNumber: null,
    legalCertificateDate: null,
  };
  const issues: LegalStepIssue[] = [];
  steps.forEach((step, i) => {
    const found = legalStepIssues(step, record, today);
    for (const issue of found) issues.push({ ...issue, field: `legalSteps.${i}.${issue.field}` });
    if (found.length === 0) record = applyLegalStep(record, step);
  });
  return { record, issues };
}
