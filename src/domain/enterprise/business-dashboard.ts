/**
 * The business dashboard of a region or kawasan, aggregated over plain rows the service reads:
 * the enterprises of the place by kind, legal status, activity and performance; a breakdown per
 * founding desa, kecamatan and kawasan; the figures and PADes contribution per year; capital by
 * source and year; workers. Pure and exact: money is summed as bigint, the order of every list is
 * fixed (vocabulary order, then codes, then names), so the same rows always give the same answer.
 *
 * - An enterprise counts once in the totals, and once in each desa, kecamatan and kawasan of the
 *   place it belongs to (a BUM Desa Bersama of three desa shows in all three).
 * - Per year, each enterprise's figures are its annual report's, else the sum of its semester
 *   reports (report.ts `yearTotals`), so a year reported both ways is not counted twice.
 * - Workers and the latest result come from each enterprise's latest report.
 * - Performance is the system's own class (report.ts `performance`), not the ministry's ranking.
 */
import { sumRupiah } from '../money/rupiah.ts';
import { type CapitalRow, capitalSummary } from './capital.ts';
import {
  PERFORMANCES,
  type Performance,
  performance,
  type ReportFigures,
  sortByPeriod,
  yearTotals,
} from './report.ts';
import { ACTIVITY, CAPITAL_SOURCES, ENTERPRISE_KINDS, LEGAL_STATUSES } from './vocabulary.ts';

/** One enterprise of the place. */
export interface DashboardEnterpriseRow {
  id: string;
  name: string;
  kind: string;
  legalStatus: string;
  activity: string;
  /** Its founding desa that lie in the place (all of them for a region holding them all). */
  desaCodes: readonly string[];
  /** The kawasan of the place it belongs to: linked to, or holding one of its founding desa. */
  kawasanIds: readonly string[];
}

export interface DashboardReportRow extends ReportFigures {
  enterpriseId: string;
  womenWorkers: number | null;
}

export interface DashboardCapitalRow extends CapitalRow {
  enterpriseId: string;
}

export interface DashboardInput {
  enterprises: readonly DashboardEnterpriseRow[];
  reports: readonly DashboardReportRow[];
  capital: readonly DashboardCapitalRow[];
  /** `YYYY-MM-DD` (WIB), for the performance class. */
  today: string;
}

export interface CodeCount {
  code: string;
  count: number;
}

export interface PlaceBreakdown {
  /** Desa or kecamatan code, or kawasan id. */
  key: string;
  enterprises: number;
  active: number;
  legalEntities: number;
  byPerformance: Record<Performance, number>;
  /** From each enterprise's latest report. */
  workers: number;
  padesTotal: bigint;
  capitalTotal: bigint;
}

export interface EnterpriseLine {
  id: string;
  name: string;
  kind: string;
  legalStatus: string;
  activity: string;
  performance: Performance;
  latestPeriod: string | null;
  latestNetResult: bigint | null;
  workers: number | null;
  padesTotal: bigint;
  capitalTotal: bigint;
}

export interface BusinessDashboard {
  enterprises: number;
  byKind: CodeCount[];
  byLegalStatus: CodeCount[];
  byActivity: CodeCount[];
  byPerformance: CodeCount[];
  byDesa: PlaceBreakdown[];
  byKecamatan: PlaceBreakdown[];
  byKawasan: PlaceBreakdown[];
  /** Per year: the sums of the enterprises' year figures, with how many enterprises reported. */
  years: {
    year: number;
    enterprises: number;
    revenue: bigint;
    costs: bigint;
    netResult: bigint;
    pades: bigint;
  }[];
  padesTotal: bigint;
  capital: {
    total: bigint;
    /** Every source, in vocabulary order (zero included), then unknown codes. */
    bySource: { source: string; amount: bigint }[];
    byYear: { year: number; total: bigint; bySource: { source: string; amount: bigint }[] }[];
  };
  workers: { total: number; women: number; reporting: number };
  /** Every enterprise, by name then id. */
  lines: EnterpriseLine[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts per code: every code of `vocabulary` in its order (zeros included), then unknown codes. */
function countBy(values: readonly string[], vocabulary: readonly string[]): CodeCount[] {
  const counts = new Map<string, number>(vocabulary.map((c) => [c, 0]));
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const extra = [...counts.keys()].filter((k) => !vocabulary.includes(k)).sort(byText);
  return [...vocabulary, ...extra].map((code) => ({ code, count: counts.get(code)! }));
}

function withEverySource(rows: readonly { source: string; amount: bigint }[]) {
  const amounts = new Map(rows.map((r) => [r.source, r.amount]));
  const extra = rows.map((r) => r.source).filter((s) => !(CAPITAL_SOURCES as readonly string[]).includes(s));
  return [...CAPITAL_SOURCES, ...extra].map((source) => ({ source, amount: amounts.get(source) ?? 0n }));
}

function group<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key) ?? [];
    list.push(item);
    map.set(key, list);
  }
  return map;
}

