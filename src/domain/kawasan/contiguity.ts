/**
 * Which desa touch which, as an undirected graph keyed by desa code. The real graph comes from
 * imported village boundaries (neighbours within a small distance tolerance); until those are
 * imported, `fallbackContiguity` estimates one from kecamatan membership and centroid distance.
 */

export type ContiguityGraph = ReadonlyMap<string, readonly string[]>;

export interface PlacedDesa {
  code: string;
  districtCode: string;
  /** [longitude, latitude] in degrees, when known. */
  centroid?: readonly [number, number] | null;
}

export interface FallbackOptions {
  /** Nearest desa of the same kecamatan each desa is joined to. */
  withinDistrict?: number;
  /** Nearest desa of other kecamatan considered, to join across kecamatan borders. */
  acrossDistrict?: number;
  /** A cross-border neighbour counts only when at most this many times the farthest in-kecamatan one. */
  acrossFactor?: number;
}

const EARTH_RADIUS_KM = 6371;

/** Distance in km between two [lon, lat] points (equirectangular: exact enough within a kabupaten). */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const x = (b[0] - a[0]) * rad * Math.cos(((a[1] + b[1]) / 2) * rad);
  const y = (b[1] - a[1]) * rad;
  return Math.sqrt(x * x + y * y) * EARTH_RADIUS_KM;
}

/** The graph restricted to `keep`, made symmetric, each neighbour list sorted by code, no self-loops. */
export function normaliseGraph(graph: ContiguityGraph, keep: ReadonlySet<string>): Map<string, string[]> {
  const sets = new Map<string, Set<string>>();
  for (const code of keep) sets.set(code, new Set());
  for (const [from, tos] of graph) {
    if (!keep.has(from)) continue;
    for (const to of tos) {
      if (to === from || !keep.has(to)) continue;
      sets.get(from)!.add(to);
      sets.get(to)!.add(from);
    }
  }
  const out = new Map<string, string[]>();
  for (const code of [...keep].sort()) out.set(code, [...sets.get(code)!].sort());
  return out;
}

/**
 * An estimated contiguity graph: each desa joins its nearest few in the same kecamatan and, when
 * close enough, the nearest few across the kecamatan border. A desa without a centroid joins every
 * desa of its kecamatan, since membership is all that is known about it.
 */
export function fallbackContiguity(
  desa: readonly PlacedDesa[],
  options: FallbackOptions = {},
): Map<string, string[]> {
  const within = options.withinDistrict ?? 4;
  const across = options.acrossDistrict ?? 2;
  const factor = options.acrossFactor ?? 1.5;
  const sorted = [...desa].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const edges = new Map<string, string[]>(sorted.map((d) => [d.code, []]));
  const byDistrict = new Map<string, PlacedDesa[]>();
  for (const d of sorted) {
    const list = byDistrict.get(d.districtCode) ?? [];
    list.push(d);
    byDistrict.set(d.districtCode, list);
  }
  const located = sorted.filter((d) => d.centroid);
  for (const d of sorted) {
    const mine = edges.get(d.code)!;
    if (!d.centroid) {
      for (const other of byDistrict.get(d.districtCode)!) if (other.code !== d.code) mine.push(other.code);
      continue;
    }
    const here = d.centroid;
    const near = located
      .filter((o) => o.code !== d.code)
      .map((o) => ({ o, km: distanceKm(here, o.centroid!) }))
      .sort((a, b) => a.km - b.km || (a.o.code < b.o.code ? -1 : 1));
    const same = near.filter((n) => n.o.districtCode === d.districtCode).slice(0, within);
    for (const n of same) mine.push(n.o.code);
    const reach = same.length > 0 ? same[same.length - 1]!.km * factor : Number.POSITIVE_INFINITY;
    const others = near.filter((n) => n.o.districtCode !== d.districtCode).slice(0, across);
    for (const n of others) if (n.km <= reach) mine.push(n.o.code);
  }
  return normaliseGraph(edges, new Set(edges.keys()));
}
