/**
 * The attendance list (daftar hadir) as typed from paper: rows to add quickly, each copying the
 * desa, element and invited/attended marks of the row above (paper lists are written desa by
 * desa), names pasted in bulk, and the rows as the request body.
 */
import type { Participant, ParticipantInput } from '../../../contracts/musyawarah.contract';
import {
  type AttendanceSummary,
  attendanceSummary,
  GENDERS,
  type Gender,
  type ParticipantElement,
} from '../../../domain/deliberation/attendance';
import { indexedField } from './musyawarah-forms';

/** Rows at most in one list (the server may allow more; a paper list rarely has this many). */
export const MAX_ROWS = 500;

export interface ParticipantRow {
  /** For React and for finding a row's errors again; never sent. */
  key: string;
  /** The stored participant's id, kept so an edit does not make a new one. */
  id: string | null;
  name: string;
  gender: Gender | '';
  youth: boolean;
  poorOrMarginal: boolean;
  disability: boolean;
  element: ParticipantElement | '';
  /** Kode desa, or '' for someone from outside any desa. */
  desaCode: string;
  affiliation: string;
  invited: boolean;
  attended: boolean;
}

let rowKey = 0;
function nextKey(): string {
  rowKey += 1;
  return `p-${rowKey}`;
}

/** A new row: desa, element, invited and attended as in `previous` (the row above), else invited and present. */
export function emptyRow(previous?: ParticipantRow): ParticipantRow {
  return {
    key: nextKey(),
    id: null,
    name: '',
    gender: '',
    youth: false,
    poorOrMarginal: false,
    disability: false,
    element: previous?.element ?? '',
    desaCode: previous?.desaCode ?? '',
    affiliation: '',
    invited: previous?.invited ?? true,
    attended: previous?.attended ?? true,
  };
}

/** `count` new rows after `rows`, each copying the one above. */
export function addRows(rows: readonly ParticipantRow[], count: number): ParticipantRow[] {
  const out = [...rows];
  for (let i = 0; i < count && out.length < MAX_ROWS; i++) out.push(emptyRow(out.at(-1)));
  return out;
}

/** The stored list as rows to edit. */
export function rowsFromParticipants(list: readonly Participant[]): ParticipantRow[] {
  return list.map((p) => ({
    key: nextKey(),
    id: p.id,
    name: p.name,
    gender: p.gender,
    youth: p.youth,
    poorOrMarginal: p.poorOrMarginal,
    disability: p.disability,
    element: p.element,
    desaCode: p.desaCode ?? '',
    affiliation: p.affiliation ?? '',
    invited: p.invited,
    attended: p.attended,
  }));
}

/** A row nobody has written in yet (a name, a gender or an affiliation makes it a row to keep). */
export function isBlankRow(row: ParticipantRow): boolean {
  return row.name.trim() === '' && row.gender === '' && row.affiliation.trim() === '';
}

export type RowProblem = 'required';
export type RowField = 'name' | 'gender' | 'element';

/** What each written row still lacks, by row key; blank rows are ignored (they are not sent). */
export function rowProblems(
  rows: readonly ParticipantRow[],
): Record<string, Partial<Record<RowField, RowProblem>>> {
  const out: Record<string, Partial<Record<RowField, RowProblem>>> = {};
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    const found: Partial<Record<RowField, RowProblem>> = {};
    if (row.name.trim() === '') found.name = 'required';
    if (row.gender === '') found.gender = 'required';
    if (row.element === '') found.element = 'required';
    if (Object.keys(found).length > 0) out[row.key] = found;
  }
  return out;
}

/** The rows that are sent: written ones, in order (blank rows dropped). */
export function rowsToSend(rows: readonly ParticipantRow[]): ParticipantRow[] {
  return rows.filter((row) => !isBlankRow(row));
}

