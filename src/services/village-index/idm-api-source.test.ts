import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_API_FILE_BYTES,
  MAX_API_FILES,
  readApiResponsesFromBytes,
  readApiResponsesFromPath,
} from './idm-api-source.ts';
import { IDM_API_FIXTURES } from './testing.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const names = (batch: { files: { file: string; ok: boolean }[] }) => batch.files.map((f) => [f.file, f.ok]);

/** Rewrites the uncompressed size every central-directory entry declares (offset 24 of each entry). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('readApiResponsesFromPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-idm-api-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a folder recursively, every .json by its path inside the folder', async () => {
    const batch = await readApiResponsesFromPath(IDM_API_FIXTURES);
    expect(batch.fileName).toBe('idm-api');
    expect(names(batch)).toEqual([
      ['3603132008/2022.json', true],
      ['3603132008/2024.json', true],
      ['7301042010/2024.json', true],
    ]);
  });

  it('keeps the folder of a lone response in its name, and skips what is not a response', async () => {
    const one = await readApiResponsesFromPath(join(IDM_API_FIXTURES, '3603132008', '2024.json'));
    expect(names(one)).toEqual([['3603132008/2024.json', true]]);

    const folder = join(dir, 'campur');
    mkdirSync(join(folder, 'sub', '.git'), { recursive: true });
    writeFileSync(join(folder, 'sub', 'a.json'), '{"status": 200}');
    writeFileSync(join(folder, 'sub', 'b.json'), '{"status": ');
    writeFileSync(join(folder, 'sub', 'kosong.json'), '');
    writeFileSync(join(folder, 'catatan.txt'), 'bukan data');
    writeFileSync(join(folder, '.tersembunyi.json'), '{}');
    writeFileSync(join(folder, 'sub', '.git', 'x.json'), '{}');
    symlinkSync(folder, join(folder, 'sub', 'putaran'));
    const batch = await readApiResponsesFromPath(folder);
    expect(batch.files).toEqual([
      { file: 'sub/a.json', ok: true, json: { status: 200 } },
      { file: 'sub/b.json', ok: false, problem: expect.stringMatching(/^Bukan JSON yang sah/) },
      { file: 'sub/kosong.json', ok: false, problem: 'Berkas kosong.' },
    ]);
  });

  it.each([
    [join(IDM_API_FIXTURES, 'tidak-ada'), /tidak ditemukan/],
    [join(IDM_API_FIXTURES, 'README.md'), /jenis berkas \.md tidak dikenal/],
  ])('refuses %s', async (path, message) => {
    await expect(readApiResponsesFromPath(path)).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [{ field: 'file', message: expect.stringMatching(message) }],
    });
  });

  it('refuses an empty folder', async () => {
    const empty = join(dir, 'kosong');
    mkdirSync(empty);
    await expect(readApiResponsesFromPath(empty)).rejects.toThrow(/tidak berisi berkas \.json/);
  });
});

describe('readApiResponsesFromBytes', () => {
  const response = new Uint8Array(readFileSync(join(IDM_API_FIXTURES, '3603132008', '2024.json')));

  it('reads an uploaded .json and a .zip, skipping folders, __MACOSX and other files', () => {
    expect(names(readApiResponsesFromBytes('2024.json', response))).toEqual([['2024.json', true]]);
    const zip = zipSync({
      'unduhan/3603132008/2024.json': response,
      'unduhan/3603132008/2023.json': [bytes('{ rusak'), { level: 0 }],
      'unduhan/baca.txt': bytes('x'),
      '__MACOSX/unduhan/._2024.json': bytes('x'),
      'unduhan/kosong/': new Uint8Array(0),
    });
    expect(names(readApiResponsesFromBytes('unduhan.ZIP', zip))).toEqual([
      ['unduhan/3603132008/2023.json', false],
      ['unduhan/3603132008/2024.json', true],
    ]);
  });

  it.each([
    ['idm.xlsx', response, /jenis berkas \.xlsx tidak dikenal; gunakan \.json atau \.zip/],
    ['idm', response, /\(tanpa akhiran\)/],
    ['rusak.zip', bytes('bukan zip'), /bukan arsip ZIP yang dapat dibaca/],
    ['teks.zip', zipSync({ 'a.txt': bytes('x') }), /tidak berisi berkas \.json/],
  ])('refuses %s', (fileName, data, message) => {
    expect(() => readApiResponsesFromBytes(fileName, data)).toThrow(message);
  });

  it('refuses more files than the limit, before unpacking any', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= MAX_API_FILES; i++) many[`${i}.json`] = new Uint8Array(0);
    expect(() => readApiResponsesFromBytes('banyak.zip', zipSync(many, { level: 0 }))).toThrow(
      /lebih dari 20\.000 berkas JSON/,
    );
  });

  it('refuses an archive whose files add up to more than the limit, from the sizes it declares', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 80; i++) files[`${i}.json`] = bytes('{}');
    const declared = declareSize(zipSync(files), MAX_API_FILE_BYTES);
    expect(() => readApiResponsesFromBytes('besar.zip', declared)).toThrow(/lebih dari 256 MB bila dibuka/);
  });

  it('rejects one file declared too large, and never inflates past what a file declares (zip bomb)', () => {
    const bomb = new Uint8Array(32 * 1024 * 1024).fill(32); // 32 MB of spaces: a few KB compressed
    const zip = declareSize(zipSync({ 'bom.json': bomb }), 1000);
    const [file] = readApiResponsesFromBytes('bom.zip', zip).files;
    // Only the declared 1000 bytes come out (the limit checks rely on it): all spaces, so not JSON.
    expect(unzipSync(zip)['bom.json']).toHaveLength(1000);
    expect(file).toMatchObject({ file: 'bom.json', ok: false });
    const huge = declareSize(zipSync({ 'raksasa.json': bytes('{}') }), MAX_API_FILE_BYTES + 1);
    expect(readApiResponsesFromBytes('raksasa.zip', huge).files).toEqual([
      { file: 'raksasa.json', ok: false, problem: expect.stringMatching(/lebih dari batas 4 MB/) },
    ]);
  });
});
