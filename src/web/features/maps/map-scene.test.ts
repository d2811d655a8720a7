import { describe, expect, it } from 'vitest';
import type { Position } from '../../../domain/geo/geometry';
import { buildMapLayer, layerSettings } from '../../../domain/geo/map-layer';
import { buildScene, featureAt, featureNear, resultsByCode } from './map-scene';

const square = (lon: number, lat: number, size: number): Position[] => [
  [lon, lat],
  [lon + size, lat],
  [lon + size, lat + size],
  [lon, lat + size],
  [lon, lat],
];

// Three desa in a row; the middle one has a small neighbour inside its box, overlapping its edge.
const layer = buildMapLayer(
  '3301',
  4,
  [
    { code: '3301012001', name: 'Barat', placed: true, geometry: [[square(108.0, -7.5, 0.1)]] },
    { code: '3301012002', name: 'Tengah', placed: true, geometry: [[square(108.1, -7.5, 0.1)]] },
    { code: '3301012003', name: 'Timur', placed: true, geometry: [[square(108.2, -7.5, 0.1)]] },
    { code: '3301011004', name: 'Kecil', placed: true, geometry: [[square(108.19, -7.45, 0.02)]] },
  ],
  layerSettings(2),
);
const results = resultsByCode([
  { code: '3301012001', status: 'maju', computedStatus: 'maju', value: 0.75 },
  { code: '3301012002', status: null, computedStatus: 'berkembang', value: 0.65 },
  { code: '3301012003', status: null, computedStatus: null, value: null },
]);

describe('map scene', () => {
  const scene = buildScene(layer, results);

  it('gives each desa its status (published, else computed) and counts them, no result as none', () => {
    expect(scene.features.map((f) => [f.code, f.status])).toEqual([
      ['3301011004', null],
      ['3301012001', 'maju'],
      ['3301012002', 'berkembang'],
      ['3301012003', null],
    ]);
    expect(scene.counts).toEqual({
      sangat_tertinggal: 0,
      tertinggal: 0,
      berkembang: 1,
      maju: 1,
      mandiri: 0,
      none: 2,
    });
  });

  it('projects around the layer centre, north up', () => {
    const [minX, minY, maxX, maxY] = scene.box;
    expect(minX).toBeCloseTo(-maxX, 9);
    expect(minY).toBeCloseTo(-maxY, 9);
    const west = scene.features.find((f) => f.code === '3301012001')!;
    const east = scene.features.find((f) => f.code === '3301012003')!;
    expect(west.box[0]).toBeLessThan(east.box[0]);
  });

  it.each([
    ['the western desa', 108.05, -7.45, '3301012001'],
    ['the middle desa', 108.15, -7.45, '3301012002'],
    ['the small one where it overlaps the middle desa', 108.195, -7.44, '3301011004'],
    ['nothing outside all of them', 108.5, -7.45, null],
  ])('picks %s', (_name, lon, lat, code) => {
    const [x, y] = scene.projection.project(lon, lat);
    expect(featureAt(scene, x, y)?.code ?? null).toBe(code);
  });

  it.each([
    ['a point in the gap just beyond the eastern desa', 108.3005, -7.45, 0.001, '3301012003'],
    ['nothing when the gap is wider than the radius', 108.31, -7.45, 0.001, null],
    ['the desa containing the point before any nearer edge', 108.05, -7.45, 0.1, '3301012001'],
  ])('picks near a border: %s', (_name, lon, lat, radius, code) => {
    const [x, y] = scene.projection.project(lon, lat);
    expect(featureNear(scene, x, y, radius)?.code ?? null).toBe(code);
  });

  it('fades the desa outside a highlight, counts only the highlighted ones and frames them', () => {
    const highlighted = buildScene(layer, results, new Set(['3301012001', '3301012002']));
    expect(highlighted.features.filter((f) => f.faded).map((f) => f.code)).toEqual([
      '3301011004',
      '3301012003',
    ]);
    expect(highlighted.counts).toMatchObject({ maju: 1, berkembang: 1, none: 0 });
    expect(highlighted.faded).toBe(2);
    const west = highlighted.features.find((f) => f.code === '3301012001')!;
    const middle = highlighted.features.find((f) => f.code === '3301012002')!;
    expect(highlighted.focusBox).toEqual([west.box[0], west.box[1], middle.box[2], middle.box[3]]);
    // Without a highlight nothing is faded and the map frames everything.
    expect(scene.faded).toBe(0);
    expect(scene.focusBox).toBeNull();
    expect(scene.features.some((f) => f.faded)).toBe(false);
    // A highlight none of whose desa are on the map frames everything too.
    expect(buildScene(layer, results, new Set(['9999999999'])).focusBox).toBeNull();
  });

  it('fills with the IDM status when no colouring is given', () => {
    expect(scene.features.map((f) => f.fill)).toEqual([null, 'maju', 'berkembang', null]);
  });

  it('fills and counts by the classes of a colouring instead of the status, unclassed desa as none', () => {
    const colouring = {
      classes: [
        { key: 'recent', color: 'green.6', label: '0–29 hari' },
        { key: 'late', color: 'red.7', label: '≥ 90 hari' },
      ],
      byCode: new Map([
        ['3301012001', { key: 'late', text: 'belum pernah dikunjungi' }],
        ['3301012002', { key: 'recent', text: '3 hari lalu' }],
        ['3301012003', { key: 'late', text: '120 hari lalu' }],
      ]),
    };
    const coloured = buildScene(layer, results, null, colouring);
    expect(coloured.features.map((f) => [f.code, f.fill])).toEqual([
      ['3301011004', null],
      ['3301012001', 'late'],
      ['3301012002', 'recent'],
      ['3301012003', 'late'],
    ]);
    // The IDM status is still known (a tap could tell it), but counts follow the colouring.
    expect(coloured.features.find((f) => f.code === '3301012001')?.status).toBe('maju');
    expect(coloured.counts).toEqual({ recent: 1, late: 2, none: 1 });
    // With a highlight the desa outside are faded and not counted, as with IDM colours.
    const scoped = buildScene(layer, results, new Set(['3301012001', '3301012002']), colouring);
    expect(scoped.counts).toEqual({ recent: 1, late: 1, none: 0 });
    expect(scoped.faded).toBe(2);
  });

  it('handles an empty layer', () => {
    const empty = buildScene(buildMapLayer('33', 4, [], layerSettings(1)), new Map());
    expect(empty.box).toEqual([0, 0, 0, 0]);
    expect(featureAt(empty, 0, 0)).toBeNull();
  });
});
