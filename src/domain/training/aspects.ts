/**
 * The vocabulary of pelatihan: the four aspects a training raises, the kinds of provider, the
 * target groups, age groups and roles of participants. Ids are stable (stored and sent in JSON);
 * labels are Indonesian, as shown to users.
 *
 * Sources (DOMAIN.md §6): UU 6/2014 Pasal 1 angka 12 names what empowerment raises — pengetahuan,
 * sikap, keterampilan, perilaku, kemampuan, kesadaran; the first four are the aspects modelled
 * here (kemampuan and kesadaran are outcomes of them and are not tested separately). Providers:
 * BPSDM of Kemendesa and its Balai (Besar) Pelatihan dan Pemberdayaan Masyarakat Desa, Daerah
 * Tertinggal dan Transmigrasi (BBPPMDDTT / BPPMDDTT), universities, NGOs, government offices.
 */

export const ASPECTS = ['pengetahuan', 'sikap', 'keterampilan', 'perilaku'] as const;
export type Aspect = (typeof ASPECTS)[number];

export const ASPECT_LABELS: Record<Aspect, string> = {
  pengetahuan: 'Pengetahuan',
  sikap: 'Sikap',
  keterampilan: 'Keterampilan',
  perilaku: 'Perilaku',
};

/**
 * How an aspect is usually measured (Kirkpatrick, DOMAIN.md §6): knowledge, attitude and skills by
 * a pre-test and post-test during the training (level 2); behaviour in the follow-up months later
 * (level 3). A programme may still pre/post-test behaviour (a self-assessment of practice), so
 * `perilaku` is allowed as a tested aspect; this is only the default a form proposes.
 */
export const ASPECT_DEFAULT_LEVEL: Record<Aspect, 'L2' | 'L3'> = {
  pengetahuan: 'L2',
  sikap: 'L2',
  keterampilan: 'L2',
  perilaku: 'L3',
};

export function isAspect(value: unknown): value is Aspect {
  return (ASPECTS as readonly unknown[]).includes(value);
}

// ——— Providers ———

export const PROVIDER_KINDS = ['balai_pelatihan', 'perguruan_tinggi', 'lsm', 'instansi_pemerintah'] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

export const PROVIDER_KIND_LABELS: Record<ProviderKind, string> = {
  balai_pelatihan: 'Balai pelatihan (BBPPMDDTT, BPPMDDTT, balai latihan masyarakat)',
  perguruan_tinggi: 'Perguruan tinggi',
  lsm: 'Lembaga swadaya masyarakat (LSM)',
  instansi_pemerintah: 'Instansi pemerintah (dinas, BPSDM)',
};

// ——— Target groups and participant roles ———

export const TARGET_GROUPS = [
  'pemerintah_desa',
  'bpd',
  'pengelola_bumdes',
  'pengurus_koperasi',
  'kpmd',
  'pendamping',
  'kelompok_tani',
  'kelompok_nelayan',
  'kelompok_perempuan',
  'pemuda',
  'pelaku_usaha',
  'masyarakat_umum',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  pemerintah_desa: 'Pemerintah desa (kepala desa dan perangkat desa)',
  bpd: 'BPD (Badan Permusyawaratan Desa)',
  pengelola_bumdes: 'Pengelola BUM Desa / BUM Desa Bersama',
  pengurus_koperasi: 'Pengurus koperasi (termasuk Koperasi Desa Merah Putih)',
  kpmd: 'KPMD (Kader Pemberdayaan Masyarakat Desa)',
  pendamping: 'Pendamping desa (TPP)',
  kelompok_tani: 'Kelompok tani',
  kelompok_nelayan: 'Kelompok nelayan',
  kelompok_perempuan: 'Kelompok perempuan (PKK dan lainnya)',
  pemuda: 'Pemuda (karang taruna dan lainnya)',
  pelaku_usaha: 'Pelaku usaha mikro dan kecil',
  masyarakat_umum: 'Masyarakat umum',
};

