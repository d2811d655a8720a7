import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressStatus } from '../../../contracts/rpkp.contract';
import { formatProgress } from '../../../domain/rpkp/budget';
import { kawasanDocumentUrl } from '../../api-client/kawasan-api';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import classes from './rpkp.module.css';

interface ProgressReportEntryProps {
  kawasanId: string;
  report: {
    reportedOn: string;
    status: ProgressStatus;
    progressBp: number;
    note: string | null;
  };
  /** The evidence, each a download link. */
  documents: readonly { id: string; title: string }[];
  /** The line under the heading: what was done and by whom, or which activity. */
  detail: ReactNode;
  /** The note in a quieter colour (the public page, where the activity's name leads). */
  dimNote?: boolean;
  evidenceTestId?: string;
}

/** One progress report in a timeline: its date, status and percentage, a line of detail, the note and the evidence. */
export function ProgressReportEntry({
  kawasanId,
  report,
  documents,
  detail,
  dimNote = false,
  evidenceTestId,
}: ProgressReportEntryProps) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={700}>
          {format.date(`${report.reportedOn}T00:00:00`)}
        </Text>
        <Badge size="sm" radius="sm" variant="light">
          {t(`rpkp.progressStatus.${report.status}`)}
        </Badge>
        <Text size="sm" fw={600}>
          {formatProgress(report.progressBp)}
        </Text>
      </Group>
      {detail}
      {report.note && (
        <Text size="sm" c={dimNote ? 'dimmed' : undefined} className={classes.quote}>
          {report.note}
        </Text>
      )}
      {documents.length > 0 && (
        <Group gap="xs" wrap="wrap">
          {documents.map((d) => (
            <Anchor
              key={d.id}
              href={kawasanDocumentUrl(kawasanId, d.id)}
              download
              size="xs"
              data-testid={evidenceTestId}
            >
              {d.title}
            </Anchor>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** A list of progress reports, newest first, or a quiet line when there are none. */
export function ProgressTimeline({
  label,
  testId,
  emptyText,
  emptyTestId,
  children,
}: {
  label: string;
  testId: string;
  emptyText: string;
  emptyTestId: string;
  /** One `<li>` per report. */
  children: readonly ReactNode[];
}) {
  if (children.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid={emptyTestId}>
        {emptyText}
      </Text>
    );
  }
  return (
    <ol className={classes.timeline} aria-label={label} data-testid={testId}>
      {children}
    </ol>
  );
}
