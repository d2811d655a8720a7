/**
 * How the desa of a region are spread over the IDM scale (a histogram of the composite value) and
 * how they moved between two years (a from → to table of published statuses). The database
 * computes both for every region when an import is refreshed; these are the same rules in code,
 * for the web app and for checking the database's figures.
 */
import { IDM_THRESHOLDS, idmStatus } from './idm.scheme.ts';
import { IDM_STATUSES, type IdmStatus } from './idm.types.ts';

/** The histogram has 20 bins of 0.05 from 0 to 1. */
export const HISTOGRAM_BINS = 20;

/**
 * Added before flooring: 0.35 × 20 is 6.9999999999999996 in binary floating point, yet 0.35 opens
 * the bin 0.35–0.40. Official values have 4 decimals, far coarser than this. The rollup's SQL does
 * the same double arithmetic, so both count alike.
 */
export const BIN_EDGE_TOLERANCE = 1e-9;

/** The 0-based bin of a composite value: [0, 0.05) is bin 0, and 1.0 falls in the last bin. */
export function histogramBin(value: number): number {
  const bin = Math.floor(value * HISTOGRAM_BINS + BIN_EDGE_TOLERANCE);
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, bin));
}

/** Counts per bin of the values given; null values (desa not scored) are not counted. */
export function histogramOf(values: readonly (number | null)[]): number[] {
  const bins = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const value of values) if (value !== null) bins[histogramBin(value)]! += 1;
  return bins;
}

export interface HistogramBin {
  /** Lower bound, included. */
  from: number;
  /** Upper bound, excluded (but 1.0 counts in the last bin). */
  to: number;
  /**
   * The status of the bin's middle value. Four bins straddle a threshold (0.4907, 0.5989, 0.7072,
   * 0.8155); the middle always lies on the larger side of the threshold, so this is the status of
   * most of the bin's range.
   */
  status: IdmStatus;
}

/** The bins with their ranges and statuses, lowest first. */
export const HISTOGRAM_RANGES: readonly HistogramBin[] = Array.from({ length: HISTOGRAM_BINS }, (_, i) => {
  const from = i / HISTOGRAM_BINS;
  const to = (i + 1) / HISTOGRAM_BINS;
  return { from, to, status: idmStatus((from + to) / 2) };
});

/** The thresholds between statuses, as positions on the 0–1 scale of the histogram. */
export const HISTOGRAM_THRESHOLDS: readonly number[] = IDM_THRESHOLDS.map((t) => t.upTo);

/** `transitions[from][to]`: desa with status `from` in the first year and `to` in the second. */
export type StatusTransitions = number[][];

export interface MovementTotals {
  compared: number;
  /** To a better status (Sangat Tertinggal → Tertinggal is up). */
  up: number;
  down: number;
  same: number;
}

/** Totals of a from → to table, statuses in IDM_STATUSES order. */
export function movementTotals(transitions: StatusTransitions): MovementTotals {
  const totals: MovementTotals = { compared: 0, up: 0, down: 0, same: 0 };
  transitions.forEach((row, from) => {
    row.forEach((count, to) => {
      totals.compared += count;
      if (to > from) totals.up += count;
      else if (to < from) totals.down += count;
      else totals.same += count;
    });
  });
  return totals;
}

/** The from → to table of pairs of published statuses (one pair per desa found in both years). */
export function transitionsOf(pairs: readonly (readonly [IdmStatus, IdmStatus])[]): StatusTransitions {
  const table = IDM_STATUSES.map(() => IDM_STATUSES.map(() => 0));
  for (const [from, to] of pairs) table[IDM_STATUSES.indexOf(from)]![IDM_STATUSES.indexOf(to)]! += 1;
  return table;
}
