import { Alert, Button, Group, List, NativeSelect, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingAttendanceGrid } from '../../../contracts/training-participant.contract';
import type { TrainingSessionView } from '../../../contracts/training-programme.contract';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import {
  attendanceBody,
  cellMark,
  changeCount,
  defaultDayIndex,
  type Mark,
  type MarkChanges,
  markUnmarkedPresent,
  nextMark,
  rowCompletion,
  setMark,
} from './attendance-model';
import classes from './pelatihan.module.css';
import { problemIssues } from './pelatihan-forms';
import { useDayText } from './use-day-text';
import { useAttendance, useRecordAttendance } from './use-pelatihan-queries';

type Row = TrainingAttendanceGrid['rows'][number];

const MARK_LOOK: Record<'hadir' | 'tidak_hadir' | 'none', { variant: string; color: string }> = {
  hadir: { variant: 'filled', color: 'teal' },
  tidak_hadir: { variant: 'light', color: 'red' },
  none: { variant: 'default', color: 'gray' },
};

interface CellProps {
  mark: Mark | null;
  changed: boolean;
  disabled: boolean;
  label: string;
  onToggle: () => void;
}

/** One participant on one day: a tap switches present ↔ absent. */
function MarkToggle({ mark, changed, disabled, label, onToggle }: CellProps) {
  const { t } = useTranslation();
  const look = MARK_LOOK[mark ?? 'none'];
  return (
    <Button
      size="compact-sm"
      variant={look.variant}
      color={look.color}
      disabled={disabled}
      onClick={onToggle}
      aria-label={label}
      aria-pressed={mark === 'hadir'}
      style={{ minWidth: '4.75rem', outline: changed ? '2px dashed var(--mantine-color-blue-5)' : undefined }}
      data-testid="attendance-cell"
      data-mark={mark ?? 'none'}
      data-changed={changed || undefined}
    >
      {t(`pelatihan.attendance.mark.${mark ?? 'none'}`)}
    </Button>
  );
}

function CompletionText({ percent, completed }: { percent: string; completed: boolean }) {
  const { t } = useTranslation();
  return (
    <Text
      size="sm"
      span
      fw={600}
      c={completed ? 'teal.8' : 'orange.8'}
      className={classes.number}
      data-testid="attendance-completion"
      data-completed={completed}
    >
      {percent.replace('.', t('pelatihan.decimalPoint'))} %
    </Text>
  );
}

