/**
 * What the XLSX documents built cell by cell share (the RPKP, the monthly report): a sheet with a
 * bold frozen header on a pale green fill, as the table exports have, and columns fitted to their
 * longest value.
 */
import type ExcelJS from 'exceljs';

export type SheetCell = string | number | null;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function styleHeader(row: ExcelJS.Row) {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7F5EF' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF5F8F7A' } } };
  });
}

function fitColumns(sheet: ExcelJS.Worksheet, rows: readonly (readonly SheetCell[])[]) {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((v, i) => {
      const length = v === null ? 0 : typeof v === 'number' ? String(Math.trunc(v)).length + 3 : v.length;
      widths[i] = Math.max(widths[i] ?? 0, length);
    });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

/**
 * A sheet with a bold frozen header. `formats` is the number format of the number cells: one for
 * every column, or by column index (columns not listed keep the default).
 */
export function tableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  header: readonly string[],
  rows: readonly (readonly SheetCell[])[],
  formats: string | Record<number, string> = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  styleHeader(sheet.addRow([...header]));
  for (const row of rows) {
    const added = sheet.addRow([...row]);
    if (typeof formats === 'string')
      added.eachCell((cell) => {
        if (typeof cell.value === 'number') cell.numFmt = formats;
      });
    else
      for (const [i, fmt] of Object.entries(formats)) {
        const cell = added.getCell(Number(i) + 1);
        if (typeof cell.value === 'number') cell.numFmt = fmt;
      }
  }
  fitColumns(sheet, [header, ...rows]);
  return sheet;
}
