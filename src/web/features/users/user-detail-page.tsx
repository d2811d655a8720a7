import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isBadRequest, isForbidden, isNotFound } from '../../api-client/api-error';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SuccessNote } from '../../shared/success-note';
import { useSession } from '../session/use-session';
import { ResetPasswordSection } from './reset-password-section';
import { useUser } from './use-user-queries';
import { UserAssignmentsSection } from './user-assignments-section';
import { UserAuditSection } from './user-audit-section';
import { UserProfileSection } from './user-profile-section';

function createdName(state: unknown): string | null {
  const created = (state as { created?: unknown } | null)?.created;
  return typeof created === 'string' ? created : null;
}

/** `/admin/pengguna/:id`: one account, its roles, its password and its audit trail. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { user: me } = useSession();
  const query = useUser(id);
  const [created, setCreated] = useState(() => createdName(location.state));
  useDocumentTitle(t('userDetail.documentTitle', { name: query.data?.name ?? t('users.title') }));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (isNotFound(query.error) || isForbidden(query.error) || isBadRequest(query.error)) {
      return (
        <DeadEndPanel title={t('userDetail.notFoundTitle')}>
          <Text>{t('userDetail.notFoundText')}</Text>
          <Anchor component={Link} to="/admin/pengguna">
            {t('users.backToList')}
          </Anchor>
        </DeadEndPanel>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const user = query.data;
  const isSelf = me?.id === user.id;
  return (
    <Stack gap="lg" maw={860}>
      <Anchor component={Link} to="/admin/pengguna" size="sm">
        ← {t('users.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap" align="center">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {user.name}
          </Title>
          <Badge variant="light" radius="sm" color={user.active ? 'teal' : 'gray'}>
            {user.active ? t('users.active') : t('users.inactive')}
          </Badge>
        </Group>
        <Text c="dimmed" size="sm">
          @{user.username}
          {isSelf ? ` · ${t('userDetail.yourAccount')}` : ''}
        </Text>
      </Stack>
      {created && (
        <SuccessNote onClose={() => setCreated(null)}>
          {t('createUser.created', { name: created })}
        </SuccessNote>
      )}
      <UserProfileSection user={user} isSelf={isSelf} />
      <UserAssignmentsSection user={user} />
      <ResetPasswordSection userId={user.id} username={user.username} />
      <UserAuditSection userId={user.id} />
    </Stack>
  );
}
