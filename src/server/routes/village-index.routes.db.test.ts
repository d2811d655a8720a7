import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { createIndexImportService } from '../../services/village-index/index-import.service.ts';
import { idmSheetHeader, SYSTEM_ACTOR } from '../../services/village-index/testing.ts';
import { type App, buildApp } from '../app.ts';

describeEachEngine('village index routes', (ctx) => {
  let app: App;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    const imports = createIndexImportService({ db: ctx.db, now: () => new Date() });
    const sheet = (year: number, value: string, status: string) => [
      idmSheetHeader(year),
      ['3301012001', 'Desa A', '0.7', '0.7', '0.7', value, status],
    ];
    await imports.importIdmSheet(SYSTEM_ACTOR, {
      fileName: '2024.csv',
      cells: sheet(2024, '0.7444', 'MAJU'),
    });
    await imports.importIdmSheet(SYSTEM_ACTOR, { fileName: '2023.csv', cells: sheet(2023, '0.7', 'MAJU') });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());

  it('returns a desa history, oldest first, flagging a published status that disagrees', async () => {
    const res = await app.inject('/api/regions/33.01.01.2001/index');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      code: '3301012001',
      results: [
        expect.objectContaining({
          year: 2023,
          value: 0.7,
          officialStatus: 'maju',
          computedStatus: 'berkembang',
          disagrees: true,
        }),
        expect.objectContaining({
          year: 2024,
          value: 0.7444,
          officialStatus: 'maju',
          computedStatus: 'maju',
          disagrees: false,
          placed: true,
          schemeName: 'Indeks Desa Membangun',
        }),
      ],
    });
  });

  it.each([
    ['/api/regions/3301/index', 400],
    ['/api/regions/12x/index', 400],
  ])('%s → %i', async (url, status) => {
    expect((await app.inject(url)).statusCode).toBe(status);
  });

  it('summarises the country and each region from the rollups, with child regions', async () => {
    const national = (await app.inject('/api/village-index/summary')).json();
    expect(national).toMatchObject({ scheme: 'idm-2016', year: 2024, years: [2023, 2024], region: null });
    expect(national.summary).toEqual({
      villages: 1,
      scored: 1,
      mean: { value: 0.7444, iks: 0.7, ike: 0.7, ikl: 0.7 },
      statuses: { sangat_tertinggal: 0, tertinggal: 0, berkembang: 0, maju: 1, mandiri: 0 },
      histogram: [...Array(14).fill(0), 1, ...Array(5).fill(0)],
    });
    // Desa A was published Maju in both years.
    expect(national.movement).toMatchObject({ fromYear: 2023, toYear: 2024, compared: 1, same: 1, up: 0 });
    expect(national.children).toEqual([
      { region: { code: '33', codeDotted: '33', name: 'Jawa Tengah' }, summary: national.summary },
    ]);
    const kecamatan = (await app.inject('/api/village-index/summary?region=33.01.01&year=2023')).json();
    expect(kecamatan).toMatchObject({
      year: 2023,
      region: { code: '330101', name: 'Kedungreja' },
      summary: { mean: { value: 0.7 } },
      movement: null,
      children: [],
    });
    const empty = (await app.inject('/api/village-index/summary?region=3374')).json();
    expect(empty).toMatchObject({ region: { code: '3374' }, summary: null, children: [] });
  });

  it.each([
    ['/api/village-index/summary?region=3301012001', 400],
    ['/api/village-index/summary?region=33x', 400],
    ['/api/village-index/summary?region=3399', 404],
    ['/api/village-index/summary?year=abc', 400],
  ])('%s → %i', async (url, status) => {
    expect((await app.inject(url)).statusCode).toBe(status);
  });

  it('lists every desa result in a region and year, in code order', async () => {
    const list = (await app.inject('/api/village-index/villages?region=33.01')).json();
    expect(list).toEqual({
      scheme: 'idm-2016',
      year: 2024,
      years: [2023, 2024],
      region: { code: '3301', codeDotted: '33.01', name: expect.any(String) },
      villages: [
        {
          code: '3301012001',
          name: 'Desa A',
          regionName: 'Tambakreja',
          value: 0.7444,
          iks: 0.7,
          ike: 0.7,
          ikl: 0.7,
          status: 'maju',
          computedStatus: 'maju',
          placed: true,
        },
      ],
    });
    const older = (await app.inject('/api/village-index/villages?region=330101&year=2023')).json();
    expect(older.villages.map((v: { value: number }) => v.value)).toEqual([0.7]);
    const elsewhere = (await app.inject('/api/village-index/villages?region=3374')).json();
    expect(elsewhere.villages).toEqual([]);
  });

  it.each([
    ['/api/village-index/villages', 400],
    ['/api/village-index/villages?region=3301012001', 400],
    ['/api/village-index/villages?region=3399', 404],
  ])('%s → %i', async (url, status) => {
    expect((await app.inject(url)).statusCode).toBe(status);
  });

  it('answers an empty history for a desa without results', async () => {
    expect((await app.inject('/api/regions/3301012002/index')).json()).toEqual({
      code: '3301012002',
      results: [],
    });
  });
});
