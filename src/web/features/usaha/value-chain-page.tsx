import {
  Alert,
  Anchor,
  Badge,
  Box,
  Group,
  List,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ValueChainView } from '../../../contracts/business.contract';
import { facilitationToday } from '../../../domain/facilitation/calendar';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { useSession } from '../session/use-session';
import { businessDashboardPath } from './dashboard-model';
import { rupiahText } from './reports-model';
import { ownKawasan } from './usaha-access';
import { enterprisePath, USAHA_PATH } from './usaha-paths';
import classes from './value-chain.module.css';
import { useCodeLabel } from './value-chain-labels';
import {
  type BarSegment,
  type ChainEnterprise,
  type ChainGapView,
  type ChainUnitView,
  chainPath,
  chosenCommodity,
  commodityTabs,
  enterprisePerformance,
  type FlowLine,
  flowLines,
  kawasanChoices,
  largestTotal,
  PERFORMANCE_COLORS,
  periodLabel,
  type StageColumn,
  sourceColor,
  stackedBar,
  stageColumns,
  unitFlows,
  unitGaps,
  valueChainQueryOf,
} from './value-chain-model';
import { useKawasanPicks, useValueChain } from './value-chain-queries';

type Commodity = ValueChainView['commodities'][number];

/** A commodity as a heading: its first letter capital (`gula aren` → `Gula aren`). */
const titleCase = (text: string) => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

function PerformanceBadge({ enterprise, today }: { enterprise: ChainEnterprise; today: string }) {
  const { t } = useTranslation();
  const performance = enterprisePerformance(enterprise, today);
  return (
    <Badge
      size="xs"
      radius="sm"
      variant="light"
      color={PERFORMANCE_COLORS[performance]}
      tt="none"
      data-testid="chain-performance"
      data-performance={performance}
    >
      {t(`usahaHasil.performance.${performance}`)}
    </Badge>
  );
}

