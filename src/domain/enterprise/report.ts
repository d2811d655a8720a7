/**
 * Periodic reports of a village enterprise (laporan semesteran dan tahunan): the periods they
 * cover, the checks a report passes before it is kept, the trend of a series of reports and the
 * system's own performance class of an enterprise. Pure: `today` is passed in (WIB, see
 * facilitation/calendar.ts), and every amount is an exact bigint of whole rupiah.
 *
 * - Periods: `YYYY-S1` (January–June), `YYYY-S2` (July–December) and `YYYY` (the year).
 * - When a report may be entered: from the first day of its period's LAST month (1 June for the
 *   first semester, 1 December for the second and for the year). Books are closed and the report
 *   prepared for the Musyawarah Desa in that month; a period whose last month has not begun is
 *   refused.
 * - The net result is revenue − costs, always computed; a form may send it as a check.
 * - A positive net result is split as the Musdes/MAD decided (PADes, capital top-up, other),
 *   and once a split is entered its parts must add up to it exactly. A report with no split yet
 *   (all parts zero) is accepted: many BUM Desa decide the split once a year, so a semester
 *   report is often kept before it. A zero or negative net result is not split.
 * - PADes per year: the annual report's share when the year has one, else the sum of its
 *   semester reports — so a year reported both ways is not counted twice.
 */
import type { FieldIssue } from '../errors.ts';
import { isCalendarDate } from '../kawasan/lifecycle-guards.ts';
import { formatRupiah, parseRupiah, percentText, sumRupiah } from '../money/rupiah.ts';

/** The earliest year a report may be for (BUM Desa have been founded under village law since 2004). */
export const MIN_REPORT_YEAR = 2000;

export type PeriodKind = 'semester' | 'tahun';

export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  semester: 'Semesteran',
  tahun: 'Tahunan',
};

