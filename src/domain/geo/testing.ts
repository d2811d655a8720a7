/** Generators for the geometry property tests. */
import fc from 'fast-check';
import type { MultiPolygon, Position } from './geometry.ts';

/** A closed ring of 3–30 corners anywhere in Indonesia, at any precision (not necessarily simple). */
export const ringArbitrary: fc.Arbitrary<Position[]> = fc
  .array(
    fc.tuple(fc.double({ min: 94, max: 141, noNaN: true }), fc.double({ min: -11, max: 6, noNaN: true })),
    {
      minLength: 3,
      maxLength: 30,
    },
  )
  .map((corners) => [...corners, corners[0]!]);

/** A closed ring of 4–60 corners around a point, as village boundaries are: a few kilometres across. */
export const villageRingArbitrary: fc.Arbitrary<Position[]> = fc
  .tuple(
    fc.double({ min: 95, max: 140, noNaN: true }),
    fc.double({ min: -10, max: 5, noNaN: true }),
    fc.array(fc.double({ min: 0.001, max: 0.05, noNaN: true }), { minLength: 4, maxLength: 60 }),
  )
  .map(([lon, lat, radii]) => {
    const corners = radii.map((r, i): Position => {
      const angle = (2 * Math.PI * i) / radii.length;
      return [lon + r * Math.cos(angle), lat + r * Math.sin(angle)];
    });
    return [...corners, corners[0]!];
  });

export const multiPolygonArbitrary: fc.Arbitrary<MultiPolygon> = fc.array(
  fc.array(ringArbitrary, { minLength: 1, maxLength: 3 }),
  { minLength: 1, maxLength: 3 },
);
