/**
 * The score sheet of a session as an Excel workbook: the template a provider downloads (one row
 * per registered participant with their code and name, a pre-test and a post-test column per
 * tested aspect under the header names the domain reads, scores already stored filled in), and
 * reading an uploaded workbook back into cells as a person sees them in Excel. A score sheet holds
 * at most a few thousand rows, so the workbook is read whole; the sheet read is the first whose
 * header has a participant-code column (the template's "Nilai"), else the first with data.
 */
import ExcelJS from 'exceljs';
import { AppError } from '../../domain/errors.ts';
import { ASPECT_LABELS, ASPECTS, type Aspect } from '../../domain/training/aspects.ts';
import {
  findScoreHeaderRow,
  MAX_SCORE_ROWS,
  SCORE_HEADER_SEARCH_ROWS,
  type ScoreTest,
} from '../../domain/training/score-sheet.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import { cellText } from '../village-index/xlsx-sheet.ts';

export const SCORE_SHEET_NAME = 'Nilai';
const TEST_HEADER: Record<ScoreTest, string> = { pre: 'Pre-test', post: 'Post-test' };
const MAX_COLUMNS = 64;
const MAX_ROWS = MAX_SCORE_ROWS + SCORE_HEADER_SEARCH_ROWS + 1;

/** The header of a score column, as the domain's reader names it: `Pre-test Pengetahuan`. */
export function scoreHeader(test: ScoreTest, aspect: Aspect): string {
  return `${TEST_HEADER[test]} ${ASPECT_LABELS[aspect]}`;
}

export interface TemplateRow {
  code: string;
  name: string;
  desaName: string;
  /** Stored scores as exact decimal text, by test and aspect. */
  scores: Partial<Record<`${ScoreTest}:${Aspect}`, string>>;
}

/** The template workbook: the sheet "Nilai" and a sheet of instructions. */
export async function scoreTemplateXlsx(options: {
  programmeTitle: string;
  sessionLabel: string;
  testedAspects: readonly Aspect[];
  rows: readonly TemplateRow[];
  generatedAt: Date;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kawasan';
  workbook.created = options.generatedAt;
  const aspects = ASPECTS.filter((a) => options.testedAspects.includes(a));
  const columns = aspects.flatMap((aspect) => (['pre', 'post'] as const).map((test) => ({ test, aspect })));
  const header = [
    'No. Peserta',
    'Nama Peserta',
    'Asal Desa',
    ...columns.map((c) => scoreHeader(c.test, c.aspect)),
  ];
  const rows = options.rows.map((r): SheetCell[] => [
    r.code,
    r.name,
    r.desaName,
    ...columns.map((c) => {
      const value = r.scores[`${c.test}:${c.aspect}`];
      return value === undefined ? null : Number(value);
    }),
  ]);
  tableSheet(workbook, SCORE_SHEET_NAME, header, rows);
  const notes: SheetCell[][] = [
    ['Program', options.programmeTitle],
    ['Angkatan', options.sessionLabel],
    ['Cara mengisi', 'Isi nilai 0–100 pada lembar "Nilai"; desimal boleh, paling banyak dua angka (72,5).'],
    ['Sel kosong', 'Sel nilai yang kosong tidak mengubah nilai yang sudah tersimpan.'],
    ['Jangan diubah', 'Kolom "No. Peserta" dan "Nama Peserta": keduanya dicocokkan dengan daftar peserta.'],
    [
      'Impor',
      'Bila ada satu baris yang salah, tidak ada nilai yang disimpan; perbaiki baris yang disebut, lalu unggah lagi.',
    ],
  ];
  tableSheet(workbook, 'Petunjuk', ['Keterangan', 'Isi'], notes);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function sheetCells(fileName: string, worksheet: ExcelJS.Worksheet): string[][] {
  if (worksheet.rowCount > MAX_ROWS) {
    throw AppError.invalid(
      'file',
      `${fileName}: lembar "${worksheet.name}" memuat lebih dari ${MAX_SCORE_ROWS} baris peserta.`,
    );
  }
  const cells: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    while (cells.length < number - 1) cells.push([]);
    const line: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > MAX_COLUMNS) {
        throw AppError.invalid(
          'file',
          `${fileName}: lembar "${worksheet.name}" baris ${number} memakai lebih dari ${MAX_COLUMNS} kolom.`,
        );
      }
      while (line.length < column - 1) line.push('');
      line.push(cellText(cell.value, cell.numFmt));
    });
    cells.push(line);
  });
  return cells;
}

/**
 * The cells of the score sheet of an uploaded workbook (row i is Excel row i + 1), or a 400 that
 * says what the file is when it is not an XLSX (an old .xls, a password-protected file, not a
 * workbook at all) or holds no data.
 */
export async function readScoreWorkbook(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  if (bytes.byteLength === 0) throw AppError.invalid('file', `${fileName} kosong (0 bita).`);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw AppError.invalid(
      'file',
      `${fileName} berformat Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel atau LibreOffice, hapus kata sandinya bila ada, lalu simpan sebagai .xlsx.`,
    );
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw AppError.invalid('file', `${fileName} bukan berkas XLSX (isinya tidak dikenali).`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw AppError.invalid('file', `${fileName} rusak dan tidak dapat dibaca sebagai XLSX.`);
  }
  let firstWithData: string[][] | null = null;
  for (const worksheet of workbook.worksheets) {
    const cells = sheetCells(fileName, worksheet);
    if (!cells.some((row) => row.some((c) => c.trim() !== ''))) continue;
    if (findScoreHeaderRow(cells) !== -1) return cells;
    firstWithData ??= cells;
  }
  if (firstWithData === null) {
    throw AppError.invalid('file', `${fileName}: buku kerja kosong, tidak ada lembar berisi data.`);
  }
  return firstWithData;
}
