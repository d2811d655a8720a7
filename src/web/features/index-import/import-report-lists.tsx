import { Anchor, Button, Group, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Children, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndexImportReport } from '../../../contracts/index-import.contract';
import { IDM_STATUSES, type IdmStatus } from '../../../domain/village-index/idm.types';
import { SectionCard } from '../../shared/section-card';
import { useFormatNumber } from '../../shared/use-format-number';
import { regionPath } from '../regions/region-labels';
import { IdmStatusBadge } from '../village-index/idm-status-badge';
import { useFormatIndex } from '../village-index/use-format-index';
import classes from './import-report.module.css';

const isStatus = (s: string): s is IdmStatus => (IDM_STATUSES as readonly string[]).includes(s);

function Status({ value }: { value: string }) {
  return isStatus(value) ? <IdmStatusBadge status={value} size="sm" /> : <Text span>{value}</Text>;
}

/** Rows shown before "show all": a phone should reach the next list without scrolling past 50. */
const FIRST_ROWS = 10;

type ReportSection = 'unplaced' | 'disagreements' | 'inconsistent' | 'rejected';

/** A titled list of report rows, the first ones open, saying how many of the total are shown. */
function ReportList({
  section,
  list,
  intro,
  children,
}: {
  section: ReportSection;
  /** The report's list: how many rows there are in all, and those it carries. */
  list: { count: number; rows: readonly unknown[] };
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const [open, setOpen] = useState(false);
  const rows = Children.toArray(children);
  const visible = open ? rows : rows.slice(0, FIRST_ROWS);
  const testId = `report-${section}`;
  return (
    <SectionCard title={t(`indexImport.${section}.heading`, { count: format(list.count) })} testId={testId}>
      {intro}
      <ul className={classes.list}>{visible}</ul>
      {visible.length < rows.length && (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() => setOpen(true)}
            data-testid={`${testId}-all`}
          >
            {t('indexImport.showAll', { count: rows.length })}
          </Button>
        </Group>
      )}
      {list.rows.length < list.count && (open || rows.length <= FIRST_ROWS) && (
        <Text size="xs" c="dimmed">
          {t('indexImport.showingFirst', { shown: format(list.rows.length), count: format(list.count) })}
        </Text>
      )}
    </SectionCard>
  );
}

/** The desa code a row is about. */
function RowCode({ code }: { code: string }) {
  return (
    <Text span fw={700} className={classes.code}>
      {code}
    </Text>
  );
}

/** What the import wrote about a row, one point each. */
function Notes({ notes }: { notes: readonly string[] }) {
  return (
    <List size="sm" spacing={2} className={classes.name}>
      {notes.map((note) => (
        <List.Item key={note}>{note}</List.Item>
      ))}
    </List>
  );
}

function Unplaced({ unplaced }: { unplaced: IndexImportReport['unplaced'] }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const where = (r: IndexImportReport['unplaced']['rows'][number]) =>
    r.line !== null
      ? t('indexImport.unplaced.where.line', { year: r.year, line: format(r.line) })
      : r.file !== null
        ? t('indexImport.unplaced.where.file', { year: r.year, file: r.file })
        : t('indexImport.unplaced.where.year', { year: r.year });
  return (
    <ReportList
      section="unplaced"
      list={unplaced}
      intro={
        <Text size="sm">
          {t('indexImport.unplaced.intro')}{' '}
          {unplaced.withCandidate > 0 &&
            t('indexImport.unplaced.withCandidate', { count: format(unplaced.withCandidate) })}
        </Text>
      }
    >
      {unplaced.rows.map((r) => (
        <li key={`${r.code}-${r.year}`} className={classes.item}>
          <Group gap="xs" wrap="wrap">
            <RowCode code={r.code} />
            <Text span className={classes.name}>
              {r.name}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" className={classes.name}>
            {where(r)}
          </Text>
          {r.candidate ? (
            <Stack gap={0}>
              <Text size="sm">
                <Anchor component={Link} to={regionPath(r.candidate.code)} inherit>
                  {t('indexImport.unplaced.candidate', {
                    name: r.candidate.name,
                    code: r.candidate.codeDotted,
                  })}
                </Anchor>
              </Text>
              <Text size="xs" c="dimmed">
                {r.candidate.basis}
              </Text>
              {r.candidate.alsoInImport && (
                <Text size="xs" c="orange.9">
                  {t('indexImport.unplaced.alsoInImport')}
                </Text>
              )}
            </Stack>
          ) : (
            <Text size="xs" c="dimmed">
              {r.noCandidateReason ?? t('indexImport.unplaced.noCandidate')}
            </Text>
          )}
        </li>
      ))}
    </ReportList>
  );
}

