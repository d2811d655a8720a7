/**
 * The kawasan forms' pure parts: which field a server error belongs to, what a document file
 * must be before it is sent, and the institution form's rows as the request body.
 */
import type { Institution, InstitutionBody } from '../../../contracts/kawasan.contract';
import { DOCUMENT_LIMIT_BYTES, normaliseCommodities } from '../../../domain/kawasan/registry';

export type ProfileField =
  | 'name'
  | 'kabupatenCodes'
  | 'theme'
  | 'commodities'
  | 'delineationNotes'
  | 'members';
const PROFILE_FIELDS: readonly ProfileField[] = [
  'name',
  'kabupatenCodes',
  'theme',
  'commodities',
  'delineationNotes',
  'members',
];

/**
 * The server's errors[] (as `fieldErrorsOf` keys them: `name`, `members[2]`, `commodities.0`)
 * gathered on the form's fields; the first message of a field wins. Errors of other fields are
 * returned under `other`, to be shown above the form.
 */
export function profileFieldErrors(fields: Record<string, string>): {
  byField: Partial<Record<ProfileField, string>>;
  other: string[];
} {
  const byField: Partial<Record<ProfileField, string>> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const head = key.split(/[.[]/)[0] as ProfileField;
    if (PROFILE_FIELDS.includes(head)) byField[head] ??= message;
    else other.push(message);
  }
  return { byField, other };
}

/** Flagship commodities at most. */
export const COMMODITY_MAX = 12;

/** The commodities as typed into the tags field: split at commas, tidied, too short ones dropped. */
export function commodityTags(tags: readonly string[]): string[] {
  return normaliseCommodities(tags.flatMap((t) => t.split(/[,;]/)))
    .filter((t) => t.length >= 2)
    .map((t) => t.slice(0, 60))
    .slice(0, COMMODITY_MAX);
}

/** The extensions the server accepts (it checks the content too). */
export const DOCUMENT_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export type DocumentFileProblem = 'empty' | 'tooLarge' | 'type';

/** Why a picked file would be refused, checked before uploading it; null when it may go. */
export function documentFileProblem(file: { name: string; size: number }): DocumentFileProblem | null {
  if (file.size === 0) return 'empty';
  if (file.size > DOCUMENT_LIMIT_BYTES) return 'tooLarge';
  if (!/\.(pdf|png|jpe?g)$/i.test(file.name.trim())) return 'type';
  return null;
}

/** A document title from its file name: "SK Bupati 2025.pdf" → "SK Bupati 2025". */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .replace(/[_]+/g, ' ')
    .trim()
    .slice(0, 200);
}

export interface InstitutionMemberDraft {
  key: string;
  name: string;
  agency: string;
  position: string;
  desaCode: string;
  management: boolean;
}

export interface InstitutionDraft {
  name: string;
  decreeNumber: string;
  decreeDate: string;
  decreeDocumentId: string | null;
  notes: string;
  members: InstitutionMemberDraft[];
}

let rowKey = 0;
export function emptyMemberRow(): InstitutionMemberDraft {
  rowKey += 1;
  return { key: `row-${rowKey}`, name: '', agency: '', position: '', desaCode: '', management: false };
}

/** The form's starting values: the stored institution, or empty rows to fill. */
export function institutionDraft(institution: Institution | null): InstitutionDraft {
  if (!institution) {
    return { name: '', decreeNumber: '', decreeDate: '', decreeDocumentId: null, notes: '', members: [] };
  }
  return {
    name: institution.name,
    decreeNumber: institution.decreeNumber ?? '',
    decreeDate: institution.decreeDate ?? '',
    decreeDocumentId: institution.decreeDocumentId,
    notes: institution.notes ?? '',
    members: institution.members.map((m) => ({
      ...emptyMemberRow(),
      name: m.name,
      agency: m.agency ?? '',
      position: m.position,
      desaCode: m.desaCode ?? '',
      management: m.management,
    })),
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The PUT body: trimmed, empty optional fields as null, rows left wholly empty dropped. */
export function institutionBody(draft: InstitutionDraft): InstitutionBody {
  return {
    name: draft.name.trim(),
    decreeNumber: orNull(draft.decreeNumber),
    decreeDate: orNull(draft.decreeDate),
    decreeDocumentId: draft.decreeDocumentId,
    notes: orNull(draft.notes),
    members: draft.members
      .filter((m) => [m.name, m.agency, m.position, m.desaCode].some((v) => v.trim() !== ''))
      .map((m) => ({
        name: m.name.trim(),
        agency: orNull(m.agency),
        position: m.position.trim(),
        desaCode: orNull(m.desaCode),
        management: m.management,
      })),
  };
}

export type InstitutionProblem = 'required' | 'tooShort' | 'invalidDate';

export interface InstitutionProblems {
  name?: InstitutionProblem;
  decreeDate?: InstitutionProblem;
  /** By row index of the draft. */
  rows: Record<number, { name?: InstitutionProblem; position?: InstitutionProblem }>;
}

/** The same minimums the server checks: a name of 3, each member's name and position of 2. */
export function institutionProblems(
  draft: InstitutionDraft,
  isDate: (text: string) => boolean,
): InstitutionProblems {
  const problems: InstitutionProblems = { rows: {} };
  const name = draft.name.trim();
  if (name === '') problems.name = 'required';
  else if (name.length < 3) problems.name = 'tooShort';
  if (draft.decreeDate.trim() !== '' && !isDate(draft.decreeDate.trim())) problems.decreeDate = 'invalidDate';
  draft.members.forEach((m, i) => {
    const filled = [m.name, m.agency, m.position, m.desaCode].some((v) => v.trim() !== '');
    if (!filled) return;
    const row: { name?: InstitutionProblem; position?: InstitutionProblem } = {};
    if (m.name.trim().length < 2) row.name = m.name.trim() === '' ? 'required' : 'tooShort';
    if (m.position.trim().length < 2) row.position = m.position.trim() === '' ? 'required' : 'tooShort';
    if (row.name || row.position) problems.rows[i] = row;
  });
  return problems;
}

export function hasInstitutionProblems(problems: InstitutionProblems): boolean {
  return Boolean(problems.name || problems.decreeDate || Object.keys(problems.rows).length > 0);
}

/** Server errors of single members (`members[2]`, `members.2`) keyed by the desa code sent there. */
export function memberErrorsByCode(
  fields: Record<string, string>,
  sentCodes: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) {
    const match = /^members(?:\[(\d+)\]|\.(\d+))/.exec(key);
    if (!match) continue;
    const code = sentCodes[Number(match[1] ?? match[2])];
    if (code !== undefined) out[code] ??= message;
  }
  return out;
}
