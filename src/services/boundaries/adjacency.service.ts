/**
 * Reads of the desa adjacency stored by the boundary import: one desa's neighbours for the API,
 * and the neighbourhood graph of a whole province or kabupaten for forming kawasan.
 */
import { sql } from 'drizzle-orm';
import type { RegionNeighbours } from '../../contracts/boundaries.contract.ts';
import { type Orm, queryRows } from '../../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import { ADJACENCY_TOLERANCE_METRES } from '../../domain/geo/adjacency.ts';
import { formatRegionCode, parseRegionCode } from '../../domain/region-code.ts';

function desaCode(code: string): string {
  const parsed = parseRegionCode(code);
  if (!parsed.ok) throw AppError.invalid('code', parsed.message);
  if (parsed.value.level !== 'village')
    throw AppError.invalid('code', 'Tetangga tersedia untuk desa/kelurahan (kode 10 digit).');
  return parsed.value.code;
}

export function createAdjacencyService(orm: Orm) {
  return {
    /**
     * The desa next to `code` with their names and distances, in code order. 404 when the desa is
     * not in the region list or its boundary has not been imported.
     */
    async neighbours(code: string): Promise<RegionNeighbours> {
      const desa = desaCode(code);
      const [self] = await queryRows<{ name: string; bounded: boolean }>(
        orm,
        sql`select r.name, exists (select 1 from region_boundary b where b.region_code = r.code) as bounded
            from region r where r.code = ${desa}`,
      );
      if (!self)
        throw AppError.notFound(`Desa/kelurahan ${formatRegionCode(desa)} tidak ada di daftar wilayah.`);
      if (!self.bounded)
        throw AppError.notFound(
          `Batas desa/kelurahan ${formatRegionCode(desa)} belum diimpor, jadi tetangganya belum diketahui. ` +
            'Impor berkas GeoJSON batas wilayah dengan: kawasan import boundaries <berkas.geojson.gz atau folder>.',
        );
      const rows = await queryRows<{ code: string; name: string; distance: number }>(
        orm,
        sql`select a.neighbour_code as code, coalesce(r.name, b.name) as name, a.distance_m as distance
            from region_adjacency a
            left join region r on r.code = a.neighbour_code
            left join region_boundary b on b.region_code = a.neighbour_code
            where a.region_code = ${desa}
            order by a.neighbour_code`,
      );
      return {
        code: desa,
        codeDotted: formatRegionCode(desa),
        name: self.name,
        toleranceM: ADJACENCY_TOLERANCE_METRES,
        neighbours: rows.map((r) => ({
          code: r.code,
          codeDotted: formatRegionCode(r.code),
          name: r.name ?? r.code,
          distanceM: Number(r.distance),
        })),
      };
    },

    /**
     * The neighbourhood graph of the desa inside a province, kabupaten or kecamatan (`prefix`, a
     * canonical code): every desa with an imported boundary is a key, with its neighbours inside
     * the same prefix in code order (an empty list for an island). A desa missing from the keys
     * has no boundary: the recommender then estimates contiguity (`fallbackContiguity`).
     */
    async graphWithin(prefix: string): Promise<Map<string, string[]>> {
      const parsed = parseRegionCode(prefix);
      if (!parsed.ok) throw AppError.invalid('code', parsed.message);
      if (parsed.value.level === 'village')
        throw AppError.invalid(
          'code',
          'Graf ketetanggaan dibuat untuk provinsi, kabupaten/kota atau kecamatan.',
        );
      const like = `${parsed.value.code}%`;
      const rows = await queryRows<{ code: string; neighbour: string | null }>(
        orm,
        sql`select b.region_code as code, a.neighbour_code as neighbour
            from region_boundary b
            left join region_adjacency a on a.region_code = b.region_code and a.neighbour_code like ${like}
            where b.level = 4 and b.region_code like ${like}
            order by b.region_code, a.neighbour_code`,
      );
      const graph = new Map<string, string[]>();
      for (const { code, neighbour } of rows) {
        const list = graph.get(code) ?? [];
        if (!graph.has(code)) graph.set(code, list);
        if (neighbour !== null) list.push(neighbour);
      }
      return graph;
    },
  };
}
export type AdjacencyService = ReturnType<typeof createAdjacencyService>;
