/**
 * The Laporan tab as values: the periods a report may be entered for, the report form and its
 * checks (the domain's own, report.ts `checkReport`), the live state of the split of the net
 * result as the user types ("kurang Rp500.000", "lebih …", "pas"), and the widths of the trend
 * bars. Amounts stay text as typed ("1.500.000") and are read with the domain's parseRupiah, so
 * nothing about money passes through a float.
 */
import type { ReportBody } from '../../../contracts/enterprise-report.contract';
import {
  checkReport,
  entryOpensOn,
  parsePeriod,
  type ReportInput,
  type ReportPeriod,
} from '../../../domain/enterprise/report';
import { formatRupiah, parseRupiah } from '../../../domain/money/rupiah';
import { type Issue, type SortedIssues, sortIssues } from '../pelatihan/pelatihan-forms';

/** The report form, every field as typed. */
export interface ReportValues {
  period: string;
  revenue: string;
  costs: string;
  assets: string;
  workers: string;
  womenWorkers: string;
  splitPades: string;
  splitCapital: string;
  splitOther: string;
  splitOtherNote: string;
  decidedOn: string;
}

export function emptyReportValues(period: string): ReportValues {
  return {
    period,
    revenue: '',
    costs: '',
    assets: '',
    workers: '',
    womenWorkers: '',
    splitPades: '',
    splitCapital: '',
    splitOther: '',
    splitOtherNote: '',
    decidedOn: '',
  };
}

/** Digits of an amount (`"1500000"`) written the Indonesian way for a form field (`"1.500.000"`). */
export function amountText(digits: string | null | undefined): string {
  if (digits === null || digits === undefined || !/^-?\d+$/.test(digits)) return '';
  return formatRupiah(BigInt(digits)).replace('Rp', '');
}

/** What a stored report gives the form to correct it. */
export interface StoredReportFields {
  period: string;
  revenue: string;
  costs: string;
  assets: string;
  workers: number;
  womenWorkers: number | null;
  splitPades: string;
  splitCapital: string;
  splitOther: string;
  splitOtherNote: string;
  decidedOn: string | null;
}

