/** Test helpers for the wilayah capability. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directoryWilayahSource, type WilayahSource } from './wilayah-source.ts';

export const MINI_WILAYAH_DIR = fileURLToPath(new URL('./fixtures/wilayah-mini', import.meta.url));

/** The small real slice in fixtures/wilayah-mini (4 provinces, 76 villages). */
export const miniWilayah: WilayahSource = directoryWilayahSource(MINI_WILAYAH_DIR);

/** A writable copy of the mini fixture, changed by `edit(fileName, text) → text`. */
export function editedMiniWilayah(edit: (file: string, text: string) => string): WilayahSource {
  const dir = mkdtempSync(join(tmpdir(), 'kawasan-wilayah-'));
  cpSync(MINI_WILAYAH_DIR, dir, { recursive: true });
  for (const file of ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv']) {
    const path = join(dir, file);
    writeFileSync(path, edit(file, readFileSync(path, 'utf8')));
  }
  return directoryWilayahSource(dir);
}
