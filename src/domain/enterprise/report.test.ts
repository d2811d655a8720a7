import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumRupiah } from '../money/rupiah.ts';
import {
  annualConsistencyWarnings,
  checkReport,
  comparePeriods,
  entryOpensOn,
  lastEndedSemesters,
  padesByYear,
  parsePeriod,
  parsePeriodText,
  performance,
  type ReportFigures,
  type ReportInput,
  type ReportPeriod,
  reportTrend,
} from './report.ts';

const period = (code: string): ReportPeriod => {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new Error(parsed.issue.message);
  return parsed.period;
};

describe('periods', () => {
  it.each([
    ['2026-S1', 'semester', 'Semester I 2026', '2026-01-01', '2026-06-30'],
    ['2026-S2', 'semester', 'Semester II 2026', '2026-07-01', '2026-12-31'],
    ['2026', 'tahun', 'Tahun 2026', '2026-01-01', '2026-12-31'],
    [' 2024 ', 'tahun', 'Tahun 2024', '2024-01-01', '2024-12-31'],
  ])('%j is %s "%s" from %s to %s', (code, kind, label, start, end) => {
    expect(period(code)).toMatchObject({ kind, label, start, end });
  });

  it.each([
    ['2026-S3', 'tidak dikenal'],
    ['2026-s1', 'tidak dikenal'],
    ['26-S1', 'tidak dikenal'],
    ['Semester I 2026', 'tidak dikenal'],
    ['1999', 'paling awal 2000'],
    ['', 'tidak dikenal'],
  ])('refuses %j (%s)', (code, message) => {
    const parsed = parsePeriod(code);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.issue).toMatchObject({ field: 'period', message: expect.stringContaining(message) });
  });

  it.each([
    ['2026-S1', '2026-S1'],
    ['Semester I 2026', '2026-S1'],
    ['semester 2 2026', '2026-S2'],
    ['SEMESTER II/2026', '2026-S2'],
    ['S1 2026', '2026-S1'],
    ['Sem. II 2025', '2025-S2'],
    ['2026 S2', '2026-S2'],
    ['2026-s1', '2026-S1'],
    ['Tahun 2025', '2025'],
    ['Tahunan 2025', '2025'],
    ['2025', '2025'],
  ])('a sheet may write %j for %s', (text, code) => {
    const parsed = parsePeriodText(text);
    expect(parsed.ok && parsed.period.code).toBe(code);
  });

  it.each(['Semester III 2026', 'Triwulan I 2026', 'Juni 2026', 'S1'])('a sheet may not write %j', (text) => {
    expect(parsePeriodText(text).ok).toBe(false);
  });

  it('orders periods: semesters of a year, then the year, then the next year', () => {
    const codes = ['2026', '2025', '2026-S1', '2025-S2', '2025-S1', '2026-S2'];
    expect(
      codes
        .map(period)
        .sort(comparePeriods)
        .map((p) => p.code),
    ).toEqual(['2025-S1', '2025-S2', '2025', '2026-S1', '2026-S2', '2026']);
  });

  // The rule chosen: a report opens on the first day of its period's last month.
  it.each([
    ['2026-S1', '2026-05-31', false],
    ['2026-S1', '2026-06-01', true],
    ['2026-S1', '2027-03-01', true],
    ['2026-S2', '2026-11-30', false],
    ['2026-S2', '2026-12-01', true],
    ['2026', '2026-11-30', false],
    ['2026', '2026-12-01', true],
    ['2027-S1', '2026-12-31', false],
  ])('%s entered on %s: %s', (code, today, allowed) => {
    const check = checkReport(period(code), { revenue: 0, costs: 0, assets: 0, workers: 0 }, today);
    expect(check.ok).toBe(allowed);
    if (!check.ok) {
      expect(check.issues).toEqual([
        {
          field: 'period',
          message: expect.stringMatching(
            /^Laporan .+ baru dapat diisi mulai 1 (Juni|Desember) \d{4}, bulan terakhir periodenya\.$/,
          ),
        },
      ]);
    }
  });

  it('names the opening day', () => {
    expect([
      entryOpensOn(period('2026-S1')),
      entryOpensOn(period('2026-S2')),
      entryOpensOn(period('2026')),
    ]).toEqual(['2026-06-01', '2026-12-01', '2026-12-01']);
  });
});

