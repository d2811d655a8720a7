import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HeaderNavLink } from '../../shared/header-nav-link';
import { useSession } from '../session/use-session';
import { mayUseUsaha } from './usaha-access';
import { USAHA_PATH } from './usaha-paths';

/** "Usaha" in the header for the roles that read village enterprises. */
export function UsahaNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUseUsaha(user)) return null;
  return <HeaderNavLink to={USAHA_PATH} label={t('usaha.nav')} testId="nav-usaha" />;
}

/** The same link in the user menu, where a phone finds the sections. */
export function UsahaMenuItem() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUseUsaha(user)) return null;
  return (
    <Menu.Item component={Link} to={USAHA_PATH} data-testid="menu-usaha">
      {t('usaha.menuLink')}
    </Menu.Item>
  );
}
