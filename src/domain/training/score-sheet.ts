/**
 * Reads a score sheet of one session (XLSX or CSV, given as cells): a header row found by its
 * names within the first rows, then one row per participant with pre-test and post-test scores per
 * aspect. Headers are Indonesian and written many ways; all of these are read:
 * `No. Peserta` / `Nomor Peserta` / `Kode Peserta`, `Nama` / `Nama Peserta`,
 * `Pre-test Pengetahuan` / `Pretest Pengetahuan` / `Nilai Awal Pengetahuan`,
 * `Post-test Sikap` / `Posttest Sikap` / `Nilai Akhir Sikap` (also `Ketrampilan`). Other columns
 * (row number, desa, notes) are ignored.
 *
 * Every problem is reported with its line (1-based, as the spreadsheet shows it) and column, and
 * the result is either every row good or `ok: false` with all problems: the service then imports
 * nothing. An empty score cell means "not in this sheet" and leaves a stored score unchanged.
 */
import { toExactDecimal } from '../deliberation/rational.ts';
import { normalizeSearchText } from '../search-text.ts';
import { columnLetter, type SheetIssue } from '../sheet-table.ts';
import { ASPECT_LABELS, type Aspect } from './aspects.ts';
import { parseScore } from './gain.ts';

/** How far down a title block may push the header. */
export const SCORE_HEADER_SEARCH_ROWS = 20;
/** Largest sheet read: more rows than any session can hold participants. */
export const MAX_SCORE_ROWS = 5000;

export type ScoreTest = 'pre' | 'post';

export type ScoreColumn =
  | { kind: 'code' }
  | { kind: 'name' }
  | { kind: 'score'; test: ScoreTest; aspect: Aspect };

const ASPECT_WORDS: Record<string, Aspect> = {
  pengetahuan: 'pengetahuan',
  sikap: 'sikap',
  keterampilan: 'keterampilan',
  ketrampilan: 'keterampilan',
  perilaku: 'perilaku',
};
const TEST_WORDS: Record<string, ScoreTest> = {
  'pre test': 'pre',
  pretest: 'pre',
  'nilai awal': 'pre',
  'tes awal': 'pre',
  'post test': 'post',
  posttest: 'post',
  'nilai akhir': 'post',
  'tes akhir': 'post',
};
const CODE_HEADERS = new Set([
  'no peserta',
  'nomor peserta',
  'kode peserta',
  'nomor induk peserta',
  'id peserta',
]);
const NAME_HEADERS = new Set(['nama', 'nama peserta', 'nama lengkap']);

/** What a header cell names, or null for a column this reader ignores. */
export function scoreColumnOf(header: string): ScoreColumn | null {
  const key = normalizeSearchText(header);
  if (CODE_HEADERS.has(key)) return { kind: 'code' };
  if (NAME_HEADERS.has(key)) return { kind: 'name' };
  for (const [words, test] of Object.entries(TEST_WORDS)) {
    if (!key.startsWith(`${words} `)) continue;
    const aspect = ASPECT_WORDS[key.slice(words.length + 1)];
    if (aspect) return { kind: 'score', test, aspect };
  }
  return null;
}

export type ScoreSheetIssue = SheetIssue;

export interface ScoreSheetRow {
  line: number;
  participantCode: string;
  /** Exact decimal text of each score in the sheet (`"72.5"`); null for an empty cell. */
  pre: Partial<Record<Aspect, string | null>>;
  post: Partial<Record<Aspect, string | null>>;
}

export type ScoreSheet =
  | {
      ok: true;
      rows: ScoreSheetRow[];
      /** The score columns found, in sheet order. */
      columns: { test: ScoreTest; aspect: Aspect }[];
      /** Registered participant codes without a row in the sheet. */
      missingCodes: string[];
    }
  | { ok: false; issues: ScoreSheetIssue[] };

export interface ScoreSheetContext {
  testedAspects: readonly Aspect[];
  /** The session's registered participants: the code printed on the list, and the name. */
  participants: readonly { code: string; name: string }[];
}

const TEST_LABEL: Record<ScoreTest, string> = { pre: 'Pre-test', post: 'Post-test' };

/** The index of the header row (the one with a participant-code column) among the first rows; -1 if none. */
export function findScoreHeaderRow(cells: readonly (readonly string[])[]): number {
  return cells
    .slice(0, SCORE_HEADER_SEARCH_ROWS)
    .findIndex((row) => row.some((c) => scoreColumnOf(c)?.kind === 'code'));
}

function codeKey(text: string): string {
  return text.replace(/[\s\u00a0]/g, '').toUpperCase();
}

