/**
 * Who founds an enterprise, per kind (DOMAIN.md §4):
 * - BUM Desa: exactly one desa, by its Musyawarah Desa, established by a Peraturan Desa
 *   (PP 11/2021 Pasal 7–8);
 * - BUM Desa Bersama: two or more desa, of any kecamatan, kabupaten or province, by a Musyawarah
 *   Antar Desa, established by a Peraturan Bersama Kepala Desa (PP 11/2021 Pasal 9);
 * - Koperasi Desa/Kelurahan Merah Putih: exactly one desa or kelurahan (Inpres 9/2025);
 * - other cooperatives and business groups: one or more desa or kelurahan where they work.
 * A kelurahan is not a desa and founds no BUM Desa (its 7th code digit is 1). Founding codes are
 * village-level (10 digits) and distinct. `commonRegion` is the longest region holding them all:
 * the enterprise's region for audit rows and the enterprise role.
 */
import type { FieldIssue } from '../errors.ts';
import { CODE_LENGTH } from '../region-code.ts';
import { type EnterpriseKind, enterpriseKindLabel } from './vocabulary.ts';

export interface FoundingRule {
  min: number;
  /** Null: no upper bound. */
  max: number | null;
  /** Whether a kelurahan may be a founder. */
  kelurahanAllowed: boolean;
  /** The deliberation that decides the founding, and the instrument that establishes it. */
  deliberation: string | null;
  instrument: string | null;
}

export const FOUNDING_RULES: Record<EnterpriseKind, FoundingRule> = {
  bumdes: {
    min: 1,
    max: 1,
    kelurahanAllowed: false,
    deliberation: 'Musyawarah Desa',
    instrument: 'Peraturan Desa',
  },
  bumdesma: {
    min: 2,
    max: null,
    kelurahanAllowed: false,
    deliberation: 'Musyawarah Antar Desa',
    instrument: 'Peraturan Bersama Kepala Desa',
  },
  koperasi_merah_putih: {
    min: 1,
    max: 1,
    kelurahanAllowed: true,
    deliberation: 'Musyawarah Desa/Kelurahan Khusus',
    instrument: null,
  },
  koperasi: { min: 1, max: null, kelurahanAllowed: true, deliberation: null, instrument: null },
  kelompok_usaha: { min: 1, max: null, kelurahanAllowed: true, deliberation: null, instrument: null },
};

const FIELD = 'founderDesaCodes';
const VILLAGE = CODE_LENGTH.village;

function countMessage(kind: EnterpriseKind, count: number): string | null {
  const rule = FOUNDING_RULES[kind];
  if (count >= rule.min && (rule.max === null || count <= rule.max)) return null;
  const chosen = count === 0 ? 'belum ada desa dipilih' : `${count} desa dipilih`;
  switch (kind) {
    case 'bumdes':
      return count === 0
        ? 'BUM Desa didirikan oleh satu desa; pilih desa pendirinya.'
        : `BUM Desa didirikan oleh satu desa; ${chosen}. Usaha beberapa desa didaftarkan sebagai BUM Desa Bersama.`;
    case 'bumdesma':
      return `BUM Desa Bersama didirikan oleh dua desa atau lebih; ${count === 0 ? 'belum ada desa dipilih' : `baru ${count} desa dipilih`}.`;
    case 'koperasi_merah_putih':
      return `Koperasi Desa/Kelurahan Merah Putih didirikan di satu desa atau kelurahan; ${chosen}.`;
    default:
      return `${enterpriseKindLabel(kind)} perlu sedikitnya satu desa atau kelurahan tempat berdiri.`;
  }
}

/** Problems with the founding desa of an enterprise of `kind`; empty when it may be founded. */
export function foundingIssues(kind: EnterpriseKind, founderDesaCodes: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  founderDesaCodes.forEach((code, i) => {
    const field = `${FIELD}.${i}`;
    if (!/^\d+$/.test(code) || code.length !== VILLAGE) {
      issues.push({ field, message: `Kode ${code} bukan kode desa/kelurahan (10 digit).` });
      return;
    }
    if (seen.has(code)) {
      issues.push({ field, message: `Desa ${code} dipilih lebih dari sekali.` });
      return;
    }
    seen.add(code);
    if (code[6] === '1' && !FOUNDING_RULES[kind].kelurahanAllowed) {
      issues.push({
        field,
        message: `Kode ${code} adalah kelurahan; ${enterpriseKindLabel(kind)} hanya didirikan oleh desa.`,
      });
    }
  });
  const count = countMessage(kind, seen.size === 0 ? founderDesaCodes.length : seen.size);
  if (count !== null) issues.unshift({ field: FIELD, message: count });
  return issues;
}

/**
 * The longest region code (province 2, regency 4, district 6 or village 10 digits) holding every
 * code; the empty code (all of Indonesia: only national administrators hold it) when they share
 * no province, or there are none.
 */
export function commonRegion(codes: readonly string[]): string {
  if (codes.length === 0) return '';
  for (const length of [
    CODE_LENGTH.village,
    CODE_LENGTH.district,
    CODE_LENGTH.regency,
    CODE_LENGTH.province,
  ]) {
    const prefix = codes[0]!.slice(0, length);
    if (prefix.length === length && codes.every((c) => c.length >= length && c.startsWith(prefix)))
      return prefix;
  }
  return '';
}
