import type { VillageIndicatorScore } from '../../../contracts/village-index-indicators.contract';
import { idmStatus } from '../../../domain/village-index/idm.scheme';
import type { IdmStatus } from '../../../domain/village-index/idm.types';
import type { VillageIndexResult } from './idm-status';

/** How many indicators the village page shows before "show all". */
export const TOP_OPPORTUNITIES = 5;

/** IDM years of a desa with imported indicator scores, oldest first. */
export function yearsWithScores(results: readonly VillageIndexResult[]): number[] {
  return results.filter((r) => r.scheme === 'idm-2016' && r.indicatorScores).map((r) => r.year);
}

export interface OpportunityView {
  /** The indicators with the largest gain (below 5), at most `top`. */
  top: VillageIndicatorScore[];
  /** The other indicators below 5, largest gain first. */
  rest: VillageIndicatorScore[];
  /** Indicators already at 5. */
  atMaximum: number;
  /** What the top ones add to the IDM together, and where that would bring the desa. */
  topGain: number;
  projected: { value: number; status: IdmStatus } | null;
}

/** Splits a desa's scores (already largest gain first) for the page. */
export function opportunityView(
  indicators: readonly VillageIndicatorScore[],
  value: number | null,
  top = TOP_OPPORTUNITIES,
): OpportunityView {
  const below = indicators.filter((i) => i.score < 5).sort((a, b) => b.gain - a.gain);
  const shown = below.slice(0, top);
  const topGain = shown.reduce((sum, i) => sum + i.gain, 0);
  const raised = value === null ? null : Math.min(1, value + topGain);
  return {
    top: shown,
    rest: below.slice(top),
    atMaximum: indicators.length - below.length,
    topGain,
    projected: raised === null || shown.length === 0 ? null : { value: raised, status: idmStatus(raised) },
  };
}
