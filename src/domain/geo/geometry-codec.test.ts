import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Position } from './geometry.ts';
import {
  decodeGeometry,
  deltaDecodeRing,
  deltaEncodeRing,
  encodeGeometry,
  STORED_SCALE,
} from './geometry-codec.ts';
import { multiPolygonArbitrary, ringArbitrary } from './testing.ts';

describe('the stored geometry encoding', () => {
  it('gives back every position within half a quantisation step', () => {
    fc.assert(
      fc.property(multiPolygonArbitrary, (geometry) => {
        const decoded = decodeGeometry(encodeGeometry(geometry));
        expect(decoded.map((p) => p.map((r) => r.length))).toEqual(
          geometry.map((p) => p.map((r) => r.length)),
        );
        const step = 0.5 / STORED_SCALE + 1e-12;
        for (const [p, polygon] of geometry.entries())
          for (const [r, ring] of polygon.entries())
            for (const [i, [lon, lat]] of ring.entries()) {
              const [x, y] = decoded[p]![r]![i]!;
              expect(Math.abs(x - lon)).toBeLessThanOrEqual(step);
              expect(Math.abs(y - lat)).toBeLessThanOrEqual(step);
            }
      }),
    );
  });

  it('keeps coordinates of the source (1e-6 degree or coarser) exactly', () => {
    const ring: Position[] = [
      [108.783986, -7.526081],
      [108.784126, -7.521371],
      [108.777216, -7.523581],
      [108.783986, -7.526081],
    ];
    expect(decodeGeometry(encodeGeometry([[ring]]))).toEqual([[ring]]);
  });

  it('is compact: integer deltas after the first position', () => {
    const text = encodeGeometry([
      [
        [
          [110.5, -7.5],
          [110.500001, -7.5],
          [110.5, -7.499999],
          [110.5, -7.5],
        ],
      ],
    ]);
    expect(text).toBe('{"v":1,"scale":1000000,"polygons":[[[110500000,-7500000,1,0,-1,1,0,-1]]]}');
  });

  it.each([['{"v":2,"scale":1,"polygons":[]}'], ['{"scale":1000000,"polygons":[]}']])(
    'refuses text of another version: %s',
    (text) => {
      expect(() => decodeGeometry(text)).toThrow(/unknown geometry encoding/);
    },
  );

  it('delta-encodes a ring against an origin and back', () => {
    fc.assert(
      fc.property(ringArbitrary, fc.constantFrom(10_000, 20_000, 100_000), (ring, scale) => {
        const origin = [Math.floor(94 * scale), Math.floor(-11 * scale)] as const;
        const flat = deltaEncodeRing(ring, scale, origin[0], origin[1]);
        expect(flat.every(Number.isInteger)).toBe(true);
        const back = deltaDecodeRing(flat, scale, origin[0], origin[1]);
        back.forEach(([x, y], i) => {
          expect(Math.abs(x - ring[i]![0])).toBeLessThanOrEqual(0.5 / scale + 1e-9);
          expect(Math.abs(y - ring[i]![1])).toBeLessThanOrEqual(0.5 / scale + 1e-9);
        });
      }),
    );
  });
});