const TODAY = '2026-08-15';
const base: ReportInput = {
  revenue: '25.000.000',
  costs: '15000000',
  assets: 'Rp 120.000.000',
  workers: 6,
  womenWorkers: 2,
  split: {
    pades: '4.000.000',
    capital: '5.000.000',
    other: '1.000.000',
    otherNote: 'Dana sosial',
    decidedOn: '2026-07-20',
  },
};
const check = (input: Partial<ReportInput>, code = '2026-S1') =>
  checkReport(period(code), { ...base, ...input }, TODAY);
const issuesOf = (input: Partial<ReportInput>, code?: string) => {
  const result = check(input, code);
  return result.ok ? [] : result.issues;
};

describe('checkReport', () => {
  it('keeps a report whose split adds up, computing the net result', () => {
    const result = check({});
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.draft).toMatchObject({
        revenue: 25_000_000n,
        costs: 15_000_000n,
        netResult: 10_000_000n,
        assets: 120_000_000n,
        workers: 6,
        womenWorkers: 2,
        splitPades: 4_000_000n,
        splitCapital: 5_000_000n,
        splitOther: 1_000_000n,
        splitOtherNote: 'Dana sosial',
        decidedOn: '2026-07-20',
      });
    }
  });

  it('keeps a positive result whose split is not decided yet (all parts zero)', () => {
    const result = check({ split: null });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.draft).toMatchObject({
        netResult: 10_000_000n,
        splitPades: 0n,
        splitCapital: 0n,
        splitOther: 0n,
      });
    }
  });

  it.each([
    [
      'split short',
      { split: { ...base.split, pades: '3.500.000' } },
      'split',
      'Pembagian hasil usaha Rp9.500.000 kurang Rp500.000 dari hasil usaha bersih Rp10.000.000.',
    ],
    [
      'split over',
      { split: { ...base.split, capital: '5.750.000' } },
      'split',
      'Pembagian hasil usaha Rp10.750.000 lebih Rp750.000 dari hasil usaha bersih Rp10.000.000.',
    ],
    [
      'a loss split',
      { costs: '27.000.000' },
      'split',
      'Hasil usaha bersih -Rp2.000.000 (rugi): tidak ada hasil usaha yang dibagi; kosongkan pembagian hasil usaha (Rp10.000.000).',
    ],
    [
      'a break-even split',
      { costs: 25_000_000, split: { pades: 1, decidedOn: '2026-07-01' } },
      'split',
      'Hasil usaha bersih Rp0 (impas): tidak ada hasil usaha yang dibagi; kosongkan pembagian hasil usaha (Rp1).',
    ],
    [
      'other without a note',
      { split: { ...base.split, otherNote: '  ' } },
      'split.otherNote',
      'Pembagian lain-lain Rp1.000.000 perlu keterangan penggunaannya.',
    ],
    [
      'no decision date',
      { split: { ...base.split, decidedOn: null } },
      'split.decidedOn',
      'Tanggal keputusan Musyawarah Desa/Musyawarah Antar Desa tentang pembagian hasil usaha wajib diisi.',
    ],
    [
      'a decision before the period',
      { split: { ...base.split, decidedOn: '2025-12-31' } },
      'split.decidedOn',
      'Tanggal keputusan 31 Desember 2025 sebelum awal Semester I 2026 (1 Januari 2026).',
    ],
    [
      'a decision after today',
      { split: { ...base.split, decidedOn: '2026-08-16' } },
      'split.decidedOn',
      'Tanggal keputusan 16 Agustus 2026 belum tiba.',
    ],
    [
      'a decision date that is no date',
      { split: { ...base.split, decidedOn: '2026-02-30' } },
      'split.decidedOn',
      'Tanggal keputusan "2026-02-30" tidak sah (YYYY-MM-DD).',
    ],
    [
      'a net result that differs',
      { netResult: '9.000.000' },
      'netResult',
      'Hasil usaha bersih yang diisi Rp9.000.000 tidak sama dengan pendapatan dikurangi biaya: Rp25.000.000 − Rp15.000.000 = Rp10.000.000.',
    ],
    ['negative costs', { costs: '-1' }, 'costs', 'Jumlah rupiah tidak boleh negatif.'],
    [
      'revenue with sen',
      { revenue: '25.000.000,50' },
      'revenue',
      'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.',
    ],
    [
      'revenue as a float',
      { revenue: 2.5e7 + 0.5 },
      'revenue',
      'Jumlah rupiah harus bilangan bulat (tanpa sen).',
    ],
    ['no assets', { assets: '' }, 'assets', 'Jumlah rupiah wajib diisi.'],
    [
      'workers below zero',
      { workers: -1 },
      'workers',
      'Jumlah tenaga kerja harus bilangan bulat 0 atau lebih.',
    ],
    [
      'fractional workers',
      { workers: 2.5 },
      'workers',
      'Jumlah tenaga kerja harus bilangan bulat 0 atau lebih.',
    ],
    [
      'more women than workers',
      { womenWorkers: 7 },
      'womenWorkers',
      'Tenaga kerja perempuan (7) tidak boleh lebih dari seluruh tenaga kerja (6).',
    ],
  ] as const)('%s → 400 on %s', (_name, input, field, message) => {
    expect(issuesOf(input as Partial<ReportInput>)).toEqual([{ field, message }]);
  });

  it('accepts a net result sent that matches, and a loss with no split', () => {
    expect(check({ netResult: 10_000_000 }).ok).toBe(true);
    const loss = check({ costs: '27.000.000', netResult: '-2.000.000', split: { decidedOn: null } });
    expect(loss.ok && loss.draft.netResult).toBe(-2_000_000n);
    const even = check({ costs: '25.000.000', split: undefined });
    expect(even.ok && [even.draft.netResult, even.draft.splitPades, even.draft.decidedOn]).toEqual([
      0n,
      0n,
      null,
    ]);
  });

  it('lists every problem at once', () => {
    const fields = issuesOf({
      revenue: 'banyak',
      workers: -2,
      split: { other: 5, decidedOn: '2020-01-01' },
    }).map((i) => i.field);
    expect(fields).toEqual(['revenue', 'workers', 'split.otherNote', 'split.decidedOn']);
  });

  it('an annual decision may come from any day of the year on', () => {
    expect(check({ split: { ...base.split, decidedOn: '2026-01-02' } }, '2026').ok).toBe(false); // not yet open in August
    const dec = checkReport(
      period('2025'),
      { ...base, split: { ...base.split, decidedOn: '2025-03-01' } },
      TODAY,
    );
    expect(dec.ok).toBe(true);
  });
});

