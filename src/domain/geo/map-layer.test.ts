import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Position } from './geometry.ts';
import { buildMapLayer, decodeMapLayer, type LayerInput, layerSettings } from './map-layer.ts';
import { villageRingArbitrary } from './testing.ts';

const positions = (flat: Float64Array): Position[] =>
  Array.from({ length: flat.length / 2 }, (_, i) => [flat[2 * i]!, flat[2 * i + 1]!] as const);

/** Twice the signed area of a flat ring (positive: counter-clockwise with y up). */
function area2(flat: Float64Array): number {
  let sum = 0;
  for (let i = 2; i < flat.length; i += 2) sum += flat[i - 2]! * flat[i + 1]! - flat[i]! * flat[i - 1]!;
  return sum;
}

const square = (lon: number, lat: number, size: number, clockwise = false): Position[] => {
  const ring: Position[] = [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
  return clockwise ? ring.reverse() : ring;
};

const input = (code: string, geometry: MultiPolygon, placed = true): LayerInput => ({
  code,
  name: `Desa ${code}`,
  placed,
  geometry,
});

describe('map layers', () => {
  it('lists features in code order with their names and whether they are placed', () => {
    const layer = buildMapLayer(
      '33',
      4,
      [
        input('3301012002', [[square(108.8, -7.5, 0.01)]], false),
        input('3301012001', [[square(108.7, -7.5, 0.01)]]),
      ],
      layerSettings(1),
    );
    expect(layer).toMatchObject({ format: 'kawasan-map', v: 1, region: '33', childLevel: 4, scale: 20_000 });
    expect(layer.features.map((f) => [f.code, f.name, f.placed])).toEqual([
      ['3301012001', 'Desa 3301012001', true],
      ['3301012002', 'Desa 3301012002', false],
    ]);
    expect(layer.bbox).toEqual([108.7, -7.5, 108.81, -7.49]);
    expect(layer.origin).toEqual([Math.floor(108.7 * 20_000), Math.floor(-7.5 * 20_000)]);
  });

  it('decodes to positions within half a grid step of original positions, rings closed with ≥ 4 positions', () => {
    fc.assert(
      fc.property(
        fc.array(villageRingArbitrary, { minLength: 1, maxLength: 4 }),
        fc.constantFrom<1 | 2>(1, 2),
        (rings, level) => {
          const geometry = rings.map((r) => [r]);
          const settings = layerSettings(level);
          const [decoded] = decodeMapLayer(buildMapLayer('33', 4, [input('3301012001', geometry)], settings));
          const originals = rings.flat();
          const step = 0.5 / settings.scale + 1e-9;
          expect(decoded!.polygons.length).toBeGreaterThan(0);
          for (const polygon of decoded!.polygons)
            for (const flat of polygon) {
              const ring = positions(flat);
              expect(ring.length).toBeGreaterThanOrEqual(4);
              expect(ring[0]).toEqual(ring[ring.length - 1]);
              for (const [x, y] of ring)
                expect(
                  originals.some(([ox, oy]) => Math.abs(ox - x) <= step && Math.abs(oy - y) <= step),
                ).toBe(true);
            }
        },
      ),
    );
  });

  it('turns outer rings counter-clockwise and holes clockwise, whatever the source did', () => {
    const geometry: MultiPolygon = [[square(110, -7, 0.1, true), square(110.02, -6.98, 0.02)]];
    const [decoded] = decodeMapLayer(
      buildMapLayer('33', 4, [input('3374011001', geometry)], layerSettings(2)),
    );
    const [outer, hole] = decoded!.polygons[0]!;
    expect(area2(outer!)).toBeGreaterThan(0);
    expect(area2(hole!)).toBeLessThan(0);
  });

  it('leaves out islands and holes below the tolerance, never a village’s largest ring', () => {
    const islet = square(110.2, -7, 0.00005); // about 5 m across
    const layer = buildMapLayer(
      '33',
      4,
      [
        input('3374011001', [[square(110, -7, 0.05), islet], [islet]]),
        input('3374011002', [[square(110.3, -7, 0.00005)]]),
      ],
      layerSettings(1),
    );
    expect(layer.features.map((f) => f.polygons.map((p) => p.length))).toEqual([[1], [1]]);
  });

  it('keeps the source’s 1e-5 degree coordinates exactly in a kabupaten layer', () => {
    const ring: Position[] = [
      [108.78399, -7.52608],
      [108.78413, -7.52137],
      [108.77722, -7.52358],
      [108.77361, -7.5297],
      [108.78399, -7.52608],
    ];
    const [decoded] = decodeMapLayer(
      buildMapLayer('3301', 4, [input('3301012001', [[ring]])], layerSettings(2)),
    );
    const back = positions(decoded!.polygons[0]![0]!);
    back.forEach(([x, y], i) => {
      expect(x).toBeCloseTo(ring[i]![0], 9);
      expect(y).toBeCloseTo(ring[i]![1], 9);
    });
  });

  it('passes positions through the given transform and reports their box', () => {
    const layer = buildMapLayer(
      '33',
      4,
      [input('3301012001', [[square(108.7, -7.5, 0.01)]])],
      layerSettings(2),
    );
    const [decoded] = decodeMapLayer(layer, (lon, lat) => [lon * 2, -lat]);
    expect(decoded!.box.map((v) => Number(v.toFixed(6)))).toEqual([217.4, 7.49, 217.42, 7.5]);
  });

  it('refuses a layer of another format or version', () => {
    const layer = buildMapLayer('33', 4, [], layerSettings(1));
    expect(() => decodeMapLayer({ ...layer, v: 2 as 1 })).toThrow(/unknown map layer/);
  });
});
