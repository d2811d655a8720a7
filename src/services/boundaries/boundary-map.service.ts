/** Map layers for browsers: the stored gzip'd layer of a province or kabupaten, public. */
import type { Orm } from '../../db/client.ts';
import { AppError } from '../../domain/errors.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { createBoundaryRepository, type StoredLayer } from './boundary.repository.ts';

const LEVEL_NAMES: Record<number, string> = { 2: 'kabupaten/kota', 3: 'kecamatan', 4: 'desa/kelurahan' };
const REGION_LEVEL: Record<number, number> = { 2: 1, 4: 2 };

/** The canonical code of a province or kabupaten and a child level below it, or a 400 naming the field. */
function checkRequest(code: string, level: number): { region: string; childLevel: number } {
  const parsed = parseRegionCode(code);
  if (!parsed.ok) throw AppError.invalid('code', parsed.message);
  const regionLevel = REGION_LEVEL[parsed.value.code.length];
  if (regionLevel === undefined)
    throw AppError.invalid('code', 'Peta tersedia untuk provinsi dan kabupaten/kota (kode 2 atau 4 digit).');
  if (level <= regionLevel || !LEVEL_NAMES[level])
    throw AppError.invalid(
      'level',
      `level harus ${regionLevel === 1 ? '2, 3 atau 4' : '3 atau 4'} untuk wilayah ${parsed.value.code}.`,
    );
  return { region: parsed.value.code, childLevel: level };
}

function notImported(region: string, childLevel: number): AppError {
  return AppError.notFound(
    `Batas ${LEVEL_NAMES[childLevel]} di wilayah ${region} belum diimpor. ` +
      'Impor berkas GeoJSON batas wilayah dengan: kawasan import boundaries <berkas.geojson.gz atau folder>.',
  );
}

/**
 * Bodies kept in memory, least recently used dropped first. Reading a 500 KB bytea costs tens of
 * milliseconds on the embedded database (on its only thread), an etag lookup about one, so each
 * request checks the stored etag and reuses the body it already holds. All desa layers of the
 * country together are about 30 MB.
 */
const CACHE_BYTES = 32 * 1024 * 1024;

export function createBoundaryMapService(orm: Orm, cacheBytes = CACHE_BYTES) {
  const repository = createBoundaryRepository(orm);
  const cache = new Map<string, StoredLayer>();
  let cached = 0;
  const remember = (key: string, layer: StoredLayer) => {
    const old = cache.get(key);
    if (old) cached -= old.body.byteLength;
    cache.delete(key);
    if (layer.body.byteLength > cacheBytes) return;
    cache.set(key, layer);
    cached += layer.body.byteLength;
    for (const [k, v] of cache) {
      if (cached <= cacheBytes) break;
      cache.delete(k);
      cached -= v.body.byteLength;
    }
  };
  return {
    /** The etag of a layer alone, for answering If-None-Match without reading the body. */
    async etag(code: string, level: number): Promise<string> {
      const { region, childLevel } = checkRequest(code, level);
      const etag = await repository.layerEtag(region, childLevel);
      if (etag === null) throw notImported(region, childLevel);
      return etag;
    },

    /** The stored layer; 404 with how to import boundaries when there is none. */
    async layer(code: string, level: number): Promise<StoredLayer> {
      const { region, childLevel } = checkRequest(code, level);
      const key = `${region}:${childLevel}`;
      const etag = await repository.layerEtag(region, childLevel);
      if (etag === null) throw notImported(region, childLevel);
      const hit = cache.get(key);
      if (hit?.etag === etag) {
        remember(key, hit); // most recently used now
        return hit;
      }
      const stored = await repository.layer(region, childLevel);
      if (!stored) throw notImported(region, childLevel);
      // A copy of its own: a driver may hand out a view of a buffer it reuses.
      const layer = { ...stored, body: Buffer.from(stored.body) };
      remember(key, layer);
      return layer;
    },
  };
}
export type BoundaryMapService = ReturnType<typeof createBoundaryMapService>;
