import { describe, expect, it } from 'vitest';
import { check, PAGU, ruleSetOf, UNEVEN_PAGU } from './testing.ts';

const set = ruleSetOf(2024);

describe('rule set 2024', () => {
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
      ['blt-maks', 'cap', 'blt_desa', '25', 'pagu', 'PMK 146/2023', 'secondary'],
      ['pangan-min', 'floor', 'ketahanan_pangan', '20', 'pagu', 'PMK 146/2023', 'secondary'],
      ['operasional-maks', 'cap', 'operasional_pemerintah_desa', '3', 'pagu', 'PMK 146/2023', 'secondary'],
      [
        'upah-pktd-min',
        'condition',
        'padat_karya_tunai,infrastruktur_desa',
        '30',
        'construction_spending',
        'SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)',
        'secondary',
      ],
      ['di-luar-prioritas', 'information', 'lainnya', null, 'pagu', 'PMK 146/2023', 'secondary'],
    ]);
    expect(set.regulations.map((r) => [r.citation, r.confidence])).toEqual([
      ['PMK 146/2023', 'secondary'],
      ['SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)', 'secondary'],
      ['Perpres 104/2021', 'secondary'],
    ]);
  });

  it.each([
    ['blt-maks', 'blt_desa', PAGU, 250_000_000n, 'lulus', 0n],
    ['blt-maks', 'blt_desa', PAGU, 250_000_001n, 'tidak_lulus', 1n],
    // 25% of Rp999.999.999 is Rp249.999.999,75: at most Rp249.999.999.
    ['blt-maks', 'blt_desa', 999_999_999n, 249_999_999n, 'lulus', 0n],
    ['blt-maks', 'blt_desa', 999_999_999n, 250_000_000n, 'tidak_lulus', 1n],
    ['operasional-maks', 'operasional_pemerintah_desa', PAGU, 30_000_000n, 'lulus', 0n],
    ['operasional-maks', 'operasional_pemerintah_desa', PAGU, 30_000_001n, 'tidak_lulus', 1n],
    ['operasional-maks', 'operasional_pemerintah_desa', UNEVEN_PAGU, 30_000_001n, 'tidak_lulus', 1n],
    ['pangan-min', 'ketahanan_pangan', PAGU, 200_000_000n, 'lulus', 0n],
    ['pangan-min', 'ketahanan_pangan', PAGU, 199_999_999n, 'tidak_lulus', 1n],
    ['pangan-min', 'ketahanan_pangan', UNEVEN_PAGU, 200_000_000n, 'tidak_lulus', 1n],
    ['pangan-min', 'ketahanan_pangan', UNEVEN_PAGU, 200_000_001n, 'lulus', 0n],
  ] as const)(
    '%s (%s) with pagu %s and %s planned: %s, off by %s',
    (ruleId, category, pagu, amount, status, off) => {
      const r = check(2024, ruleId, pagu, [{ category, amount }]);
      expect(r.status).toBe(status);
      expect(r.kind === 'cap' ? r.excess : r.shortfall).toBe(off);
    },
  );

  it('allows the 2024 BLT share of 21% that 2025 refuses', () => {
    const lines = [{ category: 'blt_desa', amount: 210_000_000n }];
    expect(check(2024, 'blt-maks', PAGU, lines).status).toBe('lulus');
    expect(check(2024, 'blt-maks', PAGU, lines).sentence).toBe(
      'BLT Desa direncanakan Rp210.000.000, yaitu 21,0% dari pagu Dana Desa Rp1.000.000.000. ' +
        'Batas tahun 2024 paling banyak 25% (Rp250.000.000). Rencana ini sudah sesuai; masih ada ruang Rp40.000.000.',
    );
    expect(check(2025, 'blt-maks', PAGU, lines).status).toBe('tidak_lulus');
  });

  it.each([
    // construction lines (amount, wages), status, shortfall
    [[400_000_000n, 120_000_000n], 'lulus', 0n],
    [[400_000_000n, 119_999_999n], 'tidak_lulus', 1n],
    // 30% of Rp333.333.333 is Rp99.999.999,9: at least Rp100.000.000.
    [[333_333_333n, 100_000_000n], 'lulus', 0n],
    [[333_333_333n, 99_999_999n], 'tidak_lulus', 1n],
  ] as const)('wage share on construction %s: %s, short by %s', ([amount, wages], status, shortfall) => {
    const r = check(2024, 'upah-pktd-min', PAGU, [
      { category: 'padat_karya_tunai', amount, wages },
      { category: 'blt_desa', amount: 100_000_000n },
    ]);
    expect(r.status).toBe(status);
    expect(r.base).toBe(amount);
    expect(r.amount).toBe(wages);
    expect(r.shortfall).toBe(shortfall);
  });

  it('words the wage shortfall as wages inside the same construction work', () => {
    const r = check(2024, 'upah-pktd-min', PAGU, [
      { category: 'padat_karya_tunai', amount: 300_000_000n, wages: 80_000_000n },
      { category: 'infrastruktur_desa', amount: 100_000_000n },
    ]);
    expect(r.sentence).toBe(
      'Upah tenaga kerja warga desa direncanakan Rp80.000.000, yaitu 20,0% dari belanja pembangunan Rp400.000.000. ' +
        'Tahun 2024 paling sedikit 30% dari belanja pembangunan (Rp120.000.000). ' +
        'Naikkan upah untuk warga desa sebesar Rp40.000.000 dalam kegiatan pembangunan yang sama agar memenuhi. ' +
        '1 kegiatan pembangunan belum mencatat upah dan dihitung Rp0.',
    );
  });

  it('does not apply the wage condition to a plan without construction', () => {
    const r = check(2024, 'upah-pktd-min', PAGU, [{ category: 'blt_desa', amount: 1n }]);
    expect(r.status).toBe('tidak_berlaku');
    expect(r.limit).toBeNull();
    expect(r.sentence).toBe(
      'Rencana ini belum memuat kegiatan pembangunan, jadi ketentuan upah tenaga kerja warga desa tidak berlaku.',
    );
  });

  it('cannot compare with a pagu that is not filled in', () => {
    const r = check(2024, 'pangan-min', 0n, [{ category: 'ketahanan_pangan', amount: 5n }]);
    expect(r.status).toBe('tidak_berlaku');
    expect([r.limit, r.excess, r.shortfall, r.percentText]).toEqual([null, null, null, null]);
    expect(r.sentence).toBe(
      'Pagu Dana Desa belum diisi, jadi ketahanan pangan dan hewani belum bisa dibandingkan dengan batasnya.',
    );
  });
});
