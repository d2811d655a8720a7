/**
 * The review of one activity-log entry as a state machine, in the style of the kawasan lifecycle
 * and the RPKP review: the facilitator drafts and submits; their supervisor returns it with a
 * reason or approves it; a returned entry is corrected and resubmitted. Only approved entries
 * count in reports, and an approved entry never changes. The transitions and their guards are a
 * table; `transition` is pure: the caller passes the entry, the actor and the inputs, and stores
 * what comes back (new state, submission number, audit facts) with the time of its own clock.
 */
import type { ErrorCode, FieldIssue } from '../errors.ts';
import { textLength } from './facilitator.ts';

export const LOG_STATES = ['draf', 'diajukan', 'dikembalikan', 'disetujui'] as const;
export type LogState = (typeof LOG_STATES)[number];

export const LOG_STATE_LABELS: Record<LogState, string> = {
  draf: 'Draf',
  diajukan: 'Diajukan',
  dikembalikan: 'Dikembalikan untuk perbaikan',
  disetujui: 'Disetujui',
};

/** The owner may change the content only here. */
export const EDITABLE_STATES: readonly LogState[] = ['draf', 'dikembalikan'];
/** No action leaves these. */
export const FINAL_STATES: readonly LogState[] = ['disetujui'];

export const LOG_ACTIONS = ['submit', 'return', 'resubmit', 'approve'] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

export const LOG_ACTION_LABELS: Record<LogAction, string> = {
  submit: 'Ajukan ke penyelia',
  return: 'Kembalikan untuk perbaikan',
  resubmit: 'Ajukan kembali setelah perbaikan',
  approve: 'Setujui',
};

/** Shortest reason accepted when returning an entry: "kurang" is not a reason. */
export const MIN_RETURN_REASON_LENGTH = 10;

/** Who may act: the facilitator who owns the entry, or that facilitator's supervisor. */
export type LogActorRule = 'owner' | 'supervisor';

/** Data guards a transition runs, in this order; the actor guard always runs first. */
export type LogGuardId = 'content' | 'reason';

export interface LogTransitionRule {
  action: LogAction;
  from: readonly LogState[];
  to: LogState;
  actor: LogActorRule;
  guards: readonly LogGuardId[];
}

/** Every allowed transition. A (state, action) pair absent from this table is refused. */
export const LOG_TRANSITIONS: readonly LogTransitionRule[] = [
  { action: 'submit', from: ['draf'], to: 'diajukan', actor: 'owner', guards: ['content'] },
  { action: 'return', from: ['diajukan'], to: 'dikembalikan', actor: 'supervisor', guards: ['reason'] },
  { action: 'resubmit', from: ['dikembalikan'], to: 'diajukan', actor: 'owner', guards: ['content'] },
  { action: 'approve', from: ['diajukan'], to: 'disetujui', actor: 'supervisor', guards: [] },
];

/** The rule for `action` in `state`, or null when the pair is not a transition. */
export function logRuleFor(state: LogState, action: LogAction): LogTransitionRule | null {
  return LOG_TRANSITIONS.find((t) => t.action === action && t.from.includes(state)) ?? null;
}

/** The actions a state allows, in table order. */
export function logActionsFrom(state: LogState): LogAction[] {
  return LOG_ACTIONS.filter((a) => logRuleFor(state, a) !== null);
}

/** Who acts, as the service resolves it from the signed-in user. */
export interface LogActor {
  /** Stored in the audit row. */
  userId: string;
  /** The facilitator record linked to the user, or null for a user who is no facilitator. */
  facilitatorId: string | null;
  /** Name shown in the history. */
  label: string;
}

/** One entry as the review reads it. */
export interface LogEntrySnapshot {
  id: string;
  state: LogState;
  /** The facilitator who wrote the entry. */
  ownerFacilitatorId: string;
  /** The owner's supervisor (from the facilitator record); null when none is set. */
  supervisorFacilitatorId: string | null;
  /** Submissions so far: 0 for a draft never submitted, +1 on each (re)submission. */
  submission: number;
  /**
   * `activityEntryIssues` of the current content, computed by the caller with its own today and
   * the owner's assignments; submission needs none.
   */
  contentIssues: readonly FieldIssue[];
}

export interface LogTransitionInput {
  /** Required for return (what to fix); an optional note otherwise. */
  reason?: string;
}

/** What the audit row of an allowed transition records. */
export interface LogTransitionAudit {
  entryId: string;
  action: LogAction;
  from: LogState;
  to: LogState;
  /** The submission number after the transition. */
  submission: number;
  actorUserId: string;
  actorFacilitatorId: string | null;
  actorLabel: string;
  reason: string | null;
}

export type LogRefusalGuard = 'state' | 'actor' | LogGuardId;

export type LogTransitionResult =
  | { ok: true; state: LogState; submission: number; audit: LogTransitionAudit }
  | { ok: false; guard: LogRefusalGuard; reason: string; issues: FieldIssue[] };

export function isOwner(entry: LogEntrySnapshot, actor: LogActor): boolean {
  return actor.facilitatorId !== null && actor.facilitatorId === entry.ownerFacilitatorId;
}

/** The owner's supervisor, who is never the owner (no one reviews their own log). */
export function isSupervisor(entry: LogEntrySnapshot, actor: LogActor): boolean {
  return (
    actor.facilitatorId !== null &&
    entry.supervisorFacilitatorId !== null &&
    actor.facilitatorId === entry.supervisorFacilitatorId &&
    actor.facilitatorId !== entry.ownerFacilitatorId
  );
}

