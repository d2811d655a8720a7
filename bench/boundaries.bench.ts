/**
 * Boundaries and maps: the boundary import of Jawa Tengah's 8,561 desa, the compressed size of
 * the province map layers against the 2 MB target, the map route's latency over HTTP (a full
 * download and a 304 revalidation), and desa adjacency for Jawa Tengah against its 30 s target. Needs ../shared/data/geo; reported as not run without it.
 * Run alone: `node --import tsx bench/boundaries.bench.ts` (PostgreSQL too with TEST_DATABASE_URL).
 */
import { existsSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Database, type Engine, queryRows } from '../src/db/client.ts';
import { createTestDatabase } from '../src/db/test-database.ts';
import { adjacencyGraph, adjacentPairs } from '../src/domain/geo/adjacency.ts';
import { readBoundaryCollection } from '../src/domain/geo/boundary-features.ts';
import { buildMapLayer, layerSettings } from '../src/domain/geo/map-layer.ts';
import { buildApp } from '../src/server/app.ts';
import { createBoundaryImportService } from '../src/services/boundaries/boundary-import.service.ts';
import { packLayer } from '../src/services/boundaries/boundary-layers.ts';
import { readBoundaryFile } from '../src/services/boundaries/boundary-source.ts';
import { importWilayah } from '../src/services/regions/wilayah-import.service.ts';
import { bundledWilayahSource } from '../src/services/regions/wilayah-source.ts';
import { hasSharedData, SHARED_DATA_DIR } from '../tests/data/shared-data.ts';
import { median, percentile, round, time } from './stats.ts';

const GEO = join(SHARED_DATA_DIR, 'geo');
const JAWA_TENGAH = join(GEO, 'desa', '33.geojson.gz');
export const MAP_TARGET_BYTES = 2 * 1024 * 1024;
export const ADJACENCY_TARGET_MS = 30_000;

export interface BoundaryBenchResult {
  features: number;
  /** Import of the Jawa Tengah desa file into a database without boundaries (median). */
  importMs: number;
  reimportUnchangedMs: number;
  jawaTengahLayerBytes: number;
  /** The largest province desa layer of the whole country (built the way an import builds it). */
  largestLayer: { region: string; features: number; bytes: number } | null;
  adjacency: {
    /** `adjacentPairs` on the decoded file alone, one core (median). */
    computeMs: number;
    /** Inside the import: reading and decoding the stored boundaries, computing, COPY (median). */
    importMs: number;
    pairs: number;
    /** Desa with a polygon and no neighbour. */
    alone: number;
  };
  route: {
    fullMedianMs: number;
    fullP95Ms: number;
    revalidateMedianMs: number;
    revalidateP95Ms: number;
    requests: number;
  };
}

function request(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; etag: string; bytes: number }>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: String(res.headers.etag), bytes }));
    });
    req.on('error', reject);
  });
}

/** Builds every province's desa layer from the shared files, one file at a time; the largest. */
async function largestProvinceLayer(): Promise<BoundaryBenchResult['largestLayer']> {
  let largest: BoundaryBenchResult['largestLayer'] = null;
  for (const name of readdirSync(join(GEO, 'desa')).sort()) {
    const read = readBoundaryCollection(
      await readBoundaryFile({ path: join(GEO, 'desa', name), label: name }),
    );
    if (!read.ok) throw new Error(`${name} is invalid`);
    const region = name.slice(0, 2);
    const layer = buildMapLayer(
      region,
      4,
      read.features.map((f) => ({ code: f.code, name: f.name, placed: true, geometry: f.geometry })),
      layerSettings(1),
    );
    const { body } = packLayer(layer);
    if (!largest || body.length > largest.bytes)
      largest = { region, features: read.features.length, bytes: body.length };
  }
  return largest;
}

/** Desa adjacency of Jawa Tengah straight from the file: the pure computation's time and its islands. */
async function benchAdjacency(runs: number): Promise<{ computeMs: number; alone: number }> {
  const read = readBoundaryCollection(await readBoundaryFile({ path: JAWA_TENGAH, label: '33' }));
  if (!read.ok) throw new Error('33.geojson.gz is invalid');
  const inputs = read.features.map((f) => ({ code: f.code, geometry: f.geometry }));
  const times: number[] = [];
  let graph = new Map<string, string[]>();
  for (let i = 0; i < Math.max(runs, 3); i++)
    times.push(
      await time(async () => {
        graph = adjacencyGraph(adjacentPairs(inputs));
      }),
    );
  return { computeMs: median(times), alone: inputs.length - graph.size };
}

