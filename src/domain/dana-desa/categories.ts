/**
 * The vocabulary of Dana Desa uses: stable codes (stored and sent in JSON), an Indonesian label
 * and a one-line explanation for a village operator. Which codes may be used in which fiscal year
 * is part of each year's rule set (`rules-<year>.ts`), not of this list: a code here is only a
 * name. Construction categories are those whose lines may carry a wages amount (the labour share
 * of Padat Karya Tunai Desa, DOMAIN.md §3.2).
 */

export const CATEGORY_CODES = [
  'blt_desa',
  'ketahanan_pangan',
  'operasional_pemerintah_desa',
  'penanganan_covid',
  'padat_karya_tunai',
  'infrastruktur_desa',
  'stunting_kesehatan',
  'iklim_bencana',
  'energi_ekonomi_desa',
  'ekonomi_produktif',
  'penyertaan_modal_bumdes',
  'koperasi_merah_putih',
  'infrastruktur_digital',
  'sektor_prioritas_lain',
  'lainnya',
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export interface Category {
  code: CategoryCode;
  /** Shown in forms and sentences. */
  label: string;
  /** One line a village operator understands. */
  explanation: string;
  /** Building work paid from Dana Desa, whose lines record the wages paid to local workers. */
  construction: boolean;
}

const category = (
  code: CategoryCode,
  label: string,
  explanation: string,
  construction = false,
): Category => ({
  code,
  label,
  explanation,
  construction,
});

export const CATEGORIES: Readonly<Record<CategoryCode, Category>> = {
  blt_desa: category(
    'blt_desa',
    'BLT Desa',
    'Bantuan langsung tunai dari Dana Desa untuk keluarga miskin yang disepakati dalam musyawarah desa.',
  ),
  ketahanan_pangan: category(
    'ketahanan_pangan',
    'Ketahanan pangan dan hewani',
    'Kegiatan agar warga cukup pangan: pertanian, peternakan, perikanan, lumbung, dan pengolahan hasilnya.',
  ),
  operasional_pemerintah_desa: category(
    'operasional_pemerintah_desa',
    'Dana operasional pemerintah desa',
    'Biaya menjalankan pemerintahan desa yang boleh diambil dari Dana Desa, misalnya alat tulis dan rapat.',
  ),
  penanganan_covid: category(
    'penanganan_covid',
    'Pencegahan dan penanganan COVID-19',
    'Posko, relawan desa, alat pelindung, dan ruang isolasi untuk menghadapi COVID-19.',
  ),
  padat_karya_tunai: category(
    'padat_karya_tunai',
    'Padat Karya Tunai Desa (PKTD)',
    'Pembangunan yang dikerjakan sendiri oleh warga desa dan upahnya dibayar tunai kepada mereka.',
    true,
  ),
  infrastruktur_desa: category(
    'infrastruktur_desa',
    'Pembangunan sarana dan prasarana desa',
    'Pembangunan fisik desa seperti jalan, jembatan, saluran air, dan bangunan umum.',
    true,
  ),
  stunting_kesehatan: category(
    'stunting_kesehatan',
    'Layanan kesehatan dasar dan pencegahan stunting',
    'Posyandu, makanan tambahan, air bersih, dan sanitasi agar anak tumbuh sehat.',
  ),
  iklim_bencana: category(
    'iklim_bencana',
    'Desa tahan iklim dan tangguh bencana',
    'Kesiapan menghadapi banjir, longsor, kekeringan, dan perubahan iklim.',
  ),
  energi_ekonomi_desa: category(
    'energi_ekonomi_desa',
    'Energi dan kelembagaan ekonomi desa',
    'Energi desa (misalnya listrik tenaga surya) dan penguatan lembaga ekonomi desa.',
  ),
  ekonomi_produktif: category(
    'ekonomi_produktif',
    'Pengembangan usaha ekonomi produktif',
    'Kegiatan untuk menumbuhkan usaha warga dan pendapatan desa.',
  ),
  penyertaan_modal_bumdes: category(
    'penyertaan_modal_bumdes',
    'Penyertaan modal BUM Desa',
    'Modal dari Dana Desa yang diserahkan kepada BUM Desa untuk menjalankan usahanya.',
  ),
  koperasi_merah_putih: category(
    'koperasi_merah_putih',
    'Dukungan Koperasi Desa Merah Putih',
    'Dukungan untuk Koperasi Desa Merah Putih, misalnya gerai, gudang, dan peralatan.',
  ),
  infrastruktur_digital: category(
    'infrastruktur_digital',
    'Infrastruktur dan layanan desa digital',
    'Jaringan internet, perangkat, dan layanan digital untuk desa.',
  ),
  sektor_prioritas_lain: category(
    'sektor_prioritas_lain',
    'Sektor prioritas lainnya',
    'Kegiatan lain yang termasuk prioritas nasional tahun itu, misalnya potensi lokal desa.',
  ),
  lainnya: category(
    'lainnya',
    'Penggunaan lain',
    'Kegiatan lain yang disepakati dalam musyawarah desa di luar prioritas yang disebut.',
  ),
};

export function isCategoryCode(value: unknown): value is CategoryCode {
  return typeof value === 'string' && Object.hasOwn(CATEGORIES, value);
}

/** The Indonesian label, or the code itself when it is not known. */
export function categoryLabel(code: string): string {
  return isCategoryCode(code) ? CATEGORIES[code].label : code;
}

/** The categories whose lines may record wages. */
export const CONSTRUCTION_CATEGORIES: readonly CategoryCode[] = CATEGORY_CODES.filter(
  (code) => CATEGORIES[code].construction,
);

export function isConstructionCategory(code: string): boolean {
  return isCategoryCode(code) && CATEGORIES[code].construction;
}
