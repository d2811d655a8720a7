import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import { useSession } from '../session/use-session';
import { KAWASAN_LIST_PATH } from './kawasan-paths';

/** "Kawasan" in the header for signed-in users on wider screens; phones reach it from the user menu. */
export function KawasanNavLink() {
  const { t } = useTranslation();
  const { user } = useSession();
  const active = useMatch({ path: KAWASAN_LIST_PATH, end: false }) !== null;
  if (!user) return null;
  return (
    <Button
      component={Link}
      to={KAWASAN_LIST_PATH}
      variant={active ? 'white' : 'subtle'}
      color={active ? undefined : 'white'}
      size="compact-md"
      visibleFrom="sm"
      aria-current={active ? 'page' : undefined}
      data-testid="nav-kawasan"
    >
      {t('kawasan.nav')}
    </Button>
  );
}
