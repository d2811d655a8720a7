import { Avatar, Button, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { DanaDesaMenuItem } from '../dana-desa/dana-desa-nav-link';
import { mayImportIndex } from '../index-import/import-access';
import { PelatihanMenuItem } from '../pelatihan/pelatihan-nav-link';
import { mayUsePendampingan } from '../pendampingan/pendampingan-access';
import { UsahaMenuItem } from '../usaha/usaha-nav-link';
import { isAdministrator, signInPath } from './session-access';
import { useSession, useSignOut } from './use-session';
import classes from './user-menu.module.css';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)] : [parts[0]];
  return letters
    .map((p) => p?.[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Header corner: the signed-in user's name with a menu, or a "Masuk" link. */
export function UserMenu() {
  const { t } = useTranslation();
  const { user, status } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();

  if (status === 'loading') return <div className={classes.placeholder} aria-hidden="true" />;
  if (!user) {
    if (location.pathname === '/masuk') return null;
    return (
      <Button
        component={Link}
        to={signInPath(`${location.pathname}${location.search}`)}
        variant="white"
        size="compact-md"
        data-testid="sign-in-link"
      >
        {t('nav.signIn')}
      </Button>
    );
  }

  // Failing shows "Gagal keluar" in the menu; the session is then still open.
  const leave = () =>
    signOut.mutate(undefined, {
      onSuccess: () => navigate('/masuk', { replace: true, state: { reason: 'signed-out' } }),
    });

  return (
    <Menu position="bottom-end" width={220} withinPortal shadow="md">
      <Menu.Target>
        <UnstyledButton
          className={classes.trigger}
          aria-label={t('nav.accountMenu', { name: user.name })}
          data-testid="user-menu"
        >
          <Group gap={6} wrap="nowrap">
            <Avatar size={28} radius="xl" color="white" variant="filled" className={classes.avatar}>
              {initials(user.name)}
            </Avatar>
            <Text size="sm" fw={600} c="white" className={classes.name} aria-hidden="true">
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label className={classes.menuLabel}>
          {user.name} (@{user.username})
        </Menu.Label>
        <Menu.Item component={Link} to="/akun">
          {t('nav.myAccount')}
        </Menu.Item>
        <Menu.Item component={Link} to="/kawasan" data-testid="menu-kawasan">
          {t('kawasan.menuLink')}
        </Menu.Item>
        {mayUsePendampingan(user) && (
          <Menu.Item component={Link} to="/pendampingan" data-testid="menu-pendampingan">
            {t('pendampingan.menuLink')}
          </Menu.Item>
        )}
        <PelatihanMenuItem />
        <UsahaMenuItem />
        <DanaDesaMenuItem />
        {isAdministrator(user) && (
          <Menu.Item component={Link} to="/admin/pengguna">
            {t('nav.usersAdmin')}
          </Menu.Item>
        )}
        {mayImportIndex(user) && (
          <Menu.Item component={Link} to="/indeks/impor" data-testid="menu-index-import">
            {t('indexImport.menuLink')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={leave} disabled={signOut.isPending} color={signOut.isError ? 'red' : undefined}>
          {signOut.isError ? t('nav.signOutFailed') : t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
