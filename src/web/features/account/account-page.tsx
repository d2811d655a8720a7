import { DataList, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AssignmentList } from '../../shared/assignment-list';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useSession } from '../session/use-session';
import { ApiTokensSection } from './api-tokens-section';
import { ChangePasswordForm } from './change-password-form';

/** `/akun`: the signed-in user's profile, roles, password and API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const format = useFormatDateTime();
  useDocumentTitle(t('account.documentTitle'));
  if (!session) return <LoadingState />;
  const { user } = session;
  return (
    <Stack gap="lg" maw={760}>
      <Title order={1}>{t('account.title')}</Title>
      <SectionCard title={t('account.profileHeading')} testId="account-profile">
        <DataList labelWidth="130px" withDivider>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.name')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="account-name">{user.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.username')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="account-username">{user.username}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.email')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
              {user.email ?? t('common.none')}
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
        <Text size="xs" c="dimmed">
          {t('account.sessionEnds', { time: format.dateTime(session.expiresAt) })}
        </Text>
      </SectionCard>
      <SectionCard title={t('account.rolesHeading')} testId="account-roles">
        <AssignmentList
          assignments={user.assignments}
          label={t('account.rolesLabel', { name: user.name })}
          empty={t('account.noRoles')}
        />
      </SectionCard>
      <ChangePasswordForm username={user.username} />
      <ApiTokensSection />
    </Stack>
  );
}
