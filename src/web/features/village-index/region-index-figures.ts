import type { IndexSummary, RegionIndexSummary } from '../../../contracts/village-index.contract';
import { IDM_STATUSES, type IdmStatus } from '../../../domain/village-index/idm.types';

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
