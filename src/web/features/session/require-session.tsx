import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { isAdministrator, signInPath } from './session-access';
import { useSession, wasSignedOutByReader } from './use-session';

/** Pages for signed-in users: anyone else is sent to `/masuk` and brought back afterwards. */
export function RequireSession() {
  const { status, query } = useSession();
  const location = useLocation();
  if (status === 'loading') return <LoadingState />;
  if (status === 'error') return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (status === 'signed-out') {
    if (wasSignedOutByReader()) return <Navigate to="/masuk" replace state={{ reason: 'signed-out' }} />;
    const here = `${location.pathname}${location.search}`;
    return <Navigate to={signInPath(here)} replace state={{ reason: 'needed' }} />;
  }
  return <Outlet />;
}

/** Pages for national, province and kabupaten administrators (inside RequireSession). */
export function RequireAdministrator() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!isAdministrator(user)) {
    return (
      <DeadEndPanel title={t('users.adminOnlyTitle')} alert>
        <Text>{t('users.adminOnlyText')}</Text>
      </DeadEndPanel>
    );
  }
  return <Outlet />;
}
