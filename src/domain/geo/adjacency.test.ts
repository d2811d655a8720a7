import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AdjacencyInput, type AdjacentPair, adjacencyGraph, adjacentPairs } from './adjacency.ts';
import type { MultiPolygon, Position } from './geometry.ts';
import { METRES_PER_DEGREE } from './projection.ts';

const LAT = -7.2;
const LON = 109.5;
const KX = METRES_PER_DEGREE * Math.cos((LAT * Math.PI) / 180);

/** A counter-clockwise closed square ring with its south-west corner `x`, `y` metres east and north of (LON, LAT). */
function square(x: number, y: number, size: number): Position[] {
  const at = (dx: number, dy: number): Position => [LON + (x + dx) / KX, LAT + (y + dy) / METRES_PER_DEGREE];
  return [at(0, 0), at(size, 0), at(size, size), at(0, size), at(0, 0)];
}
const region = (code: string, ...polygons: Position[][][]): AdjacencyInput => ({ code, geometry: polygons });
const KM = 1000;
const A = region('A', [square(0, 0, KM)]);

describe('adjacent pairs of hand-made squares', () => {
  it.each<[string, AdjacencyInput, number | null]>([
    ['sharing an edge', region('B', [square(KM, 0, KM)]), 0],
    ['20 m apart', region('B', [square(KM + 20, 0, KM)]), 20],
    ['29 m apart', region('B', [square(KM + 29, 300, KM)]), 29],
    ['40 m apart', region('B', [square(KM + 40, 0, KM)]), null],
    ['overlapping by 50 m', region('B', [square(KM - 50, 200, KM)]), 0],
    [
      'corner to corner, 20 m east and 20 m north',
      region('B', [square(KM + 20, KM + 20, KM)]),
      Math.hypot(20, 20),
    ],
    ['corner to corner, 25 m east and 25 m north', region('B', [square(KM + 25, KM + 25, KM)]), null],
    ['wholly inside, 200 m from every edge', region('B', [square(200, 200, 600)]), 0],
    ['an enclave filling a hole', region('B', [square(200, 200, 600)]), 0],
    [
      'a MultiPolygon whose island lies 10 m off',
      region('B', [square(5 * KM, 0, KM)], [square(-110, 400, 100)]),
      10,
    ],
    [
      'a MultiPolygon with both parts far away',
      region('B', [square(5 * KM, 0, KM)], [square(-200, 400, 100)]),
      null,
    ],
  ])('%s', (name, b, expected) => {
    const a = name.startsWith('an enclave')
      ? region('A', [square(0, 0, KM), square(200, 200, 600).reverse()])
      : A;
    const pairs = adjacentPairs([b, a]);
    if (expected === null) expect(pairs).toEqual([]);
    else {
      expect(pairs).toHaveLength(1);
      expect(pairs[0]).toMatchObject({ a: 'A', b: 'B' });
      expect(pairs[0]!.distanceM).toBeCloseTo(expected, 3);
    }
  });

  it('joins a 3 × 3 block of touching squares by edges and corners, 20 pairs', () => {
    const block = [0, 1, 2].flatMap((i) =>
      [0, 1, 2].map((j) => region(`${i}${j}`, [square(i * KM, j * KM, KM)])),
    );
    const graph = adjacencyGraph(adjacentPairs(block));
    expect(adjacentPairs(block)).toHaveLength(20);
    expect(graph.get('11')).toEqual(['00', '01', '02', '10', '12', '20', '21', '22']);
    expect(graph.get('00')).toEqual(['01', '10', '11']);
  });

  it('follows the tolerance given, and only computes pairs touching the focus', () => {
    const b = region('B', [square(KM + 40, 0, KM)]);
    const c = region('C', [square(2 * KM + 40, 0, KM)]);
    expect(adjacentPairs([A, b, c], { toleranceMeters: 50 }).map((p) => `${p.a}-${p.b}`)).toEqual([
      'A-B',
      'B-C',
    ]);
    expect(
      adjacentPairs([A, b, c], { toleranceMeters: 50, focus: (code) => code === 'A' }).map(
        (p) => `${p.a}-${p.b}`,
      ),
    ).toEqual(['A-B']);
  });

  it('gives no pair for a single region, an empty geometry or a code given twice', () => {
    expect(adjacentPairs([A])).toEqual([]);
    expect(adjacentPairs([A, region('B')])).toEqual([]);
    expect(adjacentPairs([A, region('A', [square(KM, 0, KM)])])).toEqual([]);
  });
});

// --- properties -------------------------------------------------------------------------------

/** Rectangles scattered over a few kilometres, so that some touch, some overlap and some are apart. */
const clusterArbitrary: fc.Arbitrary<AdjacencyInput[]> = fc
  .array(
    fc.record({
      x: fc.integer({ min: 0, max: 4000 }),
      y: fc.integer({ min: 0, max: 4000 }),
      w: fc.integer({ min: 50, max: 1500 }),
      h: fc.integer({ min: 50, max: 1500 }),
    }),
    { minLength: 2, maxLength: 14 },
  )
  .map((boxes) =>
    boxes.map(({ x, y, w, h }, i) => {
      const at = (dx: number, dy: number): Position => [
        LON + (x + dx) / KX,
        LAT + (y + dy) / METRES_PER_DEGREE,
      ];
      const ring = [at(0, 0), at(w, 0), at(w, h / 2), at(w, h), at(0, h), at(0, 0)];
      return { code: `R${String(i).padStart(2, '0')}`, geometry: [[ring]] };
    }),
  );

