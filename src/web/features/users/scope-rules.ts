import type { GrantBody } from '../../../contracts/access.contract';
import { ROLE_SCOPES, type Role, type ScopeKind } from '../../../domain/access/role';
import { type CodeProblem, parseRegionCode, type RegionLevel } from '../../../domain/region-code';

/** One role + scope row of a form, as typed. */
export interface AssignmentDraft {
  /** Stable React key. */
  key: string;
  role: Role | '';
  kind: ScopeKind;
  /** Region code (dotted or not) or the id of a kawasan, enterprise or training provider. */
  value: string;
}

export type DraftProblem =
  | { type: 'role-required' }
  | { type: 'value-required' }
  | { type: 'code'; problem: CodeProblem }
  | { type: 'level'; levels: readonly RegionLevel[] };

export type DraftResult = { ok: true; grant: GrantBody } | { ok: false; problem: DraftProblem };

let counter = 0;

export function emptyDraft(role: Role | '' = ''): AssignmentDraft {
  counter += 1;
  return { key: `draft-${counter}`, role, kind: role ? defaultKind(role) : 'region', value: '' };
}

/** The scope kinds a role may take (facilitator: a region or a kawasan). */
export function scopeKindsOf(role: Role): readonly ScopeKind[] {
  return ROLE_SCOPES[role].kinds;
}

export function defaultKind(role: Role): ScopeKind {
  return ROLE_SCOPES[role].kinds[0] ?? 'region';
}

/** Switching the role keeps what was typed when the new role takes the same kind of scope. */
export function withRole(draft: AssignmentDraft, role: Role | ''): AssignmentDraft {
  if (role === '') return { ...draft, role };
  const kinds = scopeKindsOf(role);
  const kind = kinds.includes(draft.kind) ? draft.kind : defaultKind(role);
  return { ...draft, role, kind, value: kind === draft.kind ? draft.value : '' };
}

/** Region levels a role's region scope may have, e.g. kabupaten → regency. */
export function regionLevelsOf(role: Role): readonly RegionLevel[] {
  return ROLE_SCOPES[role].regionLevels ?? [];
}

/** Checks a row the way the server will, and builds the `{ role, scope }` to send. */
export function draftToGrant(draft: AssignmentDraft): DraftResult {
  const { role, kind } = draft;
  if (role === '') return { ok: false, problem: { type: 'role-required' } };
  const value = draft.value.trim();
  if (kind === 'national') return { ok: true, grant: { role, scope: { kind: 'national' } } };
  if (value === '') return { ok: false, problem: { type: 'value-required' } };
  if (kind !== 'region') return { ok: true, grant: { role, scope: { kind, id: value } } };
  const parsed = parseRegionCode(value);
  if (!parsed.ok) return { ok: false, problem: { type: 'code', problem: parsed.problem } };
  const levels = regionLevelsOf(role);
  if (levels.length > 0 && !levels.includes(parsed.value.level)) {
    return { ok: false, problem: { type: 'level', levels } };
  }
  return { ok: true, grant: { role, scope: { kind: 'region', code: parsed.value.code } } };
}

/**
 * Server field errors of one row: `assignments.0.scope.code` → the scope input of row 0,
 * `assignments.0.role` → its role select. `prefix` is `assignments.0` or '' for a single grant.
 */
export function rowFieldErrors(
  fields: Record<string, string>,
  prefix: string,
): { role?: string; scope?: string } {
  const out: { role?: string; scope?: string } = {};
  const start = prefix ? `${prefix}.` : '';
  for (const [field, message] of Object.entries(fields)) {
    if (prefix && field !== prefix && !field.startsWith(start)) continue;
    const rest = prefix ? field.slice(start.length) : field;
    if (rest === 'role') out.role ??= message;
    else if (rest === '' || rest === 'scope' || rest.startsWith('scope.')) out.scope ??= message;
  }
  return out;
}
