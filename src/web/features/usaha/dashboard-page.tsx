import { Anchor, Badge, Box, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { BusinessDashboardView } from '../../../contracts/enterprise-report.contract';
import { regionsApi } from '../../api-client/regions-api';
import { businessDashboardExportUrl } from '../../api-client/usaha-api';
import { LineIcon } from '../../shared/line-icon';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { coverageRegions } from '../pendampingan/pendampingan-access';
import { useSession } from '../session/use-session';
import classes from './dashboard.module.css';
import {
  breakdownRows,
  businessDashboardQueryOf,
  countPercent,
  isNegative,
  largestMoney,
  moneyPercent,
  pickedSearch,
  scopeValue,
  shownCounts,
  shownQuery,
} from './dashboard-model';
import { rupiahText } from './reports-model';
import { ownKawasan } from './usaha-access';
import { enterprisePath, USAHA_PATH } from './usaha-paths';
import { type LabelGroup, useCodeLabel } from './value-chain-labels';
import { chainPath, PERFORMANCE_COLORS, sourceColor, stackedBar } from './value-chain-model';
import { useBusinessDashboard, useKawasanPicks } from './value-chain-queries';

type View = BusinessDashboardView;
type Breakdown = View['byDesa'][number];

/**
 * The scope picker's choices: the reader's own regions, the regions inside the one shown
 * (kabupaten of a province, kecamatan of a kabupaten) and the kawasan the reader can see.
 */
function useScopeChoices(shown: View | undefined) {
  const { t } = useTranslation();
  const { user } = useSession();
  const own = useMemo(() => coverageRegions(user), [user]);
  const mine = useMemo(() => ownKawasan(user), [user]);
  const shownRegion = shown?.scope.kind === 'region' ? shown.scope.ref.replace(/\D/g, '') : '';
  const inside = shownRegion.length === 2 || shownRegion.length === 4 ? shownRegion : '';
  const children = useQuery({
    queryKey: ['regions', 'children', inside, 1, 100],
    queryFn: ({ signal }) => regionsApi.children(inside, 1, 100, signal),
    enabled: inside !== '',
    staleTime: 5 * 60_000,
  });
  const kawasan = useKawasanPicks();
  return useMemo(() => {
    const regions = new Map<string, string>();
    for (const r of own.regions) regions.set(r.code.replace(/\D/g, ''), r.label);
    if (shown?.scope.kind === 'region') regions.set(shownRegion, shown.scope.name);
    const inner = (children.data?.items ?? []).filter((c) => !regions.has(c.code.replace(/\D/g, '')));
    const areas = new Map<string, string>();
    for (const k of mine) areas.set(k.id, k.label);
    for (const k of kawasan.data?.items ?? []) areas.set(k.id, k.name);
    if (shown?.scope.kind === 'kawasan') areas.set(shown.scope.ref, shown.scope.name);
    return [
      {
        group: t('usahaHasil.dashboard.scopeOwn'),
        items: [...regions].map(([value, label]) => ({ value: `region:${value}`, label })),
      },
      {
        group: t('usahaHasil.dashboard.scopeInside', { name: shown?.scope.name ?? '' }),
        items: inner.map((c) => ({ value: `region:${c.code.replace(/\D/g, '')}`, label: c.name })),
      },
      {
        group: t('usahaHasil.dashboard.scopeKawasan'),
        items: [...areas].map(([value, label]) => ({ value: `kawasan:${value}`, label })),
      },
    ].filter((g) => g.items.length > 0);
  }, [own, mine, shown, shownRegion, children.data, kawasan.data, t]);
}

function Tile({
  testId,
  value,
  label,
  note,
}: {
  testId: string;
  value: string;
  label: string;
  note?: string;
}) {
  return (
    <Paper withBorder radius="sm" p="xs" className={classes.tile} data-testid={testId}>
      <Text className={classes.tileValue} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

function Tiles({ view }: { view: View }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const count = (rows: View['byKind'], code: string) => rows.find((r) => r.code === code)?.count ?? 0;
  return (
    <div className={classes.tiles} data-testid="business-tiles">
      <Tile
        testId="business-enterprises"
        value={formatNumber(view.enterprises)}
        label={t('usahaHasil.dashboard.enterprises')}
        note={t('usahaHasil.dashboard.activeNote', { count: count(view.byActivity, 'aktif') })}
      />
      <Tile
        testId="business-legal"
        value={formatNumber(count(view.byLegalStatus, 'berbadan_hukum'))}
        label={t('usahaHasil.dashboard.legalEntities')}
      />
      <Tile
        testId="business-workers"
        value={formatNumber(view.workers.total)}
        label={t('usahaHasil.dashboard.workers')}
        note={t('usahaHasil.dashboard.workersNote', {
          women: formatNumber(view.workers.women),
          reporting: formatNumber(view.workers.reporting),
        })}
      />
      <Tile
        testId="business-pades"
        value={rupiahText(view.padesTotal)}
        label={t('usahaHasil.dashboard.pades')}
      />
      <Tile
        testId="business-capital"
        value={rupiahText(view.capital.total)}
        label={t('usahaHasil.dashboard.capital')}
      />
    </div>
  );
}

/** Enterprises by kind, legal status, activity or performance: a label, the count and a bar. */
function CountBars({
  title,
  rows,
  group,
  testId,
  colorOf,
}: {
  title: string;
  rows: View['byKind'];
  group: LabelGroup;
  testId: string;
  colorOf?: (code: string) => string;
}) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const formatNumber = useFormatNumber();
  const shown = shownCounts(rows);
  const largest = Math.max(0, ...shown.map((r) => r.count));
  return (
    <SectionCard title={title} testId={testId}>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.dashboard.noEnterprises')}
        </Text>
      ) : (
        <ul className={classes.bars} aria-label={title}>
          {shown.map((row) => (
            <li key={row.code} className={classes.barRow} data-testid={`${testId}-row`} data-code={row.code}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" className={classes.wrap}>
                  {label(group, row.code, row.label)}
                </Text>
                <Text size="sm" fw={700} className={classes.number} data-testid={`${testId}-count`}>
                  {formatNumber(row.count)}
                </Text>
              </Group>
              <div className={classes.barTrack} aria-hidden>
                <div
                  className={classes.bar}
                  style={{
                    width: `${countPercent(row.count, largest)}%`,
                    ...(colorOf ? { background: `var(--mantine-color-${colorOf(row.code)}-6)` } : {}),
                  }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** PADes contribution per year, with the year's revenue and net result. */
function Years({ view }: { view: View }) {
  const { t } = useTranslation();
  const title = t('usahaHasil.dashboard.yearsTitle');
  const largest = largestMoney(view.years.map((y) => y.pades));
  return (
    <SectionCard title={title} testId="business-years">
      {view.years.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.dashboard.noReports')}
        </Text>
      ) : (
        <ul className={classes.bars} aria-label={title}>
          {[...view.years].reverse().map((y) => (
            <li key={y.year} className={classes.barRow} data-testid="business-year" data-year={y.year}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" fw={600}>
                  {y.year}
                </Text>
                <Text size="sm" fw={700} className={classes.number} data-testid="business-year-pades">
                  {rupiahText(y.pades)}
                </Text>
              </Group>
              <div className={classes.barTrack} aria-hidden>
                <div
                  className={classes.bar}
                  style={{
                    width: `${moneyPercent(y.pades, largest)}%`,
                    background: 'var(--mantine-color-grape-6)',
                  }}
                />
              </div>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {t('usahaHasil.dashboard.yearLine', {
                  count: y.enterprises,
                  revenue: rupiahText(y.revenue),
                  net: rupiahText(y.netResult),
                })}
              </Text>
              {isNegative(y.netResult) && (
                <Text size="xs" c="red.8">
                  {t('usahaHasil.dashboard.yearLoss')}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function SourceLegend({ rows, testId }: { rows: View['capital']['bySource']; testId: string }) {
  const label = useCodeLabel();
  return (
    <Group gap="sm" wrap="wrap">
      {rows
        .filter((s) => s.amount !== '0')
        .map((s) => (
          <Text key={s.source} size="xs" data-testid={testId} data-source={s.source}>
            <span
              className={classes.swatch}
              style={{ background: `var(--mantine-color-${sourceColor(s.source)}-6)` }}
              aria-hidden
            />
            {label('source', s.source, s.label)}: <b>{rupiahText(s.amount)}</b>
          </Text>
        ))}
    </Group>
  );
}

function SourceStack({ rows, largest }: { rows: View['capital']['bySource']; largest: bigint }) {
  const segments = stackedBar(
    rows.map((r) => ({ source: r.source, sourceLabel: r.label, amount: r.amount })),
    largest,
  );
  if (segments.length === 0) return null;
  return (
    <div className={classes.stack} aria-hidden>
      {segments.map((s) => (
        <div
          key={s.source}
          style={{ flexGrow: s.permille, background: `var(--mantine-color-${sourceColor(s.source)}-6)` }}
        />
      ))}
    </div>
  );
}

/** Capital by source, in all and per year. */
function Capital({ view }: { view: View }) {
  const { t } = useTranslation();
  const largestYear = largestMoney(view.capital.byYear.map((y) => y.total));
  return (
    <SectionCard title={t('usahaHasil.dashboard.capitalTitle')} testId="business-capital-section">
      {view.capital.total === '0' ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.dashboard.noCapital')}
        </Text>
      ) : (
        <Stack gap="sm">
          <SourceStack rows={view.capital.bySource} largest={largestMoney([view.capital.total])} />
          <SourceLegend rows={view.capital.bySource} testId="business-capital-source" />
          <Text size="sm" fw={600}>
            {t('usahaHasil.dashboard.capitalByYear')}
          </Text>
          {[...view.capital.byYear].reverse().map((y) => (
            <Box key={y.year} data-testid="business-capital-year" data-year={y.year}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm">{y.year}</Text>
                <Text size="sm" fw={700} className={classes.number}>
                  {rupiahText(y.total)}
                </Text>
              </Group>
              <SourceStack rows={y.bySource} largest={largestYear} />
            </Box>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

/** Per kecamatan, desa or kawasan: enterprises, active, legal entities, workers, PADes, capital. */
function Places({
  title,
  rows,
  testId,
}: {
  title: string;
  rows: { key: string; name: string; row: Omit<Breakdown, 'code' | 'name'> }[];
  testId: string;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const formatNumber = useFormatNumber();
  if (rows.length === 0) return null;
  return (
    <SectionCard title={title} testId={testId}>
      {wide ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={4} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('usahaHasil.dashboard.place')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.dashboard.enterprises')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.dashboard.active')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.dashboard.legalEntities')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.dashboard.workers')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.dashboard.pades')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.dashboard.capital')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ key, name, row }) => (
                <Table.Tr key={key} data-testid={`${testId}-row`} data-key={key}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td className={classes.number}>{formatNumber(row.enterprises)}</Table.Td>
                  <Table.Td className={classes.number}>{formatNumber(row.active)}</Table.Td>
                  <Table.Td className={classes.number}>{formatNumber(row.legalEntities)}</Table.Td>
                  <Table.Td className={classes.number}>{formatNumber(row.workers)}</Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(row.padesTotal)}</Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(row.capitalTotal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {rows.map(({ key, name, row }) => (
            <li key={key} className={classes.row} data-testid={`${testId}-row`} data-key={key}>
              <Text fw={600} className={classes.wrap}>
                {name}
              </Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {t('usahaHasil.dashboard.placeLine', {
                  enterprises: formatNumber(row.enterprises),
                  active: formatNumber(row.active),
                  legal: formatNumber(row.legalEntities),
                  workers: formatNumber(row.workers),
                })}
              </Text>
              <Text size="xs" className={classes.wrap}>
                {t('usahaHasil.dashboard.placeMoney', {
                  pades: rupiahText(row.padesTotal),
                  capital: rupiahText(row.capitalTotal),
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** Every enterprise of the place with its status, performance and money. */
function Enterprises({ view }: { view: View }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const title = t('usahaHasil.dashboard.listTitle', { count: view.list.length });
  return (
    <SectionCard title={title} testId="business-list">
      {view.list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.dashboard.noEnterprises')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.list.map((e) => (
            <li key={e.id} className={classes.row} data-testid="business-list-row" data-enterprise={e.name}>
              <Group justify="space-between" gap="xs" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
                  <Anchor component={Link} to={enterprisePath(e.id)} fw={600} className={classes.wrap}>
                    {e.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" className={classes.wrap}>
                    {label('kind', e.kind, e.kindLabel)} ·{' '}
                    {label('legalStatus', e.legalStatus, e.legalStatusLabel)} ·{' '}
                    {label('activity', e.activity, e.activityLabel)}
                  </Text>
                </Stack>
                <Stack gap={2} align="flex-end">
                  <Badge
                    size="sm"
                    radius="sm"
                    variant="light"
                    color={PERFORMANCE_COLORS[e.performance]}
                    tt="none"
                    data-testid="business-list-performance"
                  >
                    {label('performance', e.performance, e.performanceLabel)}
                  </Badge>
                  {e.latestLabel && e.latestNetResult !== null && (
                    <Text
                      size="xs"
                      className={classes.number}
                      c={isNegative(e.latestNetResult) ? 'red.8' : undefined}
                    >
                      {e.latestLabel}: {rupiahText(e.latestNetResult)}
                    </Text>
                  )}
                </Stack>
              </Group>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {t('usahaHasil.dashboard.enterpriseMoney', {
                  pades: rupiahText(e.padesTotal),
                  capital: rupiahText(e.capitalTotal),
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function DashboardBody({ view }: { view: View }) {
  const { t } = useTranslation();
  const places = breakdownRows(view);
  return (
    <Stack gap="lg">
      <Tiles view={view} />
      <div className={classes.columns}>
        <CountBars
          title={t('usahaHasil.dashboard.byKind')}
          rows={view.byKind}
          group="kind"
          testId="business-by-kind"
        />
        <CountBars
          title={t('usahaHasil.dashboard.byLegalStatus')}
          rows={view.byLegalStatus}
          group="legalStatus"
          testId="business-by-legal"
        />
        <CountBars
          title={t('usahaHasil.dashboard.byActivity')}
          rows={view.byActivity}
          group="activity"
          testId="business-by-activity"
        />
        <CountBars
          title={t('usahaHasil.dashboard.byPerformance')}
          rows={view.byPerformance}
          group="performance"
          testId="business-by-performance"
          colorOf={(code) => (PERFORMANCE_COLORS as Record<string, string>)[code] ?? 'gray'}
        />
        <Years view={view} />
        <Capital view={view} />
      </div>
      {view.scope.kind === 'region' && (
        <Places
          title={t('usahaHasil.dashboard.byKawasan')}
          testId="business-by-kawasan"
          rows={view.byKawasan.map((k) => ({ key: k.id, name: k.name, row: k }))}
        />
      )}
      <Places
        title={
          places.level === 'kecamatan'
            ? t('usahaHasil.dashboard.byKecamatan')
            : t('usahaHasil.dashboard.byDesa')
        }
        testId="business-by-place"
        rows={places.rows}
      />
      <Enterprises view={view} />
      {view.notes.length > 0 && (
        <List size="xs" c="dimmed" spacing={2} data-testid="business-notes">
          {view.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function DownloadIcon() {
  return (
    <LineIcon size={14} style={{ verticalAlign: '-2px', marginRight: 4 }}>
      <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
    </LineIcon>
  );
}

/**
 * `/usaha/dasbor?region=|kawasan=`: the village enterprises of a region or kawasan — by kind,
 * legal status, activity and performance, PADes contribution per year, capital by source, per
 * place and per enterprise — with XLSX and PDF exports of the same. Without a choice the server
 * shows the reader's own region.
 */
export function BusinessDashboardPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const query = businessDashboardQueryOf(search);
  // A reader with kawasan but no region of their own (a kawasan manager) opens their first kawasan.
  const { user } = useSession();
  const fallback = useMemo(() => {
    const own = coverageRegions(user);
    return own.national || own.regions.length > 0 ? null : (ownKawasan(user)[0]?.id ?? null);
  }, [user]);
  const redirecting = !query.kawasanId && !query.region && fallback !== null;
  useEffect(() => {
    if (redirecting && fallback) setSearch(new URLSearchParams({ kawasan: fallback }), { replace: true });
  }, [redirecting, fallback, setSearch]);
  const dashboard = useBusinessDashboard(query, !redirecting);
  const view = dashboard.data;
  const choices = useScopeChoices(view);
  useDocumentTitle(
    view
      ? t('usahaHasil.dashboard.documentTitleScope', { name: view.scope.name })
      : t('usahaHasil.dashboard.documentTitle'),
  );
  const exportQuery = view ? shownQuery(view) : query;
  return (
    <Stack gap="lg" data-testid="business-dashboard-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={USAHA_PATH} size="sm">
          ← {t('usahaHasil.backHome')}
        </Anchor>
        <Title order={1} size="h2">
          {t('usahaHasil.dashboard.title')}
        </Title>
        {view && (
          <Text size="sm" c="dimmed" className={classes.wrap} data-testid="business-scope">
            {t('usahaHasil.dashboard.scopeLine', { name: view.scope.name })}
          </Text>
        )}
      </Stack>
      <div className={classes.pickerRow}>
        <Select
          label={t('usahaHasil.dashboard.scopeLabel')}
          placeholder={t('usahaHasil.dashboard.scopeDefault')}
          data={choices}
          value={scopeValue(query, view)}
          onChange={(value) => setSearch(pickedSearch(value), { replace: true })}
          searchable
          nothingFoundMessage={t('usahaHasil.dashboard.scopeNothing')}
          comboboxProps={{ withinPortal: true }}
          size="md"
          className={classes.picker}
          data-testid="business-scope-picker"
        />
        <Group gap="md" wrap="wrap" className={classes.pickerLinks}>
          {view && (
            <>
              <Anchor
                href={businessDashboardExportUrl('xlsx', exportQuery)}
                download
                size="sm"
                data-testid="business-export-xlsx"
              >
                <DownloadIcon />
                {t('usahaHasil.dashboard.exportXlsx')}
              </Anchor>
              <Anchor
                href={businessDashboardExportUrl('pdf', exportQuery)}
                download
                size="sm"
                data-testid="business-export-pdf"
              >
                <DownloadIcon />
                {t('usahaHasil.dashboard.exportPdf')}
              </Anchor>
            </>
          )}
          {view?.scope.kind === 'kawasan' && (
            <Anchor
              component={Link}
              to={chainPath(view.scope.ref)}
              size="sm"
              data-testid="business-chain-link"
            >
              {t('usahaHasil.dashboard.chainLink')}
            </Anchor>
          )}
        </Group>
      </div>
      {dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError ? (
        <PageLoadError
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          notFound={{
            title: t('usahaHasil.dashboard.notFoundTitle'),
            text: t('usahaHasil.dashboard.notFoundText'),
          }}
        />
      ) : (
        <Box style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}>
          <DashboardBody view={dashboard.data} />
        </Box>
      )}
    </Stack>
  );
}
