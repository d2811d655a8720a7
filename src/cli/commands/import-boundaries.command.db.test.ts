import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MINI_BOUNDARIES_DIR, MINI_DESA_FILE, miniDesaDocument } from '../../services/boundaries/testing.ts';
import { MINI_WILAYAH_DIR } from '../../services/regions/testing.ts';
import { cli, useEmbeddedDataDir } from '../testing.ts';

describe('kawasan import boundaries', () => {
  useEmbeddedDataDir('kawasan-cli-boundaries-');
  beforeAll(async () => {
    expect((await cli('import', 'wilayah', '--source', MINI_WILAYAH_DIR)).code).toBe(0);
  });

  it('explains itself and asks for exactly one path', async () => {
    const help = await cli('import', 'boundaries', '--help');
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('--dry-run') });
    expect((await cli('--help')).stdout).toContain('import boundaries');
    const none = await cli('import', 'boundaries');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Sebutkan satu berkas atau folder GeoJSON');
    expect((await cli('import', 'boundaries', 'a', 'b')).code).toBe(2);
  });

  it('previews with --dry-run, imports a folder with progress, and is idempotent', async () => {
    const preview = await cli('import', 'boundaries', MINI_DESA_FILE, '--dry-run');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('Uji coba (tidak disimpan)');
    expect(preview.stdout).toContain(
      '[1/1] desa-kedungreja-semarang-tengah.geojson: 26 desa/kelurahan — 26 baru, 0 diubah, 0 tetap',
    );
    expect(preview.stdout).not.toContain('lapisan peta');

    const first = await cli('import', 'boundaries', MINI_BOUNDARIES_DIR);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '[1/2] desa-kedungreja-semarang-tengah.geojson: 26 desa/kelurahan — 26 baru',
    );
    expect(first.stdout).toMatch(
      /3 lapisan peta dibangun ulang; terbesar 33 \(tingkat 4, 26 wilayah\): \d+ KB/,
    );
    expect(first.stdout).toContain(
      '[2/2] kecamatan/kedungreja-semarang-tengah.geojson: 2 kecamatan — 2 baru',
    );
    expect(first.stdout).toMatch(/ketetanggaan desa provinsi 33: 52 pasang tetangga \(\d+\.\d s\)/);
    expect(first.stdout.match(/ketetanggaan/g)).toHaveLength(1);
    expect(first.stdout).toMatch(/Selesai: 2 dari 2 berkas, 28 batas wilayah \(0 belum terpetakan\)/);

    const again = await cli('import', 'boundaries', MINI_BOUNDARIES_DIR);
    expect(again.stdout).toContain('26 desa/kelurahan — 0 baru, 0 diubah, 26 tetap');
    expect(again.stdout).not.toContain('lapisan peta');
    expect(again.stdout).not.toContain('ketetanggaan');
  });

  it('reports unplaced codes, and a bad file by feature index and code with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kawasan-cli-geo-'));
    const unplaced = miniDesaDocument();
    unplaced.features[0]!.properties.kode = '3301012099';
    writeFileSync(join(dir, 'a.geojson'), JSON.stringify(unplaced));
    const bad = miniDesaDocument();
    bad.features[4]!.geometry = { type: 'Point', coordinates: [108.7, -7.5] };
    writeFileSync(join(dir, 'b.geojson'), JSON.stringify(bad));
    const result = await cli('import', 'boundaries', dir);
    rmSync(dir, { recursive: true, force: true });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(
      '1 kode tidak ada di daftar wilayah (disimpan, ditandai belum terpetakan):',
    );
    expect(result.stdout).toContain('3301012099');
    expect(result.stderr).toContain(
      '[2/2] b.geojson: TIDAK DIIMPOR — Berkas b.geojson tidak dapat diimpor (1 masalah).',
    );
    expect(result.stderr).toMatch(/features\[4\] \(kode \d{10}\): Jenis geometri Point tidak didukung/);
    expect(result.stderr).toContain('1 berkas tidak diimpor: b.geojson.');
  });
});
