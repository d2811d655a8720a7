import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ReportImportResult,
  ReportList,
  ReportView,
} from '../../../contracts/enterprise-report.contract';
import { isApiError } from '../../api-client/api-error';
import { reportTemplateUrl } from '../../api-client/usaha-api';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SheetImportPanel } from '../../shared/sheet-import-panel';
import { SuccessNote } from '../../shared/success-note';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import classes from './reports.module.css';
import { ReportForm } from './reports-form';
import {
  amountBarPercent,
  emptyReportValues,
  largestAmount,
  newestFirst,
  type ReportValues,
  reportBody,
  reportValuesOf,
  rupiahText,
} from './reports-model';
import { useDeleteReport, useImportReports, useReports, useSaveReport } from './reports-queries';
import { useCodeLabel } from './value-chain-labels';
import { PERFORMANCE_COLORS } from './value-chain-model';

type TrendPoint = ReportList['trend']['semester'][number];

/** The colours of the figures of a period, the same in every bar. */
const METRIC_COLORS = {
  revenue: 'blue',
  costs: 'orange',
  netResult: 'teal',
  pades: 'grape',
} as const;
type Metric = keyof typeof METRIC_COLORS;
const METRICS: readonly Metric[] = ['revenue', 'costs', 'netResult', 'pades'];

