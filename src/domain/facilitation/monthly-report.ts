/**
 * The monthly report of one facilitator (laporan bulanan pendamping), built from the daily log so
 * the facilitator never types the same activity twice. The honorarium depends on this report, so
 * the rules are strict and the totals exact:
 * - only approved (`disetujui`) entries of that facilitator in that calendar month count;
 * - entries returned, drafted or still under review are counted separately, so the facilitator
 *   sees what is still missing before handing the report in;
 * - an entry that appears twice in the input (same id) is counted once;
 * - every list has a fixed order (by date, then entry id, then name), so the same log always gives
 *   the same report.
 */
import { AppError } from '../errors.ts';

import { ACTIVITY_CATEGORIES, ACTIVITY_CATEGORY_LABELS, type ActivityCategory } from './activity-log.ts';
import type { Place } from './assignment.ts';
import type { LogState } from './review.ts';

export interface EvidenceFile {
  fileName: string;
  mediaType: string;
  bytes: number;
  sha256: string;
}

/** The fields of a daily log entry that the report reads. */
export interface ReportEntry {
  id: string;
  facilitatorId: string;
  /** Calendar date of the activity, `YYYY-MM-DD`. */
  date: string;
  place: Place;
  category: ActivityCategory;
  topic: string;
  participants: { women: number; men: number; groups: readonly string[] };
  outputs: string;
  followUp: string;
  evidence: readonly EvidenceFile[];
  state: LogState;
}

/** Display names, looked up by desa code and kawasan id. */
export interface PlaceNames {
  desa: Readonly<Record<string, string>>;
  kawasan?: Readonly<Record<string, string>>;
}

export interface ReportPlaceRow {
  kind: 'desa' | 'kawasan';
  /** Desa code or kawasan id. */
  ref: string;
  name: string;
  activities: number;
  /** Distinct dates with an activity at this place, ascending. */
  dates: string[];
}

export interface ReportTextRow {
  date: string;
  entryId: string;
  place: string;
  text: string;
}

export interface ReportActivityRow {
  date: string;
  entryId: string;
  place: string;
  category: ActivityCategory;
  categoryLabel: string;
  topic: string;
  women: number;
  men: number;
}

export interface ReportEvidenceRow extends EvidenceFile {
  date: string;
  entryId: string;
}

export interface MonthlyReport {
  facilitatorId: string;
  /** `YYYY-MM`. */
  month: string;
  /** First and last calendar day of the month, `YYYY-MM-DD`. */
  period: { from: string; to: string };
  /** Approved entries counted in this report. */
  activityCount: number;
  /** Distinct dates with at least one approved entry. */
  daysActive: number;
  activeDates: string[];
  /** All seven categories in the fixed order, zero rows included (the form lists them all). */
  byCategory: { category: ActivityCategory; label: string; activities: number }[];
  /** Desa first, then kawasan; each by name, then by code/id. */
  byPlace: ReportPlaceRow[];
  participants: { women: number; men: number; total: number; groups: string[] };
  /** Every approved activity, by date then entry id. */
  activities: ReportActivityRow[];
  /** Non-empty outputs, by date then entry id. */
  outputs: ReportTextRow[];
  /** Non-empty follow-ups, by date then entry id. */
  followUps: ReportTextRow[];
  evidence: ReportEvidenceRow[];
  evidenceBytes: number;
  /** Entries of this facilitator and month that are not approved yet, so not counted. */
  notCounted: { draf: number; diajukan: number; dikembalikan: number };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Validates `YYYY-MM` and returns the first and last day of that month. */
export function monthPeriod(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) throw AppError.invalid('month', 'Bulan laporan harus berformat YYYY-MM, misalnya 2026-03.');
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const lastDay = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** Plain code-unit comparison: the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The name shown for a place; an unknown place shows its code so nothing is hidden. */
export function placeName(place: Place, names: PlaceNames): string {
  if (place.kind === 'desa') return names.desa[place.code] ?? `Desa ${place.code}`;
  return names.kawasan?.[place.id] ?? `Kawasan ${place.id}`;
}

function placeRef(place: Place): string {
  return place.kind === 'desa' ? place.code : place.id;
}

function checkCount(value: number, entryId: string, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0)
    throw AppError.invalid(
      field,
      `Jumlah peserta pada entri ${entryId} harus bilangan bulat tidak negatif (${field}: ${value}).`,
    );
  return value;
}

function byDateThenId(a: { date: string; entryId: string }, b: { date: string; entryId: string }): number {
  return compareText(a.date, b.date) || compareText(a.entryId, b.entryId);
}

/**
 * Builds the monthly report of `facilitatorId` for `month` (`YYYY-MM`) from any list of entries:
 * entries of other facilitators or months are ignored; only approved entries are counted.
 */
