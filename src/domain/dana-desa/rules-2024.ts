/**
 * Dana Desa priorities for fiscal year 2024 (DOMAIN.md §3.3): PMK 146/2023 — BLT Desa at most
 * 25 % of the pagu, food and animal-protein security at least 20 %, village-government operations
 * at most 3 %; stunting, sectoral priorities and BUM Desa capital as further uses. All from one
 * secondary source. The 20 % food-security floor dates from Perpres 104/2021 (secondary).
 */
import type { RuleSet } from './rule-set.ts';
import { outsidePrioritiesRule, pktdWageRule, SKB_PKTD } from './shared-rules.ts';

const PMK_146_SOURCE =
  'https://sumateraekspres.bacakoran.co/amp/30711/prioritas-stunting-blt-ketahanan-pangan';
const SECONDARY =
  'Persentase dari PMK 146/2023 menurut satu sumber sekunder (berita); teks PMK belum dibaca.';

export const RULES_2024: RuleSet = {
  fiscalYear: 2024,
  version: '2024.1',
  title: 'Prioritas penggunaan Dana Desa tahun 2024',
  regulations: [
    {
      citation: 'PMK 146/2023',
      title: 'Ketentuan penggunaan Dana Desa tahun anggaran 2024',
      confidence: 'secondary',
      source: PMK_146_SOURCE,
      note: 'Isi dibaca dari satu berita; teks PMK belum dibaca.',
    },
    SKB_PKTD,
    {
      citation: 'Perpres 104/2021',
      title: 'Rincian APBN 2022: awal ketentuan ketahanan pangan paling sedikit 20% Dana Desa',
      confidence: 'secondary',
      source:
        'https://sumeks.disway.id/amp/678787/simak-ini-dasar-hukum-20-persen-dana-desa-harus-digunakan-guna-ketahanan-pangan-dan-mengatasi-stunting',
      note: 'Dasar hukum 20% menurut satu berita.',
    },
  ],
  categories: [
    'blt_desa',
    'ketahanan_pangan',
    'stunting_kesehatan',
    'sektor_prioritas_lain',
    'penyertaan_modal_bumdes',
    'operasional_pemerintah_desa',
    'padat_karya_tunai',
    'infrastruktur_desa',
    'lainnya',
  ],
  rules: [
    {
      id: 'blt-maks',
      kind: 'cap',
      title: 'BLT Desa paling banyak 25% dari pagu',
      subject: 'BLT Desa',
      categories: ['blt_desa'],
      percent: '25',
      base: 'pagu',
      measure: 'amount',
      citation: 0,
      confidence: 'secondary',
      explanation:
        'BLT Desa membantu keluarga miskin dengan uang tunai. Supaya Dana Desa tetap cukup untuk ' +
        'kebutuhan lain, BLT Desa tahun 2024 paling banyak seperempat (25%) dari pagu.',
      uncertainty: SECONDARY,
    },
    {
      id: 'pangan-min',
      kind: 'floor',
      title: 'Ketahanan pangan dan hewani paling sedikit 20% dari pagu',
      subject: 'ketahanan pangan dan hewani',
      categories: ['ketahanan_pangan'],
      percent: '20',
      base: 'pagu',
      measure: 'amount',
      citation: 0,
      confidence: 'secondary',
      explanation:
        'Paling sedikit seperlima (20%) Dana Desa dipakai agar warga cukup pangan, termasuk protein hewani ' +
        'seperti ternak dan ikan. Ketentuan ini berlaku sejak tahun 2022.',
      uncertainty: `${SECONDARY} Awal ketentuan 20% (Perpres 104/2021) juga dari satu berita.`,
    },
    {
      id: 'operasional-maks',
      kind: 'cap',
      title: 'Dana operasional pemerintah desa paling banyak 3% dari pagu',
      subject: 'dana operasional pemerintah desa',
      categories: ['operasional_pemerintah_desa'],
      percent: '3',
      base: 'pagu',
      measure: 'amount',
      citation: 0,
      confidence: 'secondary',
      explanation:
        'Sebagian kecil Dana Desa boleh dipakai untuk biaya menjalankan pemerintahan desa, paling banyak 3% ' +
        'dari pagu; sisanya untuk warga.',
      uncertainty: SECONDARY,
    },
    pktdWageRule(1),
    outsidePrioritiesRule(0, 'secondary', 'Daftar prioritas PMK 146/2023 menurut satu sumber sekunder.'),
  ],
};
