import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../contracts/rpkp.contract';
import {
  addActivity,
  addStrategy,
  countUnder,
  draftFromPlan,
  duplicateActivity,
  emptyProgramme,
  issuesByField,
  liveIssues,
  localTotals,
  messageFor,
  nextId,
  normalizeField,
  readDraft,
  removeActivity,
  removeStrategy,
  updateActivity,
} from './plan-draft';

const MEMBERS = ['3301010001', '3301010002'];

const plan: Plan = {
  period: { startYear: 2026, endYear: 2028 },
  vision: 'Kawasan kopi yang mandiri',
  strategies: [{ id: 'S1', text: 'Hilirisasi kopi' }],
  programmes: [
    {
      id: 'P1',
      name: 'Pengolahan kopi',
      strategyId: 'S1',
      activities: [
        {
          id: 'K1',
          name: 'Rumah pengolahan kopi',
          desaCodes: ['3301010001'],
          year: 2026,
          stage: 'pengolahan',
          sector: 'pertanian',
          agencyKind: 'kabupaten',
          agencyName: 'Dinas Pertanian',
          fundingSource: 'apbd_kabupaten',
          budget: '1250000000',
          outputs: [{ name: 'Rumah pengolahan', unit: 'unit', target: 2.5 }],
          proposalIds: [],
          indicatorRefs: ['IDM:IKE.09'],
        },
        {
          id: 'K2',
          name: 'Pelatihan barista',
          desaCodes: ['3301010002'],
          year: 2027,
          stage: 'hilir',
          sector: 'pariwisata',
          agencyKind: 'desa',
          agencyName: 'Pemerintah Desa',
          fundingSource: 'dana_desa',
          budget: '50000000',
          outputs: [{ name: 'Barista terlatih', unit: 'orang', target: 20 }],
        },
      ],
    },
  ],
};

describe('draftFromPlan and readDraft', () => {
  it('shows budgets with thousands dots and targets with a decimal comma, and reads them back exactly', () => {
    const draft = draftFromPlan(plan, 'id');
    const first = draft.programmes[0]!.activities[0]!;
    expect(first.budgetText).toBe('1.250.000.000');
    expect(first.outputs[0]!.targetText).toBe('2,5');
    expect(draftFromPlan(plan, 'en').programmes[0]!.activities[0]!.outputs[0]!.targetText).toBe('2.5');
    const read = readDraft(draft);
    expect(read.problems).toEqual({});
    expect(read.plan.programmes[0]!.activities[0]).toEqual({
      ...plan.programmes[0]!.activities[0],
      proposalIds: [],
    });
    expect(read.plan.programmes[0]!.activities[1]!.budget).toBe('50000000');
  });

  it('reports numbers that cannot be read, by field path, and sends them empty', () => {
    let draft = draftFromPlan(plan, 'id');
    draft = updateActivity(draft, 0, 1, { budgetText: '1,5' });
    draft = updateActivity(draft, 0, 0, {
      outputs: [{ name: 'Rumah pengolahan', unit: 'unit', targetText: 'dua' }],
    });
    const read = readDraft(draft);
    expect(read.problems).toEqual({
      'programmes[0].activities[0].outputs[0].target': 'invalid',
      'programmes[0].activities[1].budget': 'decimal',
    });
    expect(read.plan.programmes[0]!.activities[1]!.budget).toBe('');
    expect(read.plan.programmes[0]!.activities[0]!.outputs[0]!.target).toBe(0);
  });

  it('leaves an empty budget empty: not a typing problem, but a plan issue', () => {
    const draft = updateActivity(draftFromPlan(plan, 'id'), 0, 0, { budgetText: '' });
    const read = readDraft(draft);
    expect(read.problems).toEqual({});
    expect(read.plan.programmes[0]!.activities[0]!.budget).toBe('');
    const issues = issuesByField(liveIssues(read.plan, MEMBERS));
    expect(messageFor(issues, 'programmes[0].activities[0].budget')).toContain('anggaran wajib diisi');
  });
});

describe('liveIssues', () => {
  it('finds nothing in a complete plan', () => {
    expect(liveIssues(plan, MEMBERS)).toEqual([]);
  });

  it('names the fields a new activity still needs, by path', () => {
    const draft = addActivity(draftFromPlan(plan, 'id'), 0);
    const issues = issuesByField(liveIssues(readDraft(draft).plan, MEMBERS));
    const at = 'programmes[0].activities[2]';
    for (const field of [
      'name',
      'desaCodes',
      'stage',
      'sector',
      'agencyKind',
      'agencyName',
      'fundingSource',
      'budget',
    ]) {
      expect(messageFor(issues, `${at}.${field}`), field).toBeDefined();
    }
    expect(messageFor(issues, `${at}.outputs[0].target`)).toBeDefined();
    expect(countUnder(issues, at)).toBeGreaterThanOrEqual(10);
    expect(countUnder(issues, 'programmes[0].activities[0]')).toBe(0);
  });

  it('flags a year outside the period and a desa that is not a member', () => {
    const draft = updateActivity(draftFromPlan(plan, 'id'), 0, 1, { year: 2031, desaCodes: ['3301999999'] });
    const issues = issuesByField(liveIssues(readDraft(draft).plan, MEMBERS));
    expect(messageFor(issues, 'programmes[0].activities[1].year')).toContain('2026–2028');
    expect(messageFor(issues, 'programmes[0].activities[1].desaCodes[0]')).toContain('bukan anggota');
  });
});

