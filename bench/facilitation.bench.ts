/**
 * Pendampingan, against the physical limits of this machine:
 * - ingestion: activity entries created through the real server (`kawasan serve`, its own process)
 *   by 50 facilitators at once, each signed in with their own session, each entry under its own
 *   idempotency key, about 5% of them repeated (a later retry, or two copies sent at once as a
 *   phone does when a response is lost); afterwards the database must hold exactly one entry per
 *   key, with the id every answer gave. Twice: one entry per request (`POST /kegiatan`), and
 *   10 per request as the phone's outbox sends what waited (`POST /kegiatan/kirim`). Limit: the
 *   same rows with their audit rows inserted by 50 connections straight into PostgreSQL, one
 *   statement per entry, no API in between.
 * - coverage: Jawa Tengah with 2,000,000 synthetic entries (bench/facilitation-data.ts) bulk-loaded
 *   with COPY, then VACUUM ANALYZE; `GET /api/pendampingan/cakupan?region=33&asOf=…` and the
 *   coverage service it calls, over many as-of dates, on PostgreSQL and PGlite. Limit: the minimal
 *   query, an index-only probe per desa for its latest approved visit on or before the date.
 * Run alone: `npm run bench -- --only=pendampingan` (results/pendampingan.{json,md}).
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { withIndexesRebuilt } from '../src/db/bulk-load.ts';
import { type Database, type Engine, type Orm, openDatabase, queryRows, type Tx } from '../src/db/client.ts';
import * as schema from '../src/db/schema.ts';
import {
  appUser,
  facilitator,
  facilitatorAssignment,
  kawasan,
  kawasanMember,
  roleAssignment,
} from '../src/db/schema.ts';
import { createTestDatabase } from '../src/db/test-database.ts';
import { diffFields } from '../src/domain/access/audit-diff.ts';
import type { Actor } from '../src/domain/access/policy.ts';
import { canonicalJson } from '../src/domain/facilitation/idempotency.ts';
import { buildRegionRows } from '../src/domain/wilayah-dataset.ts';
import { buildApp } from '../src/server/app.ts';
import { hashPassword } from '../src/services/access/password.ts';
import { createCoverageService } from '../src/services/facilitation/coverage.service.ts';
import { sha256Hex } from '../src/services/kawasan/document-store.ts';
import { importWilayah } from '../src/services/regions/wilayah-import.service.ts';
import { bundledWilayahSource, readWilayahFiles } from '../src/services/regions/wilayah-source.ts';
import {
  buildWorld,
  type ClientWorkload,
  clientSteps,
  ENTRY_COPY_COLUMNS,
  entryCsvChunks,
  type FacilitationWorld,
  ingestionWorkload,
  type ProvinceVillage,
  type Step,
  type SyntheticFacilitator,
  type SyntheticKawasan,
} from './facilitation-data.ts';
import { freePort, startServer, stopServer } from './http.bench.ts';
import { machineLine, reportHeader } from './report.ts';
import { median, percentile, round, time } from './stats.ts';

const PROVINCE = '33';
const SEED = 20_260_413;
const PASSWORD = 'kata-sandi-bench-pendampingan';
export const INGESTION_TARGET_PER_SECOND = 1000;
export const COVERAGE_P95_TARGET_MS = 200;

/** The desa and kelurahan of Jawa Tengah from the bundled wilayah data. */
export async function provinceVillages(province = PROVINCE): Promise<ProvinceVillage[]> {
  const built = buildRegionRows(await readWilayahFiles(bundledWilayahSource()));
  if (!built.ok) throw new Error('bundled wilayah data is invalid');
  return built.rows
    .filter((r) => r.level === 4 && r.code.startsWith(province))
    .map((r) => ({ code: r.code, name: r.name }));
}

const chunked = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * The accounts (facilitator role over the home region), facilitator records (supervisors first),
 * kawasan with their member desa, and open assignments from each one's first day.
 */
export async function seedFacilitators(
  db: Database,
  facilitators: readonly SyntheticFacilitator[],
  kawasanList: readonly SyntheticKawasan[],
  passwordHash: string,
) {
  const at = new Date();
  const ordered = [...facilitators].sort(
    (a, b) => Number(a.supervisorId !== null) - Number(b.supervisorId !== null),
  );
  for (const part of chunked(ordered, 500)) {
    await db.orm.insert(appUser).values(
      part.map((f) => ({
        id: f.userId,
        username: f.username,
        email: null,
        name: f.name,
        passwordHash,
        active: true,
        createdAt: at,
        updatedAt: at,
      })),
    );
    await db.orm.insert(roleAssignment).values(
      part.map((f) => ({
        id: randomUUID(),
        userId: f.userId,
        role: 'facilitator',
        scopeKind: 'region',
        scopeId: f.homeRegionCode,
        regionCode: f.homeRegionCode,
        createdAt: at,
      })),
    );
    await db.orm.insert(facilitator).values(
      part.map((f) => ({
        id: f.id,
        userId: f.userId,
        type: f.type,
        name: f.name,
        gender: f.gender,
        phone: f.phone,
        homeRegionCode: f.homeRegionCode,
        activeFrom: f.activeFrom,
        supervisorId: f.supervisorId,
        createdAt: at,
        updatedAt: at,
      })),
    );
  }
  if (kawasanList.length > 0) {
    await db.orm.insert(kawasan).values(
      kawasanList.map((k) => ({
        id: k.id,
        name: k.name,
        regionCode: k.regionCode,
        kabupatenCodes: [k.regionCode],
        state: 'pelaksanaan',
        createdAt: at,
        updatedAt: at,
      })),
    );
    await db.orm
      .insert(kawasanMember)
      .values(
        kawasanList.flatMap((k) =>
          k.desaCodes.map((desaCode) => ({ kawasanId: k.id, desaCode, active: true })),
        ),
      );
  }
  const assignments = facilitators.flatMap((f) => [
    ...f.desaCodes.map((desaCode) => ({ placeKind: 'desa', desaCode, kawasanId: null, f })),
    ...f.kawasanIds.map((kawasanId) => ({ placeKind: 'kawasan', desaCode: null, kawasanId, f })),
  ]);
  for (const part of chunked(assignments, 1000)) {
    await db.orm.insert(facilitatorAssignment).values(
      part.map((a) => ({
        id: randomUUID(),
        facilitatorId: a.f.id,
        placeKind: a.placeKind,
        desaCode: a.desaCode,
        kawasanId: a.kawasanId,
        fromDate: a.f.activeFrom,
        toDate: null,
        createdAt: at,
        updatedAt: at,
      })),
    );
  }
}