/** The dashboard of the place (see the module comment). */
export function businessDashboard(input: DashboardInput): BusinessDashboard {
  const reportsOf = group(input.reports, (r) => r.enterpriseId);
  const capitalOf = group(input.capital, (c) => c.enterpriseId);
  const ids = new Set(input.enterprises.map((e) => e.id));

  const lines: EnterpriseLine[] = input.enterprises
    .map((e) => {
      const reports = reportsOf.get(e.id) ?? [];
      const latest = sortByPeriod(reports).at(-1) ?? null;
      return {
        id: e.id,
        name: e.name,
        kind: e.kind,
        legalStatus: e.legalStatus,
        activity: e.activity,
        performance: performance(reports, input.today),
        latestPeriod: latest?.period.code ?? null,
        latestNetResult: latest?.netResult ?? null,
        workers: latest?.workers ?? null,
        padesTotal: sumRupiah(yearTotals(reports).map((t) => t.splitPades)),
        capitalTotal: sumRupiah((capitalOf.get(e.id) ?? []).map((c) => c.amount)),
      };
    })
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  const lineOf = new Map(lines.map((l) => [l.id, l]));

  const breakdown = (keysOf: (e: DashboardEnterpriseRow) => readonly string[]): PlaceBreakdown[] => {
    const members = new Map<string, EnterpriseLine[]>();
    for (const e of input.enterprises) {
      for (const key of new Set(keysOf(e))) {
        const list = members.get(key) ?? [];
        list.push(lineOf.get(e.id)!);
        members.set(key, list);
      }
    }
    return [...members.keys()].sort(byText).map((key) => {
      const list = members.get(key)!;
      const byPerformance = Object.fromEntries(PERFORMANCES.map((p) => [p, 0])) as Record<
        Performance,
        number
      >;
      for (const l of list) byPerformance[l.performance] += 1;
      return {
        key,
        enterprises: list.length,
        active: list.filter((l) => l.activity === 'aktif').length,
        legalEntities: list.filter((l) => l.legalStatus === 'berbadan_hukum').length,
        byPerformance,
        workers: list.reduce((n, l) => n + (l.workers ?? 0), 0),
        padesTotal: sumRupiah(list.map((l) => l.padesTotal)),
        capitalTotal: sumRupiah(list.map((l) => l.capitalTotal)),
      };
    });
  };

  const years = new Map<number, BusinessDashboard['years'][number]>();
  for (const e of input.enterprises) {
    for (const t of yearTotals(reportsOf.get(e.id) ?? [])) {
      const y = years.get(t.year) ?? {
        year: t.year,
        enterprises: 0,
        revenue: 0n,
        costs: 0n,
        netResult: 0n,
        pades: 0n,
      };
      years.set(t.year, {
        year: t.year,
        enterprises: y.enterprises + 1,
        revenue: y.revenue + t.revenue,
        costs: y.costs + t.costs,
        netResult: y.netResult + t.netResult,
        pades: y.pades + t.splitPades,
      });
    }
  }

  const capitalRows = input.capital.filter((c) => ids.has(c.enterpriseId));
  const summary = capitalSummary(capitalRows);
  const capitalYears = group(capitalRows, (c) => c.receivedOn.slice(0, 4));

  let women = 0;
  let reporting = 0;
  for (const e of input.enterprises) {
    const latest = sortByPeriod(reportsOf.get(e.id) ?? []).at(-1);
    if (!latest) continue;
    reporting += 1;
    women += latest.womenWorkers ?? 0;
  }

  return {
    enterprises: input.enterprises.length,
    byKind: countBy(
      input.enterprises.map((e) => e.kind),
      ENTERPRISE_KINDS,
    ),
    byLegalStatus: countBy(
      input.enterprises.map((e) => e.legalStatus),
      LEGAL_STATUSES,
    ),
    byActivity: countBy(
      input.enterprises.map((e) => e.activity),
      ACTIVITY,
    ),
    byPerformance: countBy(
      lines.map((l) => l.performance),
      PERFORMANCES,
    ),
    byDesa: breakdown((e) => e.desaCodes),
    byKecamatan: breakdown((e) => e.desaCodes.map((c) => c.slice(0, 6))),
    byKawasan: breakdown((e) => e.kawasanIds),
    years: [...years.values()].sort((a, b) => a.year - b.year),
    padesTotal: sumRupiah(lines.map((l) => l.padesTotal)),
    capital: {
      total: summary.total,
      bySource: withEverySource(summary.bySource),
      byYear: [...capitalYears.keys()].sort(byText).map((year) => {
        const s = capitalSummary(capitalYears.get(year)!);
        return { year: Number(year), total: s.total, bySource: withEverySource(s.bySource) };
      }),
    },
    workers: { total: lines.reduce((n, l) => n + (l.workers ?? 0), 0), women, reporting },
    lines,
  };
}
