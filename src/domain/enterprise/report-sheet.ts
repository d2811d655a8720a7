/**
 * Reads the periodic-report sheet of one enterprise (an XLSX read into cells as a person sees
 * them): a header row found by its names within the first rows, then one row per period. Headers
 * are Indonesian and read in their usual spellings, with or without "(Rp)":
 * `Periode`, `Pendapatan`, `Biaya`, `Hasil Usaha Bersih` (optional: a check of pendapatan − biaya),
 * `Aset`, `Tenaga Kerja`, `Tenaga Kerja Perempuan`, `Bagian PADes`, `Tambahan Modal`,
 * `Lain-lain`, `Keterangan Lain-lain`, `Tanggal Keputusan`. Other columns are ignored.
 *
 * Every row is checked as a form would be (report.ts `checkReport`); every problem is listed with
 * its line (1-based, as the spreadsheet shows it) and column, and the result is every row good or
 * `ok: false` with all problems: the service then stores nothing. A period may appear once.
 */

import {
  findSheetHeaderRow,
  readSheetHeader,
  type SheetHeaderSpec,
  type SheetIssue,
  sheetColumnReader,
} from '../sheet-table.ts';
import { checkReport, parsePeriodText, type ReportDraft, type ReportInput } from './report.ts';

/** How far down a title block may push the header. */
export const REPORT_HEADER_SEARCH_ROWS = 20;
/** More periods than an enterprise reports in a century. */
export const MAX_REPORT_ROWS = 200;

export const REPORT_COLUMNS = [
  'period',
  'revenue',
  'costs',
  'netResult',
  'assets',
  'workers',
  'womenWorkers',
  'split.pades',
  'split.capital',
  'split.other',
  'split.otherNote',
  'split.decidedOn',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** The header each column is written with in the template. */
export const REPORT_HEADERS: Record<ReportColumn, string> = {
  period: 'Periode',
  revenue: 'Pendapatan (Rp)',
  costs: 'Biaya (Rp)',
  netResult: 'Hasil Usaha Bersih (Rp)',
  assets: 'Aset (Rp)',
  workers: 'Tenaga Kerja',
  womenWorkers: 'Tenaga Kerja Perempuan',
  'split.pades': 'Bagian PADes (Rp)',
  'split.capital': 'Tambahan Modal (Rp)',
  'split.other': 'Lain-lain (Rp)',
  'split.otherNote': 'Keterangan Lain-lain',
  'split.decidedOn': 'Tanggal Keputusan Musdes/MAD',
};

const REQUIRED: readonly ReportColumn[] = ['period', 'revenue', 'costs', 'assets', 'workers'];

const ALIASES: Record<ReportColumn, readonly string[]> = {
  period: ['periode', 'periode laporan'],
  revenue: ['pendapatan', 'pendapatan usaha', 'omzet', 'omset'],
  costs: ['biaya', 'biaya usaha', 'beban', 'beban usaha'],
  netResult: ['hasil usaha bersih', 'hasil usaha', 'laba rugi', 'laba bersih'],
  assets: ['aset', 'asset', 'total aset', 'jumlah aset'],
  workers: ['tenaga kerja', 'jumlah tenaga kerja', 'pekerja', 'jumlah pekerja'],
  womenWorkers: ['tenaga kerja perempuan', 'pekerja perempuan', 'tenaga kerja wanita'],
  'split.pades': ['bagian pades', 'pades', 'bagian pendapatan asli desa', 'kontribusi pades'],
  'split.capital': ['tambahan modal', 'penambahan modal', 'bagian tambahan modal'],
  'split.other': ['lain lain', 'bagian lain lain', 'pembagian lain lain'],
  'split.otherNote': ['keterangan lain lain', 'keterangan', 'keterangan pembagian lain lain'],
  'split.decidedOn': [
    'tanggal keputusan musdes mad',
    'tanggal keputusan',
    'tanggal musdes',
    'tanggal mad',
    'tanggal musdes mad',
  ],
};

const SPEC: SheetHeaderSpec<ReportColumn> = {
  columns: REPORT_COLUMNS,
  headers: REPORT_HEADERS,
  aliases: ALIASES,
  searchRows: REPORT_HEADER_SEARCH_ROWS,
  anchors: ['period'],
  required: REQUIRED,
  maxRows: MAX_REPORT_ROWS,
  tooManyRows: {
    column: 'period',
    message: `Lembar laporan paling banyak ${MAX_REPORT_ROWS} baris periode.`,
  },
};

/** What a header cell names, or null for a column this reader ignores. */
export const reportColumnOf = sheetColumnReader(SPEC);

export type ReportSheetIssue = SheetIssue;

export type ReportSheet =
  | { ok: true; rows: { line: number; draft: ReportDraft }[] }
  | { ok: false; issues: ReportSheetIssue[] };

/** The header row's index among the first rows (the one with a "Periode" column); -1 if none. */
export function findReportHeaderRow(cells: readonly (readonly string[])[]): number {
  return findSheetHeaderRow(cells, SPEC);
}

/** `20/07/2026`, `20-7-2026` and `2026-07-20` as `2026-07-20`; anything else as written. */
export function sheetDate(text: string): string {
  const t = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return t;
}

/** The field of a checkReport issue → the sheet column it lies in. */
function columnOfField(field: string): ReportColumn {
  if (field === 'split') return 'split.pades';
  return (REPORT_COLUMNS as readonly string[]).includes(field) ? (field as ReportColumn) : 'period';
}

/** Reads the sheet; see the module comment. `today` (WIB) is when the rows are entered. */
export function readReportSheet(cells: readonly (readonly string[])[], today: string): ReportSheet {
  const found = readSheetHeader(cells, SPEC);
  if (!found.ok) return found;
  const { header } = found;
  const issues: SheetIssue[] = [];
  const at = header.at;

  const rows: { line: number; draft: ReportDraft }[] = [];
  const firstLine = new Map<string, number>();
  for (let i = header.index + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const cell = (column: ReportColumn) => {
      const index = at.get(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const report = (column: ReportColumn, message: string) =>
      issues.push(header.issue(line, column, message));
    const parsed = parsePeriodText(cell('period'));
    if (!parsed.ok) {
      report('period', cell('period') === '' ? 'Periode kosong.' : parsed.issue.message);
      continue;
    }
    const code = parsed.period.code;
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      report('period', `${parsed.period.label} sudah ada di baris ${earlier}.`);
      continue;
    }
    firstLine.set(code, line);
    const input: ReportInput = {
      revenue: cell('revenue'),
      costs: cell('costs'),
      assets: cell('assets'),
      netResult: cell('netResult'),
      workers: cell('workers'),
      womenWorkers: cell('womenWorkers'),
      split: {
        pades: cell('split.pades'),
        capital: cell('split.capital'),
        other: cell('split.other'),
        otherNote: cell('split.otherNote'),
        decidedOn: sheetDate(cell('split.decidedOn')),
      },
    };
    const checked = checkReport(parsed.period, input, today);
    if (!checked.ok) for (const issue of checked.issues) report(columnOfField(issue.field), issue.message);
    else rows.push({ line, draft: checked.draft });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (rows.length === 0) {
    return {
      ok: false,
      issues: [
        header.issue(header.index + 2, 'period', 'Lembar laporan tidak memuat satu baris periode pun.'),
      ],
    };
  }
  return { ok: true, rows };
}
