/**
 * Training topics as data: what a programme is about, so that needs (training-needs.ts) and
 * trainings already held can be compared by topic. Each topic lists the aspects it mainly raises,
 * the target groups it suits, the Indonesian keywords that point to it in a facilitator's logged
 * follow-up, the assistance categories of the activity log it belongs with, and the IDM
 * indicators whose weakness a training on it can help with.
 *
 * The keyword table and the indicator links are this system's reading of the method and of the
 * IDM rubric (the rubric's own recommended activity names a training in a few cases, e.g.
 * IKS07 "Fasilitasi/pembinaan kader Posyandu"); they are not an official list. Indicators that
 * only infrastructure or staffing can raise (roads, doctors, electricity, signal) link to no topic.
 */
import type { ActivityCategory } from '../facilitation/activity-log.ts';
import type { Aspect, TargetGroup } from './aspects.ts';

export interface TrainingTopic {
  id: string;
  label: string;
  aspects: readonly Aspect[];
  targetGroups: readonly TargetGroup[];
  /** Whole words or phrases, lower case, matched in normalised text (see `matchKeywords`). */
  keywords: readonly string[];
  /** Activity-log categories whose follow-ups most often lead to this topic. */
  categories: readonly ActivityCategory[];
  /** IDM 2024 indicator codes (village-index/idm-indicators.ts) this topic helps raise. */
  idmIndicators: readonly string[];
}