/** What a participant is, in the place they come from. Each role belongs to one target group. */
export const PARTICIPANT_ROLES = [
  'kepala_desa',
  'perangkat_desa',
  'anggota_bpd',
  'pengelola_bumdes',
  'pengurus_koperasi',
  'kpmd',
  'pendamping_desa',
  'anggota_kelompok_tani',
  'anggota_kelompok_nelayan',
  'anggota_kelompok_perempuan',
  'pemuda',
  'pelaku_usaha',
  'warga',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PARTICIPANT_ROLE_LABELS: Record<ParticipantRole, string> = {
  kepala_desa: 'Kepala desa',
  perangkat_desa: 'Perangkat desa',
  anggota_bpd: 'Anggota BPD',
  pengelola_bumdes: 'Pengelola BUM Desa / BUM Desa Bersama',
  pengurus_koperasi: 'Pengurus koperasi',
  kpmd: 'KPMD',
  pendamping_desa: 'Pendamping desa (TPP)',
  anggota_kelompok_tani: 'Anggota kelompok tani',
  anggota_kelompok_nelayan: 'Anggota kelompok nelayan',
  anggota_kelompok_perempuan: 'Anggota kelompok perempuan',
  pemuda: 'Pemuda',
  pelaku_usaha: 'Pelaku usaha',
  warga: 'Warga desa',
};

export const ROLE_TARGET_GROUP: Record<ParticipantRole, TargetGroup> = {
  kepala_desa: 'pemerintah_desa',
  perangkat_desa: 'pemerintah_desa',
  anggota_bpd: 'bpd',
  pengelola_bumdes: 'pengelola_bumdes',
  pengurus_koperasi: 'pengurus_koperasi',
  kpmd: 'kpmd',
  pendamping_desa: 'pendamping',
  anggota_kelompok_tani: 'kelompok_tani',
  anggota_kelompok_nelayan: 'kelompok_nelayan',
  anggota_kelompok_perempuan: 'kelompok_perempuan',
  pemuda: 'pemuda',
  pelaku_usaha: 'pelaku_usaha',
  warga: 'masyarakat_umum',
};

/** Roles that may be linked to an enterprise (BUM Desa, BUM Desa Bersama, koperasi). */
export const ENTERPRISE_ROLES: readonly ParticipantRole[] = ['pengelola_bumdes', 'pengurus_koperasi'];
/** Roles that may be linked to a facilitator record (a KPMD or a TPP is also a pendamping). */
export const FACILITATOR_ROLES: readonly ParticipantRole[] = ['kpmd', 'pendamping_desa'];

// ——— Age groups ———

/**
 * Age groups for disaggregation, by age in whole years at the start of the training. The bounds
 * of `usia_16_30` follow the definition of pemuda in UU 40/2009 tentang Kepemudaan (16–30 years)
 * and `usia_60_ke_atas` that of lanjut usia in UU 13/1998 (60 and over); both from general
 * knowledge of those laws, not from DOMAIN.md: check before relying on them in a report.
 */
export const AGE_GROUPS = [
  'usia_di_bawah_16',
  'usia_16_30',
  'usia_31_45',
  'usia_46_59',
  'usia_60_ke_atas',
] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export const AGE_GROUP_LABELS: Record<AgeGroup, string> = {
  usia_di_bawah_16: 'Di bawah 16 tahun',
  usia_16_30: '16–30 tahun (pemuda)',
  usia_31_45: '31–45 tahun',
  usia_46_59: '46–59 tahun',
  usia_60_ke_atas: '60 tahun ke atas',
};

/** Lowest age of each group, in table order. */
const AGE_GROUP_FROM: Record<AgeGroup, number> = {
  usia_di_bawah_16: 0,
  usia_16_30: 16,
  usia_31_45: 31,
  usia_46_59: 46,
  usia_60_ke_atas: 60,
};

/**
 * The age group of someone born in `birthYear`, in the year `atYear`. Only the birth year is kept
 * (no birth date), so the age is `atYear − birthYear`: it may be one year more than the true age
 * before the birthday, which is precise enough for group counts.
 */
export function ageGroupOf(birthYear: number, atYear: number): AgeGroup {
  const age = atYear - birthYear;
  let group: AgeGroup = 'usia_di_bawah_16';
  for (const g of AGE_GROUPS) if (age >= AGE_GROUP_FROM[g]) group = g;
  return group;
}
