/**
 * Village adjacency from boundaries. The BIG boundaries are simplified polygon by polygon, so two
 * neighbours do not share vertices: their edges run side by side a few metres apart, sometimes
 * crossing. Two regions are neighbours when their boundaries come within a tolerance (30 m by
 * default) of each other, or overlap, or one lies inside the other (distance 0).
 *
 * Distances are measured in a local equirectangular approximation around each pair (a degree of
 * longitude shrunk by the cosine of the pair's mean latitude, METRES_PER_DEGREE per degree of
 * latitude). Across the few kilometres that separate two villages' edges this is true to well
 * under a metre, far below the tolerance; it is not a geodesic distance for far-apart places.
 *
 * Speed: a uniform grid over the boxes (expanded by the tolerance) yields the candidate pairs;
 * for each pair only the segments near the other region's box are compared, a segment pair is
 * skipped when its boxes are further apart than the best distance so far, and the search stops
 * at the first crossing (distance 0).
 */
import type { BBox, MultiPolygon } from './geometry.ts';
import { bboxOf } from './geometry.ts';
import { pointInMultiPolygon } from './point-in-polygon.ts';
import { METRES_PER_DEGREE } from './projection.ts';

/** Default distance within which two boundaries make their regions neighbours, in metres. */
export const ADJACENCY_TOLERANCE_METRES = 30;

export interface AdjacencyInput {
  code: string;
  geometry: MultiPolygon;
}

export interface AdjacentPair {
  /** The smaller code of the pair (byte order). */
  a: string;
  b: string;
  /** Shortest distance found between the two boundaries, metres; 0 when they cross or one contains the other. */
  distanceM: number;
}

export interface AdjacencyOptions {
  toleranceMeters?: number;
  /**
   * Only pairs with at least one region passing `focus` are computed: a province's desa, with the
   * desa of neighbouring provinces given for the pairs across the border only.
   */
  focus?: (code: string) => boolean;
}

/** One region prepared for the search: rings as flat `[lon, lat, …]` arrays (closing position kept). */
interface Prepared {
  code: string;
  bbox: BBox;
  /** Outer rings and holes grouped per polygon, for the containment test. */
  polygons: Float64Array[][];
  rings: Float64Array[];
}

function prepare(input: AdjacencyInput): Prepared {
  const polygons = input.geometry.map((polygon) =>
    polygon.map((ring) => {
      const flat = new Float64Array(ring.length * 2);
      for (let i = 0; i < ring.length; i++) {
        flat[2 * i] = ring[i]![0];
        flat[2 * i + 1] = ring[i]![1];
      }
      return flat;
    }),
  );
  return { code: input.code, bbox: bboxOf(input.geometry), polygons, rings: polygons.flat() };
}

/** Tolerance in degrees of longitude and latitude at a box, rounded up (wider at higher latitudes). */
function degreesOf(metres: number, bbox: BBox): [number, number] {
  const lat = Math.max(Math.abs(bbox[1]), Math.abs(bbox[3]));
  const dLat = metres / METRES_PER_DEGREE;
  return [dLat / Math.max(Math.cos((lat * Math.PI) / 180), 1e-6), dLat];
}

function expand(bbox: BBox, metres: number): BBox {
  const [dx, dy] = degreesOf(metres, bbox);
  return [bbox[0] - dx, bbox[1] - dy, bbox[2] + dx, bbox[3] + dy];
}

const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Squared distance from (px, py) to the segment (ax, ay)–(bx, by). */
function pointSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  let t = length2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / length2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

const orient = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** Squared distance between two segments: 0 when they cross, else the nearest endpoint-to-segment distance. */
function segmentSegment2(s: Float64Array, i: number, t: Float64Array, j: number): number {
  const ax = s[i]!;
  const ay = s[i + 1]!;
  const bx = s[i + 2]!;
  const by = s[i + 3]!;
  const cx = t[j]!;
  const cy = t[j + 1]!;
  const dx = t[j + 2]!;
  const dy = t[j + 3]!;
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4 && o1 * o2 <= 0 && o3 * o4 <= 0) return 0;
  return Math.min(
    pointSegment2(ax, ay, cx, cy, dx, dy),
    pointSegment2(bx, by, cx, cy, dx, dy),
    pointSegment2(cx, cy, ax, ay, bx, by),
    pointSegment2(dx, dy, ax, ay, bx, by),
  );
}

/**
 * The segments of `region` with a box meeting `window`, in metres about (lon0, lat0), as
 * consecutive `[x0, y0, x1, y1]` quadruples.
 */
function segmentsNear(region: Prepared, window: BBox, lon0: number, lat0: number, kx: number): Float64Array {
  const out: number[] = [];
  for (const ring of region.rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const x0 = ring[i]!;
      const y0 = ring[i + 1]!;
      const x1 = ring[i + 2]!;
      const y1 = ring[i + 3]!;
      if (Math.max(x0, x1) < window[0] || Math.min(x0, x1) > window[2]) continue;
      if (Math.max(y0, y1) < window[1] || Math.min(y0, y1) > window[3]) continue;
      out.push(
        (x0 - lon0) * kx,
        (y0 - lat0) * METRES_PER_DEGREE,
        (x1 - lon0) * kx,
        (y1 - lat0) * METRES_PER_DEGREE,
      );
    }
  }
  return Float64Array.from(out);
}

