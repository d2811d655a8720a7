/**
 * Files of kawasan documents on disk, named by their SHA-256 under `<files dir>/dokumen/ab/abcd…`:
 * a file is written to a temporary name and renamed into place, so a reader never sees half a
 * file, the same bytes are stored once, and every read is checked against its name.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '../../domain/errors.ts';

/** `KAWASAN_FILES_DIR`, else `berkas/` inside the data directory (`KAWASAN_DATA_DIR` or `./data`). */
export function filesDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.KAWASAN_FILES_DIR || join(env.KAWASAN_DATA_DIR || 'data', 'berkas'));
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function createDocumentStore(root: string) {
  const pathOf = (sha: string) => join(root, 'dokumen', sha.slice(0, 2), sha);

  return {
    /** Stores the bytes (once per content) and returns their checksum. */
    async put(bytes: Uint8Array): Promise<string> {
      const sha = sha256Hex(bytes);
      const final = pathOf(sha);
      await mkdir(join(root, 'dokumen', sha.slice(0, 2)), { recursive: true });
      const temp = join(root, 'dokumen', `.unggah-${randomUUID()}`);
      const file = await open(temp, 'wx');
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temp, final);
      return sha;
    },

    /** The stored bytes; a missing or altered file is an error, never served. */
    async read(sha: string): Promise<Uint8Array> {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(pathOf(sha));
      } catch {
        throw new AppError('unavailable', 'Berkas dokumen tidak ditemukan di penyimpanan server.');
      }
      if (sha256Hex(bytes) !== sha)
        throw new AppError('internal', 'Berkas dokumen di penyimpanan server rusak (checksum tidak cocok).');
      return bytes;
    },

    /** Removes the file of `sha`; call it only when no document refers to it any more. */
    async remove(sha: string): Promise<void> {
      await rm(pathOf(sha), { force: true });
    },
  };
}
export type DocumentStore = ReturnType<typeof createDocumentStore>;
