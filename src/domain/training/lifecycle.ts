/**
 * The life of one run (angkatan) of a training programme as a state machine, in the style of the
 * kawasan lifecycle and the activity-log review: planned (rencana), open for registration
 * (pendaftaran), running (berjalan), finished (selesai), or cancelled (batal). The transitions and
 * their guards are a table; `transition` is pure: the caller passes the run's facts, the action and
 * the inputs (its own today, a reason), and stores what comes back with the time of its own clock.
 * Who may act is decided first by training-access.ts.
 *
 * What each state allows is data too (`STATE_ALLOWS`): registration only in pendaftaran,
 * attendance only while running, the post-test from the start to after the end, certificates and
 * follow-ups only once finished.
 */
import type { ErrorCode, FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';

export const SESSION_STATES = ['rencana', 'pendaftaran', 'berjalan', 'selesai', 'batal'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export const SESSION_STATE_LABELS: Record<SessionState, string> = {
  rencana: 'Rencana',
  pendaftaran: 'Pendaftaran dibuka',
  berjalan: 'Berjalan',
  selesai: 'Selesai',
  batal: 'Batal',
};

/** No action leaves these. */
export const FINAL_SESSION_STATES: readonly SessionState[] = ['selesai', 'batal'];

export const SESSION_ACTIONS = ['open_registration', 'start', 'finish', 'cancel'] as const;
export type SessionAction = (typeof SESSION_ACTIONS)[number];

export const SESSION_ACTION_LABELS: Record<SessionAction, string> = {
  open_registration: 'Buka pendaftaran',
  start: 'Mulai pelatihan (tutup pendaftaran)',
  finish: 'Selesaikan pelatihan',
  cancel: 'Batalkan pelatihan',
};

/** Shortest reason accepted for a cancellation: "batal" is not a reason. */
export const MIN_CANCEL_REASON_LENGTH = 10;

/** Data guards a transition runs, in table order. */
export type SessionGuardId = 'draft' | 'participants' | 'schedule_over' | 'attendance' | 'reason';

export interface SessionTransitionRule {
  action: SessionAction;
  from: readonly SessionState[];
  to: SessionState;
  guards: readonly SessionGuardId[];
}

/** Every allowed transition. A (state, action) pair absent from this table is refused. */
export const SESSION_TRANSITIONS: readonly SessionTransitionRule[] = [
  { action: 'open_registration', from: ['rencana'], to: 'pendaftaran', guards: ['draft'] },
  { action: 'start', from: ['pendaftaran'], to: 'berjalan', guards: ['draft', 'participants'] },
  { action: 'finish', from: ['berjalan'], to: 'selesai', guards: ['schedule_over', 'attendance'] },
  { action: 'cancel', from: ['rencana', 'pendaftaran', 'berjalan'], to: 'batal', guards: ['reason'] },
];

/** What may be done to a run in each state. */
export interface StateAllowance {
  /** Change the schedule, place, trainers, capacity. */
  editSchedule: boolean;
  register: boolean;
  /** Withdraw a registration (and promote from the waiting list). */
  withdraw: boolean;
  recordAttendance: boolean;
  recordPreTest: boolean;
  recordPostTest: boolean;
  recordReaction: boolean;
  issueCertificate: boolean;
  recordFollowUp: boolean;
}

const NOTHING: StateAllowance = {
  editSchedule: false,
  register: false,
  withdraw: false,
  recordAttendance: false,
  recordPreTest: false,
  recordPostTest: false,
  recordReaction: false,
  issueCertificate: false,
  recordFollowUp: false,
};

/**
 * Pre-tests may be taken from registration on (some providers send them ahead) and until the run
 * ends; post-tests and reaction surveys from the start, and also after it finished, because scores
 * are often typed in days later from paper.
 */
export const STATE_ALLOWS: Record<SessionState, StateAllowance> = {
  rencana: { ...NOTHING, editSchedule: true },
  pendaftaran: { ...NOTHING, editSchedule: true, register: true, withdraw: true, recordPreTest: true },
  berjalan: {
    ...NOTHING,
    withdraw: true,
    recordAttendance: true,
    recordPreTest: true,
    recordPostTest: true,
    recordReaction: true,
  },
  selesai: {
    ...NOTHING,
    recordPostTest: true,
    recordReaction: true,
    issueCertificate: true,
    recordFollowUp: true,
  },
  batal: NOTHING,
};

const ALLOWANCE_LABELS: Record<keyof StateAllowance, string> = {
  editSchedule: 'Jadwal, tempat, pelatih dan kuota',
  register: 'Pendaftaran peserta',
  withdraw: 'Pembatalan pendaftaran',
  recordAttendance: 'Pencatatan kehadiran',
  recordPreTest: 'Pencatatan nilai pre-test',
  recordPostTest: 'Pencatatan nilai post-test',
  recordReaction: 'Pengisian survei reaksi',
  issueCertificate: 'Penerbitan sertifikat',
  recordFollowUp: 'Pencatatan tindak lanjut',
};

/** Why `what` is not possible in `state`, or null when it is. */
export function stateRefusal(state: SessionState, what: keyof StateAllowance): string | null {
  if (STATE_ALLOWS[state][what]) return null;
  const when = SESSION_STATES.filter((s) => STATE_ALLOWS[s][what]).map((s) => SESSION_STATE_LABELS[s]);
  return `${ALLOWANCE_LABELS[what]} tidak dapat dilakukan untuk pelatihan berstatus ${SESSION_STATE_LABELS[state]}; hanya saat berstatus ${when.join(' atau ')}.`;
}

/** The rule for `action` in `state`, or null when the pair is not a transition. */
export function sessionRuleFor(state: SessionState, action: SessionAction): SessionTransitionRule | null {
  return SESSION_TRANSITIONS.find((t) => t.action === action && t.from.includes(state)) ?? null;
}

/** The actions a state allows, in table order. */
export function sessionActionsFrom(state: SessionState): SessionAction[] {
  return SESSION_ACTIONS.filter((a) => sessionRuleFor(state, a) !== null);
}

/** A run as the transitions read it; the caller computes the facts. */
export interface SessionSnapshot {
  id: string;
  state: SessionState;
  /** `sessionIssues` of the current draft (programme.ts); opening and starting need none. */
  draftIssues: readonly FieldIssue[];
  /** Registrations with status `terdaftar` (not the waiting list, not withdrawn). */
  registeredCount: number;
  /** Last scheduled day, `YYYY-MM-DD`. */
  endDate: string;
  /** Scheduled days on which no attendance was recorded at all. */
  daysWithoutAttendance: readonly string[];
}

export interface SessionTransitionInput {
  /** `YYYY-MM-DD` in the caller's time zone. */
  today: string;
  /** Required to cancel; an optional note otherwise. */
  reason?: string;
}

export interface SessionTransitionAudit {
  sessionId: string;
  action: SessionAction;
  from: SessionState;
  to: SessionState;
  reason: string | null;
}

export type SessionRefusalGuard = 'state' | SessionGuardId;

export type SessionTransitionResult =
  | { ok: true; state: SessionState; audit: SessionTransitionAudit }
  | { ok: false; guard: SessionRefusalGuard; reason: string; issues: FieldIssue[] };

const GUARD_LABELS: Record<SessionGuardId, string> = {
  draft: 'kelengkapan data pelatihan',
  participants: 'peserta terdaftar',
  schedule_over: 'jadwal telah berakhir',
  attendance: 'kehadiran setiap hari tercatat',
  reason: 'alasan pembatalan',
};

function runGuard(guard: SessionGuardId, s: SessionSnapshot, input: SessionTransitionInput): FieldIssue[] {
  switch (guard) {
    case 'draft':
      return [...s.draftIssues];
    case 'participants':
      return s.registeredCount > 0
        ? []
        : [
            {
              field: 'registrations',
              message: 'Belum ada peserta terdaftar; pelatihan tanpa peserta tidak dapat dimulai.',
            },
          ];
    case 'schedule_over':
      return input.today >= s.endDate
        ? []
        : [
            {
              field: 'endDate',
              message: `Hari terakhir jadwal (${s.endDate}) belum tiba (hari ini ${input.today}); pelatihan diselesaikan pada atau setelah hari terakhir.`,
            },
          ];
    case 'attendance':
      return s.daysWithoutAttendance.length === 0
        ? []
        : [
            {
              field: 'attendance',
              message: `Kehadiran belum dicatat untuk tanggal ${s.daysWithoutAttendance.join(', ')}; kelulusan peserta dihitung dari kehadiran.`,
            },
          ];
    case 'reason':
      return textLength(input.reason ?? '') >= MIN_CANCEL_REASON_LENGTH
        ? []
        : [
            {
              field: 'reason',
              message: `Alasan pembatalan wajib diisi, paling sedikit ${MIN_CANCEL_REASON_LENGTH} karakter, agar peserta dan pendamping tahu mengapa.`,
            },
          ];
  }
}

/**
 * Applies `action` to the run. Returns the new state and the audit facts, or the first check
 * that refuses (state, then the rule's guards in order) with an Indonesian reason and the issues.
 */
export function transition(
  session: SessionSnapshot,
  action: SessionAction,
  input: SessionTransitionInput,
): SessionTransitionResult {
  const rule = sessionRuleFor(session.state, action);
  if (!rule) {
    const allowed = sessionActionsFrom(session.state).map((a) => SESSION_ACTION_LABELS[a]);
    const reason =
      `Tindakan "${SESSION_ACTION_LABELS[action]}" tidak berlaku untuk pelatihan berstatus ` +
      `${SESSION_STATE_LABELS[session.state]}` +
      (allowed.length > 0
        ? `; yang dapat dilakukan: ${allowed.join(', ')}.`
        : ': statusnya final dan tidak dapat diubah lagi.');
    return { ok: false, guard: 'state', reason, issues: [] };
  }
  for (const guard of rule.guards) {
    const issues = runGuard(guard, session, input);
    if (issues.length > 0) {
      const reason = `Syarat "${GUARD_LABELS[guard]}" belum terpenuhi: ${issues.map((i) => i.message).join(' ')}`;
      return { ok: false, guard, reason, issues };
    }
  }
  const note = input.reason?.trim();
  return {
    ok: true,
    state: rule.to,
    audit: { sessionId: session.id, action, from: session.state, to: rule.to, reason: note ? note : null },
  };
}

/** The error code a service throws for a refusal: a wrong state is a conflict, a guard invalid input. */
export function refusalErrorCode(guard: SessionRefusalGuard): ErrorCode {
  return guard === 'state' || guard === 'participants' ? 'conflict' : 'invalid_input';
}
