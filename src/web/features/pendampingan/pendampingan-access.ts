/**
 * What the pendampingan pages offer a signed-in user, from their role assignments. Only for what
 * to show: the server decides every read and change (and answers 403/404 outside the scope).
 */
import { ADMIN_RANK, type Role } from '../../../domain/access/role';

interface WithAssignments {
  assignments: readonly { role: Role }[];
}

/** Facilitators and the national, province and kabupaten/kota administrators. */
export function mayUsePendampingan(user: WithAssignments | null): boolean {
  return user?.assignments.some((a) => a.role === 'facilitator' || ADMIN_RANK[a.role] !== undefined) ?? false;
}

/** Administrators register facilitators and their assignments (within their region). */
export function mayManageFacilitators(user: WithAssignments | null): boolean {
  return user?.assignments.some((a) => ADMIN_RANK[a.role] !== undefined) ?? false;
}

/** Region scopes of the user's administrator and facilitator roles: where coverage may be read. */
export function coverageRegions(
  user: {
    assignments: readonly { role: Role; scope: { kind: string; code?: string; label: string } }[];
  } | null,
): { national: boolean; regions: { code: string; label: string }[] } {
  let national = false;
  const regions: { code: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    if (a.role !== 'facilitator' && ADMIN_RANK[a.role] === undefined) continue;
    const { code } = a.scope;
    if (a.scope.kind === 'national') national = true;
    else if (a.scope.kind === 'region' && code && !regions.some((r) => r.code === code))
      regions.push({ code, label: a.scope.label });
  }
  return { national, regions };
}
