/** Helpers for CLI tests: running commands in-process on an embedded database of their own. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { runCli } from './main.ts';
import type { Output } from './runtime.ts';

/** Runs `kawasan <argv>` in this process and returns its exit code and what it printed. */
export async function cli(...argv: string[]) {
  const lines: string[] = [];
  const errors: string[] = [];
  const out: Output = { info: (l) => lines.push(l), error: (l) => errors.push(l) };
  const code = await runCli(argv, out);
  return { code, stdout: lines.join('\n'), stderr: errors.join('\n') };
}

/**
 * Points the CLI at a fresh PGlite data directory (`prefix…`) for the enclosing `describe`:
 * `DATABASE_URL` is cleared so no PostgreSQL is used, and the environment and the directory are
 * restored and removed afterwards. Files the tests write may go into the directory as well.
 */
export function useEmbeddedDataDir(prefix: string): string {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const saved = { ...process.env };
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    process.env.KAWASAN_DATA_DIR = dataDir;
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dataDir, { recursive: true, force: true });
  });
  return dataDir;
}
