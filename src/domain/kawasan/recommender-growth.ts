/**
 * The growing step of the recommender: from each lagging seed, the shortest path to a free
 * locomotive, then one neighbour at a time by the best gain in score (see recommender.ts).
 */
import { type DesaRole, type ScoreContext, scoreMembers } from './recommender-score.ts';

/** Gain a member must bring beyond its score change to be worth adding (keeps kawasan small). */
const MEMBER_COST = 0.02;
/** Bonus for pulling one more lagging desa along: covering them is the point. */
const LAGGING_BONUS = 0.15;
/** The bonus stops here: one locomotive cannot pull many desa at once. */
const PULLED_PER_LOCOMOTIVE = 2;

export interface Group {
  members: string[];
  tradeOffs: string[];
}

export interface Context extends ScoreContext {
  eligible: Map<string, string[]>;
  names: ReadonlyMap<string, string>;
  minSize: number;
  maxSize: number;
}

export function formGroups(order: readonly string[], ctx: Context): Group[] {
  const assigned = new Set<string>();
  const groups: Group[] = [];
  for (const seedCode of order) {
    if (assigned.has(seedCode)) continue;
    const path = pathToLocomotive(seedCode, ctx, assigned);
    if (!path) continue;
    const tradeOffs: string[] = [];
    const nearest = pathToLocomotive(seedCode, ctx, new Set());
    if (nearest && nearest.length < path.length) {
      const other = nearest[nearest.length - 1]!;
      tradeOffs.push(
        `Penggerak terdekat ${name(other, ctx)} sudah dipakai usulan lain; dipilih ${name(path[path.length - 1]!, ctx)} (${path.length - 1} langkah, bukan ${nearest.length - 1}).`,
      );
    }
    const members = grow(path, ctx, assigned, tradeOffs);
    if (members.length < ctx.minSize) continue;
    for (const m of members) assigned.add(m);
    groups.push({ members, tradeOffs });
  }
  return groups;
}

/** Shortest path over free desa from `start` to the nearest free locomotive, within the size limit. */
export function pathToLocomotive(
  start: string,
  ctx: Context,
  assigned: ReadonlySet<string>,
): string[] | null {
  const parent = new Map<string, string | null>([[start, null]]);
  let frontier = [start];
  for (let depth = 0; depth < ctx.maxSize && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const code of frontier) {
      if (ctx.roles.get(code) === 'locomotive') {
        const path: string[] = [];
        for (let at: string | null = code; at !== null; at = parent.get(at)!) path.unshift(at);
        return path;
      }
      for (const n of ctx.eligible.get(code) ?? []) {
        if (parent.has(n) || assigned.has(n)) continue;
        parent.set(n, code);
        next.push(n);
      }
    }
    frontier = next;
  }
  return null;
}

function grow(path: string[], ctx: Context, assigned: ReadonlySet<string>, tradeOffs: string[]): string[] {
  const members = new Set(path);
  let current = scoreMembers(members, ctx).total;
  const counts = { locomotive: 0, lagging: 0 };
  for (const m of members) countRole(counts, ctx.roles.get(m));
  while (members.size < ctx.maxSize) {
    let pick: string | null = null;
    let pickGain = Number.NEGATIVE_INFINITY;
    for (const candidate of frontierOf(members, ctx, assigned)) {
      // Past the minimum, only desa that pull or are pulled join; others only connect or fill.
      if (members.size >= ctx.minSize && ctx.roles.get(candidate) === 'other') continue;
      members.add(candidate);
      const score = scoreMembers(members, ctx).total;
      members.delete(candidate);
      const role = ctx.roles.get(candidate);
      const room = counts.lagging < PULLED_PER_LOCOMOTIVE * counts.locomotive;
      const lagging = role === 'lagging' && room ? LAGGING_BONUS : 0;
      const gain = score - current + lagging - MEMBER_COST;
      if (gain > pickGain + 1e-9) {
        pick = candidate;
        pickGain = gain;
      }
    }
    if (pick === null || (members.size >= ctx.minSize && pickGain <= 0)) break;
    members.add(pick);
    countRole(counts, ctx.roles.get(pick));
    current = scoreMembers(members, ctx).total;
  }
  if (members.size >= ctx.maxSize) {
    const waiting = frontierOf(members, ctx, assigned).filter((c) => ctx.roles.get(c) === 'lagging');
    if (waiting.length > 0) {
      tradeOffs.push(
        `Desa tertinggal yang bertetangga tidak dimasukkan karena batas ${ctx.maxSize} desa: ${waiting.map((c) => name(c, ctx)).join(', ')}.`,
      );
    }
  }
  return [...members];
}

function countRole(counts: { locomotive: number; lagging: number }, role: DesaRole | undefined): void {
  if (role === 'locomotive') counts.locomotive++;
  else if (role === 'lagging') counts.lagging++;
}

/** Free eligible neighbours of the group, sorted by code. */
function frontierOf(members: ReadonlySet<string>, ctx: Context, assigned: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const m of members) {
    for (const n of ctx.eligible.get(m) ?? []) if (!members.has(n) && !assigned.has(n)) out.add(n);
  }
  return [...out].sort();
}

export function name(code: string, ctx: Context): string {
  return `${ctx.names.get(code) ?? code} (${code})`;
}
