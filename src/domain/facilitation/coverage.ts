/**
 * Facilitation coverage: which villages have gone without a facilitator, how long since the last
 * visit, what kind of work each kawasan received, and how the work is spread over facilitators.
 * Pure functions over arrays, in one pass over the entries (plus sorting the much smaller result).
 *
 * Definitions (all dates are calendar dates `YYYY-MM-DD`, no time zone):
 * - Only approved (`disetujui`) entries count as activity.
 * - A *visit* to a desa is an approved entry whose place is that desa. An activity held for a
 *   whole kawasan is not a visit to each of its desa.
 * - Entries dated after the "as of" date are ignored, so a result as of a past date can be
 *   recomputed later and come out the same.
 * - `daysSinceLastVisit` = as-of date − date of the latest visit on or before it (0 = visited that
 *   day); `null` when there is no visit at all.
 * - "No activity in the last N days" (N = 30, 60 or 90): the window is the N calendar days ending
 *   on the as-of date, both ends included — from asOf − (N − 1) to asOf. A desa is in the list when
 *   it has no visit inside the window, i.e. it was never visited or `daysSinceLastVisit ≥ N`.
 *   The lists nest: a desa unvisited for 90 days is also in the 60- and 30-day lists.
 */
import { AppError } from '../errors.ts';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from './activity-log.ts';
import type { Place } from './assignment.ts';
import { compareText } from './monthly-report.ts';
import type { LogState } from './review.ts';

/** The fields of a log entry that coverage reads. */
export interface CoverageEntry {
  id: string;
  facilitatorId: string;
  date: string;
  place: Place;
  category: ActivityCategory;
  state: LogState;
}

/** A desa in scope (for example the members of the kawasan a supervisor looks after). */
export interface ScopeDesa {
  code: string;
  name: string;
}

export const GAP_WINDOWS = [30, 60, 90] as const;
export type GapWindow = (typeof GAP_WINDOWS)[number];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, or null for anything else. */
export function dayNumber(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

function requireDay(date: string, field: string): number {
  const n = dayNumber(date);
  if (n === null) throw AppError.invalid(field, `Tanggal ${date} tidak sah; gunakan format YYYY-MM-DD.`);
  return n;
}

/**
 * Days since 1970-01-01 of each distinct entry date; dates repeat a lot, so each is parsed once.
 * Entries with an unreadable date are skipped (the log validates dates when they are written).
 */
function dayCache(): (date: string) => number | null {
  const cache = new Map<string, number | null>();
  return (date) => {
    let n = cache.get(date);
    if (n === undefined) {
      n = dayNumber(date);
      cache.set(date, n);
    }
    return n;
  };
}

export interface DesaCoverageRow {
  code: string;
  name: string;
  lastVisit: string | null;
  daysSinceLastVisit: number | null;
  /** Approved visits on or before the as-of date. */
  visits: number;
}

export interface DesaCoverage {
  asOf: string;
  /** Every desa in scope, longest without a visit first (never visited first of all), then by name. */
  desa: DesaCoverageRow[];
  /** Codes of the desa with no visit in the window, in the same order as `desa`. */
  noActivity: Record<GapWindow, string[]>;
}

/** Last visit and gaps for every desa in `scope`, as of `asOf`. */
export function desaCoverage(
  entries: readonly CoverageEntry[],
  scope: readonly ScopeDesa[],
  asOf: string,
): DesaCoverage {
  const today = requireDay(asOf, 'asOf');
  const day = dayCache();
  const inScope = new Map<string, { last: number | null; lastDate: string | null; visits: number }>();
  for (const d of scope) inScope.set(d.code, { last: null, lastDate: null, visits: 0 });
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.state !== 'disetujui' || e.place.kind !== 'desa') continue;
    const acc = inScope.get(e.place.code);
    if (!acc) continue;
    const n = day(e.date);
    if (n === null || n > today || seen.has(e.id)) continue;
    seen.add(e.id);
    acc.visits += 1;
    if (acc.last === null || n > acc.last) {
      acc.last = n;
      acc.lastDate = e.date;
    }
  }

  const rows: DesaCoverageRow[] = [];
  const names = new Map<string, string>();
  for (const d of scope) names.set(d.code, d.name);
  for (const [code, acc] of inScope)
    rows.push({
      code,
      name: names.get(code) ?? code,
      lastVisit: acc.lastDate,
      daysSinceLastVisit: acc.last === null ? null : today - acc.last,
      visits: acc.visits,
    });
  rows.sort(
    (a, b) =>
      (b.daysSinceLastVisit ?? Number.POSITIVE_INFINITY) -
        (a.daysSinceLastVisit ?? Number.POSITIVE_INFINITY) ||
      compareText(a.name, b.name) ||
      compareText(a.code, b.code),
  );
  const gap = (n: number) =>
    rows.filter((r) => r.daysSinceLastVisit === null || r.daysSinceLastVisit >= n).map((r) => r.code);
  return { asOf, desa: rows, noActivity: { 30: gap(30), 60: gap(60), 90: gap(90) } };
}

