/**
 * The real server (`kawasan serve`, a separate process) on loopback: latency of region-by-code,
 * village search and the village index endpoints, throughput under 50 concurrent connections
 * against the server's own trivial route (`/api/ping`, the hello-world limit), resident memory,
 * and cold start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { median, percentile } from './stats.ts';

const BIN = fileURLToPath(new URL('../bin/kawasan.mjs', import.meta.url));

export interface ServerHandle {
  child: ChildProcess;
  port: number;
  /** Milliseconds from spawn until `readyPath` answered 200. */
  startMs: number;
}

export async function startServer(
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath = '/api/health',
  /** Options for node itself, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeOptions: readonly string[] = [],
): Promise<ServerHandle> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, BIN, 'serve', '--port', String(port)], {
    env: { ...process.env, ...env, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', () => {}); // drain
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await get(port, readyPath)).status === 200)
        return { child, port, startMs: performance.now() - started };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  child.kill('SIGKILL');
  throw new Error('server did not become ready');
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function stopServer(server: ServerHandle) {
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return line ? Number(line[1]) / 1024 : Number.NaN;
}

export interface LatencyResult {
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
}

/** One request at a time, so each latency is the server's own time plus loopback. */
export async function sequentialLatency(
  port: number,
  paths: readonly string[],
  count: number,
): Promise<LatencyResult> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const path = paths[i % paths.length]!;
    const started = performance.now();
    const res = await get(port, path);
    samples.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${res.body.slice(0, 200)}`);
  }
  return {
    medianMs: median(samples),
    p95Ms: percentile(samples, 95),
    p99Ms: percentile(samples, 99),
    requests: count,
  };
}

/** The village index endpoints measured: the distributions of the country and of a province, and its desa. */
export const INDEX_PATHS = {
  national: '/api/village-index/summary',
  province: '/api/village-index/summary?region=33',
  villages: '/api/village-index/villages?region=33',
} as const;

export type IndexLatencyResult = Record<keyof typeof INDEX_PATHS, LatencyResult>;

/** Requests sent to each path before measuring, so the first compilations are not counted. */
const WARM_UP = 20;

/**
 * Sequential latency of the village index endpoints. The province's desa list is about 1.2 MB of
 * JSON, so it gets a quarter of the requests (at least 100).
 */
export async function indexLatency(port: number, count: number): Promise<IndexLatencyResult> {
  const measure = async (path: string, n: number) => {
    await sequentialLatency(port, [path], WARM_UP);
    return sequentialLatency(port, [path], n);
  };
  return {
    national: await measure(INDEX_PATHS.national, count),
    province: await measure(INDEX_PATHS.province, count),
    villages: await measure(INDEX_PATHS.villages, Math.max(100, Math.round(count / 4))),
  };
}

/** p95 targets of the distribution endpoints: PostgreSQL ≤ 20 ms, PGlite (main thread) ≤ 50 ms. */
export const INDEX_P95_TARGET_MS = { postgres: 20, pglite: 50 } as const;

const ms = (x: number) => (Math.round(x * 100) / 100).toString();
const code = (path: string) => `\`${path}\``;

/** Markdown rows of the village index latencies of one engine, each distribution with its target. */
export function indexLatencyRows(engine: 'pglite' | 'postgres', r: IndexLatencyResult): string[] {
  const target = INDEX_P95_TARGET_MS[engine];
  const row = (label: string, l: LatencyResult, goal: string) =>
    `| ${engine} | ${label}, sequential, ${l.requests} requests (ms) | median ${ms(l.medianMs)}, p95 ${ms(l.p95Ms)}, p99 ${ms(l.p99Ms)} | | | ${goal} |`;
  const verdict = (l: LatencyResult) => `p95 ≤ ${target} ms ${l.p95Ms <= target ? '✅ met' : '❌ not met'}`;
  return [
    row(`IDM distribution, national ${code(INDEX_PATHS.national)}`, r.national, verdict(r.national)),
    row(`IDM distribution, province ${code(INDEX_PATHS.province)}`, r.province, verdict(r.province)),
    row(`every desa of Jawa Tengah (7,810 rows) ${code(INDEX_PATHS.villages)}`, r.villages, 'no target'),
  ];
}

export interface ThroughputResult {
  reqPerSec: number;
  p50Ms: number;
  p97_5Ms: number;
  errors: number;
  non2xx: number;
}

/** 50 connections for `seconds`, cycling through `paths`. */
export async function throughput(
  port: number,
  paths: readonly string[],
  seconds: number,
): Promise<ThroughputResult> {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 50,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}
