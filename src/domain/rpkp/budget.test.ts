import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  budgetByAgencyKind,
  budgetByFundingSource,
  budgetByProgramme,
  budgetByStage,
  budgetByYear,
  convergenceMatrix,
  FULL_PROGRESS,
  formatProgress,
  planProgress,
  totalBudget,
} from './budget.ts';
import { AGENCY_KINDS, FUNDING_SOURCES, type RpkpPlan, VALUE_CHAIN_STAGES } from './plan.ts';
import { activity, plan, programme } from './testing.ts';

/** Two above Number.MAX_SAFE_INTEGER: a float cannot hold it (it reads as …992). */
const HUGE = 9_007_199_254_740_993n;

const bigPlan: RpkpPlan = plan([
  programme('P1', [
    activity('A1', { budget: HUGE }),
    activity('A2', {
      year: 2027,
      stage: 'pengolahan',
      agencyKind: 'bumdes',
      agencyName: 'BUM Desa Bersama Getasan',
      fundingSource: 'bumdes',
      budget: 7n,
    }),
  ]),
  programme('P2', [
    activity('A3', {
      stage: 'hilir',
      agencyKind: 'kementerian',
      agencyName: 'Kementerian Desa',
      fundingSource: 'apbn',
      budget: HUGE,
    }),
    activity('A4', {
      agencyKind: 'desa',
      agencyName: 'Pemdes Sumogawe',
      fundingSource: 'dana_desa',
      budget: 1n,
    }),
  ]),
  programme('P3', []),
]);

const line = <K>(key: K, total: bigint, activityCount: number) => ({ key, total, activityCount });

describe('budget roll-ups', () => {
  it('sums exactly beyond Number.MAX_SAFE_INTEGER rupiah', () => {
    expect(totalBudget(bigPlan)).toBe(18_014_398_509_481_994n);
    // A float cannot hold these amounts, so a Number on the way would change the figures.
    expect(BigInt(Number(HUGE))).not.toBe(HUGE);
  });

  it('per programme, in plan order, with empty programmes', () => {
    expect(budgetByProgramme(bigPlan)).toEqual([
      line('P1', 9_007_199_254_741_000n, 2),
      line('P2', 9_007_199_254_740_994n, 2),
      line('P3', 0n, 0),
    ]);
  });

  it('per year, every year of the period', () => {
    expect(budgetByYear(bigPlan)).toEqual([
      line(2026, 18_014_398_509_481_987n, 3),
      line(2027, 7n, 1),
      line(2028, 0n, 0),
      line(2029, 0n, 0),
      line(2030, 0n, 0),
    ]);
  });

  it('per year keeps a year outside the period visible', () => {
    const p = plan([
      programme('P1', [activity('A1', { year: 2031, budget: 5n }), activity('A2', { year: 2025 })]),
    ]);
    expect(budgetByYear(p).map((l) => [l.key, l.total])).toEqual([
      [2025, 100_000_000n],
      [2026, 0n],
      [2027, 0n],
      [2028, 0n],
      [2029, 0n],
      [2030, 0n],
      [2031, 5n],
    ]);
  });

  it('per funding source, every source in order', () => {
    const bySource = budgetByFundingSource(bigPlan);
    expect(bySource.map((l) => l.key)).toEqual([...FUNDING_SOURCES]);
    expect(bySource).toEqual([
      line('apbn', HUGE, 1),
      line('apbd_provinsi', 0n, 0),
      line('apbd_kabupaten', HUGE, 1),
      line('dana_desa', 1n, 1),
      line('bumdes', 7n, 1),
      line('swasta', 0n, 0),
      line('lainnya', 0n, 0),
    ]);
  });

  it('per agency kind and per value-chain stage', () => {
    expect(budgetByAgencyKind(bigPlan)).toEqual([
      line('kementerian', HUGE, 1),
      line('provinsi', 0n, 0),
      line('kabupaten', HUGE, 1),
      line('desa', 1n, 1),
      line('bumdes', 7n, 1),
      line('mitra', 0n, 0),
    ]);
    expect(budgetByStage(bigPlan)).toEqual([
      line('hulu', HUGE + 1n, 2),
      line('pengolahan', 7n, 1),
      line('hilir', HUGE, 1),
      line('pendukung', 0n, 0),
    ]);
  });

  it('every roll-up adds up to the total', () => {
    const total = totalBudget(bigPlan);
    for (const lines of [
      budgetByProgramme(bigPlan),
      budgetByYear(bigPlan),
      budgetByFundingSource(bigPlan),
      budgetByAgencyKind(bigPlan),
      budgetByStage(bigPlan),
    ]) {
      expect(lines.reduce((s, l) => s + l.total, 0n)).toBe(total);
      expect(lines.reduce((s, l) => s + l.activityCount, 0)).toBe(4);
    }
  });
});

