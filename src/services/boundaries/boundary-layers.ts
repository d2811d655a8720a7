/**
 * Map layers: after an import, every province and kabupaten layer that the imported boundaries
 * fall in is rebuilt from the stored boundaries, simplified, encoded, gzip'd and given an etag,
 * so a map request only reads one row.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Orm } from '../../db/client.ts';
import type { BoundaryLevel } from '../../domain/geo/boundary-features.ts';
import { decodeGeometry } from '../../domain/geo/geometry-codec.ts';
import { buildMapLayer, layerSettings, type MapLayer } from '../../domain/geo/map-layer.ts';
import { createBoundaryRepository } from './boundary.repository.ts';

export interface LayerKey {
  /** A province (2 digits) or kabupaten/kota (4 digits) code. */
  region: string;
  childLevel: BoundaryLevel;
}

export interface LayerReport extends LayerKey {
  features: number;
  /** Size of the gzip'd body. */
  bytes: number;
}

const LEVEL_BY_LENGTH: Record<number, BoundaryLevel> = { 2: 1, 4: 2, 6: 3, 10: 4 };

/** The layers a boundary belongs to: its province's and its kabupaten's, for its own level. */
export function layersOf(code: string): LayerKey[] {
  const childLevel = LEVEL_BY_LENGTH[code.length];
  if (!childLevel) return [];
  return [2, 4]
    .filter((length) => length < code.length)
    .map((length) => ({ region: code.slice(0, length), childLevel }));
}

/** The distinct layers of many codes, in region then level order. */
export function layersOfAll(codes: Iterable<string>): LayerKey[] {
  const keys = new Map<string, LayerKey>();
  for (const code of codes)
    for (const key of layersOf(code)) keys.set(`${key.region}:${key.childLevel}`, key);
  return [...keys.values()].sort((a, b) =>
    a.region === b.region ? a.childLevel - b.childLevel : a.region < b.region ? -1 : 1,
  );
}

/** Weak etag of a layer's JSON: the same content always gets the same tag, in either encoding. */
export function layerEtag(json: string): string {
  return `W/"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
}

/** A layer as stored and sent: its gzip'd JSON and etag. */
export function packLayer(layer: MapLayer): { body: Buffer; etag: string } {
  const json = JSON.stringify(layer);
  return { body: gzipSync(json, { level: 9 }), etag: layerEtag(json) };
}

/** Rebuilds `keys` from the stored boundaries (inside the import's transaction), recording `importId`. */
export async function rebuildLayers(
  orm: Orm,
  keys: readonly LayerKey[],
  importId: number,
): Promise<LayerReport[]> {
  const repository = createBoundaryRepository(orm);
  const reports: LayerReport[] = [];
  for (const key of keys) {
    const rows = await repository.within(key.region, key.childLevel);
    if (rows.length === 0) continue;
    const layer = buildMapLayer(
      key.region,
      key.childLevel,
      rows.map((r) => ({
        code: r.code,
        name: r.name,
        placed: r.placed,
        geometry: decodeGeometry(r.geometry),
      })),
      layerSettings(key.region.length === 2 ? 1 : 2),
    );
    const { body, etag } = packLayer(layer);
    await repository.saveLayer({
      regionCode: key.region,
      childLevel: key.childLevel,
      features: rows.length,
      bytes: body.length,
      etag,
      body,
      importId,
    });
    reports.push({ ...key, features: rows.length, bytes: body.length });
  }
  return reports;
}
