import type {
  IndexMovement,
  IndexSummary,
  RegionIndexSummary,
  VillageIndexList,
} from '../../../contracts/village-index.contract';
import { IDM_STATUSES, type IdmStatus } from '../../../domain/village-index/idm.types';
import { HISTOGRAM_RANGES, type HistogramBin } from '../../../domain/village-index/index-distribution';

export type RegionIndexChild = RegionIndexSummary['children'][number];

/** How the ranking is ordered: best mean IDM first, or by name, or by code. */
export type RankingSort = 'idm' | 'name' | 'code';

export interface RankedChild extends RegionIndexChild {
  /** 1 for the best mean IDM; regions without a mean come last. */
  rank: number;
  /** Desa of status Sangat Tertinggal or Tertinggal. */
  lagging: number;
}

export interface StatusShare {
  status: IdmStatus;
  count: number;
  /** 0 to 1 of the desa with a status. */
  share: number;
}

/** Each status with its count and share, Sangat Tertinggal first; shares add up to 1 (or all 0). */
export function statusShares(statuses: IndexSummary['statuses']): StatusShare[] {
  const total = IDM_STATUSES.reduce((sum, s) => sum + (statuses[s] ?? 0), 0);
  return IDM_STATUSES.map((status) => {
    const count = statuses[status] ?? 0;
    return { status, count, share: total > 0 ? count / total : 0 };
  });
}

const byMeanDescending = (a: RegionIndexChild, b: RegionIndexChild) => {
  const x = a.summary.mean.value;
  const y = b.summary.mean.value;
  if (x === y) return a.region.code.localeCompare(b.region.code);
  if (x === null) return 1;
  if (y === null) return -1;
  return y - x;
};

/** The children ranked by mean IDM, then ordered as asked (names compared in `locale`). */
export function rankChildren(
  children: readonly RegionIndexChild[],
  sort: RankingSort,
  locale: string,
): RankedChild[] {
  const ranked = [...children].sort(byMeanDescending).map((child, i) => ({
    ...child,
    rank: i + 1,
    lagging: (child.summary.statuses.sangat_tertinggal ?? 0) + (child.summary.statuses.tertinggal ?? 0),
  }));
  if (sort === 'name') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return ranked.sort((a, b) => collator.compare(a.region.name, b.region.name));
  }
  if (sort === 'code') return ranked.sort((a, b) => a.region.code.localeCompare(b.region.code));
  return ranked;
}

export type RegionVillage = VillageIndexList['villages'][number];

export interface RankedVillage extends RegionVillage {
  /** 1 for the highest IDM; desa with equal values share a rank (1, 2, 2, 4); null when not scored. */
  rank: number | null;
  /** The published status, else the one the value gives. */
  shownStatus: IdmStatus | null;
  /** As the region list writes it (as the desa page does), else as published. */
  shownName: string;
}

const shown = (v: RegionVillage) => ({
  shownStatus: v.status ?? v.computedStatus,
  shownName: v.regionName ?? v.name,
});

/** Desa ranked by IDM, highest first, then ordered as asked (names compared in `locale`). */
export function rankVillages(
  villages: readonly RegionVillage[],
  sort: RankingSort,
  locale: string,
): RankedVillage[] {
  const byValue = [...villages].sort((a, b) => {
    if (a.value === b.value) return a.code.localeCompare(b.code);
    if (a.value === null) return 1;
    if (b.value === null) return -1;
    return b.value - a.value;
  });
  let rank = 0;
  const ranked = byValue.map((v, i): RankedVillage => {
    if (i === 0 || v.value !== byValue[i - 1]!.value) rank = i + 1;
    return { ...v, rank: v.value === null ? null : rank, ...shown(v) };
  });
  if (sort === 'name') {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return ranked.sort((a, b) => collator.compare(a.shownName, b.shownName) || a.code.localeCompare(b.code));
  }
  if (sort === 'code') return ranked.sort((a, b) => a.code.localeCompare(b.code));
  return ranked;
}

/** The `count` scored desa with the lowest IDM, lowest first (ties in code order). */
export function weakestVillages(villages: readonly RegionVillage[], count: number): RankedVillage[] {
  return villages
    .filter((v) => v.value !== null)
    .sort((a, b) => a.value! - b.value! || a.code.localeCompare(b.code))
    .slice(0, count)
    .map((v, i) => ({ ...v, rank: i + 1, ...shown(v) }));
}

export interface HistogramBar extends HistogramBin {
  count: number;
  /** 0 to 1 of the scored desa. */
  share: number;
}

/** The histogram's bins with range, status, count and share; empty when the rollup has none. */
export function histogramBars(histogram: readonly number[]): HistogramBar[] {
  if (histogram.length !== HISTOGRAM_RANGES.length) return [];
  const total = histogram.reduce((a, b) => a + b, 0);
  return HISTOGRAM_RANGES.map((range, i) => {
    const count = histogram[i] ?? 0;
    return { ...range, count, share: total > 0 ? count / total : 0 };
  });
}

/** A round step for the count axis, so that at most `lines` gridlines fit under `max` (1, 2, 5 × 10ⁿ). */
export function countStep(max: number, lines = 3): number {
  if (max <= lines) return 1;
  const raw = max / lines;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

export interface MovementShares {
  up: number;
  down: number;
  same: number;
}

/** Up, down and same as shares (0 to 1) of the desa compared; all 0 when none was. */
export function movementShares(
  movement: Pick<IndexMovement, 'compared' | 'up' | 'down' | 'same'>,
): MovementShares {
  const { compared } = movement;
  const share = (n: number) => (compared > 0 ? n / compared : 0);
  return { up: share(movement.up), down: share(movement.down), same: share(movement.same) };
}
