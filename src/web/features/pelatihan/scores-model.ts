/**
 * The score table as the page edits it: cells typed over the stored scores, checked with the
 * domain's score rule before sending, the request body of the changed cells only (an emptied cell
 * erases its score), and where the server's issues (`scores.2.post.sikap`) go back in the table.
 */
import type { ScoresBody, TrainingScores } from '../../../contracts/training-participant.contract';
import type { GainCategory } from '../../../domain/training/gain';
import { parseScore } from '../../../domain/training/gain';
import type { Issue } from './pelatihan-forms';

export type Test = 'pre' | 'post';
/** Typed cells by `registrationId|test|aspect`. */
export type ScoreEdits = Readonly<Record<string, string>>;

export const scoreKey = (registrationId: string, test: Test, aspect: string) =>
  `${registrationId}|${test}|${aspect}`;

type Row = TrainingScores['rows'][number];

/** The stored score of a cell as text with a decimal comma in Indonesian (`72,5`), or ''. */
export function storedScore(row: Row, test: Test, aspect: string, decimalComma: boolean): string {
  const stored = row.aspects.find((a) => a.aspect === aspect)?.[test] ?? null;
  if (stored === null) return '';
  return decimalComma ? stored.replace('.', ',') : stored;
}

/** Whether the typed text is the same score as the stored one (`72,5` = `72.5`, `80` = `80.00`). */
function sameScore(typed: string, stored: string | null): boolean {
  const a = parseScore(typed, 'x');
  const b = parseScore(stored, 'x');
  if (!a.ok || !b.ok) return false;
  if (a.value === null || b.value === null) return a.value === b.value;
  return a.value.num * b.value.den === b.value.num * a.value.den;
}

/** The cells changed from what is stored, with the message of each that is not a score. */
export function editIssues(scores: TrainingScores, edits: ScoreEdits): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(edits)) {
    const parsed = parseScore(text, key);
    if (!parsed.ok) out[key] = parsed.issue.message;
  }
  // Only cells of rows and aspects still in the table count.
  const known = new Set(
    scores.rows.flatMap((r) =>
      scores.testedAspects.flatMap((a) => [
        scoreKey(r.registrationId, 'pre', a.aspect),
        scoreKey(r.registrationId, 'post', a.aspect),
      ]),
    ),
  );
  for (const key of Object.keys(out)) if (!known.has(key)) delete out[key];
  return out;
}

/**
 * The changed cells as the request body, in table order (an emptied cell is null: erase), and
 * the registration of each entry, to place the server's issues; null when nothing changed.
 */
export function scoresBody(
  scores: TrainingScores,
  edits: ScoreEdits,
): { body: ScoresBody; registrationIds: string[] } | null {
  const entries: ScoresBody['scores'] = [];
  const registrationIds: string[] = [];
  for (const row of scores.rows) {
    const maps: Record<Test, Record<string, string | null>> = { pre: {}, post: {} };
    let changed = false;
    for (const { aspect } of scores.testedAspects) {
      for (const test of ['pre', 'post'] as const) {
        const typed = edits[scoreKey(row.registrationId, test, aspect)];
        if (typed === undefined) continue;
        const stored = row.aspects.find((a) => a.aspect === aspect)?.[test] ?? null;
        if (sameScore(typed, stored)) continue;
        const text = typed.trim();
        maps[test][aspect] = text === '' ? null : text;
        changed = true;
      }
    }
    if (!changed) continue;
    entries.push({
      registrationId: row.registrationId,
      ...(Object.keys(maps.pre).length > 0 ? { pre: maps.pre } : {}),
      ...(Object.keys(maps.post).length > 0 ? { post: maps.post } : {}),
    });
    registrationIds.push(row.registrationId);
  }
  return entries.length > 0 ? { body: { scores: entries }, registrationIds } : null;
}

/** The server's issues by cell (`scores.<i>.<test>.<aspect>`), and the rest. */
export function serverCellIssues(
  issues: readonly Issue[],
  registrationIds: readonly string[],
): { byCell: Record<string, string>; other: string[] } {
  const byCell: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const m = /^scores\.(\d+)\.(pre|post)\.(.+)$/.exec(issue.field);
    const rid = m ? registrationIds[Number(m[1])] : undefined;
    if (m && rid) byCell[scoreKey(rid, m[2] as Test, m[3] ?? '')] ??= issue.message;
    else other.push(issue.message);
  }
  return { byCell, other };
}

/** Mantine colours of the gain categories (Hake): high green … fallen red. */
export const GAIN_CATEGORY_COLORS: Record<GainCategory, string> = {
  tinggi: 'teal',
  sedang: 'blue',
  rendah: 'yellow',
  turun: 'red',
};

/** A bad row of an imported sheet as one line: where (`baris 3, kolom D (…)`) and what. */
export function importIssueLines(issues: readonly Issue[]): string[] {
  return issues.map((i) => (i.field && i.field !== 'body' ? `${i.field}: ${i.message}` : i.message));
}
