/**
 * Reading a spreadsheet table as people fill it in: a header row found by its names within the
 * first rows (a title block may push it down), columns known by their usual spellings, every other
 * column ignored. One reader for every sheet that imports back (reports, Dana Desa plans): the
 * header problems (a column twice, a required column missing, too many rows) are found and worded
 * once, and the sheet's own reader checks the rows.
 */
import type { FieldIssue } from './errors.ts';
import { normalizeSearchText } from './search-text.ts';

/** A problem of a sheet, at its line (1-based, as the spreadsheet shows it) and column. */
export interface SheetIssue {
  line: number;
  column: string;
  /** Spreadsheet letter, null when the column is missing. */
  columnLetter: string | null;
  message: string;
}

/** `0` → `A`, `25` → `Z`, `26` → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The columns a sheet knows: what each is called in the template and the spellings it accepts. */
export interface SheetColumns<C extends string> {
  columns: readonly C[];
  headers: Record<C, string>;
  aliases: Record<C, readonly string[]>;
}

/** What a header cell names (lower case, spaces single, a trailing "(Rp)" ignored), or null. */
export function sheetColumnReader<C extends string>(spec: SheetColumns<C>): (header: string) => C | null {
  const keys = new Map<string, C>(
    spec.columns.flatMap((c) => spec.aliases[c].map((alias) => [alias, c] as const)),
  );
  return (header) => keys.get(normalizeSearchText(header).replace(/\s+rp$/, '')) ?? null;
}

export interface SheetHeaderSpec<C extends string> extends SheetColumns<C> {
  /** How far down the header may be. */
  searchRows: number;
  /** Columns the header row must hold for a row to be taken as the header. */
  anchors: readonly C[];
  required: readonly C[];
  maxRows: number;
  /** The refusal of a sheet with more than `maxRows` rows, and the column it is shown at. */
  tooManyRows: { column: C; message: string };
}

/** The header as found: where each column is, and how to name a column in a problem. */
export interface SheetHeader<C extends string> {
  /** Index of the header row in the cells. */
  index: number;
  /** Index of each column found. */
  at: ReadonlyMap<C, number>;
  /** A problem at `line` in `column`, named as the sheet writes it (or as the template does, when missing). */
  issue(line: number, column: C, message: string): SheetIssue;
}

/** Finds and checks the header; the problems of a bad header, or where every column is. */
export function readSheetHeader<C extends string>(
  cells: readonly (readonly string[])[],
  spec: SheetHeaderSpec<C>,
): { ok: true; header: SheetHeader<C> } | { ok: false; issues: SheetIssue[] } {
  const columnOf = sheetColumnReader(spec);
  const index = findSheetHeaderRow(cells, spec);
  if (index === -1) {
    const names = spec.anchors.map((a) => `"${spec.headers[a]}"`).join(' dan ');
    return {
      ok: false,
      issues: [
        {
          line: 1,
          column: spec.headers[spec.anchors[0]!],
          columnLetter: null,
          message: `Baris judul kolom dengan ${names} tidak ditemukan di ${spec.searchRows} baris pertama.`,
        },
      ],
    };
  }
  const row = cells[index]!;
  const line = index + 1;
  const issues: SheetIssue[] = [];
  const at = new Map<C, number>();
  for (const [i, text] of row.entries()) {
    const column = columnOf(text);
    if (column === null) continue;
    const earlier = at.get(column);
    if (earlier !== undefined) {
      issues.push({
        line,
        column: text.trim(),
        columnLetter: columnLetter(i),
        message: `Kolom ini sama dengan kolom ${columnLetter(earlier)} ("${row[earlier]!.trim()}"); hapus salah satunya.`,
      });
      continue;
    }
    at.set(column, i);
  }
  const header: SheetHeader<C> = {
    index,
    at,
    issue(issueLine, column, message) {
      const found = at.get(column);
      return {
        line: issueLine,
        column: found === undefined ? spec.headers[column] : row[found]!.trim(),
        columnLetter: found === undefined ? null : columnLetter(found),
        message,
      };
    },
  };
  for (const column of spec.required) {
    if (!at.has(column))
      issues.push(header.issue(line, column, `Kolom "${spec.headers[column]}" tidak ada.`));
  }
  if (issues.length > 0) return { ok: false, issues };
  if (cells.length - index - 1 > spec.maxRows) {
    return { ok: false, issues: [header.issue(line, spec.tooManyRows.column, spec.tooManyRows.message)] };
  }
  return { ok: true, header };
}

/** Whether a row among the first `searchRows` holds every anchor column: the header's index, or -1. */
export function findSheetHeaderRow<C extends string>(
  cells: readonly (readonly string[])[],
  spec: Pick<SheetHeaderSpec<C>, 'columns' | 'headers' | 'aliases' | 'searchRows' | 'anchors'>,
): number {
  const columnOf = sheetColumnReader(spec);
  return cells
    .slice(0, spec.searchRows)
    .findIndex((row) => spec.anchors.every((anchor) => row.some((c) => columnOf(c) === anchor)));
}

/** Sheet issues as field issues (`baris 12, kolom D (Post-test Sikap)`) for an error response. */
export function sheetFieldIssues(issues: readonly SheetIssue[]): FieldIssue[] {
  return issues.map((i) => ({
    field: `baris ${i.line}, kolom ${i.columnLetter === null ? i.column : `${i.columnLetter} (${i.column})`}`,
    message: i.message,
  }));
}
