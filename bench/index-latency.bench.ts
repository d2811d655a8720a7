/**
 * `bench/run.ts --only=index`: only the latency of the village index endpoints, on a server that
 * has just imported the national regions and IDM 2024 by itself, on each engine. Written to
 * bench/results/index-latency.json and .md, so the full report in latest.* stays as it was.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../src/db/client.ts';
import { createTestDatabase } from '../src/db/test-database.ts';
import {
  freePort,
  type IndexLatencyResult,
  indexLatency,
  indexLatencyRows,
  startServer,
  stopServer,
} from './http.bench.ts';
import { machineLine, type ReportHeader, reportHeader } from './report.ts';

export interface IndexLatencyReport extends ReportHeader {
  results: { engine: Engine; index: IndexLatencyResult }[];
}

async function measureEngine(engine: Engine, requests: number): Promise<IndexLatencyResult> {
  const tmp = mkdtempSync(join(tmpdir(), `kawasan-bench-index-${engine}-`));
  const serverDb = engine === 'postgres' ? await createTestDatabase('postgres') : null;
  try {
    await serverDb?.db.close();
    const env = serverDb
      ? { DATABASE_URL: serverDb.url }
      : { KAWASAN_DATA_DIR: join(tmp, 'data'), DATABASE_URL: '' };
    process.stdout.write(`[${engine}] server: first start with national import…\n`);
    const port = await freePort();
    const server = await startServer(env, port);
    try {
      process.stdout.write(`[${engine}] village index latency (sequential, ${requests} requests each)…\n`);
      return await indexLatency(port, requests);
    } finally {
      await stopServer(server);
    }
  } finally {
    await serverDb?.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The markdown section of the village index latencies, each engine's rows under one table head. */
export function renderIndexLatencyMarkdown(
  results: readonly { engine: Engine; index: IndexLatencyResult }[],
) {
  if (results.length === 0) return '';
  const lines = [
    '',
    '## Village index endpoints',
    '',
    'Sequential requests on loopback after 20 warm-up requests each; IDM 2024 of all 75,265 desa loaded.',
    '',
    '| engine | measure | value | limit / baseline | ratio | target |',
    '|---|---|---|---|---|---|',
    ...results.flatMap((r) => indexLatencyRows(r.engine, r.index)),
  ];
  return `${lines.join('\n')}\n`;
}

/** Measures every engine given and writes the partial report. */
export async function runIndexLatencyOnly(engines: readonly Engine[], resultsDir: string, requests: number) {
  const results: IndexLatencyReport['results'] = [];
  for (const engine of engines) results.push({ engine, index: await measureEngine(engine, requests) });
  const report: IndexLatencyReport = { ...reportHeader(engines), results };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'index-latency.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown =
    `# Kawasan benchmark, village index endpoints only — ${report.date}\n\n` +
    `${machineLine(report)}\n` +
    report.notRun.map((n) => `Not run: ${n}.\n`).join('') +
    renderIndexLatencyMarkdown(results);
  writeFileSync(join(resultsDir, 'index-latency.md'), markdown);
  process.stdout.write(`\n${markdown}`);
}
