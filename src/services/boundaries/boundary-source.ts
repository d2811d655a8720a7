/**
 * Where boundary files come from: a GeoJSON file (`.geojson`, `.json`, optionally gzipped) or a
 * folder of them, searched recursively. Files are listed first and read one at a time, so a
 * whole country's boundaries never sit in memory together.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AppError } from '../../domain/errors.ts';

const GEOJSON_FILE = /\.(geojson|json)(\.gz)?$/i;

export interface BoundaryFile {
  path: string;
  /** The path as reported: relative to the folder given, or the file's own name. */
  label: string;
}

async function statOf(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ditemukan' : String(err);
    throw AppError.invalid('path', `${path} ${reason}.`);
  }
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path);
      return e.isFile() && GEOJSON_FILE.test(e.name) ? [path] : [];
    }),
  );
  return nested.flat();
}

/** The GeoJSON files at `path` in a stable order (a folder: every one below it, by path). */
export async function listBoundaryFiles(path: string): Promise<BoundaryFile[]> {
  const info = await statOf(path);
  if (info.isFile()) {
    if (!GEOJSON_FILE.test(path))
      throw AppError.invalid(
        'path',
        `${basename(path)}: jenis berkas tidak dikenal; gunakan .geojson atau .geojson.gz.`,
      );
    return [{ path, label: basename(path) }];
  }
  const files = (await walk(path)).sort();
  if (files.length === 0)
    throw AppError.invalid('path', `${path} tidak berisi berkas .geojson atau .geojson.gz.`);
  return files.map((file) => ({ path: file, label: relative(path, file) }));
}

/** The parsed JSON of one file. */
export async function readBoundaryFile(file: BoundaryFile): Promise<unknown> {
  const bytes = await readFile(file.path);
  let text: string;
  try {
    // A gzip file starts with 1f 8b whatever its name says.
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (err) {
    throw AppError.invalid('file', `${file.label}: berkas gzip rusak (${(err as Error).message}).`);
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (err) {
    throw AppError.invalid('file', `${file.label} bukan JSON yang sah: ${(err as Error).message}`);
  }
}
