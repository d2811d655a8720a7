/**
 * Where ministry IDM API responses come from: one saved `.json` response, a folder of them (read
 * recursively), or a `.zip` of them, given as a path or as uploaded bytes. Each file is parsed
 * on its own, so one broken file is reported without losing the others. Limits on the number of
 * files and on their uncompressed size keep a zip bomb or a mistaken upload from exhausting memory.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { AppError } from '../../domain/errors.ts';

export type ApiResponseFile =
  | { file: string; ok: true; json: unknown }
  | { file: string; ok: false; problem: string };

export interface ApiResponseBatch {
  fileName: string;
  files: ApiResponseFile[];
}

/** About 4 years of every desa of a large province; far above any upload seen in practice. */
export const MAX_API_FILES = 20_000;
/** One response is about 15 KB. */
export const MAX_API_FILE_BYTES = 4 * 1024 * 1024;
/** The whole batch, uncompressed. */
const MAX_API_TOTAL_BYTES = 256 * 1024 * 1024;

const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const tooMany = (fileName: string) =>
  AppError.invalid(
    'file',
    `${fileName} berisi lebih dari ${MAX_API_FILES.toLocaleString('id-ID')} berkas JSON; bagi menjadi beberapa impor.`,
  );
const tooLarge = (fileName: string) =>
  AppError.invalid(
    'file',
    `${fileName} lebih dari ${MB(MAX_API_TOTAL_BYTES)} bila dibuka; bagi menjadi beberapa impor.`,
  );
const fileTooLarge = (size: number) =>
  `Berkas ${MB(size)}, lebih dari batas ${MB(MAX_API_FILE_BYTES)} untuk satu jawaban API.`;

/** Skips what zip tools and desktops add next to the data: folders, `__MACOSX/`, hidden files. */
function isResponseName(path: string): boolean {
  if (path.endsWith('/') || path.startsWith('__MACOSX/') || path.includes('/__MACOSX/')) return false;
  const name = basename(path);
  return !name.startsWith('.') && name.toLowerCase().endsWith('.json');
}

function parseJson(file: string, bytes: Uint8Array): ApiResponseFile {
  if (bytes.length === 0) return { file, ok: false, problem: 'Berkas kosong.' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return { file, ok: true, json: JSON.parse(text) };
  } catch (err) {
    const reason = err instanceof TypeError ? 'bukan teks UTF-8' : (err as Error).message;
    return { file, ok: false, problem: `Bukan JSON yang sah: ${reason}.` };
  }
}

function readZip(fileName: string, bytes: Uint8Array): ApiResponseFile[] {
  const refused: ApiResponseFile[] = [];
  let count = 0;
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      // Sizes come from the archive's own directory; fflate never inflates past the declared
      // size, so checking them here bounds memory even for an archive that lies.
      filter: (entry) => {
        if (!isResponseName(entry.name)) return false;
        if (++count > MAX_API_FILES) throw tooMany(fileName);
        if (entry.originalSize > MAX_API_FILE_BYTES) {
          refused.push({ file: entry.name, ok: false, problem: fileTooLarge(entry.originalSize) });
          return false;
        }
        if (entry.compression !== 0 && entry.compression !== 8) {
          refused.push({
            file: entry.name,
            ok: false,
            problem: `Cara kompresi ${entry.compression} tidak didukung; simpan ulang arsip sebagai ZIP biasa.`,
          });
          return false;
        }
        total += entry.originalSize;
        if (total > MAX_API_TOTAL_BYTES) throw tooLarge(fileName);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw AppError.invalid(
      'file',
      `${fileName} bukan arsip ZIP yang dapat dibaca: ${(err as Error).message}.`,
    );
  }
  const files = Object.entries(entries).map(([name, data]) => parseJson(name, data));
  return [...files, ...refused].sort((a, b) => a.file.localeCompare(b.file));
}

/** An uploaded `.json` or `.zip` of API responses; anything else is refused. */
export function readApiResponsesFromBytes(fileName: string, bytes: Uint8Array): ApiResponseBatch {
  const lower = fileName.toLowerCase();
  if (bytes.length > MAX_API_TOTAL_BYTES) throw tooLarge(fileName);
  if (lower.endsWith('.json')) {
    if (bytes.length > MAX_API_FILE_BYTES)
      return { fileName, files: [{ file: fileName, ok: false, problem: fileTooLarge(bytes.length) }] };
    return { fileName, files: [parseJson(fileName, bytes)] };
  }
  if (lower.endsWith('.zip')) {
    const files = readZip(fileName, bytes);
    if (files.length === 0) throw AppError.invalid('file', `${fileName} tidak berisi berkas .json.`);
    return { fileName, files };
  }
  throw AppError.invalid(
    'file',
    `${fileName}: jenis berkas ${extname(lower) || '(tanpa akhiran)'} tidak dikenal; gunakan .json atau .zip berisi jawaban API IDM.`,
  );
}

async function listJsonFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string) => {
    const entries: Dirent[] = await readdir(join(root, relative), { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      // Symbolic links are neither files nor folders here, so a link loop cannot trap the walk.
      if (entry.isDirectory() && entry.name !== '__MACOSX' && !entry.name.startsWith('.')) await walk(path);
      else if (entry.isFile() && isResponseName(path)) {
        found.push(path);
        if (found.length > MAX_API_FILES) throw tooMany(basename(root));
      }
    }
  };
  await walk('');
  return found;
}

/** One `.json` file, a folder (recursively, every `*.json`), or a `.zip` of them. */
export async function readApiResponsesFromPath(
  path: string,
  options: { onProgress?: (read: number, total: number) => void } = {},
): Promise<ApiResponseBatch> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ditemukan' : String(err);
    throw AppError.invalid('file', `${path} ${reason}.`);
  }
  const fileName = basename(path);
  if (!info.isDirectory()) {
    if (info.size > MAX_API_TOTAL_BYTES) throw tooLarge(fileName);
    const batch = readApiResponsesFromBytes(fileName, await readFile(path));
    // A lone response keeps its folder in its name: `<kode_desa>/<tahun>.json` says which desa it is for.
    if (fileName.toLowerCase().endsWith('.json')) {
      const file = `${basename(dirname(resolve(path)))}/${fileName}`;
      return { fileName, files: batch.files.map((f) => ({ ...f, file })) };
    }
    return batch;
  }
  const names = await listJsonFiles(path);
  if (names.length === 0) throw AppError.invalid('file', `Folder ${fileName} tidak berisi berkas .json.`);
  const files: ApiResponseFile[] = [];
  let total = 0;
  for (const [i, name] of names.entries()) {
    const full = join(path, name);
    const { size } = await stat(full);
    if (size > MAX_API_FILE_BYTES) files.push({ file: name, ok: false, problem: fileTooLarge(size) });
    else {
      total += size;
      if (total > MAX_API_TOTAL_BYTES) throw tooLarge(fileName);
      files.push(parseJson(name, await readFile(full)));
    }
    options.onProgress?.(i + 1, names.length);
  }
  return { fileName, files };
}
