import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editedMiniWilayah, MINI_WILAYAH_DIR } from '../services/regions/testing.ts';
import { cli, useEmbeddedDataDir } from './testing.ts';

describe('kawasan CLI on an embedded database', () => {
  const dataDir = useEmbeddedDataDir('kawasan-cli-');

  it('explains itself', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const c of ['serve', 'migrate', 'import wilayah', 'status']) expect(help.stdout).toContain(c);
    const importHelp = await cli('import', 'wilayah', '--help');
    expect(importHelp).toMatchObject({ code: 0, stdout: expect.stringContaining('--dry-run') });
  });

  it.each([[['frobnicate']], [['import', 'wilayah', '--bogus']], [['serve', 'extra']]])(
    'refuses %j with exit code 2',
    async (argv) => {
      const result = await cli(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toBe('');
    },
  );

  it('migrates, imports with progress, is idempotent and reports status', async () => {
    expect((await cli('migrate')).stdout).toMatch(/\d+ migrasi diterapkan/);
    expect((await cli('migrate')).stdout).not.toMatch(/migrasi diterapkan/);
    const first = await cli('import', 'wilayah', '--source', MINI_WILAYAH_DIR);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /\[1\/4\][\s\S]*\[2\/4\][\s\S]*\[3\/4\][\s\S]*\[4\/4\] Selesai: 4 provinsi, 5 kabupaten\/kota, 6 kecamatan, 76 desa\/kelurahan — 91 baru/,
    );
    const again = await cli('import', 'wilayah', '--source', MINI_WILAYAH_DIR);
    expect(again.stdout).toContain('0 baru, 0 diubah, 0 dihapus, 91 tetap');
    const status = await cli('status');
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`pglite (${dataDir})`);
    expect(status.stdout).toContain(
      '4 provinsi, 5 kabupaten/kota, 6 kecamatan, 76 desa/kelurahan (47 desa, 27 kelurahan, 2 desa adat)',
    );
  });

  it('imports an IDM spreadsheet with a report, previews with --dry-run, refuses old .xls files', async () => {
    const file = join(dataDir, 'idm-cilacap.csv');
    writeFileSync(
      file,
      [
        'Data IDM 2024',
        'KODE_DESA,NAMA_DESA,IKS_2024,IKE_2024,IKL_2024,NILAI_IDM_2024,STATUS_IDM_2024',
        '3301012001,Desa A,"0,8",0.9,0.5333,0.7444,MAJU',
        '3301012999,Desa Baru,0.5,0.5,0.5,0.5,TERTINGGAL',
      ].join('\n'),
    );
    const preview = await cli('import', 'idm', '--file', file, '--dry-run');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain(
      'Uji coba (tidak disimpan): IDM 2024 dari idm-cilacap.csv: 2 baris (0 tanpa nilai) — 2 baru',
    );
    const real = await cli('import', 'idm', '--file', file);
    expect(real.stdout).toContain('2 baru, 0 diubah, 0 tetap');
    expect(real.stdout).toContain('1 kode desa tidak ada di daftar wilayah');
    expect(real.stdout).toContain('3301012999');
    expect((await cli('import', 'idm', '--file', file)).stdout).toContain('0 baru, 0 diubah, 2 tetap');
    const oldExcel = join(dataDir, 'idm.xls');
    writeFileSync(oldExcel, 'bukan buku kerja');
    const excel = await cli('import', 'idm', '--file', oldExcel);
    expect(excel.code).toBe(2);
    expect(excel.stderr).toContain('berformat Excel lama (.xls)');
  });

  it('reports bad input files by row and column, and changes nothing', async () => {
    const broken = editedMiniWilayah((file, text) =>
      file === 'districts.csv' ? text.replace('33.74.01,33.74', '33.74.01,33.75') : text,
    );
    const result = await cli('import', 'wilayah', '--source', broken.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('districts.csv baris 3, kolom regency_code');
    expect((await cli('status')).stdout).toContain('76 desa/kelurahan');
  });
});

describe('kawasan user create', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kawasan-cli-user-'));
  const bin = new URL('../../bin/kawasan.mjs', import.meta.url).pathname;
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [bin, 'user', 'create', ...args], {
      input,
      encoding: 'utf8',
      env: { ...process.env, KAWASAN_DATA_DIR: dataDir, DATABASE_URL: '' },
    });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first administrator with the password from stdin, and refuses bad input', async () => {
    const created = run(
      ['--username', 'admin', '--name', 'Admin Nasional', '--role', 'national'],
      'kata-sandi-admin-1\n',
    );
    expect(created.stderr).toBe('');
    expect(created.stdout).toContain('Akun admin dibuat: Admin Nasional, national (Seluruh Indonesia).');
    expect(created.status).toBe(0);

    const duplicate = run(['--username', 'admin', '--role', 'national'], 'kata-sandi-admin-2\n');
    expect(duplicate.status).toBe(1);
    expect(duplicate.stderr).toContain('Nama pengguna sudah dipakai.');

    const bad = run(['--username', 'x', '--role', 'lurah'], 'pendek\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/username[\s\S]*password[\s\S]*assignments\.0\.role/);

    // The account works: signing in through the API with that password succeeds.
    const { openDatabase } = await import('../db/client.ts');
    const { buildApp } = await import('../server/app.ts');
    const db = await openDatabase({ engine: 'pglite', dataDir });
    const app = await buildApp({ db, version: 'test' });
    try {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'admin', password: 'kata-sandi-admin-1' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().user.assignments[0].role).toBe('national');
    } finally {
      await app.close();
      await db.close();
    }
  });
});
