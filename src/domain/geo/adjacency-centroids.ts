/**
 * The fallback neighbourhood when no boundaries are imported: each desa is joined to the `k`
 * desa nearest to it by centroid within its own kecamatan (the first 6 digits of its code), and
 * the joins are made symmetric, so the result has the same shape as the graph from boundaries
 * (`adjacencyGraph`). Distances use the same local equirectangular approximation as
 * `adjacentPairs`.
 */
import { METRES_PER_DEGREE } from './projection.ts';

export interface CentroidPoint {
  /** A desa code (10 digits; dotted codes are not accepted here). */
  code: string;
  lon: number;
  lat: number;
}

/** Metres between two points a few kilometres apart (local equirectangular approximation). */
export function localDistanceMetres(a: CentroidPoint, b: CentroidPoint): number {
  const kx = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dx = (a.lon - b.lon) * kx;
  const dy = a.lat - b.lat;
  return Math.sqrt(dx * dx + dy * dy) * METRES_PER_DEGREE;
}

/** The kecamatan a desa code lies in. */
const districtOf = (code: string) => code.slice(0, 6);

/**
 * Each desa's neighbours in code order: its `k` nearest desa of the same kecamatan (ties broken by
 * code), plus every desa that counts it among its own `k` nearest. A kecamatan of one desa leaves
 * that desa without neighbours (it is still a key, with an empty list).
 */
export function centroidNeighbours(points: readonly CentroidPoint[], k: number): Map<string, string[]> {
  const byDistrict = new Map<string, CentroidPoint[]>();
  for (const point of points) {
    const list = byDistrict.get(districtOf(point.code));
    if (list) list.push(point);
    else byDistrict.set(districtOf(point.code), [point]);
  }
  const edges = new Map<string, Set<string>>();
  for (const point of points) if (!edges.has(point.code)) edges.set(point.code, new Set());
  for (const members of byDistrict.values())
    for (const point of members) {
      const nearest = members
        .filter((other) => other.code !== point.code)
        .map((other) => ({ code: other.code, d: localDistanceMetres(point, other) }))
        .sort((x, y) => x.d - y.d || (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))
        .slice(0, Math.max(0, k));
      for (const { code } of nearest) {
        edges.get(point.code)!.add(code);
        edges.get(code)!.add(point.code);
      }
    }
  const codes = [...edges.keys()].sort();
  return new Map(codes.map((code) => [code, [...edges.get(code)!].sort()]));
}
