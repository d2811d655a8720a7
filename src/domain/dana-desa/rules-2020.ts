/**
 * Dana Desa priorities for fiscal year 2020, the COVID-19 year (DOMAIN.md §3.1, §3.2).
 *
 * Reading of the order of use: the sources give the order "BLT Desa, then COVID-19 handling, then
 * Padat Karya Tunai Desa", before other economic uses. A budget has no dates, so the order is
 * checked on what the plan holds: a use may be planned only when every earlier priority is planned
 * or recorded in musyawarah desa as not needed (for BLT Desa: no family qualifies). Which uses count
 * as "other economic uses" (productive enterprise, BUM Desa capital, non-PKTD construction) is our
 * reading; the regulation chain is verified, the detail of the order is not (marked uncertain).
 */
import type { RuleSet } from './rule-set.ts';
import { outsidePrioritiesRule, pktdWageRule, SKB_PKTD } from './shared-rules.ts';

const MATRIKS =
  'https://id.scribd.com/document/615834646/MATRIKS-PERBANDINGAN-PERUBAHAN-PERMENDES-DTT-11-Tahun-2019';

export const RULES_2020: RuleSet = {
  fiscalYear: 2020,
  version: '2020.1',
  title: 'Prioritas penggunaan Dana Desa tahun 2020 (masa COVID-19)',
  regulations: [
    {
      citation: 'Permendesa PDTT 11/2019',
      title: 'Prioritas Penggunaan Dana Desa Tahun 2020',
      confidence: 'verified',
      source: MATRIKS,
    },
    {
      citation: 'Permendesa PDTT 6/2020',
      title: 'Perubahan Permendesa PDTT 11/2019: pencegahan dan penanganan COVID-19, PKTD, dan BLT Dana Desa',
      confidence: 'verified',
      source: MATRIKS,
      moreSources: [
        'https://kepemerintahandesa.blogspot.com/2020/04/surat-mendes-tentang-tanggap-covid-19.html',
      ],
      note: 'Diubah lagi oleh Permendesa PDTT 7/2020 dan 14/2020; urutan perubahan terverifikasi.',
    },
    {
      citation: 'PMK 50/2020',
      title: 'Perubahan PMK 205/2019 tentang Pengelolaan Dana Desa (besaran BLT Desa)',
      confidence: 'secondary',
      source: 'https://id.scribd.com/presentation/631048854/Dana-Desa-Bidang-Kesehatan-pptx',
      note: 'Besaran BLT Desa dibaca dari satu bahan paparan, bukan dari teks peraturan.',
    },
    SKB_PKTD,
  ],
  categories: [
    'blt_desa',
    'penanganan_covid',
    'padat_karya_tunai',
    'infrastruktur_desa',
    'ekonomi_produktif',
    'penyertaan_modal_bumdes',
    'stunting_kesehatan',
    'lainnya',
  ],
  rules: [
    {
      id: 'urutan-prioritas',
      kind: 'ordering',
      title: 'BLT Desa, lalu penanganan COVID-19, lalu PKTD, baru penggunaan ekonomi lain',
      subject: 'penggunaan lain untuk ekonomi dan pembangunan desa',
      categories: ['ekonomi_produktif', 'penyertaan_modal_bumdes', 'infrastruktur_desa'],
      steps: [
        {
          categories: ['blt_desa'],
          label: 'BLT Desa',
          notNeededExample: 'tidak ada keluarga yang memenuhi syarat penerima BLT Desa',
        },
        { categories: ['penanganan_covid'], label: 'penanganan COVID-19' },
        { categories: ['padat_karya_tunai'], label: 'Padat Karya Tunai Desa (PKTD)' },
      ],
      citation: 1,
      confidence: 'uncertain',
      explanation:
        'Tahun 2020 Dana Desa lebih dulu dipakai untuk menolong warga menghadapi COVID-19: bantuan tunai ' +
        'untuk keluarga miskin, lalu pencegahan dan penanganan COVID-19, lalu pekerjaan padat karya yang ' +
        'memberi upah kepada warga. Usaha ekonomi, modal BUM Desa, dan pembangunan lain menyusul setelahnya.',
      uncertainty:
        'Rangkaian peraturannya terverifikasi, tetapi rincian urutan diambil dari satu artikel. Pemeriksaan ' +
        'urutan pada rencana anggaran (yang tidak bertanggal) adalah tafsiran kami.',
    },
    {
      id: 'blt-per-keluarga',
      kind: 'information',
      title: 'Kebutuhan BLT Desa menurut jumlah keluarga penerima',
      subject: 'BLT Desa',
      categories: ['blt_desa'],
      base: 'pagu',
      measure: 'amount',
      special: {
        id: 'blt_per_keluarga',
        monthlyAmounts: [600_000n, 600_000n, 600_000n, 300_000n, 300_000n, 300_000n],
      },
      citation: 2,
      confidence: 'secondary',
      explanation:
        'BLT Desa 2020 dibayar selama 6 bulan: Rp600.000 per keluarga per bulan pada bulan 1–3 dan ' +
        'Rp300.000 pada bulan 4–6. Penerimanya ditetapkan dalam musyawarah desa khusus.',
      uncertainty: 'Besaran dan jumlah bulan dibaca dari satu bahan paparan tentang PMK 50/2020.',
      note: 'Angka ini hanya informasi, karena besaran dan lama BLT Desa 2020 berubah beberapa kali sepanjang tahun.',
    },
    pktdWageRule(3),
    outsidePrioritiesRule(0, 'verified'),
  ],
};
