/**
 * `npm run bench`: measures Kawasan against the physical limits of this machine and writes
 * bench/results/latest.json and latest.md. Runs PostgreSQL too when TEST_DATABASE_URL is set
 * (`npm run bench` starts a throwaway one through scripts/with-postgres.sh). `--only=index` measures
 * just the village index endpoints (see index-latency.bench.ts); `--only=recommender` prints the kawasan
 * recommender rows (see recommender.bench.ts) and writes nothing; `--only=pendampingan` measures
 * activity-entry ingestion and coverage (see facilitation.bench.ts) into results/pendampingan.*.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, type Engine, openDatabase } from '../src/db/client.ts';
import { createTestDatabase } from '../src/db/test-database.ts';
import { buildRegionRows } from '../src/domain/wilayah-dataset.ts';
import { bundledWilayahSource, readWilayahFiles } from '../src/services/regions/wilayah-source.ts';
import { type BoundaryBenchResult, benchBoundaries, renderBoundariesMarkdown } from './boundaries.bench.ts';
import { benchFacilitation, renderFacilitationMarkdown, runFacilitationOnly } from './facilitation.bench.ts';
import {
  freePort,
  type IndexLatencyResult,
  indexLatency,
  rssMb,
  sequentialLatency,
  startServer,
  stopServer,
  throughput,
} from './http.bench.ts';
import { benchIdmImport, benchImport, type IdmImportResult, type ImportResult } from './import.bench.ts';
import { renderIndexLatencyMarkdown, runIndexLatencyOnly } from './index-latency.bench.ts';
import { benchRecommender, renderRecommenderMarkdown } from './recommender.bench.ts';
import { benchRecommenderService, type RecommenderServiceBenchResult } from './recommender-service.bench.ts';
import { renderMarkdown, reportHeader } from './report.ts';

const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 3);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 5);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 400);

/** Deterministic sample (seeded LCG), so every run asks the same questions. */
function sample<T>(items: readonly T[], n: number, seed = 42): T[] {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return items[s % items.length]!;
  });
}

async function workload() {
  const built = buildRegionRows(await readWilayahFiles(bundledWilayahSource()));
  if (!built.ok) throw new Error('bundled wilayah data is invalid');
  const villages = built.rows.filter((r) => r.level === 4);
  return {
    regionPaths: sample(villages, 1000).map((v) => `/api/regions/${v.code}`),
    // Three letters from anywhere in real village names (not only their starts), nationwide.
    searchPaths: sample(villages, 300, 7)
      .map((v, i) => {
        const letters = v.searchName.replaceAll(' ', '');
        const at = (i * 7) % Math.max(1, letters.length - 2);
        return letters.slice(at, at + 3);
      })
      .filter((q) => q.length === 3)
      .map((q) => `/api/regions/search?q=${q}`),
  };
}

export interface EngineResult {
  engine: Engine;
  import: ImportResult;
  idmImport: IdmImportResult;
  /** Null when the shared boundary data is absent. */
  boundaries: BoundaryBenchResult | null;
  /** The recommender through its service on the same database; null when `boundaries` is. */
  recommenderService: RecommenderServiceBenchResult | null;
  http: {
    rssAfterImportMb: number;
    rssAfterLoadMb: number;
    regionByCode: Awaited<ReturnType<typeof sequentialLatency>>;
    search: Awaited<ReturnType<typeof sequentialLatency>>;
    /** The village index endpoints (national and provincial distribution, a province's desa). */
    index: IndexLatencyResult;
    load: Record<'ping' | 'regionByCode' | 'search', Awaited<ReturnType<typeof throughput>>>;
    coldStartMs: number | null;
  };
}

/** The recommender service on the database `benchBoundaries` left behind; skipped when it did not run. */
async function recommenderThroughService(
  engine: Engine,
  db: Database,
  boundaries: BoundaryBenchResult | null,
): Promise<RecommenderServiceBenchResult | null> {
  if (!boundaries) return null;
  process.stdout.write(`[${engine}] kawasan recommender through the service…\n`);
  return benchRecommenderService(db, IMPORT_RUNS);
}

