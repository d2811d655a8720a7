import { useTranslation } from 'react-i18next';
import { HeaderNavLink } from '../../shared/header-nav-link';
import { useSession } from '../session/use-session';
import { mayUsePendampingan } from './pendampingan-access';
import { PENDAMPINGAN_PATH } from './pendampingan-paths';

/** "Pendampingan" in the header for facilitators and administrators. */
export function PendampinganNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUsePendampingan(user)) return null;
  return <HeaderNavLink to={PENDAMPINGAN_PATH} label={t('pendampingan.nav')} testId="nav-pendampingan" />;
}
