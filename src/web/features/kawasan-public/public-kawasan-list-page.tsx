import { Anchor, Badge, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { KawasanSummary } from '../../../contracts/kawasan.contract';
import { ErrorState } from '../../shared/error-state';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { kawasanPublicPath } from '../kawasan/kawasan-paths';
import { KawasanStateBadge } from '../kawasan/kawasan-state-badge';
import { useProvinceRegencies } from '../kawasan/use-kawasan-queries';
import { useNationalSummary } from '../regions/use-region-queries';
import classes from './kawasan-public.module.css';
import { pageOf, regionFilterOf } from './public-kawasan-model';
import { PUBLIC_PAGE_SIZE, usePublicKawasanList } from './use-public-kawasan-queries';

function RegionFilter({
  province,
  kabupaten,
  onChange,
}: {
  province: string | null;
  kabupaten: string | null;
  onChange: (region: string | null) => void;
}) {
  const { t } = useTranslation();
  const national = useNationalSummary();
  const regencies = useProvinceRegencies(province);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" maw={640}>
      <NativeSelect
        label={t('kawasanPublic.list.province')}
        value={province ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
        data={[
          { value: '', label: t('kawasanPublic.list.allProvinces') },
          ...(national.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name })),
        ]}
        data-testid="public-filter-province"
      />
      <NativeSelect
        label={t('kawasanPublic.list.kabupaten')}
        value={kabupaten ?? ''}
        disabled={!province}
        onChange={(e) => onChange(e.currentTarget.value || province)}
        data={[
          { value: '', label: t('kawasanPublic.list.allKabupaten') },
          ...(regencies.data?.items ?? []).map((r) => ({ value: r.code, label: r.name })),
        ]}
        data-testid="public-filter-kabupaten"
      />
    </SimpleGrid>
  );
}

function KawasanItem({ kawasan }: { kawasan: KawasanSummary }) {
  const { t } = useTranslation();
  return (
    <li className={classes.item} data-testid="public-kawasan-row" data-kawasan={kawasan.id}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Anchor component={Link} to={kawasanPublicPath(kawasan.id)} fw={600} className={classes.wrap}>
          {kawasan.name}
        </Anchor>
        <KawasanStateBadge state={kawasan.state} size="sm" />
      </Group>
      <Text size="sm" c="dimmed" className={classes.wrap}>
        {[
          kawasan.theme?.label ?? t('kawasanPublic.list.noTheme'),
          kawasan.regionName,
          t('kawasanPublic.list.members', { count: kawasan.memberCount }),
        ].join(' · ')}
      </Text>
      {kawasan.commodities.length > 0 && (
        <Group gap={4} wrap="wrap" mt={4}>
          {kawasan.commodities.map((c) => (
            <Badge key={c} size="xs" radius="sm" variant="light" tt="none">
              {c}
            </Badge>
          ))}
        </Group>
      )}
    </li>
  );
}

/** `/kawasan-publik`: every designated kawasan, optionally of one province or kabupaten/kota. */
export function PublicKawasanListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kawasanPublic.list.documentTitle'));
  const [params, setParams] = useSearchParams();
  const filter = regionFilterOf(params.get('wilayah'));
  const region = filter?.kabupaten ?? filter?.province ?? null;
  const page = pageOf(params.get('halaman'));
  const query = usePublicKawasanList(region, page);
  const national = useNationalSummary();
  const regencies = useProvinceRegencies(filter?.province ?? null);
  const regionName =
    (filter?.kabupaten && regencies.data?.items.find((r) => r.code === filter.kabupaten)?.name) ||
    (filter?.province && national.data?.provinces.find((p) => p.code === filter.province)?.name) ||
    region;

  const go = (next: { region?: string | null; page?: number }) => {
    const search = new URLSearchParams();
    const r = next.region === undefined ? region : next.region;
    const p = next.page ?? 1;
    if (r) search.set('wilayah', r);
    if (p > 1) search.set('halaman', String(p));
    setParams(search);
  };

  return (
    <Stack gap="md" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('kawasanPublic.list.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('kawasanPublic.list.intro')}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap="xs" component="section" aria-label={t('kawasanPublic.list.filter')}>
          <RegionFilter
            province={filter?.province ?? null}
            kabupaten={filter?.kabupaten ?? null}
            onChange={(r) => go({ region: r })}
          />
        </Stack>
      </Paper>
      {query.isPending ? (
        <LoadingState label={t('kawasanPublic.list.loading')} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <Text data-testid="public-kawasan-empty">
          {region ? t('kawasanPublic.list.emptyIn', { name: regionName }) : t('kawasanPublic.list.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <ul
            className={classes.list}
            aria-label={t('kawasanPublic.list.label')}
            data-testid="public-kawasan-list"
          >
            {query.data.items.map((k) => (
              <KawasanItem key={k.id} kawasan={k} />
            ))}
          </ul>
          <ListPagination
            page={query.data.page}
            pageSize={query.data.pageSize || PUBLIC_PAGE_SIZE}
            total={query.data.total}
            count={query.data.items.length}
            onChange={(p) => go({ page: p })}
            label={t('kawasanPublic.list.pages')}
          />
        </Stack>
      )}
    </Stack>
  );
}
