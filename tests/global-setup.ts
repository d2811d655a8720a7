/**
 * Says loudly which parts of the suite cannot run on this machine, instead of dropping them
 * silently. With KAWASAN_REQUIRE_FULL_SUITE=1 (as in CI) a missing part fails the run.
 */
import { existsSync } from 'node:fs';
import { hasSharedData, SHARED_DATA_DIR } from './data/shared-data.ts';

export default function setup() {
  const missing: string[] = [];
  if (!process.env.TEST_DATABASE_URL) {
    missing.push(
      'PostgreSQL: NOT RUN — set TEST_DATABASE_URL to run every database test on PostgreSQL 15 too',
    );
  }
  if (!hasSharedData) {
    missing.push(
      `National data checks: NOT RUN — ${SHARED_DATA_DIR} missing (development and CI machines only)`,
    );
  }
  if (!existsSync('/usr/bin/chromium')) {
    missing.push('Browser tests: NOT RUN — /usr/bin/chromium missing (apt-get install chromium)');
  }
  const line = '='.repeat(78);
  if (missing.length === 0) {
    process.stdout.write(
      `\n${line}\nKawasan tests: PGlite + PostgreSQL (${process.env.TEST_DATABASE_URL?.replace(/\/\/[^@]*@/, '//')}) + Chromium\n${line}\n`,
    );
    return;
  }
  process.stdout.write(`\n${line}\n${missing.map((m) => `!! ${m}`).join('\n')}\n${line}\n`);
  if (process.env.KAWASAN_REQUIRE_FULL_SUITE === '1') {
    throw new Error(`KAWASAN_REQUIRE_FULL_SUITE=1 but: ${missing.join('; ')}`);
  }
}