/** Reads the sheet; see the module comment. */
export function readScoreSheet(
  cells: readonly (readonly string[])[],
  context: ScoreSheetContext,
): ScoreSheet {
  const headerIndex = findScoreHeaderRow(cells);
  if (headerIndex === -1) {
    return {
      ok: false,
      issues: [
        {
          line: 1,
          column: 'No. Peserta',
          columnLetter: null,
          message: `Baris judul kolom dengan "No. Peserta" atau "Kode Peserta" tidak ditemukan di ${SCORE_HEADER_SEARCH_ROWS} baris pertama.`,
        },
      ],
    };
  }
  const headerLine = headerIndex + 1;
  const header = cells[headerIndex]!;
  const issues: ScoreSheetIssue[] = [];
  const headerIssue = (index: number, message: string) =>
    issues.push({
      line: headerLine,
      column: header[index]!.trim(),
      columnLetter: columnLetter(index),
      message,
    });

  let codeColumn = -1;
  let nameColumn = -1;
  const scoreColumns: { index: number; test: ScoreTest; aspect: Aspect }[] = [];
  const seen = new Map<string, number>();
  for (const [index, text] of header.entries()) {
    const column = scoreColumnOf(text);
    if (column === null) continue;
    const key = column.kind === 'score' ? `${column.test}:${column.aspect}` : column.kind;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      headerIssue(
        index,
        `Kolom ini sama dengan kolom ${columnLetter(earlier)} ("${header[earlier]!.trim()}"); hapus salah satunya.`,
      );
      continue;
    }
    seen.set(key, index);
    if (column.kind === 'code') codeColumn = index;
    else if (column.kind === 'name') nameColumn = index;
    else if (!context.testedAspects.includes(column.aspect)) {
      headerIssue(
        index,
        `Aspek ${ASPECT_LABELS[column.aspect].toLowerCase()} tidak diuji dalam program ini; hapus kolom ini.`,
      );
    } else scoreColumns.push({ index, test: column.test, aspect: column.aspect });
  }
  if (scoreColumns.length === 0 && issues.length === 0) {
    const expected = context.testedAspects.map((a) => `"Pre-test ${ASPECT_LABELS[a]}"`).join(', ');
    issues.push({
      line: headerLine,
      column: 'Pre-test/Post-test',
      columnLetter: null,
      message: `Tidak ada kolom nilai; beri judul kolom seperti ${expected || '"Pre-test Pengetahuan"'} atau "Post-test …".`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  if (cells.length - headerIndex - 1 > MAX_SCORE_ROWS) {
    return {
      ok: false,
      issues: [
        {
          line: headerLine,
          column: header[codeColumn]!.trim(),
          columnLetter: columnLetter(codeColumn),
          message: `Lembar nilai paling banyak ${MAX_SCORE_ROWS} baris peserta.`,
        },
      ],
    };
  }

  const registered = new Map(context.participants.map((p) => [codeKey(p.code), p]));
  const rows: ScoreSheetRow[] = [];
  const firstLine = new Map<string, number>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    const line = i + 1;
    const cellAt = (index: number) => row[index] ?? '';
    const report = (index: number, message: string) =>
      issues.push({ line, column: header[index]!.trim(), columnLetter: columnLetter(index), message });
    const code = codeKey(cellAt(codeColumn));
    let participant: { code: string; name: string } | undefined;
    if (code === '') {
      report(codeColumn, 'Nomor peserta kosong.');
    } else if (firstLine.has(code)) {
      report(codeColumn, `Nomor peserta ${code} sudah ada di baris ${firstLine.get(code)}.`);
    } else {
      firstLine.set(code, line);
      participant = registered.get(code);
      if (!participant) report(codeColumn, `Nomor peserta ${code} tidak terdaftar di angkatan ini.`);
    }
    if (participant && nameColumn !== -1) {
      const name = cellAt(nameColumn).trim();
      if (name !== '' && normalizeSearchText(name) !== normalizeSearchText(participant.name)) {
        report(
          nameColumn,
          `Nama "${name}" tidak sesuai dengan peserta nomor ${code} (${participant.name.trim()}); periksa apakah barisnya bergeser.`,
        );
      }
    }
    const scores: ScoreSheetRow = { line, participantCode: participant?.code ?? code, pre: {}, post: {} };
    for (const column of scoreColumns) {
      const parsed = parseScore(
        cellAt(column.index),
        `${TEST_LABEL[column.test]} ${ASPECT_LABELS[column.aspect]}`,
      );
      if (!parsed.ok) report(column.index, parsed.issue.message);
      else scores[column.test][column.aspect] = parsed.value === null ? null : toExactDecimal(parsed.value);
    }
    rows.push(scores);
  }
  if (issues.length > 0) return { ok: false, issues };
  const present = new Set(rows.map((r) => codeKey(r.participantCode)));
  return {
    ok: true,
    rows,
    columns: scoreColumns.map((c) => ({ test: c.test, aspect: c.aspect })),
    missingCodes: context.participants.map((p) => p.code).filter((c) => !present.has(codeKey(c))),
  };
}