/** One unit in its stage: enterprise, desa, status, workers, capital, performance, flows, gaps. */
function UnitCard({
  unit,
  enterprise,
  lines,
  gaps,
  today,
}: {
  unit: ChainUnitView;
  enterprise: ChainEnterprise | undefined;
  lines: readonly FlowLine[];
  gaps: readonly ChainGapView[];
  today: string;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const label = useCodeLabel();
  const flows = unitFlows(unit.id, lines);
  const running = unit.status === 'berjalan';
  return (
    <li
      className={classes.card}
      data-running={running}
      data-gap={gaps.length > 0 || undefined}
      data-testid="chain-unit"
      data-unit={unit.name}
      data-stage={unit.stage}
    >
      <Stack gap={2}>
        <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
          <Text size="sm" fw={700} className={classes.wrap}>
            {unit.name}
          </Text>
          <Badge
            size="xs"
            radius="sm"
            variant={running ? 'light' : 'outline'}
            color={running ? 'teal' : 'gray'}
            tt="none"
          >
            {label('unitStatus', unit.status, unit.statusLabel)}
          </Badge>
        </Group>
        <Text size="xs" className={classes.wrap}>
          {enterprise ? (
            <Anchor component={Link} to={enterprisePath(enterprise.id)} inherit>
              {unit.enterprise.name}
            </Anchor>
          ) : (
            unit.enterprise.name
          )}
          {unit.desa ? ` · ${unit.desa.name}` : ''}
        </Text>
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {t('usahaHasil.chain.workers', { count: unit.workers, value: formatNumber(unit.workers) })}
          </Text>
          {unit.capitalTotal !== '0' && (
            <Text size="xs" c="dimmed">
              {t('usahaHasil.chain.capital', { amount: rupiahText(unit.capitalTotal) })}
            </Text>
          )}
          {enterprise && <PerformanceBadge enterprise={enterprise} today={today} />}
        </Group>
        {flows.to.map((f) => (
          <Text
            key={`to-${f.name}-${f.product}`}
            size="xs"
            className={classes.flow}
            data-testid="chain-unit-to"
          >
            → {t('usahaHasil.chain.suppliesTo', { name: f.name, product: f.product })}
          </Text>
        ))}
        {flows.from.map((f) => (
          <Text
            key={`from-${f.name}-${f.product}`}
            size="xs"
            className={classes.flow}
            data-testid="chain-unit-from"
          >
            ← {t('usahaHasil.chain.suppliedBy', { name: f.name, product: f.product })}
          </Text>
        ))}
        {gaps.map((g) => (
          <Text key={`${g.kind}-${g.message}`} size="xs" c="orange.9" fw={600} data-testid="chain-unit-gap">
            ⚠ {label('gapKind', g.kind, g.kindLabel)}
          </Text>
        ))}
      </Stack>
    </li>
  );
}

/** A stage of the chain: its units, workers and capital; marked when the chain is broken there. */
function StageBox({
  column,
  view,
  lines,
  marks,
  testId,
}: {
  column: StageColumn;
  view: ValueChainView;
  lines: readonly FlowLine[];
  marks: Map<string, ChainGapView[]>;
  testId: string;
}) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const enterprises = new Map(view.enterprises.map((e) => [e.id, e]));
  const today = useMemo(() => facilitationToday(new Date()), []);
  const label = useCodeLabel();
  const broken = column.gaps.some((g) => g.kind === 'stage_missing') || column.running.length === 0;
  const units = [...column.running, ...column.notRunning];
  return (
    <section
      className={classes.column}
      data-broken={(broken && column.stage !== 'jasa') || undefined}
      aria-label={label('stage', column.stage, column.label)}
      data-testid={testId}
    >
      <div className={classes.columnHead}>
        <Text size="sm" fw={700}>
          {label('stage', column.stage, column.label)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('usahaHasil.chain.stageLine', {
            running: formatNumber(column.running.length),
            workers: formatNumber(column.workers),
            capital: rupiahText(column.capital.total),
          })}
        </Text>
      </div>
      {column.gaps.map((g) => (
        <Text
          key={`${g.kind}-${g.message}`}
          size="sm"
          c="red.8"
          fw={600}
          data-testid="chain-stage-gap"
          data-kind={g.kind}
        >
          {g.message}
        </Text>
      ))}
      {units.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.chain.noUnits')}
        </Text>
      ) : (
        <ul className={classes.cards}>
          {units.map((u) => (
            <UnitCard
              key={u.id}
              unit={u}
              enterprise={enterprises.get(u.enterprise.id)}
              lines={lines}
              gaps={marks.get(u.id) ?? []}
              today={today}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The gaps of the commodity, in plain sentences, above the chain. */
function Gaps({ commodity }: { commodity: Commodity }) {
  const { t } = useTranslation();
  if (commodity.gaps.length === 0)
    return (
      <Alert color="teal" variant="light" data-testid="chain-gaps-none">
        {t('usahaHasil.chain.noGaps', { commodity: commodity.commodity })}
      </Alert>
    );
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('usahaHasil.chain.gapsTitle', {
        count: commodity.gaps.length,
        commodity: commodity.commodity,
      })}
      data-testid="chain-gaps"
    >
      <List size="sm" spacing={4}>
        {commodity.gaps.map((g) => (
          <List.Item
            key={`${g.kind}-${g.message}`}
            data-testid="chain-gap"
            data-kind={g.kind}
            data-stage={g.stage ?? ''}
          >
            {g.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The flows of the commodity as "A → B: product", on every screen. */
function Flows({ lines }: { lines: readonly FlowLine[] }) {
  const { t } = useTranslation();
  const title = t('usahaHasil.chain.flowsTitle');
  return (
    <SectionCard title={title} testId="chain-flows">
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.chain.noFlows')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {lines.map((l) => (
            <li key={l.id} className={classes.row} data-testid="chain-flow">
              <Text size="sm" className={classes.flow}>
                <b>{l.supplier?.name ?? '?'}</b>
                {l.supplier ? ` (${l.supplier.enterprise.name})` : ''} → <b>{l.buyer?.name ?? '?'}</b>
                {l.buyer ? ` (${l.buyer.enterprise.name})` : ''}: {l.product}
              </Text>
              {l.directionNote && (
                <Text size="xs" c="dimmed">
                  {l.directionNote}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** A stacked bar with its legend of sources and amounts. */
function StackedBar({ segments, testId }: { segments: BarSegment[]; testId: string }) {
  const label = useCodeLabel();
  return (
    <Stack gap={4} data-testid={testId}>
      {segments.length > 0 && (
        <div className={classes.stack} aria-hidden>
          {segments.map((s) => (
            <div
              key={s.source}
              style={{ flexGrow: s.permille, background: `var(--mantine-color-${sourceColor(s.source)}-6)` }}
            />
          ))}
        </div>
      )}
      <Group gap="sm" wrap="wrap">
        {segments.map((s) => (
          <Text key={s.source} size="xs" data-testid={`${testId}-source`} data-source={s.source}>
            <span
              className={classes.swatch}
              style={{ background: `var(--mantine-color-${sourceColor(s.source)}-6)` }}
              aria-hidden
            />
            {label('source', s.source, s.label)}: <b>{rupiahText(s.amount)}</b>
          </Text>
        ))}
      </Group>
    </Stack>
  );
}

/** Capital behind each stage of the commodity by source, and capital not tied to a unit. */
function Capital({ view, commodity }: { view: ValueChainView; commodity: Commodity }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const stages = commodity.stages.filter((s) => s.stage !== 'jasa' || s.capital.total !== '0');
  const largest = largestTotal(stages.map((s) => s.capital.total));
  const unallocatedLargest = largestTotal(view.capital.unallocated.map((u) => u.total));
  return (
    <SectionCard
      title={t('usahaHasil.chain.capitalTitle', { commodity: commodity.commodity })}
      testId="chain-capital"
    >
      <Text size="sm" c="dimmed">
        {t('usahaHasil.chain.capitalIntro')}
      </Text>
      <Stack gap="sm">
        {stages.map((s) => (
          <Box key={s.stage} data-testid="chain-capital-stage" data-stage={s.stage}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
              <Text size="sm" fw={600}>
                {label('stage', s.stage, s.stageLabel)}
              </Text>
              <Text size="sm" fw={700} className={classes.number} data-testid="chain-capital-stage-total">
                {rupiahText(s.capital.total)}
              </Text>
            </Group>
            {s.capital.total === '0' ? (
              <Text size="xs" c="dimmed">
                {t('usahaHasil.chain.noCapital')}
              </Text>
            ) : (
              <StackedBar segments={stackedBar(s.capital.bySource, largest)} testId="chain-capital-bar" />
            )}
          </Box>
        ))}
      </Stack>
      <Stack gap={6} data-testid="chain-capital-unallocated">
        <Text size="sm" fw={600}>
          {t('usahaHasil.chain.unallocatedTitle')}
        </Text>
        {view.capital.unallocated.length === 0 ? (
          <Text size="xs" c="dimmed">
            {t('usahaHasil.chain.noUnallocated')}
          </Text>
        ) : (
          view.capital.unallocated.map((u) => (
            <Box key={u.enterprise.id} data-testid="chain-unallocated-row">
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" className={classes.wrap}>
                  {u.enterprise.name}
                </Text>
                <Text size="sm" fw={700} className={classes.number}>
                  {rupiahText(u.total)}
                </Text>
              </Group>
              <StackedBar
                segments={stackedBar(u.bySource, unallocatedLargest)}
                testId="chain-unallocated-bar"
              />
            </Box>
          ))
        )}
      </Stack>
      <Text size="sm" data-testid="chain-capital-total">
        {t('usahaHasil.chain.capitalTotal', { amount: rupiahText(view.capital.total) })}
      </Text>
    </SectionCard>
  );
}

/** Who works in the kawasan: every enterprise with its status, latest report and capital. */
function Enterprises({ view }: { view: ValueChainView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const label = useCodeLabel();
  const today = useMemo(() => facilitationToday(new Date()), []);
  const title = t('usahaHasil.chain.enterprisesTitle', { count: view.enterprises.length });
  if (view.enterprises.length === 0)
    return (
      <SectionCard title={title} testId="chain-enterprises">
        <Text size="sm" c="dimmed">
          {t('usahaHasil.chain.noEnterprises')}
        </Text>
      </SectionCard>
    );
  const latest = (e: ChainEnterprise) =>
    e.latestReport
      ? t('usahaHasil.chain.latestReport', {
          label: periodLabel(e.latestReport.period),
          revenue: rupiahText(e.latestReport.revenue),
          net: rupiahText(e.latestReport.netResult),
          pades: rupiahText(e.latestReport.splitPades),
        })
      : t('usahaHasil.chain.noReport');
  return (
    <SectionCard title={title} testId="chain-enterprises">
      {wide ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={4} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('usahaHasil.chain.enterprise')}</Table.Th>
                <Table.Th scope="col">{t('usahaHasil.chain.legalStatus')}</Table.Th>
                <Table.Th scope="col">{t('usahaHasil.chain.performanceTitle')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.chain.units')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.chain.capitalColumn')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.enterprises.map((e) => (
                <Table.Tr key={e.id} data-testid="chain-enterprise" data-enterprise={e.name}>
                  <Table.Td>
                    <Anchor component={Link} to={enterprisePath(e.id)} size="sm" fw={600}>
                      {e.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {label('kind', e.kind, e.kindLabel)} · {e.founders.map((f) => f.name).join(', ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{label('legalStatus', e.legalStatus, e.legalStatusLabel)}</Text>
                    <Text size="xs" c="dimmed">
                      {label('activity', e.activity, e.activityLabel)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <PerformanceBadge enterprise={e} today={today} />
                    <Text size="xs" c="dimmed">
                      {latest(e)}
                    </Text>
                  </Table.Td>
                  <Table.Td className={classes.number}>{e.unitCount}</Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(e.capitalTotal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.enterprises.map((e) => (
            <li key={e.id} className={classes.row} data-testid="chain-enterprise" data-enterprise={e.name}>
              <Stack gap={2}>
                <Anchor component={Link} to={enterprisePath(e.id)} fw={600} className={classes.wrap}>
                  {e.name}
                </Anchor>
                <Text size="xs" c="dimmed" className={classes.wrap}>
                  {label('kind', e.kind, e.kindLabel)} ·{' '}
                  {label('legalStatus', e.legalStatus, e.legalStatusLabel)} ·{' '}
                  {label('activity', e.activity, e.activityLabel)}
                </Text>
                <Group gap={6} wrap="wrap">
                  <PerformanceBadge enterprise={e} today={today} />
                  <Text size="xs">{t('usahaHasil.chain.unitsCount', { count: e.unitCount })}</Text>
                  <Text size="xs">
                    {t('usahaHasil.chain.capital', { amount: rupiahText(e.capitalTotal) })}
                  </Text>
                </Group>
                <Text size="xs" c="dimmed" className={classes.wrap}>
                  {latest(e)}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** One commodity: the gaps, the stage columns with their units, services apart, flows and capital. */
function CommodityChain({ view, commodity }: { view: ValueChainView; commodity: Commodity }) {
  const { t } = useTranslation();
  const { chain, services } = stageColumns(view, commodity);
  const lines = flowLines(view, commodity);
  const marks = unitGaps(commodity.gaps);
  return (
    <Stack gap="lg" data-testid="chain-commodity" data-commodity={commodity.commodity}>
      <Gaps commodity={commodity} />
      <section aria-label={t('usahaHasil.chain.stagesLabel', { commodity: commodity.commodity })}>
        <div className={classes.chain} data-testid="chain-stages">
          {chain.map((column, i) => (
            <Box key={column.stage} display="contents">
              {i > 0 && <div className={classes.arrow} aria-hidden />}
              <StageBox
                column={column}
                view={view}
                lines={lines}
                marks={marks}
                testId={`chain-column-${column.stage}`}
              />
            </Box>
          ))}
        </div>
      </section>
      {services && (
        <StageBox column={services} view={view} lines={lines} marks={marks} testId="chain-column-jasa" />
      )}
      <div className={classes.columns}>
        <Flows lines={lines} />
        <Capital view={view} commodity={commodity} />
      </div>
    </Stack>
  );
}

function ChainBody({
  view,
  asked,
  onCommodity,
}: {
  view: ValueChainView;
  asked: string | null;
  onCommodity: (c: string) => void;
}) {
  const { t } = useTranslation();
  const tabs = commodityTabs(view);
  const chosen = chosenCommodity(view, asked);
  if (!chosen)
    return (
      <Stack gap="lg">
        <Alert color="gray" variant="light" data-testid="chain-empty">
          {t('usahaHasil.chain.noCommodities')}
        </Alert>
        <Enterprises view={view} />
      </Stack>
    );
  return (
    <Stack gap="lg">
      <Tabs value={chosen.commodity} onChange={(v) => v && onCommodity(v)} keepMounted={false}>
        <Tabs.List className={classes.tabList} data-testid="chain-commodity-tabs">
          {tabs.map((tab) => (
            <Tabs.Tab
              key={tab.commodity}
              value={tab.commodity}
              data-testid="chain-commodity-tab"
              data-commodity={tab.commodity}
              rightSection={
                tab.gaps > 0 ? (
                  <Badge
                    size="xs"
                    color="orange"
                    variant="filled"
                    circle
                    aria-label={t('usahaHasil.chain.gapCount', { count: tab.gaps })}
                  >
                    {tab.gaps}
                  </Badge>
                ) : null
              }
            >
              {titleCase(tab.commodity)}
              {tab.flagship && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {t('usahaHasil.chain.flagship')}
                </Text>
              )}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((tab) => (
          <Tabs.Panel key={tab.commodity} value={tab.commodity} pt="md">
            {tab.commodity === chosen.commodity && <CommodityChain view={view} commodity={chosen} />}
          </Tabs.Panel>
        ))}
      </Tabs>
      <Enterprises view={view} />
    </Stack>
  );
}

/**
 * `/usaha/rantai-nilai?kawasan=<id>&commodity=`: the value chain of a kawasan on one page — for
 * each commodity (flagship first) the units of every enterprise at hulu → tengah → hilir (services
 * apart), the flows between them, where the chain is broken (in plain sentences on top, and
 * marked in the columns), the capital behind each stage by source and the capital not tied to a
 * unit, and who the enterprises are and how they perform.
 */
export function ValueChainPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [search, setSearch] = useSearchParams();
  const { kawasanId, commodity } = valueChainQueryOf(search);
  const chain = useValueChain(kawasanId ? { kawasanId } : null);
  const listed = useKawasanPicks();
  const own = useMemo(() => ownKawasan(user), [user]);
  const view = chain.data;
  const shown = view?.place.kind === 'kawasan' ? { id: view.place.id, name: view.place.name } : null;
  const choices = kawasanChoices(listed.data?.items ?? [], own, shown);
  useDocumentTitle(
    view
      ? t('usahaHasil.chain.documentTitleScope', { name: view.place.name })
      : t('usahaHasil.chain.documentTitle'),
  );
  // One kawasan to choose from: open it at once.
  const only = choices.length === 1 ? choices[0]!.value : null;
  useEffect(() => {
    if (!kawasanId && only) setSearch(new URLSearchParams({ kawasan: only }), { replace: true });
  }, [kawasanId, only, setSearch]);
  const pick = (value: string | null) => {
    setSearch(value ? new URLSearchParams({ kawasan: value }) : new URLSearchParams(), { replace: true });
  };
  const openCommodity = (c: string) => {
    setSearch(new URLSearchParams(chainPath(kawasanId, c).split('?')[1] ?? ''), { replace: true });
  };
  return (
    <Stack gap="lg" data-testid="value-chain-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={USAHA_PATH} size="sm">
          ← {t('usahaHasil.backHome')}
        </Anchor>
        <Title order={1} size="h2">
          {t('usahaHasil.chain.title')}
        </Title>
        {view && (
          <Text size="sm" c="dimmed" className={classes.wrap} data-testid="chain-place">
            {view.place.kind === 'kawasan'
              ? t('usahaHasil.chain.placeLine', { name: view.place.name, count: view.place.desaCount })
              : view.place.name}
            {view.flagshipCommodities.length > 0 &&
              ` · ${t('usahaHasil.chain.flagshipLine', { commodities: view.flagshipCommodities.join(', ') })}`}
          </Text>
        )}
      </Stack>
      <div className={classes.pickerRow}>
        <Select
          label={t('usahaHasil.chain.kawasanPicker')}
          placeholder={t('usahaHasil.chain.kawasanPlaceholder')}
          data={choices}
          value={kawasanId}
          onChange={pick}
          searchable
          nothingFoundMessage={t('usahaHasil.chain.noKawasanFound')}
          comboboxProps={{ withinPortal: true }}
          size="md"
          className={classes.picker}
          data-testid="chain-kawasan-picker"
        />
        {kawasanId && (
          <Group gap="md" wrap="wrap" className={classes.pickerLinks}>
            <Anchor
              component={Link}
              to={businessDashboardPath({ kawasanId })}
              size="sm"
              data-testid="chain-dashboard-link"
            >
              {t('usahaHasil.chain.dashboardLink')}
            </Anchor>
          </Group>
        )}
      </div>
      {!kawasanId ? (
        <Text size="sm" c="dimmed" data-testid="chain-choose">
          {listed.isPending
            ? t('app.loading')
            : choices.length === 0
              ? t('usahaHasil.chain.noKawasan')
              : t('usahaHasil.chain.choose')}
        </Text>
      ) : chain.isPending ? (
        <LoadingState />
      ) : chain.isError ? (
        <PageLoadError
          error={chain.error}
          onRetry={() => void chain.refetch()}
          notFound={{ title: t('usahaHasil.chain.notFoundTitle'), text: t('usahaHasil.chain.notFoundText') }}
        />
      ) : (
        <Box style={{ opacity: chain.isPlaceholderData ? 0.6 : 1 }}>
          <ChainBody view={chain.data} asked={commodity} onCommodity={openCommodity} />
        </Box>
      )}
    </Stack>
  );
}
