import { Anchor, Box, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CoverageQuery, CoverageView } from '../../../contracts/facilitation.contract';
import { ACTIVITY_CATEGORIES } from '../../../domain/facilitation/activity-log';
import { GAP_WINDOWS } from '../../../domain/facilitation/coverage';
import { isCalendarDate } from '../../../domain/kawasan/lifecycle-guards';
import { kawasanApi } from '../../api-client/kawasan-api';
import { regionsApi } from '../../api-client/regions-api';
import { ListPagination } from '../../shared/list-pagination';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { useSession } from '../session/use-session';
import { CoverageMap } from './coverage-map';
import classes from './pendampingan.module.css';
import { coverageRegions } from './pendampingan-access';
import { BandSwatch } from './pendampingan-badges';
import { byLongestGap, visitBand } from './pendampingan-model';
import { facilitatorPath, PENDAMPINGAN_PATH } from './pendampingan-paths';
import { useCoverage } from './use-pendampingan-queries';

const DESA_PAGE_SIZE = 50;

/** The scope in the address: `?wilayah=3301` or `?kawasan=<id>`, and `?per=YYYY-MM-DD`. */
function queryOf(search: URLSearchParams): CoverageQuery {
  const region = search.get('wilayah')?.replace(/[\s.]/g, '') ?? '';
  const kawasanId = search.get('kawasan') ?? '';
  const asOf = search.get('per') ?? '';
  return {
    ...(kawasanId ? { kawasanId } : region ? { region } : {}),
    ...(isCalendarDate(asOf) ? { asOf } : {}),
  };
}

/**
 * The choices of the scope picker: the reader's own regions, the regions inside the one shown
 * (kabupaten of a province, kecamatan of a kabupaten) and the kawasan the reader can see.
 */
function useScopeChoices(shown: CoverageView | undefined) {
  const { t } = useTranslation();
  const { user } = useSession();
  const own = useMemo(() => coverageRegions(user), [user]);
  const shownRegion = shown?.scope.kind === 'region' ? shown.scope.ref.replace(/\D/g, '') : '';
  const inside = shownRegion.length === 2 || shownRegion.length === 4 ? shownRegion : '';
  const children = useQuery({
    queryKey: ['regions', 'children', inside, 1, 100],
    queryFn: ({ signal }) => regionsApi.children(inside, 1, 100, signal),
    enabled: inside !== '',
    staleTime: 5 * 60_000,
  });
  const kawasan = useQuery({
    queryKey: ['kawasan', 'choices'],
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 60_000,
  });
  return useMemo(() => {
    const regions = new Map<string, string>();
    for (const r of own.regions) regions.set(r.code, r.label);
    if (shown?.scope.kind === 'region') regions.set(shownRegion, shown.scope.name);
    const inner = (children.data?.items ?? []).filter((c) => !regions.has(c.code));
    return [
      {
        group: t('pendampingan.coverage.pickOwn'),
        items: [...regions].map(([value, label]) => ({ value: `wilayah:${value}`, label })),
      },
      ...(inner.length > 0
        ? [
            {
              group: t('pendampingan.coverage.pickInside', { name: shown?.scope.name ?? '' }),
              items: inner.map((c) => ({ value: `wilayah:${c.code}`, label: c.name })),
            },
          ]
        : []),
      ...((kawasan.data?.items.length ?? 0) > 0
        ? [
            {
              group: t('pendampingan.coverage.pickKawasan'),
              items: (kawasan.data?.items ?? []).map((k) => ({ value: `kawasan:${k.id}`, label: k.name })),
            },
          ]
        : []),
    ].filter((g) => g.items.length > 0);
  }, [own, shown, shownRegion, children.data, kawasan.data, t]);
}

