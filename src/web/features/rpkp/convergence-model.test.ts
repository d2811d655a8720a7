import { describe, expect, it } from 'vitest';
import type { Convergence } from '../../../contracts/rpkp.contract';
import { convergenceMatrix } from '../../../domain/rpkp/budget';
import { activityNames, convergenceByYear, convergenceRows } from './convergence-model';
import { domainPlan } from './plan-draft';

const base = {
  id: '',
  name: '',
  desaCodes: ['3301010001'],
  sector: 'pertanian',
  agencyName: 'Dinas',
  outputs: [{ name: 'x', unit: 'unit', target: 1 }],
};

/** The convergence of a small plan as the server sends it (budgets as strings). */
function convergenceOf(): Convergence {
  const plan = {
    period: { startYear: 2026, endYear: 2027 },
    vision: 'v',
    strategies: [],
    programmes: [
      {
        id: 'P1',
        name: 'Program',
        strategyId: null,
        activities: [
          {
            ...base,
            id: 'K1',
            name: 'Bibit',
            year: 2026,
            stage: 'hulu',
            agencyKind: 'kabupaten',
            fundingSource: 'apbd_kabupaten',
            budget: '100',
          },
          {
            ...base,
            id: 'K2',
            name: 'Bibit desa',
            year: 2026,
            stage: 'hulu',
            agencyKind: 'desa',
            fundingSource: 'dana_desa',
            budget: '50',
          },
          {
            ...base,
            id: 'K3',
            name: 'Pasar',
            year: 2027,
            stage: 'hilir',
            agencyKind: 'kabupaten',
            fundingSource: 'apbn',
            budget: '70',
          },
          {
            ...base,
            id: 'K4',
            name: 'Pasar 2',
            year: 2027,
            stage: 'hilir',
            agencyKind: 'kabupaten',
            fundingSource: 'dana_desa',
            budget: '30',
          },
        ],
      },
    ],
  } as const;
  const m = convergenceMatrix(domainPlan(plan as never));
  return {
    version: 1,
    years: m.years,
    stages: [...m.stages],
    agencyKinds: [...m.agencyKinds],
    cells: m.cells.map((c) => ({ ...c, budget: c.budget.toString() })),
    gaps: m.gaps,
    overlaps: m.overlaps,
    outsidePeriod: m.outsidePeriod,
    bySource: [],
    activities: plan.programmes[0].activities.map((a) => ({ id: a.id, name: a.name, programmeId: 'P1' })),
  };
}

describe('convergenceRows', () => {
  it('gives each stage its totals per year, gaps marked, and only the agencies that plan in it', () => {
    const rows = convergenceRows(convergenceOf());
    expect(rows.map((r) => r.stage)).toEqual(['hulu', 'pengolahan', 'hilir', 'pendukung']);
    const hulu = rows[0]!;
    expect(hulu.years).toEqual([
      { year: 2026, budget: 150n, activityCount: 2, gap: false },
      { year: 2027, budget: 0n, activityCount: 0, gap: true },
    ]);
    expect(hulu.agencies.map((a) => a.agencyKind)).toEqual(['kabupaten', 'desa']);
    expect(rows[1]!.agencies).toEqual([]);
    expect(rows[1]!.years.every((y) => y.gap)).toBe(true);
    const hilir = rows[2]!.agencies[0]!;
    expect(hilir.cells[1]).toMatchObject({
      budget: '100',
      activityCount: 2,
      fundingSources: ['apbn', 'dana_desa'],
    });
  });
});

describe('convergenceByYear', () => {
  it('stacks the stages of each year with the agencies that act, for a phone', () => {
    const [y2026, y2027] = convergenceByYear(convergenceOf());
    expect(y2026).toMatchObject({ year: 2026, budget: 150n, activityCount: 2 });
    expect(y2026!.stages.map((s) => [s.stage, s.gap, s.cells.length])).toEqual([
      ['hulu', false, 2],
      ['pengolahan', true, 0],
      ['hilir', true, 0],
      ['pendukung', true, 0],
    ]);
    expect(y2027).toMatchObject({ year: 2027, budget: 100n, activityCount: 2 });
    expect(y2027!.stages[2]!.cells.map((c) => c.activityIds)).toEqual([['K3', 'K4']]);
  });

  it('names activities by id', () => {
    const name = activityNames(convergenceOf());
    expect(name('K3')).toBe('Pasar');
    expect(name('K9')).toBe('K9');
  });
});
