/**
 * Pure pieces of the recommender page: which kabupaten the signed-in user may pick, the default
 * name of a kawasan made from a proposal, the left-out desa grouped by reason, and the advanced
 * options as typed. Kept apart from the components so they are tested without a browser.
 */
import type { AssignmentView } from '../../../contracts/access.contract';
import type { Proposal, Recommendation } from '../../../contracts/kawasan.contract';

/** Shortest and longest name the server accepts for a kawasan. */
export const NAME_MIN = 3;
export const NAME_MAX = 120;
/** Size limits the server accepts (RecommendationBody). */
export const SIZE_LIMITS = { min: { lo: 2, hi: 15 }, max: { lo: 3, hi: 30 } } as const;
export const DEFAULT_SIZE = { min: 3, max: 15 } as const;
export const SEED_MAX = 4294967295;
/** Flagship commodities of one kawasan, at most. */
export const COMMODITIES_MAX = 12;

/** What the user's roles let them pick as the kabupaten of a run. */
export interface KabupatenChoice {
  /** A national role: any province, then any of its kabupaten. */
  national: boolean;
  /** Provinces of province roles, to pick one of their kabupaten/kota. */
  provinces: { code: string; label: string }[];
  /** Kabupaten of the user's own region scopes (kabupaten officer first, then facilitator). */
  kabupaten: string[];
  /** The kabupaten picked before the user chooses: their own one, if they have one. */
  defaultCode: string | null;
}

/** Roles that run the recommender in their own kabupaten, in the order their kabupaten is preferred. */
const KABUPATEN_ROLE_ORDER = ['kabupaten', 'facilitator'] as const;

/**
 * The kabupaten a user may run the recommender for, from their role scopes (as the server checks
 * them): a kabupaten officer has theirs, a facilitator the kabupaten of their kecamatan or desa,
 * a province officer the kabupaten/kota of their province, a national user any. Village
 * operators and other roles do not run it.
 */
export function kabupatenChoice(
  assignments: readonly Pick<AssignmentView, 'role' | 'scope'>[],
): KabupatenChoice {
  const national = assignments.some((a) => a.role === 'national');
  const provinces: KabupatenChoice['provinces'] = [];
  for (const { role, scope } of assignments) {
    if (role !== 'province' || scope.kind !== 'region' || scope.code.length !== 2) continue;
    if (!provinces.some((p) => p.code === scope.code))
      provinces.push({ code: scope.code, label: scope.label });
  }
  const kabupaten: string[] = [];
  for (const role of KABUPATEN_ROLE_ORDER) {
    for (const a of assignments) {
      if (a.role !== role || a.scope.kind !== 'region' || a.scope.code.length < 4) continue;
      const code = a.scope.code.slice(0, 4);
      if (!kabupaten.includes(code)) kabupaten.push(code);
    }
  }
  return { national, provinces, kabupaten, defaultCode: kabupaten[0] ?? null };
}

type Member = Proposal['members'][number];

/** "Kawasan Jatisari": named after the first locomotive, else the first member. */
export function defaultKawasanName(proposal: Pick<Proposal, 'members' | 'locomotives'>): string {
  const byCode = new Map(proposal.members.map((m) => [m.code, m]));
  const first =
    proposal.locomotives.map((c) => byCode.get(c)).find((m): m is Member => m !== undefined) ??
    proposal.members.find((m) => m.role === 'locomotive') ??
    proposal.members[0];
  if (!first) return 'Kawasan';
  return `Kawasan ${first.name.trim()}`.slice(0, NAME_MAX);
}

/** Who pulls whom: each locomotive with the lagging desa it pulls, by name, in the proposal's order. */
export function pullGroups(
  proposal: Pick<Proposal, 'members' | 'pulls'>,
): { locomotive: Member; lagging: { member: Member; steps: number }[] }[] {
  const byCode = new Map(proposal.members.map((m) => [m.code, m]));
  const unknown = (code: string): Member => ({ code, name: code, status: null, role: 'unknown' });
  const groups = new Map<string, { locomotive: Member; lagging: { member: Member; steps: number }[] }>();
  for (const pull of proposal.pulls) {
    let group = groups.get(pull.locomotive);
    if (!group) {
      group = { locomotive: byCode.get(pull.locomotive) ?? unknown(pull.locomotive), lagging: [] };
      groups.set(pull.locomotive, group);
    }
    group.lagging.push({ member: byCode.get(pull.lagging) ?? unknown(pull.lagging), steps: pull.steps });
  }
  return [...groups.values()];
}

