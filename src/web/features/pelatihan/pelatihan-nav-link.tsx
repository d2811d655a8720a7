import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HeaderNavLink } from '../../shared/header-nav-link';
import { useSession } from '../session/use-session';
import { mayUsePelatihan } from './pelatihan-access';
import { PELATIHAN_PATH } from './pelatihan-paths';

/** "Pelatihan" in the header for providers' users and the roles that read trainings. */
export function PelatihanNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUsePelatihan(user)) return null;
  return <HeaderNavLink to={PELATIHAN_PATH} label={t('pelatihan.nav')} testId="nav-pelatihan" />;
}

/** The same link in the user menu, where a phone finds the sections. */
export function PelatihanMenuItem() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUsePelatihan(user)) return null;
  return (
    <Menu.Item component={Link} to={PELATIHAN_PATH} data-testid="menu-pelatihan">
      {t('pelatihan.menuLink')}
    </Menu.Item>
  );
}