const twoActivities = (b1: bigint, p1: number, b2: bigint, p2: number) => {
  const p = plan([programme('P1', [activity('A1', { budget: b1 }), activity('A2', { budget: b2 })])]);
  return planProgress(
    p,
    new Map([
      ['A1', p1],
      ['A2', p2],
    ]),
  );
};

describe('progress weighted by budget', () => {
  // biome-ignore format: one rule per line reads as a table
  const CASES: [string, bigint, number, bigint, number, number][] = [
    ['weighted, not a plain mean', 300n, 10_000, 100n, 0, 7_500],
    ['equal budgets give the plain mean', 5n, 2_000, 5n, 4_000, 3_000],
    ['a third rounds down', 1n, 10_000, 2n, 0, 3_333],
    ['two thirds round down too', 2n, 10_000, 1n, 0, 6_666],
    ['all done is 100 %', 7n, 10_000, 9n, 10_000, 10_000],
    ['nothing started is 0', 7n, 0, 9n, 0, 0],
  ];

  it.each(CASES)('%s', (_label, b1, p1, b2, p2, expected) => {
    expect(twoActivities(b1, p1, b2, p2).basisPoints).toBe(expected);
  });

  it('never shows 100 % while a large activity is unfinished', () => {
    const result = twoActivities(HUGE, 10_000, 1n, 9_999);
    expect(result).toMatchObject({ basisPoints: 9_999, completedCount: 1, activityCount: 2 });
    expect(result.weighted).toBe(HUGE * 10_000n + 9_999n);
    expect(result.budget).toBe(HUGE + 1n);
  });

  it('counts an activity without a report as 0', () => {
    const p = plan([programme('P1', [activity('A1', { budget: 1n }), activity('A2', { budget: 3n })])]);
    expect(planProgress(p, new Map([['A1', 10_000]])).basisPoints).toBe(2_500);
    expect(planProgress(p, new Map()).basisPoints).toBe(0);
  });

  it('rounds the plan once, from exact sums, not from rounded programme figures', () => {
    const p = plan([
      programme('P1', [activity('A1', { budget: 1n }), activity('A2', { budget: 1n })]),
      programme('P2', [activity('A3', { budget: 1n }), activity('A4', { budget: 1n })]),
    ]);
    const result = planProgress(
      p,
      new Map([
        ['A1', 1],
        ['A2', 0],
        ['A3', 2],
        ['A4', 1],
      ]),
    );
    // P1 is 0.5 bp → 0, P2 is 1.5 bp → 1; their rounded mean would be 0.5 → 0, the exact one is 1.
    expect(result.programmes.map((x) => [x.programmeId, x.basisPoints])).toEqual([
      ['P1', 0],
      ['P2', 1],
    ]);
    expect(result).toMatchObject({ basisPoints: 1, weighted: 4n, budget: 4n });
  });

  it('rolls up programmes and the plan with budgets beyond the safe range', () => {
    const result = planProgress(
      bigPlan,
      new Map([
        ['A1', 10_000],
        ['A3', 5_000],
      ]),
    );
    expect(result.programmes).toEqual([
      {
        programmeId: 'P1',
        basisPoints: 9_999,
        weighted: 90_071_992_547_409_930_000n,
        budget: 9_007_199_254_741_000n,
        activityCount: 2,
        completedCount: 1,
      },
      {
        programmeId: 'P2',
        basisPoints: 4_999,
        weighted: 45_035_996_273_704_965_000n,
        budget: 9_007_199_254_740_994n,
        activityCount: 2,
        completedCount: 0,
      },
      { programmeId: 'P3', basisPoints: null, weighted: 0n, budget: 0n, activityCount: 0, completedCount: 0 },
    ]);
    expect(result).toMatchObject({
      basisPoints: 7_499,
      weighted: 135_107_988_821_114_895_000n,
      budget: 18_014_398_509_481_994n,
      activityCount: 4,
      completedCount: 1,
    });
  });

  it('has no progress for a plan without activities', () => {
    expect(planProgress(plan([]), new Map()).basisPoints).toBeNull();
  });

  it.each([-1, 10_001, 12.5, Number.NaN])('refuses a progress of %s', (value) => {
    const call = () => planProgress(plan(), new Map([['A1', value]]));
    expect(call).toThrow(AppError);
    expect(call).toThrow(/Kemajuan kegiatan A1 harus bilangan bulat 0–10000 basis poin/);
  });

  it('stays between the least and the most advanced activity, and is 100 % only when all are', () => {
    const item = fc.record({
      budget: fc.bigInt({ min: 1n, max: 10n ** 18n }),
      progress: fc.integer({ min: 0, max: FULL_PROGRESS }),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (items) => {
        const p = plan([
          programme(
            'P1',
            items.map((it, i) => activity(`A${i}`, { budget: it.budget })),
          ),
        ]);
        const progress = new Map(items.map((it, i) => [`A${i}`, it.progress]));
        const result = planProgress(p, progress);
        const values = items.map((it) => it.progress);
        expect(result.basisPoints).toBeGreaterThanOrEqual(Math.min(...values));
        expect(result.basisPoints).toBeLessThanOrEqual(Math.max(...values));
        expect(result.basisPoints === FULL_PROGRESS).toBe(values.every((v) => v === FULL_PROGRESS));
        expect(result.weighted).toBe(items.reduce((s, it) => s + it.budget * BigInt(it.progress), 0n));
        expect(result.programmes[0]!.basisPoints).toBe(result.basisPoints);
      }),
    );
  });

  it('formats basis points as an Indonesian percentage', () => {
    expect(formatProgress(3_750)).toBe('37,50%');
    expect(formatProgress(5)).toBe('0,05%');
    expect(formatProgress(10_000)).toBe('100,00%');
  });
});