describe('normalizeField', () => {
  it.each([
    ['body.plan.programmes.0.activities.2.budget', 'programmes[0].activities[2].budget'],
    ['plan/programmes/0/name', 'programmes[0].name'],
    ['plan.programmes[1].activities[0].outputs[0].target', 'programmes[1].activities[0].outputs[0].target'],
    ['programmes[0].activities[2].budget', 'programmes[0].activities[2].budget'],
    ['period.endYear', 'period.endYear'],
    ['vision', 'vision'],
  ])('%s → %s', (field, normal) => {
    expect(normalizeField(field)).toBe(normal);
  });

  it('merges server and browser issues on one field without repeating a message', () => {
    const byField = issuesByField([
      { field: 'plan.vision', message: 'Visi RPKP wajib diisi.' },
      { field: 'vision', message: 'Visi RPKP wajib diisi.' },
      { field: 'body.plan.programmes.0.name', message: 'Nama program wajib diisi.' },
    ]);
    expect(messageFor(byField, 'vision')).toBe('Visi RPKP wajib diisi.');
    expect(messageFor(byField, 'programmes[0].name')).toBe('Nama program wajib diisi.');
    expect(messageFor(byField, 'strategies')).toBeUndefined();
  });
});

describe('codes and edits', () => {
  it('gives the next free code', () => {
    expect(nextId('K', ['K1', 'K2', 'X9'])).toBe('K3');
    expect(nextId('P', [])).toBe('P1');
    expect(nextId('K', ['K10', 'K2'])).toBe('K11');
  });

  it('adds activities and programmes with unused codes, and copies an activity into the next year', () => {
    let draft = draftFromPlan(plan, 'id');
    draft = addActivity(draft, 0);
    expect(draft.programmes[0]!.activities.map((a) => a.id)).toEqual(['K1', 'K2', 'K3']);
    const programme = emptyProgramme(draft);
    expect(programme.id).toBe('P2');
    expect(programme.activities[0]!.id).toBe('K4');
    expect(programme.activities[0]!.year).toBe(2026);
    draft = duplicateActivity(draft, 0, 0);
    const copy = draft.programmes[0]!.activities[1]!;
    expect(copy).toMatchObject({
      id: 'K4',
      name: 'Rumah pengolahan kopi',
      year: 2027,
      budgetText: '1.250.000.000',
    });
    draft = removeActivity(draft, 0, 1);
    expect(draft.programmes[0]!.activities.map((a) => a.id)).toEqual(['K1', 'K2', 'K3']);
  });

  it('unlinks programmes from a removed strategy', () => {
    let draft = addStrategy(draftFromPlan(plan, 'id'));
    expect(draft.strategies.map((s) => s.id)).toEqual(['S1', 'S2']);
    draft = removeStrategy(draft, 0);
    expect(draft.strategies.map((s) => s.id)).toEqual(['S2']);
    expect(draft.programmes[0]!.strategyId).toBeNull();
  });
});

describe('localTotals', () => {
  it('adds up exactly per programme, year, source, agency kind and stage', () => {
    const totals = localTotals(plan);
    expect(totals.total).toBe('1300000000');
    expect(totals.byProgramme).toEqual([
      { key: 'P1', label: 'Pengolahan kopi', total: '1300000000', activityCount: 2 },
    ]);
    expect(totals.byYear.map((l) => [l.key, l.total])).toEqual([
      [2026, '1250000000'],
      [2027, '50000000'],
      [2028, '0'],
    ]);
    expect(totals.bySource.find((l) => l.key === 'dana_desa')).toMatchObject({
      total: '50000000',
      activityCount: 1,
    });
    expect(totals.byAgencyKind.find((l) => l.key === 'kabupaten')?.total).toBe('1250000000');
    expect(totals.byStage.find((l) => l.key === 'hulu')).toMatchObject({ total: '0', activityCount: 0 });
  });

  it('puts activities whose stage, kind or source is not chosen yet on a line with an empty key', () => {
    const draft = addActivity(draftFromPlan(plan, 'id'), 0);
    const withBudget = updateActivity(draft, 0, 2, { budgetText: '10.000', stage: 'hulu' });
    const totals = localTotals(readDraft(withBudget).plan);
    expect(totals.total).toBe('1300010000');
    expect(totals.byStage.find((l) => l.key === 'hulu')?.total).toBe('10000');
    expect(totals.byStage).toHaveLength(4);
    expect(totals.bySource.find((l) => l.key === '')).toEqual({
      key: '',
      label: 'Belum dipilih',
      total: '10000',
      activityCount: 1,
    });
    expect(totals.byAgencyKind.at(-1)?.key).toBe('');
  });
});
