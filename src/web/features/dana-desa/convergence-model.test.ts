import { describe, expect, it } from 'vitest';
import type { ConvergenceView } from '../../../contracts/convergence.contract';
import {
  convergencePath,
  convergenceQueryOf,
  itemsByKey,
  kawasanChoices,
  matrixTable,
  mayReadConvergence,
  originLines,
  rupiahText,
  sumDigits,
  yearChoices,
} from './convergence-model';

const KAWASAN = '0b6f4a52-3c1e-4f7a-9d2b-5e8c1a7f3d90';
const zero = { rpkp: '0', modal: '0', dana_desa: '0' };
const stages = [
  { code: 'hulu', label: 'Hulu / produksi', chain: true },
  { code: 'pengolahan', label: 'Pengolahan', chain: true },
  { code: 'hilir', label: 'Pemasaran / hilir', chain: true },
  { code: 'pendukung', label: 'Pendukung', chain: true },
  { code: 'belum_dialokasikan', label: 'Belum dialokasikan', chain: false },
  { code: 'di_luar_rantai', label: 'Di luar rantai nilai', chain: false },
];
const sources = [
  { code: 'apbn', label: 'APBN' },
  { code: 'dana_desa', label: 'Dana Desa' },
  { code: 'lainnya', label: 'Lainnya' },
];
// More than 2^53: read through a float it would end in …992.
const BIG = '9007199254740993';
const amounts = (source: string, stage: string) => {
  if (source === 'apbn' && stage === 'hulu')
    return { total: BIG, byOrigin: { ...zero, rpkp: BIG }, itemCount: 1 };
  if (source === 'dana_desa' && stage === 'di_luar_rantai')
    return { total: '150000000', byOrigin: { ...zero, dana_desa: '150000000' }, itemCount: 1 };
  return { total: '0', byOrigin: zero, itemCount: 0 };
};
const total = (list: { total: string }[]) => sumDigits(list.map((l) => l.total));

function view(): ConvergenceView {
  const matrix = sources.flatMap((s) =>
    stages.map((st) => ({ source: s.code, stage: st.code, ...amounts(s.code, st.code) })),
  );
  const bySource = sources.map((s) => {
    const cells = matrix.filter((c) => c.source === s.code);
    return { source: s.code, sourceLabel: s.label, total: total(cells), byOrigin: zero, itemCount: 0 };
  });
  const byStage = stages.map((st) => {
    const cells = matrix.filter((c) => c.stage === st.code);
    return { stage: st.code, stageLabel: st.label, total: total(cells), byOrigin: zero, itemCount: 0 };
  });
  return {
    kawasan: { id: KAWASAN, name: 'Kawasan Uji', desaCount: 2 },
    year: 2026,
    rpkp: null,
    sources,
    stages,
    origins: [
      { code: 'rpkp', label: 'Rencana RPKP' },
      { code: 'modal', label: 'Modal diterima badan usaha' },
      { code: 'dana_desa', label: 'Rencana Dana Desa (APBDes)' },
    ],
    matrix,
    bySource,
    byStage,
    total: {
      total: sumDigits([BIG, '150000000']),
      byOrigin: { rpkp: BIG, modal: '0', dana_desa: '150000000' },
      itemCount: 2,
    },
    desa: [],
    agencies: [],
    items: [
      {
        key: 'rpkp:A1',
        origin: 'rpkp',
        originLabel: 'Rencana RPKP',
        title: 'Irigasi',
        source: 'apbn',
        sourceLabel: 'APBN',
        stage: 'hulu',
        stageLabel: 'Hulu / produksi',
        topic: 'pertanian',
        agencyKind: 'kementerian',
        agencyKindLabel: 'Kementerian / lembaga',
        agencyName: 'Kementerian PU',
        desa: [],
        amount: BIG,
        linked: true,
      },
    ],
    duplications: [],
    gaps: [],
    notes: [],
  };
}

