import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { SectionCard } from '../../shared/section-card';
import { useSession } from '../session/use-session';
import classes from './pelatihan.module.css';
import { ownProviders } from './pelatihan-access';
import { PELATIHAN_PATH, programmePath } from './pelatihan-paths';
import { ProgrammeForm } from './programme-form';
import { createProgrammeBody, newProgrammeValues } from './programme-model';
import { useCreateProgramme } from './use-pelatihan-queries';

/** `/pelatihan/program/baru`: a new programme of a provider the user works for. */
export function ProgrammeNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { user } = useSession();
  const providers = ownProviders(user);
  const create = useCreateProgramme();
  useDocumentTitle(t('pelatihan.programmeForm.documentTitle'));
  if (providers.length === 0) {
    return (
      <DeadEndPanel title={t('pelatihan.programmeForm.forbiddenTitle')}>
        <Text>{t('pelatihan.programmeForm.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  const asked = params.get('penyelenggara');
  const providerId = providers.find((p) => p.id === asked)?.id ?? providers[0]?.id ?? '';
  const providerName = providers.find((p) => p.id === providerId)?.label ?? '';
  return (
    <Stack gap="lg" data-testid="programme-new-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PELATIHAN_PATH} size="sm">
          ← {t('pelatihan.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('pelatihan.programmeForm.newTitle')}
        </Title>
        {providers.length === 1 && (
          <Text size="sm" c="dimmed" className={classes.wrap}>
            {t('pelatihan.programmeForm.newFor', { provider: providerName })}
          </Text>
        )}
      </Stack>
      <SectionCard title={t('pelatihan.programmeForm.curriculumHeading')}>
        <ProgrammeForm
          initial={newProgrammeValues(providerId)}
          providers={providers}
          creating
          pending={create.isPending}
          error={create.error}
          submitLabel={t('pelatihan.programmeForm.create')}
          onSubmit={(values) =>
            create.mutate(createProgrammeBody(values), {
              onSuccess: (created) => navigate(programmePath(created.id)),
            })
          }
          onCancel={() => navigate(PELATIHAN_PATH)}
          testId="programme-form"
        />
      </SectionCard>
    </Stack>
  );
}
