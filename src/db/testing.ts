/**
 * Test helpers: one suite, two engines. Every `describeEachEngine` block runs on PGlite and,
 * when TEST_DATABASE_URL is set, on PostgreSQL too — each in a fresh, migrated database.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, type Engine, openDatabase } from './client.ts';

export function testEngines(env: NodeJS.ProcessEnv = process.env): Engine[] {
  return env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase {
  db: Database;
  /** Closes the database and, on PostgreSQL, drops it. */
  dispose(): Promise<void>;
}

/** A fresh, migrated database: in-memory PGlite, or a new PostgreSQL database on the test server. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const db = await openDatabase({ engine: 'pglite', dataDir: null });
    await db.migrate();
    return { db, dispose: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `kawasan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`); // name is generated above, never user input
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ engine: 'postgres', url: url.toString() });
  await db.migrate();
  return {
    db,
    async dispose() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Declares `body` once per engine; `ctx.db` is that engine's fresh database. */
export function describeEachEngine(
  name: string,
  body: (ctx: { readonly db: Database; readonly engine: Engine }) => void,
) {
  for (const engine of testEngines()) {
    describe(`${name} [${engine}]`, () => {
      let handle: TestDatabase | undefined;
      beforeAll(async () => {
        handle = await createTestDatabase(engine);
      });
      afterAll(async () => {
        await handle?.dispose();
      });
      body({
        engine,
        get db() {
          if (!handle) throw new Error('test database not ready');
          return handle.db;
        },
      });
    });
  }
}
