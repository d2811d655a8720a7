/**
 * Formation recommender: for one kabupaten, candidate kawasan of contiguous desa, each with at
 * least one locomotive (IDM Maju/Mandiri) and one lagging desa (Tertinggal/Sangat Tertinggal).
 *
 * Algorithm (ADR 0009): seeds are the lagging desa, Sangat Tertinggal first, in an order drawn
 * from the seeded generator. From each free seed a breadth-first search finds the nearest free
 * locomotive; the shortest path joins them, then the group grows one neighbour at a time by the
 * best gain in score (more lagging desa pulled along, shared commodities, a rounder shape) while
 * the gain beats a small cost per member, up to the maximum size. A few orders are tried and the
 * one covering most lagging desa (then the best total score) wins. Pure and deterministic: same
 * input and seed, same answer.
 */
import { villageTypeOf } from '../region-code.ts';
import type { IdmStatus } from '../village-index/idm.types.ts';
import { type ContiguityGraph, fallbackContiguity, normaliseGraph } from './contiguity.ts';
import { mulberry32 } from './prng.ts';
import {
  describeProposal,
  type LeftOutReason,
  leftOutMessage,
  noProposalReason,
} from './recommender-explain.ts';
import { type Context, formGroups, type Group, name, pathToLocomotive } from './recommender-growth.ts';
import { type DesaRole, desaRole, pairKey, type ScoreBreakdown, scoreMembers } from './recommender-score.ts';

export const RECOMMENDER = { id: 'kawasan-recommender-1', name: 'Pembentuk usulan kawasan' } as const;

export interface CandidateDesa {
  code: string;
  name: string;
  districtCode: string;
  status: IdmStatus | null;
  commodities?: readonly string[];
  /** [longitude, latitude]. */
  centroid?: readonly [number, number] | null;
}

export interface RecommenderOptions {
  minSize?: number;
  maxSize?: number;
  seed?: number;
  /** Seed orders tried; the best result is kept. */
  attempts?: number;
  /** Commodity pairs that complement each other, e.g. `['jagung', 'sapi']` (feed and cattle). */
  complements?: readonly (readonly [string, string])[];
}

export interface RecommenderInput {
  desa: readonly CandidateDesa[];
  /** Contiguity from village boundaries; without it an estimate from kecamatan and centroids is used. */
  graph?: ContiguityGraph | null;
  /** Desa already in an active kawasan. */
  taken?: ReadonlySet<string>;
  options?: RecommenderOptions;
}

export interface Pull {
  locomotive: string;
  lagging: string;
  /** Steps between neighbours inside the proposal. */
  steps: number;
}

export interface KawasanProposal {
  id: string;
  memberCodes: string[];
  locomotives: string[];
  lagging: string[];
  pulls: Pull[];
  score: ScoreBreakdown;
  /** Indonesian sentences: why these desa, who pulls whom, what was traded off. */
  explanation: string[];
}

export interface LeftOutDesa {
  code: string;
  reason: LeftOutReason;
  message: string;
}

export interface Recommendation {
  recommender: string;
  seed: number;
  graphSource: 'boundaries' | 'estimated';
  proposals: KawasanProposal[];
  leftOut: LeftOutDesa[];
  /** Why nothing could be proposed, when nothing was. */
  noProposalReason: string | null;
}

