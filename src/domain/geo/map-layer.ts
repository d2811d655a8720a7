/**
 * The map layer a browser draws: every region of one level inside a province or kabupaten,
 * simplified for the scale it is seen at, quantised to a grid and delta-encoded, as JSON (then
 * gzip'd by the server). Layout, version 1:
 *
 *   { format: 'kawasan-map', v: 1, region, childLevel, scale, origin: [x, y], bbox,
 *     features: [{ code, name, placed, polygons: [[[x0, y0, dx1, dy1, …], …holes], …] }] }
 *
 * Coordinates are integers in `1 / scale` degree: a ring's first pair is relative to `origin`
 * (itself in grid units), every following pair to the previous position. Outer rings turn
 * counter-clockwise and holes clockwise, so a map can fill many villages in one path with the
 * non-zero rule. Rings keep their closing position. See docs/adr/0007-boundaries-and-maps.md.
 */
import type { BoundaryLevel } from './boundary-features.ts';
import { type BBox, bboxOf, type MultiPolygon, type Position, ringArea2, unionBBox } from './geometry.ts';
import { deltaEncodeRing } from './geometry-codec.ts';
import { METRES_PER_DEGREE } from './projection.ts';
import { simplifyRing } from './simplify.ts';

export const MAP_LAYER_FORMAT = 'kawasan-map';
export const MAP_LAYER_VERSION = 1;

export interface MapLayerFeature {
  code: string;
  name: string;
  /** Whether the code exists in the current region list (a page to link to). */
  placed: boolean;
  polygons: number[][][];
}

export interface MapLayer {
  format: typeof MAP_LAYER_FORMAT;
  v: typeof MAP_LAYER_VERSION;
  /** The province or kabupaten the layer covers. */
  region: string;
  childLevel: BoundaryLevel;
  /** Integer units per degree. */
  scale: number;
  /** Grid position (in units) that rings' first pairs are relative to. */
  origin: [number, number];
  bbox: BBox;
  features: MapLayerFeature[];
}

export interface LayerSettings {
  /** Douglas–Peucker tolerance, in metres. */
  toleranceMetres: number;
  /** Integer units per degree. */
  scale: number;
}

/**
 * Detail per layer. A province map is first seen at about 300 m per pixel and read down to a
 * few dozen metres per pixel; a kabupaten map is seen about ten times closer, so it keeps the
 * source's own detail (the BIG boundaries are already simplified and rounded to 1e-5°).
 */
export function layerSettings(regionLevel: 1 | 2): LayerSettings {
  return regionLevel === 1 ? { toleranceMetres: 25, scale: 20_000 } : { toleranceMetres: 0, scale: 100_000 };
}

export interface LayerInput {
  code: string;
  name: string;
  placed: boolean;
  geometry: MultiPolygon;
}

/** Rounds a ring to the grid, drops repeated positions and turns it the wanted way. */
function gridRing(ring: readonly Position[], scale: number, counterClockwise: boolean): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of ring) {
    const x = Math.round(lon * scale) / scale;
    const y = Math.round(lat * scale) / scale;
    const last = out[out.length - 1];
    if (!last || last[0] !== x || last[1] !== y) out.push([x, y]);
  }
  if (ringArea2(out) > 0 !== counterClockwise) out.reverse();
  return out;
}

/** The feature's rings for the layer; tiny islands and holes below the tolerance are left out. */
function layerPolygons(geometry: MultiPolygon, settings: LayerSettings, xScale: number): Position[][][] {
  const tolerance = settings.toleranceMetres / METRES_PER_DEGREE;
  // Never leave a village without a shape: its largest outer ring stays whatever its size.
  let largest = 0;
  let largestArea = -1;
  for (const [i, polygon] of geometry.entries()) {
    const area = Math.abs(ringArea2(polygon[0]!));
    if (area > largestArea) {
      largestArea = area;
      largest = i;
    }
  }
  const out: Position[][][] = [];
  for (const [p, polygon] of geometry.entries()) {
    const rings: Position[][] = [];
    for (const [r, ring] of polygon.entries()) {
      const keepAlways = p === largest && r === 0;
      const [west, south, east, north] = bboxOf([[ring]]);
      const tiny = (east - west) * xScale < tolerance && north - south < tolerance;
      if (tiny && !keepAlways) {
        if (r === 0) break; // an island too small to see goes with its holes
        continue;
      }
      const simplified = simplifyRing(ring, tolerance, xScale);
      const gridded = gridRing(simplified, settings.scale, r === 0);
      if (gridded.length >= 4) rings.push(gridded);
      else if (keepAlways) rings.push(gridRing(ring, settings.scale, true));
      else if (r === 0) break;
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

/** Builds the layer of `features` (all of one level inside `region`), in code order. */
export function buildMapLayer(
  region: string,
  childLevel: BoundaryLevel,
  features: readonly LayerInput[],
  settings: LayerSettings,
): MapLayer {
  let bbox: BBox | null = null;
  for (const f of features) {
    const b = bboxOf(f.geometry);
    bbox = bbox ? unionBBox(bbox, b) : b;
  }
  const box = bbox ?? [0, 0, 0, 0];
  const { scale } = settings;
  const origin: [number, number] = [Math.floor(box[0] * scale), Math.floor(box[1] * scale)];
  const xScale = Math.cos((((box[1] + box[3]) / 2) * Math.PI) / 180);
  const sorted = [...features].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    format: MAP_LAYER_FORMAT,
    v: MAP_LAYER_VERSION,
    region,
    childLevel,
    scale,
    origin,
    bbox: box,
    features: sorted.map((f) => ({
      code: f.code,
      name: f.name,
      placed: f.placed,
      polygons: layerPolygons(f.geometry, settings, xScale).map((polygon) =>
        polygon.map((ring) => deltaEncodeRing(ring, scale, origin[0], origin[1])),
      ),
    })),
  };
}

/** A layer feature decoded to flat rings `[x0, y0, x1, y1, …]` in the caller's coordinates. */
export interface DecodedFeature {
  code: string;
  name: string;
  placed: boolean;
  polygons: Float64Array[][];
  /** `[minX, minY, maxX, maxY]` of the rings, in the same coordinates. */
  box: [number, number, number, number];
}

/**
 * Decodes every feature of a layer, passing each position (degrees) through `transform`, e.g. a
 * map projection; the identity gives degrees.
 */
export function decodeMapLayer(
  layer: MapLayer,
  transform: (lon: number, lat: number) => readonly [number, number] = (lon, lat) => [lon, lat],
): DecodedFeature[] {
  if (layer.format !== MAP_LAYER_FORMAT || layer.v !== MAP_LAYER_VERSION)
    throw new Error(`unknown map layer (${String(layer.format)} v${String(layer.v)})`);
  const { scale } = layer;
  return layer.features.map((f) => {
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    const polygons = f.polygons.map((polygon) =>
      polygon.map((flat) => {
        const out = new Float64Array(flat.length);
        let x = layer.origin[0];
        let y = layer.origin[1];
        for (let i = 0; i < flat.length; i += 2) {
          x += flat[i]!;
          y += flat[i + 1]!;
          const [px, py] = transform(x / scale, y / scale);
          out[i] = px;
          out[i + 1] = py;
          if (px < box[0]) box[0] = px;
          if (py < box[1]) box[1] = py;
          if (px > box[2]) box[2] = px;
          if (py > box[3]) box[3] = py;
        }
        return out;
      }),
    );
    return { code: f.code, name: f.name, placed: f.placed, polygons, box };
  });
}
