import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumRupiah } from '../money/rupiah.ts';
import {
  businessDashboard,
  type DashboardCapitalRow,
  type DashboardEnterpriseRow,
  type DashboardReportRow,
} from './business-dashboard.ts';
import { parsePeriod } from './report.ts';

const TAMBAKREJA = '3301012001';
const KEDUNGREJA = '3301012002';
const BUMIREJA = '3301022001';
const K1 = 'kawasan-1';

const enterprise = (id: string, over: Partial<DashboardEnterpriseRow> = {}): DashboardEnterpriseRow => ({
  id,
  name: `BUM Desa ${id}`,
  kind: 'bumdes',
  legalStatus: 'berbadan_hukum',
  activity: 'aktif',
  desaCodes: [TAMBAKREJA],
  kawasanIds: [],
  ...over,
});

const report = (
  enterpriseId: string,
  code: string,
  revenue: bigint,
  costs: bigint,
  splitPades = 0n,
  workers = 2,
  womenWorkers: number | null = 1,
): DashboardReportRow => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(code);
  return {
    enterpriseId,
    period: parsed.period,
    revenue,
    costs,
    netResult: revenue - costs,
    assets: 0n,
    workers,
    womenWorkers,
    splitPades,
  };
};

const capital = (
  enterpriseId: string,
  source: string,
  amount: bigint,
  receivedOn: string,
): DashboardCapitalRow => ({
  enterpriseId,
  source,
  form: 'penyertaan_modal',
  amount,
  receivedOn,
  unitId: null,
});

describe('businessDashboard on a fixture place', () => {
  const enterprises = [
    enterprise('b', { name: 'BUM Desa Maju Tambakreja', kawasanIds: [K1] }),
    enterprise('a', {
      name: 'BUM Desa Bersama Sejahtera',
      kind: 'bumdesma',
      desaCodes: [TAMBAKREJA, KEDUNGREJA, BUMIREJA],
      kawasanIds: [K1],
      legalStatus: 'nama_disetujui',
    }),
    enterprise('c', {
      name: 'Koperasi Merah Putih Bumireja',
      kind: 'koperasi_merah_putih',
      desaCodes: [BUMIREJA],
      activity: 'tidak_aktif',
      legalStatus: 'belum_terdaftar',
    }),
  ];
  const reports = [
    // b: semesters and the year 2025; the year's figures count, not the semesters'.
    report('b', '2025-S1', 10_000_000n, 6_000_000n, 1_000_000n),
    report('b', '2025-S2', 12_000_000n, 7_000_000n, 2_000_000n),
    report('b', '2025', 22_000_000n, 13_000_000n, 3_000_000n, 5, 2),
    report('b', '2026-S1', 9_000_000n, 8_000_000n, 500_000n, 6, 3),
    // a: a loss in the last semester that ended.
    report('a', '2026-S1', 4_000_000n, 5_000_000n, 0n, 4, null),
    // c: only an old report.
    report('c', '2024', 1_000_000n, 1_000_000n, 0n, 1, 0),
  ];
  const rows = [
    capital('b', 'dana_desa', 50_000_000n, '2024-03-01'),
    capital('b', 'mitra', 25_000_000n, '2025-02-01'),
    capital('a', 'apbd_kabupaten', 100_000_000n, '2025-05-05'),
    capital('a', 'dana_desa', 30_000_000n, '2025-05-06'),
    capital('zzz', 'apbn', 999n, '2025-01-01'), // not an enterprise of the place
  ];
  const view = businessDashboard({ enterprises, reports, capital: rows, today: '2026-08-15' });

  it('counts enterprises by kind, legal status, activity and performance, every code in order', () => {
    expect(view.enterprises).toBe(3);
    expect(view.byKind).toEqual([
      { code: 'bumdes', count: 1 },
      { code: 'bumdesma', count: 1 },
      { code: 'koperasi', count: 0 },
      { code: 'koperasi_merah_putih', count: 1 },
      { code: 'kelompok_usaha', count: 0 },
    ]);
    expect(view.byLegalStatus.map((c) => c.count)).toEqual([1, 0, 1, 0, 1]);
    expect(view.byActivity).toEqual([
      { code: 'aktif', count: 2 },
      { code: 'tidak_aktif', count: 1 },
    ]);
    expect(view.byPerformance).toEqual([
      { code: 'belum_melapor', count: 1 },
      { code: 'rugi', count: 1 },
      { code: 'impas', count: 0 },
      { code: 'laba', count: 1 },
    ]);
  });

  it('lists every enterprise by name with its latest result, PADes and capital', () => {
    expect(
      view.lines.map((l) => [l.id, l.performance, l.latestPeriod, l.latestNetResult, l.workers]),
    ).toEqual([
      ['a', 'rugi', '2026-S1', -1_000_000n, 4],
      ['b', 'laba', '2026-S1', 1_000_000n, 6],
      ['c', 'belum_melapor', '2024', 0n, 1],
    ]);
    expect(view.lines.map((l) => [l.padesTotal, l.capitalTotal])).toEqual([
      [0n, 130_000_000n],
      [3_500_000n, 75_000_000n],
      [0n, 0n],
    ]);
  });

  it('breaks down by founding desa, kecamatan and kawasan', () => {
    expect(view.byDesa.map((d) => [d.key, d.enterprises, d.active, d.workers, d.padesTotal])).toEqual([
      [TAMBAKREJA, 2, 2, 10, 3_500_000n],
      [KEDUNGREJA, 1, 1, 4, 0n],
      [BUMIREJA, 2, 1, 5, 0n],
    ]);
    expect(view.byKecamatan.map((d) => [d.key, d.enterprises, d.legalEntities, d.capitalTotal])).toEqual([
      ['330101', 2, 1, 205_000_000n],
      ['330102', 2, 0, 130_000_000n],
    ]);
    expect(view.byKawasan).toEqual([
      {
        key: K1,
        enterprises: 2,
        active: 2,
        legalEntities: 1,
        byPerformance: { belum_melapor: 0, rugi: 1, impas: 0, laba: 1 },
        workers: 10,
        padesTotal: 3_500_000n,
        capitalTotal: 205_000_000n,
      },
    ]);
  });

  it('sums each year once per enterprise and PADes exactly', () => {
    expect(view.years).toEqual([
      { year: 2024, enterprises: 1, revenue: 1_000_000n, costs: 1_000_000n, netResult: 0n, pades: 0n },
      {
        year: 2025,
        enterprises: 1,
        revenue: 22_000_000n,
        costs: 13_000_000n,
        netResult: 9_000_000n,
        pades: 3_000_000n,
      },
      {
        year: 2026,
        enterprises: 2,
        revenue: 13_000_000n,
        costs: 13_000_000n,
        netResult: 0n,
        pades: 500_000n,
      },
    ]);
    expect(view.padesTotal).toBe(3_500_000n);
  });

  it('gives capital by source (every source) and by year, leaving out other enterprises', () => {
    expect(view.capital.total).toBe(205_000_000n);
    expect(view.capital.bySource).toEqual([
      { source: 'apbn', amount: 0n },
      { source: 'apbd_provinsi', amount: 0n },
      { source: 'apbd_kabupaten', amount: 100_000_000n },
      { source: 'dana_desa', amount: 80_000_000n },
      { source: 'mitra', amount: 25_000_000n },
      { source: 'masyarakat', amount: 0n },
    ]);
    expect(
      view.capital.byYear.map((y) => [
        y.year,
        y.total,
        y.bySource.find((s) => s.source === 'dana_desa')!.amount,
      ]),
    ).toEqual([
      [2024, 50_000_000n, 50_000_000n],
      [2025, 155_000_000n, 30_000_000n],
    ]);
  });

  it('counts workers from each latest report', () => {
    expect(view.workers).toEqual({ total: 11, women: 3, reporting: 3 });
  });

  it('gives the same answer whatever order the rows come in', () => {
    const again = businessDashboard({
      enterprises: [...enterprises].reverse(),
      reports: [...reports].reverse(),
      capital: [...rows].reverse(),
      today: '2026-08-15',
    });
    expect(again).toEqual(view);
  });
});