/** Members in the order a reader wants them: locomotives, lagging, then the others; by name within. */
export function orderedMembers(members: readonly Member[]): Member[] {
  const rank: Record<Member['role'], number> = { locomotive: 0, lagging: 1, other: 2, unknown: 3 };
  return [...members].sort((a, b) => rank[a.role] - rank[b.role] || a.name.localeCompare(b.name, 'id'));
}

type LeftOut = Recommendation['leftOut'][number];

/** Reasons a reader should see first: lagging desa that no kawasan could take come before the rest. */
const REASON_ORDER = [
  'no_locomotive_reachable',
  'no_room',
  'taken',
  'isolated',
  'not_needed',
  'kelurahan',
  'invalid_code',
];

export interface LeftOutGroup {
  reason: string;
  /** The server's sentence for this reason (the same for every desa of the group). */
  message: string;
  desa: LeftOut[];
}

/** The left-out desa grouped by reason, the most pressing reason first, desa by name within. */
export function groupLeftOut(leftOut: readonly LeftOut[]): LeftOutGroup[] {
  const groups = new Map<string, LeftOutGroup>();
  for (const d of leftOut) {
    let group = groups.get(d.reason);
    if (!group) {
      group = { reason: d.reason, message: d.message, desa: [] };
      groups.set(d.reason, group);
    }
    group.desa.push(d);
  }
  const rank = (reason: string) => {
    const i = REASON_ORDER.indexOf(reason);
    return i < 0 ? REASON_ORDER.length : i;
  };
  return [...groups.values()]
    .map((g) => ({ ...g, desa: [...g.desa].sort((a, b) => a.name.localeCompare(b.name, 'id')) }))
    .sort((a, b) => rank(a.reason) - rank(b.reason) || a.reason.localeCompare(b.reason));
}

export type OptionProblem = 'seed' | 'minSize' | 'maxSize' | 'order';

export interface RunOptionsInput {
  seed: string;
  minSize: string;
  maxSize: string;
}

/**
 * The advanced options as typed: empty means "the server's default" (a new seed is drawn and
 * stored). Whole numbers only, within the server's limits, and the minimum not above the maximum.
 */
export function parseRunOptions(
  input: RunOptionsInput,
):
  | { ok: true; seed?: number; minSize?: number; maxSize?: number }
  | { ok: false; problems: OptionProblem[] } {
  const whole = (text: string, lo: number, hi: number): number | null | 'bad' => {
    const t = text.trim();
    if (t === '') return null;
    if (!/^\d+$/.test(t)) return 'bad';
    const n = Number(t);
    return n >= lo && n <= hi ? n : 'bad';
  };
  const seed = whole(input.seed, 0, SEED_MAX);
  const minSize = whole(input.minSize, SIZE_LIMITS.min.lo, SIZE_LIMITS.min.hi);
  const maxSize = whole(input.maxSize, SIZE_LIMITS.max.lo, SIZE_LIMITS.max.hi);
  const problems: OptionProblem[] = [];
  if (seed === 'bad') problems.push('seed');
  if (minSize === 'bad') problems.push('minSize');
  if (maxSize === 'bad') problems.push('maxSize');
  if (problems.length === 0) {
    const lo = minSize ?? DEFAULT_SIZE.min;
    const hi = maxSize ?? DEFAULT_SIZE.max;
    if (lo > hi) problems.push('order');
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    ...(seed === null ? {} : { seed: seed as number }),
    ...(minSize === null ? {} : { minSize: minSize as number }),
    ...(maxSize === null ? {} : { maxSize: maxSize as number }),
  };
}

/** The advanced options of a stored run, to repeat it exactly (only sizes that differ from the default). */
export function runOptionsOf(run: Pick<Recommendation, 'seed' | 'minSize' | 'maxSize'>): RunOptionsInput {
  return {
    seed: String(run.seed),
    minSize: run.minSize === DEFAULT_SIZE.min ? '' : String(run.minSize),
    maxSize: run.maxSize === DEFAULT_SIZE.max ? '' : String(run.maxSize),
  };
}

/** Link target of a run, so it can be reopened and shared. */
export function recommendationPath(id: string): string {
  return `/kawasan/rekomendasi/${id}`;
}