const figures = (
  code: string,
  revenue: bigint,
  costs: bigint,
  splitPades = 0n,
  assets = 0n,
): ReportFigures => ({
  period: period(code),
  revenue,
  costs,
  netResult: revenue - costs,
  assets,
  workers: 3,
  splitPades,
});

describe('annual report next to its semesters', () => {
  it('warns when revenue or costs differ from the semester sums, and not otherwise', () => {
    const reports = [
      figures('2025-S1', 10_000_000n, 6_000_000n),
      figures('2025-S2', 12_000_000n, 7_000_000n),
      figures('2025', 22_500_000n, 13_000_000n),
      figures('2024-S1', 1n, 1n),
      figures('2024', 5n, 5n),
    ];
    expect(annualConsistencyWarnings(reports)).toEqual([
      {
        period: '2025',
        field: 'revenue',
        message:
          'Pendapatan Tahun 2025 Rp22.500.000 berbeda dari jumlah Semester I dan II Rp22.000.000 (selisih Rp500.000).',
      },
    ]);
    expect(
      annualConsistencyWarnings(
        reports.map((r) => (r.period.code === '2025' ? { ...r, revenue: 22_000_000n } : r)),
      ),
    ).toEqual([]);
  });
});

describe('reportTrend', () => {
  const reports = [
    figures('2025-S2', 12_000_000n, 7_000_000n, 2_000_000n, 100n),
    figures('2025-S1', 10_000_000n, 6_000_000n, 1_500_000n, 80n),
    figures('2026-S1', 9_000_000n, 10_000_000n, 0n, 80n),
    figures('2025', 22_000_000n, 13_000_000n, 3_000_000n, 100n),
    figures('2024', 8_000_000n, 8_000_000n, 0n, 50n),
  ];

  it('gives a series per kind with exact changes and percent text', () => {
    const trend = reportTrend(reports);
    expect(trend.semester.map((p) => p.period.code)).toEqual(['2025-S1', '2025-S2', '2026-S1']);
    expect(trend.semester[0]!.change).toBeNull();
    expect(trend.semester[1]!.change).toEqual({
      revenue: { amount: 2_000_000n, percentText: '20.0' },
      costs: { amount: 1_000_000n, percentText: '16.7' },
      netResult: { amount: 1_000_000n, percentText: '25.0' },
      assets: { amount: 20n, percentText: '25.0' },
    });
    // From +5.000.000 to −1.000.000: a fall of 6.000.000, 120 % of the earlier result's size.
    expect(trend.semester[2]!.change!.netResult).toEqual({ amount: -6_000_000n, percentText: '-120.0' });
    expect(trend.tahun.map((p) => p.period.code)).toEqual(['2024', '2025']);
    // 2024 broke even: no percent from zero.
    expect(trend.tahun[1]!.change!.netResult).toEqual({ amount: 9_000_000n, percentText: null });
    expect(trend.latest?.period.code).toBe('2026-S1');
  });

  it('counts PADes once per year: the annual report when there is one, else the semesters', () => {
    const trend = reportTrend(reports);
    expect(trend.padesByYear).toEqual([
      { year: 2024, amount: 0n },
      { year: 2025, amount: 3_000_000n },
      { year: 2026, amount: 0n },
    ]);
    expect(trend.padesTotal).toBe(3_000_000n);
    expect(padesByYear([figures('2027-S1', 5n, 1n, 4n), figures('2027-S2', 5n, 1n, 3n)]).get(2027)).toBe(7n);
    expect(reportTrend([])).toMatchObject({ semester: [], tahun: [], latest: null, padesTotal: 0n });
  });

  it('sums PADes exactly, far beyond float precision (property)', () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 15n });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 2000, max: 2030 }), amount), { maxLength: 30 }),
        (rows) => {
          const byYear = new Map<number, bigint>();
          for (const [year, pades] of rows) byYear.set(year, pades); // one annual report per year
          const reports = [...byYear].map(([year, pades]) => figures(String(year), pades, 0n, pades));
          expect(reportTrend(reports).padesTotal).toBe(sumRupiah(byYear.values()));
        },
      ),
    );
  });
});

