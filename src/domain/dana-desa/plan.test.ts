import { describe, expect, it } from 'vitest';
import { type DanaDesaLine, type DanaDesaPlan, planIssues, planTotal } from './plan.ts';
import { DESA, PAGU, planOf, ruleSetOf } from './testing.ts';

const set2025 = ruleSetOf(2025);

const good = (): DanaDesaPlan => ({
  fiscalYear: 2025,
  pagu: PAGU,
  lines: [
    { id: 'K1', category: 'blt_desa', activity: 'BLT Desa 12 bulan', amount: 150_000_000n, desaCode: DESA },
    {
      id: 'K2',
      category: 'ketahanan_pangan',
      activity: 'Kandang ayam petelur',
      amount: 200_000_000n,
      enterpriseId: 'E1',
    },
    {
      id: 'K3',
      category: 'padat_karya_tunai',
      activity: 'Rabat beton jalan dusun',
      amount: 300_000_000n,
      wages: 90_000_000n,
    },
  ],
  facts: { publishedPreviousYear: true },
});

function withLine(index: number, change: Partial<DanaDesaLine>): DanaDesaPlan {
  const plan = good();
  return { ...plan, lines: plan.lines.map((l, i) => (i === index ? { ...l, ...change } : l)) };
}

describe('planIssues', () => {
  it('finds nothing in a sound plan', () => {
    expect(planIssues(good(), set2025)).toEqual([]);
  });

  it.each([
    [
      'a zero amount',
      withLine(2, { amount: 0n, wages: undefined }),
      'lines.2.amount',
      'Jumlah kegiatan harus lebih dari nol.',
    ],
    [
      'a negative amount',
      withLine(1, { amount: -5n }),
      'lines.1.amount',
      'Jumlah kegiatan harus lebih dari nol.',
    ],
    [
      'an unknown category',
      withLine(0, { category: 'bansos' }),
      'lines.0.category',
      'Kategori "bansos" tidak dikenal.',
    ],
    [
      'a category of another year',
      withLine(0, { category: 'koperasi_merah_putih' }),
      'lines.0.category',
      'Dukungan Koperasi Desa Merah Putih tidak termasuk penggunaan Dana Desa tahun 2025; pilih kategori lain.',
    ],
    [
      'wages above the amount',
      withLine(2, { wages: 300_000_001n }),
      'lines.2.wages',
      'Upah Rp300.000.001 melebihi jumlah kegiatan Rp300.000.000 sebesar Rp1.',
    ],
    ['negative wages', withLine(2, { wages: -1n }), 'lines.2.wages', 'Upah tidak boleh negatif.'],
    [
      'wages on a line that is not construction',
      withLine(0, { wages: 1n }),
      'lines.0.wages',
      'Upah hanya dicatat untuk kegiatan pembangunan, bukan BLT Desa.',
    ],
    [
      'a duplicate id',
      withLine(2, { id: 'K1' }),
      'lines.2.id',
      'Kode baris K1 sudah dipakai pada baris ke-1.',
    ],
    ['a blank id', withLine(1, { id: ' ' }), 'lines.1.id', 'Kode baris wajib diisi.'],
    ['a blank activity', withLine(1, { activity: '' }), 'lines.1.activity', 'Nama kegiatan wajib diisi.'],
    [
      'a desa code that is not a desa',
      withLine(0, { desaCode: '3322' }),
      'lines.0.desaCode',
      'Kode desa 3322 tidak sah (10 angka, misalnya 3322012001).',
    ],
    [
      'a total above the pagu',
      withLine(2, { amount: 650_000_001n }),
      'lines',
      'Jumlah rencana Rp1.000.000.001 melebihi pagu Rp1.000.000.000 sebesar Rp1.',
    ],
    ['a zero pagu', { ...good(), pagu: 0n }, 'pagu', 'Pagu Dana Desa harus lebih dari nol.'],
    [
      'another fiscal year',
      { ...good(), fiscalYear: 2024 },
      'fiscalYear',
      'Rencana tahun 2024 tidak bisa diperiksa dengan aturan tahun 2025.',
    ],
    [
      'a use recorded as not needed but planned',
      { ...good(), facts: { notNeeded: ['blt_desa'] } },
      'facts.notNeeded.0',
      'BLT Desa dicatat tidak diperlukan, tetapi direncanakan Rp150.000.000.',
    ],
    [
      'a not-needed record of another year’s use',
      { ...good(), facts: { notNeeded: ['penanganan_covid'] } },
      'facts.notNeeded.0',
      'Kategori "penanganan_covid" tidak termasuk penggunaan Dana Desa tahun 2025.',
    ],
    [
      'a fractional number of families',
      { ...good(), facts: { bltFamilies: 2.5 } },
      'facts.bltFamilies',
      'Jumlah keluarga penerima BLT Desa harus bilangan bulat 0 atau lebih.',
    ],
  ] as [string, DanaDesaPlan, string, string][])('reports %s', (_name, plan, field, message) => {
    expect(planIssues(plan, set2025)).toEqual([{ field, message }]);
  });

  it('allows a total exactly at the pagu', () => {
    expect(planIssues(withLine(2, { amount: 650_000_000n, wages: 0n }), set2025)).toEqual([]);
  });

  it('reports every problem, each with its path', () => {
    const plan = planOf(2025, PAGU, [
      { category: 'xyz', amount: 0n },
      { category: 'blt_desa', amount: 1n, id: 'L1' },
    ]);
    expect(planIssues(plan, set2025).map((i) => i.field)).toEqual([
      'lines.0.category',
      'lines.0.amount',
      'lines.1.id',
    ]);
  });
});

describe('planTotal', () => {
  it('adds exactly, far beyond a float’s integers', () => {
    const plan = planOf(2025, PAGU, [
      { category: 'blt_desa', amount: 9_007_199_254_740_993n },
      { category: 'blt_desa', amount: 1n },
    ]);
    expect(planTotal(plan)).toBe(9_007_199_254_740_994n);
  });
});