export interface ReportPeriod {
  /** Canonical code: `2026-S1`, `2026-S2`, `2026`. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1 or 2 for a semester, null for a year. */
  semester: 1 | 2 | null;
  /** First and last day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** `Semester I 2026`, `Semester II 2026`, `Tahun 2026`. */
  label: string;
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** `2026-06-01` → `1 Juni 2026`. */
export function dateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function periodOf(year: number, semester: 1 | 2 | null): ReportPeriod {
  if (semester === 1) {
    return {
      code: `${year}-S1`,
      kind: 'semester',
      year,
      semester,
      start: `${year}-01-01`,
      end: `${year}-06-30`,
      label: `Semester I ${year}`,
    };
  }
  if (semester === 2) {
    return {
      code: `${year}-S2`,
      kind: 'semester',
      year,
      semester,
      start: `${year}-07-01`,
      end: `${year}-12-31`,
      label: `Semester II ${year}`,
    };
  }
  return {
    code: String(year),
    kind: 'tahun',
    year,
    semester: null,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    label: `Tahun ${year}`,
  };
}

export type PeriodParse = { ok: true; period: ReportPeriod } | { ok: false; issue: FieldIssue };

const PERIOD_HINT = 'Tulis periode sebagai 2026-S1 (Semester I), 2026-S2 (Semester II) atau 2026 (tahunan).';

function yearCheck(year: number, field: string, maxYear: number | null): FieldIssue | null {
  if (year < MIN_REPORT_YEAR) return { field, message: `Tahun laporan paling awal ${MIN_REPORT_YEAR}.` };
  if (maxYear !== null && year > maxYear) return { field, message: `Tahun ${year} belum tiba.` };
  return null;
}

/** A canonical period code (`2026-S1`, `2026-S2`, `2026`). */
export function parsePeriod(text: string, field = 'period'): PeriodParse {
  const match = /^(\d{4})(?:-S([12]))?$/.exec(text.trim());
  if (!match)
    return { ok: false, issue: { field, message: `Periode "${text}" tidak dikenal. ${PERIOD_HINT}` } };
  const year = Number(match[1]);
  const problem = yearCheck(year, field, null);
  if (problem) return { ok: false, issue: problem };
  const semester = match[2] === undefined ? null : (Number(match[2]) as 1 | 2);
  return { ok: true, period: periodOf(year, semester) };
}

const ROMAN: Record<string, 1 | 2> = { i: 1, '1': 1, ii: 2, '2': 2 };

/**
 * A period as people write it in a spreadsheet: the canonical codes, and `Semester I 2026`,
 * `Semester 2 2026`, `S1 2026`, `2026 S2`, `Sem. II/2026`, `Tahun 2026`, `Tahunan 2026`.
 */
export function parsePeriodText(text: string, field = 'period'): PeriodParse {
  const canonical = parsePeriod(text, field);
  if (canonical.ok) return canonical;
  const key = text
    .toLowerCase()
    .replace(/[./_,-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let year: number | null = null;
  let semester: 1 | 2 | null = null;
  const sem =
    /^(?:semester|sem|s) ?(ii|i|1|2) (\d{4})$/.exec(key) ??
    /^(\d{4}) (?:semester|sem|s) ?(ii|i|1|2)$/.exec(key);
  if (sem) {
    const [a, b] = /^\d{4}$/.test(sem[1]!) ? [sem[2]!, sem[1]!] : [sem[1]!, sem[2]!];
    semester = ROMAN[a]!;
    year = Number(b);
  } else {
    const annual = /^(?:tahun|tahunan|th|thn) (\d{4})$/.exec(key);
    if (annual) year = Number(annual[1]);
  }
  if (year === null) return canonical;
  const problem = yearCheck(year, field, null);
  if (problem) return { ok: false, issue: problem };
  return { ok: true, period: periodOf(year, semester) };
}

/** Chronological order: 2025-S1, 2025-S2, 2025, 2026-S1 … (a year after its second semester). */
export function comparePeriods(a: ReportPeriod, b: ReportPeriod): number {
  const key = (p: ReportPeriod) => p.year * 10 + (p.semester ?? 3);
  return key(a) - key(b);
}

/** Sorts by period (see comparePeriods), a copy. */
export function sortByPeriod<T extends { period: ReportPeriod }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => comparePeriods(a.period, b.period));
}

/** The first day a report for `period` may be entered: the first day of its last month. */
export function entryOpensOn(period: ReportPeriod): string {
  return period.semester === 1 ? `${period.year}-06-01` : `${period.year}-12-01`;
}

/** Why a report for `period` may not be entered on `today`, or null. */
export function periodEntryIssue(period: ReportPeriod, today: string, field = 'period'): FieldIssue | null {
  const opens = entryOpensOn(period);
  if (today >= opens) return null;
  return {
    field,
    message: `Laporan ${period.label} baru dapat diisi mulai ${dateText(opens)}, bulan terakhir periodenya.`,
  };
}

/* ——— A report draft ——— */

/** A report as a form or a spreadsheet row gives it; amounts as typed (see parseRupiah). */
export interface ReportInput {
  revenue: unknown;
  costs: unknown;
  assets: unknown;
  /** Optional: when given, it must equal revenue − costs. */
  netResult?: unknown;
  workers: unknown;
  womenWorkers?: unknown;
  /** The split decided by the Musdes/MAD; absent means nothing split. */
  split?: {
    pades?: unknown;
    capital?: unknown;
    other?: unknown;
    otherNote?: string | null;
    decidedOn?: string | null;
  } | null;
}

/** A checked report. */
export interface ReportDraft {
  period: ReportPeriod;
  revenue: bigint;
  costs: bigint;
  netResult: bigint;
  assets: bigint;
  workers: number;
  womenWorkers: number | null;
  splitPades: bigint;
  splitCapital: bigint;
  splitOther: bigint;
  splitOtherNote: string;
  decidedOn: string | null;
}

export type ReportCheck = { ok: true; draft: ReportDraft } | { ok: false; issues: FieldIssue[] };

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function count(value: unknown, field: string, label: string, issues: FieldIssue[]): number | null {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    issues.push({ field, message: `${label} harus bilangan bulat 0 atau lebih.` });
    return null;
  }
  return n;
}