function GapTiles({ coverage }: { coverage: CoverageView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const never = coverage.desa.filter((d) => d.lastVisit === null).length;
  const tile = (testId: string, value: number, label: string, alert = false) => (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      className={classes.tile}
      data-alert={alert || undefined}
      data-testid={testId}
    >
      <Text className={classes.tileValue} data-testid={`${testId}-value`}>
        {formatNumber(value)}
      </Text>
      <Text size="sm">{label}</Text>
    </Paper>
  );
  return (
    <div className={classes.tiles} data-testid="coverage-tiles">
      {tile('coverage-desa', coverage.desaCount, t('pendampingan.coverage.desaCount'))}
      {GAP_WINDOWS.map((n) =>
        tile(
          `coverage-gap-${n}`,
          coverage.noActivity[String(n) as '30' | '60' | '90'],
          t('pendampingan.coverage.gap', { days: n }),
          n === 90 && coverage.noActivity['90'] > 0,
        ),
      )}
      {tile('coverage-never', never, t('pendampingan.coverage.never'), never > 0)}
    </div>
  );
}

function DesaTable({ coverage }: { coverage: CoverageView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const format = useFormatDateTime();
  const formatNumber = useFormatNumber();
  const [page, setPage] = useState(1);
  const sorted = useMemo(() => byLongestGap(coverage.desa), [coverage.desa]);
  const pages = Math.max(1, Math.ceil(sorted.length / DESA_PAGE_SIZE));
  const shown = sorted.slice(
    (Math.min(page, pages) - 1) * DESA_PAGE_SIZE,
    Math.min(page, pages) * DESA_PAGE_SIZE,
  );
  const gapText = (d: CoverageView['desa'][number]) =>
    d.daysSinceLastVisit === null
      ? t('pendampingan.coverage.neverShort')
      : t('pendampingan.coverage.days', {
          count: d.daysSinceLastVisit,
          days: formatNumber(d.daysSinceLastVisit),
        });
  const label = t('pendampingan.coverage.desaHeading', { count: coverage.desa.length });
  return (
    <SectionCard title={label} testId="coverage-desa-table">
      {coverage.desa.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pendampingan.coverage.noDesa')}
        </Text>
      ) : (
        <Stack gap="sm">
          {wide ? (
            <Table.ScrollContainer minWidth={640}>
              <Table striped verticalSpacing={4} aria-label={label}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('pendampingan.coverage.desa')}</Table.Th>
                    <Table.Th scope="col">{t('pendampingan.coverage.district')}</Table.Th>
                    <Table.Th scope="col">{t('pendampingan.coverage.lastVisit')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('pendampingan.coverage.sinceHead')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('pendampingan.coverage.visits90')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((d) => (
                    <Table.Tr
                      key={d.code}
                      data-testid="coverage-desa-row"
                      data-days={d.daysSinceLastVisit ?? 'never'}
                    >
                      <Table.Td className={classes.wrap}>{d.name}</Table.Td>
                      <Table.Td className={classes.wrap}>{d.district}</Table.Td>
                      <Table.Td className={classes.code}>
                        {d.lastVisit ? format.date(d.lastVisit) : t('common.none')}
                      </Table.Td>
                      <Table.Td className={classes.number}>
                        <Group gap={6} justify="flex-end" wrap="nowrap" className={classes.bandCell}>
                          <BandSwatch band={visitBand(d.daysSinceLastVisit)} />
                          {gapText(d)}
                        </Group>
                      </Table.Td>
                      <Table.Td className={classes.number}>{formatNumber(d.visits90)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <ul className={classes.list} aria-label={label}>
              {shown.map((d) => (
                <li
                  key={d.code}
                  className={classes.row}
                  data-testid="coverage-desa-row"
                  data-days={d.daysSinceLastVisit ?? 'never'}
                >
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text fw={600} className={classes.wrap}>
                        {d.name}
                      </Text>
                      <Text size="xs" c="dimmed" className={classes.wrap}>
                        {d.district}
                        {d.lastVisit && ` · ${format.date(d.lastVisit)}`}
                        {` · ${t('pendampingan.coverage.visits90Short', { count: d.visits90 })}`}
                      </Text>
                    </Stack>
                    <Group gap={6} wrap="nowrap" className={classes.bandCell}>
                      <BandSwatch band={visitBand(d.daysSinceLastVisit)} />
                      <Text size="sm" fw={600}>
                        {gapText(d)}
                      </Text>
                    </Group>
                  </Group>
                </li>
              ))}
            </ul>
          )}
          <ListPagination
            page={Math.min(page, pages)}
            pageSize={DESA_PAGE_SIZE}
            total={sorted.length}
            count={shown.length}
            onChange={setPage}
            label={label}
          />
        </Stack>
      )}
    </SectionCard>
  );
}

function KawasanTable({ coverage }: { coverage: CoverageView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  if (coverage.byKawasan.length === 0) return null;
  const label = t('pendampingan.coverage.kawasanHeading');
  return (
    <SectionCard title={label} testId="coverage-kawasan">
      <Text size="sm" c="dimmed">
        {t('pendampingan.coverage.window90')}
      </Text>
      <Table.ScrollContainer minWidth={960}>
        <Table striped withColumnBorders verticalSpacing={4} fz="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pendampingan.coverage.kawasan')}</Table.Th>
              {ACTIVITY_CATEGORIES.map((c) => (
                <Table.Th key={c} scope="col" ta="right" style={{ minWidth: 96 }}>
                  {t(`pendampingan.category.${c}`)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('pendampingan.coverage.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {coverage.byKawasan.map((k) => (
              <Table.Tr key={k.kawasanId} data-testid="coverage-kawasan-row">
                <Table.Th scope="row" className={classes.wrap} fw={600}>
                  {k.name}
                </Table.Th>
                {ACTIVITY_CATEGORIES.map((c) => (
                  <Table.Td
                    key={c}
                    className={classes.number}
                    c={(k.byCategory[c] ?? 0) === 0 ? 'dimmed' : undefined}
                  >
                    {formatNumber(k.byCategory[c] ?? 0)}
                  </Table.Td>
                ))}
                <Table.Td className={classes.number} fw={700}>
                  {formatNumber(k.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}

/** The counted columns of the workload table, in order. */
const WORKLOAD_COLUMNS = [
  { field: 'entries', head: 'pendampingan.coverage.entries' },
  { field: 'daysActive', head: 'pendampingan.report.daysActive' },
  { field: 'desaCovered', head: 'pendampingan.coverage.desaCovered' },
  { field: 'desaAssigned', head: 'pendampingan.coverage.desaAssigned' },
  { field: 'kawasanCovered', head: 'pendampingan.coverage.kawasanCovered' },
  { field: 'awaitingReview', head: 'pendampingan.coverage.awaitingReview' },
] as const;

function WorkloadTable({ coverage }: { coverage: CoverageView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const label = t('pendampingan.coverage.workloadHeading');
  return (
    <SectionCard title={label} testId="coverage-workload">
      {coverage.workload.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pendampingan.coverage.noWorkload')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('pendampingan.coverage.window90')}
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing={4} fz="sm" aria-label={label}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('pendampingan.entry.facilitator')}</Table.Th>
                  {WORKLOAD_COLUMNS.map(({ field, head }) => (
                    <Table.Th key={field} scope="col" ta="right">
                      {t(head)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {coverage.workload.map((w) => (
                  <Table.Tr key={w.facilitatorId} data-testid="coverage-workload-row">
                    <Table.Td className={classes.wrap}>
                      <Anchor component={Link} to={facilitatorPath(w.facilitatorId)} size="sm" fw={600}>
                        {w.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {w.typeLabel}
                      </Text>
                    </Table.Td>
                    {WORKLOAD_COLUMNS.map(({ field }) => (
                      <Table.Td key={field} className={classes.number}>
                        {formatNumber(w[field])}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </SectionCard>
  );
}

/**
 * `/pendampingan/cakupan`: which desa of a region or kawasan went without an approved visit for
 * 30, 60 or 90 days, on a table (longest gap first) and a map; the work per kawasan and category,
 * and per facilitator. Without a choice the server shows the reader's own scope.
 */
export function CoveragePage() {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const [search, setSearch] = useSearchParams();
  const query = queryOf(search);
  const coverage = useCoverage(query);
  const choices = useScopeChoices(coverage.data);
  useDocumentTitle(
    coverage.data
      ? t('pendampingan.coverage.documentTitle', { name: coverage.data.scope.name })
      : t('pendampingan.coverage.title'),
  );
  const picked = query.kawasanId
    ? `kawasan:${query.kawasanId}`
    : query.region
      ? `wilayah:${query.region}`
      : coverage.data
        ? `${coverage.data.scope.kind === 'kawasan' ? 'kawasan' : 'wilayah'}:${coverage.data.scope.ref.replace(/\./g, '')}`
        : null;
  const change = (patch: Record<string, string | null>) =>
    setSearch(
      (s) => {
        const next = new URLSearchParams(s);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  const pick = (value: string | null) => {
    if (!value) return change({ wilayah: null, kawasan: null });
    const [kind, ref] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
    change(kind === 'kawasan' ? { kawasan: ref, wilayah: null } : { wilayah: ref, kawasan: null });
  };

  return (
    <Stack gap="lg" data-testid="coverage-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PENDAMPINGAN_PATH} size="sm">
          ← {t('pendampingan.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('pendampingan.coverage.title')}
        </Title>
        {coverage.data && (
          <Text size="sm" c="dimmed" className={classes.wrap} data-testid="coverage-scope">
            {t('pendampingan.coverage.scopeLine', {
              name: coverage.data.scope.name,
              date: format.date(coverage.data.asOf),
            })}
          </Text>
        )}
      </Stack>
      <div className={classes.twoColumns}>
        <Select
          label={t('pendampingan.coverage.scope')}
          placeholder={t('pendampingan.coverage.scopeDefault')}
          data={choices}
          value={picked}
          onChange={pick}
          searchable
          nothingFoundMessage={t('search.empty')}
          comboboxProps={{ withinPortal: true }}
          size="md"
          data-testid="coverage-scope-picker"
        />
        <TextInput
          type="date"
          label={t('pendampingan.coverage.asOf')}
          description={t('pendampingan.coverage.asOfHint')}
          value={query.asOf ?? ''}
          onChange={(e) => change({ per: e.currentTarget.value || null })}
          size="md"
          data-testid="coverage-as-of"
        />
      </div>
      {coverage.isPending ? (
        <LoadingState />
      ) : coverage.isError ? (
        <PageLoadError
          error={coverage.error}
          onRetry={() => void coverage.refetch()}
          notFound={{
            title: t('pendampingan.coverage.notFoundTitle'),
            text: t('pendampingan.coverage.notFoundText'),
          }}
        />
      ) : (
        <Box style={{ opacity: coverage.isPlaceholderData ? 0.6 : 1 }}>
          <Stack gap="lg">
            <GapTiles coverage={coverage.data} />
            <CoverageMap
              key={`${coverage.data.scope.kind}:${coverage.data.scope.ref}`}
              coverage={coverage.data}
            />
            <DesaTable key={`${coverage.data.scope.ref}-${coverage.data.asOf}`} coverage={coverage.data} />
            <KawasanTable coverage={coverage.data} />
            <WorkloadTable coverage={coverage.data} />
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