/** Kehadiran: scheduled days × registered participants; changes are kept on screen until saved. */
export function AttendanceTab({ session }: { session: TrainingSessionView }) {
  const { t } = useTranslation();
  const grid = useAttendance(session.id);
  const record = useRecordAttendance(session.id);
  const wide = useWideLayout();
  const days = useDayText();
  const [changes, setChanges] = useState<MarkChanges>({});
  const [day, setDay] = useState<number | null>(null);
  const [saved, setSaved] = useState(0);
  if (grid.isPending) return <LoadingState />;
  if (grid.isError) return <PageLoadError error={grid.error} onRetry={() => void grid.refetch()} />;
  const g = grid.data;
  const editable = g.canRecord;
  const pending = changeCount(g, changes);
  const shownDay = day ?? defaultDayIndex(g);
  const markable = (i: number) => editable && g.days[i] !== undefined && !g.days[i]!.future;
  const toggle = (row: Row, i: number) =>
    setChanges((c) => setMark(g, c, row, i, nextMark(cellMark(g, c, row, i))));
  const cell = (row: Row, i: number) => {
    const mark = cellMark(g, changes, row, i);
    const date = g.days[i]?.date ?? '';
    return (
      <MarkToggle
        mark={mark}
        changed={mark !== (row.marks[i] ?? null)}
        disabled={!markable(i) || row.status !== 'terdaftar'}
        label={t('pelatihan.attendance.cellLabel', {
          name: row.name,
          day: days.day(date),
          mark: t(`pelatihan.attendance.mark.${mark ?? 'none'}`),
        })}
        onToggle={() => toggle(row, i)}
      />
    );
  };
  const completionOf = (row: Row) => {
    const c = rowCompletion(g, changes, row);
    return <CompletionText percent={c.percentText} completed={c.completed} />;
  };
  const save = () => {
    const body = attendanceBody(g, changes);
    if (!body) return;
    record.mutate(body, {
      onSuccess: () => {
        setChanges({});
        setSaved(body.marks.length);
      },
    });
  };
  const issues = problemIssues(record.error);

  return (
    <Stack gap="md" data-testid="attendance-tab">
      {saved > 0 && (
        <SuccessNote onClose={() => setSaved(0)}>
          {t('pelatihan.attendance.saved', { count: saved })}
        </SuccessNote>
      )}
      {!editable && g.recordRefusal && (
        <Alert color="gray" variant="light" data-testid="attendance-closed">
          <Text size="sm">{g.recordRefusal}</Text>
        </Alert>
      )}
      <SectionCard title={t('pelatihan.attendance.heading')} testId="attendance-grid">
        <Text size="sm" c="dimmed">
          {t('pelatihan.attendance.rule', { percent: g.minAttendancePercent })}
        </Text>
        {g.rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="attendance-empty">
            {t('pelatihan.attendance.empty')}
          </Text>
        ) : wide ? (
          <Table.ScrollContainer minWidth={360 + g.days.length * 96}>
            <Table
              verticalSpacing={6}
              withColumnBorders
              aria-label={t('pelatihan.attendance.heading')}
              data-testid="attendance-table"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" className={classes.stickyName}>
                    {t('pelatihan.participants.name')}
                  </Table.Th>
                  {g.days.map((d, i) => (
                    <Table.Th key={d.date} scope="col" className={classes.markCell}>
                      <Stack gap={2} align="center">
                        <span>{days.short(d.date)}</span>
                        <Text size="xs" c="dimmed" fw={400}>
                          {t('pelatihan.hours', { count: d.hours })}
                        </Text>
                        {markable(i) && (
                          <UnstyledButton
                            onClick={() => setChanges((c) => markUnmarkedPresent(g, c, i))}
                            fz="xs"
                            c="blue.8"
                            td="underline"
                            data-testid="attendance-all-present"
                          >
                            {t('pelatihan.attendance.allPresent')}
                          </UnstyledButton>
                        )}
                      </Stack>
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" className={classes.number}>
                    {t('pelatihan.attendance.completion')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.rows.map((row) => (
                  <Table.Tr
                    key={row.registrationId}
                    data-testid="attendance-row"
                    data-registration={row.registrationId}
                  >
                    <Table.Th scope="row" className={classes.stickyName} fw={500}>
                      <Text size="sm" className={classes.wrap}>
                        <Text span c="dimmed" className={classes.code}>
                          {row.code}
                        </Text>{' '}
                        {row.name}
                      </Text>
                    </Table.Th>
                    {g.days.map((d, i) => (
                      <Table.Td key={d.date} className={classes.markCell}>
                        {cell(row, i)}
                      </Table.Td>
                    ))}
                    <Table.Td className={classes.number}>{completionOf(row)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <Stack gap="sm">
            <NativeSelect
              label={t('pelatihan.attendance.day')}
              data={g.days.map((d, i) => ({
                value: String(i),
                label: `${days.short(d.date)} · ${t('pelatihan.hours', { count: d.hours })}`,
              }))}
              value={String(shownDay)}
              onChange={(e) => setDay(Number(e.currentTarget.value))}
              data-testid="attendance-day"
            />
            {markable(shownDay) && (
              <Group>
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => setChanges((c) => markUnmarkedPresent(g, c, shownDay))}
                  data-testid="attendance-all-present"
                >
                  {t('pelatihan.attendance.allPresent')}
                </Button>
              </Group>
            )}
            <ul className={classes.list} aria-label={t('pelatihan.attendance.heading')}>
              {g.rows.map((row) => (
                <li
                  key={row.registrationId}
                  className={classes.row}
                  data-testid="attendance-row"
                  data-registration={row.registrationId}
                >
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} className={classes.wrap}>
                        {row.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {row.code} · {t('pelatihan.attendance.completion')} {completionOf(row)}
                      </Text>
                    </Stack>
                    {cell(row, shownDay)}
                  </Group>
                </li>
              ))}
            </ul>
          </Stack>
        )}
        {g.hiddenCount > 0 && (
          <Text size="sm" c="dimmed">
            {t('pelatihan.participants.hidden', { count: g.hiddenCount })}
          </Text>
        )}
      </SectionCard>
      {record.isError && (
        <Stack gap={4}>
          <MutationErrorAlert error={record.error} title={t('common.notSavedTitle')} />
          {issues.length > 0 && (
            <List size="sm" spacing={2} data-testid="attendance-issues">
              {issues.slice(0, 20).map((i) => (
                <List.Item key={`${i.field}-${i.message}`}>{i.message}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {editable && (
        <div className={classes.stickyBar}>
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Text size="sm" data-testid="attendance-pending">
              {pending === 0
                ? t('pelatihan.attendance.noChanges')
                : t('pelatihan.attendance.pending', { count: pending })}
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="sm"
                variant="default"
                disabled={pending === 0 || record.isPending}
                onClick={() => setChanges({})}
              >
                {t('pelatihan.attendance.discard')}
              </Button>
              <Button
                size="sm"
                onClick={save}
                disabled={pending === 0}
                loading={record.isPending}
                data-testid="attendance-save"
              >
                {t('pelatihan.attendance.save')}
              </Button>
            </Group>
          </Group>
        </div>
      )}
    </Stack>
  );
}
