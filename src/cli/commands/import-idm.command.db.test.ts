import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI_WILAYAH_DIR } from '../../services/regions/testing.ts';
import { IDM_API_FIXTURES } from '../../services/village-index/testing.ts';
import { cli, useEmbeddedDataDir } from '../testing.ts';

describe('kawasan import idm with ministry API responses', () => {
  const dir = useEmbeddedDataDir('kawasan-cli-idm-');
  beforeAll(async () => {
    expect((await cli('import', 'wilayah', '--source', MINI_WILAYAH_DIR)).code).toBe(0);
  });

  it('documents the API sources in --help', async () => {
    const help = await cli('import', 'idm', '--help');
    expect(help.stdout).toContain('<kode_desa>/<tahun>.json');
    expect(help.stdout).toContain('.zip');
  });

  it('previews a folder, imports it with the full report, and finds nothing to change the second time', async () => {
    const folder = join(dir, 'idm-api');
    cpSync(IDM_API_FIXTURES, folder, { recursive: true });
    writeFileSync(join(folder, 'rusak.json'), '{"status": 200, "mapData": ');

    const preview = await cli('import', 'idm', '--file', folder, '--dry-run');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toMatch(/\[1\/3\][\s\S]*\[2\/3\][\s\S]*\[3\/3\]/);
    expect(preview.stdout).toContain(
      'Uji coba (tidak disimpan): IDM 2022, 2024 dari idm-api: 4 berkas, 3 desa-tahun (0 tanpa nilai) — 3 baru, 0 diubah, 0 tetap.',
    );
    const real = await cli('import', 'idm', '--file', folder);
    expect(real.stdout).toContain('3 desa-tahun (0 tanpa nilai) — 3 baru');
    expect(real.stdout).toContain('3 kode desa tidak ada di daftar wilayah');
    expect(real.stdout).toContain(
      '7301042010 BONEA TIMUR (2024, 7301042010/2024.json) → tanpa padanan: Kabupaten 7301 tidak ada di daftar wilayah.',
    );
    expect(real.stdout).toContain('1 berkas ditolak (tidak ada datanya yang disimpan):');
    expect(real.stdout).toMatch(/ {2}rusak\.json: Bukan JSON yang sah/);
    expect((await cli('import', 'idm', '--file', folder)).stdout).toContain('0 baru, 0 diubah, 3 tetap.');
  });

  it('reads one response and a zip of them', async () => {
    const one = await cli(
      'import',
      'idm',
      '--file',
      join(IDM_API_FIXTURES, '3603132008', '2024.json'),
      '--dry-run',
    );
    expect(one.stdout).toContain('IDM 2024 dari 2024.json: 1 berkas, 1 desa-tahun');
    const zip = join(dir, 'unduhan.zip');
    const file = (p: string) => new Uint8Array(readFileSync(join(IDM_API_FIXTURES, p)));
    writeFileSync(
      zip,
      zipSync({
        'unduhan/3603132008/2022.json': file('3603132008/2022.json'),
        'unduhan/3603132008/2024.json': file('3603132008/2024.json'),
        '__MACOSX/unduhan/._2024.json': new Uint8Array([0, 1, 2]),
      }),
    );
    const zipped = await cli('import', 'idm', '--file', zip, '--dry-run');
    expect(zipped.code).toBe(0);
    expect(zipped.stdout).toContain('IDM 2022, 2024 dari unduhan.zip: 2 berkas, 2 desa-tahun');
  });

  it('refuses a batch with nothing importable, naming the file, with exit code 2', async () => {
    const bad = join(dir, 'kosong.json');
    writeFileSync(bad, JSON.stringify({ status: 400, error: true, message: 'ID Desa tidak ditemukan' }));
    const result = await cli('import', 'idm', '--file', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('API menjawab galat: ID Desa tidak ditemukan.');
  });
});
