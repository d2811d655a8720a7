import { Anchor, Badge, Box, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { DashboardView, MeanGainView } from '../../../contracts/training-outcome.contract';
import { INDICATOR_STATES } from '../../../domain/training/follow-up';
import { kawasanApi } from '../../api-client/kawasan-api';
import { regionsApi } from '../../api-client/regions-api';
import { trainingDashboardXlsxUrl } from '../../api-client/training-api';
import { LineIcon } from '../../shared/line-icon';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { coverageRegions } from '../pendampingan/pendampingan-access';
import { useSession } from '../session/use-session';
import {
  barPercent,
  byPeople,
  dashboardQueryOf,
  GAIN_CATEGORY_COLORS,
  INDICATOR_STATE_COLORS,
  indicatorBreakdown,
  localDecimal,
  needsPath,
} from './dashboard-model';
import classes from './outcomes.module.css';
import { PELATIHAN_PATH } from './pelatihan-paths';
import { useTrainingDashboard } from './use-outcome-queries';

/**
 * The choices of the scope picker: the reader's own regions, the regions inside the one shown
 * (kabupaten of a province, kecamatan of a kabupaten) and the kawasan the reader can see.
 */
function useScopeChoices(shown: DashboardView | undefined) {
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
    for (const r of own.regions) regions.set(r.code.replace(/\D/g, ''), r.label);
    if (shown?.scope.kind === 'region') regions.set(shownRegion, shown.scope.name);
    const inner = (children.data?.items ?? []).filter((c) => !regions.has(c.code.replace(/\D/g, '')));
    return [
      {
        group: t('pelatihanHasil.scope.own'),
        items: [...regions].map(([value, label]) => ({ value: `region:${value}`, label })),
      },
      {
        group: t('pelatihanHasil.scope.inside', { name: shown?.scope.name ?? '' }),
        items: inner.map((c) => ({ value: `region:${c.code.replace(/\D/g, '')}`, label: c.name })),
      },
      {
        group: t('pelatihanHasil.scope.kawasan'),
        items: (kawasan.data?.items ?? []).map((k) => ({ value: `kawasan:${k.id}`, label: k.name })),
      },
    ].filter((g) => g.items.length > 0);
  }, [own, shown, shownRegion, children.data, kawasan.data, t]);
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

function Tiles({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <div className={classes.tiles} data-testid="dashboard-tiles">
      <Tile
        testId="dashboard-people"
        value={formatNumber(view.people.people)}
        label={t('pelatihanHasil.dashboard.people')}
      />
      <Tile
        testId="dashboard-participations"
        value={formatNumber(view.people.participations)}
        label={t('pelatihanHasil.dashboard.participations')}
      />
      <Tile
        testId="dashboard-sessions"
        value={formatNumber(view.sessions)}
        label={t('pelatihanHasil.dashboard.sessions')}
      />
      <Tile
        testId="dashboard-bumdes"
        value={
          view.bumdes.percentText === null
            ? formatNumber(view.bumdes.withTrainedManager)
            : `${localDecimal(view.bumdes.percentText, t('pelatihan.decimalPoint'))}%`
        }
        label={t('pelatihanHasil.dashboard.bumdes')}
      />
    </div>
  );
}

interface CountRow {
  key: string;
  label: string;
  people: number;
}

