/**
 * What the usaha pages offer a signed-in user, from their role assignments. Only for what to
 * show: the server decides every read and change (404 outside the scope, 403 for a reader who may
 * not change a record), and its views say what the user may do (`canManage`).
 */
import { ADMIN_RANK, type Role } from '../../../domain/access/role';

interface ScopedAssignment {
  role: Role;
  scope: { kind: string; id?: string; code?: string; label: string };
}

interface WithAssignments {
  assignments: readonly ScopedAssignment[];
}

/** Roles that read some enterprises: administrators, facilitators, village operators, kawasan and enterprise managers. */
const READER_ROLES: readonly Role[] = ['facilitator', 'village', 'kawasan_manager', 'enterprise'];

export function mayUseUsaha(user: WithAssignments | null): boolean {
  return (
    user?.assignments.some((a) => READER_ROLES.includes(a.role) || ADMIN_RANK[a.role] !== undefined) ?? false
  );
}

/**
 * Administrators, village operators and kawasan managers may register an enterprise (for founding
 * desa within their scope; the server checks which).
 */
export function mayRegisterSomeEnterprise(user: WithAssignments | null): boolean {
  return (
    user?.assignments.some(
      (a) => ADMIN_RANK[a.role] !== undefined || a.role === 'village' || a.role === 'kawasan_manager',
    ) ?? false
  );
}

/** National, province and kabupaten/kota administrators keep the registry of funding partners. */
export function mayManagePartners(user: WithAssignments | null): boolean {
  return user?.assignments.some((a) => ADMIN_RANK[a.role] !== undefined) ?? false;
}

/** Administrators, facilitators and kawasan managers read value chains and dashboards. */
export function mayReadOverview(user: WithAssignments | null): boolean {
  return (
    user?.assignments.some(
      (a) => ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator' || a.role === 'kawasan_manager',
    ) ?? false
  );
}

/** The enterprises the user manages (role `enterprise`), with the names their scopes carry. */
export function ownEnterprises(user: WithAssignments | null): { id: string; label: string }[] {
  const out: { id: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    if (a.role !== 'enterprise' || a.scope.kind !== 'enterprise' || !a.scope.id) continue;
    if (!out.some((e) => e.id === a.scope.id)) out.push({ id: a.scope.id, label: a.scope.label });
  }
  return out;
}

/** The kawasan the user manages or facilitates (role scopes of kind `kawasan`). */
export function ownKawasan(user: WithAssignments | null): { id: string; label: string }[] {
  const out: { id: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    if (a.scope.kind !== 'kawasan' || !a.scope.id) continue;
    if (!out.some((k) => k.id === a.scope.id)) out.push({ id: a.scope.id, label: a.scope.label });
  }
  return out;
}
