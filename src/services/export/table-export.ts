/**
 * Any table as a file people open in a spreadsheet: CSV (UTF-8 with a byte-order mark, so Excel
 * reads the names right) or XLSX (bold frozen header, 4-decimal indices, fitted columns). Both
 * end with the data's attribution, as the licences of the data ask.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvField } from '../../domain/csv.ts';

export type ExportFormat = 'csv' | 'xlsx';

/**
 * How a column is written: `text` as is, `code` as text so spreadsheets never turn a region code
 * into a number, `count` as a whole number, `index` with the 4 decimals indices are published
 * with, `yesNo` as "ya" / "tidak".
 */
export type ExportColumnKind = 'text' | 'code' | 'count' | 'index' | 'yesNo';
export type ExportValue = string | number | boolean | null;

export interface ExportColumn<Row> {
  header: string;
  kind: ExportColumnKind;
  value: (row: Row) => ExportValue;
}

export interface ExportTable<Row> {
  /** The worksheet's name (Excel allows 31 characters). */
  sheetName: string;
  columns: readonly ExportColumn<Row>[];
  rows: readonly Row[];
  /** Lines written under the table, e.g. "Data IDM: Kementerian Desa PDTT." */
  attribution: readonly string[];
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string | Buffer;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const INDEX_FORMAT = '0.0000';
const COUNT_FORMAT = '#,##0';
const MIN_WIDTH = 6;
const MAX_WIDTH = 48;

function cellValue(kind: ExportColumnKind, value: ExportValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (kind === 'yesNo') return value ? 'ya' : 'tidak';
  if ((kind === 'count' || kind === 'index') && typeof value === 'number') return value;
  return String(value);
}

/** The text of a cell in CSV, as a person would type it. */
function csvText(kind: ExportColumnKind, value: ExportValue): string | null {
  const v = cellValue(kind, value);
  if (v === null) return null;
  if (typeof v === 'number') return kind === 'index' ? v.toFixed(4) : String(v);
  // A text starting like a formula would be run by the spreadsheet that opens the file.
  return kind === 'text' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/**
 * One CSV field: quoted when it holds a quote, comma or line break (RFC 4180, `csvField`), and also
 * a semicolon, the separator Excel uses under Bahasa Indonesia, so no locale splits a name.
 */
export function csvCell(text: string | null): string {
  if (text === null) return '';
  return text.includes(';') ? `"${text.replaceAll('"', '""')}"` : csvField(text);
}

/** The table as CSV text: byte-order mark, header, rows, a blank line and the attribution. */
export function tableToCsv<Row>(table: ExportTable<Row>): string {
  const line = (cells: readonly (string | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
  const out = [line(table.columns.map((c) => c.header))];
  for (const row of table.rows) out.push(line(table.columns.map((c) => csvText(c.kind, c.value(row)))));
  if (table.attribution.length) out.push('\r\n', ...table.attribution.map((text) => line([text])));
  return `\ufeff${out.join('')}`;
}

/** A worksheet name Excel accepts: no `[]:*?/\`, at most 31 characters. */
function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Tabel'
  );
}

/** Rows written between two yields to the event loop: the database shares the thread (PGlite). */
const ROWS_PER_TURN = 1000;

const NUMBER_FORMATS: Partial<Record<ExportColumnKind, string>> = {
  index: INDEX_FORMAT,
  count: COUNT_FORMAT,
  code: '@',
};

/**
 * The table as an XLSX workbook with one sheet. Streamed: a province's 8,500 desa take a few
 * hundred milliseconds instead of seconds, and other requests are served in between.
 */
export async function tableToXlsx<Row>(table: ExportTable<Row>): Promise<Buffer> {
  const values = table.rows.map((row) => table.columns.map((c) => cellValue(c.kind, c.value(row))));
  // Column widths go before the rows in the file, so they are measured first.
  const widths = table.columns.map((c, i) =>
    values.reduce((w, row) => {
      const v = row[i];
      return Math.max(w, v === null || v === undefined ? 0 : c.kind === 'index' ? 6 : String(v).length);
    }, c.header.length),
  );
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Kawasan';
  const sheet = workbook.addWorksheet(sheetName(table.sheetName), {
    views: [{ state: 'frozen', ySplit: 1 }],
    ...(values.length > 0
      ? {
          autoFilter: {
            from: { row: 1, column: 1 },
            to: { row: values.length + 1, column: table.columns.length },
          },
        }
      : {}),
  });
  sheet.columns = table.columns.map((c, i) => {
    const numFmt = NUMBER_FORMATS[c.kind];
    return {
      width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i]! + 2)),
      ...(numFmt ? { style: { numFmt } } : {}),
    };
  });
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F5EF' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF5F8F7A' } } };
  });
  header.commit();
  for (const [i, row] of values.entries()) {
    sheet.addRow(row).commit();
    if ((i + 1) % ROWS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (table.attribution.length) {
    sheet.addRow([]).commit();
    for (const text of table.attribution) {
      const row = sheet.addRow([text]);
      row.getCell(1).numFmt = 'General';
      row.getCell(1).font = { italic: true, color: { argb: 'FF555555' } };
      row.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The table as a file in `format`, named `<baseName>.<format>`. */
export async function renderTable<Row>(
  table: ExportTable<Row>,
  format: ExportFormat,
  baseName: string,
): Promise<ExportFile> {
  const body = format === 'csv' ? tableToCsv(table) : await tableToXlsx(table);
  return { fileName: `${baseName}.${format}`, contentType: CONTENT_TYPES[format], body };
}

/**
 * A file-name part from a name or title: `Kota Semarang` → `kota-semarang`, ASCII letters and
 * digits joined by dashes, at most `maxLength` characters; `fallback` when nothing is left.
 */
export function fileSlug(text: string, options: { fallback?: string; maxLength?: number } = {}): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = options.maxLength === undefined ? slug : slug.slice(0, options.maxLength).replace(/-+$/, '');
  return cut || (options.fallback ?? 'tabel');
}