describe('performance (the system’s own classes)', () => {
  it.each([
    ['2026-08-15', ['2026-S1', '2025-S2']],
    ['2026-07-01', ['2026-S1', '2025-S2']],
    ['2026-06-30', ['2025-S2', '2025-S1']],
    ['2026-01-01', ['2025-S2', '2025-S1']],
  ])('on %s the last two ended semesters are %j', (today, codes) => {
    expect(lastEndedSemesters(today).map((p) => p.code)).toEqual(codes);
  });

  const net = (code: string, netResult: bigint) => ({ period: period(code), netResult });
  it.each([
    ['no report at all', [], 'belum_melapor'],
    ['only old reports', [net('2024', 5n), net('2025-S1', 5n)], 'belum_melapor'],
    ['the last semester ended', [net('2026-S1', 5n)], 'laba'],
    ['the semester before', [net('2025-S2', -5n)], 'rugi'],
    ['the year holding it', [net('2025', 0n)], 'impas'],
    ['latest decides', [net('2025-S2', 9n), net('2026-S1', -1n)], 'rugi'],
    ['a year after its semester', [net('2025-S2', -9n), net('2025', 1n)], 'laba'],
  ] as const)('%s → %s', (_name, reports, expected) => {
    expect(performance(reports, '2026-08-15')).toBe(expected);
  });
});
