/**
 * Reads the plan sheet of one desa's Dana Desa plan (an XLSX read into cells as a person sees them)
 * into plan lines: a header row found by its names within the first rows, then one row per planned
 * use. Headers are Indonesian and read in their usual spellings, with or without "(Rp)":
 * `Kode Kegiatan`, `Kategori`, `Kegiatan`, `Lokasi`, `Jumlah (Rp)`, `Upah (Rp)`. Other columns are
 * ignored. A category may be written as its code (`ketahanan_pangan`) or its label
 * (`Ketahanan pangan dan hewani`).
 *
 * Every row is checked as the form checks a line (`planIssues` of the year's rule set, when there
 * is one): every problem is listed with its line (1-based, as the spreadsheet shows it) and column,
 * and the result is every row good or `ok: false` with all problems, so the service stores
 * nothing of a bad sheet.
 */

import { parseRupiah } from '../money/rupiah.ts';
import { normalizeSearchText } from '../search-text.ts';
import {
  findSheetHeaderRow,
  readSheetHeader,
  type SheetHeaderSpec,
  type SheetIssue,
  sheetColumnReader,
} from '../sheet-table.ts';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from './categories.ts';
import { type DanaDesaLine, planIssues } from './plan.ts';
import type { RuleSet } from './rule-set.ts';

/** How far down a title block may push the header. */
export const PLAN_HEADER_SEARCH_ROWS = 20;
/** More planned uses than an APBDes holds. */
export const MAX_PLAN_ROWS = 2000;

export const PLAN_COLUMNS = ['id', 'category', 'activity', 'location', 'amount', 'wages'] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The header each column is written with in the template. */
export const PLAN_HEADERS: Record<PlanColumn, string> = {
  id: 'Kode Kegiatan',
  category: 'Kategori',
  activity: 'Kegiatan',
  location: 'Lokasi',
  amount: 'Jumlah (Rp)',
  wages: 'Upah (Rp)',
};

const REQUIRED: readonly PlanColumn[] = ['id', 'category', 'activity', 'amount'];

const ALIASES: Record<PlanColumn, readonly string[]> = {
  id: ['kode kegiatan', 'kode', 'kode rekening', 'no kegiatan', 'nomor kegiatan'],
  category: ['kategori', 'kategori penggunaan', 'prioritas', 'bidang prioritas'],
  activity: ['kegiatan', 'nama kegiatan', 'uraian kegiatan', 'uraian'],
  location: ['lokasi', 'lokasi kegiatan', 'tempat'],
  amount: ['jumlah', 'anggaran', 'nilai', 'jumlah anggaran', 'pagu kegiatan'],
  wages: ['upah', 'upah tenaga kerja', 'upah pekerja', 'upah hok', 'hok'],
};

const SPEC: SheetHeaderSpec<PlanColumn> = {
  columns: PLAN_COLUMNS,
  headers: PLAN_HEADERS,
  aliases: ALIASES,
  searchRows: PLAN_HEADER_SEARCH_ROWS,
  anchors: ['category', 'amount'],
  required: REQUIRED,
  maxRows: MAX_PLAN_ROWS,
  tooManyRows: { column: 'id', message: `Lembar rencana paling banyak ${MAX_PLAN_ROWS} baris kegiatan.` },
};

/** What a header cell names, or null for a column this reader ignores. */
export const planColumnOf = sheetColumnReader(SPEC);

const CATEGORY_KEYS = new Map<string, CategoryCode>(
  CATEGORY_CODES.flatMap((code) => [
    [normalizeSearchText(code.replaceAll('_', ' ')), code] as const,
    [normalizeSearchText(CATEGORIES[code].label), code] as const,
  ]),
);

/** A category written as its code or its label → the code; anything else as written. */
export function sheetCategory(text: string): string {
  const t = text.trim();
  return CATEGORY_KEYS.get(normalizeSearchText(t.replaceAll('_', ' '))) ?? t;
}

/** A plan line as read from a sheet: the domain line and the location it was written with. */
export interface SheetLine extends DanaDesaLine {
  location: string;
}

export type PlanSheetIssue = SheetIssue;

