/**
 * The life of a kawasan perdesaan as a state machine (Permendesa PDTT 5/2016; PP 43/2014 Pasal
 * 123): proposed by the desa, verified by the kabupaten team (TKPKP), designated by decree of the
 * Bupati/Wali Kota (the Gubernur across kabupaten), then planned, implemented and evaluated in
 * cycles. The transitions and their guards are a table; `transition` is pure: the caller passes
 * the kawasan, the actor, the inputs and which members are taken, and stores what comes back
 * (new state and audit facts) with the time of its own clock.
 */
import type { ErrorCode, FieldIssue } from '../errors.ts';
import { type ActorRule, actorPasses, actorRefusal, type KawasanActor } from './kawasan-actor.ts';
import {
  type DesignationDecree,
  decreeIssues,
  memberCodeIssues,
  memberCountIssues,
  provinceIssues,
  reasonIssues,
  takenMemberIssues,
} from './lifecycle-guards.ts';

export const KAWASAN_STATES = [
  'draf',
  'usulan',
  'diverifikasi',
  'ditetapkan',
  'perencanaan',
  'pelaksanaan',
  'evaluasi',
  'ditolak',
  'dibatalkan',
] as const;
export type KawasanState = (typeof KAWASAN_STATES)[number];

export const KAWASAN_STATE_LABELS: Record<KawasanState, string> = {
  draf: 'Draf',
  usulan: 'Usulan',
  diverifikasi: 'Diverifikasi',
  ditetapkan: 'Ditetapkan',
  perencanaan: 'Perencanaan',
  pelaksanaan: 'Pelaksanaan',
  evaluasi: 'Evaluasi',
  ditolak: 'Ditolak',
  dibatalkan: 'Dibatalkan',
};

/**
 * States in which a kawasan holds its desa: from the proposal on, so two proposals cannot
 * compete for one desa, until it is rejected or cancelled. A draft holds nothing yet.
 */
export const ACTIVE_STATES: readonly KawasanState[] = [
  'usulan',
  'diverifikasi',
  'ditetapkan',
  'perencanaan',
  'pelaksanaan',
  'evaluasi',
];
/** No action leaves these. */
export const FINAL_STATES: readonly KawasanState[] = ['ditolak', 'dibatalkan'];

export function isActiveState(state: KawasanState): boolean {
  return ACTIVE_STATES.includes(state);
}

export const KAWASAN_ACTIONS = [
  'propose',
  'verify',
  'reject',
  'designate',
  'start_planning',
  'start_implementation',
  'start_evaluation',
  'start_new_cycle',
  'cancel',
] as const;
export type KawasanAction = (typeof KAWASAN_ACTIONS)[number];

export const KAWASAN_ACTION_LABELS: Record<KawasanAction, string> = {
  propose: 'Ajukan usulan',
  verify: 'Verifikasi (TKPKP)',
  reject: 'Tolak',
  designate: 'Tetapkan dengan SK',
  start_planning: 'Mulai perencanaan (RPKP)',
  start_implementation: 'Mulai pelaksanaan',
  start_evaluation: 'Mulai evaluasi',
  start_new_cycle: 'Mulai siklus perencanaan baru',
  cancel: 'Batalkan',
};

/** Data guards a transition runs, in this order; the actor guard always runs first. */
export type GuardId =
  | 'members_valid'
  | 'members_count'
  | 'single_province'
  | 'members_free'
  | 'decree'
  | 'reason'
  | 'approved_plan';

export interface TransitionRule {
  action: KawasanAction;
  from: readonly KawasanState[];
  to: KawasanState;
  actor: ActorRule;
  guards: readonly GuardId[];
}

const MEMBER_GUARDS: readonly GuardId[] = [
  'members_valid',
  'members_count',
  'single_province',
  'members_free',
];

/** Every allowed transition. A (state, action) pair absent from this table is refused. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'propose', from: ['draf'], to: 'usulan', actor: 'participant', guards: MEMBER_GUARDS },
  { action: 'verify', from: ['usulan'], to: 'diverifikasi', actor: 'authority', guards: MEMBER_GUARDS },
  {
    action: 'reject',
    from: ['usulan', 'diverifikasi'],
    to: 'ditolak',
    actor: 'authority',
    guards: ['reason'],
  },
  {
    action: 'designate',
    from: ['diverifikasi'],
    to: 'ditetapkan',
    actor: 'authority',
    guards: [...MEMBER_GUARDS, 'decree'],
  },
  { action: 'start_planning', from: ['ditetapkan'], to: 'perencanaan', actor: 'management', guards: [] },
  {
    action: 'start_implementation',
    from: ['perencanaan'],
    to: 'pelaksanaan',
    actor: 'management',
    guards: ['approved_plan'],
  },
  { action: 'start_evaluation', from: ['pelaksanaan'], to: 'evaluasi', actor: 'management', guards: [] },
  { action: 'start_new_cycle', from: ['evaluasi'], to: 'perencanaan', actor: 'management', guards: [] },
  // Before designation the proposers may withdraw; a designated kawasan is ended only by the government that designated it.
  {
    action: 'cancel',
    from: ['draf', 'usulan', 'diverifikasi'],
    to: 'dibatalkan',
    actor: 'participant',
    guards: ['reason'],
  },
  {
    action: 'cancel',
    from: ['ditetapkan', 'perencanaan', 'pelaksanaan', 'evaluasi'],
    to: 'dibatalkan',
    actor: 'authority',
    guards: ['reason'],
  },
];

/** The rule for `action` in `state`, or null when the pair is not a transition. */
export function ruleFor(state: KawasanState, action: KawasanAction): TransitionRule | null {
  return TRANSITIONS.find((t) => t.action === action && t.from.includes(state)) ?? null;
}

