import type { RegionCounts, RegionSummary } from '../../../contracts/regions.contract';

type Level = RegionSummary['level'];

export type CountKey = 'regencies' | 'districts' | 'villages';

/** Which counts are worth showing for regions of a level (a village has nothing below it). */
export function countKeysFor(level: Level): CountKey[] {
  switch (level) {
    case 'province':
      return ['regencies', 'districts', 'villages'];
    case 'regency':
      return ['districts', 'villages'];
    case 'district':
      return ['villages'];
    default:
      return [];
  }
}

/** Regencies are kabupaten or kota and villages desa, kelurahan or desa adat: worth a type column. */
export function showsTypeColumn(level: Level): boolean {
  return level === 'regency' || level === 'village';
}

export function countOf(counts: RegionCounts, key: CountKey): number {
  return counts[key];
}
