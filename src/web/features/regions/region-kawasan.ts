/**
 * Pure pieces of the kawasan section of a region page: what the section shows for a region, how
 * many kawasan it asks for, and the address of the public list of the same region.
 */
import type { KawasanList } from '../../../contracts/kawasan.contract';
import type { RegionSummary } from '../../../contracts/regions.contract';
import { PUBLIC_KAWASAN_LIST_PATH, regionFilterOf } from '../kawasan-public/public-kawasan-model';

/**
 * What the section shows: for a desa (or desa adat) the kawasan it is a member of; for a
 * kelurahan only why it has none; for a province or kabupaten/kota the kawasan designated in it;
 * nothing on a kecamatan page.
 */
export type RegionKawasanView = 'membership' | 'kelurahan' | 'designated' | 'none';

export function regionKawasanView(region: Pick<RegionSummary, 'level' | 'type'>): RegionKawasanView {
  switch (region.level) {
    case 'village':
      return region.type === 'kelurahan' ? 'kelurahan' : 'membership';
    case 'province':
    case 'regency':
      return 'designated';
    default:
      return 'none';
  }
}

/**
 * Kawasan asked for at once. A desa is in at most one active kawasan (a few leave room for data
 * that says otherwise); a province or kabupaten/kota shows a short list and links to the rest.
 */
export const REGION_KAWASAN_PAGE_SIZE = { membership: 5, designated: 8 } as const;

/** `/kawasan-publik` filtered to a province or kabupaten/kota; unfiltered for any other code. */
export function publicKawasanListPath(regionCode: string): string {
  const filter = regionFilterOf(regionCode);
  const code = filter?.kabupaten ?? filter?.province;
  return code ? `${PUBLIC_KAWASAN_LIST_PATH}?wilayah=${code}` : PUBLIC_KAWASAN_LIST_PATH;
}

/**
 * Whether a kawasan's designating region (its kabupaten/kota, or the province for one across
 * kabupaten) is worth writing beside it on the page of `regionCode`: not when it is the province
 * of a province page, nor the kabupaten/kota of a kabupaten or desa page, where it goes without
 * saying.
 */
export function designatingRegionShown(kawasanRegionCode: string, regionCode: string): boolean {
  const own = regionCode.length <= 2 ? regionCode : regionCode.slice(0, 4);
  return kawasanRegionCode !== own;
}

/** How many kawasan of the region the list does not show (0 when it shows them all). */
export function notShownCount(list: Pick<KawasanList, 'items' | 'total'>): number {
  return Math.max(0, list.total - list.items.length);
}
