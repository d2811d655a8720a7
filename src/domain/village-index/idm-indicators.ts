/**
 * The 50 scored indicators of the Indeks Desa Membangun as the ministry's API used them in 2024:
 * code, name, the label in API responses, dimension, sub-dimension, who can act, and the rubric
 * (for each score, the condition and the activity recommended to raise it).
 *
 * Source: Kemendesa PDTT IDM API indicator rubric (idm.kemendesa.go.id), as compiled in the public
 * repository kristonova/Visualisasi-Indeks-Desa-Membangun--IDM--2024. Data IDM: Kementerian Desa PDTT.
 * Generated from that catalogue; edit the catalogue, not this file, when the ministry changes it.
 */
import type { IdmDimension, IdmIndicator } from './idm.types.ts';

export const IDM_SUBDIMENSIONS = [
  {
    key: 'kes',
    dimension: 'IKS',
    name: 'Kesehatan',
  },
  {
    key: 'pdd',
    dimension: 'IKS',
    name: 'Pendidikan',
  },
  {
    key: 'mds',
    dimension: 'IKS',
    name: 'Modal sosial',
  },
  {
    key: 'pmk',
    dimension: 'IKS',
    name: 'Permukiman',
  },
  {
    key: 'prd',
    dimension: 'IKE',
    name: 'Keragaman produksi',
  },
  {
    key: 'dag',
    dimension: 'IKE',
    name: 'Perdagangan & jasa',
  },
  {
    key: 'log',
    dimension: 'IKE',
    name: 'Distribusi & logistik',
  },
  {
    key: 'keu',
    dimension: 'IKE',
    name: 'Keuangan & kredit',
  },
  {
    key: 'lek',
    dimension: 'IKE',
    name: 'Lembaga ekonomi',
  },
  {
    key: 'akw',
    dimension: 'IKE',
    name: 'Keterbukaan wilayah',
  },
  {
    key: 'lkg',
    dimension: 'IKL',
    name: 'Kualitas lingkungan',
  },
  {
    key: 'bcn',
    dimension: 'IKL',
    name: 'Kebencanaan',
  },
] as const;