/** Net result words for messages: `Rp0 (impas)`, `-Rp2.000.000 (rugi)`. */
function netWords(net: bigint): string {
  return `${formatRupiah(net)} (${net === 0n ? 'impas' : 'rugi'})`;
}

/**
 * Checks a report for `period` entered on `today`; every problem at once, each with the field of
 * the request (`revenue`, `split.pades`, `split`, `split.decidedOn` …).
 */
export function checkReport(period: ReportPeriod, input: ReportInput, today: string): ReportCheck {
  const issues: FieldIssue[] = [];
  const entry = periodEntryIssue(period, today);
  if (entry) issues.push(entry);
  const money = (value: unknown, field: string, required: boolean, allowNegative = false): bigint | null => {
    if (!required && isBlank(value)) return 0n;
    const parsed = parseRupiah(value, field, { allowNegative });
    if (!parsed.ok) {
      issues.push(parsed.issue);
      return null;
    }
    return parsed.value;
  };
  const revenue = money(input.revenue, 'revenue', true);
  const costs = money(input.costs, 'costs', true);
  const assets = money(input.assets, 'assets', true);
  const sentNet = isBlank(input.netResult) ? null : money(input.netResult, 'netResult', true, true);
  const workers = count(input.workers, 'workers', 'Jumlah tenaga kerja', issues);
  const women = isBlank(input.womenWorkers)
    ? null
    : count(input.womenWorkers, 'womenWorkers', 'Jumlah tenaga kerja perempuan', issues);
  if (workers !== null && women !== null && women > workers) {
    issues.push({
      field: 'womenWorkers',
      message: `Tenaga kerja perempuan (${women}) tidak boleh lebih dari seluruh tenaga kerja (${workers}).`,
    });
  }
  const split = input.split ?? {};
  const pades = money(split.pades, 'split.pades', false);
  const capital = money(split.capital, 'split.capital', false);
  const other = money(split.other, 'split.other', false);
  const note = (split.otherNote ?? '').trim();
  const decidedOn = isBlank(split.decidedOn) ? null : split.decidedOn!.trim();

  let net: bigint | null = null;
  if (revenue !== null && costs !== null) {
    net = revenue - costs;
    if (sentNet !== null && sentNet !== net) {
      issues.push({
        field: 'netResult',
        message:
          `Hasil usaha bersih yang diisi ${formatRupiah(sentNet)} tidak sama dengan pendapatan dikurangi biaya: ` +
          `${formatRupiah(revenue)} − ${formatRupiah(costs)} = ${formatRupiah(net)}.`,
      });
    }
  }
  if (net !== null && pades !== null && capital !== null && other !== null) {
    const total = pades + capital + other;
    if (net > 0n && total !== 0n && total !== net) {
      const gap = total < net ? `kurang ${formatRupiah(net - total)}` : `lebih ${formatRupiah(total - net)}`;
      issues.push({
        field: 'split',
        message: `Pembagian hasil usaha ${formatRupiah(total)} ${gap} dari hasil usaha bersih ${formatRupiah(net)}.`,
      });
    }
    if (net <= 0n && total !== 0n) {
      issues.push({
        field: 'split',
        message: `Hasil usaha bersih ${netWords(net)}: tidak ada hasil usaha yang dibagi; kosongkan pembagian hasil usaha (${formatRupiah(total)}).`,
      });
    }
    if (total !== 0n && decidedOn === null) {
      issues.push({
        field: 'split.decidedOn',
        message:
          'Tanggal keputusan Musyawarah Desa/Musyawarah Antar Desa tentang pembagian hasil usaha wajib diisi.',
      });
    }
  }
  if (other !== null && other > 0n && note === '') {
    issues.push({
      field: 'split.otherNote',
      message: `Pembagian lain-lain ${formatRupiah(other)} perlu keterangan penggunaannya.`,
    });
  }
  if (decidedOn !== null) {
    if (!isCalendarDate(decidedOn)) {
      issues.push({
        field: 'split.decidedOn',
        message: `Tanggal keputusan "${decidedOn}" tidak sah (YYYY-MM-DD).`,
      });
    } else if (decidedOn < period.start) {
      issues.push({
        field: 'split.decidedOn',
        message: `Tanggal keputusan ${dateText(decidedOn)} sebelum awal ${period.label} (${dateText(period.start)}).`,
      });
    } else if (decidedOn > today) {
      issues.push({
        field: 'split.decidedOn',
        message: `Tanggal keputusan ${dateText(decidedOn)} belum tiba.`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    draft: {
      period,
      revenue: revenue!,
      costs: costs!,
      netResult: net!,
      assets: assets!,
      workers: workers!,
      womenWorkers: women,
      splitPades: pades!,
      splitCapital: capital!,
      splitOther: other!,
      splitOtherNote: note,
      decidedOn,
    },
  };
}

/* ——— Series of reports ——— */

/** What the series rules read of a stored report. */
export interface ReportFigures {
  period: ReportPeriod;
  revenue: bigint;
  costs: bigint;
  netResult: bigint;
  assets: bigint;
  workers: number;
  splitPades: bigint;
}

export interface ReportWarning {
  period: string;
  field: 'revenue' | 'costs';
  message: string;
}

/**
 * Warnings (not errors): an annual report whose revenue or costs differ from the sums of its two
 * semester reports. Annual books may be corrected after the semesters, so the report is kept.
 */
export function annualConsistencyWarnings(reports: readonly ReportFigures[]): ReportWarning[] {
  const byCode = new Map(reports.map((r) => [r.period.code, r]));
  const warnings: ReportWarning[] = [];
  for (const annual of sortByPeriod(reports.filter((r) => r.period.kind === 'tahun'))) {
    const s1 = byCode.get(`${annual.period.year}-S1`);
    const s2 = byCode.get(`${annual.period.year}-S2`);
    if (!s1 || !s2) continue;
    for (const [field, label] of [
      ['revenue', 'Pendapatan'],
      ['costs', 'Biaya'],
    ] as const) {
      const sum = s1[field] + s2[field];
      if (annual[field] === sum) continue;
      const gap = annual[field] - sum;
      warnings.push({
        period: annual.period.code,
        field,
        message:
          `${label} ${annual.period.label} ${formatRupiah(annual[field])} berbeda dari jumlah Semester I dan II ` +
          `${formatRupiah(sum)} (selisih ${formatRupiah(gap < 0n ? -gap : gap)}).`,
      });
    }
  }
  return warnings;
}

export interface YearTotals {
  year: number;
  revenue: bigint;
  costs: bigint;
  netResult: bigint;
  splitPades: bigint;
}

/**
 * The figures of each year: the annual report's when the year has one, else the sums of its
 * semester reports (one semester alone counts as what is known of that year). Years ascending.
 */
export function yearTotals(
  reports: readonly Pick<ReportFigures, 'period' | 'revenue' | 'costs' | 'netResult' | 'splitPades'>[],
): YearTotals[] {
  const annual = new Map<number, YearTotals>();
  const semesters = new Map<number, YearTotals>();
  for (const r of reports) {
    const target = r.period.kind === 'tahun' ? annual : semesters;
    const year = r.period.year;
    const t = target.get(year) ?? { year, revenue: 0n, costs: 0n, netResult: 0n, splitPades: 0n };
    target.set(year, {
      year,
      revenue: t.revenue + r.revenue,
      costs: t.costs + r.costs,
      netResult: t.netResult + r.netResult,
      splitPades: t.splitPades + r.splitPades,
    });
  }
  const years = [...new Set([...annual.keys(), ...semesters.keys()])].sort((a, b) => a - b);
  return years.map((y) => annual.get(y) ?? semesters.get(y)!);
}

/** PADes per year: the annual report's share when there is one, else the sum of the semesters. */
export function padesByYear(
  reports: readonly Pick<ReportFigures, 'period' | 'revenue' | 'costs' | 'netResult' | 'splitPades'>[],
): Map<number, bigint> {
  return new Map(yearTotals(reports).map((t) => [t.year, t.splitPades]));
}

export interface Change {
  /** Exact difference from the previous report of the same kind. */
  amount: bigint;
  /** Percent of the previous amount's size, one decimal (`"12.5"`); null when it was zero. */
  percentText: string | null;
}

export interface TrendPoint extends ReportFigures {
  /** Against the previous report of the same kind; null for the first. */
  change: { revenue: Change; costs: Change; netResult: Change; assets: Change } | null;
}

export interface ReportTrend {
  semester: TrendPoint[];
  tahun: TrendPoint[];
  /** The latest report (a year after its second semester). */
  latest: ReportFigures | null;
  padesByYear: { year: number; amount: bigint }[];
  padesTotal: bigint;
}

function change(current: bigint, previous: bigint): Change {
  const base = previous < 0n ? -previous : previous;
  return { amount: current - previous, percentText: percentText(current - previous, base) };
}

function series(reports: readonly ReportFigures[]): TrendPoint[] {
  const sorted = sortByPeriod(reports);
  return sorted.map((r, i) => {
    const prev = sorted[i - 1];
    return {
      ...r,
      change: prev
        ? {
            revenue: change(r.revenue, prev.revenue),
            costs: change(r.costs, prev.costs),
            netResult: change(r.netResult, prev.netResult),
            assets: change(r.assets, prev.assets),
          }
        : null,
    };
  });
}

/** The two series (semesters, years) with their changes, the latest report and PADes. */
export function reportTrend(reports: readonly ReportFigures[]): ReportTrend {
  const sorted = sortByPeriod(reports);
  const pades = padesByYear(reports);
  return {
    semester: series(reports.filter((r) => r.period.kind === 'semester')),
    tahun: series(reports.filter((r) => r.period.kind === 'tahun')),
    latest: sorted.at(-1) ?? null,
    padesByYear: [...pades].map(([year, amount]) => ({ year, amount })),
    padesTotal: sumRupiah(pades.values()),
  };
}

/* ——— Performance ——— */

export const PERFORMANCES = ['belum_melapor', 'rugi', 'impas', 'laba'] as const;
export type Performance = (typeof PERFORMANCES)[number];

/**
 * The system's own classes, not the ministry's ranking (perintis/pemula/berkembang/maju, whose
 * criteria are not verified): whether the enterprise reported lately and what its latest report
 * says.
 */
export const PERFORMANCE_LABELS: Record<Performance, string> = {
  belum_melapor: 'Belum melapor',
  rugi: 'Rugi',
  impas: 'Impas',
  laba: 'Laba',
};

/** The semesters that have ended by `today`, newest first: the last two. */
export function lastEndedSemesters(today: string): [ReportPeriod, ReportPeriod] {
  const year = Number(today.slice(0, 4));
  const latest = today >= `${year}-07-01` ? periodOf(year, 1) : periodOf(year - 1, 2);
  const before = latest.semester === 1 ? periodOf(year - 1, 2) : periodOf(year - 1, 1);
  return [latest, before];
}

/**
 * `belum_melapor` when no report covers either of the last two semesters that have ended (a
 * semester report, or a year holding one; an early report of the running period counts too);
 * otherwise by the latest report's net result: `rugi` (< 0), `impas` (0), `laba` (> 0).
 */
export function performance(
  reports: readonly Pick<ReportFigures, 'period' | 'netResult'>[],
  today: string,
): Performance {
  const [, older] = lastEndedSemesters(today);
  const recent = reports.filter((r) => r.period.end >= older.start);
  if (recent.length === 0) return 'belum_melapor';
  const latest = sortByPeriod(reports).at(-1)!;
  return latest.netResult < 0n ? 'rugi' : latest.netResult === 0n ? 'impas' : 'laba';
}