async function benchEngine(
  engine: Engine,
  port: number,
  paths: Awaited<ReturnType<typeof workload>>,
): Promise<EngineResult> {
  const tmp = mkdtempSync(join(tmpdir(), `kawasan-bench-${engine}-`));
  try {
    process.stdout.write(`\n[${engine}] import vs raw COPY (${IMPORT_RUNS} runs)…\n`);
    let importResult: ImportResult;
    let idmImport: IdmImportResult;
    let boundaries: BoundaryBenchResult | null;
    let recommenderService: RecommenderServiceBenchResult | null;
    let serverEnv: NodeJS.ProcessEnv;
    let disposeServerDb = async () => {};
    if (engine === 'pglite') {
      const db = await openDatabase({ engine: 'pglite', dataDir: join(tmp, 'import') });
      await db.migrate();
      importResult = await benchImport(db, IMPORT_RUNS);
      idmImport = await benchIdmImport(db, IMPORT_RUNS);
      boundaries = await benchBoundaries(db, IMPORT_RUNS);
      recommenderService = await recommenderThroughService(engine, db, boundaries);
      await db.close();
      serverEnv = { KAWASAN_DATA_DIR: join(tmp, 'server'), DATABASE_URL: '' };
    } else {
      const handle = await createTestDatabase('postgres');
      importResult = await benchImport(handle.db, IMPORT_RUNS);
      idmImport = await benchIdmImport(handle.db, IMPORT_RUNS);
      boundaries = await benchBoundaries(handle.db, IMPORT_RUNS);
      recommenderService = await recommenderThroughService(engine, handle.db, boundaries);
      await handle.dispose();
      const serverDb = await createTestDatabase('postgres');
      await serverDb.db.close();
      serverEnv = { DATABASE_URL: serverDb.url };
      disposeServerDb = () => serverDb.dispose();
    }

    process.stdout.write(`[${engine}] server: first start with national import…\n`);
    const readyPath = existsSync(fileURLToPath(new URL('../dist/web/index.html', import.meta.url)))
      ? '/'
      : '/api/health';
    let server = await startServer(serverEnv, port, readyPath);
    const rssAfterImportMb = rssMb(server.child.pid!);
    process.stdout.write(`[${engine}] latency (sequential, ${SEQUENTIAL} requests each)…\n`);
    const regionByCode = await sequentialLatency(port, paths.regionPaths, SEQUENTIAL);
    const search = await sequentialLatency(port, paths.searchPaths, SEQUENTIAL);
    const index = await indexLatency(port, SEQUENTIAL);
    process.stdout.write(`[${engine}] load (50 connections, ${LOAD_SECONDS} s per route)…\n`);
    const load = {
      ping: await throughput(port, ['/api/ping'], LOAD_SECONDS),
      regionByCode: await throughput(port, paths.regionPaths, LOAD_SECONDS),
      search: await throughput(port, paths.searchPaths, LOAD_SECONDS),
    };
    const rssAfterLoadMb = rssMb(server.child.pid!);
    await stopServer(server);

    let coldStartMs: number | null = null;
    if (engine === 'pglite') {
      process.stdout.write(`[${engine}] cold start on the existing data directory…\n`);
      server = await startServer(serverEnv, port, readyPath);
      coldStartMs = server.startMs;
      await stopServer(server);
    }
    await disposeServerDb();
    return {
      engine,
      import: importResult,
      idmImport,
      boundaries,
      recommenderService,
      http: { rssAfterImportMb, rssAfterLoadMb, regionByCode, search, index, load, coldStartMs },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const engines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
// `--only=index`: just the village index endpoints, into results/index-latency.* (latest.* untouched).
if (process.argv.includes('--only=index')) {
  await runIndexLatencyOnly(engines, RESULTS, SEQUENTIAL);
  process.exit(0);
}
// `--only=pendampingan`: ingestion and coverage, into results/pendampingan.* (latest.* untouched).
if (process.argv.includes('--only=pendampingan')) {
  await runFacilitationOnly(engines, RESULTS);
  process.exit(0);
}
if (process.argv.includes('--only=recommender')) {
  process.stdout.write(renderRecommenderMarkdown(await benchRecommender(IMPORT_RUNS)));
  process.exit(0);
}
const paths = await workload();
const results: EngineResult[] = [];
for (const engine of engines) results.push(await benchEngine(engine, await freePort(), paths));
// Pure domain code: measured once, whatever the engines.
const recommender = await benchRecommender(IMPORT_RUNS);
const pendampingan = await benchFacilitation(engines);

const report = { ...reportHeader(engines), results, recommender, pendampingan };
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
const markdown =
  renderMarkdown(report) +
  renderIndexLatencyMarkdown(results.map((r) => ({ engine: r.engine, index: r.http.index }))) +
  renderBoundariesMarkdown(results) +
  renderRecommenderMarkdown(recommender) +
  renderFacilitationMarkdown(pendampingan);
writeFileSync(join(RESULTS, 'latest.md'), markdown);
process.stdout.write(`\n${markdown}`);
