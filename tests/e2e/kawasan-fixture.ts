/**
 * Data for the browser tests of kawasan: the small real region list (Kecamatan Kedungreja is the
 * only kecamatan of Kabupaten Cilacap in it), the real boundaries of its 11 desa (so neighbours
 * come from the boundary import), their IDM 2024 sheet (`KEDUNGREJA_IDM`, shared with the route
 * tests) with Maju/Mandiri locomotives beside Tertinggal desa, and an officer of Kabupaten
 * Cilacap. Loaded with the CLI before the first start, so the server does not import the national
 * data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEDUNGREJA_IDM, kedungrejaIdmSheet } from '../../src/services/kawasan/testing.ts';
import { MINI_WILAYAH_DIR } from '../../src/services/regions/testing.ts';
import { ROOT, runCli } from './support';

export const BOUNDARIES = join(ROOT, 'src/services/boundaries/fixtures/boundaries-mini');

export { KEDUNGREJA_IDM };

export const CILACAP = { code: '3301', name: 'Kabupaten Cilacap' } as const;

/** The kabupaten officer who runs the recommender, proposes, verifies and designates. */
export const OFFICER = {
  login: 'bappeda-cilacap',
  name: 'Bappeda Kabupaten Cilacap',
  password: 'kata-sandi-cilacap-1',
} as const;

/** Loads the regions, boundaries and IDM above and creates {@link OFFICER}; for `startApp({ prepare })`. */
export function prepareKawasanData(dataDir: string): void {
  runCli(['import', 'wilayah', '--source', MINI_WILAYAH_DIR], dataDir);
  const boundaries = runCli(['import', 'boundaries', BOUNDARIES], dataDir);
  if (!boundaries.includes('Selesai: 2 dari 2 berkas'))
    throw new Error(`boundary import failed:\n${boundaries}`);
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-e2e-idm-'));
  try {
    const file = join(dir, 'idm-2024-kedungreja.csv');
    writeFileSync(
      file,
      `${kedungrejaIdmSheet(2024)
        .map((row) => row.join(','))
        .join('\n')}\n`,
    );
    runCli(['import', 'idm', '--file', file], dataDir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  runCli(
    [
      'user',
      'create',
      '--username',
      OFFICER.login,
      '--name',
      OFFICER.name,
      '--role',
      'kabupaten',
      '--scope',
      CILACAP.code,
    ],
    dataDir,
    `${OFFICER.password}\n`,
  );
}
