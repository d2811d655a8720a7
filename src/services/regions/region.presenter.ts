/** Maps `region` rows to the API contract; rows never leave the service layer unmapped. */
import type { RegionCounts, RegionRef, RegionSummary } from '../../contracts/regions.contract.ts';
import { formatRegionCode, REGION_LEVELS, regencyTypeOf, villageTypeOf } from '../../domain/region-code.ts';
import type { RegionRecord } from './region.repository.ts';

export function toRegionRef(r: RegionRecord): RegionRef {
  return {
    code: r.code,
    codeDotted: formatRegionCode(r.code),
    name: r.name,
    level: REGION_LEVELS[r.level - 1]!,
  };
}

export function toRegionCounts(
  r: Pick<RegionRecord, 'regencyCount' | 'districtCount' | 'desaCount' | 'kelurahanCount' | 'desaAdatCount'>,
): RegionCounts {
  return {
    regencies: r.regencyCount,
    districts: r.districtCount,
    villages: r.desaCount + r.kelurahanCount + r.desaAdatCount,
    desa: r.desaCount,
    kelurahan: r.kelurahanCount,
    desaAdat: r.desaAdatCount,
  };
}

export function regionTypeOf(r: RegionRecord): RegionSummary['type'] {
  if (r.level === 2) return regencyTypeOf(r.code);
  if (r.level === 4) return villageTypeOf(r.code);
  return null;
}

export function toRegionSummary(r: RegionRecord): RegionSummary {
  return { ...toRegionRef(r), type: regionTypeOf(r), counts: toRegionCounts(r) };
}
