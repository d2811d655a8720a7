/**
 * The attendance list (daftar hadir) of a musyawarah: who was invited, who came, and counts
 * disaggregated by gender, youth, poor or marginal groups, disability, element (unsur) and desa.
 * Only participants with `attended` count as present; whoever came without an invitation is a
 * walk-in. All counts are whole numbers of list rows; the list is checked first with
 * `participantIssues` (duplicate ids would otherwise be counted twice).
 */
import type { FieldIssue } from '../errors.ts';
import { byCodePoint } from './proposal.ts';

export const MUSYAWARAH_KINDS = [
  'musyawarah_dusun',
  'musyawarah_desa',
  'musyawarah_desa_khusus',
  'musyawarah_antar_desa',
  'musrenbang_kawasan',
] as const;
export type MusyawarahKind = (typeof MUSYAWARAH_KINDS)[number];

export const MUSYAWARAH_KIND_LABELS: Record<MusyawarahKind, string> = {
  musyawarah_dusun: 'Musyawarah dusun',
  musyawarah_desa: 'Musyawarah desa',
  musyawarah_desa_khusus: 'Musyawarah desa khusus',
  musyawarah_antar_desa: 'Musyawarah antar desa',
  musrenbang_kawasan: 'Musrenbang kawasan',
};

/** Kinds held by one desa (they need its `desaCode`); the others are held by the kawasan. */
export const DESA_LEVEL_KINDS: readonly MusyawarahKind[] = [
  'musyawarah_dusun',
  'musyawarah_desa',
  'musyawarah_desa_khusus',
];

/** Whether a kind is held by one desa (musyawarah dusun, desa, desa khusus). */
export function isDesaLevelKind(kind: MusyawarahKind): boolean {
  return DESA_LEVEL_KINDS.includes(kind);
}

/**
 * The element (unsur) a participant attends for. The community elements follow the list of
 * Permendagri 110/2016 Pasal 38(4); the rest are the bodies that also sit in village and kawasan
 * meetings.
 */
export const PARTICIPANT_ELEMENTS = [
  'pemerintah_desa',
  'bpd',
  'tokoh_adat',
  'tokoh_agama',
  'tokoh_masyarakat',
  'tokoh_pendidikan',
  'kelompok_tani',
  'kelompok_nelayan',
  'kelompok_perajin',
  'kelompok_perempuan',
  'perlindungan_anak',
  'masyarakat_miskin',
  'pemuda',
  'bumdes',
  'lembaga_kemasyarakatan',
  'pendamping',
  'pemerintah_daerah',
  'mitra',
  'lainnya',
] as const;
export type ParticipantElement = (typeof PARTICIPANT_ELEMENTS)[number];

export const PARTICIPANT_ELEMENT_LABELS: Record<ParticipantElement, string> = {
  pemerintah_desa: 'Pemerintah desa',
  bpd: 'Badan Permusyawaratan Desa (BPD)',
  tokoh_adat: 'Tokoh adat',
  tokoh_agama: 'Tokoh agama',
  tokoh_masyarakat: 'Tokoh masyarakat',
  tokoh_pendidikan: 'Tokoh pendidikan',
  kelompok_tani: 'Kelompok tani',
  kelompok_nelayan: 'Kelompok nelayan',
  kelompok_perajin: 'Kelompok perajin',
  kelompok_perempuan: 'Kelompok perempuan',
  perlindungan_anak: 'Kelompok pemerhati dan perlindungan anak',
  masyarakat_miskin: 'Kelompok masyarakat miskin',
  pemuda: 'Pemuda',
  bumdes: 'BUM Desa',
  lembaga_kemasyarakatan: 'Lembaga kemasyarakatan desa',
  pendamping: 'Pendamping desa',
  pemerintah_daerah: 'Pemerintah daerah',
  mitra: 'Mitra',
  lainnya: 'Lainnya',
};

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isElement = (v: unknown): v is ParticipantElement =>
  (PARTICIPANT_ELEMENTS as readonly unknown[]).includes(v);
/** Elements that are not unsur masyarakat: the village government, the BPD, facilitators, the kabupaten. */
export const NON_COMMUNITY_ELEMENTS: readonly ParticipantElement[] = [
  'pemerintah_desa',
  'bpd',
  'pendamping',
  'pemerintah_daerah',
];

/** Whether an element counts as unsur masyarakat (every element but `NON_COMMUNITY_ELEMENTS`). */
export function isCommunityElement(element: ParticipantElement): boolean {
  return isElement(element) && !NON_COMMUNITY_ELEMENTS.includes(element);
}

