import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampView, fitView, type MapBox, panBy, toMap, zoomAt, zoomLimits } from './map-view';

const box: MapBox = [-2, -1, 2, 1];

describe('map view', () => {
  it('fits a box centred, limited by the tighter side', () => {
    const view = fitView(box, 416, 416, 8);
    expect(view.k).toBe(100); // 400 px for 4 units across
    expect(toMap(view, 208, 208)).toEqual([0, 0]);
    const tall = fitView(box, 1000, 216, 8);
    expect(tall.k).toBe(100); // 200 px for 2 units high
  });

  it('keeps the map point under the cursor while zooming', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 400, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (sx, sy, factor) => {
          const view = fitView(box, 400, 400);
          const before = toMap(view, sx, sy);
          const after = toMap(zoomAt(view, factor, sx, sy, { minK: 0, maxK: Infinity }), sx, sy);
          expect(after[0]).toBeCloseTo(before[0], 9);
          expect(after[1]).toBeCloseTo(before[1], 9);
        },
      ),
    );
  });

  it.each([
    ['in past the limit', 1000, 111_320 / 10],
    ['out past the limit', 0.001, 80],
  ])('stops zooming %s', (_name, factor, k) => {
    const fit = fitView(box, 416, 416, 8);
    expect(zoomAt(fit, factor, 200, 200, zoomLimits(fit)).k).toBeCloseTo(k, 9);
  });

  it('pans by screen pixels', () => {
    expect(panBy({ k: 2, tx: 1, ty: 1 }, 5, -3)).toEqual({ k: 2, tx: 6, ty: -2 });
  });

  it('keeps the middle of the screen over the map', () => {
    const view = fitView(box, 400, 400);
    const far = panBy(view, 10_000, 10_000);
    const clamped = clampView(far, box, 400, 400);
    expect(toMap(clamped, 200, 200).map((v) => Number(v.toFixed(9)))).toEqual([-2, -1]);
    expect(clampView(view, box, 400, 400)).toBe(view);
  });
});
