/**
 * Participants, registration to a session, attendance day by day, and the completion rule.
 *
 * - A participant is linked to a desa, optionally to an enterprise (BUM Desa, koperasi) or a
 *   facilitator record; gender, birth year (no birth date) and role. No NIK: the same person is
 *   recognised by an opaque `personKey` the service computes as a keyed hash (HMAC with its own
 *   secret) of `personKeyInput` — the normalised name, birth year and desa — so the key reveals
 *   nothing and two spellings of the same name in different case or spacing give the same key.
 * - Registration is open only while the session is in `pendaftaran`. Up to `capacity` people are
 *   `terdaftar`; the next ones go to a waiting list (`daftar_tunggu`) of at most `capacity` people,
 *   in order of registration; beyond that registration is refused. A withdrawal during
 *   registration gives the seat to the first on the waiting list. One person holds at most one
 *   active registration per session.
 * - Attendance is recorded per scheduled day for registered participants only, never for a day
 *   after today, while the session runs.
 * - A participant completes when the JP of the days attended are at least `minAttendancePercent`
 *   of the scheduled JP, compared exactly in whole numbers.
 */
import { GENDERS, type Gender } from '../deliberation/attendance.ts';
import { type Rational, rational, toDecimal } from '../deliberation/rational.ts';
import type { ErrorCode, FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';
import { parseRegionCode } from '../region-code.ts';
import { normalizeSearchText } from '../search-text.ts';
import { ENTERPRISE_ROLES, FACILITATOR_ROLES, PARTICIPANT_ROLES, type ParticipantRole } from './aspects.ts';
import { yearOf } from './calendar.ts';
import { type SessionState, stateRefusal } from './lifecycle.ts';
import type { ScheduleDay } from './programme.ts';

export { GENDERS, type Gender };

export const PARTICIPANT_NAME_MAX = 120;
/** Youngest and oldest participant accepted, in years at registration. */
export const MIN_PARTICIPANT_AGE = 10;
export const MAX_PARTICIPANT_AGE = 100;

export interface ParticipantDraft {
  /** The name as it will be printed on the certificate. */
  name: string;
  gender: Gender;
  birthYear: number;
  /** 10-digit code of the desa (or kelurahan) the participant comes from. */
  desaCode: string;
  role: ParticipantRole;
  /** The BUM Desa / koperasi the participant manages, for the roles that manage one. */
  enterpriseId: string | null;
  /** The facilitator record, when the participant is a KPMD or a TPP. */
  facilitatorId: string | null;
}

/** Every issue of a participant's details; `today` bounds the birth year. */
export function participantIssues(p: ParticipantDraft, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const length = textLength(p.name);
  if (length < 2 || length > PARTICIPANT_NAME_MAX) {
    issues.push({ field: 'name', message: `Nama peserta wajib diisi, 2–${PARTICIPANT_NAME_MAX} karakter.` });
  }
  if (!(GENDERS as readonly string[]).includes(p.gender)) {
    issues.push({ field: 'gender', message: 'Jenis kelamin harus perempuan atau laki_laki.' });
  }
  const year = yearOf(today);
  if (!Number.isSafeInteger(p.birthYear)) {
    issues.push({
      field: 'birthYear',
      message: 'Tahun lahir wajib diisi dengan empat angka, misalnya 1985.',
    });
  } else if (year - p.birthYear < MIN_PARTICIPANT_AGE || year - p.birthYear > MAX_PARTICIPANT_AGE) {
    issues.push({
      field: 'birthYear',
      message: `Tahun lahir ${p.birthYear} tidak masuk akal untuk peserta (usia ${MIN_PARTICIPANT_AGE}–${MAX_PARTICIPANT_AGE} tahun pada ${year}).`,
    });
  }
  const parsed = parseRegionCode(p.desaCode);
  if (!parsed.ok || parsed.value.level !== 'village' || parsed.value.code !== p.desaCode) {
    issues.push({ field: 'desaCode', message: 'Asal desa wajib diisi dengan kode desa 10 digit.' });
  }
  if (!PARTICIPANT_ROLES.includes(p.role)) {
    issues.push({
      field: 'role',
      message: `Peran peserta harus salah satu dari: ${PARTICIPANT_ROLES.join(', ')}.`,
    });
  } else {
    if (p.enterpriseId !== null && !ENTERPRISE_ROLES.includes(p.role)) {
      issues.push({
        field: 'enterpriseId',
        message: 'Hanya pengelola BUM Desa atau pengurus koperasi yang dapat ditautkan ke badan usaha.',
      });
    }
    if (p.facilitatorId !== null && !FACILITATOR_ROLES.includes(p.role)) {
      issues.push({
        field: 'facilitatorId',
        message: 'Hanya peserta berperan KPMD atau pendamping desa yang dapat ditautkan ke data pendamping.',
      });
    }
  }
  return issues;
}

/** Prefix of the keyed-hash input, so a participant key is never confused with another hash. */
export const PERSON_KEY_CONTEXT = 'kawasan:peserta:v1:';

/**
 * The input of the keyed hash that is a participant's `personKey`: desa, birth year and the name
 * normalised (case, accents, punctuation and spacing ignored). Feed it to an HMAC with the
 * service's secret; never store or log it.
 */
export function personKeyInput(p: Pick<ParticipantDraft, 'name' | 'birthYear' | 'desaCode'>): string {
  return `${PERSON_KEY_CONTEXT}${p.desaCode}:${p.birthYear}:${normalizeSearchText(p.name)}`;
}

// ——— Registration ———

export const REGISTRATION_STATUSES = ['terdaftar', 'daftar_tunggu', 'dibatalkan'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  terdaftar: 'Terdaftar',
  daftar_tunggu: 'Daftar tunggu',
  dibatalkan: 'Dibatalkan',
};

/** One registration as the rules read it. */
export interface RegistrationRow {
  id: string;
  personKey: string;
  status: RegistrationStatus;
  /** Order of registration (a sequence the service assigns); the waiting list follows it. */
  seq: number;
}

export interface RegistrationSession {
  state: SessionState;
  capacity: number;
}

export type RegistrationRefusal = 'state' | 'duplicate' | 'full';

export type RegistrationDecision =
  | { ok: true; status: 'terdaftar' }
  /** `position` 1 is the next to get a seat. */
  | { ok: true; status: 'daftar_tunggu'; position: number }
  | { ok: false; refusal: RegistrationRefusal; reason: string; issues: FieldIssue[] };

/** The waiting list in order, first in line first. */
export function waitingList<T extends Pick<RegistrationRow, 'status' | 'seq'>>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.status === 'daftar_tunggu').sort((a, b) => a.seq - b.seq);
}

