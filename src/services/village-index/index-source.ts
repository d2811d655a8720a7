/** Where index spreadsheets come from: a file people give (CSV, optionally gzipped) or the shipped 2024 data. */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseCsv } from '../../domain/csv.ts';
import { AppError } from '../../domain/errors.ts';

export const BUNDLED_IDM_FILE = fileURLToPath(new URL('./data/idm-2024.csv.gz', import.meta.url));

/** The cells of a spreadsheet file; XLSX is refused with advice until it is supported. */
export async function readSheetFile(path: string): Promise<{ fileName: string; cells: string[][] }> {
  const fileName = basename(path);
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) {
    throw AppError.invalid(
      'file',
      `${fileName}: berkas Excel belum didukung. Simpan lembar "IDM <tahun>" sebagai CSV, lalu impor berkas CSV itu.`,
    );
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.csv.gz')) {
    throw AppError.invalid(
      'file',
      `${fileName}: jenis berkas ${extname(lower) || '(tanpa akhiran)'} tidak dikenal; gunakan .csv atau .csv.gz.`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ditemukan' : String(err);
    throw AppError.invalid('file', `${path} ${reason}.`);
  }
  const text = (lower.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  try {
    return { fileName, cells: parseCsv(text) };
  } catch (err) {
    throw AppError.invalid('file', `${fileName} bukan CSV yang sah: ${(err as Error).message}`);
  }
}
