/**
 * The official 2024 results of all 75,265 desa, saved as the ministry's workbook layout (XLSX,
 * sheet "IDM 2024" behind an explanation sheet, numbers as numbers with 4-decimal formats), read
 * back exactly as the CSV is. Reported as NOT RUN where the national data is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/domain/csv.ts';
import { readIdmSheet } from '../../src/domain/village-index/idm-sheet.ts';
import { readSheetBytes } from '../../src/services/village-index/index-source.ts';
import { hasSharedData, SHARED_DATA_DIR } from './shared-data.ts';

const SCORE_COLUMNS = new Set(['IKS_2024', 'IKE_2024', 'IKL_2024', 'NILAI_IDM_2024']);

/** Writes the rows as Excel would save them, streaming (shared strings, styles). */
async function officialWorkbook(rows: string[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  workbook.addWorksheet('Keterangan').addRow(['Data Indeks Desa Membangun Tahun 2024']).commit();
  const sheet = workbook.addWorksheet('IDM 2024');
  sheet.addRow(['DATA INDEKS DESA MEMBANGUN TAHUN 2024']).commit();
  sheet.addRow([]).commit();
  const header = rows[0]!;
  const scores = header.flatMap((h, i) => (SCORE_COLUMNS.has(h) ? [i] : []));
  sheet.addRow(header).commit();
  for (const values of rows.slice(1)) {
    const row = sheet.addRow(values.map((v, i) => (scores.includes(i) && v !== '' ? Number(v) : v)));
    for (const i of scores) row.getCell(i + 1).numFmt = '0.0000';
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

describe.runIf(hasSharedData)('IDM 2024 as an XLSX workbook', () => {
  it('reads every desa exactly as the CSV, on the rows Excel numbers', { timeout: 180_000 }, async () => {
    const csvCells = hasSharedData
      ? parseCsv(gunzipSync(readFileSync(join(SHARED_DATA_DIR, 'idm/idm-2024.csv.gz'))).toString('utf8'))
      : [];
    const fromCsv = readIdmSheet(csvCells);
    const workbook = await officialWorkbook(csvCells);
    const { cells, sheet } = await readSheetBytes('IDM 2024.xlsx', workbook);
    expect(sheet).toBe('IDM 2024');
    const fromXlsx = readIdmSheet(cells);
    if (!fromCsv.ok || !fromXlsx.ok) throw new Error('both files must read without problems');
    expect(fromXlsx.rows).toHaveLength(75_265);
    // A title and a blank row above the header in the workbook: every line is 2 further down.
    expect(fromXlsx.rows).toEqual(fromCsv.rows.map((r) => ({ ...r, line: r.line + 2 })));
  });
});