/** Runs on `db` (migrated, any state); leaves the national regions and Jawa Tengah's boundaries in it. */
export async function benchBoundaries(
  db: Database,
  runs: number,
  requests = 200,
): Promise<BoundaryBenchResult | null> {
  if (!hasSharedData || !existsSync(JAWA_TENGAH)) return null;
  await importWilayah(db, { source: bundledWilayahSource() });
  const service = createBoundaryImportService({ db, now: () => new Date() });
  const system = { kind: 'system' as const, label: 'bench' };
  const imports: number[] = [];
  const adjacencyInImport: number[] = [];
  let features = 0;
  let pairs = 0;
  for (let i = 0; i < runs; i++) {
    await db.orm.execute(sql`truncate boundary_layer, region_boundary, boundary_import cascade`);
    imports.push(
      await time(async () => {
        const run = await service.importPath(system, { path: JAWA_TENGAH });
        features = run.imported[0]?.features ?? 0;
        pairs = run.imported[0]?.adjacency.pairs ?? 0;
        adjacencyInImport.push(run.imported[0]?.adjacency.ms ?? 0);
      }),
    );
  }
  const adjacency = await benchAdjacency(runs);
  const reimportUnchangedMs = await time(() => service.importPath(system, { path: JAWA_TENGAH }));
  const [layer] = await queryRows<{ bytes: number }>(
    db.orm,
    sql`select bytes from boundary_layer where region_code = '33' and child_level = 4`,
  );

  const app = await buildApp({ db, version: 'bench' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  try {
    const path = '/api/regions/33/map?level=4';
    const gzip = { 'accept-encoding': 'gzip' };
    const first = await request(port, path, gzip);
    if (first.status !== 200) throw new Error(`${path} answered ${first.status}`);
    const full: number[] = [];
    const revalidate: number[] = [];
    for (let i = 0; i < requests; i++) {
      full.push(await time(() => request(port, path, gzip)));
      revalidate.push(await time(() => request(port, path, { ...gzip, 'if-none-match': first.etag })));
    }
    return {
      features,
      importMs: median(imports),
      reimportUnchangedMs,
      jawaTengahLayerBytes: layer?.bytes ?? 0,
      largestLayer: await largestProvinceLayer(),
      adjacency: { ...adjacency, importMs: median(adjacencyInImport), pairs },
      route: {
        fullMedianMs: median(full),
        fullP95Ms: percentile(full, 95),
        revalidateMedianMs: median(revalidate),
        revalidateP95Ms: percentile(revalidate, 95),
        requests,
      },
    };
  } finally {
    await app.close();
  }
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');
const kb = (bytes: number) => `${round(bytes / 1024, 0)} KB`;

/** The boundaries rows of the benchmark table. */
export function renderBoundariesMarkdown(
  results: readonly { engine: Engine; boundaries: BoundaryBenchResult | null }[],
): string {
  const lines = ['', '| engine | boundaries and maps | value | target |', '|---|---|---|---|'];
  for (const { engine: e, boundaries: b } of results) {
    if (!b) {
      lines.push(`| ${e} | boundaries and maps | not run: ${GEO} missing | |`);
      continue;
    }
    const largest = b.largestLayer;
    lines.push(
      `| ${e} | boundary import, Jawa Tengah desa file, ${b.features.toLocaleString('en')} polygons, with its 36 map layers and desa adjacency (ms) | ${round(b.importMs, 0)} | |`,
      `| ${e} | same file again, nothing changed (ms) | ${round(b.reimportUnchangedMs, 0)} | |`,
      `| ${e} | Jawa Tengah desa map, compressed | ${kb(b.jawaTengahLayerBytes)} | ≤ 2 MB ${mark(b.jawaTengahLayerBytes <= MAP_TARGET_BYTES)} |`,
      largest
        ? `| ${e} | largest province desa map (${largest.region}, ${largest.features.toLocaleString('en')} polygons), compressed | ${kb(largest.bytes)} | ≤ 2 MB ${mark(largest.bytes <= MAP_TARGET_BYTES)} |`
        : `| ${e} | largest province desa map | not run | |`,
      `| ${e} | desa adjacency, Jawa Tengah, computed from the file, one core (ms) | ${round(b.adjacency.computeMs, 0)} | ≤ 30 s ${mark(b.adjacency.computeMs <= ADJACENCY_TARGET_MS)} |`,
      `| ${e} | desa adjacency inside the import: read, compute, COPY (ms) | ${round(b.adjacency.importMs, 0)} | ≤ 30 s ${mark(b.adjacency.importMs <= ADJACENCY_TARGET_MS)} |`,
      `| ${e} | desa adjacency, Jawa Tengah: pairs of neighbours; desa without one | ${b.adjacency.pairs.toLocaleString('en')}; ${b.adjacency.alone} | |`,
      `| ${e} | map route, Jawa Tengah, full download, sequential (ms) | median ${round(b.route.fullMedianMs)}, p95 ${round(b.route.fullP95Ms)} | |`,
      `| ${e} | map route, 304 revalidation, sequential (ms) | median ${round(b.route.revalidateMedianMs)}, p95 ${round(b.route.revalidateP95Ms)} | |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('boundaries.bench.ts')) {
  const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const results: { engine: Engine; boundaries: BoundaryBenchResult | null }[] = [];
  for (const engine of engines) {
    process.stdout.write(`[${engine}] boundaries and maps…\n`);
    const handle = await createTestDatabase(engine);
    try {
      results.push({
        engine,
        boundaries: await benchBoundaries(handle.db, Number(process.env.BENCH_IMPORT_RUNS ?? 3)),
      });
    } finally {
      await handle.dispose();
    }
  }
  process.stdout.write(renderBoundariesMarkdown(results));
}
