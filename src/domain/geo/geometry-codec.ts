/**
 * How a boundary is stored (`region_boundary.geometry`): JSON text of integer coordinates,
 * quantised to 1e-6 degree (about 11 cm, finer than any source we read: the BIG boundaries are
 * rounded to 1e-5) and delta-encoded ring by ring, so storage keeps the source's precision at
 * about a third of the size of GeoJSON text:
 *
 *   {"v":1,"scale":1000000,"polygons":[[[x0,y0,dx1,dy1,…],…holes],…]}
 *
 * `x0,y0` are `round(longitude × scale), round(latitude × scale)` of the ring's first position;
 * each following pair is the difference to the previous position. Rings keep their closing
 * position. See docs/adr/0007-boundaries-and-maps.md.
 */
import type { MultiPolygon, Position, Ring } from './geometry.ts';

/** Integer units per degree of the stored encoding. */
export const STORED_SCALE = 1_000_000;
const VERSION = 1;

export interface EncodedGeometry {
  v: number;
  scale: number;
  polygons: number[][][];
}

/** A ring as integer pairs `[x0, y0, dx1, dy1, …]`, after rounding to `1 / scale` degree. */
export function deltaEncodeRing(ring: Ring, scale: number, originX = 0, originY = 0): number[] {
  const out = new Array<number>(ring.length * 2);
  let px = originX;
  let py = originY;
  for (let i = 0; i < ring.length; i++) {
    const [lon, lat] = ring[i]!;
    const x = Math.round(lon * scale);
    const y = Math.round(lat * scale);
    out[2 * i] = x - px;
    out[2 * i + 1] = y - py;
    px = x;
    py = y;
  }
  return out;
}

/** The positions of a delta-encoded ring, in degrees. */
export function deltaDecodeRing(
  flat: readonly number[],
  scale: number,
  originX = 0,
  originY = 0,
): Position[] {
  const out: Position[] = new Array(flat.length / 2);
  let x = originX;
  let y = originY;
  for (let i = 0; i < flat.length; i += 2) {
    x += flat[i]!;
    y += flat[i + 1]!;
    out[i / 2] = [x / scale, y / scale];
  }
  return out;
}

/** The stored text of a geometry. */
export function encodeGeometry(geometry: MultiPolygon): string {
  const encoded: EncodedGeometry = {
    v: VERSION,
    scale: STORED_SCALE,
    polygons: geometry.map((polygon) => polygon.map((ring) => deltaEncodeRing(ring, STORED_SCALE))),
  };
  return JSON.stringify(encoded);
}

/** The geometry of a stored text; throws on text this version cannot read. */
export function decodeGeometry(text: string): MultiPolygon {
  const parsed = JSON.parse(text) as EncodedGeometry;
  if (parsed.v !== VERSION || !Number.isFinite(parsed.scale) || !Array.isArray(parsed.polygons)) {
    throw new Error(`unknown geometry encoding (v ${String(parsed.v)})`);
  }
  return parsed.polygons.map((polygon) => polygon.map((ring) => deltaDecodeRing(ring, parsed.scale)));
}
