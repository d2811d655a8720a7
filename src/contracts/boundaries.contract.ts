import { z } from 'zod';
import { MAP_LAYER_FORMAT, MAP_LAYER_VERSION } from '../domain/geo/map-layer.ts';

/**
 * Administrative boundaries: the report of an import, and the map layer a browser draws
 * (`GET /api/regions/{code}/map`). The layer's encoding is described in src/domain/geo/map-layer.ts.
 */

export const BoundaryImportSummarySchema = z
  .object({
    fileName: z.string(),
    dryRun: z.boolean().describe('Nothing was saved'),
    importId: z.number().int().nullable().describe('The saved import; null on a dry run'),
    features: z.number().int(),
    byLevel: z
      .object({
        provinces: z.number().int(),
        regencies: z.number().int(),
        districts: z.number().int(),
        villages: z.number().int(),
      })
      .describe('Features per level, from the length of their codes'),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    unplaced: z
      .object({ count: z.number().int(), codes: z.array(z.string()) })
      .describe('Codes not in the region list: kept and marked unplaced, listed here (first 50)'),
    layers: z
      .array(
        z.object({
          region: z.string(),
          childLevel: z.number().int(),
          features: z.number().int(),
          bytes: z.number().int().describe('Compressed size'),
        }),
      )
      .describe('Map layers rebuilt (none on a dry run)'),
    adjacency: z
      .object({
        provinces: z.array(z.string()).describe('Provinces whose desa adjacency was rebuilt'),
        pairs: z.number().int().describe('Pairs of neighbouring desa found there, each pair once'),
        ms: z.number().int().describe('Time taken'),
      })
      .describe('Desa adjacency rebuilt from the boundaries (none on a dry run)'),
  })
  .meta({ id: 'BoundaryImportSummary' });
export type BoundaryImportSummary = z.infer<typeof BoundaryImportSummarySchema>;

export const MapQuerySchema = z.object({
  level: z.coerce
    .number()
    .int()
    .min(2)
    .max(4)
    .default(4)
    .describe('Level of the regions drawn: 2 kabupaten/kota, 3 kecamatan, 4 desa/kelurahan (default)'),
});
export type MapQuery = z.infer<typeof MapQuerySchema>;

export const MapLayerSchema = z
  .object({
    format: z.literal(MAP_LAYER_FORMAT),
    v: z.literal(MAP_LAYER_VERSION),
    region: z.string().describe('The province or kabupaten/kota the layer covers'),
    childLevel: z.number().int(),
    scale: z.number().describe('Integer coordinate units per degree'),
    origin: z.tuple([z.number(), z.number()]).describe('Grid position rings start from, in units'),
    bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).describe('[west, south, east, north]'),
    features: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        placed: z.boolean().describe('The code exists in the current region list'),
        polygons: z
          .array(z.array(z.array(z.number().int())))
          .describe(
            'Rings as [x0, y0, dx1, dy1, …]; first pair from origin, then from the previous position',
          ),
      }),
    ),
  })
  .describe(
    'Sent gzip-compressed as stored (content-encoding: gzip), with an etag. Boundaries: Badan Informasi Geospasial.',
  )
  .meta({ id: 'MapLayer' });

export const RegionNeighbourSchema = z
  .object({
    code: z.string(),
    codeDotted: z.string(),
    name: z.string(),
    distanceM: z
      .number()
      .describe('Shortest distance between the two boundaries, metres; 0 when they meet or overlap'),
  })
  .meta({ id: 'RegionNeighbour' });
export type RegionNeighbour = z.infer<typeof RegionNeighbourSchema>;

export const RegionNeighboursSchema = z
  .object({
    code: z.string(),
    codeDotted: z.string(),
    name: z.string(),
    toleranceM: z.number().describe('Boundaries this close (or overlapping) make two desa neighbours'),
    neighbours: z
      .array(RegionNeighbourSchema)
      .describe('In code order; empty for a desa no other boundary comes near (an island)'),
  })
  .describe(
    'Desa and kelurahan next to a desa, from the imported boundaries. Boundaries: Badan Informasi Geospasial.',
  )
  .meta({ id: 'RegionNeighbours' });
export type RegionNeighbours = z.infer<typeof RegionNeighboursSchema>;
