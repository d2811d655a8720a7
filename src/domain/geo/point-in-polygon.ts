/**
 * Point-in-polygon tests for picking a village on a map. Rings are flat coordinate arrays
 * `[x0, y0, x1, y1, …]` in any planar coordinates (degrees or projected map units), so a map can
 * test against the very arrays it drew, without building position objects.
 */

/** A ring as flat coordinates; closing position optional. */
export type FlatRing = ArrayLike<number>;
/** The outer ring, then its holes. */
export type FlatPolygon = readonly FlatRing[];

/** Whether (x, y) lies inside the ring (even–odd rule; points exactly on an edge may go either way). */
export function pointInRing(x: number, y: number, ring: FlatRing): boolean {
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
    const xi = ring[i]!;
    const yi = ring[i + 1]!;
    const xj = ring[j]!;
    const yj = ring[j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether (x, y) lies inside the polygon's outer ring and outside all of its holes. */
export function pointInPolygon(x: number, y: number, polygon: FlatPolygon): boolean {
  const [outer, ...holes] = polygon;
  if (!outer || !pointInRing(x, y, outer)) return false;
  return !holes.some((hole) => pointInRing(x, y, hole));
}

/** Whether (x, y) lies inside any polygon of a multipolygon. */
export function pointInMultiPolygon(x: number, y: number, polygons: readonly FlatPolygon[]): boolean {
  return polygons.some((polygon) => pointInPolygon(x, y, polygon));
}