export const IDM_INDICATORS: readonly IdmIndicator[] = [
  {
    code: 'IKS01_AKSES_SARKES',
    name: 'Akses sarana kesehatan',
    apiLabel: 'Skor Akses Sarkes',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'Dinkes, PU',
      },
    ],
    rubric: {
      '5': {
        condition: 'Waktu tempuh dari ≤ 30 Menit',
        activity: null,
      },
      '4': {
        condition: 'Waktu tempuh antara 31 s.d 60 Menit',
        activity: null,
      },
      '3': {
        condition: 'Waktu tempuh antara 61 s.d 90 Menit',
        activity: 'perbaikan akses jalan menuju sarana kesehatan',
      },
      '2': {
        condition: 'Waktu tempuh antara 91 s.d 120 Menit',
        activity: 'perbaikan akses jalan menuju sarana kesehatan',
      },
      '1': {
        condition: 'Waktu tempuh lebih dari120 Menit',
        activity: 'Pembangunan sarana kesehatan',
      },
    },
    nationalMean2024: 4.89,
  },
  {
    code: 'IKS02_DOKTER',
    name: 'Ketersediaan dokter',
    apiLabel: 'Skor Dokter',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DINKES',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah dokter ≥ 1 orang',
        activity: null,
      },
      '0': {
        condition: 'Jumlah Dokter Tidak ada',
        activity: 'Pengadaan Min 1 org Dokter',
      },
    },
    nationalMean2024: 1.64,
  },
  {
    code: 'IKS03_BIDAN',
    name: 'Ketersediaan bidan',
    apiLabel: 'Skor Bidan',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DINKES',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah bidan ≥ 1 orang',
        activity: null,
      },
      '1': {
        condition: 'Jumlah bidan Tidak ada',
        activity: 'Pengadaan Min 1 org Bidan',
      },
    },
    nationalMean2024: 4.71,
  },
  {
    code: 'IKS04_NAKES_LAIN',
    name: 'Tenaga kesehatan lain',
    apiLabel: 'Skor Nakes Lain',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DINKES',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah tenaga kesehatan lainnya ≥ 5 orang',
        activity: null,
      },
      '4': {
        condition: 'Jumlah tenaga kesehatan lainnya 3 s.d 4 orang',
        activity: 'Penambahan Nakes Min 2 Org',
      },
      '3': {
        condition: 'Jumlah tenaga kesehatan lainnya 2 orang',
        activity: 'Penambahan Nakes Min 3 Org',
      },
      '2': {
        condition: 'Jumlah tenaga kesehatan lainnya 1 orang',
        activity: 'Penambahan Nakes Min 4 Org',
      },
      '0': {
        condition: 'Jumlah tenaga kesehatan lainnya tidak ada',
        activity: 'Pengadaan Nakes Min 5 Org',
      },
    },
    nationalMean2024: 2.56,
  },
  {
    code: 'IKS05_KEPESERTAAN_BPJS',
    name: 'Kepesertaan BPJS',
    apiLabel: 'Skor Tingkat Kepesertaan BPJS',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DINKES',
      },
      {
        level: 'lainnya',
        agencies: 'BPJS',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah peserta BPJS/jumlah penduduk > 0,75',
        activity: null,
      },
      '4': {
        condition: 'Jumlah peserta BPJS/jumlah penduduk antara 0,6 s.d 0,75',
        activity: 'Fasilitasi kepesertaan BPJS warga Desa hingga > 75%',
      },
      '3': {
        condition: 'Jumlah peserta BPJS/jumlah penduduk antara 0,26 s.d 0,5',
        activity: 'Fasilitasi kepesertaan BPJS warga Desa hingga > 75%',
      },
      '2': {
        condition: 'Jumlah peserta BPJS/jumlah penduduk antara 0,1 s.d 0,25',
        activity: 'Fasilitasi kepesertaan BPJS warga Desa hingga > 75%',
      },
      '1': {
        condition: 'Jumlah peserta BPJS/jumlah penduduk < 0,1',
        activity: 'Fasilitasi kepesertaan BPJS warga Desa hingga > 75%',
      },
    },
    nationalMean2024: 3.42,
  },
  {
    code: 'IKS06_AKSES_POSKESDES',
    name: 'Akses poskesdes/polindes',
    apiLabel: 'Skor Akses Poskesdes',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DINKES',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jarak tempuh menuju Poskesdes = 500 Meter',
        activity: null,
      },
      '4': {
        condition: 'Jarak tempuh menuju Poskesdes 501 s.d 1000 Meter',
        activity: null,
      },
      '3': {
        condition: 'Jarak tempuh menuju Poskesdes = 1001 s.d 2000 Meter',
        activity: null,
      },
      '2': {
        condition: 'Jarak tempuh menuju Poskesdes = 2001 s.d 3500 Meter',
        activity: null,
      },
      '1': {
        condition: 'Jarak tempuh menuju Poskesdes > 3500 Meter',
        activity: 'Pembangunan Poskesdes',
      },
    },
    nationalMean2024: 4.01,
  },
  {
    code: 'IKS07_AKTIVITAS_POSYANDU',
    name: 'Aktivitas posyandu',
    apiLabel: 'Skor Aktivitas Posyandu',
    dimension: 'IKS',
    subdimension: 'kes',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DPMD',
      },
      {
        level: 'kabupaten',
        agencies: 'DPMD, DINKES',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Posyandu aktif 1 bulan sekali/ Jumlah Posyandu > 0,75',
        activity: null,
      },
      '4': {
        condition: 'Jumlah Posyandu aktif 1 bulan sekali/ Jumlah Posyandu antara 0,6 s.d 0,75',
        activity: 'Fasilitasi/pembinaan kader Posyandu',
      },
      '3': {
        condition: 'Jumlah Posyandu aktif 1 bulan sekali/ Jumlah Posyandu antara 0,26 s.d 0,5',
        activity: 'Fasilitasi/pembinaan kader Posyandu',
      },
      '2': {
        condition: 'Jumlah Posyandu aktif 1 bulan sekali/ Jumlah Posyandu antara 0,1 s.d 0,25',
        activity: 'Fasilitasi/pembinaan kader Posyandu',
      },
      '1': {
        condition: 'Jumlah Posyandu aktif 1 bulan sekali/ Jumlah Posyandu < 0,1',
        activity: 'Fasilitasi/pembinaan kader Posyandu',
      },
    },
    nationalMean2024: 4.77,
  },
  {
    code: 'IKS08_AKSES_SD_MI',
    name: 'Akses SD/MI',
    apiLabel: 'Skor Akses SD/MI',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISDIK, PU',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jarak tempuh menuju SD atau MI = 3000 Meter',
        activity: null,
      },
      '4': {
        condition: 'Jarak tempuh menuju SD atau MI antara 3000,01 s.d 6000 Meter',
        activity: 'Perbaikan Akses',
      },
      '3': {
        condition: 'Jarak tempuh menuju SD atau MI antara 6000,01 s.d 8000 Meter',
        activity: 'Pembangunan SD',
      },
      '2': {
        condition: 'Jarak tempuh menuju SD atau MI antara 8000,01 s.d 10000 Meter',
        activity: 'Pembangunan SD',
      },
      '1': {
        condition: 'Jarak tempuh menuju SD atau MI antara > 10000 Meter',
        activity: 'Pembangunan SD',
      },
    },
    nationalMean2024: 4.9,
  },
  {
    code: 'IKS09_AKSES_SMP_MTS',
    name: 'Akses SMP/MTs',
    apiLabel: 'Skor Akses SMP/MTS',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISDIK, PU',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jarak tempuh menuju SMP atau MTs ≤ 6000 Meter',
        activity: null,
      },
      '4': {
        condition: 'Jarak tempuh menuju SMP atau MTs antara 6000,01 s.d 8000 Meter',
        activity: 'Perbaikan Akses',
      },
      '3': {
        condition: 'Jarak tempuh menuju SMP atau MTs antara 8000,01 s.d 10000 Meter',
        activity: 'Perbaikan Akses',
      },
      '2': {
        condition: 'Jarak tempuh menuju SMP atau MTs antara 10000,01 s.d 11999,99 Meter',
        activity: 'Pembangunan SMP',
      },
      '1': {
        condition: 'Jarak tempuh menuju SMP atau MTs > 12000 Meter',
        activity: 'Pembangunan SMP',
      },
    },
    nationalMean2024: 4.62,
  },
  {
    code: 'IKS10_AKSES_SMA_SMK',
    name: 'Akses SMA/SMK',
    apiLabel: 'Skor Akses SMA/SMK',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DISDIK',
      },
      {
        level: 'kabupaten',
        agencies: 'PU',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jarak tempuh menuju SMU atau SMK ≤ 6000 Meter',
        activity: null,
      },
      '4': {
        condition: 'Jarak tempuh menuju SMU atau SMK antara 6000,01 s.d 8000 Meter',
        activity: 'Perbaikan Akses',
      },
      '3': {
        condition: 'Jarak tempuh menuju SMU atau SMK antara 8000,01 s.d 10000 Meter',
        activity: 'Perbaikan Akses',
      },
      '2': {
        condition: 'Jarak tempuh menuju SMU atau SMK antara 10000,01 s.d 11999,99 Meter',
        activity: 'Pembangunan SMU',
      },
      '1': {
        condition: 'Jarak tempuh menuju SMU atau SMK > 12000 Meter',
        activity: 'Pembangunan SMU',
      },
    },
    nationalMean2024: 4.14,
  },
  {
    code: 'IKS11_PAUD',
    name: 'Ketersediaan PAUD',
    apiLabel: 'Skor Ketersediaan PAUD',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DISDIK',
      },
      {
        level: 'kabupaten',
        agencies: 'DISDIK',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah PAUD ≥ 1',
        activity: null,
      },
      '1': {
        condition: 'Jumlah PAUD Tidak ada',
        activity: 'Pembangunan 1 Unit PAUD',
      },
    },
    nationalMean2024: 4.34,
  },
  {
    code: 'IKS12_PKBM_PAKET_ABC',
    name: 'PKBM/Paket A-B-C',
    apiLabel: 'Skor Ketersediaan PKBM/ Paket ABC',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISDIK',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah PKBM atau Paket ABC ≥ 1',
        activity: null,
      },
      '1': {
        condition: 'Jumlah PKBM atau Paket ABC Tidak ada',
        activity: 'Pelaksanaan Kegiatan PKBM/Kejar Paket A B C',
      },
    },
    nationalMean2024: 1.89,
  },
  {
    code: 'IKS13_KURSUS',
    name: 'Lembaga kursus',
    apiLabel: 'Skor Ketersediaan Kursus',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'Swasta, Perorangan',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Pusat Keterampilan atau Kursus ≥ 1',
        activity: null,
      },
      '1': {
        condition: 'Jumlah Pusat Keterampilan atau Kursus Tidak ada',
        activity: 'Pengadaan Tempat Kursus/Pelatihan',
      },
    },
    nationalMean2024: 1.95,
  },
  {
    code: 'IKS14_TAMAN_BACA_PERPUS',
    name: 'Taman baca/perpustakaan desa',
    apiLabel: 'Skor Ketersediaan Taman Baca/ Perpus Desa',
    dimension: 'IKS',
    subdimension: 'pdd',
    actors: [
      {
        level: 'pusat',
        agencies: 'Kemenperpus Arsip',
      },
      {
        level: 'provinsi',
        agencies: 'Dinas Perpus',
      },
      {
        level: 'kabupaten',
        agencies: 'Dinas Perpus',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition: 'Taman Bacaan Masyarakat atau perpustakaan Desa tersedia',
        activity: null,
      },
      '1': {
        condition: 'Taman Bacaan Masyarakat atau perpustakaan Desa tidak tersedia',
        activity: 'Pembangunan PerpusDes/Taman Bacaan Mayarakat',
      },
    },
    nationalMean2024: 2.94,
  },
  {
    code: 'IKS15_KEBIASAAN_GOTONG_ROYONG',
    name: 'Kebiasaan gotong royong',
    apiLabel: 'Skor Kebiasaan Goryong',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'Desa',
      },
    ],
    rubric: {
      '5': {
        condition: 'Terdapat Kebiasaan Gotong Royong',
        activity: null,
      },
      '1': {
        condition: 'Tidak terdapat Kebiasaan Gotong Royong',
        activity: 'Pelaksanaan Gotong Royong di Desa',
      },
    },
    nationalMean2024: 4.93,
  },
  {
    code: 'IKS16_FREKUENSI_GOTONG_ROYONG',
    name: 'Frekuensi gotong royong',
    apiLabel: 'Skor Frekuensi Goryong',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'Desa',
      },
    ],
    rubric: {
      '5': {
        condition: 'Frekuensi Gotong Royong > 2',
        activity: null,
      },
      '3': {
        condition: 'Frekuensi Gotong Royong antara 1 s.d 2 kali',
        activity: 'Peningkatan Frekuensi Gotong Royong',
      },
      '0': {
        condition: 'False',
        activity: null,
      },
    },
    nationalMean2024: 4.76,
  },
  {
    code: 'IKS17_RUANG_PUBLIK',
    name: 'Ruang publik terbuka',
    apiLabel: 'Skor Ketersediaan Ruang Publik',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'PU',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
    ],
    rubric: {
      '5': {
        condition: 'Ruang Publik terdapat didesa',
        activity: null,
      },
      '1': {
        condition: 'Ruang Publik tidak terdapat didesa',
        activity: 'Pembangunan Ruang Publik',
      },
    },
    nationalMean2024: 3.59,
  },
  {
    code: 'IKS18_KELOMPOK_OLAHRAGA',
    name: 'Kelompok olahraga',
    apiLabel: 'Skor Kelompok OR',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DISPORA',
      },
      {
        level: 'kabupaten',
        agencies: 'DISPORA',
      },
      {
        level: 'desa',
        agencies: 'Karang Taruna',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah kelompok kegiatan olahraga > 7',
        activity: null,
      },
      '4': {
        condition: 'Jumlah kelompok kegiatan olahraga antara 6 s.d 7',
        activity: 'Penambahan Min 2 Kelp Olahraga',
      },
      '3': {
        condition: 'Jumlah kelompok kegiatan olahraga antara 4 s.d 5',
        activity: 'Penambahan Min 4 Kelp Olahraga',
      },
      '2': {
        condition: 'Jumlah kelompok kegiatan olahraga 2 s.d 3',
        activity: 'Penambahan Min 6 Kelp Olahraga',
      },
      '1': {
        condition: 'Jumlah kelompok kegiatan olahraga ada 1',
        activity: 'Penambahan Min 8 Kelp Olahragat',
      },
      '0': {
        condition: 'Jumlah kelompok kegiatan olahraga tidak ada',
        activity: 'Penambahan minila 8 kel OR',
      },
    },
    nationalMean2024: 2.06,
  },
  {
    code: 'IKS19_KEGIATAN_OLAHRAGA',
    name: 'Kegiatan olahraga',
    apiLabel: 'Skor Kegiatan OR',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'pusat',
        agencies: 'Kemepora/ Kemendes',
      },
      {
        level: 'provinsi',
        agencies: 'DISPORA',
      },
      {
        level: 'kabupaten',
        agencies: 'DISPORA',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah kegiatan olahraga > 7',
        activity: null,
      },
      '4': {
        condition: 'Jumlah kegiatan olahraga antara 6 s.d 7',
        activity: 'Pembangunan Min 2 Lap Olahraga',
      },
      '3': {
        condition: 'Jumlah kegiatan olahraga antara 4 s.d 5',
        activity: 'Pembangunan Min 4 Lap Olahraga',
      },
      '2': {
        condition: 'Jumlah kegiatan olahraga 2 s.d 3',
        activity: 'Pembangunan Min 6 Lap Olahraga',
      },
      '1': {
        condition: 'Jumlah kegiatan olahraga ada 1',
        activity: 'Pembangunan Lapangan Olah Raga Min 7 Unit',
      },
      '0': {
        condition: 'Jumlah kegiatan olahraga tidak ada',
        activity: 'Pembangunan Lapangan Olah Raga Min 8 Unit',
      },
    },
    nationalMean2024: 2.37,
  },
  {
    code: 'IKS20_KERAGAMAN_AGAMA',
    name: 'Keragaman agama',
    apiLabel: 'Skor Keragaman Agama',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'Desa',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Jenis Agama di Desa > 1',
        activity: null,
      },
      '1': {
        condition: 'Jumlah Jenis Agama di Desa terdapat 1',
        activity: 'Pendataan Jenis Agama Penduduk Desa',
      },
    },
    nationalMean2024: 3.18,
  },
  {
    code: 'IKS21_KERAGAMAN_BAHASA',
    name: 'Keragaman bahasa',
    apiLabel: 'Skor Keragaman Bahasa',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'Desa',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Bahasa yang digunakan sehari-hari > 1',
        activity: null,
      },
      '1': {
        condition: 'Jumlah Bahasa yang digunakan sehari-hari 1',
        activity: 'Review Jumlah Bahasa yang digunakan di Desa',
      },
    },
    nationalMean2024: 4.2,
  },
  {
    code: 'IKS22_KERAGAMAN_KOMUNIKASI',
    name: 'Keragaman komunikasi',
    apiLabel: 'Skor Keragaman Komunikasi',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'Desa',
      },
    ],
    rubric: {
      '5': {
        condition: 'Warga Desa terdiri dari Suku > 1',
        activity: null,
      },
      '1': {
        condition: 'Warga Desa terdapat 1 Suku',
        activity: 'Pendataan Jumlah Suku yang ada didesa',
      },
    },
    nationalMean2024: 3.51,
  },
  {
    code: 'IKS23_POSKAMLING',
    name: 'Pos kamling',
    apiLabel: 'Skor Poskamling',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'DD',
      },
    ],
    rubric: {
      '5': {
        condition: 'Terdapat Pos Keamanan di Desa',
        activity: null,
      },
      '1': {
        condition: 'Tidak terdapat di Pos Keamanan Desa',
        activity: 'Pembangunan Poskamling',
      },
    },
    nationalMean2024: 4.32,
  },
  {
    code: 'IKS24_SISKAMLING',
    name: 'Siskamling',
    apiLabel: 'Skor Siskamling',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'desa',
        agencies: 'Desa',
      },
    ],
    rubric: {
      '5': {
        condition: 'Terdapat Sistem Keamanan Lingkungan warga di Desa',
        activity: null,
      },
      '1': {
        condition: 'Tidak terdapat Sistem Keamanan Lingkungan warga di Desa',
        activity: 'Mengaktifkan Siskamling',
      },
    },
    nationalMean2024: 4.32,
  },
  {
    code: 'IKS25_KONFLIK',
    name: 'Kejadian konflik',
    apiLabel: 'Skor Konflik',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'Kesbangpol',
      },
    ],
    rubric: {
      '5': {
        condition: 'Tidak terdapat atau tidak ada Konflik di Desa',
        activity: null,
      },
      '1': {
        condition: 'Terdapat atau ada Konflik di Desa',
        activity: 'Identifikasi dan Penanganan Konflik',
      },
    },
    nationalMean2024: 4.5,
  },
  {
    code: 'IKS26_PMKS',
    name: 'Keberadaan PMKS',
    apiLabel: 'Skor PMKS',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'Dinsos',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah PMKS tidak ada atau 0',
        activity: null,
      },
      '4': {
        condition: 'Jumlah PMKS ada 1',
        activity: 'Identifikasi dan Penanganan PMKS',
      },
      '3': {
        condition: 'Jumlah PMKS ada 2',
        activity: 'Identifikasi dan Penanganan PMKS',
      },
      '2': {
        condition: 'Jumlah PMKS > 2',
        activity: 'Identifikasi dan Penanganan PMKS',
      },
    },
    nationalMean2024: 4.81,
  },
  {
    code: 'IKS27_SLB',
    name: 'Sekolah luar biasa (SLB)',
    apiLabel: 'Skor SLB',
    dimension: 'IKS',
    subdimension: 'mds',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DIKNAS',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Skor SLB = 0',
        activity: null,
      },
      '3': {
        condition: 'Jumlah Skor SLB antara 4 s.d 5',
        activity: 'Penanganan SLB',
      },
    },
    nationalMean2024: 3.07,
  },
  {
    code: 'IKS28_AKSES_LISTRIK',
    name: 'Akses listrik',
    apiLabel: 'Skor Akses Listrik',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'pusat',
        agencies: 'ESDM',
      },
      {
        level: 'provinsi',
        agencies: 'ESDM',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan',
      },
    ],
    rubric: {
      '5': {
        condition: '(Jumlah Keluarga Memakai listrik + non Listrik/Jumlah keluarga memakai listrik) ≥ 0,9 )',
        activity: null,
      },
      '4': {
        condition:
          '(Jumlah Keluarga Memakai listrik + non Listrik/Jumlah keluarga memakai listrik) antara 0,8 s.d 0,89',
        activity: 'Fasilitasi Akses Listrik warga hingga >90 % dari jumlah KK',
      },
      '3': {
        condition:
          '(Jumlah Keluarga Memakai listrik + non Listrik/Jumlah keluarga memakai listrik) antara 0,6 s.d 0,79',
        activity: 'Fasilitasi Akses Listrik warga hingga >90 % dari jumlah KK',
      },
      '2': {
        condition:
          '(Jumlah Keluarga Memakai listrik + non Listrik/Jumlah keluarga memakai listrik) antara 0,5 s.d 0,59',
        activity: 'Fasilitasi Akses Listrik warga hingga >90 % dari jumlah KK',
      },
      '1': {
        condition: '(Jumlah Keluarga Memakai listrik + non Listrik/Jumlah keluarga memakai listrik) < 0,5)',
        activity: 'Fasilitasi Akses Listrik warga hingga >90 % dari jumlah KK',
      },
    },
    nationalMean2024: 4.09,
  },
  {
    code: 'IKS29_SINYAL_TELEPON',
    name: 'Sinyal telepon seluler',
    apiLabel: 'Skor Sinyal Tlp',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'pusat',
        agencies: 'Kominfo',
      },
      {
        level: 'provinsi',
        agencies: 'Diskominfo',
      },
      {
        level: 'kabupaten',
        agencies: 'Diskominfo',
      },
      {
        level: 'lainnya',
        agencies: 'Operator Selular',
      },
    ],
    rubric: {
      '5': {
        condition: 'Sinyal telepon seluler di Desa Kuat',
        activity: null,
      },
      '3': {
        condition: 'Sinyal telepon seluler di Desa Lemah',
        activity: 'Fasilitasi Upaya Penguatan Sinyal Telp',
      },
      '0': {
        condition: 'Sinyal telepon seluler di Desa Tidak Ada atau 0',
        activity: 'Fasilitasi Pemasangan BTS',
      },
    },
    nationalMean2024: 4.26,
  },
  {
    code: 'IKS30_INTERNET_KANTOR_DESA',
    name: 'Internet kantor desa',
    apiLabel: 'Skor Internet Kantor Desa',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'pusat',
        agencies: 'Kominfo/ Kemendes',
      },
      {
        level: 'desa',
        agencies: 'Desa',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition: 'Terdapat fasilitas internet di kantor Desa',
        activity: null,
      },
      '1': {
        condition: 'Tidak terdapat atau belum ada Fasilitas Internet di Kantor Desa',
        activity: 'Pemasangan Internet Kantor Desa',
      },
    },
    nationalMean2024: 4.25,
  },
  {
    code: 'IKS31_INTERNET_WARGA',
    name: 'Internet warga',
    apiLabel: 'Skor Akses Internet Warga',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'pusat',
        agencies: 'Kominfo',
      },
      {
        level: 'provinsi',
        agencies: 'Diskominfo',
      },
      {
        level: 'kabupaten',
        agencies: 'Diskominfo',
      },
      {
        level: 'lainnya',
        agencies: 'Operator Selular',
      },
    ],
    rubric: {
      '5': {
        condition: 'Terdapat Akses internet warga di Desa',
        activity: null,
      },
      '1': {
        condition: 'Tidak Terdapat Akses internet warga di Desa',
        activity: 'Pembangunan Warnet/Fasilitasi Akses Internet warga Desa melalui sinyal 3G/4G',
      },
    },
    nationalMean2024: 3.88,
    quirk2024: 'Dipulihkan dari total IKS resmi; data API menyalin skor internet kantor desa.',
  },
  {
    code: 'IKS32_AKSES_JAMBAN',
    name: 'Akses jamban',
    apiLabel: 'Skor Akses Jamban',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DINSOS,DINKES',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan',
      },
    ],
    rubric: {
      '5': {
        condition: 'Warga Desa BAB di Jamban Sendiri',
        activity: null,
      },
      '4': {
        condition: 'Warga Desa BAB di Jamban Bersama',
        activity: 'Pembangunan Jamban Sendiri/KK',
      },
      '3': {
        condition: 'Warga Desa BAB di Jamban Umum',
        activity: 'Pembangunan Jamban Sendiri/KK',
      },
      '0': {
        condition: 'Warga Desa BAB di tempat Lainnya',
        activity: 'Pembangunan Jamban Sendiri/KK',
      },
    },
    nationalMean2024: 4.75,
  },
  {
    code: 'IKS33_SAMPAH',
    name: 'Pembuangan sampah',
    apiLabel: 'Skor Sampah',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DLH',
      },
      {
        level: 'kabupaten',
        agencies: 'DLH, DKPP',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition: 'Warga desa membuang sampah di Tempat Sampah kemudian diangkut',
        activity: null,
      },
      '4': {
        condition: 'Warga desa membuang sampah di Lubang atau di Bakar',
        activity: 'Pembangunan TPS danTPA Sampah',
      },
      '1': {
        condition: 'Warga desa membuang sampah di Sungai, Saluran Irigasi, Danau, Laut, Got, Selokan',
        activity: null,
      },
      '0': {
        condition: 'Warga desa membuang sampah di tempat Lainnya',
        activity: null,
      },
    },
    nationalMean2024: 3.8,
  },
  {
    code: 'IKS34_AIR_MINUM',
    name: 'Sumber air minum',
    apiLabel: 'Skor Air Minum',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'pusat',
        agencies: 'PAMSIMAS, PU',
      },
      {
        level: 'kabupaten',
        agencies: 'PU',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'PDAM',
      },
    ],
    rubric: {
      '5': {
        condition: 'Sumber air minum berasal dari PAM, Air Ledeng tanpa Meteran',
        activity: null,
      },
      '4': {
        condition: 'Sumber air minum berasal dari Sumur Bor/pompa, Sumur',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
      '3': {
        condition: 'Sumber air minum berasal dari Kemasan, Mata Air',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
      '2': {
        condition: 'Sumber air minum berasal dari Sungai, Air Hujan',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
      '1': {
        condition: 'Sumber air minum berasal dari Lainnya',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
    },
    nationalMean2024: 4.54,
  },
  {
    code: 'IKS35_AIR_MANDI_CUCI',
    name: 'Air mandi & cuci',
    apiLabel: 'Skor Air Mandi & Cuci',
    dimension: 'IKS',
    subdimension: 'pmk',
    actors: [
      {
        level: 'pusat',
        agencies: 'PAMSIMAS, PU',
      },
      {
        level: 'kabupaten',
        agencies: 'PU',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'PDAM',
      },
    ],
    rubric: {
      '5': {
        condition: 'Sumber air mandi dan cuci berasal dari PAM, Air Ledeng tanpa Meteran',
        activity: null,
      },
      '4': {
        condition: 'Sumber air mandi dan cuci berasal dari Sumur Bor/pompa, Sumur',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
      '3': {
        condition: 'Sumber air mandi dan cuci berasal dari Kemasan, Mata Air',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
      '2': {
        condition: 'Sumber air mandi dan cuci berasal dari Sungai, Air Hujan',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
      '1': {
        condition: 'Sumber air mandi dan cuci berasal dari Lainnya',
        activity: 'Pemasangan PDAM/Air Ledeng Tanpa Meteran',
      },
    },
    nationalMean2024: 4.52,
  },
  {
    code: 'IKE01_KERAGAMAN_PRODUKSI',
    name: 'Keragaman produksi',
    apiLabel: 'Skor Keragaman Produksi',
    dimension: 'IKE',
    subdimension: 'prd',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DISPERINDAKOP UKM',
      },
      {
        level: 'kabupaten',
        agencies: 'DISPERINDAKOP UKM',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Industri Mikro/ Jumlah KK ≥ 0,004',
        activity: null,
      },
      '3': {
        condition: 'Jumlah Industri Mikro/ Jumlah KK antara 0,001 s.d 0,003',
        activity: 'Peningkatan Jumlah Industri Mikro/UKM hingga >=0,4% jumlah KK di Desa',
      },
      '1': {
        condition: 'Jumlah Industri Mikro/ Jumlah KK <0,001',
        activity: 'Peningkatan Jumlah Industri Mikro/UKM hingga >=0,4% jumlah KK di Desa',
      },
    },
    nationalMean2024: 3.87,
  },
  {
    code: 'IKE02_PERTOKOAN',
    name: 'Pusat pertokoan',
    apiLabel: 'Skor Pertokoan',
    dimension: 'IKE',
    subdimension: 'dag',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISPERINDAKOP UKM',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan, Swasta',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jarak ke kelompok pertokoan terdekat ≤ 7 KM',
        activity: null,
      },
      '4': {
        condition: 'Jarak ke kelompok pertokoan terdekat antara 8 s.d 12 KM',
        activity: null,
      },
      '3': {
        condition: 'Jarak ke kelompok pertokoan terdekat antara 13 s.d 17 KM',
        activity: 'Pembangunan Pusat pertokoan melalui kerjasama antar desa/melayani beberapa desa',
      },
      '2': {
        condition: 'Jarak ke kelompok pertokoan terdekat antara 18 s.d 25 KM',
        activity: 'Pembangunan Pusat pertokoan melalui kerjasama antar desa/melayani beberapa desa',
      },
      '1': {
        condition: 'Jarak ke kelompok pertokoan terdekat > 25 KM',
        activity: 'Pembangunan Pusat pertokoan melalui kerjasama antar desa/melayani beberapa desa',
      },
    },
    nationalMean2024: 4.06,
  },
  {
    code: 'IKE03_PASAR',
    name: 'Pasar',
    apiLabel: 'Skor Pasar',
    dimension: 'IKE',
    subdimension: 'dag',
    actors: [
      {
        level: 'pusat',
        agencies: 'Kemenperind, Kemendes',
      },
      {
        level: 'provinsi',
        agencies: 'DISPERINDAKOP UKM',
      },
      {
        level: 'kabupaten',
        agencies: 'DISPERINDAKOP UKM',
      },
    ],
    rubric: {
      '5': {
        condition: '(Total KK/jumlah pasar(permanen)) ≥ 250',
        activity: null,
      },
      '3': {
        condition: '(Total KK/jumlah pasar(permanen)) antara 0,001 s.d 250',
        activity: 'Optimalisasi Pasar',
      },
      '1': {
        condition: '(Total KK/jumlah pasar(permanen)) = 0',
        activity: 'Pembangunan Pasar Permanen',
      },
    },
    nationalMean2024: 2.06,
  },
  {
    code: 'IKE04_TOKO_WARUNG_KELONTONG',
    name: 'Toko/warung kelontong',
    apiLabel: 'Skor Toko/ Warung Kelontong',
    dimension: 'IKE',
    subdimension: 'dag',
    actors: [
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Toko dan warung kelontong > 3',
        activity: null,
      },
      '4': {
        condition: 'Jumlah Toko dan warung kelontong = 3',
        activity: 'Pembangunan Toko dan warung kelontong 1 Unit',
      },
      '3': {
        condition: 'Jumlah Toko dan warung kelontong = 2',
        activity: 'Pembangunan Toko dan warung kelontong 2 Unit',
      },
      '2': {
        condition: 'Jumlah Toko dan warung kelontong = 1',
        activity: 'Pembangunan Toko dan warung kelontong 3 Unit',
      },
      '1': {
        condition: 'Jumlah Toko dan warung kelontong = 0',
        activity: 'Pembangunan Toko dan warung kelontong > 3 Unit',
      },
    },
    nationalMean2024: 4.32,
  },
  {
    code: 'IKE05_KEDAI_PENGINAPAN',
    name: 'Kedai makan & penginapan',
    apiLabel: 'Skor Kedai & Penginapan',
    dimension: 'IKE',
    subdimension: 'dag',
    actors: [
      {
        level: 'provinsi',
        agencies: 'Dinas Pariwisata',
      },
      {
        level: 'kabupaten',
        agencies: 'Dinas Pariwisata',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'lainnya',
        agencies: 'Perorangan, Swasta',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah Kedai dan Penginapan > 1',
        activity: null,
      },
      '3': {
        condition: 'Jumlah Kedai dan Penginapan = 1',
        activity: 'Pembangunan 1 Unit Penginapan',
      },
      '0': {
        condition: 'Jumlah Kedai dan Penginapan = 0',
        activity: 'Pembangunan Kedai dan Penginapan',
      },
    },
    nationalMean2024: 2.55,
  },
  {
    code: 'IKE06_POS_LOGISTIK',
    name: 'Kantor pos & logistik',
    apiLabel: 'Skor POS & Logistik',
    dimension: 'IKE',
    subdimension: 'log',
    actors: [
      {
        level: 'desa',
        agencies: 'BUMDES',
      },
      {
        level: 'lainnya',
        agencies: 'Kantor Pos, Swasta',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah pos dan jasa logistik > 1',
        activity: null,
      },
      '3': {
        condition: 'Jumlah pos dan jasa logistik = 1',
        activity: 'Pembangunan/Pengadaan Jasa logistik / kantor Pos (Identifikasi yang tidak ada)',
      },
      '0': {
        condition: 'Jumlah pos dan jasa logistik = 0',
        activity: 'Pembangunan Jasa Logistik dan Kantor Pos',
      },
    },
    nationalMean2024: 1.6,
  },
  {
    code: 'IKE07_BANK_BPR',
    name: 'Bank & BPR',
    apiLabel: 'Skor Bank & BPR',
    dimension: 'IKE',
    subdimension: 'keu',
    actors: [
      {
        level: 'lainnya',
        agencies: 'Perbankan',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah bank dan BPR > 1',
        activity: null,
      },
      '3': {
        condition: 'Jumlah bank dan BPR = 1',
        activity: 'Fasilitasi Pembangunan Bank Swasta/BPR',
      },
      '0': {
        condition: 'Jumlah bank dan BPR = 0',
        activity: 'Fasilitasi Pembangunan Bank Pemerintah, Swasta &/ BPR',
      },
    },
    nationalMean2024: 1.25,
  },
  {
    code: 'IKE08_KREDIT',
    name: 'Fasilitas kredit',
    apiLabel: 'Skor Kredit',
    dimension: 'IKE',
    subdimension: 'keu',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISPERINDAKOP UKM',
      },
      {
        level: 'desa',
        agencies: 'BUMDES/ Koperasi',
      },
      {
        level: 'lainnya',
        agencies: 'Bank, Swasta',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah fasilitas kredit = 4',
        activity: null,
      },
      '4': {
        condition: 'Jumlah fasilitas kredit = 3',
        activity:
          'Penambahan 1 jenis Fasilitas Kredit (KUR/KKPE/KUK/Kredit lainnya)(Identifikasi kekurangan akses kredit)',
      },
      '3': {
        condition: 'Jumlah fasilitas kredit = 2',
        activity:
          'Penambahan 2 jenis Fasilitas Kredit (KUR/KKPE/KUK/Kredit lainnya)(Identifikasi kekurangan akses kredit)',
      },
      '2': {
        condition: 'Jumlah fasilitas kredit = 1',
        activity:
          'Penambahan 3 jenis Fasilitas Kredit (KUR/KKPE/KUK/Kredit lainnya)(Identifikasi kekurangan akses kredit)',
      },
      '1': {
        condition: 'Jumlah fasilitas kredit = 0',
        activity: 'Penambahan 4 jenis Fasilitas Kredit (KUR/KKPE/KUK/Kredit lainnya)',
      },
    },
    nationalMean2024: 2.33,
  },
  {
    code: 'IKE09_LEMBAGA_EKONOMI',
    name: 'Koperasi & BUMDes',
    apiLabel: 'Skor Lembaga Ekonomi',
    dimension: 'IKE',
    subdimension: 'lek',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISPERINDAKOP UKM',
      },
      {
        level: 'desa',
        agencies: 'Desa',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jumlah koperasi aktif dan BUMDESA > 1',
        activity: null,
      },
      '3': {
        condition: 'Jumlah koperasi aktif dan BUMDESA = 1',
        activity: 'Pembangunan 1 unit Koperasi / BUMDES (Identifikasi yang tidak ada di desa)',
      },
      '1': {
        condition: 'Jumlah koperasi aktif dan BUMDESA = 0',
        activity: 'Pembangunan Koperasi dan BUMDES = 0',
      },
    },
    nationalMean2024: 3.45,
  },
  {
    code: 'IKE10_TRANSPORTASI_UMUM',
    name: 'Transportasi umum',
    apiLabel: 'Skor Moda Transportasi Umum',
    dimension: 'IKE',
    subdimension: 'akw',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'DISHUB',
      },
    ],
    rubric: {
      '5': {
        condition: 'Transportasi Umum ada dengan trayek tetap',
        activity: null,
      },
      '3': {
        condition: 'Transportasi Umum ada tanpa trayek tetap',
        activity: 'Fasilitasi Transportasi Umum dengan Trayek Tetap',
      },
      '1': {
        condition: 'Transportasi Umum tidak ada',
        activity: 'Fasilitasi Pengadaan Transportasi Umum dengan Trayek Tetap',
      },
    },
    nationalMean2024: 2.84,
  },
  {
    code: 'IKE11_KETERBUKAAN_WILAYAH',
    name: 'Jalan tembus roda empat',
    apiLabel: 'Skor Keterbukaan Wilayah',
    dimension: 'IKE',
    subdimension: 'akw',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'PU',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jalan di Desa dilalui oleh kendaraan bermotor roda empat atau lebih Sepanjang Tahun',
        activity: null,
      },
      '3': {
        condition:
          'Jalan di Desa dilalui oleh kendaraan bermotor roda empat atau lebih Sepanjang tahun kecuali saat tertentu',
        activity: 'Perbaikan dan Peningkatan Kualitas jalan desa',
      },
      '1': {
        condition:
          'Jalan di Desa dilalui oleh kendaraan bermotor roda empat atau lebih Tidak dapat dilalui sepanjang tahun',
        activity: 'Perbaikan dan Peningkatan Kualitas jalan desa untuk di lalui kendaraan roda 4',
      },
    },
    nationalMean2024: 4.45,
  },
  {
    code: 'IKE12_KUALITAS_JALAN',
    name: 'Kualitas jalan',
    apiLabel: 'Skor Kualitas Jalan',
    dimension: 'IKE',
    subdimension: 'akw',
    actors: [
      {
        level: 'kabupaten',
        agencies: 'PU',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jenis permukaan jalan desa Aspal atau beton',
        activity: null,
      },
      '4': {
        condition: 'Jenis permukaan jalan desa Diperkeras (kerikil, batu dan lain-lain)',
        activity: 'Peningkatan Kualitas Jalan desa (Aspal/Beton)',
      },
      '3': {
        condition: 'Jenis permukaan jalan Desa Tanah',
        activity: 'Peningkatan Kualitas Jalan desa (Aspal/Beton)',
      },
      '1': {
        condition: 'Jenis permukaan jalan desa lainnya',
        activity: 'Peningkatan Kualitas Jalan desa (Aspal/Beton)',
      },
    },
    nationalMean2024: 4.56,
  },
  {
    code: 'IKL01_KUALITAS_LINGKUNGAN',
    name: 'Kualitas lingkungan',
    apiLabel: 'Skor Kualitas Lingkungan',
    dimension: 'IKL',
    subdimension: 'lkg',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DLH',
      },
      {
        level: 'kabupaten',
        agencies: 'DLH, DINKES',
      },
    ],
    rubric: {
      '5': {
        condition: 'Pencemaran (air, udara, tanah, limbah disungai) di desa [jumlah pencemaran/4] = 0',
        activity: null,
      },
      '4': {
        condition: 'Pencemaran (air, udara, tanah, limbah disungai) di desa [jumlah pencemaran/4] = 0,25',
        activity:
          'Identifikasi dan Penanganan 1 Jenis Pencemaran (air, udara, tanah, limbah disungai) di desa',
      },
      '3': {
        condition: 'Pencemaran (air, udara, tanah, limbah disungai) di desa [jumlah pencemaran/4] = 0,5',
        activity:
          'Identifikasi dan Penanganan 2 Jenis Pencemaran (air, udara, tanah, limbah disungai) di desa',
      },
      '2': {
        condition: 'Pencemaran (air, udara, tanah, limbah disungai) di desa [jumlah pencemaran/4] = 0,75',
        activity:
          'Identifikasi dan Penanganan 3 Jenis Pencemaran (air, udara, tanah, limbah disungai) di desa',
      },
      '0': {
        condition: 'Pencemaran (air, udara, tanah, limbah disungai) di desa [jumlah pencemaran/4] = 1',
        activity:
          'Identifikasi dan Penanganan 4 Jenis Pencemaran (air, udara, tanah, limbah disungai) di desa',
      },
    },
    nationalMean2024: 4.72,
  },
  {
    code: 'IKL02_RAWAN_BENCANA',
    name: 'Kerawanan bencana',
    apiLabel: 'Skor Rawan Bencana',
    dimension: 'IKL',
    subdimension: 'bcn',
    actors: [
      {
        level: 'provinsi',
        agencies: 'DISHUT/KPH, BPDB',
      },
      {
        level: 'kabupaten',
        agencies: 'BPBD',
      },
    ],
    rubric: {
      '5': {
        condition: 'Jenis bencana (longsor, banjir, kebakaran hutan) jenis bencana di desa = 0',
        activity: null,
      },
      '4': {
        condition: 'Jenis bencana (longsor, banjir, kebakaran hutan) jenis bencana di desa = 1',
        activity:
          'Identifikasi 1 Jenis bencana (longsor, banjir, kebakaran hutan) untuk penanganan pencegahan',
      },
      '3': {
        condition: 'Jenis bencana (longsor, banjir, kebakaran hutan) jenis bencana di desa = 2',
        activity:
          'Identifikasi 2 Jenis bencana (longsor, banjir, kebakaran hutan) untuk penanganan pencegahan',
      },
      '0': {
        condition: 'Jenis bencana (longsor, banjir, kebakaran hutan) di desa = 3',
        activity:
          'Identifikasi 3 Jenis bencana (longsor, banjir, kebakaran hutan) untuk penanganan pencegahan',
      },
    },
    nationalMean2024: 4.49,
  },
  {
    code: 'IKL03_TANGGAP_BENCANA',
    name: 'Fasilitas tanggap bencana',
    apiLabel: 'Skor Tanggap Bencana',
    dimension: 'IKL',
    subdimension: 'bcn',
    actors: [
      {
        level: 'pusat',
        agencies: 'BNPB, Kemendes',
      },
      {
        level: 'provinsi',
        agencies: 'DISHUT/KPH, BPDB, DINSOS',
      },
      {
        level: 'kabupaten',
        agencies: 'DPBD, DINSOS',
      },
      {
        level: 'desa',
        agencies: 'DD',
      },
      {
        level: 'csr',
        agencies: 'CSR',
      },
    ],
    rubric: {
      '5': {
        condition:
          'Fasilitas mitigasi/tanggap bencana (peringatan dini bencana alam, peringatan dini tsunami, perlengkapan keselamatan, jalur evakuasi) jumlah fasilitas mitigasi / tanggap bencana = 3',
        activity: null,
      },
      '4': {
        condition:
          'Fasilitas mitigasi/tanggap bencana (peringatan dini bencana alam, peringatan dini tsunami, perlengkapan keselamatan, jalur evakuasi) jumlah fasilitas mitigasi / tanggap bencana = 2',
        activity:
          'Pembangunan/Pengadaan 1 Fasilitas Mitigasi Bencana Sesuai karakteristik wilayah (Kebutuhan sesuai hasil identifikasi kerawanan/potensi bencana)',
      },
      '3': {
        condition:
          'Fasilitas mitigasi/tanggap bencana (peringatan dini bencana alam, peringatan dini tsunami, perlengkapan keselamatan, jalur evakuasi) jumlah fasilitas mitigasi / tanggap bencana = 1',
        activity:
          'Pembangunan/Pengadaan 2 Fasilitas Mitigasi Bencana Sesuai karakteristik wilayah (Kebutuhan sesuai hasil identifikasi kerawanan/potensi bencana)',
      },
      '0': {
        condition:
          'Fasilitas mitigasi/tanggap bencana (peringatan dini bencana alam, peringatan dini tsunami, perlengkapan keselamatan, jalur evakuasi) jumlah fasilitas mitigasi / tanggap bencana = 0',
        activity:
          'Pembangunan/Pengadaan 3 Fasilitas Mitigasi Bencana Sesuai karakteristik wilayah (Kebutuhan sesuai hasil identifikasi kerawanan/potensi bencana)',
      },
    },
    nationalMean2024: 2.05,
  },
];

export const IDM_DIMENSIONS: readonly IdmDimension[] = [
  {
    key: 'IKS',
    name: 'Ketahanan Sosial',
    maxScore: 175,
  },
  {
    key: 'IKE',
    name: 'Ketahanan Ekonomi',
    maxScore: 60,
  },
  {
    key: 'IKL',
    name: 'Ketahanan Lingkungan',
    maxScore: 15,
  },
];
