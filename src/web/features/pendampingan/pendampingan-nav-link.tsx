import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { useSession } from '../session/use-session';
import { mayUsePendampingan } from './pendampingan-access';
import { PENDAMPINGAN_PATH } from './pendampingan-paths';

/** "Pendampingan" in the header for facilitators and administrators. */
export function PendampinganNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  const active = useMatch({ path: PENDAMPINGAN_PATH, end: false }) !== null;
  if (!mayUsePendampingan(user)) return null;
  return (
    <Button
      component={Link}
      to={PENDAMPINGAN_PATH}
      variant={active ? 'white' : 'subtle'}
      color={active ? undefined : 'white'}
      size="compact-md"
      visibleFrom="sm"
      aria-current={active ? 'page' : undefined}
      data-testid="nav-pendampingan"
    >
      {t('pendampingan.nav')}
    </Button>
  );
}
