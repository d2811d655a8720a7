/**
 * The periodic-report sheet of an enterprise as an Excel workbook: the template an enterprise
 * downloads (sheet "Laporan": one row per stored period under the headers the domain reads,
 * amounts as number cells while they are safe integers, else as text; a sheet "Petunjuk" with
 * instructions and an example row in Indonesian), and reading an uploaded workbook back into
 * cells as a person sees them in Excel (through the one reader of uploaded workbooks).
 */
import ExcelJS from 'exceljs';
import { findReportHeaderRow, REPORT_COLUMNS, REPORT_HEADERS } from '../../domain/enterprise/report-sheet.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import { readWorkbookSheets } from '../village-index/xlsx-sheet.ts';

export const REPORT_SHEET_NAME = 'Laporan';
export const REPORT_NOTES_SHEET_NAME = 'Petunjuk';
const RUPIAH_FORMAT = '#,##0';

export interface TemplateReportRow {
  period: string;
  label: string;
  revenue: bigint;
  costs: bigint;
  netResult: bigint;
  assets: bigint;
  workers: number;
  womenWorkers: number | null;
  splitPades: bigint;
  splitCapital: bigint;
  splitOther: bigint;
  splitOtherNote: string;
  decidedOn: string | null;
}

/** An amount as a cell: a number while Excel holds it exactly, else its digits as text. */
export function rupiahCell(value: bigint): SheetCell {
  const n = Number(value);
  return Number.isSafeInteger(n) && BigInt(n) === value ? n : value.toString();
}

/** The template workbook: the sheet "Laporan" and a sheet of instructions. */
export async function reportTemplateXlsx(options: {
  enterpriseName: string;
  kindLabel: string;
  today: string;
  rows: readonly TemplateReportRow[];
  generatedAt: Date;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = options.generatedAt;
  const header = REPORT_COLUMNS.map((c) => REPORT_HEADERS[c]);
  const rows = options.rows.map((r): SheetCell[] => [
    r.period,
    rupiahCell(r.revenue),
    rupiahCell(r.costs),
    rupiahCell(r.netResult),
    rupiahCell(r.assets),
    r.workers,
    r.womenWorkers,
    rupiahCell(r.splitPades),
    rupiahCell(r.splitCapital),
    rupiahCell(r.splitOther),
    r.splitOtherNote,
    r.decidedOn,
  ]);
  const money = Object.fromEntries([1, 2, 3, 4, 7, 8, 9].map((i) => [i, RUPIAH_FORMAT]));
  tableSheet(workbook, REPORT_SHEET_NAME, header, rows, money);
  const example: SheetCell[] = [
    '2026-S1',
    25_000_000,
    15_000_000,
    10_000_000,
    120_000_000,
    6,
    2,
    4_000_000,
    5_000_000,
    1_000_000,
    'Dana sosial',
    '2026-07-20',
  ];
  const notes: SheetCell[][] = [
    ['Badan usaha', `${options.enterpriseName} (${options.kindLabel})`],
    ['Dibuat', options.today],
    [
      'Penulisan periode',
      'Satu baris per periode: 2026-S1 (Semester I), 2026-S2 (Semester II) atau 2026 (tahunan).',
    ],
    [
      'Kapan diisi',
      'Laporan suatu periode dapat diisi mulai hari pertama bulan terakhirnya (1 Juni untuk Semester I, 1 Desember untuk Semester II dan tahunan).',
    ],
    ['Rupiah', 'Rupiah utuh tanpa sen: 1500000 atau 1.500.000.'],
    [
      'Hasil Usaha Bersih',
      'Boleh dikosongkan: sistem menghitung pendapatan dikurangi biaya. Bila diisi, harus sama dengan hasil hitungan itu.',
    ],
    [
      'Pembagian hasil usaha',
      'Hasil usaha bersih yang positif dibagi menurut keputusan Musdes/MAD: Bagian PADes + Tambahan Modal + Lain-lain harus tepat sama dengan hasil usaha bersih. Rugi atau impas tidak dibagi (kosongkan).',
    ],
    ['Lain-lain', 'Bila diisi, tulis penggunaannya di "Keterangan Lain-lain".'],
    [
      'Tanggal Keputusan',
      'Tanggal keputusan Musdes/MAD tentang pembagian (2026-07-20 atau 20/07/2026); wajib bila ada pembagian.',
    ],
    [
      'Impor',
      'Setiap baris menggantikan laporan periode yang sama yang sudah tersimpan. Bila ada satu baris yang salah, tidak ada laporan yang disimpan; perbaiki baris yang disebut, lalu unggah lagi.',
    ],
    ['Contoh baris', 'Di bawah ini (jangan disalin ke lembar "Laporan" bila angkanya bukan angka Anda).'],
  ];
  const sheet = tableSheet(workbook, REPORT_NOTES_SHEET_NAME, ['Keterangan', 'Isi'], notes);
  sheet.addRow([]);
  sheet.addRow(header).font = { bold: true };
  sheet.addRow(example);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The cells of the report sheet of an uploaded workbook (row i is Excel row i + 1): the sheet
 * named "Laporan" when it has a "Periode" header, else the first sheet with one, else the first
 * with data; a 400 that says what the file is when it is not an XLSX or holds no data.
 */
export async function readReportWorkbook(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const { sheets } = await readWorkbookSheets(fileName, bytes, () => true);
  const withHeader = sheets.filter((s) => findReportHeaderRow(s.cells) !== -1);
  const chosen =
    withHeader.find((s) => s.name.trim().toLowerCase() === REPORT_SHEET_NAME.toLowerCase()) ??
    withHeader.find((s) => s.name !== REPORT_NOTES_SHEET_NAME) ??
    sheets[0]!;
  return chosen.cells;
}