export const GENDERS = ['perempuan', 'laki_laki'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, string> = {
  perempuan: 'Perempuan',
  laki_laki: 'Laki-laki',
};

const isGender = (v: unknown): v is Gender => (GENDERS as readonly unknown[]).includes(v);

export interface Participant {
  /** Opaque id, unique within the list (no NIK). */
  id: string;
  name: string;
  gender: Gender;
  /** Aged 16–30 years (pemuda). */
  youth: boolean;
  poorOrMarginal: boolean;
  disability: boolean;
  element: ParticipantElement;
  /** Kode desa the participant represents or lives in; null for those from outside any desa. */
  desaCode: string | null;
  invited: boolean;
  attended: boolean;
}

const FLAGS = [
  ['youth', 'Keterangan pemuda'],
  ['poorOrMarginal', 'Keterangan miskin atau marginal'],
  ['disability', 'Keterangan disabilitas'],
  ['invited', 'Keterangan diundang'],
  ['attended', 'Keterangan hadir'],
] as const;

/**
 * Issues of an attendance list: missing or duplicate ids, empty names, unknown gender or element,
 * flags that are not true/false, and desa codes outside `allowedDesaCodes` (the desa holding the
 * meeting, or the kawasan's member desa). A null desa code is allowed. An empty list has no issues;
 * the quorum checks report that nobody attended.
 */
export function participantIssues(
  list: readonly Participant[],
  allowedDesaCodes: readonly string[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const allowed = new Set(allowedDesaCodes);
  const seen = new Set<string>();
  for (const [i, p] of list.entries()) {
    const at = `participants[${i}]`;
    if (!isText(p.id)) issues.push({ field: `${at}.id`, message: 'Kode peserta wajib diisi.' });
    else if (seen.has(p.id)) {
      issues.push({ field: `${at}.id`, message: `Kode peserta ${p.id} tercantum lebih dari sekali.` });
    }
    seen.add(p.id);
    if (!isText(p.name)) issues.push({ field: `${at}.name`, message: 'Nama peserta wajib diisi.' });
    if (!isGender(p.gender)) {
      issues.push({
        field: `${at}.gender`,
        message: `Jenis kelamin harus salah satu dari: ${GENDERS.join(', ')}.`,
      });
    }
    if (!isElement(p.element)) {
      issues.push({
        field: `${at}.element`,
        message: `Unsur peserta harus salah satu dari: ${PARTICIPANT_ELEMENTS.join(', ')}.`,
      });
    }
    for (const [flag, label] of FLAGS) {
      if (typeof p[flag] !== 'boolean') {
        issues.push({ field: `${at}.${flag}`, message: `${label} harus ya atau tidak (true/false).` });
      }
    }
    if (p.desaCode !== null && !allowed.has(p.desaCode)) {
      issues.push({
        field: `${at}.desaCode`,
        message: `Desa ${p.desaCode} bukan desa penyelenggara atau anggota kawasan musyawarah ini.`,
      });
    }
  }
  return issues;
}

export interface ElementCount {
  element: ParticipantElement;
  attended: number;
  women: number;
}

export interface DesaCount {
  desaCode: string;
  attended: number;
  women: number;
}

export interface AttendanceSummary {
  invited: number;
  attended: number;
  /** Invited and attended: the count the 2/3 quorum uses. */
  attendedInvited: number;
  /** Attended but not invited. */
  walkIns: number;
  /** The counts below are of those who attended. */
  women: number;
  men: number;
  youth: number;
  poorOrMarginal: number;
  disability: number;
  /** In `PARTICIPANT_ELEMENTS` order, only elements with someone present. */
  byElement: ElementCount[];
  /** In code-point order of the desa code, only desa with someone present; null desa codes left out. */
  byDesa: DesaCount[];
}

/** Counts of the attendance list; the same whatever order the participants are in. */
export function attendanceSummary(list: readonly Participant[]): AttendanceSummary {
  const present = list.filter((p) => p.attended === true);
  const count = (rows: readonly Participant[], keep: (p: Participant) => boolean) => rows.filter(keep).length;
  const women = (p: Participant) => p.gender === 'perempuan';
  const byElement: ElementCount[] = [];
  for (const element of PARTICIPANT_ELEMENTS) {
    const rows = present.filter((p) => p.element === element);
    if (rows.length > 0) byElement.push({ element, attended: rows.length, women: count(rows, women) });
  }
  const codes = [...new Set(present.flatMap((p) => (p.desaCode === null ? [] : [p.desaCode])))];
  const byDesa = codes.sort(byCodePoint).map((desaCode): DesaCount => {
    const rows = present.filter((p) => p.desaCode === desaCode);
    return { desaCode, attended: rows.length, women: count(rows, women) };
  });
  return {
    invited: count(list, (p) => p.invited === true),
    attended: present.length,
    attendedInvited: count(present, (p) => p.invited === true),
    walkIns: count(present, (p) => p.invited !== true),
    women: count(present, women),
    men: count(present, (p) => p.gender === 'laki_laki'),
    youth: count(present, (p) => p.youth === true),
    poorOrMarginal: count(present, (p) => p.poorOrMarginal === true),
    disability: count(present, (p) => p.disability === true),
    byElement,
    byDesa,
  };
}