/** People per kawasan, desa, aspect…: a label, the count and a bar of its size. */
function CountBars({
  title,
  rows,
  testId,
  empty,
}: {
  title: string;
  rows: CountRow[];
  testId: string;
  empty: string;
}) {
  const formatNumber = useFormatNumber();
  const { rows: sorted, largest } = byPeople(
    rows.filter((r) => r.people > 0),
    (r) => r.label,
  );
  return (
    <SectionCard title={title} testId={testId}>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <ul className={classes.bars} aria-label={title}>
          {sorted.map((row) => (
            <li key={row.key} className={classes.barRow} data-testid={`${testId}-row`} data-key={row.key}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" className={classes.wrap}>
                  {row.label}
                </Text>
                <Text size="sm" fw={700} className={classes.number} data-testid={`${testId}-count`}>
                  {formatNumber(row.people)}
                </Text>
              </Group>
              <div className={classes.barTrack} aria-hidden>
                <div className={classes.bar} style={{ width: `${barPercent(row.people, largest)}%` }} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function GainBadge({ gain }: { gain: MeanGainView | null }) {
  const { t } = useTranslation();
  if (gain === null)
    return (
      <Text size="sm" c="dimmed">
        {t('pelatihanHasil.notComputed')}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap" justify="flex-end">
      <Text size="sm" fw={700} className={classes.number}>
        {localDecimal(gain.text, t('pelatihan.decimalPoint'))}
      </Text>
      <Badge size="sm" radius="sm" variant="light" color={GAIN_CATEGORY_COLORS[gain.category]} tt="none">
        {t(`pelatihan.scores.category.${gain.category}`)}
      </Badge>
    </Group>
  );
}

/** Per tested aspect: the mean of the participants' gains and the gain of the mean scores. */
function Gains({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const formatNumber = useFormatNumber();
  const title = t('pelatihanHasil.dashboard.gainsTitle');
  return (
    <SectionCard title={title} testId="dashboard-gains">
      <Text size="sm" c="dimmed">
        {t('pelatihanHasil.dashboard.gainsIntro')}
      </Text>
      {view.gains.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pelatihanHasil.dashboard.noGains')}
        </Text>
      ) : wide ? (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing={4} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('pelatihanHasil.aspect')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pelatihanHasil.dashboard.computed')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pelatihanHasil.meanOfGains')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('pelatihanHasil.gainOfMeans')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.gains.map((g) => (
                <Table.Tr key={g.aspect} data-testid="dashboard-gain-row" data-aspect={g.aspect}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {t(`pelatihan.aspect.${g.aspect}`)}
                    </Text>
                    {g.notes.map((note) => (
                      <Text key={note} size="xs" c="dimmed">
                        {note}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td className={classes.number}>
                    {t('pelatihanHasil.dashboard.computedValue', {
                      computed: formatNumber(g.computed),
                      participants: formatNumber(g.participants),
                    })}
                  </Table.Td>
                  <Table.Td>
                    <GainBadge gain={g.meanOfGains} />
                  </Table.Td>
                  <Table.Td>
                    <GainBadge gain={g.gainOfMeans} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.gains.map((g) => (
            <li
              key={g.aspect}
              className={classes.row}
              data-testid="dashboard-gain-row"
              data-aspect={g.aspect}
            >
              <Stack gap={4}>
                <Group justify="space-between" gap="xs">
                  <Text fw={600}>{t(`pelatihan.aspect.${g.aspect}`)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('pelatihanHasil.dashboard.computedValue', {
                      computed: formatNumber(g.computed),
                      participants: formatNumber(g.participants),
                    })}
                  </Text>
                </Group>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{t('pelatihanHasil.meanOfGains')}</Text>
                  <GainBadge gain={g.meanOfGains} />
                </Group>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{t('pelatihanHasil.gainOfMeans')}</Text>
                  <GainBadge gain={g.gainOfMeans} />
                </Group>
                {g.notes.map((note) => (
                  <Text key={note} size="xs" c="dimmed">
                    {note}
                  </Text>
                ))}
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** Per indicator, how the completers' latest follow-ups stand, as a stacked bar and counts. */
function FollowUps({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const title = t('pelatihanHasil.dashboard.followUpsTitle');
  return (
    <SectionCard title={title} testId="dashboard-follow-ups">
      <Text size="sm" c="dimmed">
        {t('pelatihanHasil.dashboard.followUpsIntro')}
      </Text>
      {view.followUps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('pelatihanHasil.dashboard.noFollowUps')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.followUps.map((f) => {
            const { total, parts } = indicatorBreakdown(f.counts, INDICATOR_STATES);
            return (
              <li
                key={f.indicatorId}
                className={classes.row}
                data-testid="dashboard-follow-up-row"
                data-indicator={f.indicatorId}
              >
                <Stack gap={6}>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Badge size="sm" radius="sm" variant="outline" style={{ flexShrink: 0 }}>
                      {f.level}
                    </Badge>
                    <Text size="sm" className={classes.wrap}>
                      {f.label}
                    </Text>
                  </Group>
                  {total > 0 && (
                    <div className={classes.stack} aria-hidden>
                      {parts
                        .filter((p) => p.count > 0)
                        .map((p) => (
                          <div
                            key={p.state}
                            style={{
                              flexGrow: p.count,
                              background: `var(--mantine-color-${INDICATOR_STATE_COLORS[p.state]}-6)`,
                            }}
                          />
                        ))}
                    </div>
                  )}
                  <Group gap="sm" wrap="wrap">
                    {parts.map((p) => (
                      <Text key={p.state} size="xs" data-testid={`follow-up-count-${p.state}`}>
                        <span
                          className={classes.swatch}
                          style={{ background: `var(--mantine-color-${INDICATOR_STATE_COLORS[p.state]}-6)` }}
                          aria-hidden
                        />
                        {t(`pelatihanHasil.indicatorState.${p.state}`)}: <b>{formatNumber(p.count)}</b>
                      </Text>
                    ))}
                  </Group>
                </Stack>
              </li>
            );
          })}
        </ul>
      )}
    </SectionCard>
  );
}

function Bumdes({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  return (
    <SectionCard title={t('pelatihanHasil.dashboard.bumdesTitle')} testId="dashboard-bumdes-section">
      <Text size="sm" data-testid="dashboard-bumdes-share">
        {view.bumdes.enterprises === 0
          ? t('pelatihanHasil.dashboard.bumdesNone')
          : t('pelatihanHasil.dashboard.bumdesShare', {
              count: view.bumdes.withTrainedManager,
              of: formatNumber(view.bumdes.enterprises),
              percent: view.bumdes.percentText
                ? localDecimal(view.bumdes.percentText, t('pelatihan.decimalPoint'))
                : '–',
            })}
      </Text>
      {view.bumdes.enterprises > 0 &&
        (view.bumdes.withoutTrainedManager.length === 0 ? (
          <Text size="sm">{t('pelatihanHasil.dashboard.bumdesAllTrained')}</Text>
        ) : (
          <div>
            <Text size="sm" fw={600}>
              {t('pelatihanHasil.dashboard.bumdesWithout')}
            </Text>
            <ul data-testid="dashboard-bumdes-without">
              {view.bumdes.withoutTrainedManager.map((e) => (
                <li key={e.id}>
                  <Text size="sm" component="span">
                    {e.name} ({e.kindLabel})
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        ))}
      <Text size="sm" c="dimmed" data-testid="dashboard-bumdes-note">
        {view.bumdes.note}
      </Text>
    </SectionCard>
  );
}

function DownloadIcon() {
  return (
    <LineIcon size={14} style={{ verticalAlign: '-2px', marginRight: 4 }}>
      <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
    </LineIcon>
  );
}

function DashboardBody({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Tiles view={view} />
      <div className={classes.columns}>
        {view.scope.kind !== 'kawasan' && (
          <CountBars
            title={t('pelatihanHasil.dashboard.byKawasan')}
            testId="dashboard-by-kawasan"
            empty={t('pelatihanHasil.dashboard.noKawasan')}
            rows={view.people.byKawasan.map((k) => ({ key: k.id, label: k.name, people: k.people }))}
          />
        )}
        <CountBars
          title={t('pelatihanHasil.dashboard.byDesa')}
          testId="dashboard-by-desa"
          empty={t('pelatihanHasil.dashboard.noPeople')}
          rows={view.people.byDesa.map((d) => ({ key: d.code, label: d.name, people: d.people }))}
        />
        <CountBars
          title={t('pelatihanHasil.dashboard.byAspect')}
          testId="dashboard-by-aspect"
          empty={t('pelatihanHasil.dashboard.noPeople')}
          rows={view.people.byAspect.map((a) => ({
            key: a.aspect,
            label: t(`pelatihan.aspect.${a.aspect}`),
            people: a.people,
          }))}
        />
        <CountBars
          title={t('pelatihanHasil.dashboard.byTargetGroup')}
          testId="dashboard-by-group"
          empty={t('pelatihanHasil.dashboard.noPeople')}
          rows={view.people.byTargetGroup.map((g) => ({
            key: g.group,
            label: t(`pelatihan.targetGroup.${g.group}`),
            people: g.people,
          }))}
        />
        <CountBars
          title={t('pelatihanHasil.dashboard.byGender')}
          testId="dashboard-by-gender"
          empty={t('pelatihanHasil.dashboard.noPeople')}
          rows={view.people.byGender.map((g) => ({
            key: g.gender,
            label: t(`pelatihan.gender.${g.gender}`),
            people: g.people,
          }))}
        />
        <Bumdes view={view} />
      </div>
      <Gains view={view} />
      <FollowUps view={view} />
    </Stack>
  );
}

/**
 * `/pelatihan/dasbor?region=|kawasan=`: what the trainings of a region or kawasan achieved —
 * people trained per kawasan, desa, aspect and target group, the mean gains per tested aspect,
 * the follow-up outcomes per indicator, and BUM Desa with a trained manager; an XLSX export of the
 * same. Without a choice the server shows the reader's own region.
 */
export function TrainingDashboardPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const query = dashboardQueryOf(search);
  const dashboard = useTrainingDashboard(query);
  const choices = useScopeChoices(dashboard.data);
  const view = dashboard.data;
  useDocumentTitle(
    view
      ? t('pelatihanHasil.dashboard.documentTitleScope', { name: view.scope.name })
      : t('pelatihanHasil.dashboard.documentTitle'),
  );
  const picked = query.kawasanId
    ? `kawasan:${query.kawasanId}`
    : query.region
      ? `region:${query.region}`
      : view
        ? `${view.scope.kind === 'kawasan' ? 'kawasan' : 'region'}:${view.scope.kind === 'kawasan' ? view.scope.ref : view.scope.ref.replace(/\D/g, '')}`
        : null;
  const pick = (value: string | null) => {
    const next = new URLSearchParams();
    if (value?.startsWith('kawasan:')) next.set('kawasan', value.slice('kawasan:'.length));
    else if (value?.startsWith('region:')) next.set('region', value.slice('region:'.length));
    setSearch(next, { replace: true });
  };
  const exportQuery = view
    ? view.scope.kind === 'kawasan'
      ? { kawasanId: view.scope.ref }
      : { region: view.scope.ref.replace(/\D/g, '') }
    : query;
  return (
    <Stack gap="lg" data-testid="training-dashboard-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PELATIHAN_PATH} size="sm">
          ← {t('pelatihanHasil.backHome')}
        </Anchor>
        <Title order={1} size="h2">
          {t('pelatihanHasil.dashboard.title')}
        </Title>
        {view && (
          <Text size="sm" c="dimmed" className={classes.wrap} data-testid="dashboard-scope">
            {t('pelatihanHasil.dashboard.scopeLine', { name: view.scope.name })}
          </Text>
        )}
      </Stack>
      <div className={classes.pickerRow}>
        <Select
          label={t('pelatihanHasil.scope.label')}
          placeholder={t('pelatihanHasil.scope.default')}
          data={choices}
          value={picked}
          onChange={pick}
          searchable
          nothingFoundMessage={t('search.empty')}
          comboboxProps={{ withinPortal: true }}
          size="md"
          className={classes.picker}
          data-testid="dashboard-scope-picker"
        />
        <Group gap="md" wrap="wrap" className={classes.pickerLinks}>
          {view && (
            <Anchor
              href={trainingDashboardXlsxUrl(exportQuery)}
              download
              size="sm"
              data-testid="dashboard-export"
            >
              <DownloadIcon />
              {t('pelatihanHasil.dashboard.export')}
            </Anchor>
          )}
          <Anchor
            component={Link}
            to={needsPath(view?.scope.kind === 'kawasan' ? { kawasanId: view.scope.ref } : null)}
            size="sm"
            data-testid="dashboard-needs-link"
          >
            {t('pelatihanHasil.needs.link')}
          </Anchor>
        </Group>
      </div>
      {dashboard.isPending ? (
        <LoadingState />
      ) : dashboard.isError ? (
        <PageLoadError
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          notFound={{
            title: t('pelatihanHasil.dashboard.notFoundTitle'),
            text: t('pelatihanHasil.dashboard.notFoundText'),
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