export type PlanSheet =
  | { ok: true; lines: { line: number; value: SheetLine }[] }
  | { ok: false; issues: PlanSheetIssue[] };

/** The header row's index among the first rows (the one with "Kategori" and "Jumlah (Rp)"); -1 if none. */
export function findPlanHeaderRow(cells: readonly (readonly string[])[]): number {
  return findSheetHeaderRow(cells, SPEC);
}

const LINE_FIELD = /^lines\.(\d+)\.(\w+)$/;

/**
 * For a year without a rule set: a set with no rules that allows every known category, so a plan
 * of that year is still checked for its shape (`planIssues`) and stored, and only its compliance
 * waits for the year's rules.
 */
export function anyCategoryRuleSet(fiscalYear: number): RuleSet {
  return {
    fiscalYear,
    version: `${fiscalYear}.0`,
    title: `Tanpa aturan prioritas tahun ${fiscalYear}`,
    regulations: [],
    categories: CATEGORY_CODES,
    rules: [],
  };
}

/**
 * Reads the sheet; see the module comment. `ruleSet` is the plan year's (`anyCategoryRuleSet` for
 * a year without one).
 */
export function readPlanSheet(
  cells: readonly (readonly string[])[],
  ruleSet: RuleSet,
  pagu: bigint,
): PlanSheet {
  const found = readSheetHeader(cells, SPEC);
  if (!found.ok) return found;
  const { header } = found;
  const headerLine = header.index + 1;
  const issues: SheetIssue[] = [];
  const at = header.at;

  const lines: { line: number; value: SheetLine }[] = [];
  /** Rows whose amount could not be read: they still take part in the checks of their other cells. */
  const unreadableAmount = new Set<number>();
  for (let i = header.index + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const cell = (column: PlanColumn) => {
      const index = at.get(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const report = (column: PlanColumn, message: string) => issues.push(header.issue(line, column, message));

    const amount = parseRupiah(cell('amount'), 'amount');
    if (!amount.ok) report('amount', amount.issue.message);
    let wages: bigint | undefined;
    if (cell('wages') !== '') {
      const parsed = parseRupiah(cell('wages'), 'wages');
      if (parsed.ok) wages = parsed.value;
      else report('wages', parsed.issue.message);
    }
    const value: SheetLine = {
      id: cell('id'),
      category: sheetCategory(cell('category')),
      activity: cell('activity'),
      location: cell('location'),
      amount: amount.ok ? amount.value : 1n,
      ...(wages === undefined ? {} : { wages }),
    };
    if (!amount.ok) unreadableAmount.add(lines.length);
    lines.push({ line, value });
  }

  if (lines.length === 0) {
    return {
      ok: false,
      issues: [header.issue(headerLine + 1, 'id', 'Lembar rencana tidak berisi satu pun kegiatan.')],
    };
  }

  const plan = { fiscalYear: ruleSet.fiscalYear, pagu, lines: lines.map((l) => l.value) };
  for (const issue of planIssues(plan, ruleSet)) {
    const match = LINE_FIELD.exec(issue.field);
    if (match) {
      const index = Number(match[1]);
      const field = match[2] as string;
      const column: PlanColumn = (PLAN_COLUMNS as readonly string[]).includes(field)
        ? (field as PlanColumn)
        : 'id';
      const entry = lines[index]!;
      if ((column === 'amount' || column === 'wages') && unreadableAmount.has(index)) continue;
      issues.push(header.issue(entry.line, column, issue.message));
    } else if (issue.field === 'lines') {
      issues.push(header.issue(headerLine, 'amount', issue.message));
    }
  }
  if (issues.length > 0) {
    // By row, then by column as the spreadsheet orders them (B before AA); missing columns last.
    const order = (letter: string | null) => (letter === null ? 'ZZZZ' : letter.padStart(4, ' '));
    issues.sort(
      (a, b) =>
        a.line - b.line ||
        (order(a.columnLetter) < order(b.columnLetter)
          ? -1
          : order(a.columnLetter) > order(b.columnLetter)
            ? 1
            : 0),
    );
    return { ok: false, issues };
  }
  return { ok: true, lines };
}
