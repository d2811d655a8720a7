import type { Role } from '../../../domain/access/role';

/**
 * Roles that may import village index data (for the desa in their scope), as the access policy
 * says for `index.import`; the server checks every code of the file.
 */
export const INDEX_IMPORT_ROLES: readonly Role[] = ['national', 'province', 'kabupaten', 'village'];

/** Whether to offer the import page: the user holds a role that imports somewhere. */
export function mayImportIndex(user: { assignments: readonly { role: Role }[] } | null): boolean {
  return user?.assignments.some((a) => INDEX_IMPORT_ROLES.includes(a.role)) ?? false;
}
