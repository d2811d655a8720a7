/**
 * The review of one version of a kawasan's RPKP as a state machine, in the style of the kawasan
 * lifecycle (ADR 0009). The kawasan's management drafts and submits it; the province reviews it
 * with the states a provincial review tool uses (IN_REVIEW → `ditinjau`, NEED_CLARIFICATION →
 * `perlu_klarifikasi`, REVIEW_COMPLETED → `tinjauan_selesai`; DOMAIN.md §1.2 step 3); the
 * designating government adopts it by regulation (a Peraturan Bupati/Wali Kota, or for a kawasan
 * across kabupaten the Gubernur's). An approved version is never edited: a change is a new
 * version (revisi) that goes through the same review while the approved one stays in force.
 *
 * `transition` is pure: the caller passes the version, the actor and the inputs, and stores what
 * comes back (new state, submission number, audit facts) with the time of its own clock.
 */
import type { ErrorCode, FieldIssue } from '../errors.ts';
import {
  type ActorRule,
  actorPasses,
  actorRefusal,
  type KawasanActor,
  provincesOf,
} from '../kawasan/kawasan-actor.ts';
import { KAWASAN_STATE_LABELS, type KawasanState } from '../kawasan/lifecycle.ts';
import { isCalendarDate, MIN_REASON_LENGTH, reasonIssues } from '../kawasan/lifecycle-guards.ts';
import { planIssues, type RpkpPlan } from './plan.ts';

export const RPKP_STATES = [
  'draf',
  'diajukan',
  'ditinjau',
  'perlu_klarifikasi',
  'tinjauan_selesai',
  'disetujui',
  'ditarik',
] as const;
export type RpkpState = (typeof RPKP_STATES)[number];

export const RPKP_STATE_LABELS: Record<RpkpState, string> = {
  draf: 'Draf',
  diajukan: 'Diajukan',
  ditinjau: 'Ditinjau provinsi',
  perlu_klarifikasi: 'Perlu klarifikasi',
  tinjauan_selesai: 'Tinjauan selesai',
  disetujui: 'Disetujui',
  ditarik: 'Ditarik',
};

/** The review state of the provincial review tool each state corresponds to, if any. */
export const PROVINCE_REVIEW_STATES: Partial<Record<RpkpState, string>> = {
  ditinjau: 'IN_REVIEW',
  perlu_klarifikasi: 'NEED_CLARIFICATION',
  tinjauan_selesai: 'REVIEW_COMPLETED',
};

/** A version in one of these is being worked on; a kawasan has at most one such version. */
export const OPEN_STATES: readonly RpkpState[] = [
  'draf',
  'diajukan',
  'ditinjau',
  'perlu_klarifikasi',
  'tinjauan_selesai',
];
/** No action leaves these. */
export const FINAL_STATES: readonly RpkpState[] = ['disetujui', 'ditarik'];
/**
 * The content may change only here: while drafting, and while answering the province's
 * request for clarification. What was submitted stays fixed while the province reads it.
 */
export const EDITABLE_STATES: readonly RpkpState[] = ['draf', 'perlu_klarifikasi'];

export function isEditable(state: RpkpState): boolean {
  return EDITABLE_STATES.includes(state);
}

/**
 * Kawasan states in which an RPKP may be submitted, approved or revised: from the start of
 * planning on, and in later cycles; never before designation or after the kawasan ends.
 */
export const PLANNING_KAWASAN_STATES: readonly KawasanState[] = ['perencanaan', 'pelaksanaan', 'evaluasi'];

export const RPKP_ACTIONS = [
  'submit',
  'start_review',
  'request_clarification',
  'resubmit',
  'complete_review',
  'approve',
  'withdraw',
] as const;
export type RpkpAction = (typeof RPKP_ACTIONS)[number];

export const RPKP_ACTION_LABELS: Record<RpkpAction, string> = {
  submit: 'Ajukan ke provinsi',
  start_review: 'Mulai tinjauan provinsi',
  request_clarification: 'Minta klarifikasi',
  resubmit: 'Ajukan kembali setelah perbaikan',
  complete_review: 'Selesaikan tinjauan',
  approve: 'Setujui dengan peraturan kepala daerah',
  withdraw: 'Tarik',
};

/**
 * Who may act: the kawasan rules of ADR 0009 (`management` = this kawasan's manager or the
 * designating government; `authority` = the designating government), and the province
 * officer of the kawasan's province, who reviews.
 */
export type RpkpActorRule = Extract<ActorRule, 'management' | 'authority'> | 'province_reviewer';

/** Data guards a transition runs, in this order; the actor guard always runs first. */
export type RpkpGuardId = 'kawasan_state' | 'plan' | 'reason' | 'response' | 'regulation';

