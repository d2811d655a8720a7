import { Alert, Anchor, Badge, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ConvergenceView } from '../../../contracts/convergence.contract';
import { convergenceApi } from '../../api-client/convergence-api';
import { kawasanApi } from '../../api-client/kawasan-api';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { useWideLayout } from '../../shared/use-wide-layout';
import { kawasanPath } from '../kawasan/kawasan-paths';
import classes from './convergence.module.css';
import {
  convergencePath,
  convergenceQueryOf,
  isZero,
  itemsByKey,
  kawasanChoices,
  matrixTable,
  originLines,
  rupiahText,
  yearChoices,
} from './convergence-model';
import { DANA_DESA_PATH } from './dana-desa-paths';

function useConvergence(kawasanId: string | null, year: number) {
  return useQuery({
    queryKey: ['dana-desa', 'konvergensi', kawasanId, year] as const,
    queryFn: ({ signal }) => convergenceApi.get({ kawasanId: kawasanId!, year }, signal),
    enabled: kawasanId !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

function useKawasanList() {
  return useQuery({
    queryKey: ['kawasan', 'choices'],
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 60_000,
  });
}

/** Total, by record, and how to read the figures. */
function Summary({ view }: { view: ConvergenceView }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('konvergensi.total')} testId="konvergensi-summary">
      <Text size="xl" fw={700} className={classes.number} ta="left" data-testid="konvergensi-total">
        {rupiahText(view.total.total)}
      </Text>
      <Group gap="md" wrap="wrap">
        {originLines(view).map((o) => (
          <Text key={o.code} size="sm" data-testid="konvergensi-origin" data-origin={o.code}>
            {t('konvergensi.originLine', { label: o.label, amount: rupiahText(o.amount) })}
          </Text>
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        {view.rpkp === null
          ? t('konvergensi.rpkpNone')
          : t(view.rpkp.inForce ? 'konvergensi.rpkpInForce' : 'konvergensi.rpkpLatest', {
              version: view.rpkp.version,
            })}
      </Text>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('konvergensi.notesTitle')}
        </Text>
        <List size="sm" spacing={2}>
          {view.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      </Stack>
    </SectionCard>
  );
}

/** Gaps and possible duplications, each with what to check. */
function Findings({ view }: { view: ConvergenceView }) {
  const { t } = useTranslation();
  const items = itemsByKey(view);
  return (
    <div className={classes.columns}>
      {view.gaps.length === 0 ? (
        <Alert color="teal" variant="light" data-testid="konvergensi-gaps-none">
          {t('konvergensi.noGaps')}
        </Alert>
      ) : (
        <Alert
          color="orange"
          variant="light"
          title={t('konvergensi.gapsTitle', { count: view.gaps.length })}
          data-testid="konvergensi-gaps"
        >
          <List size="sm" spacing={4}>
            {view.gaps.map((g) => (
              <List.Item
                key={g.sentence}
                data-testid="konvergensi-gap"
                data-kind={g.kind}
                data-target={g.stage?.stage ?? g.desa?.code ?? ''}
              >
                {g.sentence}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {view.duplications.length === 0 ? (
        <Alert color="teal" variant="light" data-testid="konvergensi-duplications-none">
          {t('konvergensi.noDuplications')}
        </Alert>
      ) : (
        <Alert
          color="yellow"
          variant="light"
          title={t('konvergensi.duplicationsTitle', { count: view.duplications.length })}
          data-testid="konvergensi-duplications"
        >
          <Stack gap="sm">
            {view.duplications.map((d) => (
              <Stack
                key={`${d.desa.code}-${d.stage}-${d.topic ?? ''}`}
                gap={2}
                data-testid="konvergensi-duplication"
              >
                <Text size="sm" className={classes.wrap}>
                  {d.sentence}
                </Text>
                <Text size="xs" fw={600}>
                  {t('konvergensi.duplicationItems')} ({rupiahText(d.amount)})
                </Text>
                <List size="xs" spacing={0}>
                  {d.itemKeys.map((key) => {
                    const item = items.get(key);
                    return (
                      <List.Item key={key} className={classes.wrap}>
                        {item
                          ? `${item.title} — ${item.agencyName} (${item.sourceLabel}): ${rupiahText(item.amount)}`
                          : key}
                      </List.Item>
                    );
                  })}
                </List>
              </Stack>
            ))}
          </Stack>
        </Alert>
      )}
    </div>
  );
}

/** Source × stage: a table that scrolls sideways on a phone, empty value-chain stages marked. */
function Matrix({ view }: { view: ConvergenceView }) {
  const { t } = useTranslation();
  const table = matrixTable(view);
  const title = t('konvergensi.matrixTitle');
  return (
    <SectionCard title={title} testId="konvergensi-matrix">
      <Text size="sm" c="dimmed">
        {t('konvergensi.matrixIntro')}
      </Text>
      {table.rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="konvergensi-no-money">
          {t('konvergensi.noMoney')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withColumnBorders verticalSpacing={4} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className={classes.sticky}>
                  {t('konvergensi.source')}
                </Table.Th>
                {table.columns.map((c) => (
                  <Table.Th
                    key={c.code}
                    scope="col"
                    ta="right"
                    data-empty={(c.chain && isZero(c.total)) || undefined}
                    className={classes.stageHead}
                  >
                    {c.label}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('konvergensi.allSources')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((r) => (
                <Table.Tr key={r.source} data-testid="konvergensi-matrix-row" data-source={r.source}>
                  <Table.Th scope="row" className={classes.sticky}>
                    {r.label}
                  </Table.Th>
                  {r.cells.map((c) => (
                    <Table.Td key={c.stage} className={classes.number} data-stage={c.stage}>
                      {isZero(c.total) ? '–' : rupiahText(c.total)}
                    </Table.Td>
                  ))}
                  <Table.Td className={classes.number} fw={700}>
                    {rupiahText(r.total)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" className={classes.sticky}>
                  {t('konvergensi.allSources')}
                </Table.Th>
                {table.columns.map((c) => (
                  <Table.Td
                    key={c.code}
                    className={classes.number}
                    fw={700}
                    data-testid="konvergensi-stage-total"
                    data-stage={c.code}
                    data-empty={(c.chain && isZero(c.total)) || undefined}
                  >
                    {c.chain && isZero(c.total) ? `⚠ ${t('konvergensi.emptyStage')}` : rupiahText(c.total)}
                  </Table.Td>
                ))}
                <Table.Td className={classes.number} fw={700}>
                  {rupiahText(table.total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

const sourcesText = (list: readonly { sourceLabel: string; amount: string }[]) =>
  list.map((s) => `${s.sourceLabel} ${rupiahText(s.amount)}`).join(' · ');

/** Per desa: a table on a wide screen, a list on a phone. */
function PerDesa({ view }: { view: ConvergenceView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const title = t('konvergensi.desaTitle');
  const name = (d: ConvergenceView['desa'][number]) => d.desa?.name ?? t('konvergensi.sharedRow');
  const detail = (d: ConvergenceView['desa'][number]) =>
    [
      d.bySource.length > 0 ? sourcesText(d.bySource) : d.desa ? t('konvergensi.noDesaMoney') : '',
      d.desa && d.sharedItemKeys.length > 0
        ? t('konvergensi.sharedItems', { count: d.sharedItemKeys.length })
        : '',
      d.desa && !d.member ? t('konvergensi.notMember') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <SectionCard title={title} testId="konvergensi-desa">
      <Text size="sm" c="dimmed">
        {t('konvergensi.desaIntro')}
      </Text>
      {wide ? (
        <Table striped verticalSpacing={4} fz="sm" aria-label={title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('konvergensi.desa')}</Table.Th>
              <Table.Th scope="col">{t('konvergensi.source')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('konvergensi.allSources')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.desa.map((d) => (
              <Table.Tr
                key={d.desa?.code ?? 'shared'}
                data-testid="konvergensi-desa-row"
                data-desa={d.desa?.code ?? ''}
              >
                <Table.Td fw={600}>{name(d)}</Table.Td>
                <Table.Td className={classes.wrap}>{detail(d)}</Table.Td>
                <Table.Td className={classes.number}>{rupiahText(d.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.desa.map((d) => (
            <li
              key={d.desa?.code ?? 'shared'}
              className={classes.row}
              data-testid="konvergensi-desa-row"
              data-desa={d.desa?.code ?? ''}
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" fw={600} className={classes.wrap}>
                  {name(d)}
                </Text>
                <Text size="sm" fw={700} className={classes.number}>
                  {rupiahText(d.total)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {detail(d)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** Per funder: a table on a wide screen, a list on a phone. */
function PerAgency({ view }: { view: ConvergenceView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const title = t('konvergensi.agenciesTitle');
  const stages = (a: ConvergenceView['agencies'][number]) => a.stages.map((s) => s.stageLabel).join(', ');
  if (view.agencies.length === 0)
    return (
      <SectionCard title={title} testId="konvergensi-agencies">
        <Text size="sm" c="dimmed">
          {t('konvergensi.noItems')}
        </Text>
      </SectionCard>
    );
  return (
    <SectionCard title={title} testId="konvergensi-agencies">
      {wide ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped verticalSpacing={4} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('konvergensi.agency')}</Table.Th>
                <Table.Th scope="col">{t('konvergensi.source')}</Table.Th>
                <Table.Th scope="col">{t('konvergensi.stages')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('konvergensi.allSources')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.agencies.map((a) => (
                <Table.Tr key={`${a.agencyKind}-${a.agencyName}`} data-testid="konvergensi-agency">
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {a.agencyName}
                    </Text>
                    {a.agencyKindLabel && (
                      <Text size="xs" c="dimmed">
                        {a.agencyKindLabel}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td className={classes.wrap}>{sourcesText(a.bySource)}</Table.Td>
                  <Table.Td className={classes.wrap}>{stages(a)}</Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(a.total)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.agencies.map((a) => (
            <li
              key={`${a.agencyKind}-${a.agencyName}`}
              className={classes.row}
              data-testid="konvergensi-agency"
            >
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" fw={600} className={classes.wrap}>
                  {a.agencyName}
                </Text>
                <Text size="sm" fw={700} className={classes.number}>
                  {rupiahText(a.total)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {[a.agencyKindLabel, sourcesText(a.bySource), stages(a)].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** Every record behind the figures, as a list on every screen. */
function Items({ view }: { view: ConvergenceView }) {
  const { t } = useTranslation();
  const title = t('konvergensi.itemsTitle', { count: view.items.length });
  return (
    <SectionCard title={title} testId="konvergensi-items">
      {view.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('konvergensi.noItems')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {view.items.map((i) => (
            <li key={i.key} className={classes.row} data-testid="konvergensi-item" data-origin={i.origin}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
                <Text size="sm" fw={600} className={classes.wrap}>
                  {i.title}
                </Text>
                <Text size="sm" fw={700} className={classes.number}>
                  {rupiahText(i.amount)}
                </Text>
              </Group>
              <Group gap={6} wrap="wrap">
                <Badge size="xs" radius="sm" variant="light" tt="none">
                  {i.originLabel}
                </Badge>
                {i.origin === 'dana_desa' && (
                  <Badge size="xs" radius="sm" variant="outline" color={i.linked ? 'teal' : 'gray'} tt="none">
                    {i.linked ? t('konvergensi.linked') : t('konvergensi.notLinked')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed" className={classes.wrap}>
                  {t('konvergensi.itemLine', {
                    agency: i.agencyName,
                    source: i.sourceLabel,
                    stage: i.stageLabel,
                  })}
                  {i.desa.length > 0 ? ` · ${i.desa.map((d) => d.name).join(', ')}` : ''}
                </Text>
              </Group>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/**
 * `/dana-desa/konvergensi?kawasan=<id>&tahun=<year>`: every source of money for a kawasan in a
 * year on one page — the total by record, the gaps and possible duplications with what to check,
 * source × value-chain stage, per desa, per funder, and every record behind the figures.
 */
export function ConvergencePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const asked = convergenceQueryOf(search);
  const currentYear = useMemo(() => new Date().getFullYear(), []);
  const year = asked.year ?? currentYear;
  const query = useConvergence(asked.kawasanId, year);
  const listed = useKawasanList();
  const view = query.data;
  const choices = kawasanChoices(listed.data?.items ?? [], view ? view.kawasan : null);
  useDocumentTitle(
    view
      ? t('konvergensi.documentTitleScope', { name: view.kawasan.name, year: view.year })
      : t('konvergensi.documentTitle'),
  );
  const only = choices.length === 1 ? choices[0]!.value : null;
  const go = (kawasanId: string | null, y: number) => {
    const path = convergencePath(kawasanId, y);
    setSearch(new URLSearchParams(path.split('?')[1] ?? ''), { replace: true });
  };
  useEffect(() => {
    if (!asked.kawasanId && only)
      setSearch(new URLSearchParams({ kawasan: only, tahun: String(year) }), { replace: true });
  }, [asked.kawasanId, only, year, setSearch]);
  return (
    <Stack gap="lg" data-testid="konvergensi-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={DANA_DESA_PATH} size="sm">
          ← {t('konvergensi.back')}
        </Anchor>
        <Title order={1} size="h2">
          {t('konvergensi.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('konvergensi.intro')}
        </Text>
        {view && (
          <Text size="sm" className={classes.wrap} data-testid="konvergensi-place">
            {t('konvergensi.placeLine', {
              name: view.kawasan.name,
              count: view.kawasan.desaCount,
              year: view.year,
            })}
            {' · '}
            <Anchor component={Link} to={kawasanPath(view.kawasan.id)} inherit>
              {t('konvergensi.kawasanLink')}
            </Anchor>
          </Text>
        )}
      </Stack>
      <div className={classes.pickerRow}>
        <Select
          label={t('konvergensi.kawasanPicker')}
          placeholder={t('konvergensi.kawasanPlaceholder')}
          data={choices}
          value={asked.kawasanId}
          onChange={(value) => go(value, year)}
          searchable
          nothingFoundMessage={t('konvergensi.noKawasanFound')}
          comboboxProps={{ withinPortal: true }}
          size="md"
          className={classes.picker}
          data-testid="konvergensi-kawasan-picker"
        />
        <Select
          label={t('konvergensi.yearPicker')}
          data={yearChoices(currentYear, year).map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(value) => value && go(asked.kawasanId, Number.parseInt(value, 10))}
          allowDeselect={false}
          size="md"
          className={classes.year}
          data-testid="konvergensi-year-picker"
        />
      </div>
      {!asked.kawasanId ? (
        <Text size="sm" c="dimmed" data-testid="konvergensi-choose">
          {listed.isPending
            ? t('app.loading')
            : choices.length === 0
              ? t('konvergensi.noKawasan')
              : t('konvergensi.choose')}
        </Text>
      ) : query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <PageLoadError
          error={query.error}
          onRetry={() => void query.refetch()}
          notFound={{ title: t('konvergensi.notFoundTitle'), text: t('konvergensi.notFoundText') }}
        />
      ) : (
        <Stack gap="lg" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          <Summary view={query.data} />
          <Findings view={query.data} />
          <Matrix view={query.data} />
          <PerDesa view={query.data} />
          <PerAgency view={query.data} />
          <Items view={query.data} />
        </Stack>
      )}
    </Stack>
  );
}
