import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { SectionCard } from '../../shared/section-card';
import { useSession } from '../session/use-session';
import { EnterpriseForm } from './enterprise-form';
import { createEnterpriseBody, newEnterpriseValues } from './enterprise-form-model';
import { mayRegisterSomeEnterprise } from './usaha-access';
import { enterprisePath, USAHA_PATH } from './usaha-paths';
import { useCreateEnterprise } from './use-usaha-queries';

/** `/usaha/baru`: registering a village enterprise. */
export function EnterpriseNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const create = useCreateEnterprise();
  useDocumentTitle(t('usaha.form.documentTitle'));
  if (!mayRegisterSomeEnterprise(user)) {
    return (
      <DeadEndPanel title={t('usaha.form.forbiddenTitle')}>
        <Text>{t('usaha.form.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  return (
    <Stack gap="lg" data-testid="enterprise-new-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={USAHA_PATH} size="sm">
          ← {t('usaha.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('usaha.form.newTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('usaha.form.newIntro')}
        </Text>
      </Stack>
      <SectionCard title={t('usaha.form.newHeading')}>
        <EnterpriseForm
          mode="create"
          initial={newEnterpriseValues()}
          pending={create.isPending}
          error={create.error}
          submitLabel={t('usaha.form.create')}
          onSubmit={(values) =>
            create.mutate(createEnterpriseBody(values), {
              onSuccess: (created) => navigate(enterprisePath(created.id)),
            })
          }
          onCancel={() => navigate(USAHA_PATH)}
          testId="enterprise-form"
        />
      </SectionCard>
    </Stack>
  );
}