export interface RpkpTransitionRule {
  action: RpkpAction;
  from: readonly RpkpState[];
  to: RpkpState;
  actor: RpkpActorRule;
  guards: readonly RpkpGuardId[];
}

/** Every allowed transition. A (state, action) pair absent from this table is refused. */
export const RPKP_TRANSITIONS: readonly RpkpTransitionRule[] = [
  {
    action: 'submit',
    from: ['draf'],
    to: 'diajukan',
    actor: 'management',
    guards: ['kawasan_state', 'plan'],
  },
  { action: 'start_review', from: ['diajukan'], to: 'ditinjau', actor: 'province_reviewer', guards: [] },
  {
    action: 'request_clarification',
    from: ['ditinjau'],
    to: 'perlu_klarifikasi',
    actor: 'province_reviewer',
    guards: ['reason'],
  },
  // The answer may be a revised plan or an explanation; either way it is a new numbered submission.
  {
    action: 'resubmit',
    from: ['perlu_klarifikasi'],
    to: 'diajukan',
    actor: 'management',
    guards: ['kawasan_state', 'response', 'plan'],
  },
  {
    action: 'complete_review',
    from: ['ditinjau'],
    to: 'tinjauan_selesai',
    actor: 'province_reviewer',
    guards: [],
  },
  {
    action: 'approve',
    from: ['tinjauan_selesai'],
    to: 'disetujui',
    actor: 'authority',
    guards: ['kawasan_state', 'regulation', 'plan'],
  },
  {
    action: 'withdraw',
    from: ['draf', 'diajukan', 'ditinjau', 'perlu_klarifikasi', 'tinjauan_selesai'],
    to: 'ditarik',
    actor: 'management',
    guards: ['reason'],
  },
];

/** The rule for `action` in `state`, or null when the pair is not a transition. */
export function rpkpRuleFor(state: RpkpState, action: RpkpAction): RpkpTransitionRule | null {
  return RPKP_TRANSITIONS.find((t) => t.action === action && t.from.includes(state)) ?? null;
}

/** The actions a state allows, in table order. */
export function rpkpActionsFrom(state: RpkpState): RpkpAction[] {
  return RPKP_ACTIONS.filter((a) => rpkpRuleFor(state, a) !== null);
}

/** The regulation adopting the plan (Peraturan Bupati/Wali Kota, or Peraturan Gubernur). */
export interface ApprovalRegulation {
  /** e.g. `Perbup 12 Tahun 2026`. */
  number: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Id of the stored scan, when already uploaded; the number and date suffice to approve. */
  documentId: string | null;
}

/** One version of a kawasan's RPKP as the review reads it. */
export interface RpkpSnapshot {
  kawasanId: string;
  kawasanState: KawasanState;
  /** Desa codes of the kawasan's members. */
  memberCodes: readonly string[];
  /** 1 for the first plan; each revisi of an approved plan is the next number. */
  version: number;
  /** Submissions of this version so far: 0 for a draft never submitted, +1 on each (re)submission. */
  submission: number;
  state: RpkpState;
  plan: RpkpPlan;
  /** The approved version in force for the kawasan, if any; approving this one replaces it. */
  inForceVersion: number | null;
}

export interface RpkpTransitionInput {
  /** Required for request_clarification (the question), resubmit (the answer) and withdraw. */
  reason?: string;
  /** Required for approve. */
  regulation?: ApprovalRegulation;
}

/** What the audit row of an allowed transition records. */
export interface RpkpTransitionAudit {
  action: RpkpAction;
  from: RpkpState;
  to: RpkpState;
  version: number;
  /** The submission number after the transition. */
  submission: number;
  actorUserId: string | null;
  actorLabel: string;
  reason: string | null;
  regulation: ApprovalRegulation | null;
  /** For approve: the earlier version this one replaces as the plan in force. */
  supersedesVersion: number | null;
}

export type RpkpRefusalGuard = 'state' | 'actor' | RpkpGuardId;

export type RpkpTransitionResult =
  | { ok: true; state: RpkpState; submission: number; audit: RpkpTransitionAudit }
  | { ok: false; guard: RpkpRefusalGuard; reason: string; issues: FieldIssue[] };

/** Whether the actor is the province officer of the members' one province (or the local command line). */
export function isProvinceReviewer(actor: KawasanActor, memberCodes: readonly string[]): boolean {
  if (actor.system) return true;
  const provinces = provincesOf(memberCodes);
  if (provinces.length !== 1) return false;
  return actor.grants.some(
    (g) => g.role === 'province' && g.scope.kind === 'region' && g.scope.code === provinces[0],
  );
}