/** Proposes kawasan for one kabupaten's desa; see the module comment for how. */
export function recommendKawasan(input: RecommenderInput): Recommendation {
  const minSize = Math.max(2, input.options?.minSize ?? 3);
  const maxSize = Math.max(minSize, input.options?.maxSize ?? 15);
  const seed = (input.options?.seed ?? 1) >>> 0;
  const attempts = Math.max(1, input.options?.attempts ?? 4);
  const taken = input.taken ?? new Set<string>();
  const desa = [...new Map(input.desa.map((d) => [d.code, d])).values()].sort((a, b) => cmp(a.code, b.code));

  const leftOut: LeftOutDesa[] = [];
  const eligibleCodes = new Set<string>();
  for (const d of desa) {
    const reason = exclusion(d.code, taken);
    if (reason) leftOut.push({ code: d.code, reason, message: leftOutMessage(reason) });
    else eligibleCodes.add(d.code);
  }
  const all = new Set(desa.map((d) => d.code));
  const graph = input.graph ? normaliseGraph(input.graph, all) : fallbackContiguity(desa);
  const ctx: Context = {
    roles: new Map(desa.map((d) => [d.code, desaRole(d.status)])),
    commodities: new Map(desa.map((d) => [d.code, new Set(d.commodities ?? [])])),
    complements: new Set((input.options?.complements ?? []).map(([a, b]) => pairKey(a, b))),
    graph,
    eligible: normaliseGraph(graph, eligibleCodes),
    names: new Map(desa.map((d) => [d.code, d.name])),
    minSize,
    maxSize,
  };

  const lagging = [...eligibleCodes].filter((c) => ctx.roles.get(c) === 'lagging');
  const locomotives = [...eligibleCodes].filter((c) => ctx.roles.get(c) === 'locomotive');
  const status = new Map(desa.map((d) => [d.code, d.status]));
  const random = mulberry32(seed);
  let best: Group[] = [];
  let bestKey: [number, number] = [-1, -1];
  for (let a = 0; a < attempts && lagging.length > 0 && locomotives.length > 0; a++) {
    const keys = new Map(lagging.map((c) => [c, random()]));
    const order = [...lagging].sort(
      (x, y) =>
        Number(status.get(y) === 'sangat_tertinggal') - Number(status.get(x) === 'sangat_tertinggal') ||
        keys.get(x)! - keys.get(y)! ||
        cmp(x, y),
    );
    const groups = formGroups(order, ctx);
    const covered = groups.reduce(
      (n, g) => n + g.members.filter((m) => ctx.roles.get(m) === 'lagging').length,
      0,
    );
    const total = groups.reduce((s, g) => s + scoreMembers(new Set(g.members), ctx).total, 0);
    if (covered > bestKey[0] || (covered === bestKey[0] && total > bestKey[1] + 1e-9)) {
      best = groups;
      bestKey = [covered, total];
    }
  }

  const ordered = best
    .map((g) => ({ ...g, members: [...g.members].sort() }))
    .sort((x, y) => cmp(x.members[0]!, y.members[0]!));
  const proposals = ordered.map((g, i) =>
    buildProposal(`U${i + 1}`, g, ctx, input.graph ? 'boundaries' : 'estimated'),
  );
  const used = new Set(proposals.flatMap((p) => p.memberCodes));
  for (const code of eligibleCodes) {
    if (used.has(code)) continue;
    const reason = unusedReason(code, ctx);
    leftOut.push({ code, reason, message: leftOutMessage(reason) });
  }
  leftOut.sort((a, b) => cmp(a.code, b.code));
  return {
    recommender: RECOMMENDER.id,
    seed,
    graphSource: input.graph ? 'boundaries' : 'estimated',
    proposals,
    leftOut,
    noProposalReason: proposals.length > 0 ? null : noProposalReason(lagging.length, locomotives.length),
  };
}

/**
 * A recommended kawasan as the input of the lifecycle's `propose` on a new draft: its members and
 * the explanation as the reason written to the audit.
 */
export function proposalToDraft(proposal: KawasanProposal): { memberCodes: string[]; reason: string } {
  return { memberCodes: [...proposal.memberCodes], reason: proposal.explanation.join(' ') };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function exclusion(code: string, taken: ReadonlySet<string>): LeftOutReason | null {
  if (!/^\d{10}$/.test(code) || !'123'.includes(code[6]!)) return 'invalid_code';
  if (villageTypeOf(code) === 'kelurahan') return 'kelurahan';
  return taken.has(code) ? 'taken' : null;
}

function unusedReason(code: string, ctx: Context): LeftOutReason {
  if ((ctx.eligible.get(code) ?? []).length === 0) return 'isolated';
  if (ctx.roles.get(code) !== 'lagging') return 'not_needed';
  return pathToLocomotive(code, ctx, new Set()) ? 'no_room' : 'no_locomotive_reachable';
}

function buildProposal(
  id: string,
  group: Group,
  ctx: Context,
  source: Recommendation['graphSource'],
): KawasanProposal {
  const members = new Set(group.members);
  const of = (role: DesaRole) => group.members.filter((m) => ctx.roles.get(m) === role);
  const locomotives = of('locomotive');
  const lagging = of('lagging');
  const pulls = lagging.map((l) => nearestInside(l, locomotives, members, ctx));
  const score = scoreMembers(members, ctx);
  const explanation = describeProposal({
    id,
    members: group.members,
    locomotives,
    lagging,
    pulls,
    score,
    tradeOffs: group.tradeOffs,
    source,
    label: (c) => name(c, ctx),
    commodities: ctx.commodities,
  });
  return { id, memberCodes: group.members, locomotives, lagging, pulls, score, explanation };
}

/** The locomotive closest to `lagging` over neighbours inside the proposal. */
function nearestInside(
  lagging: string,
  locomotives: readonly string[],
  members: ReadonlySet<string>,
  ctx: Context,
): Pull {
  const targets = new Set(locomotives);
  const seen = new Set([lagging]);
  let frontier = [lagging];
  for (let steps = 0; frontier.length > 0; steps++) {
    const hit = frontier.filter((c) => targets.has(c)).sort()[0];
    if (hit) return { locomotive: hit, lagging, steps };
    const next: string[] = [];
    for (const code of frontier) {
      for (const n of ctx.eligible.get(code) ?? []) {
        if (members.has(n) && !seen.has(n)) {
          seen.add(n);
          next.push(n);
        }
      }
    }
    frontier = next;
  }
  // Unreachable inside a contiguous proposal; kept total so the type stays simple.
  return { locomotive: locomotives[0]!, lagging, steps: -1 };
}
