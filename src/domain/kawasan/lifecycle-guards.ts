/**
 * The data guards of the kawasan lifecycle: who may be a member, the designation decree (SK),
 * and the reason a rejection or cancellation must carry. Each returns the field issues it finds
 * (none: the guard passes), with Indonesian messages naming the field.
 */
import type { FieldIssue } from '../errors.ts';
import { parseRegionCode, villageTypeOf } from '../region-code.ts';
import { provincesOf } from './kawasan-actor.ts';

/** A kawasan perdesaan is development between desa (UU 6/2014 Pasal 83): at least two of them. */
export const MIN_MEMBERS = 2;
/** Shortest reason accepted for a rejection or cancellation: a word like "tidak" is not a reason. */
export const MIN_REASON_LENGTH = 10;

export interface DesignationDecree {
  /** Nomor SK bupati/wali kota or gubernur, e.g. `414/123/2025`. */
  number: string;
  /** Tanggal SK, `YYYY-MM-DD`. */
  date: string;
  /** Id of the stored document (the scanned SK). */
  documentId: string;
}

/** Member codes that are not desa or desa adat codes: malformed, not a village, or a kelurahan. */
export function memberCodeIssues(memberCodes: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const [i, code] of memberCodes.entries()) {
    const field = `members[${i}]`;
    const parsed = parseRegionCode(code);
    if (!parsed.ok || parsed.value.level !== 'village' || parsed.value.code !== code) {
      issues.push({ field, message: `Kode ${code} bukan kode desa 10 digit.` });
    } else if (villageTypeOf(code) === 'kelurahan') {
      issues.push({
        field,
        message: `${code} adalah kelurahan (digit ke-7 = 1): kelurahan bagian dari pemerintahan kota/kabupaten, bukan desa, sehingga tidak dapat menjadi anggota kawasan perdesaan.`,
      });
    } else if (seen.has(code)) {
      issues.push({ field, message: `Desa ${code} tercantum lebih dari sekali.` });
    }
    seen.add(code);
  }
  return issues;
}

/** Fewer than `MIN_MEMBERS` distinct members. */
export function memberCountIssues(memberCodes: readonly string[]): FieldIssue[] {
  const count = new Set(memberCodes).size;
  return count >= MIN_MEMBERS
    ? []
    : [
        {
          field: 'members',
          message: `Kawasan perdesaan memerlukan paling sedikit ${MIN_MEMBERS} desa anggota; baru ada ${count}.`,
        },
      ];
}

/** Members in more than one province: no single government could designate the kawasan. */
export function provinceIssues(memberCodes: readonly string[]): FieldIssue[] {
  const provinces = provincesOf(memberCodes);
  return provinces.length <= 1
    ? []
    : [
        {
          field: 'members',
          message: `Anggota kawasan berada di lebih dari satu provinsi (${provinces.join(', ')}); kawasan perdesaan ditetapkan dalam satu provinsi.`,
        },
      ];
}

/**
 * Members already in another active kawasan. `taken` maps a desa code to the id or name of the
 * active kawasan holding it (the caller excludes the kawasan being changed).
 */
export function takenMemberIssues(
  memberCodes: readonly string[],
  taken: ReadonlyMap<string, string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [i, code] of memberCodes.entries()) {
    const other = taken.get(code);
    if (other !== undefined) {
      issues.push({
        field: `members[${i}]`,
        message: `Desa ${code} sudah menjadi anggota kawasan aktif lain (${other}); satu desa hanya boleh berada di satu kawasan aktif.`,
      });
    }
  }
  return issues;
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** A designation needs the decree's number, date and stored document. */
export function decreeIssues(sk: DesignationDecree | undefined): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!sk || sk.number.trim() === '') {
    issues.push({ field: 'sk.number', message: 'Nomor SK penetapan kawasan wajib diisi.' });
  }
  if (!sk || !isCalendarDate(sk.date)) {
    issues.push({
      field: 'sk.date',
      message: 'Tanggal SK wajib diisi dengan format TTTT-BB-HH (contoh 2025-03-14).',
    });
  }
  if (!sk || sk.documentId.trim() === '') {
    issues.push({ field: 'sk.documentId', message: 'Berkas SK penetapan wajib diunggah.' });
  }
  return issues;
}

/** A rejection or cancellation must say why. */
export function reasonIssues(reason: string | undefined): FieldIssue[] {
  return (reason ?? '').trim().length >= MIN_REASON_LENGTH
    ? []
    : [{ field: 'reason', message: `Alasan wajib diisi, paling sedikit ${MIN_REASON_LENGTH} karakter.` }];
}
