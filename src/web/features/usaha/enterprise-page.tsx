import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { CapitalTab } from './capital-tab';
import { KindBadge, LegalStatusBadge } from './enterprise-list';
import { OrgansTab } from './organs-tab';
import { ProfileTab } from './profile-tab';
import { ReportsTab } from './reports-tab';
import { UnitsTab } from './units-tab';
import classes from './usaha.module.css';
import { USAHA_PATH } from './usaha-paths';
import { useEnterprise } from './use-usaha-queries';

/**
 * `/usaha/:eid`: one enterprise with its tabs (Profil, Pengurus, Unit usaha, Modal …). The open
 * tab is in the address (`?tab=unit`), so a reload or a shared link opens the same tab; the
 * profile has none.
 */
export function EnterprisePage() {
  const { t } = useTranslation();
  const eid = useParams().eid ?? '';
  const [params, setParams] = useSearchParams();
  const enterprise = useEnterprise(eid);
  useDocumentTitle(
    enterprise.data
      ? t('usaha.page.documentTitle', { name: enterprise.data.name })
      : t('usaha.documentTitle'),
  );
  if (enterprise.isPending) return <LoadingState />;
  if (enterprise.isError)
    return (
      <PageLoadError
        error={enterprise.error}
        onRetry={() => void enterprise.refetch()}
        notFound={{ title: t('usaha.page.notFoundTitle'), text: t('usaha.page.notFoundText') }}
      />
    );
  const e = enterprise.data;
  const tab = params.get('tab') ?? 'profil';
  const openTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || value === 'profil') next.delete('tab');
    else next.set('tab', value);
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="lg" data-testid="enterprise-page" data-enterprise={e.id} data-kind={e.kind}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={USAHA_PATH} size="sm">
          ← {t('usaha.name')}
        </Anchor>
        <Title order={1} size="h2" className={classes.wrap} data-testid="enterprise-heading">
          {e.name}
        </Title>
        <Group gap={6} wrap="wrap">
          <KindBadge kind={e.kind} label={e.kindLabel} />
          <LegalStatusBadge status={e.legalStatus} label={e.legalStatusLabel} />
          {e.activity === 'tidak_aktif' && (
            <Badge variant="light" color="orange" radius="sm" size="sm" style={{ textTransform: 'none' }}>
              {t('usaha.activity.tidak_aktif')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          {e.founders.map((f) => f.name).join(', ')}
          {e.region.name && !e.founders.some((f) => f.code === e.region.code) ? ` · ${e.region.name}` : ''}
        </Text>
      </Stack>
      <Tabs value={tab} onChange={openTab} keepMounted={false}>
        <Tabs.List className={classes.tabList} data-testid="enterprise-tabs">
          <Tabs.Tab value="profil" data-testid="enterprise-tab-profil">
            {t('usaha.tabs.profil')}
          </Tabs.Tab>
          <Tabs.Tab
            value="pengurus"
            rightSection={
              e.organGaps.length > 0 ? (
                <Badge
                  size="xs"
                  color="yellow"
                  variant="filled"
                  circle
                  aria-label={t('usaha.organs.gapsTitle')}
                >
                  !
                </Badge>
              ) : undefined
            }
            data-testid="enterprise-tab-pengurus"
          >
            {t('usaha.tabs.pengurus')}
          </Tabs.Tab>
          <Tabs.Tab value="unit" data-testid="enterprise-tab-unit">
            {t('usaha.tabs.unit')}
          </Tabs.Tab>
          <Tabs.Tab value="modal" data-testid="enterprise-tab-modal">
            {t('usaha.tabs.modal')}
          </Tabs.Tab>
          <Tabs.Tab value="laporan" data-testid="enterprise-tab-laporan">
            {t('usahaHasil.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="profil" pt="md">
          <ProfileTab e={e} />
        </Tabs.Panel>
        <Tabs.Panel value="pengurus" pt="md">
          <OrgansTab e={e} />
        </Tabs.Panel>
        <Tabs.Panel value="unit" pt="md">
          <UnitsTab e={e} />
        </Tabs.Panel>
        <Tabs.Panel value="modal" pt="md">
          <CapitalTab e={e} />
        </Tabs.Panel>
        <Tabs.Panel value="laporan" pt="md">
          <ReportsTab eid={e.id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
