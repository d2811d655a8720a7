/** Stored IDM indicator scores → the contract's list: named from the catalogue, with the gain of each. */
import {
  ACTOR_LEVELS,
  type VillageIndicatorScore,
} from '../../contracts/village-index-indicators.contract.ts';
import type { villageIndexIndicator } from '../../db/schema.ts';
import { idmGain } from '../../domain/village-index/idm.scheme.ts';
import { IDM_INDICATORS, IDM_SUBDIMENSIONS } from '../../domain/village-index/idm-indicators.ts';

type IndicatorRow = typeof villageIndexIndicator.$inferSelect;

const CATALOGUE = new Map(IDM_INDICATORS.map((i) => [i.code, i]));
const SUBDIMENSIONS = new Map<string, string>(IDM_SUBDIMENSIONS.map((s) => [s.key, s.name]));
const ORDER = new Map(IDM_INDICATORS.map((i, n) => [i.code, n]));

/** Largest gain first, then in catalogue order; rows of indicators the catalogue does not know are left out. */
export function presentIndicators(rows: readonly IndicatorRow[]): VillageIndicatorScore[] {
  return rows
    .flatMap((row): VillageIndicatorScore[] => {
      const indicator = CATALOGUE.get(row.indicatorCode);
      if (!indicator) return [];
      const stored = ACTOR_LEVELS.flatMap((level) =>
        row.actors[level] ? [{ level, agencies: row.actors[level]! }] : [],
      );
      return [
        {
          code: indicator.code,
          name: indicator.name,
          dimension: indicator.dimension,
          subdimension: SUBDIMENSIONS.get(indicator.subdimension) ?? indicator.subdimension,
          score: row.score,
          condition: row.condition,
          activity: row.activity,
          // The ministry's row names who acts for this desa; the catalogue's list is the fallback.
          actors: stored.length > 0 ? stored : indicator.actors.map((a) => ({ ...a })),
          recovered: row.recovered,
          gain: idmGain(indicator, row.score),
        },
      ];
    })
    .sort((a, b) => b.gain - a.gain || ORDER.get(a.code)! - ORDER.get(b.code)!);
}