function Disagreements({ disagreements }: { disagreements: IndexImportReport['disagreements'] }) {
  const { t } = useTranslation();
  const formatIndex = useFormatIndex();
  const statusName = (value: string) => (isStatus(value) ? t(`villageIndex.status.${value}`) : value);
  return (
    <ReportList section="disagreements" list={disagreements}>
      {disagreements.rows.map((r) => (
        <li key={`${r.code}-${r.year}`} className={classes.item}>
          <RowCode code={r.code} />
          <Group gap={6} wrap="wrap" align="center" aria-hidden="true">
            <Text size="sm">
              {t('indexImport.disagreements.value', { year: r.year, value: formatIndex(r.value) })}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('indexImport.disagreements.official')}
              </Text>
              <Status value={r.official} />
            </Group>
            <Text size="sm">→</Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed">
                {t('indexImport.disagreements.computed')}
              </Text>
              <Status value={r.computed} />
            </Group>
          </Group>
          <VisuallyHidden>
            {t('indexImport.disagreements.row', {
              year: r.year,
              value: formatIndex(r.value),
              official: statusName(r.official),
              computed: statusName(r.computed),
            })}
          </VisuallyHidden>
        </li>
      ))}
    </ReportList>
  );
}

function Inconsistent({ inconsistent }: { inconsistent: IndexImportReport['inconsistent'] }) {
  const { t } = useTranslation();
  return (
    <ReportList
      section="inconsistent"
      list={inconsistent}
      intro={<Text size="sm">{t('indexImport.inconsistent.intro')}</Text>}
    >
      {inconsistent.rows.map((r) => (
        <li key={`${r.code}-${r.year}-${r.file ?? ''}`} className={classes.item}>
          <RowCode code={r.code} />
          <Text size="xs" c="dimmed" className={classes.name}>
            {r.file ? t('indexImport.inconsistent.where', { year: r.year, file: r.file }) : r.year}
          </Text>
          <Notes notes={r.notes} />
        </li>
      ))}
    </ReportList>
  );
}

function Rejected({ rejected }: { rejected: IndexImportReport['rejected'] }) {
  const { t } = useTranslation();
  return (
    <ReportList
      section="rejected"
      list={rejected}
      intro={<Text size="sm">{t('indexImport.rejected.intro')}</Text>}
    >
      {rejected.rows.map((r) => (
        <li key={r.file} className={classes.item}>
          <Text span fw={700} className={classes.name}>
            {r.file}
          </Text>
          <Notes notes={r.problems} />
        </li>
      ))}
    </ReportList>
  );
}

/** Everything the import could not place or that does not add up, each only when there is some. */
export function ImportReportLists({ report }: { report: IndexImportReport }) {
  return (
    <>
      {report.rejected.count > 0 && <Rejected rejected={report.rejected} />}
      {report.inconsistent.count > 0 && <Inconsistent inconsistent={report.inconsistent} />}
      {report.disagreements.count > 0 && <Disagreements disagreements={report.disagreements} />}
      {report.unplaced.count > 0 && <Unplaced unplaced={report.unplaced} />}
    </>
  );
}
