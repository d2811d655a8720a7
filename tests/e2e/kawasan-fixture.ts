/**
 * Data for the browser tests of kawasan: the small real region list (Kecamatan Kedungreja is the
 * only kecamatan of Kabupaten Cilacap in it), the real boundaries of its 11 desa (so neighbours
 * come from the boundary import), an IDM 2024 sheet giving them Maju/Mandiri locomotives beside
 * Tertinggal desa, and an officer of Kabupaten Cilacap. Loaded with the CLI before the first
 * start, so the server does not import the national data.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MINI_WILAYAH_DIR } from '../../src/services/regions/testing.ts';
import { idmSheetHeader } from '../../src/services/village-index/testing.ts';
import { ROOT, runCli } from './support';

export const BOUNDARIES = join(ROOT, 'src/services/boundaries/fixtures/boundaries-mini');

export const CILACAP = { code: '3301', name: 'Kabupaten Cilacap' } as const;

/** The kabupaten officer who runs the recommender, proposes, verifies and designates. */
export const OFFICER = {
  login: 'bappeda-cilacap',
  name: 'Bappeda Kabupaten Cilacap',
  password: 'kata-sandi-cilacap-1',
} as const;

/**
 * IDM 2024 of the desa of Kedungreja: Kedungreja (Mandiri) and Jatisari (Maju) pull; Tambakreja
 * and Ciklapa (Tertinggal, neighbours of Kedungreja) and Bojongsari (Sangat Tertinggal, at the
 * kecamatan's edge) lag; the rest are Berkembang.
 */
export const KEDUNGREJA_IDM: readonly { code: string; name: string; value: number; status: string }[] = [
  { code: '3301012001', name: 'TAMBAKREJA', value: 0.55, status: 'TERTINGGAL' },
  { code: '3301012002', name: 'BUMIREJA', value: 0.65, status: 'BERKEMBANG' },
  { code: '3301012003', name: 'CIKLAPA', value: 0.56, status: 'TERTINGGAL' },
  { code: '3301012004', name: 'KEDUNGREJA', value: 0.85, status: 'MANDIRI' },
  { code: '3301012005', name: 'TAMBAKSARI', value: 0.65, status: 'BERKEMBANG' },
  { code: '3301012006', name: 'REJAMULYA', value: 0.66, status: 'BERKEMBANG' },
  { code: '3301012007', name: 'SIDANEGARA', value: 0.64, status: 'BERKEMBANG' },
  { code: '3301012008', name: 'KALIWUNGU', value: 0.63, status: 'BERKEMBANG' },
  { code: '3301012009', name: 'JATISARI', value: 0.76, status: 'MAJU' },
  { code: '3301012010', name: 'BANGUNREJA', value: 0.62, status: 'BERKEMBANG' },
  { code: '3301012011', name: 'BOJONGSARI', value: 0.45, status: 'SANGAT TERTINGGAL' },
];

/** Loads the regions, boundaries and IDM above and creates {@link OFFICER}; for `startApp({ prepare })`. */
export function prepareKawasanData(dataDir: string): void {
  runCli(['import', 'wilayah', '--source', MINI_WILAYAH_DIR], dataDir);
  const boundaries = runCli(['import', 'boundaries', BOUNDARIES], dataDir);
  if (!boundaries.includes('Selesai: 2 dari 2 berkas'))
    throw new Error(`boundary import failed:\n${boundaries}`);
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-e2e-idm-'));
  try {
    const file = join(dir, 'idm-2024-kedungreja.csv');
    const v = (x: number) => x.toFixed(4);
    const rows = KEDUNGREJA_IDM.map((d) =>
      [d.code, d.name, v(d.value), v(d.value), v(d.value), v(d.value), d.status].join(','),
    );
    writeFileSync(file, `${[idmSheetHeader(2024).join(','), ...rows].join('\n')}\n`);
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
