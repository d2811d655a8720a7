/**
 * Reads an Excel workbook (.xlsx) into the cells of its IDM sheet, as the text a person sees in
 * Excel. Streams the sheets with exceljs: the official 75,265-row workbook is ~40 MB of XML, which
 * the in-memory loader would hold two or three times over.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { AppError } from '../../domain/errors.ts';
import { findHeaderRow } from '../../domain/village-index/idm-sheet.ts';

/** Enough for every desa of the country several times over; beyond it the file is not an IDM sheet. */
const MAX_SHEET_ROWS = 250_000;
const MAX_SHEET_COLUMNS = 256;
/** The national IDM sheet has about 1 million cells; a workbook far beyond it is refused, not held. */
const MAX_WORKBOOK_CELLS = 5_000_000;
/** The ministry names its sheet "IDM 2024"; spacing and case vary between copies. */
const IDM_SHEET_NAME = /^\s*idm[\s_-]*\d{4}\s*$/i;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether a compound (OLE) file holds an `EncryptedPackage` stream: a password-protected workbook. */
function isEncryptedPackage(bytes: Uint8Array): boolean {
  const name = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(name);
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!);

/** Sheet names in workbook order, from `xl/workbook.xml`; also proves the zip is a workbook at all. */
function sheetNamesInOrder(fileName: string, bytes: Uint8Array): string[] {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
  } catch {
    throw AppError.invalid('file', `${fileName} rusak atau tidak lengkap (bukan arsip XLSX yang utuh).`);
  }
  const workbook = entries['xl/workbook.xml'];
  if (!workbook) {
    throw AppError.invalid(
      'file',
      `${fileName} bukan buku kerja Excel (.xlsx). Buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx atau CSV.`,
    );
  }
  const xml = new TextDecoder().decode(workbook);
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]!));
}

/** Refuses what is not an XLSX, saying what it is when that is known (old .xls, password). */
function checkWorkbookBytes(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw AppError.invalid('file', `${fileName} kosong (0 bita).`);
  if (startsWith(bytes, CFB_MAGIC)) {
    if (isEncryptedPackage(bytes)) {
      throw AppError.invalid(
        'file',
        `${fileName} dilindungi kata sandi. Buka di Excel, hapus kata sandinya (Info › Lindungi Buku Kerja › Enkripsi dengan Kata Sandi), simpan, lalu unggah lagi.`,
      );
    }
    throw AppError.invalid(
      'file',
      `${fileName} berformat Excel lama (.xls). Buka di Excel atau LibreOffice, lalu simpan sebagai .xlsx atau CSV.`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw AppError.invalid('file', `${fileName} rusak atau bukan berkas XLSX (isinya tidak dikenali).`);
  }
}

/** Decimal places a number format shows, e.g. `0.0000` → 4, `#,##0.00` → 2, `General` → null. */
function formatDecimals(numFmt: string | undefined): { decimals: number; percent: boolean } | null {
  const positive = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(positive) || /e[+-]/i.test(positive)) return null;
  const fraction = /\.([0#?]+)/.exec(positive);
  return { decimals: fraction ? fraction[1]!.length : 0, percent: positive.includes('%') };
}

/**
 * A number as Excel shows it under its format: rounded to the format's decimals (so a formula's
 * 0.744433… under `0.0000` reads 0.7444), without thousands separators so codes stay codes.
 * Under General, 15 significant digits, as Excel keeps them (0.1 + 0.2 reads 0.3).
 */
export function numberText(value: number, numFmt?: string): string {
  if (!Number.isFinite(value)) return '(galat rumus)';
  const format = formatDecimals(numFmt);
  if (!format) return String(Number(value.toPrecision(15)));
  const shown = format.percent ? value * 100 : value;
  return `${roundHalfAway(shown, format.decimals)}${format.percent ? '%' : ''}`;
}

/**
 * Rounds as Excel shows a number: on its 15-digit decimal value, half away from zero, so 0.74445
 * under `0.0000` reads 0.7445 (binary `toFixed` says 0.7444).
 */
function roundHalfAway(value: number, decimals: number): string {
  const decimal = Math.abs(value).toPrecision(15);
  const scaled = Math.round(Number(`${decimal}e${decimals}`));
  const text = Number(`${scaled}e-${decimals}`).toFixed(decimals);
  return value < 0 && scaled !== 0 ? `-${text}` : text;
}

/** The text a person sees in a cell, for every kind of value exceljs gives. */
export function cellText(value: ExcelJS.CellValue | undefined, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as { result?: unknown };
    // A formula saved without its result (files written by programs) must not read as "empty".
    if (result === undefined) return '(rumus tanpa hasil)';
    return cellText(result as ExcelJS.CellValue, numFmt);
  }
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue, numFmt);
  return '';
}

