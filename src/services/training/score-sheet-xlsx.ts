/**
 * The score sheet of a session as an Excel workbook: the template a provider downloads (one row
 * per registered participant with their code and name, a pre-test and a post-test column per
 * tested aspect under the header names the domain reads, scores already stored filled in), and
 * reading an uploaded workbook back into cells as a person sees them in Excel.
 */
import ExcelJS from 'exceljs';
import { ASPECT_LABELS, ASPECTS, type Aspect } from '../../domain/training/aspects.ts';
import { findScoreHeaderRow, type ScoreTest } from '../../domain/training/score-sheet.ts';
import { type SheetCell, tableSheet } from '../export/xlsx-sheet.ts';
import { readWorkbookSheets } from '../village-index/xlsx-sheet.ts';

export const SCORE_SHEET_NAME = 'Nilai';
const TEST_HEADER: Record<ScoreTest, string> = { pre: 'Pre-test', post: 'Post-test' };

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

/**
 * The cells of the score sheet of an uploaded workbook (row i is Excel row i + 1): the first
 * sheet whose header has a participant-code column, else the first with data; a 400 that says
 * what the file is when it is not an XLSX or holds no data (readWorkbookSheets).
 */
export async function readScoreWorkbook(fileName: string, bytes: Uint8Array): Promise<string[][]> {
  const { sheets } = await readWorkbookSheets(fileName, bytes, () => true);
  const chosen = sheets.find((s) => findScoreHeaderRow(s.cells) !== -1) ?? sheets[0]!;
  return chosen.cells;
}