/** The actions a state allows, in table order. */
export function actionsFrom(state: KawasanState): KawasanAction[] {
  return KAWASAN_ACTIONS.filter((a) => ruleFor(state, a) !== null);
}

export interface KawasanSnapshot {
  id: string;
  state: KawasanState;
  /** Desa codes of the members. */
  memberCodes: readonly string[];
}

export interface TransitionInput {
  /** Why: required for reject and cancel, an optional note otherwise; written to the audit. */
  reason?: string;
  /** Required for designate. */
  sk?: DesignationDecree;
  /** Member desa already in another active kawasan: code → that kawasan's id or name. */
  taken?: ReadonlyMap<string, string>;
  /** Whether an RPKP version of the kawasan is approved (`domain/rpkp/review.ts` hasApprovedPlan). */
  approvedPlan?: boolean;
}

/** What the audit row of an allowed transition records. */
export interface TransitionAudit {
  action: KawasanAction;
  from: KawasanState;
  to: KawasanState;
  actorUserId: string | null;
  actorLabel: string;
  reason: string | null;
  sk: DesignationDecree | null;
}

export type RefusalGuard = 'state' | 'actor' | GuardId;

export type TransitionResult =
  | { ok: true; state: KawasanState; audit: TransitionAudit }
  | { ok: false; guard: RefusalGuard; reason: string; issues: FieldIssue[] };

const GUARD_LABELS: Record<GuardId, string> = {
  members_valid: 'anggota harus desa atau desa adat',
  members_count: 'jumlah desa anggota',
  single_province: 'satu provinsi',
  members_free: 'satu desa satu kawasan aktif',
  decree: 'SK penetapan',
  reason: 'alasan',
  approved_plan: 'RPKP disetujui',
};

function runGuard(guard: GuardId, kawasan: KawasanSnapshot, input: TransitionInput): FieldIssue[] {
  switch (guard) {
    case 'members_valid':
      return memberCodeIssues(kawasan.memberCodes);
    case 'members_count':
      return memberCountIssues(kawasan.memberCodes);
    case 'single_province':
      return provinceIssues(kawasan.memberCodes);
    case 'members_free':
      return takenMemberIssues(kawasan.memberCodes, input.taken ?? new Map());
    case 'decree':
      return decreeIssues(input.sk);
    case 'reason':
      return reasonIssues(input.reason);
    case 'approved_plan':
      return input.approvedPlan
        ? []
        : [
            {
              field: 'rpkp',
              message:
                'Kawasan baru dapat masuk pelaksanaan setelah RPKP-nya disetujui dengan peraturan kepala daerah.',
            },
          ];
  }
}

/**
 * Applies `action` to `kawasan` for `actor`. Returns the new state and the audit facts, or the
 * first guard that refuses, with an Indonesian reason naming it and every field issue it found.
 */
export function transition(
  kawasan: KawasanSnapshot,
  action: KawasanAction,
  actor: KawasanActor,
  input: TransitionInput = {},
): TransitionResult {
  const rule = ruleFor(kawasan.state, action);
  if (!rule) {
    const allowed = actionsFrom(kawasan.state).map((a) => KAWASAN_ACTION_LABELS[a]);
    const reason =
      `Tindakan "${KAWASAN_ACTION_LABELS[action]}" tidak berlaku untuk kawasan berstatus ` +
      `${KAWASAN_STATE_LABELS[kawasan.state]}` +
      (allowed.length > 0 ? `; yang dapat dilakukan: ${allowed.join(', ')}.` : ': status ini sudah final.');
    return { ok: false, guard: 'state', reason, issues: [] };
  }
  if (!actorPasses(rule.actor, actor, kawasan.id, kawasan.memberCodes)) {
    return { ok: false, guard: 'actor', reason: actorRefusal(rule.actor, kawasan.memberCodes), issues: [] };
  }
  for (const guard of rule.guards) {
    const issues = runGuard(guard, kawasan, input);
    if (issues.length > 0) {
      const reason = `Syarat "${GUARD_LABELS[guard]}" belum terpenuhi: ${issues.map((i) => i.message).join(' ')}`;
      return { ok: false, guard, reason, issues };
    }
  }
  const note = input.reason?.trim();
  return {
    ok: true,
    state: rule.to,
    audit: {
      action,
      from: kawasan.state,
      to: rule.to,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      reason: note ? note : null,
      sk:
        action === 'designate' && input.sk
          ? { number: input.sk.number.trim(), date: input.sk.date, documentId: input.sk.documentId.trim() }
          : null,
    },
  };
}

/** The error code a service throws for a refusal: who may not act is forbidden, a wrong state a conflict. */
export function refusalErrorCode(guard: RefusalGuard): ErrorCode {
  if (guard === 'actor') return 'forbidden';
  if (guard === 'state' || guard === 'members_free' || guard === 'approved_plan') return 'conflict';
  return 'invalid_input';
}
