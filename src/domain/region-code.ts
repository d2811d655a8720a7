/**
 * Kemendagri administrative region codes (kode wilayah).
 *
 * Canonical form is digits only: province `33`, kabupaten/kota `3374`, kecamatan `337401`,
 * desa/kelurahan `3374011001`. People write them dotted (`33.74.01.1001`); both are accepted.
 * The 7th digit of a village code tells its type: 1 kelurahan, 2 desa, 3 desa adat.
 */

export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Digits in the canonical code of each level. */
export const CODE_LENGTH: Record<RegionLevel, number> = { province: 2, regency: 4, district: 6, village: 10 };

/** Lengths of the dotted groups: `PP.KK.CC.XDDD`. */
const GROUP_LENGTHS = [2, 2, 2, 4] as const;

export const VILLAGE_TYPES = ['kelurahan', 'desa', 'desa_adat'] as const;
export type VillageType = (typeof VILLAGE_TYPES)[number];

const VILLAGE_TYPE_DIGIT: Record<string, VillageType> = { '1': 'kelurahan', '2': 'desa', '3': 'desa_adat' };

export type RegencyType = 'kabupaten' | 'kota';

export interface RegionCode {
  /** Digits only, e.g. `3374011001`. */
  code: string;
  level: RegionLevel;
}

export type CodeProblem =
  | 'empty'
  | 'invalid_characters'
  | 'invalid_length'
  | 'invalid_dots'
  | 'zero_segment'
  | 'invalid_village_type';

export type ParseResult =
  | { ok: true; value: RegionCode }
  | { ok: false; problem: CodeProblem; message: string };

const MESSAGES: Record<CodeProblem, string> = {
  empty: 'Kode wilayah kosong.',
  invalid_characters: 'Kode wilayah hanya boleh berisi angka dan titik.',
  invalid_length: 'Kode wilayah harus 2, 4, 6 atau 10 digit (contoh 33, 3374, 337401, 3374011001).',
  invalid_dots: 'Format bertitik harus PP.KK.CC.XDDD (contoh 33.74.01.1001).',
  zero_segment: 'Setiap bagian kode wilayah harus lebih dari nol.',
  invalid_village_type: 'Digit ke-7 kode desa harus 1 (kelurahan), 2 (desa) atau 3 (desa adat).',
};

const LEVEL_BY_LENGTH = new Map<number, RegionLevel>(REGION_LEVELS.map((l) => [CODE_LENGTH[l], l]));

function fail(problem: CodeProblem): ParseResult {
  return { ok: false, problem, message: MESSAGES[problem] };
}

/** Well-formed inputs, checked in one step; anything else takes the slow path that explains why. */
const PLAIN = /^(?:\d{2}|\d{4}|\d{6}|\d{10})$/;
const DOTTED = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;
const ZERO_GROUP = ['00', '00', '00', '0000'] as const;

/** Parses a region code written with or without dots, surrounding spaces allowed. */
export function parseRegionCode(input: string): ParseResult {
  const fast = PLAIN.test(input) ? input : DOTTED.test(input) ? input.replaceAll('.', '') : null;
  if (fast !== null && isWellFormed(fast)) {
    return { ok: true, value: { code: fast, level: LEVEL_BY_LENGTH.get(fast.length)! } };
  }
  return explainRegionCode(input);
}

function isWellFormed(digits: string): boolean {
  let at = 0;
  for (const [i, len] of GROUP_LENGTHS.entries()) {
    if (at >= digits.length) break;
    if (digits.slice(at, at + len) === ZERO_GROUP[i]) return false;
    at += len;
  }
  return digits.length !== CODE_LENGTH.village || VILLAGE_TYPE_DIGIT[digits[6]!] !== undefined;
}

function explainRegionCode(input: string): ParseResult {
  const text = input.trim();
  if (text === '') return fail('empty');
  if (!/^[0-9.]+$/.test(text)) return fail('invalid_characters');
  let digits = text;
  if (text.includes('.')) {
    const groups = text.split('.');
    const shapeOk =
      groups.length <= GROUP_LENGTHS.length && groups.every((g, i) => g.length === GROUP_LENGTHS[i]);
    if (!shapeOk) return fail('invalid_dots');
    digits = groups.join('');
  }
  const level = LEVEL_BY_LENGTH.get(digits.length);
  if (!level) return fail('invalid_length');
  if (splitSegments(digits).some((s) => /^0+$/.test(s))) return fail('zero_segment');
  if (level === 'village' && !VILLAGE_TYPE_DIGIT[digits[6]!]) return fail('invalid_village_type');
  return { ok: true, value: { code: digits, level } };
}

function splitSegments(digits: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const len of GROUP_LENGTHS) {
    if (at >= digits.length) break;
    out.push(digits.slice(at, at + len));
    at += len;
  }
  return out;
}

/** The dotted form people expect: `3374011001` → `33.74.01.1001`. */
export function formatRegionCode(code: string): string {
  return splitSegments(code).join('.');
}

/** Level of a canonical code (assumes it is valid). */
export function levelOf(code: string): RegionLevel {
  const level = LEVEL_BY_LENGTH.get(code.length);
  if (!level) throw new RangeError(`not a canonical region code: ${code}`);
  return level;
}

/** Codes of all ancestors, from province down to the direct parent. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (const level of REGION_LEVELS) {
    const len = CODE_LENGTH[level];
    if (len >= code.length) break;
    out.push(code.slice(0, len));
  }
  return out;
}

/** Code of the direct parent, or null for a province. */
export function parentCode(code: string): string | null {
  const length = PARENT_LENGTH[code.length];
  return length === undefined ? null : code.slice(0, length);
}

const PARENT_LENGTH: Record<number, number> = { 4: 2, 6: 4, 10: 6 };

/** Level directly below, or null for a village. */
export function childLevel(level: RegionLevel): RegionLevel | null {
  return REGION_LEVELS[REGION_LEVELS.indexOf(level) + 1] ?? null;
}

/** Desa, kelurahan or desa adat, from the 7th digit of a village code. */
export function villageTypeOf(code: string): VillageType {
  const type = code.length === CODE_LENGTH.village ? VILLAGE_TYPE_DIGIT[code[6]!] : undefined;
  if (!type) throw new RangeError(`not a village code: ${code}`);
  return type;
}

/** Kota when the two kabupaten digits are 71 or above (Kemendagri numbering). */
export function regencyTypeOf(code: string): RegencyType {
  if (code.length !== CODE_LENGTH.regency) throw new RangeError(`not a regency code: ${code}`);
  return Number(code.slice(2, 4)) >= 71 ? 'kota' : 'kabupaten';
}
