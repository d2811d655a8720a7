import { useTranslation } from 'react-i18next';
import { scopeText } from '../../shared/access-labels';
import { adminRank, grantableRoles } from '../session/session-access';
import { useSession } from '../session/use-session';

/**
 * What the signed-in administrator may hand out: the roles, and for those below national level
 * a reminder of the regions they administer ("Harus di dalam wilayah Anda: Kota Semarang (33.74)").
 */
export function useGrantOptions() {
  const { t } = useTranslation();
  const { user } = useSession();
  const roles = grantableRoles(user);
  const national = adminRank(user) >= 3;
  const regions = (user?.assignments ?? [])
    .filter((a) => (a.role === 'province' || a.role === 'kabupaten') && a.scope.kind === 'region')
    .map((a) => scopeText(a.scope));
  const withinHint =
    !national && regions.length > 0 ? t('scope.withinYours', { scopes: regions.join(', ') }) : null;
  return { roles, withinHint };
}