describe('the convergence page model', () => {
  it('reads and writes its place in the address', () => {
    expect(convergenceQueryOf(new URLSearchParams(`kawasan=${KAWASAN}&tahun=2026`))).toEqual({
      kawasanId: KAWASAN,
      year: 2026,
    });
    expect(convergenceQueryOf(new URLSearchParams('kawasan=bukan&tahun=26'))).toEqual({
      kawasanId: null,
      year: null,
    });
    expect(convergenceQueryOf(new URLSearchParams('tahun=2101'))).toEqual({ kawasanId: null, year: null });
    expect(convergencePath(KAWASAN, 2026)).toBe(`/dana-desa/konvergensi?kawasan=${KAWASAN}&tahun=2026`);
    expect(convergencePath()).toBe('/dana-desa/konvergensi');
  });

  it('offers the years around now, and the one shown', () => {
    expect(yearChoices(2026, null)).toEqual([2028, 2027, 2026, 2025, 2024]);
    expect(yearChoices(2026, 2019)).toEqual([2028, 2027, 2026, 2025, 2024, 2019]);
  });

  it('keeps every value-chain stage as a column, other columns only with money, sources only with money', () => {
    const table = matrixTable(view());
    expect(table.columns.map((c) => c.code)).toEqual([
      'hulu',
      'pengolahan',
      'hilir',
      'pendukung',
      'di_luar_rantai',
    ]);
    expect(table.rows.map((r) => r.source)).toEqual(['apbn', 'dana_desa']);
    expect(table.rows[0]!.cells.map((c) => c.stage)).toEqual(table.columns.map((c) => c.code));
    expect(table.rows[0]!.cells[0]!.total).toBe(BIG);
    expect(table.columns[1]!.total).toBe('0');
  });

  it('keeps money exact and formats it the Indonesian way', () => {
    const table = matrixTable(view());
    expect(table.total).toBe('9007199404740993');
    expect(rupiahText(table.total)).toBe('Rp9.007.199.404.740.993');
    expect(rupiahText(BIG)).toBe('Rp9.007.199.254.740.993');
    expect(rupiahText('abc')).toBe('–');
    expect(originLines(view()).map((o) => [o.code, o.amount])).toEqual([
      ['rpkp', BIG],
      ['modal', '0'],
      ['dana_desa', '150000000'],
    ]);
    expect(itemsByKey(view()).get('rpkp:A1')?.agencyName).toBe('Kementerian PU');
  });

  it('offers the listed kawasan and the one shown, by name', () => {
    expect(kawasanChoices([{ id: 'b', name: 'Kawasan Kopi' }], { id: 'a', name: 'Kawasan Agro' })).toEqual([
      { value: 'a', label: 'Kawasan Agro' },
      { value: 'b', label: 'Kawasan Kopi' },
    ]);
    expect(
      kawasanChoices([{ id: 'a', name: 'Kawasan Agro' }], { id: 'a', name: 'Kawasan Agro' }),
    ).toHaveLength(1);
  });

  it('offers the page to readers of the kawasan overview only', () => {
    const user = (role: string, scope: { kind: string; id?: string; code?: string }) =>
      ({ assignments: [{ role, scope }] }) as Parameters<typeof mayReadConvergence>[0];
    const members = ['3301012001'];
    expect(
      mayReadConvergence(user('kawasan_manager', { kind: 'kawasan', id: KAWASAN }), KAWASAN, members),
    ).toBe(true);
    expect(
      mayReadConvergence(user('kawasan_manager', { kind: 'kawasan', id: 'lain' }), KAWASAN, members),
    ).toBe(false);
    expect(mayReadConvergence(user('kabupaten', { kind: 'region', code: '3301' }), KAWASAN, members)).toBe(
      true,
    );
    expect(mayReadConvergence(user('kabupaten', { kind: 'region', code: '3374' }), KAWASAN, members)).toBe(
      false,
    );
    expect(
      mayReadConvergence(user('village', { kind: 'region', code: '3301012001' }), KAWASAN, members),
    ).toBe(false);
    expect(mayReadConvergence(null, KAWASAN, members)).toBe(false);
  });
});
