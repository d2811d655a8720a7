/**
 * The vocabulary of stimulan usaha: kinds of village enterprise, legal statuses, activity, organs,
 * value-chain stages, business-unit statuses, capital sources and forms, kinds of funding partner,
 * and kinds of enterprise document. Codes are stable (stored and sent in JSON); labels are
 * Indonesian, as shown to users.
 *
 * Sources (DOMAIN.md §4): PP 11/2021 on BUM Desa and BUM Desa Bersama (organs: penasihat,
 * pelaksana operasional, pengawas; founding by Musyawarah Desa / Musyawarah Antar Desa);
 * Permendesa PDTT 3/2021 (name registration and legal-entity certificate); UU 25/1992 on
 * cooperatives (pengurus, pengawas) and Inpres 9/2025 on Koperasi Desa/Kelurahan Merah Putih.
 */

function labeller<T extends string>(labels: Record<T, string>): (code: string) => string {
  return (code) => (Object.hasOwn(labels, code) ? labels[code as T] : code);
}

function guard<T extends string>(codes: readonly T[]): (value: unknown) => value is T {
  return (value): value is T => (codes as readonly unknown[]).includes(value);
}

// ——— Kinds of enterprise ———

export const ENTERPRISE_KINDS = [
  'bumdes',
  'bumdesma',
  'koperasi',
  'koperasi_merah_putih',
  'kelompok_usaha',
] as const;
export type EnterpriseKind = (typeof ENTERPRISE_KINDS)[number];

export const ENTERPRISE_KIND_LABELS: Record<EnterpriseKind, string> = {
  bumdes: 'BUM Desa',
  bumdesma: 'BUM Desa Bersama',
  koperasi: 'Koperasi',
  koperasi_merah_putih: 'Koperasi Desa/Kelurahan Merah Putih',
  kelompok_usaha: 'Kelompok usaha',
};

export const isEnterpriseKind = guard(ENTERPRISE_KINDS);
export const enterpriseKindLabel = labeller(ENTERPRISE_KIND_LABELS);

/** BUM Desa and BUM Desa Bersama (PP 11/2021), as opposed to cooperatives and business groups. */
export function isBumDesaKind(kind: string): kind is 'bumdes' | 'bumdesma' {
  return kind === 'bumdes' || kind === 'bumdesma';
}

/** Cooperatives, whose legal entity is a Kemenkumham (AHU) decree. */
export function isCooperativeKind(kind: string): kind is 'koperasi' | 'koperasi_merah_putih' {
  return kind === 'koperasi' || kind === 'koperasi_merah_putih';
}

// ——— Legal status ———

