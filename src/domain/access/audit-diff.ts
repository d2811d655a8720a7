/**
 * What an audit row says changed: the fields whose values differ, before and after.
 * Secrets never enter the log: their fields are reported as changed, with values withheld.
 */

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

const SECRET_FIELDS = new Set(['password', 'passwordHash', 'tokenHash', 'secret', 'csrfToken', 'token']);
export const WITHHELD = '[disembunyikan]';

type Values = Record<string, unknown> | null;

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

function shown(field: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (SECRET_FIELDS.has(field)) return WITHHELD;
  return value instanceof Date ? value.toISOString() : value;
}

/** Changed fields between two states of a record; `null` is "did not exist". */
export function diffFields(before: Values, after: Values): FieldChanges {
  const changes: FieldChanges = {};
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const field of fields) {
    const b = before?.[field];
    const a = after?.[field];
    if (comparable(b) !== comparable(a)) changes[field] = { before: shown(field, b), after: shown(field, a) };
  }
  return changes;
}