function rpkpActorPasses(
  rule: RpkpActorRule,
  actor: KawasanActor,
  kawasanId: string,
  memberCodes: readonly string[],
): boolean {
  return rule === 'province_reviewer'
    ? isProvinceReviewer(actor, memberCodes)
    : actorPasses(rule, actor, kawasanId, memberCodes);
}

function rpkpActorRefusal(rule: RpkpActorRule, memberCodes: readonly string[]): string {
  if (rule !== 'province_reviewer') return actorRefusal(rule, memberCodes);
  const provinces = provincesOf(memberCodes);
  return `Hanya petugas provinsi ${provinces.join('/') || '—'} (peninjau RPKP provinsi) yang dapat melakukan ini.`;
}

/** The kawasan must be designated and planning (or in a later cycle) for its plan to move on. */
export function kawasanStateIssues(state: KawasanState): FieldIssue[] {
  return PLANNING_KAWASAN_STATES.includes(state)
    ? []
    : [
        {
          field: 'kawasan.state',
          message: `RPKP hanya dapat diproses untuk kawasan berstatus Perencanaan, Pelaksanaan atau Evaluasi; kawasan ini berstatus ${KAWASAN_STATE_LABELS[state]}.`,
        },
      ];
}

/** The answer to the province's request for clarification. */
export function responseIssues(response: string | undefined): FieldIssue[] {
  return (response ?? '').trim().length >= MIN_REASON_LENGTH
    ? []
    : [
        {
          field: 'reason',
          message: `Tanggapan atas permintaan klarifikasi wajib diisi, paling sedikit ${MIN_REASON_LENGTH} karakter.`,
        },
      ];
}

/** Approval needs the regulation's number and a real date. */
export function regulationIssues(regulation: ApprovalRegulation | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!regulation || regulation.number.trim() === '') {
    issues.push({
      field: 'regulation.number',
      message: 'Nomor peraturan bupati/wali kota (atau gubernur) yang menetapkan RPKP wajib diisi.',
    });
  }
  if (!regulation || !isCalendarDate(regulation.date)) {
    issues.push({
      field: 'regulation.date',
      message: 'Tanggal peraturan wajib diisi dengan format TTTT-BB-HH (contoh 2026-03-14).',
    });
  }
  return issues;
}

const GUARD_LABELS: Record<RpkpGuardId, string> = {
  kawasan_state: 'status kawasan',
  plan: 'kelengkapan RPKP',
  reason: 'alasan',
  response: 'tanggapan klarifikasi',
  regulation: 'peraturan penetapan RPKP',
};

function runGuard(guard: RpkpGuardId, rpkp: RpkpSnapshot, input: RpkpTransitionInput): FieldIssue[] {
  switch (guard) {
    case 'kawasan_state':
      return kawasanStateIssues(rpkp.kawasanState);
    case 'plan':
      return planIssues(rpkp.plan, rpkp.memberCodes);
    case 'reason':
      return reasonIssues(input.reason);
    case 'response':
      return responseIssues(input.reason);
    case 'regulation':
      return regulationIssues(input.regulation);
  }
}

/**
 * Applies `action` to the RPKP version `rpkp` for `actor`. Returns the new state, the
 * submission number and the audit facts, or the first guard that refuses, with an Indonesian
 * reason naming it and every field issue it found (for `plan`: every issue of the whole plan).
 */
export function transition(
  rpkp: RpkpSnapshot,
  action: RpkpAction,
  actor: KawasanActor,
  input: RpkpTransitionInput = {},
): RpkpTransitionResult {
  const rule = rpkpRuleFor(rpkp.state, action);
  if (!rule) {
    const allowed = rpkpActionsFrom(rpkp.state).map((a) => RPKP_ACTION_LABELS[a]);
    const reason =
      `Tindakan "${RPKP_ACTION_LABELS[action]}" tidak berlaku untuk RPKP berstatus ` +
      `${RPKP_STATE_LABELS[rpkp.state]}` +
      (allowed.length > 0
        ? `; yang dapat dilakukan: ${allowed.join(', ')}.`
        : rpkp.state === 'disetujui'
          ? ': RPKP yang disetujui hanya diubah melalui versi baru (revisi).'
          : ': status ini sudah final.');
    return { ok: false, guard: 'state', reason, issues: [] };
  }
  if (!rpkpActorPasses(rule.actor, actor, rpkp.kawasanId, rpkp.memberCodes)) {
    return { ok: false, guard: 'actor', reason: rpkpActorRefusal(rule.actor, rpkp.memberCodes), issues: [] };
  }
  for (const guard of rule.guards) {
    const issues = runGuard(guard, rpkp, input);
    if (issues.length > 0) {
      const reason = `Syarat "${GUARD_LABELS[guard]}" belum terpenuhi: ${issues.map((i) => i.message).join(' ')}`;
      return { ok: false, guard, reason, issues };
    }
  }
  const submission = rule.to === 'diajukan' ? rpkp.submission + 1 : rpkp.submission;
  const note = input.reason?.trim();
  const regulation = input.regulation;
  return {
    ok: true,
    state: rule.to,
    submission,
    audit: {
      action,
      from: rpkp.state,
      to: rule.to,
      version: rpkp.version,
      submission,
      actorUserId: actor.userId,
      actorLabel: actor.label,
      reason: note ? note : null,
      regulation:
        action === 'approve' && regulation
          ? {
              number: regulation.number.trim(),
              date: regulation.date,
              documentId: regulation.documentId?.trim() || null,
            }
          : null,
      supersedesVersion:
        action === 'approve' && rpkp.inForceVersion !== null && rpkp.inForceVersion !== rpkp.version
          ? rpkp.inForceVersion
          : null,
    },
  };
}

