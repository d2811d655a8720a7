/**
 * Progress reports on the activities of the RPKP in force: what a report must hold to be
 * accepted, and who may report on an activity. Pure: the caller passes `today` from its clock.
 */
import type { FieldIssue } from '../errors.ts';
import { actorPasses, type KawasanActor } from '../kawasan/kawasan-actor.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { FULL_PROGRESS } from './budget.ts';
import type { PlanPeriod } from './plan.ts';

export const PROGRESS_STATUSES = ['belum_mulai', 'berjalan', 'selesai', 'tertunda'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  belum_mulai: 'Belum mulai',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  tertunda: 'Tertunda',
};

/** Largest whole-rupiah amount accepted as spent: 18 digits fit a PostgreSQL bigint. */
const MAX_RUPIAH_DIGITS = 18;

export interface ProgressReportInput {
  /** `YYYY-MM-DD`. */
  reportedOn: string;
  status: ProgressStatus;
  /** 0–10 000 basis points. */
  progressBp: number;
  /** Realised quantity of the activity's first output, an exact decimal (`12.5` or `12,5`). */
  quantity?: string | null;
  /** Whole rupiah spent so far, digits only. */
  spent?: string | null;
  note?: string | null;
}

/** An accepted report in canonical form: quantity with a decimal point, spent as bigint. */
export interface CheckedProgressReport {
  reportedOn: string;
  status: ProgressStatus;
  progressBp: number;
  quantity: string | null;
  spent: bigint | null;
  note: string | null;
}

export type ProgressCheck = { ok: true; report: CheckedProgressReport } | { ok: false; issues: FieldIssue[] };

const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === '';

/** `12,50` → `12.5`, `007` → `7`; null when the text is not a decimal ≥ 0. */
export function canonicalQuantity(text: string): string | null {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return null;
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * Everything wrong with a progress report, each with its field path and an Indonesian message:
 * the date (a real date inside the plan period, not after `today`), the progress (whole basis
 * points 0–10 000, consistent with the status: `selesai` exactly when 10 000, `belum_mulai`
 * exactly when 0), the quantity (an exact decimal ≥ 0) and the amount spent (whole rupiah ≥ 0).
 */
export function checkProgressReport(
  input: ProgressReportInput,
  period: PlanPeriod,
  today: string,
): ProgressCheck {
  const issues: FieldIssue[] = [];
  const add = (field: string, message: string) => issues.push({ field, message });

  const date = input.reportedOn.trim();
  if (!isCalendarDate(date)) {
    add('reportedOn', 'Tanggal laporan wajib diisi dengan format TTTT-BB-HH (contoh 2026-08-17).');
  } else {
    const start = `${period.startYear}-01-01`;
    const end = `${period.endYear}-12-31`;
    if (date < start || date > end) {
      add(
        'reportedOn',
        `Tanggal laporan (${date}) harus di dalam periode RPKP ${period.startYear}–${period.endYear}.`,
      );
    } else if (date > today) {
      add('reportedOn', `Tanggal laporan (${date}) tidak boleh setelah hari ini (${today}).`);
    }
  }

  const bp = input.progressBp;
  const bpValid = Number.isInteger(bp) && bp >= 0 && bp <= FULL_PROGRESS;
  if (!PROGRESS_STATUSES.includes(input.status)) {
    add('status', 'Status kegiatan wajib dipilih: belum mulai, berjalan, selesai, atau tertunda.');
  }
  if (!bpValid) {
    add('progressBp', `Kemajuan harus bilangan bulat 0–${FULL_PROGRESS} basis poin (0–100%).`);
  } else if (input.status === 'selesai' && bp !== FULL_PROGRESS) {
    add('progressBp', 'Kegiatan berstatus Selesai harus berkemajuan 100%.');
  } else if (input.status !== 'selesai' && bp === FULL_PROGRESS) {
    add('status', 'Kemajuan 100% berarti kegiatan selesai; pilih status Selesai.');
  } else if (input.status === 'belum_mulai' && bp !== 0) {
    add('progressBp', 'Kegiatan berstatus Belum mulai harus berkemajuan 0%.');
  } else if (input.status !== 'belum_mulai' && bp === 0) {
    add('status', 'Kemajuan 0% berarti kegiatan belum mulai; pilih status Belum mulai atau isi kemajuannya.');
  }

  let quantity: string | null = null;
  if (!blank(input.quantity)) {
    quantity = canonicalQuantity(input.quantity!);
    if (quantity === null) {
      add('quantity', 'Realisasi volume harus angka desimal 0 atau lebih (contoh 12,5), tanpa satuan.');
    }
  }

  let spent: bigint | null = null;
  if (!blank(input.spent)) {
    const text = input.spent!.trim();
    if (!/^\d+$/.test(text) || text.replace(/^0+(?=\d)/, '').length > MAX_RUPIAH_DIGITS) {
      add(
        'spent',
        'Realisasi anggaran ditulis dalam rupiah utuh 0 atau lebih, tanpa titik atau koma (contoh 25000000).',
      );
    } else {
      spent = BigInt(text);
    }
  }

  if (issues.length > 0) return { ok: false, issues };
  const note = input.note?.trim();
  return {
    ok: true,
    report: {
      reportedOn: date,
      status: input.status,
      progressBp: bp,
      quantity,
      spent,
      note: note ? note : null,
    },
  };
}

/**
 * Who may report progress on an activity: the kawasan's management (its manager or the
 * designating government), a facilitator of the kawasan or of an area holding one of the
 * activity's desa, a kabupaten or province officer whose region holds one of them, or the
 * village role of one of them.
 */
export function mayReportProgress(
  actor: KawasanActor,
  kawasan: { id: string; memberCodes: readonly string[] },
  activityDesaCodes: readonly string[],
): boolean {
  if (actorPasses('management', actor, kawasan.id, kawasan.memberCodes)) return true;
  return actor.grants.some((g) => {
    if (g.role === 'facilitator' && g.scope.kind === 'kawasan') return g.scope.id === kawasan.id;
    if (g.scope.kind !== 'region') return false;
    if (!['facilitator', 'kabupaten', 'province', 'village'].includes(g.role)) return false;
    const code = g.scope.code;
    return activityDesaCodes.some((d) => d.startsWith(code));
  });
}

export const PROGRESS_REFUSAL =
  'Hanya pengelola kawasan, pendamping kawasan atau wilayah desa kegiatan, petugas kabupaten/provinsi wilayahnya, ' +
  'atau operator desa lokasi kegiatan yang dapat melaporkan kemajuan kegiatan ini.';