export function buildMonthlyReport(
  entries: readonly ReportEntry[],
  facilitatorId: string,
  month: string,
  names: PlaceNames,
): MonthlyReport {
  const period = monthPeriod(month);
  const prefix = `${month}-`;
  const seen = new Set<string>();
  const approved: ReportEntry[] = [];
  const notCounted = { draf: 0, diajukan: 0, dikembalikan: 0 };
  for (const e of entries) {
    if (e.facilitatorId !== facilitatorId || !e.date.startsWith(prefix) || seen.has(e.id)) continue;
    seen.add(e.id);
    if (e.state === 'disetujui') approved.push(e);
    else notCounted[e.state] += 1;
  }
  approved.sort((a, b) => compareText(a.date, b.date) || compareText(a.id, b.id));

  const categoryCounts = new Map<ActivityCategory, number>();
  const places = new Map<string, ReportPlaceRow>();
  const dates = new Set<string>();
  const groups = new Set<string>();
  let women = 0;
  let men = 0;
  const activities: ReportActivityRow[] = [];
  const outputs: ReportTextRow[] = [];
  const followUps: ReportTextRow[] = [];
  const evidence: ReportEvidenceRow[] = [];
  let evidenceBytes = 0;

  for (const e of approved) {
    const name = placeName(e.place, names);
    const w = checkCount(e.participants.women, e.id, 'participants.women');
    const m = checkCount(e.participants.men, e.id, 'participants.men');
    women += w;
    men += m;
    for (const g of e.participants.groups) {
      const trimmed = g.trim();
      if (trimmed) groups.add(trimmed);
    }
    dates.add(e.date);
    categoryCounts.set(e.category, (categoryCounts.get(e.category) ?? 0) + 1);

    const key = `${e.place.kind}:${placeRef(e.place)}`;
    let row = places.get(key);
    if (!row) {
      row = { kind: e.place.kind, ref: placeRef(e.place), name, activities: 0, dates: [] };
      places.set(key, row);
    }
    row.activities += 1;
    if (row.dates[row.dates.length - 1] !== e.date) row.dates.push(e.date); // entries are date-sorted

    activities.push({
      date: e.date,
      entryId: e.id,
      place: name,
      category: e.category,
      categoryLabel: ACTIVITY_CATEGORY_LABELS[e.category],
      topic: e.topic.trim(),
      women: w,
      men: m,
    });
    if (e.outputs.trim()) outputs.push({ date: e.date, entryId: e.id, place: name, text: e.outputs.trim() });
    if (e.followUp.trim())
      followUps.push({ date: e.date, entryId: e.id, place: name, text: e.followUp.trim() });
    const files = [...e.evidence].sort(
      (a, b) => compareText(a.fileName, b.fileName) || compareText(a.sha256, b.sha256),
    );
    for (const f of files) {
      evidenceBytes += checkCount(f.bytes, e.id, 'evidence.bytes');
      evidence.push({ date: e.date, entryId: e.id, ...f });
    }
  }

  const byPlace = [...places.values()].sort(
    (a, b) =>
      (a.kind === b.kind ? 0 : a.kind === 'desa' ? -1 : 1) ||
      compareText(a.name, b.name) ||
      compareText(a.ref, b.ref),
  );

  return {
    facilitatorId,
    month,
    period,
    activityCount: approved.length,
    daysActive: dates.size,
    activeDates: [...dates].sort(compareText),
    byCategory: ACTIVITY_CATEGORIES.map((category) => ({
      category,
      label: ACTIVITY_CATEGORY_LABELS[category],
      activities: categoryCounts.get(category) ?? 0,
    })),
    byPlace,
    participants: { women, men, total: women + men, groups: [...groups].sort(compareText) },
    activities: activities.sort(byDateThenId),
    outputs: outputs.sort(byDateThenId),
    followUps: followUps.sort(byDateThenId),
    evidence,
    evidenceBytes,
    notCounted,
  };
}

/**
 * One Indonesian line telling the facilitator whether the report is complete, e.g.
 * "12 kegiatan disetujui pada 9 hari; 2 belum disetujui (1 diajukan, 1 dikembalikan)."
 */
export function monthlyReportStatusLine(report: MonthlyReport): string {
  const head = `${report.activityCount} kegiatan disetujui pada ${report.daysActive} hari`;
  const { draf, diajukan, dikembalikan } = report.notCounted;
  const pending = draf + diajukan + dikembalikan;
  if (pending === 0) return `${head}.`;
  const parts = [
    diajukan ? `${diajukan} diajukan` : '',
    dikembalikan ? `${dikembalikan} dikembalikan` : '',
    draf ? `${draf} draf` : '',
  ].filter(Boolean);
  return `${head}; ${pending} belum disetujui (${parts.join(', ')}).`;
}
