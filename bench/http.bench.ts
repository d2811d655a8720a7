/**
 * The real server (`kawasan serve`, a separate process) on loopback: latency of region-by-code
 * and village search, throughput under 50 concurrent connections against the server's own
 * trivial route (`/api/ping`, the hello-world limit), resident memory, and cold start.
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
): Promise<ServerHandle> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
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
  return { medianMs: median(samples), p95Ms: percentile(samples, 95), requests: count };
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