describe('businessDashboard money is exact (property)', () => {
  it('PADes and capital totals equal the bigint sums of the rows, beyond float precision', () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 15n });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('e1', 'e2', 'e3'), fc.integer({ min: 2015, max: 2026 }), amount), {
          maxLength: 40,
        }),
        fc.array(
          fc.tuple(fc.constantFrom('e1', 'e2', 'e3'), fc.constantFrom('apbn', 'dana_desa', 'mitra'), amount),
          {
            maxLength: 40,
          },
        ),
        (reportRows, capitalRows) => {
          // One annual report per enterprise and year (the last one given wins, as a replace would).
          const kept = new Map<string, [string, number, bigint]>();
          for (const r of reportRows) kept.set(`${r[0]}:${r[1]}`, r);
          const reports = [...kept.values()].map(([id, year, pades]) =>
            report(id, String(year), pades + 1n, 1n, pades),
          );
          const capitalList = capitalRows.map(([id, source, value]) =>
            capital(id, source, value, '2025-01-01'),
          );
          const view = businessDashboard({
            enterprises: ['e1', 'e2', 'e3'].map((id) => enterprise(id)),
            reports,
            capital: capitalList,
            today: '2026-08-15',
          });
          expect(view.padesTotal).toBe(sumRupiah(reports.map((r) => r.splitPades)));
          expect(sumRupiah(view.years.map((y) => y.pades))).toBe(view.padesTotal);
          expect(view.capital.total).toBe(sumRupiah(capitalList.map((c) => c.amount)));
          expect(sumRupiah(view.capital.bySource.map((s) => s.amount))).toBe(view.capital.total);
        },
      ),
    );
  });
});
