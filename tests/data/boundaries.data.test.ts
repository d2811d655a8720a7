/**
 * The real Badan Informasi Geospasial boundaries (../shared/data/geo/): the Jawa Tengah desa file
 * through the import on the embedded database, and every province's desa map layer against the
 * 2 MB target. Reported as NOT RUN where that data is absent.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.ts';
import { createTestDatabase, type TestDatabase } from '../../src/db/test-database.ts';
import { adjacencyGraph, adjacentPairs } from '../../src/domain/geo/adjacency.ts';
import { readBoundaryCollection } from '../../src/domain/geo/boundary-features.ts';
import { decodeGeometry } from '../../src/domain/geo/geometry-codec.ts';
import { buildMapLayer, layerSettings, type MapLayer } from '../../src/domain/geo/map-layer.ts';
import { createAdjacencyService } from '../../src/services/boundaries/adjacency.service.ts';
import {
  type BoundaryRunSummary,
  createBoundaryImportService,
} from '../../src/services/boundaries/boundary-import.service.ts';
import { packLayer } from '../../src/services/boundaries/boundary-layers.ts';
import { readBoundaryFile } from '../../src/services/boundaries/boundary-source.ts';
import { importWilayah } from '../../src/services/regions/wilayah-import.service.ts';
import { bundledWilayahSource } from '../../src/services/regions/wilayah-source.ts';
import { hasSharedData, SHARED_DATA_DIR } from './shared-data.ts';

const GEO = join(SHARED_DATA_DIR, 'geo');
const JAWA_TENGAH = join(GEO, 'desa', '33.geojson.gz');
const TWO_MB = 2 * 1024 * 1024;

describe.runIf(hasSharedData)('Jawa Tengah desa boundaries through the import', { timeout: 120_000 }, () => {
  let handle: TestDatabase;
  let run: BoundaryRunSummary;
  beforeAll(async () => {
    handle = await createTestDatabase('pglite');
    await importWilayah(handle.db, { source: bundledWilayahSource() });
    run = await createBoundaryImportService({ db: handle.db, now: () => new Date() }).importPath(
      { kind: 'system', label: 'uji' },
      { path: JAWA_TENGAH },
    );
  }, 180_000);
  afterAll(() => handle?.dispose());

  it('keeps all 8,561 desa and kelurahan, every one of them in the region list', async () => {
    expect(run.failed).toEqual([]);
    expect(run.imported[0]).toMatchObject({ features: 8_561, inserted: 8_561, unplaced: { count: 0 } });
    const [row] = await queryRows<{ n: number; placed: number }>(
      handle.db.orm,
      sql`select count(*)::int as n, count(*) filter (where placed)::int as placed from region_boundary`,
    );
    expect(row).toEqual({ n: 8_561, placed: 8_561 });
  });

  it('stores every position exactly as the source has it', async () => {
    const read = readBoundaryCollection(await readBoundaryFile({ path: JAWA_TENGAH, label: '33' }));
    if (!read.ok) throw new Error('source file invalid');
    const sample = read.features.filter((_, i) => i % 500 === 0);
    for (const f of sample) {
      const [stored] = await queryRows<{ geometry: string }>(
        handle.db.orm,
        sql`select geometry from region_boundary where region_code = ${f.code}`,
      );
      expect(decodeGeometry(stored!.geometry)).toEqual(f.geometry);
    }
  });

  it('builds the province map and one map per kabupaten/kota, the province map under 2 MB', async () => {
    const layers = await queryRows<{ region: string; features: number; bytes: number; body: Uint8Array }>(
      handle.db.orm,
      sql`select region_code as region, features, bytes, body from boundary_layer where child_level = 4 order by region_code`,
    );
    expect(layers).toHaveLength(36); // the province, 29 kabupaten and 6 kota
    const province = layers[0]!;
    expect(province).toMatchObject({ region: '33', features: 8_561 });
    expect(province.bytes).toBeLessThanOrEqual(TWO_MB);
    const layer = JSON.parse(gunzipSync(province.body).toString('utf8')) as MapLayer;
    expect(layer.features).toHaveLength(8_561);
    expect(layers.slice(1).reduce((sum, l) => sum + l.features, 0)).toBe(8_561);
  });

  it('finds the neighbours of every desa, only the islands of Karimunjawa left alone', async () => {
    const adjacency = run.imported[0]!.adjacency;
    expect(adjacency.provinces).toEqual(['33']);
    const graph = await createAdjacencyService(handle.db.orm).graphWithin('33');
    expect(graph.size).toBe(8_561);
    const alone = [...graph].filter(([, neighbours]) => neighbours.length === 0).map(([code]) => code);
    // Pulau Parang and Pulau Nyamuk, islands of Kecamatan Karimunjawa (Jepara) in the Java Sea.
    expect(alone).toEqual(['3320102003', '3320102004']);
    const degree = (2 * adjacency.pairs) / graph.size;
    expect(degree).toBeGreaterThan(5);
    expect(degree).toBeLessThan(6.5);
    // The stored graph is the one computed straight from the file.
    const read = readBoundaryCollection(await readBoundaryFile({ path: JAWA_TENGAH, label: '33' }));
    if (!read.ok) throw new Error('source file invalid');
    const inputs = read.features.map((f) => ({ code: f.code, geometry: f.geometry }));
    const direct = adjacencyGraph(adjacentPairs(inputs));
    expect(adjacency.pairs).toBe([...direct.values()].reduce((sum, list) => sum + list.length, 0) / 2);
    for (const [code, neighbours] of direct) expect(graph.get(code)).toEqual(neighbours);
  });
});

describe.runIf(hasSharedData)('every province’s desa map', { timeout: 120_000 }, () => {
  it('stays under 2 MB compressed, for all 83,398 desa and kelurahan', async () => {
    const sizes: Record<string, number> = {};
    let features = 0;
    for (const name of readdirSync(join(GEO, 'desa')).sort()) {
      const read = readBoundaryCollection(await readBoundaryFile({ path: join(GEO, 'desa', name), label: name }));
      expect(read.ok, name).toBe(true);
      if (!read.ok) continue;
      features += read.features.length;
      const region = name.slice(0, 2);
      const inputs = read.features.map((f) => ({ code: f.code, name: f.name, placed: true, geometry: f.geometry }));
      sizes[region] = packLayer(buildMapLayer(region, 4, inputs, layerSettings(1))).body.length;
    }
    expect(Object.keys(sizes)).toHaveLength(38);
    expect(features).toBe(83_398);
    const over = Object.entries(sizes).filter(([, bytes]) => bytes > TWO_MB);
    expect(over).toEqual([]);
  });
});