/** The performance class of the enterprise, its latest result and PADes. */
function Summary({ list }: { list: ReportList }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <SectionCard title={t('usahaHasil.reports.summaryTitle')} testId="report-summary">
      <Group gap="sm" wrap="wrap" align="center">
        <Badge
          size="lg"
          radius="sm"
          variant="light"
          color={PERFORMANCE_COLORS[list.performance]}
          tt="none"
          data-testid="report-performance"
          data-performance={list.performance}
        >
          {label('performance', list.performance, list.performanceLabel)}
        </Badge>
        {list.latest && (
          <Text size="sm" data-testid="report-latest">
            {t('usahaHasil.reports.latest', {
              label: list.latest.label,
              net: rupiahText(list.latest.netResult),
            })}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {list.performanceNote}
      </Text>
      <Text size="sm" data-testid="report-pades-total">
        {t('usahaHasil.reports.padesTotal', { amount: rupiahText(list.trend.padesTotal) })}
      </Text>
    </SectionCard>
  );
}

/** One figure of a period: its name and amount over a bar sized against the largest shown. */
function MetricBar({ metric, amount, largest }: { metric: Metric; amount: string; largest: bigint }) {
  const { t } = useTranslation();
  const negative = amount.startsWith('-');
  const color = negative ? 'red' : METRIC_COLORS[metric];
  return (
    <div className={classes.metric} data-testid={`trend-${metric}`}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Text size="xs">{t(`usahaHasil.metric.${metric}`)}</Text>
        <Text size="xs" fw={600} className={classes.number} c={negative ? 'red.8' : undefined}>
          {rupiahText(amount)}
        </Text>
      </Group>
      <div className={classes.track} aria-hidden>
        <div
          className={classes.bar}
          style={{
            width: `${amountBarPercent(amount, largest)}%`,
            background: `var(--mantine-color-${color}-6)`,
          }}
        />
      </div>
    </div>
  );
}

/** "▲ 12,5 %" against the previous period of the same kind. */
function ChangeText({ point }: { point: TrendPoint }) {
  const { t } = useTranslation();
  const change = point.change?.revenue;
  if (!change || change.percentText === null) return null;
  const up = !change.amount.startsWith('-');
  return (
    <Text size="xs" c={up ? 'teal.8' : 'red.8'} component="span">
      {t(up ? 'usahaHasil.reports.changeUp' : 'usahaHasil.reports.changeDown', {
        percent: change.percentText.replace('-', '').replace('.', t('pelatihan.decimalPoint')),
      })}
    </Text>
  );
}

/** The trend of the semesters or of the years: per period a bar per figure, and PADes per year. */
function Trend({ list }: { list: ReportList }) {
  const { t } = useTranslation();
  const kinds = (['semester', 'tahun'] as const).filter((k) => list.trend[k].length > 0);
  const [picked, setPicked] = useState<'semester' | 'tahun'>(kinds[0] ?? 'semester');
  const kind = kinds.includes(picked) ? picked : (kinds[0] ?? 'semester');
  const points = list.trend[kind];
  const largest = largestAmount(points.flatMap((p) => [p.revenue, p.costs, p.netResult, p.pades]));
  const padesLargest = largestAmount(list.trend.padesByYear.map((y) => y.amount));
  return (
    <SectionCard
      title={t('usahaHasil.reports.trendTitle')}
      testId="report-trend"
      actions={
        kinds.length > 1 ? (
          <SegmentedControl
            size="xs"
            value={kind}
            onChange={(v) => setPicked(v as 'semester' | 'tahun')}
            data={[
              { value: 'semester', label: t('usahaHasil.reports.semesters') },
              { value: 'tahun', label: t('usahaHasil.reports.years') },
            ]}
            data-testid="report-trend-kind"
          />
        ) : null
      }
    >
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('usahaHasil.reports.noTrend')}
        </Text>
      ) : (
        <ul className={classes.periods} aria-label={t('usahaHasil.reports.trendTitle')}>
          {[...points].reverse().map((p) => (
            <li key={p.period} data-testid="trend-period" data-period={p.period}>
              <Group justify="space-between" gap="xs" mb={4}>
                <Text size="sm" fw={700}>
                  {p.label}
                </Text>
                <ChangeText point={p} />
              </Group>
              <div className={classes.metrics}>
                {METRICS.map((m) => (
                  <MetricBar key={m} metric={m} amount={p[m]} largest={largest} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {list.trend.padesByYear.length > 0 && (
        <Stack gap={6} data-testid="report-pades-years">
          <Text size="sm" fw={600}>
            {t('usahaHasil.reports.padesByYear')}
          </Text>
          {list.trend.padesByYear.map((y) => (
            <div key={y.year} className={classes.metric} data-testid="pades-year" data-year={y.year}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="xs">{y.year}</Text>
                <Text size="xs" fw={600} className={classes.number}>
                  {rupiahText(y.amount)}
                </Text>
              </Group>
              <div className={classes.track} aria-hidden>
                <div
                  className={classes.bar}
                  style={{
                    width: `${amountBarPercent(y.amount, padesLargest)}%`,
                    background: `var(--mantine-color-${METRIC_COLORS.pades}-6)`,
                  }}
                />
              </div>
            </div>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}

function SourceBadge({ report }: { report: ReportView }) {
  const { t } = useTranslation();
  return (
    <Badge size="xs" radius="sm" variant="outline" color="gray" tt="none">
      {t(report.source === 'impor' ? 'usahaHasil.reports.sourceImport' : 'usahaHasil.reports.sourceForm')}
    </Badge>
  );
}

/** The stored reports, newest first: a table on a laptop, a list on a phone. */
function ReportRows({
  list,
  onEdit,
  onDelete,
}: {
  list: ReportList;
  onEdit: (r: ReportView) => void;
  onDelete: (r: ReportView) => void;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const formatNumber = useFormatNumber();
  const rows = [...list.reports].reverse();
  const title = t('usahaHasil.reports.listTitle', { count: rows.length });
  const actions = (r: ReportView) =>
    list.canManage ? (
      <Group gap={4} wrap="nowrap" justify="flex-end">
        <Button size="compact-xs" variant="light" onClick={() => onEdit(r)} data-testid="report-edit">
          {t('common.edit')}
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => onDelete(r)}
          data-testid="report-delete"
        >
          {t('usahaHasil.reports.delete')}
        </Button>
      </Group>
    ) : null;
  return (
    <SectionCard title={title} testId="report-list">
      {list.warnings.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          title={t('usahaHasil.reports.warningsTitle')}
          data-testid="report-warnings"
        >
          <List size="sm" spacing={2}>
            {list.warnings.map((w) => (
              <List.Item key={`${w.period}-${w.field}`}>{w.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="report-list-empty">
          {list.canManage ? t('usahaHasil.reports.emptyManage') : t('usahaHasil.reports.empty')}
        </Text>
      ) : wide ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing={4} fz="sm" aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('usahaHasil.form.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.metric.revenue')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.metric.costs')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.metric.netResult')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.metric.pades')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.metric.assets')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('usahaHasil.metric.workers')}
                </Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('usahaHasil.reports.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} data-testid="report-row" data-period={r.period}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" fw={600}>
                        {r.label}
                      </Text>
                      <SourceBadge report={r} />
                    </Group>
                  </Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(r.revenue)}</Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(r.costs)}</Table.Td>
                  <Table.Td className={classes.number} c={r.netResult.startsWith('-') ? 'red.8' : undefined}>
                    {rupiahText(r.netResult)}
                  </Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(r.split.pades)}</Table.Td>
                  <Table.Td className={classes.number}>{rupiahText(r.assets)}</Table.Td>
                  <Table.Td className={classes.number}>{formatNumber(r.workers)}</Table.Td>
                  <Table.Td>{actions(r)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <ul className={classes.list} aria-label={title}>
          {rows.map((r) => (
            <li key={r.id} className={classes.row} data-testid="report-row" data-period={r.period}>
              <Stack gap={4}>
                <Group justify="space-between" gap="xs">
                  <Group gap={6}>
                    <Text fw={600}>{r.label}</Text>
                    <SourceBadge report={r} />
                  </Group>
                  {actions(r)}
                </Group>
                {(
                  [
                    ['revenue', r.revenue],
                    ['costs', r.costs],
                    ['netResult', r.netResult],
                    ['pades', r.split.pades],
                    ['assets', r.assets],
                  ] as const
                ).map(([metric, amount]) => (
                  <Group key={metric} justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm">{t(`usahaHasil.metric.${metric}`)}</Text>
                    <Text
                      size="sm"
                      className={classes.number}
                      c={metric === 'netResult' && amount.startsWith('-') ? 'red.8' : undefined}
                    >
                      {rupiahText(amount)}
                    </Text>
                  </Group>
                ))}
                <Text size="xs" c="dimmed">
                  {t('usahaHasil.reports.workersLine', { count: r.workers })}
                </Text>
              </Stack>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

/** "Unduh templat" and "Impor XLSX": every row of the sheet is stored, or none and every bad row said. */
function SheetImport({ eid, onStart }: { eid: string; onStart: () => void }) {
  const { t } = useTranslation();
  const upload = useImportReports(eid);
  return (
    <SheetImportPanel
      variant="card"
      testIdPrefix="report"
      title={t('usahaHasil.sheet.title')}
      hint={t('usahaHasil.sheet.hint')}
      templateUrl={reportTemplateUrl(eid)}
      upload={upload}
      variables={(input) => input}
      onStart={onStart}
      texts={{
        template: t('usahaHasil.sheet.template'),
        import: t('usahaHasil.sheet.import'),
        reading: t('usahaHasil.sheet.reading'),
        uploading: (percent) => t('usahaHasil.sheet.uploading', { percent }),
        doneTitle: t('usahaHasil.sheet.doneTitle'),
        failedTitle: t('usahaHasil.sheet.failedTitle'),
        nothingImported: t('usahaHasil.sheet.nothingImported'),
      }}
      failure={(error) => {
        const lines = problemIssues(error).map((i) =>
          i.field && i.field !== 'body' && !i.message.startsWith('Baris')
            ? `${i.field}: ${i.message}`
            : i.message,
        );
        return { lines, message: isApiError(error) && lines.length === 0 ? error.message : undefined };
      }}
      done={(result: ReportImportResult, fileName) => (
        <>
          <Text size="sm">{t('usahaHasil.sheet.done', { count: result.imported, file: fileName })}</Text>
          {result.created.length > 0 && (
            <Text size="sm">{t('usahaHasil.sheet.created', { periods: result.created.join(', ') })}</Text>
          )}
          {result.replaced.length > 0 && (
            <Text size="sm">{t('usahaHasil.sheet.replaced', { periods: result.replaced.join(', ') })}</Text>
          )}
          {result.warnings.map((w) => (
            <Text key={`${w.period}-${w.field}`} size="sm" c="yellow.9">
              {w.message}
            </Text>
          ))}
        </>
      )}
    />
  );
}

/** The form of a new report or a correction, with its heading. */
function ReportEditor({
  eid,
  list,
  editing,
  onDone,
  onCancel,
}: {
  eid: string;
  list: ReportList;
  editing: { values: ReportValues; label: string } | null;
  onDone: (label: string, warnings: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveReport(eid);
  const periods = editing
    ? [{ period: editing.values.period, label: editing.label }]
    : newestFirst(list.openPeriods);
  const initial = editing?.values ?? emptyReportValues(periods[0]?.period ?? '');
  const ref = useRef<HTMLDivElement>(null);
  const opened = editing?.values.period ?? 'baru';
  // Opened from a row far below: bring the form into view.
  useEffect(() => {
    if (opened) ref.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
  }, [opened]);
  return (
    <Paper ref={ref} withBorder radius="md" p={{ base: 'sm', sm: 'lg' }} data-testid="report-editor">
      <Stack gap="sm">
        <Text fw={700} size="lg" component="h2" m={0}>
          {editing ? t('usahaHasil.form.editTitle', { label: editing.label }) : t('usahaHasil.form.newTitle')}
        </Text>
        <ReportForm
          key={editing?.values.period ?? 'baru'}
          initial={initial}
          periods={periods}
          fixedPeriod={editing !== null}
          today={list.today}
          pending={save.isPending}
          error={save.error}
          onSubmit={(values) =>
            save.mutate(
              { period: values.period, body: reportBody(values) },
              {
                onSuccess: (r) =>
                  onDone(
                    r.report.label,
                    r.warnings.map((w) => w.message),
                  ),
              },
            )
          }
          onCancel={() => {
            save.reset();
            onCancel();
          }}
        />
      </Stack>
    </Paper>
  );
}

/**
 * Laporan: the enterprise's semester and annual reports — the performance class and PADes, the
 * trend of revenue, costs, net result and PADes, every report with its figures, the form (the
 * split checked live as the user types) and the XLSX sheet (template and import, all rows or
 * none). Buttons only when the API says the user may manage the enterprise.
 */
export function ReportsTab({ eid }: { eid: string }) {
  const { t } = useTranslation();
  const reports = useReports(eid);
  const remove = useDeleteReport(eid);
  const [mode, setMode] = useState<'closed' | 'new' | { values: ReportValues; label: string }>('closed');
  const [saved, setSaved] = useState<{ text: string; warnings: string[] } | null>(null);
  const [deleting, setDeleting] = useState<ReportView | null>(null);
  if (reports.isPending) return <LoadingState />;
  if (reports.isError)
    return (
      <PageLoadError
        error={reports.error}
        onRetry={() => void reports.refetch()}
        notFound={{
          title: t('usahaHasil.reports.notFoundTitle'),
          text: t('usahaHasil.reports.notFoundText'),
        }}
      />
    );
  const list = reports.data;
  return (
    <Stack gap="lg" data-testid="reports-tab">
      <Summary list={list} />
      {saved && (
        <Stack gap={4}>
          <SuccessNote onClose={() => setSaved(null)}>{saved.text}</SuccessNote>
          {saved.warnings.map((w) => (
            <Text key={w} size="sm" c="yellow.9" data-testid="report-saved-warning">
              {w}
            </Text>
          ))}
        </Stack>
      )}
      {list.canManage &&
        (mode === 'closed' ? (
          <Stack gap={4}>
            <Button
              className={classes.primaryAction}
              onClick={() => {
                setSaved(null);
                setMode('new');
              }}
              disabled={list.openPeriods.length === 0}
              data-testid="report-new"
            >
              {t('usahaHasil.reports.new')}
            </Button>
            {list.openPeriods.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('usahaHasil.reports.noOpenPeriods')}
              </Text>
            )}
          </Stack>
        ) : (
          <ReportEditor
            eid={eid}
            list={list}
            editing={mode === 'new' ? null : mode}
            onDone={(label, warnings) => {
              setMode('closed');
              setSaved({ text: t('usahaHasil.reports.saved', { label }), warnings });
            }}
            onCancel={() => setMode('closed')}
          />
        ))}
      <Trend list={list} />
      <ReportRows
        list={list}
        onEdit={(r) => {
          setSaved(null);
          setMode({
            values: reportValuesOf({
              period: r.period,
              revenue: r.revenue,
              costs: r.costs,
              assets: r.assets,
              workers: r.workers,
              womenWorkers: r.womenWorkers,
              splitPades: r.split.pades,
              splitCapital: r.split.capital,
              splitOther: r.split.other,
              splitOtherNote: r.split.otherNote,
              decidedOn: r.split.decidedOn,
            }),
            label: r.label,
          });
        }}
        onDelete={(r) => {
          remove.reset();
          setDeleting(r);
        }}
      />
      {list.canManage && <SheetImport eid={eid} onStart={() => setSaved(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        title={t('usahaHasil.reports.deleteTitle')}
        text={t('usahaHasil.reports.deleteText', { label: deleting?.label ?? '' })}
        confirmLabel={t('usahaHasil.reports.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.period, {
            onSuccess: (r) => {
              setDeleting(null);
              setSaved({ text: t('usahaHasil.reports.deleted', { label: r.label }), warnings: [] });
            },
          });
        }}
      />
    </Stack>
  );
}
