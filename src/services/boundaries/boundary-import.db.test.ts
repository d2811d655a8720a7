import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { decodeGeometry } from '../../domain/geo/geometry-codec.ts';
import type { MapLayer } from '../../domain/geo/map-layer.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createBoundaryImportService } from './boundary-import.service.ts';
import { MINI_BOUNDARIES_DIR, MINI_DESA_FILE, miniDesaDocument } from './testing.ts';

const system: Actor = { kind: 'system', label: 'uji' };
const official = (role: 'national' | 'province'): Actor => ({
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  label: `petugas ${role}`,
  readOnly: false,
  assignments: [
    { id: 'a', role, scope: role === 'national' ? { kind: 'national' } : { kind: 'region', code: '33' } },
  ],
});

const TABLES = ['region_boundary', 'boundary_layer', 'boundary_import', 'audit_log'] as const;

describeEachEngine('boundary import', (ctx) => {
  let service: ReturnType<typeof createBoundaryImportService>;
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      );
      out[table] = row!.n;
    }
    return out;
  };
  const layers = () =>
    queryRows<{ region: string; level: number; features: number; etag: string; body: Uint8Array }>(
      ctx.db.orm,
      sql`select region_code as region, child_level as level, features, etag, body
          from boundary_layer order by region_code, child_level`,
    );
  const importMini = (document: unknown = miniDesaDocument(), dryRun = false) =>
    service.importDocument(system, { fileName: 'desa.geojson', document, dryRun });

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    service = createBoundaryImportService({ db: ctx.db, now: () => new Date('2026-01-05T08:00:00Z') });
  });
  beforeEach(async () => {
    await ctx.db.orm.execute(sql`truncate boundary_layer, region_boundary, boundary_import cascade`);
    await ctx.db.orm.execute(sql`truncate audit_log`);
  });

  it('imports every feature at the source precision, builds the layers and audits the import', async () => {
    const summary = await importMini();
    expect(summary).toMatchObject({
      fileName: 'desa.geojson',
      dryRun: false,
      features: 26,
      byLevel: { provinces: 0, regencies: 0, districts: 0, villages: 26 },
      inserted: 26,
      updated: 0,
      unchanged: 0,
      unplaced: { count: 0, codes: [] },
    });
    expect(summary.layers.map((l) => [l.region, l.childLevel, l.features])).toEqual([
      ['33', 4, 26],
      ['3301', 4, 11],
      ['3374', 4, 15],
    ]);

    const source = miniDesaDocument().features.find((f) => f.properties.kode === '3301012001')!;
    const [stored] = await queryRows<{ geometry: string; bbox: number[]; level: number; placed: boolean }>(
      ctx.db.orm,
      sql`select geometry, bbox, level, placed from region_boundary where region_code = '3301012001'`,
    );
    expect(decodeGeometry(stored!.geometry)).toEqual([source.geometry.coordinates]);
    expect(stored).toMatchObject({ level: 4, placed: true });
    expect(stored!.bbox).toHaveLength(4);

    const [province] = await layers();
    const layer = JSON.parse(gunzipSync(province!.body).toString('utf8')) as MapLayer;
    expect(layer).toMatchObject({ format: 'kawasan-map', region: '33', childLevel: 4 });
    expect(layer.features.map((f) => f.code)).toEqual(
      miniDesaDocument()
        .features.map((f) => f.properties.kode)
        .sort(),
    );
    expect(province!.etag).toMatch(/^W\/"[\w-]{27}"$/);

    const audit = await queryRows<{ action: string; region: string | null; actor: string }>(
      ctx.db.orm,
      sql`select action, region_code as region, actor_label as actor from audit_log`,
    );
    expect(audit).toEqual([{ action: 'boundary.import', region: '33', actor: 'uji' }]);
  });

  it('is idempotent: a second import changes nothing and rebuilds no layer', async () => {
    await importMini();
    const before = await layers();
    const again = await importMini();
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 26, layers: [] });
    expect((await layers()).map((l) => l.etag)).toEqual(before.map((l) => l.etag));
  });

  it('rebuilds only the layers a changed boundary is in, with a new etag', async () => {
    await importMini();
    const before = new Map((await layers()).map((l) => [`${l.region}:${l.level}`, l.etag]));
    const document = miniDesaDocument();
    const changed = document.features.find((f) => f.properties.kode === '3301012001')!;
    changed.properties.nama = 'Tambakreja Baru';
    const summary = await importMini(document);
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 25 });
    expect(summary.layers.map((l) => `${l.region}:${l.childLevel}`)).toEqual(['33:4', '3301:4']);
    const after = new Map((await layers()).map((l) => [`${l.region}:${l.level}`, l.etag]));
    expect(after.get('33:4')).not.toBe(before.get('33:4'));
    expect(after.get('3374:4')).toBe(before.get('3374:4'));
  });

  it('keeps and reports codes missing from the region list', async () => {
    const document = miniDesaDocument();
    document.features[0]!.properties.kode = '33.01.01.2099';
    const summary = await importMini(document);
    expect(summary).toMatchObject({
      features: 26,
      inserted: 26,
      unplaced: { count: 1, codes: ['3301012099'] },
    });
    const [row] = await queryRows<{ placed: boolean }>(
      ctx.db.orm,
      sql`select placed from region_boundary where region_code = '3301012099'`,
    );
    expect(row).toEqual({ placed: false });
    const [province] = await layers();
    const layer = JSON.parse(gunzipSync(province!.body).toString('utf8')) as MapLayer;
    expect(layer.features.find((f) => f.code === '3301012099')).toMatchObject({ placed: false });
  });

  it('refuses a file with bad features, naming each by index and code, and writes nothing', async () => {
    const document = miniDesaDocument();
    document.features[3]!.properties.kode = '33011';
    (document.features[7]!.geometry as { coordinates: number[][][] }).coordinates[0]!.pop();
    const error = await importMini(document).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Berkas desa.geojson tidak dapat diimpor (2 masalah).');
    expect((error as AppError).issues).toEqual([
      { field: 'features[3] (kode 33011)', message: expect.stringContaining('2, 4, 6 atau 10 digit') },
      {
        field: expect.stringMatching(/^features\[7\] \(kode \d{10}\)$/),
        message: expect.stringContaining('tidak tertutup'),
      },
    ]);
    expect(await counts()).toEqual({
      region_boundary: 0,
      boundary_layer: 0,
      boundary_import: 0,
      audit_log: 0,
    });
  });

  it('previews with a dry run and writes nothing', async () => {
    const summary = await importMini(miniDesaDocument(), true);
    expect(summary).toMatchObject({ dryRun: true, importId: null, inserted: 26, layers: [] });
    expect(await counts()).toEqual({
      region_boundary: 0,
      boundary_layer: 0,
      boundary_import: 0,
      audit_log: 0,
    });
  });

  it('lets only the national scope import boundaries', async () => {
    await expect(
      service.importDocument(official('province'), { fileName: 'x', document: miniDesaDocument() }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      service.importDocument(null, { fileName: 'x', document: miniDesaDocument() }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    const summary = await service.importDocument(official('national'), {
      fileName: 'x',
      document: miniDesaDocument(),
    });
    expect(summary.inserted).toBe(26);
  });

  it('imports a folder file by file, with progress, building the kecamatan layers too', async () => {
    const events: string[] = [];
    const run = await service.importPath(system, {
      path: MINI_BOUNDARIES_DIR,
      onProgress: (e) => events.push(`${e.kind} ${e.index}/${e.files} ${e.label}`),
    });
    expect(run.failed).toEqual([]);
    expect(run.imported.map((s) => [s.fileName, s.features])).toEqual([
      ['desa-kedungreja-semarang-tengah.geojson', 26],
      ['kecamatan/kedungreja-semarang-tengah.geojson', 2],
    ]);
    expect(events).toEqual([
      'file 1/2 desa-kedungreja-semarang-tengah.geojson',
      'imported 1/2 desa-kedungreja-semarang-tengah.geojson',
      'file 2/2 kecamatan/kedungreja-semarang-tengah.geojson',
      'imported 2/2 kecamatan/kedungreja-semarang-tengah.geojson',
    ]);
    expect((await layers()).map((l) => `${l.region}:${l.level}:${l.features}`)).toEqual([
      '33:3:2',
      '33:4:26',
      '3301:3:1',
      '3301:4:11',
      '3374:3:1',
      '3374:4:15',
    ]);
    expect((await counts()).boundary_import).toBe(2);
  });

  it('reports the files it cannot import and goes on with the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kawasan-boundaries-'));
    try {
      writeFileSync(join(dir, 'a-rusak.geojson'), '{"type":"FeatureCollection","features":[');
      const bad = miniDesaDocument();
      bad.features[2]!.properties.kode = 'x';
      writeFileSync(join(dir, 'b-salah.geojson'), JSON.stringify(bad));
      writeFileSync(join(dir, 'c-baik.geojson.gz'), gzipSync(readFileSync(MINI_DESA_FILE)));
      writeFileSync(join(dir, 'catatan.txt'), 'bukan GeoJSON');
      const run = await service.importPath(system, { path: dir });
      expect(run.files).toBe(3);
      expect(run.imported.map((s) => [s.fileName, s.inserted])).toEqual([['c-baik.geojson.gz', 26]]);
      expect(run.failed.map((f) => [f.label, (f.error as AppError).message])).toEqual([
        ['a-rusak.geojson', expect.stringContaining('bukan JSON yang sah')],
        ['b-salah.geojson', 'Berkas b-salah.geojson tidak dapat diimpor (1 masalah).'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await expect(service.importPath(system, { path: `${MINI_DESA_FILE}.nope` })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('tidak ditemukan'),
    });
  });
});