export function reportValuesOf(r: StoredReportFields): ReportValues {
  const zeroBlank = (digits: string) => (digits === '0' ? '' : amountText(digits));
  return {
    period: r.period,
    revenue: amountText(r.revenue),
    costs: amountText(r.costs),
    assets: amountText(r.assets),
    workers: String(r.workers),
    womenWorkers: r.womenWorkers === null ? '' : String(r.womenWorkers),
    splitPades: zeroBlank(r.splitPades),
    splitCapital: zeroBlank(r.splitCapital),
    splitOther: zeroBlank(r.splitOther),
    splitOtherNote: r.splitOtherNote,
    decidedOn: r.decidedOn ?? '',
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** What the domain checks and the server reads: the amounts as typed, counts as numbers when they are. */
export function reportInput(values: ReportValues): ReportInput {
  const count = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : blankToNull(text));
  return {
    revenue: values.revenue.trim(),
    costs: values.costs.trim(),
    assets: values.assets.trim(),
    workers: count(values.workers),
    womenWorkers: count(values.womenWorkers),
    split: {
      pades: blankToNull(values.splitPades),
      capital: blankToNull(values.splitCapital),
      other: blankToNull(values.splitOther),
      otherNote: values.splitOtherNote.trim(),
      decidedOn: blankToNull(values.decidedOn),
    },
  };
}

/**
 * The request body of `PUT …/laporan/:period`: amounts as the user typed them (the server reads
 * "1.500.000" and "1500000" alike), blanks of the split as zero. Sent after reportFormIssues found
 * nothing, so the counts are whole numbers.
 */
export function reportBody(values: ReportValues): ReportBody {
  const amount = (text: string) => (text.trim() === '' ? '0' : text.trim());
  // Sent only once the domain has accepted the counts (whole numbers ≥ 0).
  const count = (text: string) => Number(text.trim());
  return {
    revenue: values.revenue.trim(),
    costs: values.costs.trim(),
    assets: values.assets.trim(),
    workers: count(values.workers),
    womenWorkers: values.womenWorkers.trim() === '' ? null : count(values.womenWorkers),
    split: {
      pades: amount(values.splitPades),
      capital: amount(values.splitCapital),
      other: amount(values.splitOther),
      otherNote: values.splitOtherNote.trim(),
      decidedOn: blankToNull(values.decidedOn),
    },
  };
}

/** The form fields, as issues of the domain and the server name them. */
const FIELD_OF: Record<string, string> = {
  period: 'period',
  revenue: 'revenue',
  costs: 'costs',
  assets: 'assets',
  netResult: 'revenue',
  workers: 'workers',
  womenWorkers: 'womenWorkers',
  split: 'split',
  'split.pades': 'splitPades',
  'split.capital': 'splitCapital',
  'split.other': 'splitOther',
  'split.otherNote': 'splitOtherNote',
  'split.decidedOn': 'decidedOn',
};

/**
 * Where an issue goes on the form: its field, `split` for the sum of the split (shown under the
 * split), or null (shown above the form).
 */
export function reportFieldOf(path: string): string | null {
  const field = path.replace(/^(body|report)\./, '');
  return FIELD_OF[field] ?? null;
}

/** The domain's issues of the form on `today` (WIB), sorted into its fields. */
export function reportFormIssues(values: ReportValues, today: string): SortedIssues {
  const parsed = parsePeriod(values.period);
  if (!parsed.ok) return sortIssues([parsed.issue], reportFieldOf);
  const check = checkReport(parsed.period, reportInput(values), today);
  return sortIssues(check.ok ? [] : (check.issues as Issue[]), reportFieldOf);
}

/* ——— The split, live ——— */

export type SplitState =
  /** Revenue or costs not (yet) amounts: nothing to compare with. */
  | { kind: 'incomplete' }
  /** A net result above zero, split exactly. */
  | { kind: 'pas'; net: bigint; total: bigint }
  | { kind: 'kurang'; net: bigint; total: bigint; difference: bigint }
  | { kind: 'lebih'; net: bigint; total: bigint; difference: bigint }
  /** A net result of zero or less, nothing split: as it should be. */
  | { kind: 'nothingToSplit'; net: bigint }
  /** A net result of zero or less with a split: refused. */
  | { kind: 'notSplittable'; net: bigint; total: bigint };

/**
 * How the split stands against the net result (revenue − costs), exactly: what the domain refuses
 * on saving, shown while the user types. A split amount that is not yet an amount counts as
 * unknown, so the state waits for it.
 */
export function splitState(values: ReportValues): SplitState {
  const amount = (text: string, optional: boolean): bigint | null => {
    if (optional && text.trim() === '') return 0n;
    const parsed = parseRupiah(text, 'x');
    return parsed.ok ? parsed.value : null;
  };
  const revenue = amount(values.revenue, false);
  const costs = amount(values.costs, false);
  const parts = [values.splitPades, values.splitCapital, values.splitOther].map((t) => amount(t, true));
  if (revenue === null || costs === null || parts.some((p) => p === null)) return { kind: 'incomplete' };
  const net = revenue - costs;
  const total = (parts as bigint[]).reduce((a, b) => a + b, 0n);
  if (net <= 0n)
    return total === 0n ? { kind: 'nothingToSplit', net } : { kind: 'notSplittable', net, total };
  if (total === net) return { kind: 'pas', net, total };
  return total < net
    ? { kind: 'kurang', net, total, difference: net - total }
    : { kind: 'lebih', net, total, difference: total - net };
}

/** Mantine colour of a split state. */
export function splitColor(state: SplitState): string {
  switch (state.kind) {
    case 'pas':
    case 'nothingToSplit':
      return 'teal';
    case 'incomplete':
      return 'gray';
    default:
      return 'red';
  }
}

/* ——— Periods ——— */

/** `2026-S1` or `2026` from a year and a kind of period (`S1`, `S2`, `tahun`). */
export function periodCode(year: number, part: 'S1' | 'S2' | 'tahun'): string {
  return part === 'tahun' ? String(year) : `${year}-${part}`;
}

/**
 * The periods a report may be entered for on `today`, newest first: every semester and year of
 * the last `years` years whose last month has begun (report.ts `entryOpensOn`).
 */
export function openPeriods(today: string, years = 6): ReportPeriod[] {
  const year = Number(today.slice(0, 4));
  const out: ReportPeriod[] = [];
  for (let y = year; y > year - years; y--) {
    for (const code of [String(y), `${y}-S2`, `${y}-S1`]) {
      const parsed = parsePeriod(code);
      if (parsed.ok && entryOpensOn(parsed.period) <= today) out.push(parsed.period);
    }
  }
  return out;
}

/** Periods offered by the server, newest first (the one most often reported comes first). */
export function newestFirst<T extends { period: string }>(periods: readonly T[]): T[] {
  const key = (code: string) => {
    const parsed = parsePeriod(code);
    return parsed.ok ? parsed.period.year * 10 + (parsed.period.semester ?? 3) : -1;
  };
  return [...periods].sort((a, b) => key(b.period) - key(a.period));
}

/* ——— Trend bars ——— */

const abs = (v: bigint) => (v < 0n ? -v : v);

/**
 * The width of an amount's bar in whole percent of the largest absolute amount shown (0–100):
 * exact bigint arithmetic; an amount above zero always shows at least a sliver.
 */
export function amountBarPercent(digits: string, largest: bigint): number {
  if (!/^-?\d+$/.test(digits) || largest <= 0n) return 0;
  const value = abs(BigInt(digits));
  if (value === 0n) return 0;
  const percent = (value * 100n) / largest;
  return Math.max(2, Math.min(100, Number(percent)));
}

/** The largest absolute amount among `digits` (0 when none). */
export function largestAmount(digits: readonly string[]): bigint {
  let largest = 0n;
  for (const d of digits)
    if (/^-?\d+$/.test(d)) largest = abs(BigInt(d)) > largest ? abs(BigInt(d)) : largest;
  return largest;
}

/** `"Rp1.500.000"` from digits (`"-"` when absent). */
export function rupiahText(digits: string | null | undefined): string {
  if (digits === null || digits === undefined || !/^-?\d+$/.test(digits)) return '–';
  return formatRupiah(BigInt(digits));
}
