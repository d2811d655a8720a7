import { Alert, Box, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthlyReportView } from '../../../contracts/facilitation.contract';
import { PARTICIPANT_GROUPS, type ParticipantGroup } from '../../../domain/facilitation/activity-log';
import { MONTHLY_REPORT_FORMATS, monthlyReportUrl } from '../../api-client/facilitation-api';
import { numberLocale } from '../../i18n/i18n-setup';
import { ErrorState } from '../../shared/error-state';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useFormatNumber } from '../../shared/use-format-number';
import { useFormatBytes } from './evidence-list';
import classes from './pendampingan.module.css';
import { recentMonths } from './pendampingan-model';
import { useMonthlyReport } from './use-pendampingan-queries';

const MONTHS_OFFERED = 24;

/** "Maret 2026" for `2026-03`, in the reader's language. */
function useMonthName(): (month: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(numberLocale(i18n.resolvedLanguage ?? i18n.language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (month) => format.format(new Date(`${month}-01T00:00:00Z`));
}

/** A column heading; counts are set flush right. */
interface ReportColumn {
  label: string;
  right?: boolean;
}

/** A small table that scrolls sideways on a phone rather than widen the page. */
function ReportTable({
  label,
  columns,
  children,
  minWidth = 480,
  testId,
}: {
  label: string;
  columns: ReportColumn[];
  children: ReactNode;
  minWidth?: number;
  testId: string;
}) {
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {label}
      </Title>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table striped verticalSpacing={4} fz="sm" aria-label={label} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.label} scope="col" ta={c.right ? 'right' : undefined}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Report({ report }: { report: MonthlyReportView }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const formatNumber = useFormatNumber();
  const formatBytes = useFormatBytes();
  const { notCounted } = report;
  // The report names groups by their keys; known ones are shown with their labels.
  const groupLabel = (g: string) =>
    (PARTICIPANT_GROUPS as readonly string[]).includes(g)
      ? t(`pendampingan.group.${g as ParticipantGroup}`)
      : g;
  const waiting = notCounted.draf + notCounted.diajukan + notCounted.dikembalikan;
  const textRows = (rows: MonthlyReportView['outputs'], label: string, testId: string) =>
    rows.length > 0 && (
      <Stack gap={4}>
        <Title order={3} size="h5">
          {label}
        </Title>
        <ul className={classes.list} data-testid={testId}>
          {rows.map((r) => (
            <li key={`${r.entryId}-${r.date}`} className={classes.row}>
              <Text size="xs" c="dimmed">
                {format.date(r.date)} · {r.place}
              </Text>
              <Text size="sm" className={classes.prewrap}>
                {r.text}
              </Text>
            </li>
          ))}
        </ul>
      </Stack>
    );
  return (
    <Stack gap="md" data-testid="monthly-report" data-month={report.month}>
      <Alert color={report.activityCount > 0 ? 'teal' : 'gray'} variant="light" p="sm">
        <Text className={classes.statusLine} data-testid="monthly-report-status">
          {report.statusLine}
        </Text>
      </Alert>
      {waiting > 0 && (
        <Text size="sm" c="orange.8" data-testid="monthly-report-not-counted">
          {t('pendampingan.report.notCounted', {
            draf: notCounted.draf,
            diajukan: notCounted.diajukan,
            dikembalikan: notCounted.dikembalikan,
          })}
        </Text>
      )}
      <FactList narrow aria-label={t('pendampingan.report.summary')}>
        <Fact label={t('pendampingan.report.activities')} testId="report-activity-count">
          {formatNumber(report.activityCount)}
        </Fact>
        <Fact label={t('pendampingan.report.daysActive')} testId="report-days-active">
          {formatNumber(report.daysActive)}
        </Fact>
        <Fact label={t('pendampingan.report.participants')} testId="report-participants">
          {t('pendampingan.entry.participantsLong', {
            total: formatNumber(report.participants.total),
            women: formatNumber(report.participants.women),
            men: formatNumber(report.participants.men),
          })}
        </Fact>
        <Fact label={t('pendampingan.report.evidence')} testId="report-evidence">
          {report.evidence.length === 0
            ? t('pendampingan.report.noEvidence')
            : t('pendampingan.report.evidenceValue', {
                count: report.evidence.length,
                size: formatBytes(report.evidenceBytes),
              })}
        </Fact>
      </FactList>
      {report.participants.groups.length > 0 && (
        <Text size="sm">
          <strong>{t('pendampingan.entry.groups')}:</strong>{' '}
          {report.participants.groups.map(groupLabel).join(', ')}
        </Text>
      )}
      <ReportTable
        label={t('pendampingan.report.byCategory')}
        testId="report-by-category"
        minWidth={280}
        columns={[
          { label: t('pendampingan.entry.category') },
          { label: t('pendampingan.report.activities'), right: true },
        ]}
      >
        {report.byCategory.map((c) => (
          <Table.Tr key={c.category}>
            <Table.Td>{c.label}</Table.Td>
            <Table.Td className={classes.number}>{formatNumber(c.activities)}</Table.Td>
          </Table.Tr>
        ))}
      </ReportTable>
      {report.byPlace.length > 0 && (
        <ReportTable
          label={t('pendampingan.report.byPlace')}
          testId="report-by-place"
          columns={[
            { label: t('pendampingan.entry.place') },
            { label: t('pendampingan.report.activities'), right: true },
            { label: t('pendampingan.report.dates') },
          ]}
        >
          {report.byPlace.map((p) => (
            <Table.Tr key={`${p.kind}:${p.ref}`}>
              <Table.Td className={classes.wrap}>{p.name}</Table.Td>
              <Table.Td className={classes.number}>{formatNumber(p.activities)}</Table.Td>
              <Table.Td>{p.dates.map((d) => d.slice(8)).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </ReportTable>
      )}
      {report.activities.length > 0 && (
        <ReportTable
          label={t('pendampingan.report.activityList')}
          testId="report-activities"
          minWidth={640}
          columns={[
            { label: t('pendampingan.entry.date') },
            { label: t('pendampingan.entry.place') },
            { label: t('pendampingan.entry.category') },
            { label: t('pendampingan.entry.topic') },
            { label: t('pendampingan.entry.participantsShortHead'), right: true },
          ]}
        >
          {report.activities.map((a) => (
            <Table.Tr key={a.entryId}>
              <Table.Td className={classes.code}>{format.date(a.date)}</Table.Td>
              <Table.Td className={classes.wrap}>{a.place}</Table.Td>
              <Table.Td>{a.categoryLabel}</Table.Td>
              <Table.Td className={classes.wrap}>{a.topic}</Table.Td>
              <Table.Td className={classes.number}>
                {formatNumber(a.women)} / {formatNumber(a.men)}
              </Table.Td>
            </Table.Tr>
          ))}
        </ReportTable>
      )}
      {textRows(report.outputs, t('pendampingan.report.outputs'), 'report-outputs')}
      {textRows(report.followUps, t('pendampingan.report.followUps'), 'report-follow-ups')}
      {report.activityCount === 0 && (
        <Text size="sm" c="dimmed" data-testid="monthly-report-empty">
          {t('pendampingan.report.empty')}
        </Text>
      )}
    </Stack>
  );
}

interface MonthlyReportSectionProps {
  facilitatorId: string;
  month: string;
  today: string;
  onMonth: (month: string) => void;
}

/** The monthly report of approved entries: a month picker, the report as tables, PDF and XLSX. */
export function MonthlyReportSection({ facilitatorId, month, today, onMonth }: MonthlyReportSectionProps) {
  const { t } = useTranslation();
  const monthName = useMonthName();
  const report = useMonthlyReport(facilitatorId, month);
  const months = recentMonths(today, MONTHS_OFFERED);
  if (!months.includes(month)) months.push(month);
  return (
    <Box id="laporan-bulanan" style={{ scrollMarginTop: 80 }}>
      <SectionCard title={t('pendampingan.report.heading')} testId="monthly-report-section">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('pendampingan.report.month')}
            data={months.map((m) => ({ value: m, label: monthName(m) }))}
            value={month}
            onChange={(e) => onMonth(e.currentTarget.value)}
            style={{ flex: '1 1 12rem', maxWidth: 260 }}
            data-testid="monthly-report-month"
          />
          <Group gap="sm" wrap="wrap">
            {MONTHLY_REPORT_FORMATS.map((format) => (
              <Button
                key={format}
                component="a"
                href={monthlyReportUrl(facilitatorId, month, format)}
                download
                variant={format === 'pdf' ? 'filled' : 'light'}
                data-testid={`monthly-report-${format}`}
              >
                {t(format === 'pdf' ? 'pendampingan.report.pdf' : 'pendampingan.report.xlsx')}
              </Button>
            ))}
          </Group>
        </Group>
        {report.isPending ? (
          <LoadingState />
        ) : report.isError ? (
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        ) : (
          <Box style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
            <Report report={report.data} />
          </Box>
        )}
      </SectionCard>
    </Box>
  );
}
