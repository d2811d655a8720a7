import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserView } from '../../../contracts/access.contract';
import { AssignmentList } from '../../shared/assignment-list';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './user-list.module.css';

export const userPath = (id: string) => `/admin/pengguna/${id}`;

function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" radius="sm" variant={active ? 'light' : 'outline'} color={active ? 'teal' : 'gray'}>
      {active ? t('users.active') : t('users.inactive')}
    </Badge>
  );
}

function Roles({ user }: { user: UserView }) {
  const { t } = useTranslation();
  return (
    <AssignmentList
      assignments={user.assignments}
      label={t('account.rolesLabel', { name: user.name })}
      empty={t('users.noRoles')}
      size="sm"
    />
  );
}

/** Accounts: a table on wider screens, a compact list on phones. */
export function UserList({ users, label }: { users: UserView[]; label: string }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {users.map((user) => (
          <li key={user.id} className={classes.item} data-testid="user-row">
            <Group justify="space-between" wrap="nowrap" gap="xs" align="baseline">
              <Anchor component={Link} to={userPath(user.id)} fw={600} className={classes.name}>
                {user.name}
              </Anchor>
              <ActiveBadge active={user.active} />
            </Group>
            <Text size="xs" c="dimmed" mb={6} className={classes.name}>
              @{user.username}
            </Text>
            <Roles user={user} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users.name')}</Table.Th>
            <Table.Th scope="col">{t('users.username')}</Table.Th>
            <Table.Th scope="col">{t('users.roles')}</Table.Th>
            <Table.Th scope="col">{t('users.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} data-testid="user-row">
              <Table.Td>
                <Anchor component={Link} to={userPath(user.id)} fw={500} inherit className={classes.name}>
                  {user.name}
                </Anchor>
              </Table.Td>
              <Table.Td className={classes.username}>{user.username}</Table.Td>
              <Table.Td>
                <Roles user={user} />
              </Table.Td>
              <Table.Td>
                <ActiveBadge active={user.active} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
