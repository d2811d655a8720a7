import { describe, expect, it } from 'vitest';
import type { CategoryCode } from './categories.ts';
import type { PlanFacts } from './plan.ts';
import { check, PAGU, ruleSetOf } from './testing.ts';

const set = ruleSetOf(2020);
const M = 1_000_000n;

describe('rule set 2020', () => {
  it('is this rule table', () => {
    expect(
      set.rules.map((r) => [
        r.id,
        r.kind,
        r.categories.join(','),
        'percent' in r ? r.percent : null,
        set.regulations[r.citation]?.citation,
        r.confidence,
      ]),
    ).toEqual([
      [
        'urutan-prioritas',
        'ordering',
        'ekonomi_produktif,penyertaan_modal_bumdes,infrastruktur_desa',
        null,
        'Permendesa PDTT 6/2020',
        'uncertain',
      ],
      ['blt-per-keluarga', 'information', 'blt_desa', null, 'PMK 50/2020', 'secondary'],
      [
        'upah-pktd-min',
        'condition',
        'padat_karya_tunai,infrastruktur_desa',
        '30',
        'SKB 4 Menteri 18 Desember 2017 (Padat Karya Tunai Desa)',
        'secondary',
      ],
      ['di-luar-prioritas', 'information', 'lainnya', null, 'Permendesa PDTT 11/2019', 'verified'],
    ]);
    const ordering = set.rules[0]!;
    expect(ordering.kind === 'ordering' && ordering.steps.map((s) => s.categories.join(','))).toEqual([
      'blt_desa',
      'penanganan_covid',
      'padat_karya_tunai',
    ]);
  });

  it('has no caps: the 2020 percentages were not established in the sources', () => {
    expect(set.rules.filter((r) => r.kind === 'cap' || r.kind === 'floor')).toEqual([]);
  });

  describe('order of use: BLT Desa, then COVID-19 handling, then PKTD, then other economic uses', () => {
    const B = { category: 'blt_desa', amount: 100n * M };
    const C = { category: 'penanganan_covid', amount: 50n * M };
    const P = { category: 'padat_karya_tunai', amount: 200n * M, wages: 60n * M };
    const E = { category: 'ekonomi_produktif', amount: 70n * M };
    const K = { category: 'penyertaan_modal_bumdes', amount: 30n * M };
    const S = { category: 'stunting_kesehatan', amount: 10n * M };

    it.each([
      ['nothing planned', [], {}, 'tidak_berlaku', [], 0n],
      ['only BLT Desa', [B], {}, 'tidak_berlaku', [], 0n],
      ['only uses outside the order', [S], {}, 'tidak_berlaku', [], 0n],
      ['the full order', [B, C, P, E, K], {}, 'lulus', [], 350n * M],
      [
        'economic uses only',
        [E, K],
        {},
        'tidak_lulus',
        ['blt_desa', 'penanganan_covid', 'padat_karya_tunai'],
        100n * M,
      ],
      [
        'BLT Desa then economic uses, skipping two steps',
        [B, E],
        {},
        'tidak_lulus',
        ['penanganan_covid', 'padat_karya_tunai'],
        70n * M,
      ],
      ['COVID-19 handling without BLT Desa', [C], {}, 'tidak_lulus', ['blt_desa'], 50n * M],
      [
        'PKTD and economic uses before COVID-19 handling',
        [B, P, E],
        {},
        'tidak_lulus',
        ['penanganan_covid'],
        270n * M,
      ],
      ['no family qualifies for BLT Desa', [C, P, E], { notNeeded: ['blt_desa'] }, 'lulus', [], 320n * M],
      ['PKTD recorded as not needed', [B, C, E], { notNeeded: ['padat_karya_tunai'] }, 'lulus', [], 120n * M],
      [
        'a record of "not needed" for a step that is missing anyway',
        [E],
        { notNeeded: ['blt_desa'] },
        'tidak_lulus',
        ['penanganan_covid', 'padat_karya_tunai'],
        70n * M,
      ],
    ] as [string, { category: string; amount: bigint }[], PlanFacts, string, CategoryCode[], bigint][])(
      '%s',
      (_name, specs, facts, status, missing, amount) => {
        const r = check(2020, 'urutan-prioritas', PAGU, specs, facts);
        expect(r.status).toBe(status);
        expect(r.missing).toEqual(missing);
        expect(r.amount).toBe(amount);
      },
    );

    it('says what is missing, the order, and how to put it right', () => {
      const r = check(2020, 'urutan-prioritas', PAGU, [B, E]);
      expect(r.lineIds).toEqual(['L2']);
      expect(r.sentence).toBe(
        'Rencana memuat penggunaan lain untuk ekonomi dan pembangunan desa sebesar Rp70.000.000, tetapi ' +
          'penanganan COVID-19 dan Padat Karya Tunai Desa (PKTD) belum direncanakan. Tahun 2020 Dana Desa ' +
          'didahulukan untuk BLT Desa, lalu penanganan COVID-19, lalu Padat Karya Tunai Desa (PKTD), baru ' +
          'kemudian penggunaan lain untuk ekonomi dan pembangunan desa. Rencanakan dulu penanganan COVID-19 dan ' +
          'Padat Karya Tunai Desa (PKTD), atau catat dalam musyawarah desa bahwa penanganan COVID-19 dan Padat ' +
          'Karya Tunai Desa (PKTD) tidak diperlukan.',
      );
      expect(check(2020, 'urutan-prioritas', PAGU, [E]).sentence).toContain(
        '(misalnya tidak ada keluarga yang memenuhi syarat penerima BLT Desa)',
      );
    });

    it('names what was recorded as not needed when the order holds', () => {
      const r = check(2020, 'urutan-prioritas', PAGU, [C, P, E], { notNeeded: ['blt_desa'] });
      expect(r.sentence).toBe(
        'Urutan prioritas tahun 2020 terpenuhi: penanganan COVID-19 dan Padat Karya Tunai Desa (PKTD) sudah ' +
          'direncanakan, dan BLT Desa dicatat tidak diperlukan, sebelum penggunaan lain untuk ekonomi dan ' +
          'pembangunan desa. Penggunaan yang harus menunggu giliran berjumlah Rp320.000.000.',
      );
    });
  });

  describe('BLT Desa per family (PMK 50/2020): information only', () => {
    it('computes Rp2.700.000 per family for six months and the exact difference', () => {
      const r = check(2020, 'blt-per-keluarga', PAGU, [{ category: 'blt_desa', amount: 100_000_000n }], {
        bltFamilies: 40,
      });
      expect(r.status).toBe('informasi');
      expect(r.limit).toBe(108_000_000n);
      expect(r.shortfall).toBe(8_000_000n);
      expect(r.excess).toBe(0n);
      expect(r.sentence).toBe(
        'Untuk 40 keluarga penerima, BLT Desa 6 bulan membutuhkan Rp108.000.000 (Rp2.700.000 per keluarga: ' +
          'Rp600.000 per bulan pada bulan 1–3 dan Rp300.000 per bulan pada bulan 4–6). Yang direncanakan ' +
          'Rp100.000.000, kurang Rp8.000.000. Angka ini hanya informasi, karena besaran dan lama BLT Desa 2020 ' +
          'berubah beberapa kali sepanjang tahun.',
      );
    });

    it.each([
      [108_000_000n, 0n, 0n, 'sama dengan kebutuhan'],
      [108_000_001n, 1n, 0n, 'lebih Rp1'],
    ])('planned %s against the need of 40 families', (amount, excess, shortfall, words) => {
      const r = check(2020, 'blt-per-keluarga', PAGU, [{ category: 'blt_desa', amount }], {
        bltFamilies: 40,
      });
      expect([r.excess, r.shortfall]).toEqual([excess, shortfall]);
      expect(r.sentence).toContain(words);
    });

    it('asks for the number of families when it is not recorded', () => {
      const r = check(2020, 'blt-per-keluarga', PAGU, [{ category: 'blt_desa', amount: 5_000_000n }]);
      expect(r.limit).toBeNull();
      expect(r.sentence).toContain('Catat jumlah keluarga penerima hasil musyawarah desa khusus');
    });
  });

  it('checks the PKTD wage share in 2020 too', () => {
    const r = check(2020, 'upah-pktd-min', PAGU, [
      { category: 'padat_karya_tunai', amount: 100n * M, wages: 29n * M },
    ]);
    expect([r.status, r.shortfall]).toEqual(['tidak_lulus', 1n * M]);
  });
});
