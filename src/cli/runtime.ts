/** What every command shares: configuration, opening the database, progress and error output. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Database, dbConfigFromEnv, openDatabase } from '../db/client.ts';
import { AppError } from '../domain/errors.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function projectVersion(): string {
  return (
    JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
}

export interface Output {
  info(line: string): void;
  error(line: string): void;
}

export const consoleOutput: Output = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** Opens the configured database and applies pending migrations, reporting both. */
export async function openMigrated(out: Output, env: NodeJS.ProcessEnv = process.env): Promise<Database> {
  const config = dbConfigFromEnv(env);
  const db = await openDatabase(config);
  try {
    const applied = await db.migrate();
    out.info(`Basis data: ${db.engine} (${db.location})${applied ? `, ${applied} migrasi diterapkan` : ''}`);
    return db;
  } catch (err) {
    await db.close();
    throw err;
  }
}

/** Prints an error for people and returns the process exit code. */
export function reportError(out: Output, err: unknown): number {
  if (err instanceof AppError) {
    out.error(`Galat: ${err.message}`);
    for (const issue of err.issues) out.error(`  - ${issue.field}: ${issue.message}`);
    return err.code === 'invalid_input' ? 2 : 1;
  }
  out.error(`Galat: ${(err as Error)?.stack ?? String(err)}`);
  return 1;
}