/** The error code a service throws for a refusal: who may not act is forbidden, a wrong state a conflict. */
export function refusalErrorCode(guard: RpkpRefusalGuard | VersionRefusalGuard): ErrorCode {
  if (guard === 'actor') return 'forbidden';
  if (guard === 'state' || guard === 'kawasan_state' || guard === 'open_version') return 'conflict';
  return 'invalid_input';
}

// ——— Versions ———

/** A kawasan's RPKP versions as far as versioning needs them. */
export interface RpkpVersionSummary {
  version: number;
  state: RpkpState;
}

/**
 * The version in force: the newest approved one. An older approved version keeps its state
 * `disetujui` (it was approved, and stays so in the record) but is superseded; this is derived,
 * so approving a revisi changes the state of that one version only.
 */
export function versionInForce(versions: readonly RpkpVersionSummary[]): number | null {
  let best: number | null = null;
  for (const v of versions)
    if (v.state === 'disetujui' && (best === null || v.version > best)) best = v.version;
  return best;
}

/** Whether the kawasan has an approved RPKP (what `pelaksanaan` of the kawasan needs). */
export function hasApprovedPlan(versions: readonly RpkpVersionSummary[]): boolean {
  return versionInForce(versions) !== null;
}

export type VersionStanding = 'berlaku' | 'diganti' | 'dalam_proses' | 'ditarik';

export const VERSION_STANDING_LABELS: Record<VersionStanding, string> = {
  berlaku: 'Berlaku',
  diganti: 'Diganti versi yang lebih baru',
  dalam_proses: 'Dalam proses',
  ditarik: 'Ditarik',
};

/** How a version stands among the kawasan's versions. */
export function versionStanding(
  versions: readonly RpkpVersionSummary[],
  version: RpkpVersionSummary,
): VersionStanding {
  if (version.state === 'ditarik') return 'ditarik';
  if (version.state !== 'disetujui') return 'dalam_proses';
  return versionInForce(versions) === version.version ? 'berlaku' : 'diganti';
}

export type VersionRefusalGuard = 'actor' | 'kawasan_state' | 'open_version';

export type StartVersionResult =
  | {
      ok: true;
      version: number;
      /** The version in force whose content the new one starts from (a revisi), or null for the first plan. */
      basedOn: number | null;
      state: 'draf';
    }
  | { ok: false; guard: VersionRefusalGuard; reason: string; issues: FieldIssue[] };

/**
 * Starting a new version (the first plan, a revisi of the approved one, or a new draft after a
 * withdrawal): by the kawasan's management, while the kawasan is planning or later, and only
 * when no other version is open — one plan is in the works at a time.
 */
export function startVersion(
  kawasan: { id: string; state: KawasanState; memberCodes: readonly string[] },
  versions: readonly RpkpVersionSummary[],
  actor: KawasanActor,
): StartVersionResult {
  if (!actorPasses('management', actor, kawasan.id, kawasan.memberCodes)) {
    return { ok: false, guard: 'actor', reason: actorRefusal('management', kawasan.memberCodes), issues: [] };
  }
  const stateIssues = kawasanStateIssues(kawasan.state);
  if (stateIssues.length > 0) {
    return { ok: false, guard: 'kawasan_state', reason: stateIssues[0]!.message, issues: stateIssues };
  }
  const open = versions.find((v) => OPEN_STATES.includes(v.state));
  if (open) {
    const issue = {
      field: 'version',
      message: `Versi ${open.version} masih berstatus ${RPKP_STATE_LABELS[open.state]}; selesaikan atau tarik dahulu sebelum membuat versi baru.`,
    };
    return { ok: false, guard: 'open_version', reason: issue.message, issues: [issue] };
  }
  const last = versions.reduce((max, v) => Math.max(max, v.version), 0);
  return { ok: true, version: last + 1, basedOn: versionInForce(versions), state: 'draf' };
}
