import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../money/rupiah.ts';
import { checkPlan } from './check.ts';
import { check, PAGU, planOf, resultOf, ruleSetOf, UNEVEN_PAGU } from './testing.ts';

const set = ruleSetOf(2025);

describe('rule set 2025', () => {
  it('is this rule table', () => {
    expect(
      set.rules.map((r) => [
        r.id,
        r.kind,
        r.categories.join(','),
        'percent' in r ? r.percent : null,
        'base' in r ? r.base : null,
        set.regulations[r.citation]?.citation,
        r.confidence,
      ]),
    ).toEqual([
      ['blt-maks', 'cap', 'blt_desa', '15', 'pagu', 'PMK 108/2024', 'secondary'],
      ['pangan-min', 'floor', 'ketahanan_pangan', '20', 'pagu', 'PMK 108/2024', 'secondary'],
      [
        'operasional-maks',
        'cap',
        'operasional_pemerintah_desa',
        '3',
        'pagu',
        'Permendesa PDTT 2/2024',
        'uncertain',
      ],
      [
        'pangan-lewat-lembaga-ekonomi',
        'information',
        'ketahanan_pangan',
        null,
        'categories_total',
        'Permendesa PDTT 2/2024',
        'uncertain',
      ],
      [
        'upah-pktd-min',
        'condition',
        'padat_karya_tunai,infrastruktur_desa',
        '30',
        'construction_spending',
        'SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)',
        'secondary',
      ],
      ['di-luar-prioritas', 'information', 'lainnya', null, 'pagu', 'Permendesa PDTT 2/2024', 'uncertain'],
    ]);
  });

  it('marks both 2025 regulation numbers as uncertain (DOMAIN.md §8 item 5)', () => {
    expect(set.regulations.map((r) => [r.citation, r.confidence])).toEqual([
      ['PMK 108/2024', 'uncertain'],
      ['Permendesa PDTT 2/2024', 'uncertain'],
      ['SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)', 'secondary'],
    ]);
  });

  it.each([
    // rule, pagu, amount, status, excess (caps) or shortfall (floors)
    ['blt-maks', PAGU, 150_000_000n, 'lulus', 0n],
    ['blt-maks', PAGU, 150_000_001n, 'tidak_lulus', 1n],
    ['blt-maks', UNEVEN_PAGU, 150_000_000n, 'lulus', 0n],
    ['blt-maks', UNEVEN_PAGU, 150_000_001n, 'tidak_lulus', 1n],
    ['blt-maks', PAGU, 0n, 'lulus', 0n],
    ['operasional-maks', PAGU, 30_000_000n, 'lulus', 0n],
    ['operasional-maks', PAGU, 30_000_001n, 'tidak_lulus', 1n],
    ['operasional-maks', UNEVEN_PAGU, 30_000_000n, 'lulus', 0n],
    ['operasional-maks', UNEVEN_PAGU, 30_000_001n, 'tidak_lulus', 1n],
    ['pangan-min', PAGU, 200_000_000n, 'lulus', 0n],
    ['pangan-min', PAGU, 199_999_999n, 'tidak_lulus', 1n],
    ['pangan-min', UNEVEN_PAGU, 200_000_001n, 'lulus', 0n],
    ['pangan-min', UNEVEN_PAGU, 200_000_000n, 'tidak_lulus', 1n],
    ['pangan-min', PAGU, 0n, 'tidak_lulus', 200_000_000n],
  ] as const)('%s with pagu %s and %s planned: %s, off by %s', (ruleId, pagu, amount, status, off) => {
    const category =
      ruleId === 'blt-maks'
        ? 'blt_desa'
        : ruleId === 'pangan-min'
          ? 'ketahanan_pangan'
          : 'operasional_pemerintah_desa';
    const r = check(2025, ruleId, pagu, amount > 0n ? [{ category, amount }] : []);
    expect(r.status).toBe(status);
    expect(r.amount).toBe(amount);
    expect(r.base).toBe(pagu);
    expect(r.kind === 'cap' ? r.excess : r.shortfall).toBe(off);
    expect(r.kind === 'cap' ? r.shortfall : r.excess).toBeNull();
  });

  it('uses the exact limit of an uneven pagu: 15% of Rp1.000.000.003 is at most Rp150.000.000, 20% at least Rp200.000.001', () => {
    expect(check(2025, 'blt-maks', UNEVEN_PAGU, []).limit).toBe(150_000_000n);
    expect(check(2025, 'pangan-min', UNEVEN_PAGU, []).limit).toBe(200_000_001n);
    expect(check(2025, 'operasional-maks', UNEVEN_PAGU, []).limit).toBe(30_000_000n);
  });

  it('tells the operator exactly how much to take off BLT Desa', () => {
    const r = check(2025, 'blt-maks', PAGU, [{ category: 'blt_desa', amount: 210_000_000n }]);
    expect(r.excess).toBe(60_000_000n);
    expect(r.percentText).toBe('21,0%');
    expect(r.sentence).toBe(
      'BLT Desa direncanakan Rp210.000.000, yaitu 21,0% dari pagu Dana Desa Rp1.000.000.000. ' +
        'Batas tahun 2025 paling banyak 15% (Rp150.000.000). Kurangi Rp60.000.000 agar sesuai batas.',
    );
    const after = check(2025, 'blt-maks', PAGU, [{ category: 'blt_desa', amount: 210_000_000n - r.excess! }]);
    expect(after.status).toBe('lulus');
  });

  it('never shows a share that rounds onto the cap as if it met it', () => {
    const r = check(2025, 'blt-maks', PAGU, [{ category: 'blt_desa', amount: 150_000_001n }]);
    expect(r.sentence).toContain('sedikit di atas 15%');
    expect(r.sentence).toContain('Kurangi Rp1 agar sesuai batas.');
    const food = check(2025, 'pangan-min', PAGU, [{ category: 'ketahanan_pangan', amount: 199_999_999n }]);
    expect(food.sentence).toContain('sedikit di bawah 20%');
    expect(food.sentence).toContain('Tambah Rp1 agar memenuhi.');
  });

  it('counts the food-security lines channelled through an enterprise, as information on the food total', () => {
    const r = check(2025, 'pangan-lewat-lembaga-ekonomi', PAGU, [
      { category: 'ketahanan_pangan', amount: 150_000_000n, enterpriseId: 'bumdes-1' },
      { category: 'ketahanan_pangan', amount: 50_000_000n },
      { category: 'blt_desa', amount: 100_000_000n, enterpriseId: 'bumdes-1' },
    ]);
    expect(r.status).toBe('informasi');
    expect(r.amount).toBe(150_000_000n);
    expect(r.base).toBe(200_000_000n);
    expect(r.percentText).toBe('75,0%');
    expect(r.lineIds).toEqual(['L1']);
    expect(r.sentence).toContain('dari seluruh dana ketahanan pangan dan hewani Rp200.000.000');
  });

  it('refuses 2020-only categories and counts them for no rule', () => {
    const plan = planOf(2025, PAGU, [{ category: 'penanganan_covid', amount: 400_000_000n }]);
    const result = checkPlan(plan, set);
    expect(result.issues).toEqual([
      {
        field: 'lines.0.category',
        message:
          'Pencegahan dan penanganan COVID-19 tidak termasuk penggunaan Dana Desa tahun 2025; pilih kategori lain.',
      },
    ]);
    expect(result.results.every((r) => r.amount === 0n)).toBe(true);
  });

  it('sums several lines of a category exactly', () => {
    const r = check(2025, 'blt-maks', PAGU, [
      { category: 'blt_desa', amount: 100_000_000n },
      { category: 'blt_desa', amount: 50_000_001n },
    ]);
    expect(r.amount).toBe(150_000_001n);
    expect(r.status).toBe('tidak_lulus');
    expect(r.lineIds).toEqual(['L1', 'L2']);
    expect(r.sentence).toContain(formatRupiah(150_000_001n));
  });

  it('is stored with its version', () => {
    const result = checkPlan(planOf(2025, PAGU, []), set);
    expect(result.ruleSetVersion).toBe('2025.1');
    expect(result.fiscalYear).toBe(2025);
    expect(resultOf(result, 'blt-maks').citation).toBe('PMK 108/2024');
  });
});
