/**
 * How good a group of desa is as a kawasan, in three parts each between 0 and 1:
 * - mix: locomotives (IDM Maju/Mandiri) balanced against lagging desa (Tertinggal/Sangat
 *   Tertinggal): 2·min(L, G)/(L + G), 1 when they are as many, 0 when either is missing;
 * - commodity: over the neighbouring pairs inside whose commodities are both known, 1 for a shared
 *   commodity, 0.5 for a pair the caller calls complementary, 0 otherwise; null without data;
 * - compactness: the share of the members' borders that are inside the group, E_in/(E_in + E_out),
 *   which is low for a long chain and high for a round group.
 */
import type { IdmStatus } from '../village-index/idm.types.ts';

export type DesaRole = 'locomotive' | 'lagging' | 'other';

/** Maju and Mandiri pull; Tertinggal and Sangat Tertinggal are pulled. */
export function desaRole(status: IdmStatus | null): DesaRole {
  if (status === 'maju' || status === 'mandiri') return 'locomotive';
  if (status === 'tertinggal' || status === 'sangat_tertinggal') return 'lagging';
  return 'other';
}

export interface ScoreBreakdown {
  mix: number;
  commodity: number | null;
  compactness: number;
  /** 0.4 mix + 0.3 commodity + 0.3 compactness; without commodity data 0.5 mix + 0.5 compactness. */
  total: number;
}

export interface ScoreContext {
  roles: ReadonlyMap<string, DesaRole>;
  commodities: ReadonlyMap<string, ReadonlySet<string>>;
  /** Complementary commodity pairs, each key `a|b` with a < b. */
  complements: ReadonlySet<string>;
  /** The whole contiguity graph, including desa that cannot join, so borders count fully. */
  graph: ReadonlyMap<string, readonly string[]>;
}

/** Key of an unordered commodity pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** 1 shared, 0.5 complementary, 0 unrelated, null when either side's commodities are unknown. */
export function commodityFit(a: string, b: string, ctx: ScoreContext): number | null {
  const ca = ctx.commodities.get(a);
  const cb = ctx.commodities.get(b);
  if (!ca || !cb || ca.size === 0 || cb.size === 0) return null;
  for (const c of ca) if (cb.has(c)) return 1;
  for (const x of ca) for (const y of cb) if (ctx.complements.has(pairKey(x, y))) return 0.5;
  return 0;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The score of `members` (a set of desa codes). */
export function scoreMembers(members: ReadonlySet<string>, ctx: ScoreContext): ScoreBreakdown {
  let locomotives = 0;
  let lagging = 0;
  let inside = 0;
  let outside = 0;
  let fitSum = 0;
  let fitCount = 0;
  for (const code of members) {
    const role = ctx.roles.get(code);
    if (role === 'locomotive') locomotives++;
    else if (role === 'lagging') lagging++;
    for (const n of ctx.graph.get(code) ?? []) {
      if (!members.has(n)) {
        outside++;
        continue;
      }
      inside++;
      // Each inside pair is seen from both ends; count it once.
      if (code < n) {
        const fit = commodityFit(code, n, ctx);
        if (fit !== null) {
          fitSum += fit;
          fitCount++;
        }
      }
    }
  }
  const mix =
    locomotives + lagging === 0 ? 0 : (2 * Math.min(locomotives, lagging)) / (locomotives + lagging);
  const edgesIn = inside / 2;
  const compactness = edgesIn + outside === 0 ? 0 : edgesIn / (edgesIn + outside);
  const commodity = fitCount === 0 ? null : fitSum / fitCount;
  const total =
    commodity === null ? 0.5 * mix + 0.5 * compactness : 0.4 * mix + 0.3 * commodity + 0.3 * compactness;
  return {
    mix: round3(mix),
    commodity: commodity === null ? null : round3(commodity),
    compactness: round3(compactness),
    total: round3(total),
  };
}