/** The PUT body's list from rows without problems (check with `rowProblems` first). */
export function participantsBody(rows: readonly ParticipantRow[]): ParticipantInput[] {
  return rowsToSend(rows).map((row) => ({
    ...(row.id ? { id: row.id } : {}),
    name: row.name.trim(),
    gender: row.gender as Gender,
    youth: row.youth,
    poorOrMarginal: row.poorOrMarginal,
    disability: row.disability,
    element: row.element as ParticipantElement,
    desaCode: row.desaCode === '' ? null : row.desaCode,
    affiliation: row.affiliation.trim() === '' ? null : row.affiliation.trim(),
    invited: row.invited,
    attended: row.attended,
  }));
}

/**
 * The server's errors of single participants (`participants[3].name`) by the key of the row sent
 * at that place (`sent`: the rows as sent, blank ones already dropped); errors of the list itself
 * under `list`.
 */
export function participantErrors(
  fields: Record<string, string>,
  sent: readonly ParticipantRow[],
): { byRow: Record<string, Record<string, string>>; list: string[] } {
  const byRow: Record<string, Record<string, string>> = {};
  const list: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const at = indexedField(key, 'participants');
    const row = at ? sent[at.index] : undefined;
    if (!at || !row) {
      list.push(message);
      continue;
    }
    const field = at.field === '' ? 'name' : at.field.split('.')[0]!;
    const errors = byRow[row.key] ?? {};
    errors[field] ??= message;
    byRow[row.key] = errors;
  }
  return { byRow, list };
}

/** L / P (and the words) to a gender; null when it is neither. */
export function parseGender(text: string): Gender | null {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  if (['l', 'lk', 'laki', 'lakilaki', 'pria', 'm', 'male'].includes(t)) return 'laki_laki';
  if (['p', 'pr', 'w', 'wanita', 'perempuan', 'f', 'female'].includes(t)) return 'perempuan';
  return (GENDERS as readonly string[]).includes(text.trim()) ? (text.trim() as Gender) : null;
}

/**
 * Rows from pasted text, one person per line: the name, then optionally (after a tab or `;`) L/P
 * and an affiliation, as copied from a spreadsheet or typed. Desa, element and marks come from
 * `previous` like a new row.
 */
export function rowsFromPaste(text: string, previous?: ParticipantRow): ParticipantRow[] {
  const out: ParticipantRow[] = [];
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split(/\t|;/).map((c) => c.trim());
    const name = cells[0] ?? '';
    if (name === '') continue;
    const row = emptyRow(out.at(-1) ?? previous);
    row.name = name.replace(/^\d+[.)]\s*/, '');
    const gender = parseGender(cells[1] ?? '');
    if (gender) row.gender = gender;
    const affiliation = cells.slice(gender ? 2 : 1).find((c) => c !== '');
    if (affiliation) row.affiliation = affiliation;
    out.push(row);
    if (out.length >= MAX_ROWS) break;
  }
  return out;
}

/** Live counts of the rows being typed (complete rows only), the same as the server computes. */
export function draftSummary(rows: readonly ParticipantRow[]): AttendanceSummary {
  return attendanceSummary(
    rowsToSend(rows)
      .filter((r) => r.gender !== '' && r.element !== '')
      .map((r) => ({
        id: r.key,
        name: r.name,
        gender: r.gender as Gender,
        youth: r.youth,
        poorOrMarginal: r.poorOrMarginal,
        disability: r.disability,
        element: r.element as ParticipantElement,
        desaCode: r.desaCode === '' ? null : r.desaCode,
        invited: r.invited,
        attended: r.attended,
      })),
  );
}

/** Whether the rows differ from the stored list (to enable saving). */
export function rowsChanged(rows: readonly ParticipantRow[], stored: readonly Participant[]): boolean {
  const a = JSON.stringify(participantsBody(rows).map(({ id: _id, ...rest }) => rest));
  const b = JSON.stringify(
    participantsBody(rowsFromParticipants(stored)).map(({ id: _id, ...rest }) => rest),
  );
  return a !== b;
}
