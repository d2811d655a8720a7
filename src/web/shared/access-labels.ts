import { useTranslation } from 'react-i18next';
import type { AssignmentView, ScopeView } from '../../contracts/access.contract';
import type { Role } from '../../domain/access/role';

/** "Kota Semarang (33.74)" for a region, the server's label for anything else. */
export function scopeText(scope: ScopeView): string {
  if (scope.kind === 'region') {
    return scope.label.includes(scope.codeDotted) ? scope.label : `${scope.label} (${scope.codeDotted})`;
  }
  if (scope.kind === 'national') return scope.label;
  return scope.label === scope.id || scope.label.includes(scope.id)
    ? scope.label
    : `${scope.label} (${scope.id})`;
}

/** Role names in the reader's language: Nasional, Provinsi, Kabupaten/Kota, … */
export function useRoleLabel(): (role: Role) => string {
  const { t } = useTranslation();
  return (role) => t(`roles.${role}`);
}

/** "Kabupaten/Kota · Kota Semarang (33.74)" for lists and confirmations. */
export function useAssignmentText(): (assignment: Pick<AssignmentView, 'role' | 'scope'>) => string {
  const roleLabel = useRoleLabel();
  return (a) => `${roleLabel(a.role)} · ${scopeText(a.scope)}`;
}
