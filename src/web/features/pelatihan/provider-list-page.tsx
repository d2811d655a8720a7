import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TrainingProviderListQuery } from '../../../contracts/training-programme.contract';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useSession } from '../session/use-session';
import classes from './pelatihan.module.css';
import { adminRegions, mayRegisterProviders } from './pelatihan-access';
import { compactCode } from './pelatihan-forms';
import { PELATIHAN_PATH, providerPath } from './pelatihan-paths';
import { ProviderForm } from './provider-form';
import { ProviderList } from './provider-list';
import { createProviderBody, newProviderValues } from './provider-model';
import { useCreateProvider, useProviders } from './use-pelatihan-queries';

/** `/pelatihan/penyelenggara`: the training providers, and registering one (administrators). */
export function ProviderListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const registers = mayRegisterProviders(user);
  const own = adminRegions(user);
  const [q, setQ] = useState('');
  const [region, setRegion] = useState('');
  const [creating, setCreating] = useState(false);
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [debouncedRegion] = useDebouncedValue(compactCode(region), 250);
  const query: TrainingProviderListQuery = {
    ...(debouncedQ ? { q: debouncedQ } : {}),
    ...(debouncedRegion ? { region: debouncedRegion } : {}),
  };
  const list = useProviders(query);
  const create = useCreateProvider();
  useDocumentTitle(t('pelatihan.providers.documentTitle'));
  const defaultSeat = own.national ? '' : (own.regions[0]?.code ?? '');
  return (
    <Stack gap="lg" data-testid="provider-list-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PELATIHAN_PATH} size="sm">
          ← {t('pelatihan.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('pelatihan.providers.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pelatihan.providers.intro')}
        </Text>
      </Stack>
      {registers && (
        <SectionCard title={t('pelatihan.providers.createHeading')} testId="provider-create">
          {creating ? (
            <ProviderForm
              initial={newProviderValues(defaultSeat)}
              pending={create.isPending}
              error={create.error}
              submitLabel={t('pelatihan.providers.create')}
              onSubmit={(values) =>
                create.mutate(createProviderBody(values), { onSuccess: (p) => navigate(providerPath(p.id)) })
              }
              onCancel={() => {
                create.reset();
                setCreating(false);
              }}
              testId="provider-create-form"
            />
          ) : (
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                {t('pelatihan.providers.createHint')}
              </Text>
              <Button onClick={() => setCreating(true)} data-testid="provider-create-open">
                {t('pelatihan.providers.createOpen')}
              </Button>
            </Stack>
          )}
        </SectionCard>
      )}
      <SectionCard
        title={t('pelatihan.providers.heading', { count: list.data?.total ?? 0 })}
        testId="provider-list"
      >
        <div className={classes.twoColumns}>
          <TextInput
            label={t('pelatihan.providers.filterName')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-testid="provider-filter-name"
          />
          <Group grow>
            <TextInput
              label={t('pelatihan.providers.filterRegion')}
              placeholder="33.01"
              inputMode="numeric"
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
              data-testid="provider-filter-region"
            />
          </Group>
        </div>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="provider-list-empty">
            {t('pelatihan.providers.empty')}
          </Text>
        ) : (
          <ProviderList items={list.data.items} label={t('pelatihan.providers.title')} />
        )}
      </SectionCard>
    </Stack>
  );
}
