/**
 * Database factory: the embedded PGlite (default, `./data/`) or PostgreSQL 15 (`DATABASE_URL`).
 * Both expose the same drizzle API, so services have one code path.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { acquireDataDirLock, type DataDirLock } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Engine = 'pglite' | 'postgres';
export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Tx {
  orm: Orm;
  /** Bulk-loads CSV text (no header) with COPY: the fastest path on either engine. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
}

export interface Database {
  engine: Engine;
  /** Where the data lives, without credentials: a directory, `memory`, or host/dbname. */
  location: string;
  orm: Orm;
  /** Runs `fn` in one transaction; it commits when `fn` resolves and rolls back when it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Round-trip time of a trivial query, in milliseconds. */
  ping(): Promise<number>;
  /** Applies pending migrations; returns how many were applied. Safe to run concurrently. */
  migrate(): Promise<number>;
  /** Records the HTTP port in the data-dir lock (PGlite) so the CLI can reach the server. */
  announcePort(port: number): void;
  close(): Promise<void>;
}

export type DbConfig =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite' /** null: in memory, for tests */; dataDir: string | null };

/** `DATABASE_URL` selects PostgreSQL; otherwise PGlite in `KAWASAN_DATA_DIR` or `./data`. */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DbConfig {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'pglite', dataDir: resolve(env.KAWASAN_DATA_DIR || 'data') };
}

const MIGRATIONS = { migrationsFolder: fileURLToPath(new URL('./migrations', import.meta.url)) };
const COUNT_MIGRATIONS = 'select count(*)::int as n from drizzle.__drizzle_migrations';
/** Arbitrary key that serialises migrations across servers sharing one PostgreSQL database. */
const MIGRATION_LOCK_KEY = 4_262_014;

async function countMigrations(query: (text: string) => Promise<{ rows: unknown[] }>): Promise<number> {
  try {
    const { rows } = await query(COUNT_MIGRATIONS);
    return (rows[0] as { n: number }).n;
  } catch {
    return 0; // the bookkeeping table does not exist before the first migration
  }
}

/** Whether a PGlite data directory has been created already (PostgreSQL writes PG_VERSION first). */
export function isInitialized(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

/** COPY statement for a table and columns; identifiers are checked, never user input. */
function copyStatement(table: string, columns: readonly string[], source: string): string {
  for (const id of [table, ...columns]) if (!IDENT.test(id)) throw new Error(`bad identifier: ${id}`);
  return `COPY ${table} (${columns.join(', ')}) FROM ${source} WITH (FORMAT csv)`;
}

export async function openDatabase(config: DbConfig): Promise<Database> {
  return config.engine === 'postgres' ? openPostgres(config.url) : openPglite(config.dataDir);
}

async function openPglite(dataDir: string | null): Promise<Database> {
  let lock: DataDirLock | null = null;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    lock = acquireDataDirLock(dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ?? undefined);
  } catch (err) {
    lock?.release();
    throw err;
  }
  const orm = drizzlePglite({ client, schema }) as unknown as Orm;
  return {
    engine: 'pglite',
    location: dataDir ?? 'memory',
    orm,
    transaction: (fn) =>
      client.transaction((t) =>
        fn({
          // A PGlite transaction answers the same query calls as PGlite itself. Without the
          // schema: only relational queries (unused) need it, and building their config for every
          // transaction costs more than the transaction's own queries.
          orm: drizzlePglite({ client: t as unknown as PGlite }) as unknown as Orm,
          copyCsv: async (table, columns, csv) => {
            await t.query(copyStatement(table, columns, `'/dev/blob'`), [], { blob: new Blob([csv]) });
          },
        }),
      ),
    ping: async () => {
      const started = performance.now();
      await client.query('select 1');
      return performance.now() - started;
    },
    migrate: async () => {
      const before = await countMigrations((text) => client.query(text));
      await migratePglite(drizzlePglite({ client, schema }), MIGRATIONS);
      return (await countMigrations((text) => client.query(text))) - before;
    },
    announcePort: (port) => lock?.setPort(port),
    close: async () => {
      try {
        if (!client.closed) await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  const orm = drizzlePg({ client: pool, schema }) as unknown as Orm;
  const parsed = new URL(url);
  return {
    engine: 'postgres',
    location: `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`,
    orm,
    transaction: async (fn) => {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await fn({
          // Without the schema, as for PGlite above.
          orm: drizzlePg({ client: conn }) as unknown as Orm,
          copyCsv: async (table, columns, csv) => {
            const stream = conn.query(copyFrom(copyStatement(table, columns, 'STDIN')));
            await pipeline(Readable.from([csv]), stream);
          },
        });
        await conn.query('COMMIT');
        return result;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    },
    ping: async () => {
      const started = performance.now();
      await pool.query('select 1');
      return performance.now() - started;
    },
    migrate: async () => {
      const conn = new pg.Client({ connectionString: url });
      await conn.connect();
      try {
        await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        const before = await countMigrations((text) => conn.query(text));
        await migratePg(drizzlePg({ client: conn, schema }), MIGRATIONS);
        return (await countMigrations((text) => conn.query(text))) - before;
      } finally {
        await conn.end();
      }
    },
    announcePort: () => {},
    close: () => pool.end(),
  };
}

/** Rows of a raw SQL query; both drivers return `{ rows }`. Use for what the query builder cannot say. */
export async function queryRows<T>(orm: Orm, query: SQL): Promise<T[]> {
  const result = (await orm.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
