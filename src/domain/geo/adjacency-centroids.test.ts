import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CentroidPoint, centroidNeighbours, localDistanceMetres } from './adjacency-centroids.ts';
import { METRES_PER_DEGREE } from './projection.ts';

/** A desa of kecamatan `district` at `x`, `y` km east and north of 110° E, 7° S. */
const desa = (code: string, x: number, y: number): CentroidPoint => ({
  code,
  lon: 110 + (x * 1000) / (METRES_PER_DEGREE * Math.cos((7 * Math.PI) / 180)),
  lat: -7 + (y * 1000) / METRES_PER_DEGREE,
});

describe('centroid neighbours (fallback without boundaries)', () => {
  // Four desa in a row 1 km apart in one kecamatan, one in the next kecamatan right beside them.
  const row = [
    desa('3301010001', 0, 0),
    desa('3301010002', 1, 0),
    desa('3301010003', 2, 0),
    desa('3301010004', 3.5, 0),
    desa('3301020001', 0.1, 0),
  ];

  it.each<[number, Record<string, string[]>]>([
    [0, { '3301010001': [], '3301010002': [], '3301010003': [], '3301010004': [], '3301020001': [] }],
    [
      1,
      {
        '3301010001': ['3301010002'],
        '3301010002': ['3301010001', '3301010003'],
        '3301010003': ['3301010002', '3301010004'],
        '3301010004': ['3301010003'],
        '3301020001': [],
      },
    ],
    [
      2,
      {
        '3301010001': ['3301010002', '3301010003'],
        '3301010002': ['3301010001', '3301010003', '3301010004'],
        '3301010003': ['3301010001', '3301010002', '3301010004'],
        '3301010004': ['3301010002', '3301010003'],
        '3301020001': [],
      },
    ],
  ])('k = %i joins the nearest desa of the same kecamatan only, both ways', (k, expected) => {
    expect(Object.fromEntries(centroidNeighbours(row, k))).toEqual(expected);
  });

  it('measures kilometres on the ground', () => {
    expect(localDistanceMetres(row[0]!, row[3]!)).toBeCloseTo(3500, 0);
  });

  const pointsArbitrary = fc
    .uniqueArray(
      fc.record({
        district: fc.integer({ min: 1, max: 3 }),
        n: fc.integer({ min: 1, max: 40 }),
        x: fc.double({ min: 0, max: 20, noNaN: true }),
        y: fc.double({ min: 0, max: 20, noNaN: true }),
      }),
      { selector: (p) => `${p.district}:${p.n}`, maxLength: 30 },
    )
    .map((points) => points.map((p) => desa(`33010${p.district}${String(p.n).padStart(4, '0')}`, p.x, p.y)));

  it('is symmetric, stays inside the kecamatan and gives everyone min(k, kecamatan − 1) neighbours at least', () => {
    fc.assert(
      fc.property(pointsArbitrary, fc.integer({ min: 0, max: 5 }), (points, k) => {
        const graph = centroidNeighbours(points, k);
        expect([...graph.keys()]).toEqual(points.map((p) => p.code).sort());
        for (const [code, neighbours] of graph) {
          const peers = points.filter((p) => p.code.slice(0, 6) === code.slice(0, 6)).length - 1;
          expect(neighbours.length).toBeGreaterThanOrEqual(Math.min(k, peers));
          expect(neighbours).toEqual([...neighbours].sort());
          for (const other of neighbours) {
            expect(other).not.toBe(code);
            expect(other.slice(0, 6)).toBe(code.slice(0, 6));
            expect(graph.get(other)).toContain(code);
          }
        }
      }),
    );
  });
});
