import { REGION_DATA_WRITERS } from '../../../domain/access/policy';
import type { Role } from '../../../domain/access/role';

/**
 * Roles that may import village index data (for the desa in their scope): the policy's writers of
 * region data, of which `index.import` is one; the server checks every code of the file.
 */
export const INDEX_IMPORT_ROLES: readonly Role[] = REGION_DATA_WRITERS;

/** Whether to offer the import page: the user holds a role that imports somewhere. */
export function mayImportIndex(user: { assignments: readonly { role: Role }[] } | null): boolean {
  return user?.assignments.some((a) => INDEX_IMPORT_ROLES.includes(a.role)) ?? false;
}
