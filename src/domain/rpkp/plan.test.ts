import { describe, expect, it } from 'vitest';
import {
  type Activity,
  activityIssues,
  formatRupiah,
  MAX_PERIOD_YEARS,
  type PlanPeriod,
  periodIssues,
  periodYears,
  planActivities,
  planIssues,
} from './plan.ts';
import { activity, MEMBERS, plan, programme } from './testing.ts';

const PERIOD: PlanPeriod = { startYear: 2026, endYear: 2030 };
const members = new Set<string>(MEMBERS);
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('planIssues', () => {
  it('passes a complete plan', () => {
    expect(planIssues(plan(), MEMBERS)).toEqual([]);
  });

  it('needs at least one programme with at least one activity', () => {
    expect(planIssues(plan([]), MEMBERS)).toEqual([
      {
        field: 'programmes',
        message: 'RPKP memerlukan paling sedikit satu program dengan paling sedikit satu kegiatan.',
      },
    ]);
    expect(fields(planIssues(plan([programme('P1', [])]), MEMBERS))).toEqual(['programmes']);
  });

  it('names an empty programme beside a full one', () => {
    const issues = planIssues(plan([programme('P1', [activity('A1')]), programme('P2', [])]), MEMBERS);
    expect(issues).toEqual([
      {
        field: 'programmes[1].activities',
        message: 'Program "Program P2" belum memiliki kegiatan; tambahkan kegiatan atau hapus programnya.',
      },
    ]);
  });

  it('returns every issue of the whole plan at once, each with its path', () => {
    const broken = {
      ...plan([
        programme('P1', [activity('A1'), activity('A1', { budget: 0n })], { strategyId: 'S9' }),
        programme('P1', [activity('A2', { year: 2031, desaCodes: ['3322012999'] })], { name: ' ' }),
      ]),
      vision: '',
      strategies: [
        { id: 'S1', text: 'a' },
        { id: 'S1', text: '' },
      ],
    };
    expect(fields(planIssues(broken, MEMBERS))).toEqual([
      'vision',
      'strategies[1].text',
      'strategies[1].id',
      'programmes[0].strategyId',
      'programmes[0].activities[1].id',
      'programmes[0].activities[1].budget',
      'programmes[1].name',
      'programmes[1].id',
      'programmes[1].activities[0].desaCodes[0]',
      'programmes[1].activities[0].year',
    ]);
  });

  it('accepts a programme without a strategy', () => {
    expect(planIssues(plan([programme('P1', [activity('A1')], { strategyId: null })]), MEMBERS)).toEqual([]);
  });
});

