/**
 * The Dana Desa plan sheet as an Excel workbook: the template a village operator downloads for a
 * fiscal year (sheet "Rencana" under the headers the domain reads, with the plan's lines when there
 * is one; sheet "Kategori" listing the year's category codes and labels; sheet "Petunjuk" with
 * instructions in Indonesian), and reading an uploaded workbook back into cells as a person sees
 * them in Excel (through the one reader of uploaded workbooks).
 */
import ExcelJS from 'exceljs';
import { CATEGORIES, type CategoryCode } from '../../domain/dana-desa/categories.ts';
import { findPlanHeaderRow, PLAN_COLUMNS, PLAN_HEADERS } from '../../domain/dana-desa/plan-sheet.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import { readWorkbookSheets } from '../village-index/xlsx-sheet.ts';

export const PLAN_SHEET_NAME = 'Rencana';
export const CATEGORY_SHEET_NAME = 'Kategori';
export const PLAN_NOTES_SHEET_NAME = 'Petunjuk';
const RUPIAH_FORMAT = '#,##0';

export interface TemplateLine {
  id: string;
  category: string;
  activity: string;
  location: string;
  amount: bigint;
  wages: bigint | null;
}

/** An amount as a cell: a number while Excel holds it exactly, else its digits as text. */
function rupiahCell(value: bigint): SheetCell {
  const n = Number(value);
  return Number.isSafeInteger(n) && BigInt(n) === value ? n : value.toString();
}

/** The template workbook of a fiscal year. */
export async function planTemplateXlsx(options: {
  fiscalYear: number;
  /** The year's categories; empty for a year without a rule set (every known code is listed). */
  categories: readonly CategoryCode[];
  ruleSetNote: string;
  lines: readonly TemplateLine[];
  generatedAt: Date;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = options.generatedAt;
  const header = PLAN_COLUMNS.map((c) => PLAN_HEADERS[c]);
  const rows = options.lines.map((l): SheetCell[] => [
    l.id,
    l.category,
    l.activity,
    l.location,
    rupiahCell(l.amount),
    l.wages === null ? null : rupiahCell(l.wages),
  ]);
  const sheet = tableSheet(workbook, PLAN_SHEET_NAME, header, rows, { 4: RUPIAH_FORMAT, 5: RUPIAH_FORMAT });
  const categories = options.categories;
  if (categories.length > 0) {
    // A drop-down of the year's codes on the category column, for the first rows.
    const list = `${CATEGORY_SHEET_NAME}!$A$2:$A$${categories.length + 1}`;
    for (let r = 2; r <= Math.max(rows.length + 1, 200); r++) {
      sheet.getCell(r, 2).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [list],
        showErrorMessage: false,
      };
    }
  }
  tableSheet(
    workbook,
    CATEGORY_SHEET_NAME,
    ['Kode', 'Kategori', 'Penjelasan', 'Upah dicatat'],
    categories.map((code) => [
      code,
      CATEGORIES[code].label,
      CATEGORIES[code].explanation,
      CATEGORIES[code].construction ? 'ya' : 'tidak',
    ]),
  );
  tableSheet(
    workbook,
    PLAN_NOTES_SHEET_NAME,
    ['Keterangan', 'Isi'],
    [
      ['Tahun anggaran', String(options.fiscalYear)],
      ['Aturan', options.ruleSetNote],
      ['Satu baris', 'Satu baris untuk satu kegiatan APBDes yang dibiayai Dana Desa.'],
      ['Kode Kegiatan', 'Kode kegiatan dari APBDes; tidak boleh sama dengan baris lain.'],
      ['Kategori', 'Kode atau nama kategori dari lembar "Kategori" (hanya kategori tahun ini).'],
      [
        'Jumlah (Rp)',
        'Rupiah utuh tanpa sen: 1500000 atau 1.500.000. Jumlah semua baris tidak boleh melebihi pagu.',
      ],
      [
        'Upah (Rp)',
        'Hanya untuk kegiatan pembangunan (PKTD, sarana dan prasarana): bagian jumlah yang dibayar sebagai upah warga setempat.',
      ],
      [
        'Impor',
        'Semua baris rencana diganti dengan isi lembar ini. Bila ada satu baris yang salah, tidak ada yang disimpan; perbaiki baris yang disebut, lalu unggah lagi.',
      ],
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The cells of the plan sheet of an uploaded workbook (row i is Excel row i + 1): the sheet named
 * "Rencana" when it has the header, else the first sheet with one, else the first with data; a
 * 400 that says what the file is when it is not an XLSX or holds no data.
 */
export async function readPlanWorkbook(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const { sheets } = await readWorkbookSheets(fileName, bytes, () => true);
  const withHeader = sheets.filter((s) => findPlanHeaderRow(s.cells) !== -1);
  const chosen =
    withHeader.find((s) => s.name.trim().toLowerCase() === PLAN_SHEET_NAME.toLowerCase()) ??
    withHeader.find((s) => s.name !== PLAN_NOTES_SHEET_NAME && s.name !== CATEGORY_SHEET_NAME) ??
    sheets[0]!;
  return chosen.cells;
}
