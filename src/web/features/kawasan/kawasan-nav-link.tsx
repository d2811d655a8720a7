import { useTranslation } from 'react-i18next';
import { HeaderNavLink } from '../../shared/header-nav-link';
import { useSession } from '../session/use-session';
import { KAWASAN_LIST_PATH } from './kawasan-paths';

/** "Kawasan" in the header for signed-in users on wider screens; phones reach it from the user menu. */
export function KawasanNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return <HeaderNavLink to={KAWASAN_LIST_PATH} label={t('kawasan.nav')} testId="nav-kawasan" />;
}
