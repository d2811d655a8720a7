import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TrainingProviderView } from '../../../contracts/training-programme.contract';
import { ErrorState } from '../../shared/error-state';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import classes from './pelatihan.module.css';
import { newProgrammePath, PROVIDERS_PATH } from './pelatihan-paths';
import { ProgrammeList } from './programme-list';
import { ProviderForm } from './provider-form';
import { providerValues, updateProviderBody } from './provider-model';
import { useProgrammes, useProvider, useUpdateProvider } from './use-pelatihan-queries';

function ProviderFacts({ p }: { p: TrainingProviderView }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <FactList aria-label={t('pelatihan.provider.recordLabel')} testId="provider-facts">
      <Fact label={t('pelatihan.provider.kind')} testId="provider-fact-kind" wide>
        {t(`pelatihan.providerKind.${p.kind}`)}
      </Fact>
      <Fact label={t('pelatihan.provider.seat')} testId="provider-fact-seat">
        {p.seatRegion.name}
      </Fact>
      <Fact label={t('pelatihan.provider.phone')} testId="provider-fact-phone">
        {p.phone ? (
          <Anchor href={`tel:${p.phone.replace(/\s/g, '')}`} inherit>
            {p.phone}
          </Anchor>
        ) : (
          none
        )}
      </Fact>
      <Fact label={t('pelatihan.provider.email')} testId="provider-fact-email">
        {p.email ?? none}
      </Fact>
      <Fact label={t('pelatihan.provider.address')} testId="provider-fact-address" wide>
        <Text size="sm" className={classes.prewrap}>
          {p.address.trim() === '' ? none : p.address}
        </Text>
      </Fact>
    </FactList>
  );
}

function Programmes({ p }: { p: TrainingProviderView }) {
  const { t } = useTranslation();
  const list = useProgrammes({ providerId: p.id, limit: 200 });
  const title = t('pelatihan.provider.programmesHeading', { count: list.data?.total ?? 0 });
  return (
    <SectionCard
      title={title}
      actions={
        p.canManageProgrammes ? (
          <Button component={Link} to={newProgrammePath(p.id)} size="compact-md" data-testid="programme-new">
            {t('pelatihan.home.newProgramme')}
          </Button>
        ) : null
      }
      testId="provider-programmes"
    >
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="provider-programmes-empty">
          {t('pelatihan.provider.noProgrammes')}
        </Text>
      ) : (
        <ProgrammeList items={list.data.items} label={title} />
      )}
    </SectionCard>
  );
}

/** `/pelatihan/penyelenggara/:pid`: one provider, its programmes, and changing it (its administrators). */
export function ProviderPage() {
  const { t } = useTranslation();
  const pid = useParams().pid ?? '';
  const provider = useProvider(pid);
  const update = useUpdateProvider(pid);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(
    provider.data
      ? t('pelatihan.provider.documentTitle', { name: provider.data.name })
      : t('pelatihan.documentTitle'),
  );
  if (provider.isPending) return <LoadingState />;
  if (provider.isError)
    return (
      <PageLoadError
        error={provider.error}
        onRetry={() => void provider.refetch()}
        notFound={{
          title: t('pelatihan.provider.notFoundTitle'),
          text: t('pelatihan.provider.notFoundText'),
        }}
      />
    );
  const p = provider.data;
  return (
    <Stack gap="lg" data-testid="provider-page" data-provider={p.id}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PROVIDERS_PATH} size="sm">
          ← {t('pelatihan.providers.title')}
        </Anchor>
        <Title order={1} size="h2" className={classes.wrap}>
          {p.name}
        </Title>
      </Stack>
      {saved && <SuccessNote onClose={() => setSaved(false)}>{t('common.saved')}</SuccessNote>}
      <SectionCard
        title={t('pelatihan.provider.recordLabel')}
        actions={
          p.canManage && !editing ? (
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="provider-edit"
            >
              {t('common.edit')}
            </Button>
          ) : null
        }
        testId="provider-record"
      >
        {editing ? (
          <ProviderForm
            initial={providerValues(p)}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common.save')}
            onSubmit={(values) =>
              update.mutate(updateProviderBody(values), {
                onSuccess: () => {
                  setEditing(false);
                  setSaved(true);
                },
              })
            }
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
            testId="provider-edit-form"
          />
        ) : (
          <ProviderFacts p={p} />
        )}
      </SectionCard>
      <Programmes p={p} />
    </Stack>
  );
}
