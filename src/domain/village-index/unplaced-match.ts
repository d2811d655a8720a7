/**
 * The likely current desa of an index record whose code is not in the region list (kecamatan
 * splits, renumbered kabupaten, new provinces). Only ever a suggestion for people to check: the
 * import reports it and never writes it into the data.
 *
 * Where it looks, most specific first: the same kecamatan code; a kecamatan of the same kabupaten
 * with the kecamatan name the file gives; the whole kabupaten. In each place an exactly equal
 * normalised name wins, then a close one (same letters without spaces, or one or two letters
 * apart); two equally good candidates in the same place mean no candidate. The kabupaten is the
 * code's own unless the file names another kabupaten and exactly one kabupaten of the province
 * carries that name (the new Papua provinces renumbered theirs).
 */
import { normalizeSearchText } from '../search-text.ts';

export interface UnplacedRecord {
  /** 10-digit desa code, missing from the region list. */
  code: string;
  name: string;
  /** What the file says about the place, when it says it (sheet columns or API IDENTITAS). */
  districtCode?: string | null;
  districtName?: string | null;
  regencyName?: string | null;
}

export interface RegionName {
  code: string;
  name: string;
}

/** The part of the region list a batch of unplaced records needs (see `placementScope`). */
export interface PlacementRegions {
  regencies: readonly RegionName[];
  districts: readonly RegionName[];
  villages: readonly RegionName[];
}

export type Placement =
  | { kind: 'candidate'; code: string; name: string; basis: string }
  | { kind: 'none'; reason: string };

const compact = (name: string) => normalizeSearchText(name).replaceAll(' ', '');

/** `KABUPATEN  Fak-Fak` → `{ type: 'kabupaten', base: 'fakfak' }`; the type is null when not written. */
function regencyKey(name: string): { type: 'kabupaten' | 'kota' | null; base: string } {
  const words = normalizeSearchText(name).split(' ');
  const first = words[0];
  const type = first === 'kabupaten' || first === 'kab' ? 'kabupaten' : first === 'kota' ? 'kota' : null;
  return { type, base: (type ? words.slice(1) : words).join('') };
}

function sameRegency(a: string, b: string): boolean {
  const x = regencyKey(a);
  const y = regencyKey(b);
  return x.base === y.base && (x.type === null || y.type === null || x.type === y.type);
}

/** Levenshtein distance, giving up (returning `limit + 1`) as soon as it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** How many letters a close name may differ by: none for short names, where one letter is a different word. */
function closeLimit(length: number): number {
  return length < 5 ? 0 : length < 10 ? 1 : 2;
}

/** Province codes whose kabupaten the matcher needs, for `placementScope`. */
export function placementProvinces(records: readonly UnplacedRecord[]): string[] {
  return [...new Set(records.map((r) => r.code.slice(0, 2)))].sort();
}

type Resolved = { code: string; name: string; renumbered: boolean };

/** The kabupaten to search for one record (see the module comment), or null when none is known. */
function resolveRegency(record: UnplacedRecord, regencies: readonly RegionName[]): Resolved | null {
  const own = regencies.find((r) => r.code === record.code.slice(0, 4));
  const named = record.regencyName;
  if (!named || (own && sameRegency(own.name, named))) return own ? { ...own, renumbered: false } : null;
  const province = record.code.slice(0, 2);
  const same = regencies.filter((r) => r.code.startsWith(province) && sameRegency(r.name, named));
  if (same.length === 1) return { ...same[0]!, renumbered: same[0]!.code !== own?.code };
  return own ? { ...own, renumbered: false } : null;
}

/** Kabupaten codes whose kecamatan and desa the matcher needs, given the kabupaten of the provinces. */
export function placementRegencies(
  records: readonly UnplacedRecord[],
  regencies: readonly RegionName[],
): string[] {
  const codes = new Set<string>();
  for (const record of records) {
    const resolved = resolveRegency(record, regencies);
    if (resolved) codes.add(resolved.code);
  }
  return [...codes].sort();
}

interface Village extends RegionName {
  normalised: string;
  compact: string;
}

interface Scored {
  village: Village;
  distance: number;
}