export function registeredCount(rows: readonly Pick<RegistrationRow, 'status'>[]): number {
  return rows.filter((r) => r.status === 'terdaftar').length;
}

/**
 * Where a new registration of `personKey` goes: a seat, the waiting list, or a refusal (not open,
 * already registered or waiting, seats and waiting list full).
 */
export function decideRegistration(
  session: RegistrationSession,
  rows: readonly RegistrationRow[],
  personKey: string,
): RegistrationDecision {
  const closed = stateRefusal(session.state, 'register');
  if (closed !== null) return { ok: false, refusal: 'state', reason: closed, issues: [] };
  const active = rows.find((r) => r.personKey === personKey && r.status !== 'dibatalkan');
  if (active) {
    const reason =
      active.status === 'terdaftar'
        ? 'Peserta ini sudah terdaftar di angkatan ini (nama, tahun lahir dan desa yang sama).'
        : 'Peserta ini sudah ada di daftar tunggu angkatan ini (nama, tahun lahir dan desa yang sama).';
    return { ok: false, refusal: 'duplicate', reason, issues: [{ field: 'name', message: reason }] };
  }
  if (registeredCount(rows) < session.capacity) return { ok: true, status: 'terdaftar' };
  const waiting = waitingList(rows).length;
  if (waiting < session.capacity) return { ok: true, status: 'daftar_tunggu', position: waiting + 1 };
  const reason = `Kuota (${session.capacity} peserta) dan daftar tunggu (${session.capacity} orang) sudah penuh; pendaftaran ditutup untuk angkatan ini.`;
  return { ok: false, refusal: 'full', reason, issues: [] };
}

export type WithdrawalResult =
  | { ok: true; withdrawnId: string; promotedId: string | null }
  | { ok: false; code: Extract<ErrorCode, 'not_found' | 'conflict'>; reason: string };

/**
 * Withdraws a registration. When it held a seat while registration is open, the first on the
 * waiting list takes it (the service stores both changes together). Once the session runs, a freed
 * seat stays empty: a latecomer would miss the days already taught.
 */
export function withdraw(
  session: RegistrationSession,
  rows: readonly RegistrationRow[],
  registrationId: string,
): WithdrawalResult {
  const closed = stateRefusal(session.state, 'withdraw');
  if (closed !== null) return { ok: false, code: 'conflict', reason: closed };
  const row = rows.find((r) => r.id === registrationId);
  if (!row) return { ok: false, code: 'not_found', reason: 'Pendaftaran tidak ditemukan di angkatan ini.' };
  if (row.status === 'dibatalkan')
    return { ok: false, code: 'conflict', reason: 'Pendaftaran ini sudah dibatalkan.' };
  const promoted =
    row.status === 'terdaftar' && session.state === 'pendaftaran' ? (waitingList(rows)[0] ?? null) : null;
  return { ok: true, withdrawnId: row.id, promotedId: promoted?.id ?? null };
}

// ——— Attendance ———

