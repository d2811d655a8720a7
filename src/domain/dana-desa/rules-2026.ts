/**
 * Dana Desa priorities for fiscal year 2026 (DOMAIN.md §3.5). Permendesa PDT 16/2025 sets eight
 * focus areas: (1) extreme poverty via BLT Desa; (2) climate- and disaster-resilient villages;
 * (3) basic health incl. stunting; (4) food, energy and village economic institutions; (5) support
 * for Koperasi Desa Merah Putih (outlets, warehouses, equipment, paid as loan instalments);
 * (6) infrastructure via PKTD; (7) digital infrastructure; (8) other priority sectors (two
 * secondary sources agree).
 *
 * - BLT ≤ 15 % and food security ≥ 20 % are reported to continue (one secondary source, which
 *   also reports PMK 81/2025; which regulation holds the percentages is not established).
 * - Koperasi Desa Merah Putih: Rp34.57 trillion of Rp60.57 trillion (58.03 %) is earmarked
 *   nationally ("PMK 7/2025", number unclear). No per-village percentage is established, so the
 *   rule reports the amount and says why it is not pass/fail.
 * - Operations ≤ 3 % only for a village that published the previous year's use of Dana Desa
 *   (transparency sanction, one secondary source): a gated cap, 0 % when not published.
 */
import type { RuleSet } from './rule-set.ts';
import { outsidePrioritiesRule, pktdWageRule, SKB_PKTD } from './shared-rules.ts';

const BONELEMOUTARA =
  'https://www.bonelemoutara-luwu.web.id/artikel/2025/12/02/prioritas-penggunaan-dana-desa-tahun-anggaran-2026';
const CONTINUED =
  'Dilaporkan berlanjut dari 2025 oleh satu sumber sekunder; peraturan yang memuat persentasenya belum dipastikan.';

