import { describe, expect, it } from 'vitest';
import { check, PAGU, ruleSetOf, UNEVEN_PAGU } from './testing.ts';

const set = ruleSetOf(2026);

describe('rule set 2026', () => {
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
      ['blt-maks', 'cap', 'blt_desa', '15', 'pagu', 'PMK 81/2025', 'secondary'],
      ['pangan-min', 'floor', 'ketahanan_pangan', '20', 'pagu', 'PMK 81/2025', 'secondary'],
      [
        'operasional-maks',
        'cap',
        'operasional_pemerintah_desa',
        '3',
        'pagu',
        'Sanksi transparansi Dana Desa 2026 (nomor peraturan tidak disebut sumber)',
        'secondary',
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
      [
        'kopdes-merah-putih',
        'information',
        'koperasi_merah_putih',
        null,
        'pagu',
        'Permendesa PDT 16/2025',
        'secondary',
      ],
      ['di-luar-prioritas', 'information', 'lainnya', null, 'pagu', 'Permendesa PDT 16/2025', 'secondary'],
    ]);
    expect(set.regulations.map((r) => [r.citation, r.confidence])).toEqual([
      ['Permendesa PDT 16/2025', 'secondary'],
      ['PMK 81/2025', 'secondary'],
      ['PMK 7/2025', 'uncertain'],
      ['SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)', 'secondary'],
      ['Sanksi transparansi Dana Desa 2026 (nomor peraturan tidak disebut sumber)', 'secondary'],
    ]);
  });

  it('allows the eight focus areas of Permendesa PDT 16/2025, and no COVID-19 handling', () => {
    for (const code of [
      'blt_desa',
      'iklim_bencana',
      'stunting_kesehatan',
      'ketahanan_pangan',
      'energi_ekonomi_desa',
      'koperasi_merah_putih',
      'padat_karya_tunai',
      'infrastruktur_digital',
      'sektor_prioritas_lain',
    ] as const) {
      expect(set.categories).toContain(code);
    }
    expect(set.categories).not.toContain('penanganan_covid');
  });

  it.each([
    ['blt-maks', 'blt_desa', PAGU, 150_000_000n, 'lulus', 0n],
    ['blt-maks', 'blt_desa', PAGU, 150_000_001n, 'tidak_lulus', 1n],
    ['blt-maks', 'blt_desa', UNEVEN_PAGU, 150_000_001n, 'tidak_lulus', 1n],
    ['pangan-min', 'ketahanan_pangan', PAGU, 200_000_000n, 'lulus', 0n],
    ['pangan-min', 'ketahanan_pangan', PAGU, 199_999_999n, 'tidak_lulus', 1n],
    ['pangan-min', 'ketahanan_pangan', UNEVEN_PAGU, 200_000_001n, 'lulus', 0n],
    ['pangan-min', 'ketahanan_pangan', UNEVEN_PAGU, 200_000_000n, 'tidak_lulus', 1n],
  ] as const)(
    '%s (%s) with pagu %s and %s planned: %s, off by %s',
    (ruleId, category, pagu, amount, status, off) => {
      const r = check(2026, ruleId, pagu, [{ category, amount }], { publishedPreviousYear: true });
      expect(r.status).toBe(status);
      expect(r.kind === 'cap' ? r.excess : r.shortfall).toBe(off);
    },
  );

  describe('operations at most 3%, only after publishing last year’s use', () => {
    it.each([
      // published, amount, status, gate, percent, limit, excess
      [true, 30_000_000n, 'lulus', 'ya', '3', 30_000_000n, 0n],
      [true, 30_000_001n, 'tidak_lulus', 'ya', '3', 30_000_000n, 1n],
      [undefined, 30_000_000n, 'lulus', 'belum_dicatat', '3', 30_000_000n, 0n],
      [undefined, 30_000_001n, 'tidak_lulus', 'belum_dicatat', '3', 30_000_000n, 1n],
      [false, 1n, 'tidak_lulus', 'tidak', '0', 0n, 1n],
      [false, 30_000_000n, 'tidak_lulus', 'tidak', '0', 0n, 30_000_000n],
      [false, 0n, 'lulus', 'tidak', '0', 0n, 0n],
    ] as const)('published %s, %s planned: %s', (published, amount, status, gate, percent, limit, excess) => {
      const r = check(
        2026,
        'operasional-maks',
        PAGU,
        amount > 0n ? [{ category: 'operasional_pemerintah_desa', amount }] : [],
        published === undefined ? {} : { publishedPreviousYear: published },
      );
      expect([r.status, r.gate, r.percent, r.limit, r.excess]).toEqual([
        status,
        gate,
        percent,
        limit,
        excess,
      ]);
    });

    it('explains the sanction and what the result depends on', () => {
      const refused = check(
        2026,
        'operasional-maks',
        PAGU,
        [{ category: 'operasional_pemerintah_desa', amount: 20_000_000n }],
        {
          publishedPreviousYear: false,
        },
      );
      expect(refused.sentence).toBe(
        'Dana operasional pemerintah desa direncanakan Rp20.000.000, yaitu 2,0% dari pagu Dana Desa Rp1.000.000.000. ' +
          'Desa tidak mengumumkan penggunaan Dana Desa tahun lalu, sehingga tahun ini tidak boleh menganggarkan ' +
          'dana operasional. Batas tahun 2026 menjadi 0% (Rp0). Kurangi Rp20.000.000 agar sesuai batas.',
      );
      const unknown = check(2026, 'operasional-maks', PAGU, [
        { category: 'operasional_pemerintah_desa', amount: 20_000_000n },
      ]);
      expect(unknown.sentence).toContain(
        'Batas ini hanya berlaku bila desa sudah mengumumkan penggunaan Dana Desa tahun lalu',
      );
      const known = check(
        2026,
        'operasional-maks',
        PAGU,
        [{ category: 'operasional_pemerintah_desa', amount: 20_000_000n }],
        {
          publishedPreviousYear: true,
        },
      );
      expect(known.sentence).not.toContain('hanya berlaku bila');
    });
  });

  describe('Koperasi Desa Merah Putih: reported, not judged', () => {
    it('reports the amount and its share of the pagu whatever its size', () => {
      for (const amount of [1n, 580_300_000n, PAGU]) {
        const r = check(2026, 'kopdes-merah-putih', PAGU, [{ category: 'koperasi_merah_putih', amount }]);
        expect(r.status).toBe('informasi');
        expect([r.amount, r.base, r.limit, r.excess, r.shortfall]).toEqual([amount, PAGU, null, null, null]);
      }
    });

    it('says why the national 58,03% is no per-village limit', () => {
      const r = check(2026, 'kopdes-merah-putih', PAGU, [
        { category: 'koperasi_merah_putih', amount: 300_000_000n },
      ]);
      expect(r.sentence).toBe(
        'Dukungan Koperasi Desa Merah Putih direncanakan Rp300.000.000, yaitu 30,0% dari pagu Dana Desa ' +
          'Rp1.000.000.000. Tidak dinilai lulus atau tidak lulus: angka 58,03% adalah jumlah nasional, bukan ' +
          'batas untuk setiap desa, dan bagian per desa belum ditemukan dalam peraturan.',
      );
    });
  });
});