/* ——— HTTP, one keep-alive agent per client ——— */

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function send(
  port: number,
  agent: http.Agent,
  method: 'GET' | 'POST',
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Session {
  headers: Record<string, string>;
  agent: http.Agent;
}

async function signIn(port: number, username: string, password: string, maxSockets = 1): Promise<Session> {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const res = await send(
    port,
    agent,
    'POST',
    '/api/auth/login',
    {},
    JSON.stringify({ login: username, password }),
  );
  if (res.status !== 200)
    throw new Error(`sign-in of ${username} failed: ${res.status} ${res.body.slice(0, 200)}`);
  const cookie = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('kawasan_session='));
  if (!cookie) throw new Error(`sign-in of ${username}: no session cookie`);
  const { csrfToken } = JSON.parse(res.body) as { csrfToken: string };
  return { agent, headers: { cookie: cookie.split(';')[0]!, 'x-csrf-token': csrfToken } };
}

/** Runs `fn` over `items` with at most `limit` at a time. */
async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T, i: number) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

/* ——— Ingestion ——— */

/** CPU time (user + system) of processes so far, in ms, from /proc; 0 for one that is gone. */
function cpuMs(pids: readonly number[]): number {
  const tick = 10; // USER_HZ is 100 on Linux
  return pids.reduce((sum, pid) => {
    const fields = statFields(pid);
    return fields ? sum + (Number(fields[11]) + Number(fields[12])) * tick : sum;
  }, 0);
}

/** Fields of /proc/<pid>/stat after the command name, or null for a process that is gone. */
function statFields(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  } catch {
    return null;
  }
}

/**
 * CPU time (ms) of the whole PostgreSQL server behind `orm` so far: the postmaster, every process
 * it runs now (backends, WAL writer, checkpointer…), and the processes it ran that have ended
 * (their time is added to the postmaster's children's time when it reaps them), so a pool that
 * closes and reopens connections is counted whole.
 */
async function postgresCpuMs(orm: Orm): Promise<number> {
  const [row] = await queryRows<{ pid: number }>(orm, sql`select pg_backend_pid() as pid`);
  const postmaster = Number(statFields(row!.pid)?.[1]);
  const tick = 10; // USER_HZ is 100 on Linux
  const own = statFields(postmaster);
  if (!own) return 0;
  let sum = (Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])) * tick;
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const fields = statFields(Number(name));
    if (fields && Number(fields[1]) === postmaster) sum += (Number(fields[11]) + Number(fields[12])) * tick;
  }
  return sum;
}

/** CPU spent per entry in a phase: by the API server's process and by PostgreSQL's backends. */
export interface CpuPerEntry {
  serverMs: number | null;
  postgresMs: number;
}

const ENTRY_ROUTE = '/api/pendampingan/kegiatan';
const BATCH_ROUTE = '/api/pendampingan/kegiatan/kirim';
/** Entries per request of the outbox run: about a week of a facilitator's visits. */
export const INGESTION_BATCH = 10;

/** No entries and none of their audit rows, as before a run. */
async function emptyEntries(db: Database) {
  await db.orm.execute(sql`truncate activity_entry, activity_entry_evidence`);
  await db.orm.execute(sql`delete from audit_log where resource_type = 'activity_entry'`);
  await db.orm.execute(sql`vacuum analyze activity_entry`);
}

let requestSerial = 0;

/** Posts entries (one, or several to the batch route) and records an answer for each entry. */
async function postEntries(
  port: number,
  session: Session,
  items: readonly { body: ClientWorkload['bodies'][number]; kind: Step['kind'] }[],
  batch: boolean,
  answers: Answer[],
) {
  const request = ++requestSerial;
  const t0 = performance.now();
  const record = (i: number, status: number, id: string | null, error: string | null) => {
    answers.push({
      key: items[i]!.body.idempotencyKey,
      kind: items[i]!.kind,
      request,
      status,
      id,
      ms,
      error,
    });
  };
  const recordAll = (status: number, error: string) => {
    for (const i of items.keys()) record(i, status, null, error);
  };
  let ms = 0;
  try {
    const payload = batch ? { entries: items.map((i) => i.body) } : items[0]!.body;
    const route = batch ? BATCH_ROUTE : ENTRY_ROUTE;
    const res = await send(port, session.agent, 'POST', route, session.headers, JSON.stringify(payload));
    ms = performance.now() - t0;
    if (res.status !== 200 && res.status !== 201) recordAll(res.status, res.body.slice(0, 300));
    else if (!batch) record(0, res.status, (JSON.parse(res.body) as { id: string }).id, null);
    else {
      const { results } = JSON.parse(res.body) as {
        results: { status: number; id: string | null; problem: unknown }[];
      };
      for (const [i, r] of results.entries())
        record(i, r.status, r.id, r.problem ? JSON.stringify(r.problem).slice(0, 300) : null);
    }
  } catch (err) {
    recordAll(0, String(err));
  }
}

/**
 * One client's steps: one entry per request (a racing copy goes at the same time as the first),
 * or, with `batch` > 1, as an outbox sends them: `batch` steps per request, a retried entry
 * inside a later batch, and the racing copies of a batch sent at the same time in a second request.
 */
