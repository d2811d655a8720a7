/**
 * Desa adjacency, rebuilt inside a boundary import for each province whose desa boundaries changed
 * (or that has none stored yet): that province's rows are replaced, both directions, bulk-loaded
 * with COPY. Desa of neighbouring provinces whose boxes come near the province are read too, so
 * pairs across a province border are found whichever province is imported last.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import {
  ADJACENCY_TOLERANCE_METRES,
  type AdjacencyInput,
  type AdjacentPair,
  adjacentPairs,
} from '../../domain/geo/adjacency.ts';
import { bboxOf, unionBBox } from '../../domain/geo/geometry.ts';
import { decodeGeometry } from '../../domain/geo/geometry-codec.ts';
import { METRES_PER_DEGREE } from '../../domain/geo/projection.ts';

export interface AdjacencyReport {
  /** Provinces whose adjacency was rebuilt. */
  provinces: string[];
  /** Pairs of neighbouring desa found in them (each pair once). */
  pairs: number;
  ms: number;
}

/** Columns of `region_adjacency` in the order the COPY lines are written. */
const ADJACENCY_COPY_COLUMNS = ['region_code', 'neighbour_code', 'distance_m', 'import_id'] as const;

/** Desa codes have 10 digits: only they get neighbours. */
const isDesa = (code: string) => code.length === 10;

/**
 * The provinces whose adjacency an import must rebuild: those of the desa it wrote, and those of
 * the desa it holds whose province has no adjacency rows yet (boundaries imported before adjacency
 * existed).
 */
export async function provincesToRebuild(
  tx: Tx,
  written: readonly string[],
  codes: readonly string[],
): Promise<string[]> {
  const changed = new Set(written.filter(isDesa).map((code) => code.slice(0, 2)));
  for (const province of new Set(codes.filter(isDesa).map((code) => code.slice(0, 2)))) {
    if (changed.has(province)) continue;
    const [exists] = await queryRows<{ one: number }>(
      tx.orm,
      sql`select 1 as one from region_adjacency where region_code like ${`${province}%`} limit 1`,
    );
    if (!exists) changed.add(province);
  }
  return [...changed].sort();
}

const decode = (rows: { code: string; geometry: string }[]): AdjacencyInput[] =>
  rows.map((r) => ({ code: r.code, geometry: decodeGeometry(r.geometry) }));

/** Replaces the adjacency of one province; returns the pairs found. */
async function rebuildProvince(tx: Tx, province: string, importId: number): Promise<AdjacentPair[]> {
  const prefix = `${province}%`;
  const own = decode(
    await queryRows<{ code: string; geometry: string }>(
      tx.orm,
      sql`select region_code as code, geometry from region_boundary
          where level = 4 and region_code like ${prefix} order by region_code`,
    ),
  );
  // Delete this province's rows and their mirrors in the neighbouring provinces.
  await tx.orm.execute(sql`
    with gone as (
      delete from region_adjacency where region_code like ${prefix}
      returning region_code, neighbour_code)
    delete from region_adjacency r using gone g
    where r.region_code = g.neighbour_code and r.neighbour_code = g.region_code
      and g.neighbour_code not like ${prefix}`);
  if (own.length === 0) return [];
  const box = own.map((r) => bboxOf(r.geometry)).reduce(unionBBox);
  // A generous margin in degrees (the tolerance at 60° of latitude): only a prefilter.
  const margin = (2 * ADJACENCY_TOLERANCE_METRES) / METRES_PER_DEGREE;
  const beside = decode(
    await queryRows<{ code: string; geometry: string }>(
      tx.orm,
      sql`select region_code as code, geometry from region_boundary
          where level = 4 and region_code not like ${prefix}
            and bbox[1] <= ${box[2] + margin} and bbox[3] >= ${box[0] - margin}
            and bbox[2] <= ${box[3] + margin} and bbox[4] >= ${box[1] - margin}
          order by region_code`,
    ),
  );
  const pairs = adjacentPairs([...own, ...beside], { focus: (code) => code.startsWith(province) });
  if (pairs.length > 0) {
    // Real is enough for metres below the tolerance; a tenth of a millimetre is noise at 11 cm storage.
    const lines = pairs.flatMap((p) => {
      const d = Math.round(p.distanceM * 100) / 100;
      return [`${p.a},${p.b},${d},${importId}`, `${p.b},${p.a},${d},${importId}`];
    });
    await tx.copyCsv('region_adjacency', ADJACENCY_COPY_COLUMNS, `${lines.join('\n')}\n`);
  }
  return pairs;
}

/** Rebuilds the adjacency of `provinces` inside the import's transaction, recording `importId`. */
export async function rebuildAdjacency(
  tx: Tx,
  provinces: readonly string[],
  importId: number,
): Promise<AdjacencyReport> {
  const started = performance.now();
  let pairs = 0;
  for (const province of provinces) pairs += (await rebuildProvince(tx, province, importId)).length;
  return { provinces: [...provinces], pairs, ms: Math.round(performance.now() - started) };
}