const key = (pairs: readonly AdjacentPair[]) => pairs.map((p) => `${p.a}-${p.b}`);
const mapGeometry = (g: MultiPolygon, f: (ring: Position[]) => Position[]): MultiPolygon =>
  g.map((polygon) => polygon.map((ring) => f([...ring])));

/** Opens a ring, starts it at `shift` and optionally reverses it, then closes it again. */
function restart(ring: Position[], shift: number, reverse: boolean): Position[] {
  const open = ring.slice(0, -1);
  const start = shift % open.length;
  const turned = [...open.slice(start), ...open.slice(0, start)];
  if (reverse) turned.reverse();
  return [...turned, turned[0]!];
}

describe('adjacent pair properties', () => {
  it('lists each pair once, smaller code first, sorted, never a region with itself, within the tolerance', () => {
    fc.assert(
      fc.property(clusterArbitrary, (regions) => {
        const pairs = adjacentPairs(regions);
        for (const p of pairs) {
          expect(p.a < p.b).toBe(true);
          expect(p.distanceM).toBeGreaterThanOrEqual(0);
          expect(p.distanceM).toBeLessThanOrEqual(30);
        }
        expect(new Set(key(pairs)).size).toBe(pairs.length);
        expect(key(pairs)).toEqual([...key(pairs)].sort());
      }),
    );
  });

  it('does not depend on the order of the regions, and its graph is symmetric', () => {
    fc.assert(
      fc.property(clusterArbitrary, (regions) => {
        const pairs = adjacentPairs(regions);
        expect(adjacentPairs([...regions].reverse())).toEqual(pairs);
        const graph = adjacencyGraph(pairs);
        for (const [code, neighbours] of graph)
          for (const other of neighbours) expect(graph.get(other)).toContain(code);
      }),
    );
  });

  it('does not depend on where a ring starts or which way it turns', () => {
    fc.assert(
      fc.property(clusterArbitrary, fc.nat(), fc.boolean(), (regions, shift, reverse) => {
        const turned = regions.map((r) => ({
          ...r,
          geometry: mapGeometry(r.geometry, (ring) => restart(ring, shift, reverse)),
        }));
        const expected = adjacentPairs(regions);
        const actual = adjacentPairs(turned);
        expect(key(actual)).toEqual(key(expected));
        for (const [i, p] of actual.entries()) expect(p.distanceM).toBeCloseTo(expected[i]!.distanceM, 6);
      }),
    );
  });

  it('finds the same pairs after moving everything far east, and none between two copies far apart', () => {
    fc.assert(
      fc.property(clusterArbitrary, fc.double({ min: 1, max: 25, noNaN: true }), (regions, shift) => {
        const moved = regions.map((r) => ({
          code: `M${r.code}`,
          geometry: mapGeometry(r.geometry, (ring) => ring.map(([x, y]): Position => [x + shift, y])),
        }));
        const expected = adjacentPairs(regions);
        const both = adjacentPairs([...regions, ...moved]);
        const movedPairs = both.filter((p) => p.a.startsWith('M'));
        expect(key(both.filter((p) => !p.a.startsWith('M')))).toEqual(key(expected));
        expect(both.every((p) => p.a.startsWith('M') === p.b.startsWith('M'))).toBe(true);
        expect(movedPairs.map((p) => `${p.a.slice(1)}-${p.b.slice(1)}`)).toEqual(key(expected));
        for (const [i, p] of movedPairs.entries()) expect(p.distanceM).toBeCloseTo(expected[i]!.distanceM, 3);
      }),
    );
  });

  it('agrees with a brute-force search over rectangles', () => {
    // Two axis-aligned rectangles: the gap between them, 0 when they meet or overlap.
    fc.assert(
      fc.property(clusterArbitrary, (regions) => {
        const found = new Map(adjacentPairs(regions).map((p) => [`${p.a}-${p.b}`, p.distanceM]));
        const metres = regions.map((r) => {
          const ring = r.geometry[0]![0]!;
          const xs = ring.map(([x]) => (x - LON) * KX);
          const ys = ring.map(([, y]) => (y - LAT) * METRES_PER_DEGREE);
          return { code: r.code, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
        });
        for (const [i, p] of metres.entries())
          for (const q of metres.slice(i + 1)) {
            const gx = Math.max(0, q.box[0]! - p.box[2]!, p.box[0]! - q.box[2]!);
            const gy = Math.max(0, q.box[1]! - p.box[3]!, p.box[1]! - q.box[3]!);
            const gap = Math.hypot(gx, gy);
            const distance = found.get(`${p.code}-${q.code}`);
            if (gap < 29.9) expect(distance).toBeCloseTo(gap, 0);
            if (gap > 30.1) expect(distance).toBeUndefined();
          }
      }),
    );
  });
});