async function sendSteps(
  port: number,
  session: Session,
  steps: readonly Step[],
  bodies: ClientWorkload['bodies'],
  batch: number,
  answers: Answer[],
) {
  const item = (st: Step, kind: Step['kind'] = st.kind) => ({ body: bodies[st.body]!, kind });
  for (let i = 0; i < steps.length; i += batch) {
    const chunk = steps.slice(i, i + batch);
    const copies = chunk.filter((st) => st.kind === 'race').map((st) => item(st));
    const main = chunk.map((st) => item(st, st.kind === 'race' ? 'new' : st.kind));
    const requests = copies.length > 0 ? [main, copies] : [main];
    await Promise.all(requests.map((items) => postEntries(port, session, items, batch > 1, answers)));
  }
}

interface Answer {
  key: string;
  /** Which request carried it (a batch carries several entries). */
  request: number;
  kind: Step['kind'];
  status: number;
  id: string | null;
  ms: number;
  error: string | null;
}

/** One measured run: the same entries sent one per request, or as a phone's outbox sends them. */
export interface IngestionRun {
  /** Entries per request: 1 for `POST /kegiatan`, more for `POST /kegiatan/kirim`. */
  batch: number;
  route: string;
  requests: number;
  duplicates: { retries: number; racingCopies: number };
  wallMs: number;
  entriesPerSecond: number;
  requestsPerSecond: number;
  createdLatency: { p50Ms: number; p95Ms: number; p99Ms: number };
  repeatLatency: { p50Ms: number; p95Ms: number };
  /** API entries per second / limit entries per second. */
  ratio: number;
  /** Over the measured run (repeats included, so per entry sent once). */
  cpuPerEntry: CpuPerEntry;
  checks: IngestionChecks;
}

export interface IngestionResult {
  clients: number;
  /** Distinct entries (keys) sent in each measured run. */
  entries: number;
  runs: IngestionRun[];
  limit: {
    method: string;
    connections: number;
    rows: number;
    wallMs: number;
    entriesPerSecond: number;
    latency: { p50Ms: number; p95Ms: number };
    cpuPerEntry: CpuPerEntry;
  };
  cpuProfile: string | null;
}

interface IngestionChecks {
  /** Answers other than 200/201 (and failed requests). */
  failed: number;
  failures: string[];
  /** Keys without exactly one 201. */
  keysWithoutOneCreated: number;
  /** Keys whose answers named different ids. */
  keysWithDifferentIds: number;
  /** Repeats (retries and second copies) answered 200 with the first answer's id. */
  repeatsAnswered200SameId: number;
  repeats: number;
  rowsInTable: number;
  distinctKeysSent: number;
  /** Keys sent, answered, and missing from the table. */
  lost: number;
  /** Rows whose id differs from the one the API answered, or rows of keys never sent. */
  unexpectedRows: number;
  auditRowsPerEntry: number;
}

/** The rows the API would store for the requests, and their audit rows, for the raw-insert limit. */
function limitRows(workloads: readonly ClientWorkload[], actorLabels: Map<string, string>) {
  return workloads.map((w) =>
    w.bodies.map((body) => {
      const { idempotencyKey, ...content } = body;
      const requestHash = sha256Hex(new TextEncoder().encode(canonicalJson(content)));
      const row = {
        facilitatorId: w.facilitator.id,
        date: body.date,
        place: `desa:${body.place.kind === 'desa' ? body.place.code : ''}`,
        category: body.category,
        topic: body.topic,
        women: body.participants.perempuan,
        men: body.participants.laki_laki,
        groups: body.groups.join(','),
        evidence: '',
        gps: body.gps ? `${body.gps.lat},${body.gps.lon}` : null,
      };
      const created = diffFields(null, { ...row, idempotencyKey, state: 'draf' });
      const submitted = diffFields(null, {
        facilitatorId: w.facilitator.id,
        from: 'draf',
        to: 'diajukan',
        submission: 1,
        reason: null,
      });
      return [
        idempotencyKey,
        requestHash,
        body,
        JSON.stringify(created),
        JSON.stringify(submitted),
        actorLabels.get(w.facilitator.userId)!,
      ] as const;
    }),
  );
}

const LIMIT_INSERT = `with e as (
    insert into activity_entry (id, facilitator_id, idempotency_key, request_hash, date, place_kind, desa_code,
      region_code, category, topic, women, men, groups, activities, outputs, follow_up, gps_lat, gps_lon,
      state, submission, created_at, updated_at)
    values ($1, $2, $3, $4, $5, 'desa', $6, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
      'diajukan', 1, $17, $17)
    returning id, region_code)
  insert into audit_log (at, actor_user_id, actor_label, action, resource_type, resource_id, region_code, changes)
  select $17, $18, $19, a.action, 'activity_entry', e.id::text, e.region_code, a.changes
  from e, (values ('activity_entry.create', $20::jsonb), ('activity_entry.submit', $21::jsonb)) a(action, changes)`;

/**
 * The limit: every entry with its two audit rows in one INSERT statement (a data-modifying CTE),
 * from `connections` connections at once, each its own transaction (autocommit), prepared once.
 */