/** The shortest distance between the boundaries of two regions if it is at most `tolerance` metres, else null. */
function pairDistance(p: Prepared, q: Prepared, tolerance: number): number | null {
  const lon0 = (Math.max(p.bbox[0], q.bbox[0]) + Math.min(p.bbox[2], q.bbox[2])) / 2;
  const lat0 = (Math.max(p.bbox[1], q.bbox[1]) + Math.min(p.bbox[3], q.bbox[3])) / 2;
  const kx = METRES_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const s = segmentsNear(p, expand(q.bbox, tolerance), lon0, lat0, kx);
  const t = segmentsNear(q, expand(p.bbox, tolerance), lon0, lat0, kx);
  let best2 = tolerance * tolerance;
  let found = false;
  search: for (let i = 0; i < s.length; i += 4) {
    const sx0 = Math.min(s[i]!, s[i + 2]!);
    const sx1 = Math.max(s[i]!, s[i + 2]!);
    const sy0 = Math.min(s[i + 1]!, s[i + 3]!);
    const sy1 = Math.max(s[i + 1]!, s[i + 3]!);
    for (let j = 0; j < t.length; j += 4) {
      // Boxes further apart than the best so far cannot hold a nearer pair of points.
      const gx = Math.max(0, Math.min(t[j]!, t[j + 2]!) - sx1, sx0 - Math.max(t[j]!, t[j + 2]!));
      const gy = Math.max(0, Math.min(t[j + 1]!, t[j + 3]!) - sy1, sy0 - Math.max(t[j + 1]!, t[j + 3]!));
      if (gx * gx + gy * gy > best2) continue;
      const d2 = segmentSegment2(s, i, t, j);
      if (d2 <= best2) {
        best2 = d2;
        found = true;
        if (d2 === 0) break search;
      }
    }
  }
  if (found && best2 === 0) return 0;
  // No crossing: one region may still lie wholly inside the other (an enclave drawn over its host).
  if (boxesMeet(p.bbox, q.bbox)) {
    const pr = p.rings[0];
    const qr = q.rings[0];
    if (
      (pr && pointInMultiPolygon(pr[0]!, pr[1]!, q.polygons)) ||
      (qr && pointInMultiPolygon(qr[0]!, qr[1]!, p.polygons))
    )
      return 0;
  }
  return found ? Math.sqrt(best2) : null;
}

/**
 * The pairs of regions whose boundaries come within `toleranceMeters` of each other (or overlap),
 * each once with the smaller code first, sorted by code; regions with an empty geometry have no
 * neighbours and a code given twice is not its own neighbour.
 */
export function adjacentPairs(
  inputs: readonly AdjacencyInput[],
  options: AdjacencyOptions = {},
): AdjacentPair[] {
  const tolerance = options.toleranceMeters ?? ADJACENCY_TOLERANCE_METRES;
  const focus = options.focus ?? (() => true);
  const regions = inputs.filter((r) => r.geometry.some((p) => p.length > 0)).map(prepare);
  if (regions.length < 2) return [];
  const boxes = regions.map((r) => expand(r.bbox, tolerance / 2));
  // A cell about the size of a typical region keeps the lists short whatever the data's scale.
  let west = Infinity;
  let south = Infinity;
  let span = 0;
  for (const [w, s, e, n] of boxes) {
    west = Math.min(west, w);
    south = Math.min(south, s);
    span += Math.max(e - w, n - s);
  }
  const cell = Math.max(span / boxes.length, 1e-9);
  const cells = new Map<number, number[]>();
  const columns = 1 << 20;
  const cellRange = (b: BBox) => [
    Math.floor((b[0] - west) / cell),
    Math.floor((b[1] - south) / cell),
    Math.floor((b[2] - west) / cell),
    Math.floor((b[3] - south) / cell),
  ];
  const candidates = new Map<number, Set<number>>();
  boxes.forEach((box, index) => {
    const [x0, y0, x1, y1] = cellRange(box) as [number, number, number, number];
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const key = x * columns + y;
        const list = cells.get(key);
        if (list) list.push(index);
        else cells.set(key, [index]);
      }
  });
  for (const list of cells.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [p, q] = list[i]! < list[j]! ? [list[i]!, list[j]!] : [list[j]!, list[i]!];
        const set = candidates.get(p);
        if (set) set.add(q);
        else candidates.set(p, new Set([q]));
      }

  const pairs: AdjacentPair[] = [];
  for (const [p, set] of candidates)
    for (const q of set) {
      const rp = regions[p]!;
      const rq = regions[q]!;
      if (rp.code === rq.code || !boxesMeet(boxes[p]!, boxes[q]!)) continue;
      if (!focus(rp.code) && !focus(rq.code)) continue;
      const distance = pairDistance(rp, rq, tolerance);
      if (distance === null) continue;
      const [a, b] = rp.code < rq.code ? [rp.code, rq.code] : [rq.code, rp.code];
      pairs.push({ a, b, distanceM: distance });
    }
  // The same two codes can meet twice only when a code is given twice: keep the nearest.
  pairs.sort((x, y) =>
    x.a === y.a ? (x.b === y.b ? x.distanceM - y.distanceM : x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1,
  );
  return pairs.filter((pair, i) => i === 0 || pair.a !== pairs[i - 1]!.a || pair.b !== pairs[i - 1]!.b);
}

/** Both directions of every pair: each code's neighbours in code order (codes without neighbours absent). */
export function adjacencyGraph(pairs: readonly AdjacentPair[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const add = (from: string, to: string) => {
    const list = graph.get(from);
    if (list) list.push(to);
    else graph.set(from, [to]);
  };
  for (const { a, b } of pairs) {
    add(a, b);
    add(b, a);
  }
  for (const list of graph.values()) list.sort();
  return new Map([...graph.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
