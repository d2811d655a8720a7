import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../../../domain/dana-desa/rule-sets';
import { ruleRows } from './check-results-model';
import {
  addLine,
  categoryChoices,
  defaultFiscalYear,
  factsAsked,
  fieldMessage,
  formLevelIssues,
  type LineValues,
  newPlanValues,
  type PlanValues,
  readPlan,
  removeLine,
  updateLine,
  whatIf,
  withFiscalYear,
} from './plan-form-model';

function line(over: Partial<LineValues>): LineValues {
  return {
    key: `k-${over.id ?? 'x'}`,
    id: '1',
    category: '',
    activity: 'Kegiatan',
    location: '',
    amount: '',
    wages: '',
    kawasanId: '',
    enterpriseId: '',
    ...over,
  };
}

function plan2025(lines: Partial<LineValues>[], over: Partial<PlanValues> = {}): PlanValues {
  return {
    ...newPlanValues(2025),
    pagu: '1.000.000.000',
    lines: lines.map((l, i) => line({ id: String(i + 1), ...l })),
    ...over,
  };
}

const rule = (values: PlanValues, id: string) => {
  const found = whatIf(values).result?.results.find((r) => r.ruleId === id);
  if (!found) throw new Error(`rule ${id} missing`);
  return found;
};

describe('the Dana Desa plan form model', () => {
  it('reads Indonesian amounts exactly as bigint rupiah, wages only on construction lines', () => {
    const { plan, inputIssues } = readPlan(
      plan2025([
        { category: 'blt_desa', amount: 'Rp 150.000.000', wages: '5.000' },
        { category: 'padat_karya_tunai', amount: '200000000', wages: '60.000.000' },
        { category: 'infrastruktur_desa', amount: '1.000.000' },
      ]),
    );
    expect(inputIssues).toEqual([]);
    expect(plan.pagu).toBe(1_000_000_000n);
    expect(plan.lines.map((l) => [l.category, l.amount, l.wages])).toEqual([
      ['blt_desa', 150_000_000n, undefined],
      ['padat_karya_tunai', 200_000_000n, 60_000_000n],
      ['infrastruktur_desa', 1_000_000n, undefined],
    ]);
  });

  it('reports amounts it cannot read at their field and counts them as zero', () => {
    const values = plan2025(
      [
        { category: 'blt_desa', amount: '1.500.000,50' },
        { category: 'lainnya', amount: '' },
      ],
      {
        pagu: 'seratus',
      },
    );
    const w = whatIf(values);
    expect(fieldMessage(w.issues, 'lines.0.amount')).toBe(
      'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.',
    );
    expect(fieldMessage(w.issues, 'lines.1.amount')).toBe('Jumlah rupiah wajib diisi.');
    expect(fieldMessage(w.issues, 'pagu')).toMatch(/^Jumlah rupiah hanya angka/);
    expect(w.total).toBe(0n);
    // One message per field: the domain's "harus lebih dari nol" does not repeat the reason.
    expect(w.issues.filter((i) => i.field === 'lines.0.amount')).toHaveLength(1);
  });

  it('fails BLT above 15 % in 2025 with the exact amount to cut, and passes once it is cut', () => {
    const over = plan2025([
      { category: 'blt_desa', amount: '210.000.000' },
      { category: 'ketahanan_pangan', amount: '200.000.000' },
    ]);
    const failing = rule(over, 'blt-maks');
    expect(failing.status).toBe('tidak_lulus');
    expect(failing.excess).toBe('60000000');
    expect(failing.sentence).toContain('Kurangi Rp60.000.000 agar sesuai batas.');
    const [first] = ruleRows(whatIf(over).result!);
    expect(first).toMatchObject({
      ruleId: 'blt-maks',
      status: 'tidak_lulus',
      amountText: 'Rp210.000.000',
      limitText: 'paling banyak 15% (Rp150.000.000)',
      change: { kind: 'cut', amountText: 'Rp60.000.000' },
    });

    const fixed = updateLine(over, over.lines[0]!.key, { amount: '150.000.000' });
    expect(rule(fixed, 'blt-maks').status).toBe('lulus');
    expect(rule(fixed, 'blt-maks').excess).toBe('0');
    expect(ruleRows(whatIf(fixed).result!).find((r) => r.ruleId === 'blt-maks')?.change).toBeNull();
  });

  it('shows the shortfall of food security below 20 % as an amount to add', () => {
    const values = plan2025([{ category: 'ketahanan_pangan', amount: '150.000.000' }]);
    const row = ruleRows(whatIf(values).result!).find((r) => r.ruleId === 'pangan-min');
    expect(row?.change).toEqual({ kind: 'add', amountText: 'Rp50.000.000' });
    expect(row?.limitText).toBe('paling sedikit 20% (Rp200.000.000)');
  });

  it('gives the totals against the pagu and says when the plan is above it', () => {
    const values = plan2025([
      { category: 'ketahanan_pangan', amount: '700.000.000' },
      { category: 'lainnya', amount: '400.000.001' },
    ]);
    const w = whatIf(values);
    expect(w.total).toBe(1_100_000_001n);
    expect(w.remaining).toBe(-100_000_001n);
    expect(formLevelIssues(w.issues, values).map((i) => i.message)).toEqual([
      'Jumlah rencana Rp1.100.000.001 melebihi pagu Rp1.000.000.000 sebesar Rp100.000.001.',
    ]);
  });

  it('asks for the facts each year depends on', () => {
    expect(factsAsked(ruleSetFor(2025).ruleSet!)).toEqual({
      published: false,
      notNeeded: [],
      bltFamilies: false,
    });
    expect(factsAsked(ruleSetFor(2026).ruleSet!).published).toBe(true);
    const y2020 = factsAsked(ruleSetFor(2020).ruleSet!);
    expect(y2020.bltFamilies).toBe(true);
    expect(y2020.notNeeded).toContain('blt_desa');
  });

  it('lists the categories of the year with their explanations', () => {
    const choices = categoryChoices(ruleSetFor(2025).ruleSet!);
    expect(choices.map((c) => c.value)).not.toContain('penanganan_covid');
    expect(choices.find((c) => c.value === 'padat_karya_tunai')).toMatchObject({
      label: 'Padat Karya Tunai Desa (PKTD)',
      construction: true,
    });
  });

  it('drops wages when a line leaves construction, and facts the new year does not ask for', () => {
    let values = plan2025([{ category: 'padat_karya_tunai', amount: '100.000.000', wages: '30.000.000' }]);
    values = updateLine(values, values.lines[0]!.key, { category: 'blt_desa' });
    expect(values.lines[0]!.wages).toBe('');
    const in2026 = withFiscalYear({ ...values, publishedPreviousYear: 'tidak', bltFamilies: '12' }, 2026);
    expect(in2026.publishedPreviousYear).toBe('tidak');
    expect(in2026.bltFamilies).toBe('');
    expect(withFiscalYear(in2026, 2025).publishedPreviousYear).toBe('');
  });

  it('applies the 2026 gate from the recorded fact', () => {
    const values: PlanValues = {
      ...plan2025([{ category: 'operasional_pemerintah_desa', amount: '20.000.000' }]),
      fiscalYear: 2026,
    };
    expect(rule(values, 'operasional-maks').status).toBe('lulus');
    const notPublished = { ...values, publishedPreviousYear: 'tidak' as const };
    expect(rule(notPublished, 'operasional-maks').status).toBe('tidak_lulus');
    expect(rule(notPublished, 'operasional-maks').excess).toBe('20000000');
  });

  it('numbers new lines after the highest id and removes a line by its key', () => {
    let values = plan2025([{ id: '7' }, { id: 'A.1' }]);
    values = addLine(values);
    expect(values.lines.map((l) => l.id)).toEqual(['7', 'A.1', '8']);
    values = plan2025([{ id: '7' }]);
    values = addLine(values);
    expect(values.lines.map((l) => l.id)).toEqual(['7', '8']);
    expect(removeLine(values, values.lines[0]!.key).lines.map((l) => l.id)).toEqual(['8']);
  });

  it('says which years have rules when a year has none', () => {
    const w = whatIf({ ...newPlanValues(2019), pagu: '1.000.000' });
    expect(w.result).toBeNull();
    expect(w.message).toContain('Tahun yang tersedia: 2020, 2024, 2025, 2026.');
    expect(defaultFiscalYear(2025)).toBe(2025);
    expect(defaultFiscalYear(2030)).toBe(2026);
  });
});
