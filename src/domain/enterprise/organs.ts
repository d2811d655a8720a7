/**
 * The organs of an enterprise and their members (PP 11/2021 Pasal 23: BUM Desa and BUM Desa
 * Bersama have a penasihat, a pelaksana operasional and a pengawas, under the Musyawarah Desa /
 * Antar Desa; UU 25/1992: a cooperative has pengurus and pengawas; a business group its pengurus).
 * A member is a name, a position, optionally a gender and a term. No NIK and no phone number of
 * a person is recorded. `organGaps` names the organs no member serves on `today` — a warning on
 * the profile, not a refusal.
 */
import type { FieldIssue } from '../errors.ts';
import { isCalendarDate } from '../training/calendar.ts';
import { type EnterpriseKind, type Organ, organLabel } from './vocabulary.ts';

export const ORGANS_BY_KIND: Record<EnterpriseKind, readonly Organ[]> = {
  bumdes: ['penasihat', 'pelaksana_operasional', 'pengawas'],
  bumdesma: ['penasihat', 'pelaksana_operasional', 'pengawas'],
  koperasi: ['pengurus', 'pengawas'],
  koperasi_merah_putih: ['pengurus', 'pengawas'],
  kelompok_usaha: ['pengurus'],
};

export const MEMBER_NAME_MAX = 120;
export const POSITION_MAX = 100;

export interface OrganMember {
  organ: string;
  name: string;
  position: string;
  /** L or P (checked). */
  gender?: string | null | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
}

/** A person's name: letters, spaces, apostrophes, hyphens, dots and commas (academic titles). */
const PERSON_NAME = /^\p{L}[\p{L}\p{M} .,'’-]*$/u;

/** Problems with the members of an enterprise of `kind`, each under `members.<i>.<field>`. */
export function organMemberIssues(kind: EnterpriseKind, members: readonly OrganMember[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const allowed = ORGANS_BY_KIND[kind];
  members.forEach((m, i) => {
    const at = (field: string) => `members.${i}.${field}`;
    if (!(allowed as readonly string[]).includes(m.organ))
      issues.push({
        field: at('organ'),
        message: `Organ "${organLabel(m.organ)}" tidak ada pada jenis badan usaha ini; pilih ${allowed.map(organLabel).join(', ')}.`,
      });
    const name = m.name.trim();
    if (name.length < 2 || name.length > MEMBER_NAME_MAX)
      issues.push({ field: at('name'), message: `Nama anggota 2–${MEMBER_NAME_MAX} karakter.` });
    else if (!PERSON_NAME.test(name) || /\d/.test(name))
      issues.push({
        field: at('name'),
        message:
          'Nama anggota hanya berisi huruf (boleh titik, koma, tanda petik dan tanda hubung); jangan menulis NIK atau nomor telepon.',
      });
    const position = m.position.trim();
    if (position.length === 0 || position.length > POSITION_MAX)
      issues.push({
        field: at('position'),
        message: `Jabatan wajib diisi, paling banyak ${POSITION_MAX} karakter.`,
      });
    else if (/\d{6,}/.test(position))
      issues.push({
        field: at('position'),
        message: 'Jabatan tidak memuat nomor identitas atau nomor telepon.',
      });
    if (m.gender != null && m.gender !== 'L' && m.gender !== 'P')
      issues.push({ field: at('gender'), message: 'Jenis kelamin L atau P.' });
    const start = m.startDate ?? null;
    const end = m.endDate ?? null;
    if (start !== null && !isCalendarDate(start))
      issues.push({ field: at('startDate'), message: 'Tanggal mulai harus berformat TTTT-BB-HH.' });
    if (end !== null && !isCalendarDate(end))
      issues.push({ field: at('endDate'), message: 'Tanggal selesai harus berformat TTTT-BB-HH.' });
    else if (start !== null && end !== null && isCalendarDate(start) && end < start)
      issues.push({
        field: at('endDate'),
        message: `Tanggal selesai tidak boleh sebelum tanggal mulai (${start}).`,
      });
  });
  return issues;
}

/** Whether the member serves on `today` (term started, not ended). */
export function servesOn(member: OrganMember, today: string): boolean {
  const start = member.startDate ?? null;
  const end = member.endDate ?? null;
  return (start === null || start <= today) && (end === null || end >= today);
}

export interface OrganGap {
  organ: Organ;
  label: string;
  message: string;
}

/** The organs of `kind` with no member serving on `today`. */
export function organGaps(kind: EnterpriseKind, members: readonly OrganMember[], today: string): OrganGap[] {
  return ORGANS_BY_KIND[kind]
    .filter((organ) => !members.some((m) => m.organ === organ && servesOn(m, today)))
    .map((organ) => ({
      organ,
      label: organLabel(organ),
      message: `Belum ada anggota ${organLabel(organ).toLowerCase()} yang menjabat.`,
    }));
}
