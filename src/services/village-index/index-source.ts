/**
 * Where index spreadsheets come from: a file people give (CSV, gzipped CSV or an Excel workbook),
 * uploaded or on disk, or the shipped 2024 data. Everything becomes cells for the sheet reader.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseCsv, parseCsvRecords } from '../../domain/csv.ts';
import { AppError } from '../../domain/errors.ts';
import { HEADER_SEARCH_ROWS } from '../../domain/village-index/idm-sheet.ts';
import { readXlsxCells } from './xlsx-sheet.ts';

export const BUNDLED_IDM_FILE = fileURLToPath(new URL('./data/idm-2024.csv.gz', import.meta.url));

/** A gzipped CSV may not unpack beyond this: the whole country's IDM is ~9 MB of CSV. */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export interface SheetCells {
  fileName: string;
  cells: string[][];
  /** The workbook sheet the cells come from; absent for CSV. */
  sheet?: string;
}

/**
 * Text of a CSV file: UTF-8 (with or without a byte-order mark), or, when the bytes are not valid
 * UTF-8, Windows-1252, which Excel on Windows writes for "CSV (Comma delimited)".
 */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Excel set to Bahasa Indonesia writes CSV with `;` between fields, because `,` is the decimal
 * separator there. The header line (the one naming KODE_DESA) says which one a file uses.
 */
function usesSemicolons(lines: readonly string[]): boolean {
  const header = lines.find((line) => /kode[\s_-]*desa/i.test(line));
  if (!header) return false;
  const count = (ch: string) => header.split(ch).length - 1;
  return count(';') > count(',');
}

/** The cells of CSV text, separated by `,` or `;`; Excel's `sep=;` first line is honoured and dropped. */
export function csvCells(text: string): string[][] {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const semicolon = sep ? sep[1] === ';' : usesSemicolons(body.split('\n', HEADER_SEARCH_ROWS));
  // Excel's `sep=` line is a line of the file: keep line numbers those of the file people open.
  const cells = semicolon ? parseCsvRecords(body, ';') : parseCsv(body);
  return sep ? [[], ...cells] : cells;
}

function csvSheet(fileName: string, bytes: Uint8Array, gzipped: boolean): SheetCells {
  let raw = bytes;
  if (gzipped) {
    try {
      raw = gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES });
    } catch (err) {
      const tooLarge = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw AppError.invalid(
        'file',
        tooLarge
          ? `${fileName} terlalu besar setelah dibuka (lebih dari ${MAX_UNPACKED_BYTES / 1024 / 1024} MB).`
          : `${fileName} bukan berkas gzip yang utuh.`,
      );
    }
  }
  try {
    return { fileName, cells: csvCells(decodeCsv(raw)) };
  } catch (err) {
    throw AppError.invalid('file', `${fileName} bukan CSV yang sah: ${(err as Error).message}`);
  }
}

/**
 * The cells of an uploaded or local index spreadsheet, picked by the file name's ending:
 * `.csv` (`,` or `;`), `.csv.gz`, or `.xlsx` (the sheet "IDM <year>", else the first with a
 * KODE_DESA header). Old `.xls` files and anything else are refused with advice.
 */
export async function readSheetBytes(fileName: string, bytes: Uint8Array): Promise<SheetCells> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
    const { sheet, cells } = await readXlsxCells(fileName, bytes);
    return { fileName, cells, sheet };
  }
  if (lower.endsWith('.xls')) {
    throw AppError.invalid(
      'file',
      `${fileName} berformat Excel lama (.xls). Buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx atau CSV.`,
    );
  }
  if (lower.endsWith('.csv')) return csvSheet(fileName, bytes, false);
  if (lower.endsWith('.csv.gz')) return csvSheet(fileName, bytes, true);
  throw AppError.invalid(
    'file',
    `${fileName}: jenis berkas ${extname(lower) || '(tanpa akhiran)'} tidak dikenal; gunakan .xlsx, .csv atau .csv.gz.`,
  );
}

/** The cells of a spreadsheet file on disk (.csv, .csv.gz or .xlsx). */
export async function readSheetFile(path: string): Promise<SheetCells> {
  const fileName = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'tidak ditemukan' : String(err);
    throw AppError.invalid('file', `${path} ${reason}.`);
  }
  return readSheetBytes(fileName, bytes);
}