export const LEGAL_STATUSES = [
  'belum_terdaftar',
  'nama_diajukan',
  'nama_disetujui',
  'nama_kedaluwarsa',
  'berbadan_hukum',
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const LEGAL_STATUS_LABELS: Record<LegalStatus, string> = {
  belum_terdaftar: 'Belum terdaftar',
  nama_diajukan: 'Nama diajukan',
  nama_disetujui: 'Nama disetujui',
  nama_kedaluwarsa: 'Persetujuan nama kedaluwarsa',
  berbadan_hukum: 'Berbadan hukum',
};

export const isLegalStatus = guard(LEGAL_STATUSES);

/**
 * The label of a legal status for a kind: a business group does not need a legal entity, so its
 * `belum_terdaftar` reads "Tidak wajib berbadan hukum".
 */
export function legalStatusLabel(code: string, kind?: string): string {
  if (kind === 'kelompok_usaha' && code === 'belum_terdaftar') return 'Tidak wajib berbadan hukum';
  return labeller(LEGAL_STATUS_LABELS)(code);
}

// ——— Activity ———

export const ACTIVITY = ['aktif', 'tidak_aktif'] as const;
export type Activity = (typeof ACTIVITY)[number];

export const ACTIVITY_LABELS: Record<Activity, string> = {
  aktif: 'Aktif',
  tidak_aktif: 'Tidak aktif',
};

export const isActivity = guard(ACTIVITY);
export const activityLabel = labeller(ACTIVITY_LABELS);

// ——— Organs ———

export const ORGANS = ['penasihat', 'pelaksana_operasional', 'pengawas', 'pengurus'] as const;
export type Organ = (typeof ORGANS)[number];

export const ORGAN_LABELS: Record<Organ, string> = {
  penasihat: 'Penasihat',
  pelaksana_operasional: 'Pelaksana operasional',
  pengawas: 'Pengawas',
  pengurus: 'Pengurus',
};

export const isOrgan = guard(ORGANS);
export const organLabel = labeller(ORGAN_LABELS);

// ——— Value-chain stages ———

export const VALUE_CHAIN_STAGES = ['hulu', 'tengah', 'hilir', 'jasa'] as const;
export type ValueChainStage = (typeof VALUE_CHAIN_STAGES)[number];

export const VALUE_CHAIN_STAGE_LABELS: Record<ValueChainStage, string> = {
  hulu: 'Hulu: input dan produksi',
  tengah: 'Tengah: pengolahan',
  hilir: 'Hilir: pemasaran dan distribusi',
  jasa: 'Jasa: layanan',
};

export const isValueChainStage = guard(VALUE_CHAIN_STAGES);
export const stageLabel = labeller(VALUE_CHAIN_STAGE_LABELS);

// ——— Business-unit statuses ———

export const UNIT_STATUSES = ['rencana', 'berjalan', 'berhenti'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const UNIT_STATUS_LABELS: Record<UnitStatus, string> = {
  rencana: 'Rencana',
  berjalan: 'Berjalan',
  berhenti: 'Berhenti',
};

export const isUnitStatus = guard(UNIT_STATUSES);
export const unitStatusLabel = labeller(UNIT_STATUS_LABELS);

// ——— Capital ———

export const CAPITAL_SOURCES = [
  'apbn',
  'apbd_provinsi',
  'apbd_kabupaten',
  'dana_desa',
  'mitra',
  'masyarakat',
] as const;
export type CapitalSource = (typeof CAPITAL_SOURCES)[number];

export const CAPITAL_SOURCE_LABELS: Record<CapitalSource, string> = {
  apbn: 'APBN',
  apbd_provinsi: 'APBD provinsi',
  apbd_kabupaten: 'APBD kabupaten/kota',
  dana_desa: 'Dana Desa (penyertaan modal desa)',
  mitra: 'Mitra (swasta/CSR)',
  masyarakat: 'Masyarakat',
};

export const isCapitalSource = guard(CAPITAL_SOURCES);
export const sourceLabel = labeller(CAPITAL_SOURCE_LABELS);

export const CAPITAL_FORMS = ['penyertaan_modal', 'hibah'] as const;
export type CapitalForm = (typeof CAPITAL_FORMS)[number];

export const CAPITAL_FORM_LABELS: Record<CapitalForm, string> = {
  penyertaan_modal: 'Penyertaan modal',
  hibah: 'Hibah',
};

export const isCapitalForm = guard(CAPITAL_FORMS);
export const capitalFormLabel = labeller(CAPITAL_FORM_LABELS);

// ——— Funding partners ———

export const PARTNER_KINDS = ['swasta', 'bumn', 'lsm', 'perguruan_tinggi', 'donor', 'lainnya'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind, string> = {
  swasta: 'Perusahaan swasta (CSR)',
  bumn: 'BUMN/BUMD',
  lsm: 'Lembaga swadaya masyarakat',
  perguruan_tinggi: 'Perguruan tinggi',
  donor: 'Lembaga donor',
  lainnya: 'Lainnya',
};

export const isPartnerKind = guard(PARTNER_KINDS);
export const partnerKindLabel = labeller(PARTNER_KIND_LABELS);

// ——— Enterprise documents ———

export const ENTERPRISE_DOCUMENT_KINDS = [
  'berita_acara_musdes',
  'berita_acara_mad',
  'peraturan_desa',
  'peraturan_bersama_kepala_desa',
  'anggaran_dasar',
  'anggaran_rumah_tangga',
  'rencana_program_kerja',
  'sertifikat_badan_hukum',
  'lainnya',
] as const;
export type EnterpriseDocumentKind = (typeof ENTERPRISE_DOCUMENT_KINDS)[number];

export const ENTERPRISE_DOCUMENT_KIND_LABELS: Record<EnterpriseDocumentKind, string> = {
  berita_acara_musdes: 'Berita acara Musyawarah Desa',
  berita_acara_mad: 'Berita acara Musyawarah Antar Desa',
  peraturan_desa: 'Peraturan Desa tentang pendirian',
  peraturan_bersama_kepala_desa: 'Peraturan Bersama Kepala Desa tentang pendirian',
  anggaran_dasar: 'Anggaran dasar',
  anggaran_rumah_tangga: 'Anggaran rumah tangga',
  rencana_program_kerja: 'Rencana program kerja',
  sertifikat_badan_hukum: 'Sertifikat badan hukum / SK pengesahan',
  lainnya: 'Dokumen lain',
};

export const isEnterpriseDocumentKind = guard(ENTERPRISE_DOCUMENT_KINDS);
export const documentKindLabel = labeller(ENTERPRISE_DOCUMENT_KIND_LABELS);

/**
 * The founding documents expected for each kind. For BUM Desa and BUM Desa Bersama these are the
 * attachments of the legal-entity registration in Permendesa 3/2021 (berita acara of the
 * Musdes/MAD, the Perdes or Peraturan Bersama Kepala Desa, anggaran dasar, anggaran rumah tangga,
 * rencana program kerja); cooperatives need an anggaran dasar; business groups nothing.
 */
export const EXPECTED_DOCUMENTS: Record<EnterpriseKind, readonly EnterpriseDocumentKind[]> = {
  bumdes: [
    'berita_acara_musdes',
    'peraturan_desa',
    'anggaran_dasar',
    'anggaran_rumah_tangga',
    'rencana_program_kerja',
  ],
  bumdesma: [
    'berita_acara_mad',
    'peraturan_bersama_kepala_desa',
    'anggaran_dasar',
    'anggaran_rumah_tangga',
    'rencana_program_kerja',
  ],
  koperasi: ['anggaran_dasar'],
  koperasi_merah_putih: ['anggaran_dasar'],
  kelompok_usaha: [],
};

/** Generic `labelOf(vocabulary, code)`: the label of any code above, or the code itself. */
export function labelOf<T extends string>(labels: Record<T, string>, code: string): string {
  return labeller(labels)(code);
}
