import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/testing.ts';
import type { MapLayer } from '../../domain/geo/map-layer.ts';
import { createBoundaryImportService } from '../../services/boundaries/boundary-import.service.ts';
import { MINI_BOUNDARIES_DIR, miniDesaDocument } from '../../services/boundaries/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { acceptsGzip, matchesEtag } from './boundaries.routes.ts';

describeEachEngine('map route', (ctx) => {
  let app: App;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('answers 404 with how to import boundaries while there are none', async () => {
    const res = await get('/api/regions/33/map?level=4');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().detail).toContain('kawasan import boundaries');
  });

  it.each([
    ['a code that is not a code', '/api/regions/abc/map', 'code'],
    ['a kecamatan', '/api/regions/330101/map', 'code'],
    ['a desa', '/api/regions/3301012001/map', 'code'],
    ['level 1', '/api/regions/33/map?level=1', 'level'],
    ['level 5', '/api/regions/33/map?level=5', 'level'],
    ['a level that is not a number', '/api/regions/33/map?level=desa', 'level'],
    ['kabupaten outlines of a kabupaten', '/api/regions/3301/map?level=2', 'level'],
  ])('answers 400 for %s', async (_name, url, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe(field);
  });

  it('is documented in the OpenAPI document, with the layer format', async () => {
    const spec = (await get('/api/docs/json')).json();
    const route = spec.paths['/api/regions/{code}/map'].get;
    expect(route.parameters.map((p: { name: string }) => p.name)).toEqual(['level', 'code']);
    expect(JSON.stringify(route.responses['200'])).toContain('MapLayer');
    expect(spec.components.schemas.MapLayer.properties.format).toMatchObject({
      type: 'string',
      enum: ['kawasan-map'],
    });
  });

  describe('once boundaries are imported', () => {
    beforeAll(async () => {
      const imports = createBoundaryImportService({ db: ctx.db, now: () => new Date() });
      const run = await imports.importPath({ kind: 'system', label: 'uji' }, { path: MINI_BOUNDARIES_DIR });
      expect(run.failed).toEqual([]);
    });

    it('sends the stored layer gzip-compressed, with an etag and cache headers', async () => {
      const res = await get('/api/regions/33/map?level=4', { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers.etag).toMatch(/^W\/".+"$/);
      expect(res.headers['cache-control']).toBe('public, max-age=3600, must-revalidate');
      expect(res.headers.vary).toContain('accept-encoding');
      const layer = JSON.parse(gunzipSync(res.rawPayload).toString('utf8')) as MapLayer;
      expect(layer).toMatchObject({ format: 'kawasan-map', v: 1, region: '33', childLevel: 4 });
      expect(layer.features).toHaveLength(26);
    });

    it('decompresses for a client that does not accept gzip, with the same etag', async () => {
      const zipped = await get('/api/regions/33.01/map', { 'accept-encoding': 'gzip' });
      const plain = await get('/api/regions/33.01/map', { 'accept-encoding': 'identity, gzip;q=0' });
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.etag).toBe(zipped.headers.etag);
      const layer = plain.json() as MapLayer;
      expect(layer.region).toBe('3301');
      expect(layer.features.map((f) => f.code)).toEqual(
        Array.from({ length: 11 }, (_, i) => `33010120${String(i + 1).padStart(2, '0')}`),
      );
    });

    it('answers 304 without a body when the etag matches', async () => {
      const first = await get('/api/regions/3374/map?level=4', { 'accept-encoding': 'gzip' });
      const etag = first.headers.etag as string;
      const again = await get('/api/regions/3374/map?level=4', {
        'if-none-match': etag,
        'accept-encoding': 'gzip',
      });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
      expect(again.headers.etag).toBe(etag);
      const stale = await get('/api/regions/3374/map?level=4', { 'if-none-match': 'W/"lama"' });
      expect(stale.statusCode).toBe(200);
    });

    it('serves a layer changed by a new import at once, never the body it held before', async () => {
      const before = await get('/api/regions/3301/map?level=4');
      const document = miniDesaDocument();
      document.features.find((f) => f.properties.kode === '3301012001')!.properties.nama = 'Tambakreja Baru';
      const imports = createBoundaryImportService({ db: ctx.db, now: () => new Date() });
      await imports.importDocument({ kind: 'system', label: 'uji' }, { fileName: 'baru.geojson', document });
      const after = await get('/api/regions/3301/map?level=4');
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect((after.json() as MapLayer).features[0]!.name).toBe('Tambakreja Baru');
      const revalidated = await get('/api/regions/3301/map?level=4', {
        'if-none-match': before.headers.etag as string,
      });
      expect(revalidated.statusCode).toBe(200);
    });

    it('serves the kecamatan outlines of a kabupaten, and 404 for a layer never imported', async () => {
      const kecamatan = await get('/api/regions/3301/map?level=3');
      expect(kecamatan.statusCode).toBe(200);
      expect((kecamatan.json() as MapLayer).features.map((f) => f.code)).toEqual(['330101']);
      const regencies = await get('/api/regions/33/map?level=2');
      expect(regencies.statusCode).toBe(404);
      expect(regencies.json().detail).toContain('Batas kabupaten/kota di wilayah 33 belum diimpor');
    });
  });
});

