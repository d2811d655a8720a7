/**
 * Dana Desa priorities for fiscal year 2025 (DOMAIN.md §3.4, §8 item 5): BLT Desa at most 15 %
 * (some officials say "must allocate 15 %"), food security at least 20 %, both from secondary
 * sources; the regulation numbers (PMK 108/2024, Permendesa PDTT 2/2024) are uncertain. The 3 %
 * operations cap and the channelling of food-security funds through BUM Desa or other economic
 * institutions come from a summary of Permendesa PDTT 2/2024 (ANCHORS.md) only and are marked
 * uncertain; the latter is shown as information, not judged.
 */
import type { RuleSet } from './rule-set.ts';
import { outsidePrioritiesRule, pktdWageRule, SKB_PKTD } from './shared-rules.ts';

const NUMBERS_UNCERTAIN = 'Nomor peraturan 2025 (PMK 108/2024, Permendesa PDTT 2/2024) belum dipastikan.';

export const RULES_2025: RuleSet = {
  fiscalYear: 2025,
  version: '2025.1',
  title: 'Prioritas penggunaan Dana Desa tahun 2025',
  regulations: [
    {
      citation: 'PMK 108/2024',
      title: 'Ketentuan Dana Desa tahun anggaran 2025',
      confidence: 'uncertain',
      source:
        'https://www.bonelemoutara-luwu.web.id/artikel/2025/12/02/prioritas-penggunaan-dana-desa-tahun-anggaran-2026',
      moreSources: [
        'https://betv.disway.id/read/56797/kadis-pmd-seluma-tegaskan-20-persen-dana-desa-wajib-untuk-ketahanan-pangan/15',
      ],
      note: 'Persentasenya sama di beberapa sumber, tetapi nomor peraturannya tidak; nomor ini belum dipastikan.',
    },
    {
      citation: 'Permendesa PDTT 2/2024',
      title: 'Petunjuk operasional fokus penggunaan Dana Desa tahun 2025',
      confidence: 'uncertain',
      source:
        'https://betv.disway.id/read/56797/kadis-pmd-seluma-tegaskan-20-persen-dana-desa-wajib-untuk-ketahanan-pangan/15',
      note: 'Nomor peraturan belum dipastikan; isinya dibaca dari ringkasan sekunder.',
    },
    SKB_PKTD,
  ],
  categories: [
    'blt_desa',
    'ketahanan_pangan',
    'operasional_pemerintah_desa',
    'iklim_bencana',
    'stunting_kesehatan',
    'sektor_prioritas_lain',
    'infrastruktur_digital',
    'padat_karya_tunai',
    'infrastruktur_desa',
    'penyertaan_modal_bumdes',
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
      citation: 0,
      confidence: 'secondary',
      explanation:
        'BLT Desa membantu keluarga miskin ekstrem dengan uang tunai. Tahun 2025 batasnya turun dari 25% ' +
        'menjadi paling banyak 15% dari pagu.',
      uncertainty: `Batas 15% dari sumber sekunder; sebagian pejabat menyebutnya "wajib 15%", bukan "paling banyak". ${NUMBERS_UNCERTAIN}`,
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
      citation: 0,
      confidence: 'secondary',
      explanation:
        'Paling sedikit seperlima (20%) Dana Desa dipakai agar warga cukup pangan, termasuk protein hewani.',
      uncertainty: `Angka 20% dari beberapa sumber sekunder yang sama isinya. ${NUMBERS_UNCERTAIN}`,
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
      citation: 1,
      confidence: 'uncertain',
      explanation:
        'Sebagian kecil Dana Desa boleh dipakai untuk biaya menjalankan pemerintahan desa, paling banyak 3% ' +
        'dari pagu; sisanya untuk warga.',
      uncertainty: `Batas 3% untuk 2025 hanya dari ringkasan Permendesa PDTT 2/2024; sama dengan tahun 2024. ${NUMBERS_UNCERTAIN}`,
    },
    {
      id: 'pangan-lewat-lembaga-ekonomi',
      kind: 'information',
      title: 'Ketahanan pangan yang disalurkan lewat BUM Desa atau lembaga ekonomi desa',
      subject: 'ketahanan pangan yang disalurkan lewat BUM Desa atau lembaga ekonomi desa',
      categories: ['ketahanan_pangan'],
      base: 'categories_total',
      baseLabel: 'dana ketahanan pangan dan hewani',
      measure: 'enterprise_linked',
      citation: 1,
      confidence: 'uncertain',
      explanation:
        'Tahun 2025 dana ketahanan pangan diarahkan lewat BUM Desa atau lembaga ekonomi desa lain, supaya ' +
        'usahanya berlanjut. Kegiatan yang dicatat bersama BUM Desa atau koperasinya dihitung di sini.',
      uncertainty: `Arahan ini hanya dari ringkasan Permendesa PDTT 2/2024; besaran bagiannya tidak disebut. ${NUMBERS_UNCERTAIN}`,
      note: 'Tidak dinilai lulus atau tidak lulus, karena sumber tidak menyebut berapa bagian yang wajib disalurkan.',
    },
    pktdWageRule(2),
    outsidePrioritiesRule(1, 'uncertain', NUMBERS_UNCERTAIN),
  ],
};