export const RULES_2026: RuleSet = {
  fiscalYear: 2026,
  version: '2026.1',
  title: 'Fokus penggunaan Dana Desa tahun 2026',
  regulations: [
    {
      citation: 'Permendesa PDT 16/2025',
      title: 'Petunjuk operasional fokus penggunaan Dana Desa tahun 2026 (delapan fokus)',
      confidence: 'secondary',
      source:
        'https://updesa.com/permendesa-pdt-no-16-tahun-2025-petunjuk-operasional-fokus-penggunaan-dana-desa-2026',
      moreSources: [
        'https://tawangsari-pengasih.desa.id/index.php/artikel/2026/1/2/pemerintah-terbitkan-aturan-baru-dana-desa-2026-fokus-pada-koperasi-merah-putih-hingga-penanganan-k',
      ],
      note: 'Dua sumber sekunder yang sama isinya; teks peraturan belum dibaca.',
    },
    {
      citation: 'PMK 81/2025',
      title: 'Penyaluran Dana Desa 2026 dengan syarat komitmen pembentukan Koperasi Desa Merah Putih',
      confidence: 'secondary',
      source: BONELEMOUTARA,
      note: 'Satu sumber sekunder; sumber yang sama melaporkan BLT Desa ≤15% dan ketahanan pangan ≥20% berlanjut.',
    },
    {
      citation: 'PMK 7/2025',
      title: 'Pengelolaan Dana Desa tahun anggaran 2026 (alokasi nasional Koperasi Desa Merah Putih)',
      confidence: 'uncertain',
      source:
        'https://babeindonesia.com/read/6606595/mensesneg-jamin-rp-34-57-t-dana-desa-dipakai-kopdes-tak-ganggu-pembangunan-desa',
      note: 'Nomor ini disebut satu berita dan belum dipastikan (bisa tertukar dengan PMK 81/2025).',
    },
    SKB_PKTD,
    {
      citation: 'Sanksi transparansi Dana Desa 2026 (nomor peraturan tidak disebut sumber)',
      title:
        'Desa yang tidak mengumumkan penggunaan Dana Desa tidak boleh menganggarkan dana operasional tahun berikutnya',
      confidence: 'secondary',
      source:
        'https://nusaly.com/data-visual/dana-desa-2026-karpet-merah-koperasi-merah-putih-dan-jerat-sanksi-operasional',
      note: 'Satu sumber sekunder; peraturan yang memuat sanksi ini tidak disebut.',
    },
  ],
  categories: [
    'blt_desa',
    'iklim_bencana',
    'stunting_kesehatan',
    'ketahanan_pangan',
    'energi_ekonomi_desa',
    'penyertaan_modal_bumdes',
    'koperasi_merah_putih',
    'padat_karya_tunai',
    'infrastruktur_desa',
    'infrastruktur_digital',
    'sektor_prioritas_lain',
    'operasional_pemerintah_desa',
    'lainnya',
  ],
  rules: [
    {
      id: 'blt-maks',
      kind: 'cap',
      title: 'BLT Desa paling banyak 15% dari pagu',
      subject: 'BLT Desa',
      categories: ['blt_desa'],
      percent: '15',
      base: 'pagu',
      measure: 'amount',
      citation: 1,
      confidence: 'secondary',
      explanation:
        'Fokus pertama Dana Desa 2026 adalah menghapus kemiskinan ekstrem lewat BLT Desa, paling banyak 15% dari pagu.',
      uncertainty: CONTINUED,
    },
    {
      id: 'pangan-min',
      kind: 'floor',
      title: 'Ketahanan pangan paling sedikit 20% dari pagu',
      subject: 'ketahanan pangan dan hewani',
      categories: ['ketahanan_pangan'],
      percent: '20',
      base: 'pagu',
      measure: 'amount',
      citation: 1,
      confidence: 'secondary',
      explanation:
        'Paling sedikit seperlima (20%) Dana Desa dipakai agar warga cukup pangan, termasuk protein hewani.',
      uncertainty: CONTINUED,
    },
    {
      id: 'operasional-maks',
      kind: 'cap',
      title: 'Dana operasional pemerintah desa paling banyak 3%, hanya bila penggunaan tahun lalu diumumkan',
      subject: 'dana operasional pemerintah desa',
      categories: ['operasional_pemerintah_desa'],
      percent: '3',
      base: 'pagu',
      measure: 'amount',
      gate: {
        fact: 'publishedPreviousYear',
        percentWhenFalse: '0',
        whenFalse:
          'Desa tidak mengumumkan penggunaan Dana Desa tahun lalu, sehingga tahun ini tidak boleh menganggarkan dana operasional.',
        whenUnknown:
          'Batas ini hanya berlaku bila desa sudah mengumumkan penggunaan Dana Desa tahun lalu (baliho, media sosial, atau situs web); catat hal itu.',
      },
      citation: 4,
      confidence: 'secondary',
      explanation:
        'Dana operasional pemerintah desa paling banyak 3% dari pagu. Desa yang tidak mengumumkan penggunaan ' +
        'Dana Desa tahun lalu kepada warga kehilangan dana operasional ini.',
      uncertainty:
        'Sanksi transparansi dari satu sumber sekunder yang tidak menyebut nomor peraturannya; batas 3% sama dengan tahun sebelumnya.',
    },
    pktdWageRule(3),
    {
      id: 'kopdes-merah-putih',
      kind: 'information',
      title: 'Dukungan Koperasi Desa Merah Putih',
      subject: 'dukungan Koperasi Desa Merah Putih',
      categories: ['koperasi_merah_putih'],
      base: 'pagu',
      measure: 'amount',
      citation: 0,
      confidence: 'secondary',
      explanation:
        'Fokus kelima Dana Desa 2026: mendukung Koperasi Desa Merah Putih, misalnya gerai, gudang, dan ' +
        'peralatan, dibayar sebagai angsuran pinjaman koperasi.',
      uncertainty:
        'Secara nasional Rp34,57 triliun dari Rp60,57 triliun (58,03%) Dana Desa 2026 diarahkan ke Koperasi Desa ' +
        'Merah Putih menurut satu berita (menyebut "PMK 7/2025", nomor belum pasti). Bagian per desa tidak ditemukan.',
      note:
        'Tidak dinilai lulus atau tidak lulus: angka 58,03% adalah jumlah nasional, bukan batas untuk setiap desa, ' +
        'dan bagian per desa belum ditemukan dalam peraturan.',
    },
    outsidePrioritiesRule(
      0,
      'secondary',
      'Delapan fokus Permendesa PDT 16/2025 menurut dua sumber sekunder.',
    ),
  ],
};
