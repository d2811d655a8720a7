import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, fallbackContiguity, normaliseGraph, type PlacedDesa } from './contiguity.ts';
import { mulberry32 } from './prng.ts';

describe('normaliseGraph', () => {
  it('makes edges symmetric, drops self-loops and desa outside the set, sorts neighbours', () => {
    const g = normaliseGraph(
      new Map([
        ['c', ['a', 'c', 'x']],
        ['b', ['a']],
      ]),
      new Set(['a', 'b', 'c']),
    );
    expect([...g]).toEqual([
      ['a', ['b', 'c']],
      ['b', ['a']],
      ['c', ['a']],
    ]);
  });
});

describe('fallbackContiguity', () => {
  // biome-ignore format: one rule per line reads as a table
  it.each([
    // label, desa, expected neighbours of A
    ['joins every desa of the kecamatan when no centroid is known', [['A', '01', null], ['B', '01', null], ['C', '01', null], ['D', '02', null]], ['B', 'C']],
    ['joins the nearest of the kecamatan first', [['A', '01', [0, 0]], ['B', '01', [0.01, 0]], ['C', '01', [0.5, 0]], ['D', '02', [0.011, 0]]], ['B', 'C', 'D']],
    ['does not cross a kecamatan border to a far desa', [['A', '01', [0, 0]], ['B', '01', [0.01, 0]], ['D', '02', [0.5, 0]], ['E', '02', [0.51, 0]]], ['B']],
    ['joins a desa alone in its kecamatan to its nearest across the border', [['A', '01', [0, 0]], ['B', '01', [0.01, 0]], ['D', '02', [0.5, 0]]], ['B', 'D']],
  ] as [string, [string, string, [number, number] | null][], string[]][])('%s', (_l, rows, expected) => {
    const desa: PlacedDesa[] = rows.map(([code, districtCode, centroid]) => ({ code, districtCode, centroid }));
    expect(fallbackContiguity(desa).get('A')).toEqual(expected);
  });

  it('measures about 111 km per degree of latitude', () => {
    expect(distanceKm([110, -7], [110, -6])).toBeCloseTo(111.2, 0);
  });

  it('is symmetric without self-loops, and joins every desa that shares its kecamatan with another', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer(), (n, seed) => {
        const r = mulberry32(seed);
        const desa: PlacedDesa[] = Array.from({ length: n }, (_, i) => ({
          code: `d${String(i).padStart(3, '0')}`,
          districtCode: `k${Math.floor(r() * 4)}`,
          centroid: r() < 0.2 ? null : [110 + r(), -7 - r()],
        }));
        const g = fallbackContiguity(desa);
        for (const [a, bs] of g) {
          expect(bs).not.toContain(a);
          for (const b of bs) expect(g.get(b)).toContain(a);
        }
        for (const d of desa) {
          const mates = desa.filter((o) => o.districtCode === d.districtCode).length;
          if (mates > 1) expect(g.get(d.code)!.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});