/** Matches records against the region list around them; build once per import. */
export function createUnplacedMatcher(regions: PlacementRegions) {
  const districts = new Map(regions.districts.map((d) => [d.code, d]));
  // Names are normalised once here, not once per record and village.
  const villagesByDistrict = new Map<string, Village[]>();
  for (const v of regions.villages) {
    const list = villagesByDistrict.get(v.code.slice(0, 6)) ?? [];
    const normalised = normalizeSearchText(v.name);
    list.push({ code: v.code, name: v.name, normalised, compact: normalised.replaceAll(' ', '') });
    villagesByDistrict.set(v.code.slice(0, 6), list);
  }
  const districtsOf = (regency: string) => regions.districts.filter((d) => d.code.startsWith(regency));
  const villagesIn = (districtCodes: readonly string[]) =>
    districtCodes.flatMap((c) => villagesByDistrict.get(c) ?? []);

  /** The best village of one place: exact name first, then the closest; null on a tie. */
  function best(record: UnplacedRecord, villages: readonly Village[]) {
    const wanted = normalizeSearchText(record.name);
    const exact = villages.filter((v) => v.normalised === wanted);
    if (exact.length > 0) return exact.length === 1 ? { village: exact[0]!, distance: -1 } : { tie: exact };
    const target = compact(record.name);
    const limit = closeLimit(target.length);
    let found: Scored[] = [];
    for (const village of villages) {
      const distance = editDistance(village.compact, target, limit);
      if (distance > limit) continue;
      if (found.length === 0 || distance < found[0]!.distance) found = [{ village, distance }];
      else if (distance === found[0]!.distance) found.push({ village, distance });
    }
    if (found.length === 0) return null;
    return found.length === 1 ? found[0]! : { tie: found.map((f) => f.village) };
  }

  return function match(record: UnplacedRecord): Placement {
    const regency = resolveRegency(record, regions.regencies);
    if (!regency) {
      return { kind: 'none', reason: `Kabupaten ${record.code.slice(0, 4)} tidak ada di daftar wilayah.` };
    }
    const ownDistrict = record.districtCode ?? record.code.slice(0, 6);
    const inRegency = districtsOf(regency.code);
    const wantedDistrict = record.districtName ? compact(record.districtName) : null;
    const places: { label: (v: RegionName) => string; districts: string[] }[] = [];
    const own = districts.get(ownDistrict);
    if (own && !regency.renumbered) {
      places.push({
        label: () => `di kecamatan yang sama (${own.name}, ${own.code})`,
        districts: [own.code],
      });
    }
    const named = wantedDistrict
      ? inRegency.filter((d) => d.code !== own?.code && compact(d.name) === wantedDistrict)
      : [];
    if (named.length > 0) {
      places.push({
        label: (v) => {
          const d = districts.get(v.code.slice(0, 6))!;
          return `di kecamatan bernama sama (${d.name}, ${d.code}) dalam kabupaten yang sama`;
        },
        districts: named.map((d) => d.code),
      });
    }
    places.push({
      label: (v) => {
        const d = districts.get(v.code.slice(0, 6));
        return `di kabupaten yang sama (${regency.name}), kecamatan ${d?.name ?? v.code.slice(0, 6)}`;
      },
      districts: inRegency.map((d) => d.code),
    });
    const renumbered = regency.renumbered
      ? ` Kabupaten ${record.regencyName} di berkas berkode ${regency.code} di daftar wilayah.`
      : '';

    for (const place of places) {
      const found = best(record, villagesIn(place.districts));
      if (!found) continue;
      if ('tie' in found) {
        const names = found.tie
          .slice(0, 5)
          .map((v) => `${v.name} (${v.code})`)
          .join(', ');
        return {
          kind: 'none',
          reason: `Beberapa desa sama cocoknya ${place.label(found.tie[0]!)}: ${names}.`,
        };
      }
      const { village, distance } = found;
      const how =
        distance === -1
          ? 'Nama sama'
          : distance === 0
            ? 'Nama sama bila spasi diabaikan'
            : `Nama mirip (${village.name}, beda ${distance} huruf)`;
      return {
        kind: 'candidate',
        code: village.code,
        name: village.name,
        basis: `${how} ${place.label(village)}.${renumbered}`,
      };
    }
    return {
      kind: 'none',
      reason: `Tidak ada desa bernama sama atau mirip di ${regency.name}.${renumbered}`,
    };
  };
}