const hasKodeDesaHeader = (cells: readonly string[][]) => findHeaderRow(cells) !== -1;

interface SheetCells {
  name: string;
  cells: string[][];
}

/**
 * Reads every sheet, keeping the non-empty ones `keep` accepts (only those are held, so a large
 * workbook's other sheets are dropped as they stream past); row i of `cells` is Excel row i + 1.
 */
async function readSheets(
  fileName: string,
  bytes: Uint8Array,
  keep: (name: string, cells: readonly string[][]) => boolean,
): Promise<{ kept: SheetCells[]; seen: string[] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // number formats, for the text a person sees
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const kept: SheetCells[] = [];
  const seen: string[] = [];
  let cellCount = 0;
  for await (const worksheet of reader) {
    const name = (worksheet as unknown as { name?: string }).name ?? `Sheet ${seen.length + 1}`;
    const cells: string[][] = [];
    for await (const row of worksheet) {
      if (row.number > MAX_SHEET_ROWS) {
        throw AppError.invalid(
          'file',
          `${fileName}: lembar "${name}" memuat lebih dari ${MAX_SHEET_ROWS.toLocaleString('id-ID')} baris.`,
        );
      }
      while (cells.length < row.number - 1) cells.push([]);
      const line: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column > MAX_SHEET_COLUMNS) {
          throw AppError.invalid(
            'file',
            `${fileName}: lembar "${name}" baris ${row.number} memakai lebih dari ${MAX_SHEET_COLUMNS} kolom.`,
          );
        }
        while (line.length < column - 1) line.push('');
        line.push(cellText(cell.value, cell.numFmt));
      });
      cellCount += line.length;
      if (cellCount > MAX_WORKBOOK_CELLS) {
        throw AppError.invalid(
          'file',
          `${fileName} memuat lebih dari ${MAX_WORKBOOK_CELLS.toLocaleString('id-ID')} sel; simpan lembar yang diimpor saja sebagai berkas tersendiri.`,
        );
      }
      cells.push(line);
    }
    const nonEmpty = cells.some((row) => row.some((c) => c.trim() !== ''));
    if (nonEmpty) seen.push(name);
    if (nonEmpty && keep(name, cells)) kept.push({ name, cells });
  }
  return { kept, seen };
}

/**
 * The non-empty sheets of an XLSX workbook that `keep` accepts, in workbook order, with the names
 * of every non-empty sheet; clear Indonesian errors for a corrupt file, a password-protected one,
 * an old .xls or an empty workbook. The one reader of uploaded workbooks.
 */
export async function readWorkbookSheets(
  fileName: string,
  bytes: Uint8Array,
  keep: (name: string, cells: readonly string[][]) => boolean,
): Promise<{ sheets: SheetCells[]; seen: string[] }> {
  checkWorkbookBytes(fileName, bytes);
  const order = sheetNamesInOrder(fileName, bytes);
  let read: Awaited<ReturnType<typeof readSheets>>;
  try {
    read = await readSheets(fileName, bytes, keep);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw AppError.invalid('file', `${fileName} rusak dan tidak dapat dibaca sebagai XLSX.`);
  }
  if (read.seen.length === 0)
    throw AppError.invalid('file', `${fileName}: buku kerja kosong, tidak ada lembar berisi data.`);
  const position = (name: string) => {
    const at = order.indexOf(name);
    return at === -1 ? order.length : at;
  };
  return { sheets: [...read.kept].sort((a, b) => position(a.name) - position(b.name)), seen: read.seen };
}

/**
 * The cells of the IDM sheet of an XLSX workbook: the sheet named "IDM <year>" when there is one,
 * else the first sheet (in workbook order) with a KODE_DESA header. Clear Indonesian errors for a
 * corrupt file, a password-protected one, an old .xls, an empty workbook or one without IDM data.
 */
export async function readXlsxCells(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ sheet: string; cells: string[][] }> {
  const { sheets: kept, seen } = await readWorkbookSheets(
    fileName,
    bytes,
    (name, cells) => IDM_SHEET_NAME.test(name) || hasKodeDesaHeader(cells),
  );
  const named = kept.filter((s) => IDM_SHEET_NAME.test(s.name));
  if (named.length > 1) {
    throw AppError.invalid(
      'file',
      `${fileName} memuat beberapa lembar IDM (${named.map((s) => s.name).join(', ')}). Simpan satu lembar (satu tahun) per berkas, lalu impor satu per satu.`,
    );
  }
  const chosen = named[0] ?? kept[0];
  if (!chosen) {
    throw AppError.invalid(
      'file',
      `${fileName}: tidak ada lembar "IDM <tahun>" atau lembar dengan kolom KODE_DESA (lembar yang ada: ${seen.join(', ')}).`,
    );
  }
  return { sheet: chosen.name, cells: chosen.cells };
}
