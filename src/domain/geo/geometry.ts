/**
 * Plain polygon geometry in WGS 84 degrees, as administrative boundaries need it: every boundary
 * is held as a multipolygon (a Polygon is a multipolygon of one), rings closed as in RFC 7946.
 */

/** `[longitude, latitude]` in degrees. */
export type Position = readonly [number, number];
/** A closed ring: the first and last positions are equal, at least 4 positions. */
export type Ring = readonly Position[];
/** The outer ring first, then its holes. */
export type Polygon = readonly Ring[];
export type MultiPolygon = readonly Polygon[];
/** `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** The smallest box holding every position (all zeros for an empty geometry). */
export function bboxOf(geometry: MultiPolygon): BBox {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of geometry)
    for (const ring of polygon)
      for (const [x, y] of ring) {
        if (x < west) west = x;
        if (x > east) east = x;
        if (y < south) south = y;
        if (y > north) north = y;
      }
  return west === Infinity ? [0, 0, 0, 0] : [west, south, east, north];
}

/** The box holding both boxes. */
export function unionBBox(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * Twice the signed area of a ring by the shoelace formula, in squared degrees: positive when the
 * ring turns counter-clockwise with latitude pointing up (RFC 7946's orientation for outer rings).
 */
export function ringArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1]!;
    const [x1, y1] = ring[i]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

/** Whether the ring's first and last positions are the same point. */
export function isClosed(ring: Ring): boolean {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}
