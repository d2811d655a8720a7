import { Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HeaderNavLink } from '../../shared/header-nav-link';
import { useSession } from '../session/use-session';
import { mayUseDanaDesa } from './dana-desa-access';
import { DANA_DESA_PATH } from './dana-desa-paths';

/** "Dana Desa" in the header for the roles that read Dana Desa plans. */
export function DanaDesaNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUseDanaDesa(user)) return null;
  return <HeaderNavLink to={DANA_DESA_PATH} label={t('danaDesa.nav')} testId="nav-dana-desa" />;
}

/** The same link in the user menu, where a phone finds the sections. */
export function DanaDesaMenuItem() {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayUseDanaDesa(user)) return null;
  return (
    <Menu.Item component={Link} to={DANA_DESA_PATH} data-testid="menu-dana-desa">
      {t('danaDesa.menuLink')}
    </Menu.Item>
  );
}
