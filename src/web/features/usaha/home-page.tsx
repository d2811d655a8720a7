import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ENTERPRISE_KINDS, LEGAL_STATUSES } from '../../../domain/enterprise/vocabulary';
import { apiUrl } from '../../api-client/api-client';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useWideLayout } from '../../shared/use-wide-layout';
import { adminRegions } from '../pelatihan/pelatihan-access';
import { useSession } from '../session/use-session';
import { EnterpriseList } from './enterprise-list';
import {
  filtersFromParams,
  hasFilters,
  LIST_PAGE_SIZE,
  type ListFilters,
  listQuery,
  paramsFromFilters,
} from './enterprise-list-model';
import classes from './usaha.module.css';
import { mayReadOverview, mayRegisterSomeEnterprise, mayUseUsaha, ownKawasan } from './usaha-access';
import {
  BUSINESS_DASHBOARD_PATH,
  NEW_ENTERPRISE_PATH,
  PARTNERS_PATH,
  VALUE_CHAIN_PATH,
  valueChainPath,
} from './usaha-paths';
import { useEnterprises, useKawasanChoices } from './use-usaha-queries';

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

function Filters({ filters, onChange }: { filters: ListFilters; onChange: (next: ListFilters) => void }) {
  const { t } = useTranslation();
  const kawasan = useKawasanChoices();
  const [q, setQ] = useState(filters.q);
  const [region, setRegion] = useState(filters.region);
  const [debouncedQ] = useDebouncedValue(q, 300);
  const [debouncedRegion] = useDebouncedValue(region, 300);
  // Typed filters reach the address once the user pauses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced texts start a change
  useEffect(() => {
    if (debouncedQ !== filters.q || debouncedRegion !== filters.region)
      onChange({ ...filters, q: debouncedQ, region: debouncedRegion, page: 1 });
  }, [debouncedQ, debouncedRegion]);
  const kindData = ENTERPRISE_KINDS.map((k) => ({ value: k, label: t(`usaha.kind.${k}`) }));
  const statusData = LEGAL_STATUSES.map((s) => ({ value: s, label: t(`usaha.legalStatus.${s}`) }));
  const kawasanData = (kawasan.data?.items ?? []).map((k) => ({ value: k.id, label: k.name }));
  const wide = useWideLayout();
  const [open, setOpen] = useState(hasFilters(filters));
  if (!wide && !open) {
    return (
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          onClick={() => setOpen(true)}
          data-testid="enterprise-filters-open"
        >
          {t('usaha.filters.open')}
        </Button>
      </Group>
    );
  }
  return (
    <div className={classes.filters} data-testid="enterprise-filters">
      <TextInput
        label={t('usaha.filters.q')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        data-testid="enterprise-filter-q"
      />
      <Select
        label={t('usaha.filters.kind')}
        placeholder={t('usaha.filters.all')}
        data={kindData}
        value={filters.kind || null}
        onChange={(value) => onChange({ ...filters, kind: value ?? '', page: 1 })}
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid="enterprise-filter-kind"
      />
      <Select
        label={t('usaha.filters.legalStatus')}
        placeholder={t('usaha.filters.all')}
        data={statusData}
        value={filters.legalStatus || null}
        onChange={(value) => onChange({ ...filters, legalStatus: value ?? '', page: 1 })}
        clearable
        comboboxProps={{ withinPortal: true }}
        data-testid="enterprise-filter-status"
      />
      <TextInput
        label={t('usaha.filters.region')}
        placeholder="33.01"
        inputMode="numeric"
        value={region}
        onChange={(e) => setRegion(e.currentTarget.value)}
        data-testid="enterprise-filter-region"
      />
      <Select
        label={t('usaha.filters.kawasan')}
        placeholder={t('usaha.filters.all')}
        data={kawasanData}
        value={filters.kawasanId || null}
        onChange={(value) => onChange({ ...filters, kawasanId: value ?? '', page: 1 })}
        clearable
        searchable
        nothingFoundMessage={t('usaha.filters.noKawasan')}
        comboboxProps={{ withinPortal: true }}
        data-testid="enterprise-filter-kawasan"
      />
    </div>
  );
}

/**
 * `/usaha`: the enterprises the user may read, with filters in the address; "Daftarkan badan
 * usaha" for those who may register one; links to the value chain, the dashboard and the partners.
 */
export function UsahaHomePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const allowed = mayUseUsaha(user);
  const list = useEnterprises(listQuery(filters), allowed);
  useDocumentTitle(t('usaha.documentTitle'));
  if (!allowed) {
    return (
      <DeadEndPanel title={t('usaha.forbiddenTitle')}>
        <Text>{t('usaha.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  const setFilters = (next: ListFilters) => setParams(paramsFromFilters(next), { replace: true });
  const overview = mayReadOverview(user);
  const kawasan = ownKawasan(user);
  const regions = adminRegions(user);
  const firstRegion = regions.national ? null : (regions.regions[0]?.code ?? null);
  const title = t('usaha.home.listHeading', { count: list.data?.total ?? 0 });
  return (
    <Stack gap="lg" data-testid="usaha-home">
      <Stack gap={4} component="header">
        <Title order={1} size="h2">
          {t('usaha.name')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('usaha.home.intro')}
        </Text>
        {mayRegisterSomeEnterprise(user) && (
          <Group mt="xs">
            <Button
              component={Link}
              to={NEW_ENTERPRISE_PATH}
              size="md"
              className={classes.primaryAction}
              data-testid="enterprise-new"
            >
              {t('usaha.home.register')}
            </Button>
          </Group>
        )}
      </Stack>
      <div className={classes.tiles}>
        {overview && (
          <LinkTile
            to={kawasan.length > 0 ? valueChainPath(kawasan[0]?.id) : VALUE_CHAIN_PATH}
            title={t('usaha.home.valueChain')}
            hint={t('usaha.home.valueChainHint')}
            testId="usaha-value-chain-link"
          />
        )}
        {overview && (
          <LinkTile
            to={
              kawasan.length > 0
                ? apiUrl(BUSINESS_DASHBOARD_PATH, { kawasan: kawasan[0]?.id })
                : apiUrl(BUSINESS_DASHBOARD_PATH, { region: firstRegion })
            }
            title={t('usaha.home.dashboard')}
            hint={t('usaha.home.dashboardHint')}
            testId="usaha-dashboard-link"
          />
        )}
        <LinkTile
          to={PARTNERS_PATH}
          title={t('usaha.partners.title')}
          hint={t('usaha.home.partnersHint')}
          testId="usaha-partners-link"
        />
      </div>
      <SectionCard title={title} testId="enterprise-list">
        <Filters filters={filters} onChange={setFilters} />
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="enterprise-list-empty">
            {hasFilters(filters) ? t('usaha.home.emptyFiltered') : t('usaha.home.empty')}
          </Text>
        ) : (
          <Stack gap="sm">
            <EnterpriseList items={list.data.items} label={title} />
            <ListPagination
              page={filters.page}
              pageSize={LIST_PAGE_SIZE}
              total={list.data.total}
              count={list.data.items.length}
              onChange={(page) => setFilters({ ...filters, page })}
              label={t('usaha.home.pagination')}
            />
          </Stack>
        )}
      </SectionCard>
    </Stack>
  );
}
