import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectionFor } from './projection.ts';

describe('the map projection', () => {
  const jawaTengah = projectionFor([108.5, -8.2, 111.7, -5.7]);

  it('puts the centre of the box at the origin, east to the right and north up the screen', () => {
    const [cx, cy] = jawaTengah.project(110.1, -6.95);
    expect([cx, cy].map((v) => Math.abs(v) < 1e-12)).toEqual([true, true]);
    const [x, y] = jawaTengah.project(110.2, -6.85);
    expect(x).toBeGreaterThan(0);
    expect(y).toBeLessThan(0);
  });

  it('shrinks longitude by the cosine of the centre latitude', () => {
    expect(jawaTengah.xScale).toBeCloseTo(Math.cos((6.95 * Math.PI) / 180), 12);
    expect(jawaTengah.project(111.1, -6.95)[0]).toBeCloseTo(jawaTengah.xScale, 12);
  });

  it('unprojects what it projects', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 94, max: 141, noNaN: true }),
        fc.double({ min: -11, max: 6, noNaN: true }),
        (lon, lat) => {
          const [x, y] = jawaTengah.project(lon, lat);
          const [lon2, lat2] = jawaTengah.unproject(x, y);
          expect(lon2).toBeCloseTo(lon, 9);
          expect(lat2).toBeCloseTo(lat, 9);
        },
      ),
    );
  });

  it('projects a box to [minX, minY, maxX, maxY]', () => {
    const [minX, minY, maxX, maxY] = jawaTengah.box([108.5, -8.2, 111.7, -5.7]);
    expect(minX).toBeCloseTo(-1.6 * jawaTengah.xScale, 12);
    expect(maxX).toBeCloseTo(1.6 * jawaTengah.xScale, 12);
    expect([minY, maxY].map((v) => Number(v.toFixed(9)))).toEqual([-1.25, 1.25]);
  });
});
