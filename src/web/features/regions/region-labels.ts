import type { RegionSummary, VillageHit } from '../../../contracts/regions.contract';

type Typed = Pick<RegionSummary, 'level' | 'type'>;

/** Key under `type.*` in the i18n files for a region: its own type, else the name of its level. */
export type RegionTypeKey = NonNullable<RegionSummary['type']> | RegionSummary['level'];

export function regionTypeKey(region: Typed): RegionTypeKey {
  return region.type ?? region.level;
}

/** The level whose items are listed below a region (null for a village). */
export function childLevelOf(level: RegionSummary['level']): RegionSummary['level'] | null {
  switch (level) {
    case 'province':
      return 'regency';
    case 'regency':
      return 'district';
    case 'district':
      return 'village';
    default:
      return null;
  }
}

/** The ancestors of a search hit, keyed by level, so "Kecamatan X, Kota Y, Provinsi Z" can be written. */
export function ancestorsByLevel(hit: Pick<VillageHit, 'ancestors'>) {
  const find = (level: RegionSummary['level']) => hit.ancestors.find((a) => a.level === level) ?? null;
  return { province: find('province'), regency: find('regency'), district: find('district') };
}

/** Link target of a region page. */
export function regionPath(code: string): string {
  return `/wilayah/${code}`;
}
