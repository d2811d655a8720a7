/**
 * Pure helpers of the pendampingan pages: colours of the review states, the band of days since a
 * desa's last visit (the coverage map), months for the report picker, and which map layers show
 * a coverage scope.
 */
import type { CoverageView, PlaceView } from '../../../contracts/facilitation.contract';
import { compareText } from '../../../domain/facilitation/monthly-report';
import type { LogState } from '../../../domain/facilitation/review';

/** Mantine colours of the review states, in the style of the RPKP badges. */
export const LOG_STATE_COLORS: Record<LogState, string> = {
  draf: 'gray',
  diajukan: 'blue',
  dikembalikan: 'orange',
  disetujui: 'teal',
};

/**
 * How long a desa has gone without an approved visit: 0–29 days, 30–59, 60–89, and 90 or more
 * (never visited counts with the last).
 */
export const VISIT_BANDS = ['recent', 'days30', 'days60', 'days90'] as const;
export type VisitBand = (typeof VISIT_BANDS)[number];

/** Green, yellow, orange, red: the longer without a visit, the warmer. */
export const VISIT_BAND_COLORS: Record<VisitBand, string> = {
  recent: 'green.6',
  days30: 'yellow.5',
  days60: 'orange.6',
  days90: 'red.7',
};

/** The band of `days` since the last visit; `null` (never visited) is the last band. */
export function visitBand(days: number | null): VisitBand {
  if (days === null || days >= 90) return 'days90';
  if (days >= 60) return 'days60';
  if (days >= 30) return 'days30';
  return 'recent';
}

type CoverageDesa = CoverageView['desa'][number];

/**
 * The desa longest without a visit first: never visited, then by days since the last visit,
 * then by kecamatan and name (the server sends this order; sorting again keeps the table right
 * whatever it receives).
 */
export function byLongestGap(desa: readonly CoverageDesa[]): CoverageDesa[] {
  const gap = (d: CoverageDesa) => (d.daysSinceLastVisit === null ? Infinity : d.daysSinceLastVisit);
  return [...desa].sort(
    (a, b) =>
      gap(b) - gap(a) ||
      compareText(a.district, b.district) ||
      compareText(a.name, b.name) ||
      compareText(a.code, b.code),
  );
}

/** Desa per band, for the map legend and the summary. */
export function bandCounts(
  desa: readonly Pick<CoverageDesa, 'daysSinceLastVisit'>[],
): Record<VisitBand, number> {
  const counts: Record<VisitBand, number> = { recent: 0, days30: 0, days60: 0, days90: 0 };
  for (const d of desa) counts[visitBand(d.daysSinceLastVisit)] += 1;
  return counts;
}

const digitsOf = (code: string) => code.replace(/\D/g, '');

/**
 * The map layers that show a coverage scope, each a province or kabupaten/kota code (the levels
 * map layers exist for): a province or kabupaten shows itself, a kecamatan or desa its kabupaten,
 * a kawasan the kabupaten of its desa (several for a kawasan across kabupaten).
 */
export function coverageLayerCodes(scope: CoverageView['scope'], desaCodes: readonly string[]): string[] {
  if (scope.kind === 'region') {
    const code = digitsOf(scope.ref);
    if (code.length === 2 || code.length === 4) return [code];
    if (code.length > 4) return [code.slice(0, 4)];
    return [];
  }
  return [...new Set(desaCodes.map((c) => digitsOf(c).slice(0, 4)).filter((c) => c.length === 4))].sort(
    compareText,
  );
}

/** `YYYY-MM-DD` of `now` in the browser's own calendar (not UTC: 00.30 WIB is already today). */
export function localDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string | null | undefined): text is string {
  return typeof text === 'string' && MONTH.test(text);
}

/** The month (`YYYY-MM`) of a day `YYYY-MM-DD`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `month` moved by `delta` months, e.g. `shiftMonth('2026-01', -1)` is `2025-12`. */
export function shiftMonth(month: string, delta: number): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`Not a month: ${month}`);
  const index = Number(m[1]) * 12 + Number(m[2]) - 1 + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The month the report picker opens on: the one asked for in the address when it is a real month
 * not after this month, else this month.
 */
export function reportMonth(asked: string | null, today: string): string {
  const current = monthOf(today);
  return isMonth(asked) && asked <= current ? asked : current;
}

/** This month and the `count - 1` before it, newest first: the choices of the report picker. */
export function recentMonths(today: string, count: number): string[] {
  const current = monthOf(today);
  return Array.from({ length: count }, (_, i) => shiftMonth(current, -i));
}

/** Stable text form of a place, `desa:3301012001` or `kawasan:<id>`. */
export function placeValue(place: Pick<PlaceView, 'kind' | 'ref'>): string {
  return `${place.kind}:${place.ref}`;
}

/** The place of a `placeValue`, as the API takes it; null for anything else. */
export function placeInputOf(
  value: string,
): { kind: 'desa'; code: string } | { kind: 'kawasan'; id: string } | null {
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const ref = value.slice(colon + 1);
  if (colon < 1 || ref === '') return null;
  if (kind === 'desa') return { kind, code: ref };
  if (kind === 'kawasan') return { kind, id: ref };
  return null;
}
