/**
 * The kawasan's IDM over the years as people read it: the mean, the range from the weakest to
 * the strongest member, and how far the members lie from the mean (standard deviation). Pure;
 * the caller passes the number formatter of the reader's language.
 */
import type { KawasanDashboard } from '../../../contracts/kawasan.contract';

export type KawasanYear = KawasanDashboard['years'][number];
type Format = (value: number) => string;

/** "0,6123–0,8011", or null before any member is scored. */
export function rangeText(year: Pick<KawasanYear, 'min' | 'max'>, format: Format): string | null {
  if (year.min === null || year.max === null) return null;
  return `${format(year.min)}–${format(year.max)}`;
}

/** "± 0,0412" around the mean, or null when not known. */
export function stddevText(year: Pick<KawasanYear, 'stddev'>, format: Format): string | null {
  return year.stddev === null ? null : `± ${format(year.stddev)}`;
}

/** The change of the mean since the year before, or null for the first year or a missing mean. */
export function meanChange(years: readonly KawasanYear[], index: number): number | null {
  const current = years[index]?.mean ?? null;
  const previous = index > 0 ? (years[index - 1]?.mean ?? null) : null;
  return current === null || previous === null ? null : current - previous;
}

/** "+0,0123" / "−0,0040" / "0,0000": a change with its sign, as the table shows it. */
export function signedText(change: number, format: Format): string {
  const rounded = Number(change.toFixed(4));
  if (rounded > 0) return `+${format(rounded)}`;
  if (rounded < 0) return `−${format(-rounded)}`;
  return format(0);
}

/** The years worth drawing: those with at least one scored member. */
export function scoredYears(years: readonly KawasanYear[]): KawasanYear[] {
  return years.filter((y) => y.scored > 0 && y.mean !== null);
}

/** Vertical position (0 top, 1 bottom) of an index value on a chart from `floor` to `ceiling`. */
export function chartPosition(value: number, floor: number, ceiling: number): number {
  if (ceiling <= floor) return 0.5;
  return 1 - Math.min(1, Math.max(0, (value - floor) / (ceiling - floor)));
}

/**
 * The value range a chart of these years shows: the members' lowest and highest values, widened
 * to tenths and by a margin so the bars never touch the edges; 0–1 when nothing is scored.
 */
export function chartRange(years: readonly KawasanYear[]): { floor: number; ceiling: number } {
  const lows = years.flatMap((y) => (y.min === null ? [] : [y.min]));
  const highs = years.flatMap((y) => (y.max === null ? [] : [y.max]));
  if (lows.length === 0 || highs.length === 0) return { floor: 0, ceiling: 1 };
  const floor = Math.max(0, Math.floor((Math.min(...lows) - 0.02) * 10) / 10);
  const ceiling = Math.min(1, Math.ceil((Math.max(...highs) + 0.02) * 10) / 10);
  return { floor, ceiling: ceiling > floor ? ceiling : Math.min(1, floor + 0.1) };
}
