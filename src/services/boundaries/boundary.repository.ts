/** Queries of the boundaries capability: stored boundaries and the map layers built from them. */
import { and, eq, like } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { boundaryLayer, regionBoundary } from '../../db/schema.ts';

export interface StoredLayer {
  features: number;
  bytes: number;
  etag: string;
  /** The gzip'd layer JSON. */
  body: Uint8Array;
}

export interface LayerRow extends StoredLayer {
  regionCode: string;
  childLevel: number;
  importId: number;
}

export function createBoundaryRepository(orm: Orm) {
  return {
    /** Every stored boundary of `level` whose code starts with `prefix`, in code order. */
    within(prefix: string, level: number) {
      return orm
        .select({
          code: regionBoundary.regionCode,
          name: regionBoundary.name,
          placed: regionBoundary.placed,
          geometry: regionBoundary.geometry,
        })
        .from(regionBoundary)
        .where(and(eq(regionBoundary.level, level), like(regionBoundary.regionCode, `${prefix}%`)))
        .orderBy(regionBoundary.regionCode);
    },

    /** Inserts or replaces the layer of (`regionCode`, `childLevel`). */
    async saveLayer(row: LayerRow): Promise<void> {
      const { regionCode, childLevel, ...rest } = row;
      await orm
        .insert(boundaryLayer)
        .values(row)
        .onConflictDoUpdate({ target: [boundaryLayer.regionCode, boundaryLayer.childLevel], set: rest });
    },

    /** The etag of a stored layer, without reading its body: enough to answer a revalidation. */
    async layerEtag(regionCode: string, childLevel: number): Promise<string | null> {
      const [row] = await orm
        .select({ etag: boundaryLayer.etag })
        .from(boundaryLayer)
        .where(and(eq(boundaryLayer.regionCode, regionCode), eq(boundaryLayer.childLevel, childLevel)));
      return row?.etag ?? null;
    },

    /** The stored layer with its body. */
    async layer(regionCode: string, childLevel: number): Promise<StoredLayer | null> {
      const [row] = await orm
        .select({
          features: boundaryLayer.features,
          bytes: boundaryLayer.bytes,
          etag: boundaryLayer.etag,
          body: boundaryLayer.body,
        })
        .from(boundaryLayer)
        .where(and(eq(boundaryLayer.regionCode, regionCode), eq(boundaryLayer.childLevel, childLevel)));
      return row ?? null;
    },
  };
}
export type BoundaryRepository = ReturnType<typeof createBoundaryRepository>;