export interface AttendanceMark {
  registrationId: string;
  /** `YYYY-MM-DD`, a scheduled day. */
  date: string;
  present: boolean;
}

export interface AttendanceContext {
  state: SessionState;
  schedule: readonly Pick<ScheduleDay, 'date'>[];
  registrations: readonly Pick<RegistrationRow, 'id' | 'status'>[];
  /** `YYYY-MM-DD` in the caller's time zone. */
  today: string;
}

/**
 * Issues with a batch of attendance marks (field `marks[i]…`): the session must be running; each
 * mark for a registered participant (not waiting, not withdrawn), on a scheduled day, not after
 * today, and at most once per participant and day in the batch. A stored mark for the same
 * participant and day is replaced by the service.
 */
export function attendanceIssues(marks: readonly AttendanceMark[], context: AttendanceContext): FieldIssue[] {
  const closed = stateRefusal(context.state, 'recordAttendance');
  if (closed !== null) return [{ field: 'marks', message: closed }];
  const issues: FieldIssue[] = [];
  const scheduled = new Set(context.schedule.map((d) => d.date));
  const status = new Map(context.registrations.map((r) => [r.id, r.status]));
  const seen = new Set<string>();
  for (const [i, m] of marks.entries()) {
    const s = status.get(m.registrationId);
    if (s === undefined) {
      issues.push({
        field: `marks[${i}].registrationId`,
        message: 'Peserta ini tidak terdaftar di angkatan ini.',
      });
    } else if (s !== 'terdaftar') {
      issues.push({
        field: `marks[${i}].registrationId`,
        message: `Kehadiran hanya dicatat untuk peserta terdaftar; status peserta ini ${REGISTRATION_STATUS_LABELS[s]}.`,
      });
    }
    if (!scheduled.has(m.date)) {
      issues.push({
        field: `marks[${i}].date`,
        message: `Tanggal ${m.date} bukan hari pelatihan menurut jadwal.`,
      });
    } else if (m.date > context.today) {
      issues.push({
        field: `marks[${i}].date`,
        message: `Kehadiran tanggal ${m.date} belum dapat dicatat: hari itu belum tiba (hari ini ${context.today}).`,
      });
    }
    if (typeof m.present !== 'boolean') {
      issues.push({ field: `marks[${i}].present`, message: 'Isi hadir atau tidak hadir.' });
    }
    const key = `${m.registrationId}\u0000${m.date}`;
    if (seen.has(key)) {
      issues.push({
        field: `marks[${i}]`,
        message: `Kehadiran peserta ini pada ${m.date} tercatat lebih dari sekali dalam kiriman ini.`,
      });
    }
    seen.add(key);
  }
  return issues;
}

/** Scheduled days for which no mark was recorded at all (the `attendance` guard of `finish`). */
export function daysWithoutAttendance(
  schedule: readonly Pick<ScheduleDay, 'date'>[],
  marks: readonly Pick<AttendanceMark, 'date'>[],
): string[] {
  const marked = new Set(marks.map((m) => m.date));
  return schedule
    .map((d) => d.date)
    .filter((d) => !marked.has(d))
    .sort();
}

// ——— Completion ———

export interface Completion {
  attendedHours: number;
  scheduledHours: number;
  /** Attended share of the scheduled JP, exact (0–1). */
  share: Rational;
  /** The share in percent with one decimal, rounded down, so it never shows more than was attended. */
  percentText: string;
  completed: boolean;
  /** Scheduled days without a `present` mark, in date order. */
  missedDates: string[];
}

/**
 * The completion of one participant: attended JP / scheduled JP ≥ `minAttendancePercent` / 100,
 * compared as `attended × 100 ≥ min × scheduled` in whole numbers. A day counts as attended only
 * with a `present: true` mark; a day without a mark counts as missed.
 */
export function completion(
  schedule: readonly Pick<ScheduleDay, 'date' | 'hours'>[],
  presentDates: readonly string[],
  minAttendancePercent: number,
): Completion {
  const present = new Set(presentDates);
  let attended = 0;
  let total = 0;
  const missed: string[] = [];
  for (const day of schedule) {
    total += day.hours;
    if (present.has(day.date)) attended += day.hours;
    else missed.push(day.date);
  }
  const share = total === 0 ? rational(0n) : rational(BigInt(attended), BigInt(total));
  const tenths = total === 0 ? 0n : (BigInt(attended) * 1000n) / BigInt(total);
  return {
    attendedHours: attended,
    scheduledHours: total,
    share,
    percentText: toDecimal(rational(tenths, 10n), 1),
    completed: total > 0 && attended * 100 >= minAttendancePercent * total,
    missedDates: missed.sort(),
  };
}

/** The dates a participant was marked present, from the session's marks. */
export function presentDatesOf(marks: readonly AttendanceMark[], registrationId: string): string[] {
  return marks.filter((m) => m.registrationId === registrationId && m.present).map((m) => m.date);
}