/** An inclusive date range `from`..`to` (`YYYY-MM-DD`); either end may be left open. */
export interface DateRange {
  from?: string;
  to?: string;
}

function rangeTest(range: DateRange): (n: number) => boolean {
  const from = range.from === undefined ? Number.NEGATIVE_INFINITY : requireDay(range.from, 'from');
  const to = range.to === undefined ? Number.POSITIVE_INFINITY : requireDay(range.to, 'to');
  if (from > to) throw AppError.invalid('from', 'Tanggal awal harus sebelum atau sama dengan tanggal akhir.');
  return (n) => n >= from && n <= to;
}

export interface KawasanScope {
  id: string;
  name: string;
  /** Codes of its member desa. */
  desaCodes: readonly string[];
}

export interface KawasanActivityRow {
  kawasanId: string;
  name: string;
  /** Approved activities held for the kawasan as a whole or in one of its desa. */
  total: number;
  /** All seven categories, zero included. */
  byCategory: Record<ActivityCategory, number>;
}

function zeroCategories(): Record<ActivityCategory, number> {
  const out = {} as Record<ActivityCategory, number>;
  for (const c of ACTIVITY_CATEGORIES) out[c] = 0;
  return out;
}

/**
 * Approved activities per category for each kawasan within `range`. An activity counts for a
 * kawasan when it was held for that kawasan or in one of its member desa; a desa that belongs to
 * two kawasan counts for both. Rows come in the order of `kawasan`.
 */
export function activitiesByKawasan(
  entries: readonly CoverageEntry[],
  kawasan: readonly KawasanScope[],
  range: DateRange = {},
): KawasanActivityRow[] {
  const inRange = rangeTest(range);
  const day = dayCache();
  const rows = kawasan.map((k) => ({
    kawasanId: k.id,
    name: k.name,
    total: 0,
    byCategory: zeroCategories(),
  }));
  const byKawasan = new Map<string, KawasanActivityRow[]>();
  const byDesa = new Map<string, KawasanActivityRow[]>();
  kawasan.forEach((k, i) => {
    const row = rows[i]!;
    byKawasan.set(k.id, [...(byKawasan.get(k.id) ?? []), row]);
    for (const code of new Set(k.desaCodes)) {
      const list = byDesa.get(code);
      if (list) list.push(row);
      else byDesa.set(code, [row]);
    }
  });
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.state !== 'disetujui') continue;
    const targets = e.place.kind === 'desa' ? byDesa.get(e.place.code) : byKawasan.get(e.place.id);
    if (!targets) continue;
    const n = day(e.date);
    if (n === null || !inRange(n) || seen.has(e.id)) continue;
    seen.add(e.id);
    for (const row of targets) {
      row.total += 1;
      row.byCategory[e.category] += 1;
    }
  }
  return rows;
}

export interface FacilitatorWorkloadRow {
  facilitatorId: string;
  /** Approved entries within the range. */
  entries: number;
  /** Distinct dates with an approved entry. */
  daysActive: number;
  /** Distinct desa with an approved visit. */
  desaCovered: number;
  /** Distinct kawasan with an approved kawasan-wide activity. */
  kawasanCovered: number;
  /** Entries within the range still waiting for review (`diajukan`). */
  awaitingReview: number;
}

/**
 * Workload of every facilitator appearing in `entries` (plus any listed in `facilitatorIds`, so
 * someone with no entry still shows up with zeros), within `range`. Sorted by facilitator id.
 */
export function facilitatorWorkload(
  entries: readonly CoverageEntry[],
  range: DateRange = {},
  facilitatorIds: readonly string[] = [],
): FacilitatorWorkloadRow[] {
  const inRange = rangeTest(range);
  const day = dayCache();
  const acc = new Map<
    string,
    { entries: number; dates: Set<string>; desa: Set<string>; kawasan: Set<string>; awaiting: number }
  >();
  const get = (id: string) => {
    let a = acc.get(id);
    if (!a) {
      a = { entries: 0, dates: new Set(), desa: new Set(), kawasan: new Set(), awaiting: 0 };
      acc.set(id, a);
    }
    return a;
  };
  for (const id of facilitatorIds) get(id);
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.state !== 'disetujui' && e.state !== 'diajukan') continue;
    const n = day(e.date);
    if (n === null || !inRange(n) || seen.has(e.id)) continue;
    seen.add(e.id);
    const a = get(e.facilitatorId);
    if (e.state === 'diajukan') {
      a.awaiting += 1;
      continue;
    }
    a.entries += 1;
    a.dates.add(e.date);
    if (e.place.kind === 'desa') a.desa.add(e.place.code);
    else a.kawasan.add(e.place.id);
  }
  return [...acc.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([facilitatorId, a]) => ({
      facilitatorId,
      entries: a.entries,
      daysActive: a.dates.size,
      desaCovered: a.desa.size,
      kawasanCovered: a.kawasan.size,
      awaitingReview: a.awaiting,
    }));
}
