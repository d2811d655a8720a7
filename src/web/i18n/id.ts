import { idAccounts } from './id-accounts';
import { idDanaDesa } from './id-dana-desa';
import { idIndexImport } from './id-index-import';
import { idKawasan } from './id-kawasan';
import { idKawasanPublic } from './id-kawasan-public';
import { idKawasanRecommender } from './id-kawasan-recommender';
import { idKonvergensi } from './id-konvergensi';
import { idMaps } from './id-maps';
import { idMusyawarah } from './id-musyawarah';
import { idPelatihan } from './id-pelatihan';
import { idPelatihanHasil } from './id-pelatihan-hasil';
import { idPendampingan } from './id-pendampingan';
import { idPendampinganCatat } from './id-pendampingan-catat';
import { idRegionalIndex } from './id-regional-index';
import { idRpkp } from './id-rpkp';
import { idUsaha } from './id-usaha';
import { idUsahaHasil } from './id-usaha-hasil';
import { idVillageIndex } from './id-village-index';

/** Bahasa Indonesia (default language). en.ts must have exactly the same keys. */
export const id = {
  ...idAccounts,
  ...idVillageIndex,
  ...idIndexImport,
  ...idKawasan,
  ...idMaps,
  ...idRegionalIndex,
  ...idKawasanRecommender,
  ...idKawasanPublic,
  ...idMusyawarah,
  ...idRpkp,
  ...idPendampinganCatat,
  ...idPendampingan,
  ...idPelatihan,
  ...idPelatihanHasil,
  ...idUsaha,
  ...idUsahaHasil,
  ...idDanaDesa,
  ...idKonvergensi,
  app: {
    name: 'Kawasan',
    tagline:
      'Data wilayah administratif Indonesia, dari provinsi sampai desa, untuk pembangunan kawasan perdesaan berbasis pengembangan masyarakat.',
    skipToContent: 'Langsung ke isi',
    homeLink: 'Kawasan, ke beranda',
    loading: 'Memuat…',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  footer: {
    dataPrefix: 'Data wilayah: Kemendagri, via',
    license: 'Kawasan adalah perangkat lunak sumber terbuka (AGPL-3.0).',
  },
  home: {
    documentTitle: 'Kawasan: wilayah Indonesia',
    countsHeading: 'Indonesia dalam angka',
    provincesHeading: 'Provinsi',
    provincesHint: 'Pilih provinsi untuk melihat kabupaten/kota, kecamatan dan desa di dalamnya.',
  },
  counts: {
    provinces: 'Provinsi',
    regencies: 'Kabupaten/kota',
    districts: 'Kecamatan',
    villages: 'Desa/kelurahan',
    desa: 'Desa',
    kelurahan: 'Kelurahan',
    desaAdat: 'Desa adat',
    regenciesCount_one: '{{count, number}} kabupaten/kota',
    regenciesCount_other: '{{count, number}} kabupaten/kota',
    districtsCount_one: '{{count, number}} kecamatan',
    districtsCount_other: '{{count, number}} kecamatan',
    villagesCount_one: '{{count, number}} desa/kelurahan',
    villagesCount_other: '{{count, number}} desa/kelurahan',
    breakdownDesa: '{{value}} desa',
    breakdownKelurahan: '{{value}} kelurahan',
    breakdownDesaAdat: '{{value}} desa adat',
  },
  type: {
    province: 'Provinsi',
    regency: 'Kabupaten/Kota',
    kabupaten: 'Kabupaten',
    kota: 'Kota',
    district: 'Kecamatan',
    village: 'Desa/Kelurahan',
    desa: 'Desa',
    kelurahan: 'Kelurahan',
    desa_adat: 'Desa Adat',
  },
  table: {
    name: 'Nama',
    type: 'Jenis',
    code: 'Kode',
  },
  region: {
    breadcrumbs: 'Letak wilayah',
    indonesia: 'Indonesia',
    code: 'Kode wilayah',
    countsLabel: 'Jumlah wilayah di dalamnya',
    childrenHeading: {
      province: 'Kabupaten/kota di {{name}}',
      regency: 'Kecamatan di {{name}}',
      district: 'Desa/kelurahan di {{name}}',
    },
    showing: 'Menampilkan {{from}}–{{to}} dari {{total}}',
    pagination: 'Halaman daftar wilayah',
    page: 'Halaman {{page}}',
    previousPage: 'Halaman sebelumnya',
    nextPage: 'Halaman berikutnya',
    noChildren: 'Belum ada data wilayah di bawahnya.',
    pageOutOfRange: 'Halaman {{page}} tidak ada dalam daftar ini.',
    firstPage: 'Ke halaman pertama',
    notFoundTitle: 'Wilayah tidak ditemukan',
    notFoundText:
      'Tidak ada wilayah dengan kode {{code}}. Periksa kembali kodenya, atau cari desa dengan namanya.',
    invalidCodeTitle: 'Kode wilayah tidak valid',
    backHome: 'Kembali ke beranda',
  },
  profile: {
    heading: 'Profil {{type}}',
    name: 'Nama',
    codeDotted: 'Kode wilayah',
    codeCanonical: 'Kode (tanpa titik)',
    type: 'Jenis',
    district: 'Kecamatan',
    regency: 'Kabupaten/kota',
    province: 'Provinsi',
  },
  search: {
    label: 'Cari desa atau kelurahan',
    placeholder: 'Cari desa/kelurahan…',
    minChars: 'Ketik minimal 2 huruf',
    loading: 'Mencari…',
    empty: 'Tidak ada desa yang cocok',
    failed: 'Pencarian gagal.',
    within: 'Hanya di {{name}}',
    firstResults:
      '{{count}} hasil pertama. Ketik lebih lengkap, atau buka halaman suatu wilayah untuk mencari di dalamnya.',
    resultCount_one: '{{count}} hasil',
    resultCount_other: '{{count}} hasil',
    district: 'Kecamatan {{name}}',
    province: 'Provinsi {{name}}',
  },
  error: {
    networkTitle: 'Tidak dapat terhubung',
    networkText: 'Server tidak dapat dihubungi. Periksa koneksi internet Anda, lalu coba lagi.',
    unavailableTitle: 'Layanan sedang tidak tersedia',
    unavailableText: 'Basis data sedang tidak dapat diakses. Silakan coba lagi sebentar lagi.',
    genericTitle: 'Terjadi kesalahan',
    genericText: 'Permintaan tidak dapat diproses.',
    retry: 'Coba lagi',
    crashTitle: 'Terjadi kesalahan pada aplikasi',
    reload: 'Muat ulang halaman',
    pageNotFoundTitle: 'Halaman tidak ditemukan',
    pageNotFoundText: 'Alamat ini tidak ada di Kawasan.',
    forbiddenText: 'Anda tidak diizinkan melakukan ini.',
  },
};

/** Shape every language file must follow. */
export type Messages = typeof id;
