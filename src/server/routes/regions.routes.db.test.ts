import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';

describeEachEngine('wilayah routes', (ctx) => {
  let app: App;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ method: 'GET', url });

  it('lists provinces with national counts', async () => {
    const res = await get('/api/regions');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      counts: { provinces: 4, villages: 76 },
      provinces: [{ code: '33', name: 'Jawa Tengah' }, {}, {}, {}],
    });
  });

  it('gets a region by dotted code with its parent chain', async () => {
    const res = await get('/api/regions/33.74.01.1001');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      code: '3374011001',
      type: 'kelurahan',
      ancestors: [{ code: '33' }, { code: '3374' }, { code: '337401' }],
    });
  });

  it('pages children and validates the page parameters', async () => {
    const res = await get('/api/regions/337401/children?page=2&pageSize=10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 2, pageSize: 10, total: 15 });
    expect(res.json().items).toHaveLength(5);
    const bad = await get('/api/regions/337401/children?pageSize=100000');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('pageSize');
  });

  it('searches villages, optionally within a region', async () => {
    const res = await get('/api/regions/search?q=MIROTO&within=33.74');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      query: 'MIROTO',
      within: { code: '3374' },
      items: [{ code: '3374011001' }],
    });
  });

  it.each([
    ['/api/regions/12x', 400, 'invalid_input', 'code'],
    ['/api/regions/3374014001', 400, 'invalid_input', 'code'],
    ['/api/regions/3399', 404, 'not_found', null],
    ['/api/regions/3399/children', 404, 'not_found', null],
    ['/api/regions/search?q=a', 400, 'invalid_input', 'q'],
    ['/api/regions/search', 400, 'invalid_input', 'q'],
    ['/api/regions/search?q=miroto&limit=0', 400, 'invalid_input', 'limit'],
    ['/api/regions/search?q=miroto&within=nope', 400, 'invalid_input', 'within'],
    ['/api/nothing-here', 404, 'not_found', null],
  ])('answers %s with RFC 9457 problem %i', async (url, status, code, field) => {
    const res = await get(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({
      status,
      code,
      title: expect.any(String),
      detail: expect.any(String),
      type: expect.stringContaining(code.replace('_', '-')),
    });
    if (field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const ui = await get('/api/docs');
    expect([200, 302]).toContain(ui.statusCode);
    const spec = (await get('/api/docs/json')).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/ping',
        '/api/regions',
        '/api/regions/search',
        '/api/regions/{code}',
        '/api/regions/{code}/children',
      ]),
    );
  });

  it('reports a healthy database with its engine', async () => {
    const res = await get('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { engine: ctx.engine, ok: true } });
  });
});