function actorRefusal(rule: LogActorRule, entry: LogEntrySnapshot): string {
  if (rule === 'owner') return 'Hanya pendamping yang menulis catatan ini yang dapat melakukan ini.';
  return entry.supervisorFacilitatorId === null
    ? 'Pendamping ini belum memiliki penyelia; tetapkan penyelia dahulu agar catatan dapat ditinjau.'
    : 'Hanya penyelia pendamping ini yang dapat meninjau catatan ini.';
}

/** The reason of a return: at least `MIN_RETURN_REASON_LENGTH` characters. */
export function returnReasonIssues(reason: string | undefined): FieldIssue[] {
  return textLength(reason ?? '') >= MIN_RETURN_REASON_LENGTH
    ? []
    : [
        {
          field: 'reason',
          message: `Alasan pengembalian wajib diisi, paling sedikit ${MIN_RETURN_REASON_LENGTH} karakter, agar pendamping tahu apa yang harus diperbaiki.`,
        },
      ];
}

const GUARD_LABELS: Record<LogGuardId, string> = {
  content: 'kelengkapan catatan kegiatan',
  reason: 'alasan pengembalian',
};

function runGuard(
  guard: LogGuardId,
  entry: LogEntrySnapshot,
  input: LogTransitionInput,
): readonly FieldIssue[] {
  return guard === 'content' ? entry.contentIssues : returnReasonIssues(input.reason);
}

/**
 * Applies `action` to `entry` for `actor`. Returns the new state, the submission number and the
 * audit facts, or the first check that refuses (state, then actor, then the rule's guards) with
 * an Indonesian reason and the field issues.
 */
export function transition(
  entry: LogEntrySnapshot,
  action: LogAction,
  actor: LogActor,
  input: LogTransitionInput = {},
): LogTransitionResult {
  const rule = logRuleFor(entry.state, action);
  if (!rule) {
    const allowed = logActionsFrom(entry.state).map((a) => LOG_ACTION_LABELS[a]);
    const reason =
      `Tindakan "${LOG_ACTION_LABELS[action]}" tidak berlaku untuk catatan berstatus ` +
      `${LOG_STATE_LABELS[entry.state]}` +
      (allowed.length > 0
        ? `; yang dapat dilakukan: ${allowed.join(', ')}.`
        : ': catatan yang sudah disetujui bersifat final dan tidak dapat diubah.');
    return { ok: false, guard: 'state', reason, issues: [] };
  }
  const passes = rule.actor === 'owner' ? isOwner(entry, actor) : isSupervisor(entry, actor);
  if (!passes) return { ok: false, guard: 'actor', reason: actorRefusal(rule.actor, entry), issues: [] };
  for (const guard of rule.guards) {
    const issues = runGuard(guard, entry, input);
    if (issues.length > 0) {
      const reason = `Syarat "${GUARD_LABELS[guard]}" belum terpenuhi: ${issues.map((i) => i.message).join(' ')}`;
      return { ok: false, guard, reason, issues: [...issues] };
    }
  }
  const submission = rule.to === 'diajukan' ? entry.submission + 1 : entry.submission;
  const note = input.reason?.trim();
  return {
    ok: true,
    state: rule.to,
    submission,
    audit: {
      entryId: entry.id,
      action,
      from: entry.state,
      to: rule.to,
      submission,
      actorUserId: actor.userId,
      actorFacilitatorId: actor.facilitatorId,
      actorLabel: actor.label,
      reason: note ? note : null,
    },
  };
}

/**
 * Why `actor` may not change the content of `entry` now, or null when they may: only the owner,
 * only in draf or dikembalikan. An approved entry is immutable for everyone.
 */
export function editRefusal(
  entry: LogEntrySnapshot,
  actor: LogActor,
): { guard: 'state' | 'actor'; reason: string } | null {
  if (entry.state === 'disetujui') {
    return { guard: 'state', reason: 'Catatan yang sudah disetujui tidak dapat diubah.' };
  }
  if (!EDITABLE_STATES.includes(entry.state)) {
    return {
      guard: 'state',
      reason: `Catatan berstatus ${LOG_STATE_LABELS[entry.state]} sedang ditinjau penyelia dan tidak dapat diubah; tunggu hasil tinjauan.`,
    };
  }
  if (!isOwner(entry, actor)) {
    return { guard: 'actor', reason: 'Hanya pendamping yang menulis catatan ini yang dapat mengubahnya.' };
  }
  return null;
}

export function mayEdit(entry: LogEntrySnapshot, actor: LogActor): boolean {
  return editRefusal(entry, actor) === null;
}

/** Whether an entry in this state counts in reports and recaps: only approved ones. */
export function countsInReports(state: LogState): boolean {
  return state === 'disetujui';
}

/** The entries that count in reports. */
export function reportable<T extends { state: LogState }>(entries: readonly T[]): T[] {
  return entries.filter((e) => countsInReports(e.state));
}

/** The error code a service throws for a refusal: who may not act is forbidden, a wrong state a conflict. */
export function refusalErrorCode(guard: LogRefusalGuard): ErrorCode {
  if (guard === 'actor') return 'forbidden';
  if (guard === 'state') return 'conflict';
  return 'invalid_input';
}
