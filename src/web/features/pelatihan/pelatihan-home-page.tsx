import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrainingSessionSummary } from '../../../contracts/training-programme.contract';
import { apiUrl } from '../../api-client/api-client';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useSession } from '../session/use-session';
import classes from './pelatihan.module.css';
import { adminRegions, mayRegisterProviders, mayUsePelatihan, ownProviders } from './pelatihan-access';
import {
  newProgrammePath,
  PROVIDERS_PATH,
  providerPath,
  TRAINING_DASHBOARD_PATH,
  TRAINING_NEEDS_PATH,
} from './pelatihan-paths';
import { ProgrammeList } from './programme-list';
import { ProviderList } from './provider-list';
import { SessionList } from './session-list';
import { localDate } from './session-model';
import { useProgrammes, useProvider, useProviders, useSessions } from './use-pelatihan-queries';

/** Sessions still to come or running: not finished, not cancelled. */
const current = (items: readonly TrainingSessionSummary[]) =>
  items.filter((s) => s.state !== 'selesai' && s.state !== 'batal');

function UpcomingSessions({ providerId, testId }: { providerId?: string; testId: string }) {
  const { t } = useTranslation();
  const sessions = useSessions({
    ...(providerId ? { providerId } : {}),
    from: localDate(new Date()),
    limit: 100,
  });
  const title = t('pelatihan.home.upcomingHeading');
  return (
    <SectionCard title={title} testId={testId}>
      {sessions.isPending ? (
        <LoadingState />
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : current(sessions.data.items).length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
          {t('pelatihan.home.upcomingEmpty')}
        </Text>
      ) : (
        <SessionList items={current(sessions.data.items)} label={title} />
      )}
    </SectionCard>
  );
}

/** One provider the user works for: its programmes, "Program baru" and its sessions to come. */
function ProviderHome({ id, label }: { id: string; label: string }) {
  const { t } = useTranslation();
  const provider = useProvider(id);
  const programmes = useProgrammes({ providerId: id, limit: 200 });
  const name = provider.data?.name ?? label;
  const title = t('pelatihan.home.programmesHeading', { count: programmes.data?.total ?? 0 });
  return (
    <Stack gap="md" data-testid="pelatihan-provider-home" data-provider={id}>
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
        <Stack gap={6}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('pelatihan.home.yourProvider')}
          </Text>
          <Anchor component={Link} to={providerPath(id)} fw={700} size="lg" className={classes.wrap}>
            {name}
          </Anchor>
          {provider.data && (
            <Text size="sm" c="dimmed" className={classes.wrap}>
              {t(`pelatihan.providerKind.${provider.data.kind}`)} · {provider.data.seatRegion.name}
            </Text>
          )}
          {provider.data?.canManageProgrammes && (
            <Group mt={4}>
              <Button
                component={Link}
                to={newProgrammePath(id)}
                size="md"
                className={classes.primaryAction}
                data-testid="programme-new"
              >
                {t('pelatihan.home.newProgramme')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
      <UpcomingSessions providerId={id} testId="pelatihan-upcoming" />
      <SectionCard title={title} testId="pelatihan-programmes">
        {programmes.isPending ? (
          <LoadingState />
        ) : programmes.isError ? (
          <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
        ) : programmes.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="pelatihan-programmes-empty">
            {t('pelatihan.home.programmesEmpty')}
          </Text>
        ) : (
          <ProgrammeList items={programmes.data.items} label={title} />
        )}
      </SectionCard>
    </Stack>
  );
}

function LinkTile({ to, title, hint, testId }: { to: string; title: string; hint: string; testId: string }) {
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component={Link}
      to={to}
      className={classes.tile}
      data-testid={testId}
    >
      <Text fw={700} size="lg">
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

/** The providers seated in one of the administrator's regions (all of them for a national one). */
function RegionProviders({ code, label }: { code: string | null; label: string }) {
  const { t } = useTranslation();
  const list = useProviders(code ? { region: code } : {});
  const title = t('pelatihan.home.providersIn', { region: label, count: list.data?.total ?? 0 });
  return (
    <SectionCard
      title={title}
      actions={
        <Anchor component={Link} to={PROVIDERS_PATH} size="sm">
          {t('pelatihan.home.allProviders')}
        </Anchor>
      }
      testId="pelatihan-region-providers"
    >
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="pelatihan-region-providers-empty">
          {t('pelatihan.home.providersEmpty')}
        </Text>
      ) : (
        <ProviderList items={list.data.items} label={title} />
      )}
    </SectionCard>
  );
}

function AdministratorHome() {
  const { t } = useTranslation();
  const { user } = useSession();
  const own = adminRegions(user);
  const first = own.national ? null : (own.regions[0]?.code ?? null);
  const regionQuery = first ? { region: first } : {};
  return (
    <Stack gap="md" data-testid="pelatihan-admin-home">
      <div className={classes.tiles}>
        <LinkTile
          to={PROVIDERS_PATH}
          title={t('pelatihan.providers.title')}
          hint={t('pelatihan.home.providersHint')}
          testId="pelatihan-providers-link"
        />
        <LinkTile
          to={apiUrl(TRAINING_DASHBOARD_PATH, regionQuery)}
          title={t('pelatihan.home.dashboard')}
          hint={t('pelatihan.home.dashboardHint')}
          testId="pelatihan-dashboard-link"
        />
        <LinkTile
          to={apiUrl(TRAINING_NEEDS_PATH, regionQuery)}
          title={t('pelatihan.home.needs')}
          hint={t('pelatihan.home.needsHint')}
          testId="pelatihan-needs-link"
        />
      </div>
      {own.national ? (
        <RegionProviders code={null} label={t('pelatihan.home.national')} />
      ) : (
        own.regions.map((r) => <RegionProviders key={r.code} code={r.code} label={r.label} />)
      )}
    </Stack>
  );
}

/**
 * `/pelatihan`: for a provider's users their provider, programmes and sessions to come; for
 * administrators the providers of their region with the dashboard and training needs; for every
 * reader the sessions to come that touch their scope.
 */
export function PelatihanHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(t('pelatihan.documentTitle'));
  if (!mayUsePelatihan(user)) {
    return (
      <DeadEndPanel title={t('pelatihan.forbiddenTitle')}>
        <Text>{t('pelatihan.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  const providers = ownProviders(user);
  const administers = mayRegisterProviders(user);
  return (
    <Stack gap="lg" data-testid="pelatihan-home">
      <Stack gap={4} component="header">
        <Title order={1} size="h2">
          {t('pelatihan.name')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('pelatihan.home.intro')}
        </Text>
      </Stack>
      {providers.map((p) => (
        <ProviderHome key={p.id} id={p.id} label={p.label} />
      ))}
      {administers && <AdministratorHome />}
      {providers.length === 0 && <UpcomingSessions testId="pelatihan-upcoming" />}
    </Stack>
  );
}
