/**
 * What the Dana Desa pages offer a signed-in user, from their role assignments. Only for what to
 * show: the server decides every read and change (404 outside the scope, 403 for a reader who may
 * not change a plan), and its views say what the user may do (`canEdit`).
 */
import { ADMIN_RANK, type Role } from '../../../domain/access/role';

interface ScopedAssignment {
  role: Role;
  scope: { kind: string; id?: string; code?: string; label: string };
}

interface WithAssignments {
  assignments: readonly ScopedAssignment[];
}

const READER_ROLES: readonly Role[] = ['facilitator', 'village', 'kawasan_manager'];

/** Village operators, administrators, facilitators and kawasan managers read some plans. */
export function mayUseDanaDesa(user: WithAssignments | null): boolean {
  return (
    user?.assignments.some((a) => READER_ROLES.includes(a.role) || ADMIN_RANK[a.role] !== undefined) ?? false
  );
}

/** The desa the user operates (role `village` scoped to a 10-digit desa code). */
export function ownDesa(user: WithAssignments | null): { code: string; label: string }[] {
  const out: { code: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    if (a.role !== 'village' || a.scope.kind !== 'region' || a.scope.code?.length !== 10) continue;
    if (!out.some((d) => d.code === a.scope.code)) out.push({ code: a.scope.code, label: a.scope.label });
  }
  return out;
}

/** Administrators and facilitators read the summary of their region; kawasan managers of their kawasan. */
export function summaryTargets(user: WithAssignments | null): {
  national: boolean;
  regions: { code: string; label: string }[];
  kawasan: { id: string; label: string }[];
} {
  let national = false;
  const regions: { code: string; label: string }[] = [];
  const kawasan: { id: string; label: string }[] = [];
  for (const a of user?.assignments ?? []) {
    const regionReader = ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator';
    if (regionReader && a.scope.kind === 'national') national = true;
    else if (regionReader && a.scope.kind === 'region' && a.scope.code) {
      if (!regions.some((r) => r.code === a.scope.code))
        regions.push({ code: a.scope.code, label: a.scope.label });
    } else if (a.scope.kind === 'kawasan' && a.scope.id && !kawasan.some((k) => k.id === a.scope.id)) {
      kawasan.push({ id: a.scope.id, label: a.scope.label });
    }
  }
  return { national, regions, kawasan };
}

/** Whether the user may open some summary. */
export function mayReadSummary(user: WithAssignments | null): boolean {
  const t = summaryTargets(user);
  return t.national || t.regions.length > 0 || t.kawasan.length > 0;
}