describe('map route headers', () => {
  it.each([
    ['gzip', true],
    ['gzip;q=0.5, br', true],
    ['br, deflate', false],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false],
  ])('accept-encoding %s → gzip %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it.each([
    ['W/"abc"', 'W/"abc"', true],
    ['"abc"', 'W/"abc"', true],
    ['"x", W/"abc"', 'W/"abc"', true],
    ['*', 'W/"abc"', true],
    ['W/"abd"', 'W/"abc"', false],
  ])('if-none-match %s against %s → %s', (header, etag, expected) => {
    expect(matchesEtag(header, etag)).toBe(expected);
  });
});

describeEachEngine('neighbours route', (ctx) => {
  let app: App;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());
  const get = (url: string) => app.inject({ method: 'GET', url });

  it('answers 404 with how to import boundaries while the desa has none', async () => {
    const res = await get('/api/regions/3374011015/neighbours');
    expect(res.statusCode).toBe(404);
    expect(res.json().detail).toContain('kawasan import boundaries');
  });

  it.each([
    ['a code that is not a code', '/api/regions/abc/neighbours'],
    ['a kecamatan', '/api/regions/337401/neighbours'],
    ['a province', '/api/regions/33/neighbours'],
  ])('answers 400 for %s', async (_name, url) => {
    const res = await get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('code');
  });

  it('is documented in the OpenAPI document', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const route = spec.paths['/api/regions/{code}/neighbours'].get;
    expect(JSON.stringify(route.responses['200'])).toContain('RegionNeighbours');
  });

  describe('once boundaries are imported', () => {
    beforeAll(async () => {
      const imports = createBoundaryImportService({ db: ctx.db, now: () => new Date() });
      const summary = await imports.importDocument(
        { kind: 'system', label: 'uji' },
        { fileName: 'desa.geojson', document: miniDesaDocument() },
      );
      expect(summary.adjacency.pairs).toBe(52);
    });

    it('lists the neighbour desa with names and distances, for a dotted code too', async () => {
      const res = await get('/api/regions/33.01.01.2011/neighbours');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        code: '3301012011',
        codeDotted: '33.01.01.2011',
        name: 'Bojongsari',
        toleranceM: 30,
        neighbours: [{ code: '3301012006', codeDotted: '33.01.01.2006', name: 'Rejamulya', distanceM: 0 }],
      });
      const sekayu = (await get('/api/regions/3374011007/neighbours')).json();
      expect(sekayu.neighbours.map((n: { code: string }) => n.code)).toEqual([
        '3374011001',
        '3374011006',
        '3374011008',
        '3374011013',
        '3374011015',
      ]);
    });

    it('answers 404 for a desa code missing from the region list', async () => {
      const res = await get('/api/regions/3301012099/neighbours');
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toContain('33.01.01.2099');
    });
  });
});
