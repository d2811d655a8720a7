import { describe, expect, it } from 'vitest';
import { type FlatPolygon, pointInMultiPolygon, pointInPolygon, pointInRing } from './point-in-polygon.ts';

const square = [0, 0, 10, 0, 10, 10, 0, 10, 0, 0];
const hole = [4, 4, 4, 6, 6, 6, 6, 4, 4, 4];
/** A U opening upwards: the notch between x 3 and 7 above y 3 is outside. */
const u = [0, 0, 10, 0, 10, 10, 7, 10, 7, 3, 3, 3, 3, 10, 0, 10, 0, 0];
/** The same U without its closing position. */
const uOpen = u.slice(0, -2);

describe('point in polygon', () => {
  it.each([
    ['inside a square', 5, 5, square, true],
    ['outside to the right', 11, 5, square, false],
    ['outside below', 5, -1, square, false],
    ['far away', 1000, 1000, square, false],
    ['inside an arm of a U', 1, 8, u, true],
    ['in the notch of a U', 5, 8, u, false],
    ['below the notch of a U', 5, 1, u, true],
    ['in the notch of a U given without its closing position', 5, 8, uOpen, false],
    ['in an arm of a U given without its closing position', 8, 8, uOpen, true],
  ])('%s: (%d, %d) → %s', (_name, x, y, ring, expected) => {
    expect(pointInRing(x, y, ring)).toBe(expected);
  });

  it.each([
    ['inside the outer ring', 2, 2, true],
    ['inside the hole', 5, 5, false],
    ['outside everything', -2, 5, false],
  ])('a square with a hole: %s', (_name, x, y, expected) => {
    expect(pointInPolygon(x, y, [square, hole])).toBe(expected);
  });

  const island: FlatPolygon = [[20, 20, 22, 20, 22, 22, 20, 22, 20, 20]];
  it.each([
    ['on the main polygon', 1, 1, true],
    ['on the island', 21, 21, true],
    ['in the sea between', 15, 15, false],
    ['in the main polygon’s hole', 5, 5, false],
  ])('a multipolygon: %s', (_name, x, y, expected) => {
    expect(pointInMultiPolygon(x, y, [[square, hole], island])).toBe(expected);
  });

  it('answers false for an empty polygon', () => {
    expect(pointInPolygon(0, 0, [])).toBe(false);
    expect(pointInMultiPolygon(0, 0, [])).toBe(false);
  });
});
