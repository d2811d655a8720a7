/**
 * Test helpers: one suite, two engines. Every `describeEachEngine` block runs on PGlite and,
 * when TEST_DATABASE_URL is set, on PostgreSQL too — each in a fresh, migrated database.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, type Engine, queryRows } from './client.ts';
import { createTestDatabase, type TestDatabase, testEngines } from './test-database.ts';

export { createTestDatabase, testEngines };

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

/** How many rows `table` holds. */
export async function countRows(db: Database, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db.orm,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row!.n;
}
