import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES, readBoundaryCollection } from './boundary-features.ts';

const ring = [
  [108.78, -7.52],
  [108.79, -7.52],
  [108.79, -7.53],
  [108.78, -7.52],
];
const polygon = { type: 'Polygon', coordinates: [ring] };
const feature = (properties: Record<string, unknown>, geometry: unknown = polygon) => ({
  type: 'Feature',
  properties,
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('reading a boundary file', () => {
  it('reads Polygon and MultiPolygon features as multipolygons, with level, bbox and canonical code', () => {
    const result = readBoundaryCollection(
      collection(
        feature({ kode: '3301012001', nama: ' Tambakreja ' }),
        feature({ kode: '33.01', nama: 'Cilacap' }, { type: 'MultiPolygon', coordinates: [[ring], [ring]] }),
        feature(
          { kode: 33, nama: 'Jawa Tengah' },
          { type: 'Polygon', coordinates: [ring.map((p) => [...p, 12])] },
        ),
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.features.map((f) => [f.index, f.code, f.level, f.name, f.geometry.length])).toEqual([
      [0, '3301012001', 4, 'Tambakreja', 1],
      [1, '3301', 2, 'Cilacap', 2],
      [2, '33', 1, 'Jawa Tengah', 1],
    ]);
    expect(result.features[0]!.bbox).toEqual([108.78, -7.53, 108.79, -7.52]);
    // Altitudes are dropped.
    expect(result.features[2]!.geometry[0]![0]![0]).toEqual([108.78, -7.52]);
  });

  it('accepts the common alternative property names', () => {
    const result = readBoundaryCollection(collection(feature({ code: '3301', name: 'Cilacap' })));
    expect(result.ok && result.features[0]!.code).toBe('3301');
  });

  it.each([
    ['no code', feature({ nama: 'A' }), null, /Tanpa kode wilayah/],
    ['a 3-digit code', feature({ kode: '330', nama: 'A' }), '330', /2, 4, 6 atau 10 digit/],
    ['a bad village type digit', feature({ kode: '3301094001', nama: 'A' }), '3301094001', /Digit ke-7/],
    ['no name', feature({ kode: '3301' }), '3301', /Tanpa nama wilayah/],
    ['no geometry', feature({ kode: '3301', nama: 'A' }, null), '3301', /tanpa geometri/],
    [
      'a point',
      feature({ kode: '3301', nama: 'A' }, { type: 'Point', coordinates: [108, -7] }),
      '3301',
      /Point tidak didukung/,
    ],
    [
      'an open ring',
      feature(
        { kode: '3301', nama: 'A' },
        { type: 'Polygon', coordinates: [[...ring.slice(0, 3), [108.7, -7.5]]] },
      ),
      '3301',
      /Cincin 0 tidak tertutup/,
    ],
    [
      'a ring of three positions',
      feature({ kode: '3301', nama: 'A' }, { type: 'Polygon', coordinates: [ring.slice(1)] }),
      '3301',
      /hanya punya 3 titik/,
    ],
    [
      'swapped latitude and longitude',
      feature({ kode: '3301', nama: 'A' }, { type: 'Polygon', coordinates: [ring.map(([x, y]) => [y, x])] }),
      '3301',
      /di luar wilayah Indonesia/,
    ],
    [
      'projected metres',
      feature(
        { kode: '3301', nama: 'A' },
        { type: 'Polygon', coordinates: [ring.map(([x, y]) => [x! * 1e4, y! * 1e4])] },
      ),
      '3301',
      /derajat WGS 84/,
    ],
    [
      'text coordinates',
      feature(
        { kode: '3301', nama: 'A' },
        { type: 'Polygon', coordinates: [ring.map(([x, y]) => [String(x), y])] },
      ),
      '3301',
      /berupa angka/,
    ],
    [
      'an empty part of a multipolygon',
      feature({ kode: '3301', nama: 'A' }, { type: 'MultiPolygon', coordinates: [[ring], []] }),
      '3301',
      /Poligon 1 tanpa cincin/,
    ],
    ['not a feature', { type: 'Polygon', coordinates: [ring] }, null, /Bukan GeoJSON Feature/],
  ])('reports %s with the feature’s index and code', (_name, bad, code, message) => {
    const result = readBoundaryCollection(collection(feature({ kode: '3301012001', nama: 'Baik' }), bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([{ index: 1, code, message: expect.stringMatching(message) }]);
  });

  it('reports a code used twice, naming the first use', () => {
    const result = readBoundaryCollection(
      collection(feature({ kode: '3301', nama: 'A' }), feature({ kode: '33.01', nama: 'B' })),
    );
    expect(!result.ok && result.issues).toEqual([
      { index: 1, code: '33.01', message: 'Kode 3301 sudah dipakai features[0].' },
    ]);
  });

  it('reports every problem of a feature, and of every feature', () => {
    const result = readBoundaryCollection(
      collection(feature({ kode: 'x' }, null), feature({ kode: '3301' })),
    );
    expect(!result.ok && result.issues.map((i) => i.index)).toEqual([0, 0, 0, 1]);
  });

  it('counts every problem but lists only the first ones', () => {
    const bad = Array.from({ length: MAX_LISTED_ISSUES + 5 }, () => feature({ nama: 'A' }));
    const result = readBoundaryCollection(collection(...bad));
    expect(!result.ok && [result.issueCount, result.issues.length]).toEqual([
      MAX_LISTED_ISSUES + 5,
      MAX_LISTED_ISSUES,
    ]);
  });

  it.each([[null], [[]], [{ type: 'Feature' }], [{ type: 'FeatureCollection' }]])(
    'refuses a document that is not a FeatureCollection: %j',
    (document) => {
      const result = readBoundaryCollection(document);
      expect(!result.ok && result.issues[0]).toEqual({
        index: -1,
        code: null,
        message: 'Berkas harus berupa GeoJSON FeatureCollection.',
      });
    },
  );
});
