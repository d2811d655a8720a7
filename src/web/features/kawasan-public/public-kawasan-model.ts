/**
 * Pure pieces of the public kawasan pages: the order of members and institutions, and the region
 * filter of the public list as it stands in the address.
 */
import type { KawasanMember, PublicKawasan } from '../../../contracts/kawasan.contract';

/** Members ordered for the table: by kecamatan, then by name. */
export function orderedMembers<T extends Pick<KawasanMember, 'districtName' | 'name'>>(
  members: readonly T[],
): T[] {
  return [...members].sort(
    (a, b) => a.districtName.localeCompare(b.districtName, 'id') || a.name.localeCompare(b.name, 'id'),
  );
}

/** The institutions in a fixed order (TKPKP, then BKAD). */
export function orderedInstitutions(
  institutions: PublicKawasan['institutions'],
): PublicKawasan['institutions'] {
  const rank = { tkpkp: 0, bkad: 1 } as const;
  return [...institutions].sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/**
 * The region filter of `/kawasan-publik?wilayah=…`: a province (2 digits) or a kabupaten/kota
 * (4 digits), dots allowed; anything else means no filter.
 */
export function regionFilterOf(value: string | null): { province: string; kabupaten: string | null } | null {
  const code = (value ?? '').replaceAll('.', '').trim();
  if (/^\d{2}$/.test(code)) return { province: code, kabupaten: null };
  if (/^\d{4}$/.test(code)) return { province: code.slice(0, 2), kabupaten: code };
  return null;
}

/** Page of the public list from the address (`?halaman=2`); 1 when missing or not a page number. */
export function pageOf(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export const PUBLIC_KAWASAN_LIST_PATH = '/kawasan-publik';

/**
 * A calendar date (`YYYY-MM-DD`, as an SK is dated) in the reader's language, the same day
 * wherever the reader is: "30 Nov 2026". Anything else is returned as it is.
 */
export function formatDay(day: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}
