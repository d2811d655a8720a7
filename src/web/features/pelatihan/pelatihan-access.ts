/**
 * What the pelatihan pages offer a signed-in user, from their role assignments. Only for what to
 * show: the server decides every read and change (404 outside the scope, 403 for a reader who may
 * not change a record), and its views say what the user may do (`canManage`, `actions`).
 */
import { ADMIN_RANK, type Role } from '../../../domain/access/role';

interface ScopedAssignment {
  role: Role;
  scope: { kind: string; id?: string; code?: string; label: string };
}

interface WithAssignments {
  assignments: readonly ScopedAssignment[];
}

/** Roles that read some trainings: providers, administrators, facilitators, village operators, kawasan managers. */
const READER_ROLES: readonly Role[] = ['training_provider', 'facilitator', 'village', 'kawasan_manager'];

export function mayUsePelatihan(user: WithAssignments | null): boolean {
  return (
    user?.assignments.some((a) => READER_ROLES.includes(a.role) || ADMIN_RANK[a.role] !== undefined) ?? false
  );
}

/** The providers the user works for (role `training_provider`), with the names their scopes carry. */
export function ownProviders(user: WithAssignments | null): { id: string; label: string }[] {
  const out: { id: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    if (a.role !== 'training_provider' || a.scope.kind !== 'training_provider' || !a.scope.id) continue;
    if (!out.some((p) => p.id === a.scope.id)) out.push({ id: a.scope.id, label: a.scope.label });
  }
  return out;
}

/** National, province and kabupaten/kota administrators register providers seated in their region. */
export function mayRegisterProviders(user: WithAssignments | null): boolean {
  return user?.assignments.some((a) => ADMIN_RANK[a.role] !== undefined) ?? false;
}

/**
 * The regions of the user's administrator roles (where the providers they look after are seated);
 * `national` when one of them covers the whole country.
 */
export function adminRegions(user: WithAssignments | null): {
  national: boolean;
  regions: { code: string; label: string }[];
} {
  let national = false;
  const regions: { code: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    if (ADMIN_RANK[a.role] === undefined) continue;
    if (a.scope.kind === 'national') national = true;
    else if (a.scope.kind === 'region' && a.scope.code && !regions.some((r) => r.code === a.scope.code))
      regions.push({ code: a.scope.code, label: a.scope.label });
  }
  return { national, regions };
}
