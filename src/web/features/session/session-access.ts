import type { Role } from '../../../domain/access/role';
import { ADMIN_RANK, ROLES } from '../../../domain/access/role';

interface WithAssignments {
  assignments: readonly { role: Role }[];
}

/** Highest administrative rank the user holds (national 3, province 2, kabupaten 1), or 0. */
export function adminRank(user: WithAssignments | null): number {
  if (!user) return 0;
  return Math.max(0, ...user.assignments.map((a) => ADMIN_RANK[a.role] ?? 0));
}

/** Holds a national, province or kabupaten role: may administer accounts in their region. */
export function isAdministrator(user: WithAssignments | null): boolean {
  return adminRank(user) > 0;
}

/**
 * Roles the user may hand out: a national administrator any, others only roles ranked below
 * their own (the server still checks the region of each scope).
 */
export function grantableRoles(user: WithAssignments | null): Role[] {
  const rank = adminRank(user);
  if (rank === 0) return [];
  if (rank >= (ADMIN_RANK.national ?? 3)) return [...ROLES];
  return ROLES.filter((role) => (ADMIN_RANK[role] ?? 0) < rank);
}

/** Where to go after signing in: a path inside this app, never another site. */
export function safeReturnPath(value: string | null | undefined, fallback = '/akun'): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value === '/masuk' || value.startsWith('/masuk?') || value.startsWith('/masuk/')) return fallback;
  return value;
}

/** The sign-in address that comes back to `path` afterwards. */
export function signInPath(path: string): string {
  const back = safeReturnPath(path, '');
  return back && back !== '/' ? `/masuk?kembali=${encodeURIComponent(back)}` : '/masuk';
}
