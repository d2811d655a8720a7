/**
 * What the pelatihan forms share: field paths of issues in one spelling, the server's problem
 * `errors[]` as issues, and sorting issues into the fields of a form (the rest shown above it).
 */
import { isApiError } from '../../api-client/api-error';

export interface Issue {
  field: string;
  message: string;
}

/**
 * One spelling of a field path, whoever wrote it: `body.schedule[1].hours`, `schedule/1/hours`
 * and `schedule.1.hours` are all `schedule.1.hours`.
 */
export function normalizeField(field: string): string {
  return field
    .replace(/^body[./]/, '')
    .replaceAll('/', '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/** The issues of a refused request (`errors[]` of its problem), their fields normalised. */
export function problemIssues(error: unknown): Issue[] {
  if (!isApiError(error) || !error.problem?.errors) return [];
  return error.problem.errors.map((e) => ({ field: normalizeField(e.field), message: e.message }));
}

export interface SortedIssues {
  /** Messages by form field; two messages of one field are joined. */
  byField: Record<string, string>;
  /** Messages of no field on the form. */
  other: string[];
}

/**
 * Puts each issue under the form field `fieldOf` names for its (normalised) path, or among the
 * others when it names none.
 */
export function sortIssues(issues: readonly Issue[], fieldOf: (path: string) => string | null): SortedIssues {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(normalizeField(issue.field));
    if (field === null) {
      if (!other.includes(issue.message)) other.push(issue.message);
      continue;
    }
    const before = byField[field];
    if (before === undefined) byField[field] = issue.message;
    else if (!before.includes(issue.message)) byField[field] = `${before} ${issue.message}`;
  }
  return { byField, other };
}

/** A number field's value: the number, or null when empty or not a number. */
export function numberOrNull(value: number | string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = value.trim().replace(',', '.');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** A region code as typed (`33.01.01.2001`, `3301 01 2001`) without dots and spaces. */
export const compactCode = (text: string) => text.replace(/[\s.]/g, '');