describe('convergence matrix', () => {
  const p: RpkpPlan = {
    ...plan([
      programme('P1', [
        activity('A1', { desaCodes: ['3322012001', '3322012002'] }),
        activity('A2', {
          agencyKind: 'kementerian',
          agencyName: 'Kementerian Pertanian',
          fundingSource: 'apbn',
          sector: ' Pertanian ',
          desaCodes: ['3322012002'],
          budget: HUGE,
        }),
        activity('A3', { agencyName: 'dinas pertanian kab. semarang ', fundingSource: 'dana_desa' }),
        activity('A4', { sector: 'pariwisata', agencyKind: 'mitra', agencyName: 'Koperasi Wisata' }),
      ]),
      programme('P2', [
        activity('A5', { year: 2027, stage: 'pengolahan', agencyKind: 'bumdes', agencyName: 'BUMDesma' }),
        activity('A6', { year: 2029, stage: 'pendukung' }),
      ]),
    ]),
    period: { startYear: 2026, endYear: 2027 },
  };
  const matrix = convergenceMatrix(p);
  const cell = (agencyKind: string, stage: string, year: number) =>
    matrix.cells.find((c) => c.agencyKind === agencyKind && c.stage === stage && c.year === year);

  it('has every agency kind × stage × year of the period', () => {
    expect(matrix.years).toEqual([2026, 2027]);
    expect(matrix.cells).toHaveLength(2 * VALUE_CHAIN_STAGES.length * AGENCY_KINDS.length);
    expect(matrix.cells[0]).toMatchObject({ year: 2026, stage: 'hulu', agencyKind: 'kementerian' });
    expect(matrix.cells.at(-1)).toMatchObject({ year: 2027, stage: 'pendukung', agencyKind: 'mitra' });
  });

  it('sums budget, counts activities and lists funding sources per cell', () => {
    expect(cell('kabupaten', 'hulu', 2026)).toEqual({
      agencyKind: 'kabupaten',
      stage: 'hulu',
      year: 2026,
      budget: 200_000_000n,
      activityCount: 2,
      activityIds: ['A1', 'A3'],
      fundingSources: ['apbd_kabupaten', 'dana_desa'],
    });
    expect(cell('kementerian', 'hulu', 2026)).toMatchObject({ budget: HUGE, activityCount: 1 });
    expect(cell('bumdes', 'pengolahan', 2027)).toMatchObject({ activityIds: ['A5'] });
    expect(cell('provinsi', 'hulu', 2026)).toMatchObject({ budget: 0n, activityCount: 0, activityIds: [] });
  });

  it('lists stage/year pairs where no agency plans anything', () => {
    expect(matrix.gaps).toEqual([
      { stage: 'pengolahan', year: 2026 },
      { stage: 'hilir', year: 2026 },
      { stage: 'pendukung', year: 2026 },
      { stage: 'hulu', year: 2027 },
      { stage: 'hilir', year: 2027 },
      { stage: 'pendukung', year: 2027 },
    ]);
  });

  it('names activities dated outside the period instead of losing them', () => {
    expect(matrix.outsidePeriod).toEqual(['A6']);
  });

  it('flags the same work by different agencies in one desa as a possible overlap', () => {
    // A1 and A3 are one agency written twice; A2 is another agency in A1's second desa; A4 is another sector.
    expect(matrix.overlaps).toEqual([
      {
        year: 2026,
        stage: 'hulu',
        sector: 'pertanian',
        desaCode: '3322012002',
        activityIds: ['A1', 'A2'],
        agencyNames: ['Dinas Pertanian Kab. Semarang', 'Kementerian Pertanian'],
      },
    ]);
  });

  it('a plan with no activities is all gaps', () => {
    const empty = convergenceMatrix(plan([]));
    expect(empty.gaps).toHaveLength(5 * VALUE_CHAIN_STAGES.length);
    expect(empty.overlaps).toEqual([]);
    expect(empty.cells.every((c) => c.activityCount === 0 && c.budget === 0n)).toBe(true);
  });
});