describe('activityIssues', () => {
  const check = (a: Activity) => activityIssues(a, 'programmes[0].activities[0]', PERIOD, members);

  it('passes a complete activity, in several member desa, in the first and last year', () => {
    expect(check(activity('A1', { desaCodes: [...MEMBERS], year: 2026 }))).toEqual([]);
    expect(check(activity('A1', { year: 2030 }))).toEqual([]);
    expect(check(activity('A1', { outputs: [{ name: 'Lahan', unit: 'ha', target: 2.5 }] }))).toEqual([]);
  });

  it('lists every missing field of an empty activity with an Indonesian message', () => {
    const empty = {
      id: 'A1',
      name: ' ',
      desaCodes: [],
      year: 2025.5,
      stage: '',
      sector: '',
      agencyKind: 'dinas',
      agencyName: '',
      fundingSource: 'hibah',
      budget: 0n,
      outputs: [],
    } as unknown as Activity;
    expect(check(empty)).toEqual([
      { field: 'programmes[0].activities[0].name', message: 'Nama kegiatan wajib diisi.' },
      {
        field: 'programmes[0].activities[0].desaCodes',
        message: 'Kegiatan: lokasi desa wajib dipilih dari desa anggota kawasan.',
      },
      {
        field: 'programmes[0].activities[0].year',
        message: 'Kegiatan: tahun pelaksanaan (2025.5) harus di dalam periode RPKP 2026–2030.',
      },
      {
        field: 'programmes[0].activities[0].stage',
        message: 'Kegiatan: tahap rantai nilai wajib dipilih (hulu, pengolahan, hilir, atau pendukung).',
      },
      { field: 'programmes[0].activities[0].sector', message: 'Kegiatan: sektor wajib diisi.' },
      {
        field: 'programmes[0].activities[0].agencyKind',
        message: 'Kegiatan: jenis pelaksana wajib dipilih.',
      },
      {
        field: 'programmes[0].activities[0].agencyName',
        message: 'Kegiatan: nama instansi/lembaga pelaksana wajib diisi.',
      },
      { field: 'programmes[0].activities[0].fundingSource', message: 'Kegiatan: sumber dana wajib dipilih.' },
      {
        field: 'programmes[0].activities[0].budget',
        message: 'Kegiatan: anggaran wajib diisi dalam rupiah utuh, lebih dari Rp0.',
      },
      {
        field: 'programmes[0].activities[0].outputs',
        message: 'Kegiatan: paling sedikit satu indikator keluaran dengan target wajib diisi.',
      },
    ]);
  });

  // biome-ignore format: one rule per line reads as a table
  const CASES: [string, Partial<Activity>, string, RegExp][] = [
    ['desa outside the kawasan', { desaCodes: ['3322012001', '3321012001'] }, 'desaCodes[1]', /desa 3321012001 bukan anggota kawasan/],
    ['desa twice', { desaCodes: ['3322012001', '3322012001'] }, 'desaCodes[1]', /lebih dari sekali/],
    ['year before the period', { year: 2025 }, 'year', /\(2025\) harus di dalam periode RPKP 2026–2030/],
    ['year after the period', { year: 2031 }, 'year', /2031/],
    ['negative budget', { budget: -5n }, 'budget', /lebih dari Rp0/],
    ['budget as a number, not whole rupiah bigint', { budget: 1.5 as unknown as bigint }, 'budget', /rupiah utuh/],
    ['output without a target', { outputs: [{ name: 'Pelatihan', unit: 'orang', target: 0 }] }, 'outputs[0].target', /target indikator keluaran harus angka lebih dari 0/],
    ['output target not a number', { outputs: [{ name: 'Pelatihan', unit: 'orang', target: Number.NaN }] }, 'outputs[0].target', /lebih dari 0/],
    ['output without a name', { outputs: [{ name: '', unit: 'orang', target: 30 }] }, 'outputs[0].name', /nama indikator/],
    ['output without a unit', { outputs: [{ name: 'Pelatihan', unit: ' ', target: 30 }] }, 'outputs[0].unit', /satuan/],
    ['blank sector', { sector: '  ' }, 'sector', /sektor wajib diisi/],
  ];

  it.each(CASES)('%s', (_label, overrides, field, message) => {
    const issues = check(activity('A1', overrides));
    expect(fields(issues)).toEqual([`programmes[0].activities[0].${field}`]);
    expect(issues[0]!.message).toMatch(message);
    expect(issues[0]!.message).toMatch(/^Kegiatan "Kegiatan A1": /);
  });
});

describe('period', () => {
  // biome-ignore format: one rule per line reads as a table
  const PERIODS: [PlanPeriod, string[], RegExp | null][] = [
    [{ startYear: 2026, endYear: 2030 }, [], null],
    [{ startYear: 2026, endYear: 2026 }, [], null],
    [{ startYear: 2026, endYear: 2026 + MAX_PERIOD_YEARS - 1 }, [], null],
    [{ startYear: 2026, endYear: 2026 + MAX_PERIOD_YEARS }, ['period.endYear'], /paling lama 10 tahun; 2026–2036 adalah 11 tahun/],
    [{ startYear: 2030, endYear: 2026 }, ['period.endYear'], /tidak boleh sebelum tahun awal/],
    [{ startYear: 20026, endYear: 2030 }, ['period.startYear'], /tahun 2000–2100/],
    [{ startYear: 2026.5, endYear: 1999 }, ['period.startYear', 'period.endYear'], /Tahun awal/],
  ];

  it.each(PERIODS)('%o', (period, expected, message) => {
    const issues = periodIssues(period);
    expect(fields(issues)).toEqual(expected);
    if (message) expect(issues[0]!.message).toMatch(message);
  });

  it('lists the years of a valid period only', () => {
    expect(periodYears({ startYear: 2026, endYear: 2030 })).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(periodYears({ startYear: 2030, endYear: 2026 })).toEqual([]);
  });
});

describe('placement and formatting', () => {
  it('places every activity in plan order', () => {
    const p = plan([programme('P1', [activity('A1'), activity('A2')]), programme('P2', [activity('A3')])]);
    expect(
      planActivities(p).map((x) => [x.programmeId, x.programmeIndex, x.activityIndex, x.activity.id]),
    ).toEqual([
      ['P1', 0, 0, 'A1'],
      ['P1', 0, 1, 'A2'],
      ['P2', 1, 0, 'A3'],
    ]);
  });

  it('formats rupiah exactly beyond the safe integer range', () => {
    expect(formatRupiah(0n)).toBe('Rp0');
    expect(formatRupiah(999n)).toBe('Rp999');
    expect(formatRupiah(1_250_000n)).toBe('Rp1.250.000');
    expect(formatRupiah(9_007_199_254_740_993n)).toBe('Rp9.007.199.254.740.993');
    expect(formatRupiah(-1_000n)).toBe('-Rp1.000');
  });
});