/** The catalogue, in the order suggestions with equal evidence are listed. */
export const TRAINING_TOPICS = [
  {
    id: 'perencanaan_desa',
    label: 'Perencanaan pembangunan desa (RPJM Desa, RKP Desa)',
    aspects: ['pengetahuan', 'keterampilan'],
    targetGroups: ['pemerintah_desa', 'bpd', 'kpmd'],
    keywords: [
      'rkpdes',
      'rkp desa',
      'rpjmdes',
      'rpjm desa',
      'perencanaan desa',
      'musrenbang',
      'musrenbangdes',
    ],
    categories: ['dokumen_perencanaan'],
    idmIndicators: [],
  },
  {
    id: 'keuangan_desa',
    label: 'Pengelolaan keuangan desa (APB Desa, Siskeudes, pertanggungjawaban)',
    aspects: ['pengetahuan', 'keterampilan'],
    targetGroups: ['pemerintah_desa', 'bpd'],
    keywords: ['apbdes', 'apb desa', 'siskeudes', 'spj', 'keuangan desa', 'pertanggungjawaban', 'dana desa'],
    categories: ['dokumen_perencanaan', 'tata_kelola_kelembagaan'],
    idmIndicators: [],
  },
  {
    id: 'tata_kelola_bumdes',
    label: 'Tata kelola dan manajemen BUM Desa / BUM Desa Bersama',
    aspects: ['pengetahuan', 'sikap', 'keterampilan'],
    targetGroups: ['pengelola_bumdes', 'pemerintah_desa'],
    keywords: [
      'bumdes',
      'bum desa',
      'bumdesa',
      'bumdesma',
      'bum desa bersama',
      'anggaran dasar',
      'ad art',
      'pelaksana operasional',
      'badan hukum',
    ],
    categories: ['tata_kelola_kelembagaan', 'penguatan_kelembagaan'],
    idmIndicators: ['IKE09_LEMBAGA_EKONOMI'],
  },
  {
    id: 'pembukuan_usaha',
    label: 'Pembukuan dan laporan keuangan usaha',
    aspects: ['pengetahuan', 'keterampilan'],
    targetGroups: ['pengelola_bumdes', 'pengurus_koperasi', 'pelaku_usaha'],
    keywords: ['pembukuan', 'laporan keuangan', 'akuntansi', 'neraca', 'arus kas', 'buku kas'],
    categories: ['kewirausahaan', 'tata_kelola_kelembagaan'],
    idmIndicators: [],
  },
  {
    id: 'kewirausahaan',
    label: 'Kewirausahaan dan rencana usaha',
    aspects: ['sikap', 'keterampilan', 'perilaku'],
    targetGroups: ['pengelola_bumdes', 'pelaku_usaha', 'pemuda', 'kelompok_perempuan'],
    keywords: [
      'wirausaha',
      'kewirausahaan',
      'rencana usaha',
      'rencana bisnis',
      'business plan',
      'unit usaha',
      'usaha baru',
    ],
    categories: ['kewirausahaan'],
    idmIndicators: ['IKE01_KERAGAMAN_PRODUKSI'],
  },
  {
    id: 'pengolahan_produk',
    label: 'Pengolahan hasil dan pengemasan produk unggulan',
    aspects: ['keterampilan'],
    targetGroups: ['kelompok_tani', 'kelompok_nelayan', 'kelompok_perempuan', 'pelaku_usaha'],
    keywords: ['pengolahan', 'olahan', 'pengemasan', 'kemasan', 'produk unggulan', 'pirt', 'halal'],
    categories: ['kewirausahaan'],
    idmIndicators: ['IKE01_KERAGAMAN_PRODUKSI'],
  },
  {
    id: 'pemasaran_digital',
    label: 'Pemasaran dan penjualan daring',
    aspects: ['pengetahuan', 'keterampilan'],
    targetGroups: ['pengelola_bumdes', 'pelaku_usaha', 'pemuda'],
    keywords: [
      'pemasaran',
      'promosi',
      'marketplace',
      'pemasaran digital',
      'jualan online',
      'penjualan daring',
    ],
    categories: ['kewirausahaan'],
    idmIndicators: [],
  },
  {
    id: 'koperasi',
    label: 'Pengelolaan koperasi (termasuk Koperasi Desa Merah Putih)',
    aspects: ['pengetahuan', 'keterampilan'],
    targetGroups: ['pengurus_koperasi', 'masyarakat_umum'],
    keywords: ['koperasi', 'kopdes', 'merah putih', 'simpan pinjam', 'rapat anggota'],
    categories: ['penguatan_kelembagaan', 'kewirausahaan'],
    idmIndicators: ['IKE09_LEMBAGA_EKONOMI', 'IKE08_KREDIT'],
  },
  {
    id: 'akses_permodalan',
    label: 'Akses permodalan dan kredit usaha',
    aspects: ['pengetahuan'],
    targetGroups: ['pelaku_usaha', 'pengelola_bumdes', 'kelompok_tani'],
    keywords: ['permodalan', 'modal usaha', 'kur', 'kredit', 'pinjaman', 'perbankan'],
    categories: ['kewirausahaan'],
    idmIndicators: ['IKE08_KREDIT'],
  },
  {
    id: 'pariwisata_desa',
    label: 'Pengelolaan desa wisata dan homestay',
    aspects: ['pengetahuan', 'keterampilan', 'sikap'],
    targetGroups: ['pemuda', 'kelompok_perempuan', 'pengelola_bumdes'],
    keywords: ['desa wisata', 'wisata', 'pariwisata', 'homestay', 'pokdarwis', 'pemandu wisata'],
    categories: ['kewirausahaan'],
    idmIndicators: ['IKE05_KEDAI_PENGINAPAN'],
  },
  {
    id: 'kader_posyandu',
    label: 'Peningkatan kapasitas kader posyandu dan kesehatan',
    aspects: ['pengetahuan', 'keterampilan'],
    targetGroups: ['kelompok_perempuan', 'kpmd'],
    keywords: ['posyandu', 'kader posyandu', 'kader kesehatan', 'stunting', 'gizi', 'balita'],
    categories: ['pengembangan_kompetensi'],
    idmIndicators: ['IKS07_AKTIVITAS_POSYANDU'],
  },
  {
    id: 'sanitasi',
    label: 'Sanitasi dan perilaku hidup bersih (STBM)',
    aspects: ['pengetahuan', 'perilaku'],
    targetGroups: ['masyarakat_umum', 'kelompok_perempuan', 'kpmd'],
    keywords: ['jamban', 'sanitasi', 'stbm', 'buang air besar', 'bab sembarangan', 'cuci tangan'],
    categories: ['pengembangan_kompetensi', 'motivasi_kelompok'],
    idmIndicators: ['IKS32_AKSES_JAMBAN'],
  },
  {
    id: 'pengelolaan_sampah',
    label: 'Pengelolaan sampah dan lingkungan (bank sampah)',
    aspects: ['pengetahuan', 'sikap', 'perilaku'],
    targetGroups: ['masyarakat_umum', 'kelompok_perempuan', 'pemuda', 'pengelola_bumdes'],
    keywords: ['sampah', 'bank sampah', 'limbah', 'pencemaran', 'daur ulang', 'kompos'],
    categories: ['motivasi_kelompok', 'pengembangan_kompetensi'],
    idmIndicators: ['IKS33_SAMPAH', 'IKL01_KUALITAS_LINGKUNGAN'],
  },
  {
    id: 'tanggap_bencana',
    label: 'Pengurangan risiko bencana (desa tangguh bencana)',
    aspects: ['pengetahuan', 'keterampilan', 'perilaku'],
    targetGroups: ['masyarakat_umum', 'pemuda', 'pemerintah_desa'],
    keywords: [
      'bencana',
      'banjir',
      'longsor',
      'evakuasi',
      'mitigasi',
      'destana',
      'tangguh bencana',
      'kebakaran hutan',
    ],
    categories: ['pengembangan_kompetensi', 'membangun_komitmen'],
    idmIndicators: ['IKL02_RAWAN_BENCANA', 'IKL03_TANGGAP_BENCANA'],
  },
  {
    id: 'penguatan_kelompok',
    label: 'Penguatan kelembagaan dan kelompok masyarakat',
    aspects: ['sikap', 'perilaku'],
    targetGroups: ['bpd', 'kelompok_tani', 'kelompok_perempuan', 'pemuda', 'masyarakat_umum'],
    keywords: [
      'kelembagaan',
      'penguatan kelompok',
      'pembentukan kelompok',
      'karang taruna',
      'pkk',
      'lkd',
      'gotong royong',
      'swadaya',
    ],
    categories: ['motivasi_kelompok', 'penguatan_kelembagaan', 'tata_kelola_kelembagaan'],
    idmIndicators: ['IKS15_KEBIASAAN_GOTONG_ROYONG', 'IKS16_FREKUENSI_GOTONG_ROYONG'],
  },
  {
    id: 'kerja_sama_antar_desa',
    label: 'Kerja sama antar desa (BKAD, musyawarah antar desa)',
    aspects: ['pengetahuan', 'sikap'],
    targetGroups: ['pemerintah_desa', 'bpd', 'pengelola_bumdes'],
    keywords: ['bkad', 'antar desa', 'kerja sama desa', 'kerjasama desa', 'mad', 'musyawarah antar desa'],
    categories: ['membangun_komitmen', 'penguatan_kelembagaan'],
    idmIndicators: [],
  },
  {
    id: 'budidaya_pertanian',
    label: 'Budidaya pertanian dan teknologi tepat guna',
    aspects: ['keterampilan', 'perilaku'],
    targetGroups: ['kelompok_tani', 'kelompok_nelayan'],
    keywords: [
      'budidaya',
      'pupuk',
      'bibit',
      'benih',
      'panen',
      'hama',
      'teknologi tepat guna',
      'ttg',
      'irigasi',
    ],
    categories: ['pengembangan_kompetensi', 'kewirausahaan'],
    idmIndicators: [],
  },
] as const satisfies readonly TrainingTopic[];

export type TrainingTopicId = (typeof TRAINING_TOPICS)[number]['id'];

export const TRAINING_TOPIC_IDS: readonly TrainingTopicId[] = TRAINING_TOPICS.map((t) => t.id);

export function isTrainingTopicId(value: unknown): value is TrainingTopicId {
  return (TRAINING_TOPIC_IDS as readonly unknown[]).includes(value);
}

export function topicById(id: TrainingTopicId): TrainingTopic {
  return TRAINING_TOPICS.find((t) => t.id === id)!;
}