async function rawInsertLimit(
  url: string,
  workloads: readonly ClientWorkload[],
  actorLabels: Map<string, string>,
) {
  const rows = limitRows(workloads, actorLabels);
  const clients = await Promise.all(
    workloads.map(async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const pids = await Promise.all(
    clients.map(async (c) => (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid),
  );
  const latencies: number[] = [];
  const cpuBefore = cpuMs(pids);
  const started = performance.now();
  await Promise.all(
    clients.map(async (c, i) => {
      const w = workloads[i]!;
      for (const [key, hash, body, created, submitted, label] of rows[i]!) {
        const at = new Date();
        const t0 = performance.now();
        await c.query({
          name: 'bench-limit-insert',
          text: LIMIT_INSERT,
          values: [
            randomUUID(),
            w.facilitator.id,
            key,
            hash,
            body.date,
            body.place.kind === 'desa' ? body.place.code : null,
            body.category,
            body.topic,
            body.participants.perempuan,
            body.participants.laki_laki,
            body.groups,
            body.activities,
            body.outputs,
            body.followUp,
            body.gps?.lat ?? null,
            body.gps?.lon ?? null,
            at,
            w.facilitator.userId,
            label,
            created,
            submitted,
          ],
        });
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const wallMs = performance.now() - started;
  const cpu = cpuMs(pids) - cpuBefore;
  await Promise.all(clients.map((c) => c.end()));
  const n = rows.reduce((s, r) => s + r.length, 0);
  return {
    method:
      'INSERT … RETURNING feeding INSERT of 2 audit rows, one statement per entry, prepared, autocommit',
    connections: clients.length,
    rows: n,
    wallMs,
    entriesPerSecond: (n / wallMs) * 1000,
    latency: { p50Ms: median(latencies), p95Ms: percentile(latencies, 95) },
    cpuPerEntry: { serverMs: null, postgresMs: cpu / n } satisfies CpuPerEntry,
  };
}

/**
 * Ingestion on a fresh PostgreSQL database: 50 PLD of Jawa Tengah (each with the desa of their
 * group, about 12), `perClient` entries each. Needs TEST_DATABASE_URL.
 */
export async function benchIngestion(
  options: { clients?: number; perClient?: number; batches?: readonly number[]; cpuProfileDir?: string } = {},
): Promise<IngestionResult> {
  const clients = options.clients ?? 50;
  const perClient = options.perClient ?? 200;
  const world = buildWorld(SEED, await provinceVillages(), { from: '2025-01-01', to: '2025-12-31' });
  const plds = world.facilitators.filter((f) => f.type === 'pld');
  const step = Math.floor(plds.length / clients);
  const chosen = Array.from({ length: clients }, (_, i) => plds[i * step]!);
  const supervisors = world.facilitators.filter((f) => chosen.some((p) => p.supervisorId === f.id));
  const seeded = [...supervisors.map((f) => ({ ...f, kawasanIds: [] })), ...chosen];
  const warmUp = ingestionWorkload(world, chosen, 2, SEED + 1);
  const workload = ingestionWorkload(world, chosen, perClient, SEED + 2);
  const plans = workload.map((_, i) => clientSteps(perClient, SEED + 100 + i));
  const warmUpSteps: Step[] = [0, 1].map((body) => ({ kind: 'new', body }));
  const entries = perClient * clients;

  const handle = await createTestDatabase('postgres');
  const tmp = mkdtempSync(join(tmpdir(), 'kawasan-bench-pendampingan-'));
  try {
    await seedFacilitators(handle.db, seeded, [], await hashPassword(PASSWORD));
    const labels = new Map(seeded.map((f) => [f.userId, `${f.name} (${f.username})`]));

    process.stdout.write(`[postgres] pendampingan ingestion: raw INSERT limit, ${clients} connections…\n`);
    const limit = await rawInsertLimit(handle.url!, workload, labels);
    const [limitCount] = await queryRows<{ n: number }>(
      handle.db.orm,
      sql`select count(*)::int as n from activity_entry`,
    );
    if (limitCount?.n !== limit.rows)
      throw new Error(`limit run stored ${limitCount?.n} rows of ${limit.rows}`);

    process.stdout.write(
      '[postgres] pendampingan ingestion: server start (national import on first start)…\n',
    );
    const port = await freePort();
    const profiling = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [];
    const server = await startServer(
      { DATABASE_URL: handle.url!, KAWASAN_DATA_DIR: join(tmp, 'data'), KAWASAN_NIK_SECRET: 'bench' },
      port,
      '/api/health',
      profiling,
    );
    try {
      const sessions = await inParallel(chosen, 4, (f) => signIn(port, f.username, PASSWORD, 2));
      const runs: IngestionRun[] = [];
      for (const batch of options.batches ?? [1, INGESTION_BATCH]) {
        await emptyEntries(handle.db);
        process.stdout.write(
          `[postgres] pendampingan ingestion: ${clients} clients × ${perClient} entries, ${batch} per request…\n`,
        );
        const answers: Answer[] = [];
        const sendAll = (s: Session, steps: readonly Step[], bodies: ClientWorkload['bodies']) =>
          sendSteps(port, s, steps, bodies, batch, answers);
        await Promise.all(sessions.map((s, i) => sendAll(s, warmUpSteps, warmUp[i]!.bodies)));
        const warmUpAnswers = answers.length;
        const serverPid = server.child.pid!;
        const cpuBefore = { server: cpuMs([serverPid]), postgres: await postgresCpuMs(handle.db.orm) };
        const started = performance.now();
        await Promise.all(sessions.map((s, i) => sendAll(s, plans[i]!, workload[i]!.bodies)));
        const wallMs = performance.now() - started;
        const cpuAfter = { server: cpuMs([serverPid]), postgres: await postgresCpuMs(handle.db.orm) };
        const measured = answers.slice(warmUpAnswers);
        const checks = await ingestionChecks(handle.db, answers, [...warmUp, ...workload]);
        const created = measured.filter((a) => a.status === 201).map((a) => a.ms);
        const repeats = measured.filter((a) => a.status === 200).map((a) => a.ms);
        const entriesPerSecond = (entries / wallMs) * 1000;
        const requests = new Set(measured.map((a) => a.request)).size;
        runs.push({
          batch,
          route: batch === 1 ? ENTRY_ROUTE : BATCH_ROUTE,
          requests,
          duplicates: {
            retries: measured.filter((a) => a.kind === 'retry').length,
            racingCopies: measured.filter((a) => a.kind === 'race').length,
          },
          wallMs,
          entriesPerSecond,
          requestsPerSecond: (requests / wallMs) * 1000,
          createdLatency: {
            p50Ms: median(created),
            p95Ms: percentile(created, 95),
            p99Ms: percentile(created, 99),
          },
          repeatLatency: { p50Ms: median(repeats), p95Ms: percentile(repeats, 95) },
          ratio: entriesPerSecond / limit.entriesPerSecond,
          cpuPerEntry: {
            serverMs: (cpuAfter.server - cpuBefore.server) / entries,
            postgresMs: (cpuAfter.postgres - cpuBefore.postgres) / entries,
          },
          checks,
        });
      }
      return {
        clients,
        entries,
        runs,
        limit,
        cpuProfile: options.cpuProfileDir ?? null,
      };
    } finally {
      await stopServer(server);
    }
  } finally {
    await handle.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Every key answered once with 201 and otherwise 200 with the same id; the table holds exactly those. */
async function ingestionChecks(
  db: Database,
  answers: readonly Answer[],
  workloads: readonly ClientWorkload[],
): Promise<IngestionChecks> {
  const failures = answers.filter((a) => a.status !== 200 && a.status !== 201);
  const byKey = new Map<string, Answer[]>();
  for (const a of answers) byKey.set(a.key, [...(byKey.get(a.key) ?? []), a]);
  let keysWithoutOneCreated = 0;
  let keysWithDifferentIds = 0;
  let repeats = 0;
  let repeatsAnswered200SameId = 0;
  const answeredId = new Map<string, string>();
  for (const [key, list] of byKey) {
    const createdOnes = list.filter((a) => a.status === 201);
    if (createdOnes.length !== 1) keysWithoutOneCreated++;
    const ids = new Set(list.map((a) => a.id).filter((id): id is string => id !== null));
    if (ids.size > 1) keysWithDifferentIds++;
    const first = createdOnes[0]?.id ?? [...ids][0];
    if (first) answeredId.set(key, first);
    repeats += list.length - 1;
    repeatsAnswered200SameId += list.filter((a) => a.status === 200 && a.id === first).length;
  }
  const rows = await queryRows<{ id: string; key: string }>(
    db.orm,
    sql`select id, idempotency_key as key from activity_entry`,
  );
  const stored = new Map(rows.map((r) => [r.key, r.id]));
  const sent = new Set(workloads.flatMap((w) => w.bodies.map((b) => b.idempotencyKey)));
  const lost = [...sent].filter((k) => !stored.has(k)).length;
  const unexpectedRows = rows.filter((r) => !sent.has(r.key) || answeredId.get(r.key) !== r.id).length;
  const [audit] = await queryRows<{ n: number }>(
    db.orm,
    sql`select count(*)::int as n from audit_log where resource_type = 'activity_entry'`,
  );
  return {
    failed: failures.length,
    failures: [...new Set(failures.map((f) => `${f.status} ${f.error}`))].slice(0, 5),
    keysWithoutOneCreated,
    keysWithDifferentIds,
    repeatsAnswered200SameId,
    repeats,
    rowsInTable: rows.length,
    distinctKeysSent: sent.size,
    lost,
    unexpectedRows,
    auditRowsPerEntry: rows.length === 0 ? 0 : (audit?.n ?? 0) / rows.length,
  };
}

/* ——— Coverage ——— */

/** `Tx` over one PostgreSQL connection, so the index rebuild and a streamed COPY share it. */
function connectionTx(conn: pg.Client): Tx {
  return {
    orm: drizzle({ client: conn, schema }) as unknown as Orm,
    copyCsv: async () => {
      throw new Error('stream the rows instead');
    },
  };
}

/** Foreign keys from or to `table`: dropped for a bulk load, added again (and so checked) after it. */
async function withForeignKeysRebuilt<T>(orm: Orm, table: string, load: () => Promise<T>): Promise<T> {
  const fks = await queryRows<{ owner: string; name: string; def: string }>(
    orm,
    sql`select c.conrelid::regclass::text as owner, c.conname as name, pg_get_constraintdef(c.oid) as def
        from pg_constraint c
        where c.contype = 'f' and (c.conrelid = to_regclass(${table}) or c.confrelid = to_regclass(${table}))`,
  );
  for (const fk of fks)
    await orm.execute(
      sql`alter table ${sql.identifier(fk.owner)} drop constraint ${sql.identifier(fk.name)}`,
    );
  const result = await load();
  // Definitions come from the database's own catalog, not from input.
  for (const fk of fks)
    await orm.execute(
      sql`alter table ${sql.identifier(fk.owner)} add constraint ${sql.identifier(fk.name)} ${sql.raw(fk.def)}`,
    );
  return result;
}

/** COPY of `count` synthetic entries: indexes and foreign keys dropped, rebuilt after; one transaction. */
export async function loadEntries(
  db: Database,
  url: string | undefined,
  world: FacilitationWorld,
  count: number,
) {
  const table = 'activity_entry';
  const copy = `COPY ${table} (${ENTRY_COPY_COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv)`;
  if (db.engine === 'postgres') {
    const conn = new pg.Client({ connectionString: url });
    await conn.connect();
    try {
      await conn.query('BEGIN');
      await conn.query(`SET LOCAL maintenance_work_mem = '256MB'`);
      const tx = connectionTx(conn);
      await withForeignKeysRebuilt(tx.orm, table, () =>
        withIndexesRebuilt(tx, table, () =>
          pipeline(Readable.from(entryCsvChunks(world, count, SEED + 7)), conn.query(copyFrom(copy))),
        ),
      );
      await conn.query('COMMIT');
    } catch (err) {
      await conn.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      await conn.end();
    }
    return;
  }
  await db.transaction((tx) =>
    withForeignKeysRebuilt(tx.orm, table, () =>
      withIndexesRebuilt(tx, table, async () => {
        // PGlite reads COPY input from one blob: a few large parts keep memory bounded.
        let part: Buffer[] = [];
        let bytes = 0;
        const flush = async () => {
          await tx.copyCsv(table, ENTRY_COPY_COLUMNS, Buffer.concat(part).toString('latin1'));
          part = [];
          bytes = 0;
        };
        for (const chunk of entryCsvChunks(world, count, SEED + 7)) {
          part.push(chunk);
          bytes += chunk.length;
          if (bytes > 64 * 1024 * 1024) await flush();
        }
        if (bytes > 0) await flush();
      }),
    ),
  );
}

export interface CoverageResult {
  engine: Engine;
  entries: number;
  desa: number;
  facilitators: number;
  kawasan: number;
  neverVisited: number;
  lapsed: number;
  period: { from: string; to: string };
  approvedShare: number;
  tableMb: number;
  loadMs: number;
  vacuumAnalyzeMs: number;
  runs: number;
  asOf: { first: string; last: string };
  http: { p50Ms: number; p95Ms: number; maxMs: number; bytes: number; encoding: string };
  service: { p50Ms: number; p95Ms: number };
  minimal: { p50Ms: number; p95Ms: number; query: string };
  /** A full sequential scan of the table (count(*)), for scale. */
  seqScanMs: number;
  /** HTTP p50 / minimal p50. */
  ratio: number;
  sample: {
    asOf: string;
    noActivity: Record<string, number>;
    desaCount: number;
    workload: number;
    kawasan: number;
  };
}

/** As-of dates spread over the second year of the period, every `step` days from its end backwards. */
export function asOfDates(to: string, runs: number, step = 11): string[] {
  const end = Date.parse(`${to}T00:00:00Z`);
  return Array.from({ length: runs }, (_, i) =>
    new Date(end - i * step * 86_400_000).toISOString().slice(0, 10),
  );
}

const MINIMAL_QUERY = (asOf: string) => sql`
  select r.code, lv.date from region r
  left join lateral (
    select e.date from activity_entry e
    where e.desa_code = r.code and e.state = 'disetujui' and e.place_kind = 'desa'
      and e.date collate "C" <= ${asOf}
    order by e.date collate "C" desc limit 1
  ) lv on true
  where r.level = 4 and substr(r.code, 7, 1) <> '1' and r.code >= ${PROVINCE} and r.code < ${`${PROVINCE}:`}`;

/** Coverage of Jawa Tengah with `entries` synthetic entries, on `engine`. */
export async function benchCoverage(
  engine: Engine,
  options: { entries?: number; runs?: number } = {},
): Promise<CoverageResult> {
  const entries = options.entries ?? 2_000_000;
  const runs = options.runs ?? 40;
  const world = buildWorld(SEED, await provinceVillages(), { from: '2024-07-01', to: '2026-06-30' });
  const tmp = mkdtempSync(join(tmpdir(), `kawasan-bench-coverage-${engine}-`));
  const handle =
    engine === 'postgres'
      ? await createTestDatabase('postgres')
      : await (async () => {
          const db = await openDatabase({ engine: 'pglite', dataDir: join(tmp, 'db') });
          await db.migrate();
          return { db, url: undefined, dispose: () => db.close() };
        })();
  const db = handle.db;
  try {
    process.stdout.write(
      `[${engine}] pendampingan coverage: regions, ${world.facilitators.length} facilitators…\n`,
    );
    await importWilayah(db, { source: bundledWilayahSource() });
    await seedFacilitators(db, world.facilitators, world.kawasan, 'x');
    process.stdout.write(
      `[${engine}] pendampingan coverage: COPY ${entries.toLocaleString('en')} entries…\n`,
    );
    const loadMs = await time(() => loadEntries(db, handle.url, world, entries));
    const vacuumAnalyzeMs = await time(() => db.orm.execute(sql`vacuum analyze activity_entry`));
    const [facts] = await queryRows<{ n: number; approved: number; mb: number }>(
      db.orm,
      sql`select count(*)::int as n, count(*) filter (where state = 'disetujui')::int as approved,
                 (pg_total_relation_size('activity_entry') / 1048576)::int as mb from activity_entry`,
    );
    if (facts?.n !== entries) throw new Error(`loaded ${facts?.n} entries of ${entries}`);

    const reader = { id: randomUUID(), username: 'dinas-pmd-33' };
    const at = new Date();
    await db.orm.insert(appUser).values({
      id: reader.id,
      username: reader.username,
      name: 'Dinas PMD Provinsi Jawa Tengah',
      passwordHash: await hashPassword(PASSWORD),
      createdAt: at,
      updatedAt: at,
    });
    await db.orm.insert(roleAssignment).values({
      id: randomUUID(),
      userId: reader.id,
      role: 'province',
      scopeKind: 'region',
      scopeId: PROVINCE,
      regionCode: PROVINCE,
      createdAt: at,
    });
    const actor: Actor = {
      kind: 'user',
      userId: reader.id,
      label: 'Dinas PMD Provinsi Jawa Tengah',
      readOnly: false,
      assignments: [{ id: 'bench', role: 'province', scope: { kind: 'region', code: PROVINCE } }],
    };
    const clock = () => new Date(`${world.to}T05:00:00Z`);
    const service = createCoverageService({ db, now: clock });
    const app = await buildApp({
      db,
      version: 'bench',
      now: clock,
      filesDir: join(tmp, 'files'),
      nikSecret: 'bench',
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    try {
      const session = await signIn(port, reader.username, PASSWORD);
      const headers = { ...session.headers, 'accept-encoding': 'br, gzip' };
      const dates = asOfDates(world.to, runs);
      const path = (asOf: string) => `/api/pendampingan/cakupan?region=${PROVINCE}&asOf=${asOf}`;
      process.stdout.write(
        `[${engine}] pendampingan coverage: ${runs} as-of dates, HTTP, service, minimal query…\n`,
      );
      // Warm-up, not counted: the first plans and compilations.
      for (const asOf of dates.slice(0, 3)) await send(port, session.agent, 'GET', path(asOf), headers);
      const httpMs: number[] = [];
      let bytes = 0;
      let encoding = '';
      for (const asOf of dates) {
        const t0 = performance.now();
        const res = await send(port, session.agent, 'GET', path(asOf), headers);
        httpMs.push(performance.now() - t0);
        if (res.status !== 200)
          throw new Error(`${path(asOf)} answered ${res.status}: ${res.body.slice(0, 300)}`);
        bytes = Number(res.headers['content-length'] ?? 0) || Buffer.byteLength(res.body);
        encoding = String(res.headers['content-encoding'] ?? 'identity');
      }
      const serviceMs: number[] = [];
      let sample: CoverageResult['sample'] | null = null;
      for (const asOf of dates) {
        const t0 = performance.now();
        const view = await service.coverage(actor, { region: PROVINCE, asOf });
        serviceMs.push(performance.now() - t0);
        sample ??= {
          asOf,
          noActivity: view.noActivity,
          desaCount: view.desaCount,
          workload: view.workload.length,
          kawasan: view.byKawasan.length,
        };
      }
      const minimalMs: number[] = [];
      for (const asOf of dates.slice(0, 3)) await queryRows(db.orm, MINIMAL_QUERY(asOf));
      for (const asOf of dates) minimalMs.push(await time(() => queryRows(db.orm, MINIMAL_QUERY(asOf))));
      const seqScanMs = median(
        await inParallel([0, 1, 2], 1, () =>
          time(() =>
            db.transaction(async (tx) => {
              await tx.orm.execute(sql`set local enable_indexscan = off`);
              await tx.orm.execute(sql`set local enable_indexonlyscan = off`);
              await tx.orm.execute(sql`set local enable_bitmapscan = off`);
              await tx.orm.execute(sql`select count(*) from activity_entry`);
            }),
          ),
        ),
      );
      return {
        engine,
        entries,
        desa: world.desa.length,
        facilitators: world.facilitators.length,
        kawasan: world.kawasan.length,
        neverVisited: world.neverVisited,
        lapsed: world.lapsed,
        period: { from: world.from, to: world.to },
        approvedShare: facts.approved / facts.n,
        tableMb: facts.mb,
        loadMs,
        vacuumAnalyzeMs,
        runs,
        asOf: { first: dates[dates.length - 1]!, last: dates[0]! },
        http: {
          p50Ms: median(httpMs),
          p95Ms: percentile(httpMs, 95),
          maxMs: Math.max(...httpMs),
          bytes,
          encoding,
        },
        service: { p50Ms: median(serviceMs), p95Ms: percentile(serviceMs, 95) },
        minimal: {
          p50Ms: median(minimalMs),
          p95Ms: percentile(minimalMs, 95),
          query:
            'per desa of the province, the latest approved visit on or before asOf (LATERAL … order by date desc limit 1 on activity_entry_approved_desa_idx)',
        },
        seqScanMs,
        ratio: median(httpMs) / median(minimalMs),
        sample: sample!,
      };
    } finally {
      await app.close();
    }
  } finally {
    await handle.dispose();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/* ——— Both, and the report ——— */

export interface FacilitationBenchResult {
  loadAverage: { before: number[]; after: number[] };
  ingestion: IngestionResult | null;
  coverage: CoverageResult[];
  notRun: string[];
}

/**
 * Ingestion (PostgreSQL only: 50 writers at once is a server deployment; PGlite serves one
 * process) and coverage on each engine; PostgreSQL needs TEST_DATABASE_URL. Environment:
 * BENCH_PENDAMPINGAN_PER_CLIENT (200), BENCH_PENDAMPINGAN_ENTRIES (2,000,000),
 * BENCH_PENDAMPINGAN_PGLITE=0 to leave PGlite out, BENCH_PENDAMPINGAN_CPU_PROF=<dir> for a CPU
 * profile of the server during ingestion.
 */
export async function benchFacilitation(engines: readonly Engine[]): Promise<FacilitationBenchResult> {
  const before = loadavg().map((x) => round(x));
  const notRun: string[] = [];
  const env = process.env;
  const perClient = Number(env.BENCH_PENDAMPINGAN_PER_CLIENT ?? 200);
  const entries = Number(env.BENCH_PENDAMPINGAN_ENTRIES ?? 2_000_000);
  let ingestion: IngestionResult | null = null;
  const coverage: CoverageResult[] = [];
  if (engines.includes('postgres')) {
    ingestion = await benchIngestion({
      perClient,
      ...(env.BENCH_PENDAMPINGAN_CPU_PROF ? { cpuProfileDir: env.BENCH_PENDAMPINGAN_CPU_PROF } : {}),
    });
    coverage.push(await benchCoverage('postgres', { entries }));
  } else {
    notRun.push('pendampingan on PostgreSQL: TEST_DATABASE_URL not set');
  }
  // About two minutes more (the COPY of 2 million rows alone takes PGlite over a minute here).
  if (engines.includes('pglite') && env.BENCH_PENDAMPINGAN_PGLITE !== '0') {
    coverage.push(await benchCoverage('pglite', { entries }));
  } else {
    notRun.push('pendampingan coverage on PGlite: BENCH_PENDAMPINGAN_PGLITE=0');
  }
  return { loadAverage: { before, after: loadavg().map((x) => round(x)) }, ingestion, coverage, notRun };
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');
const n0 = (x: number) => Math.round(x).toLocaleString('en');

/** The markdown section of the pendampingan benchmark. */
export function renderFacilitationMarkdown(r: FacilitationBenchResult | null): string {
  if (!r) return '';
  const lines = [
    '',
    '## Pendampingan',
    '',
    `Load average of this machine (1, 5, 15 min) before / after: ${r.loadAverage.before.join(', ')} / ${r.loadAverage.after.join(', ')}.`,
    ...r.notRun.map((n) => `Not run: ${n}.`),
    '',
    '| engine | measure | value | limit / baseline | ratio | target |',
    '|---|---|---|---|---|---|',
  ];
  const i = r.ingestion;
  for (const run of i?.runs ?? []) {
    const c = run.checks;
    const zero =
      c.failed + c.lost + c.unexpectedRows + c.keysWithoutOneCreated + c.keysWithDifferentIds === 0;
    const how =
      run.batch === 1
        ? `POST ${run.route} (submit), one entry per request`
        : `POST ${run.route} (submit), ${run.batch} entries per request as the outbox sends them`;
    const measure = `ingestion, ${run.batch === 1 ? 'one per request' : `${run.batch} per request`}`;
    lines.push(
      `| postgres | ingestion: ${how}, ${i!.clients} facilitators at once, ${n0(i!.entries)} entries (entries/s) | ${n0(run.entriesPerSecond)} | raw INSERT with audit rows, ${i!.limit.connections} connections: ${n0(i!.limit.entriesPerSecond)} | ${round(run.ratio)} | ≥ ${INGESTION_TARGET_PER_SECOND} ${mark(run.entriesPerSecond >= INGESTION_TARGET_PER_SECOND)} |`,
      `| postgres | ${measure}: latency of the request of a new entry (ms) | p50 ${round(run.createdLatency.p50Ms, 1)}, p95 ${round(run.createdLatency.p95Ms, 1)}, p99 ${round(run.createdLatency.p99Ms, 1)} | raw INSERT p50 ${round(i!.limit.latency.p50Ms, 1)}, p95 ${round(i!.limit.latency.p95Ms, 1)} | | |`,
      `| postgres | ${measure}: repeats (${run.duplicates.retries} later retries, ${run.duplicates.racingCopies} copies sent at once), latency (ms) | p50 ${round(run.repeatLatency.p50Ms, 1)}, p95 ${round(run.repeatLatency.p95Ms, 1)}; ${c.repeatsAnswered200SameId} of ${c.repeats} answered 200 with the first id | | | all ${mark(c.repeatsAnswered200SameId === c.repeats)} |`,
      `| postgres | ${measure}: ${n0(run.requests)} requests (${n0(run.requestsPerSecond)}/s); failed; keys sent / rows stored; lost; unexpected rows; keys without exactly one 201 | ${c.failed}; ${n0(c.distinctKeysSent)} / ${n0(c.rowsInTable)}; ${c.lost}; ${c.unexpectedRows}; ${c.keysWithoutOneCreated} | | | 0 lost, 0 duplicated ${mark(zero && c.rowsInTable === c.distinctKeysSent)} |`,
      `| postgres | ${measure}: audit rows per entry | ${round(c.auditRowsPerEntry, 2)} | | | |`,
      `| postgres | ${measure}: CPU per entry, API server process / PostgreSQL, all its processes (ms) | ${round(run.cpuPerEntry.serverMs ?? 0, 2)} / ${round(run.cpuPerEntry.postgresMs, 2)} | raw INSERT: PostgreSQL backends ${round(i!.limit.cpuPerEntry.postgresMs, 2)} | | |`,
    );
    for (const f of c.failures)
      lines.push(`| postgres | ${measure}: failure | ${f.replaceAll('|', '\\|')} | | | |`);
  }
  for (const cv of r.coverage) {
    const e = cv.engine;
    lines.push(
      `| ${e} | coverage data: ${n0(cv.entries)} entries (${round(cv.approvedShare * 100, 0)}% approved), ${n0(cv.desa)} desa (${cv.neverVisited} never visited, ${cv.lapsed} lapsed), ${cv.facilitators} facilitators, ${cv.kawasan} kawasan, ${cv.period.from}…${cv.period.to}; table with indexes ${n0(cv.tableMb)} MB | COPY with indexes rebuilt ${n0(cv.loadMs)} ms, VACUUM ANALYZE ${n0(cv.vacuumAnalyzeMs)} ms | | | |`,
      `| ${e} | coverage: GET /api/pendampingan/cakupan?region=33, ${cv.runs} as-of dates ${cv.asOf.first}…${cv.asOf.last}, sequential (ms) | p50 ${round(cv.http.p50Ms, 1)}, p95 ${round(cv.http.p95Ms, 1)}, max ${round(cv.http.maxMs, 1)} (${n0(cv.http.bytes / 1024)} KB ${cv.http.encoding}) | minimal query p50 ${round(cv.minimal.p50Ms, 1)}, p95 ${round(cv.minimal.p95Ms, 1)} | ${round(cv.ratio)}× | p95 ≤ ${COVERAGE_P95_TARGET_MS} ms ${mark(cv.http.p95Ms <= COVERAGE_P95_TARGET_MS)} |`,
      `| ${e} | coverage service alone (queries and assembly, no HTTP) (ms) | p50 ${round(cv.service.p50Ms, 1)}, p95 ${round(cv.service.p95Ms, 1)} | | | |`,
      `| ${e} | coverage as of ${cv.sample.asOf}: desa without a visit in 30 / 60 / 90 days; facilitators; kawasan | ${cv.sample.noActivity['30']} / ${cv.sample.noActivity['60']} / ${cv.sample.noActivity['90']} of ${n0(cv.sample.desaCount)}; ${cv.sample.workload}; ${cv.sample.kawasan} | | | |`,
      `| ${e} | full sequential scan of activity_entry, count(*) (ms) | ${n0(cv.seqScanMs)} | | | |`,
    );
  }
  lines.push(
    '',
    'Ingestion limit: each entry and its two audit rows written by one prepared INSERT statement (a data-modifying CTE) per entry from 50 connections straight into PostgreSQL; the API runs on a pool of 10 connections. Coverage limit: the minimal query — for each desa of the province, one index-only probe of activity_entry_approved_desa_idx for its latest approved visit on or before the date.',
  );
  return `${lines.join('\n')}\n`;
}

/** `--only=pendampingan`: measures and writes results/pendampingan.{json,md}; latest.* stays as it was. */
export async function runFacilitationOnly(engines: readonly Engine[], resultsDir: string) {
  const result = await benchFacilitation(engines);
  const report = { ...reportHeader(engines), pendampingan: result };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'pendampingan.json'), `${JSON.stringify(report, null, 2)}\n`);
  const markdown =
    `# Kawasan benchmark, pendampingan only — ${report.date}\n\n${machineLine(report)}\n` +
    renderFacilitationMarkdown(result);
  writeFileSync(join(resultsDir, 'pendampingan.md'), markdown);
  process.stdout.write(`\n${markdown}`);
}
