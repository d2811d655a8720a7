import { Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdmStatus } from '../../../domain/village-index/idm.types';
import classes from './idm-ranking.module.css';
import { IdmStatusBadge, NotScored } from './idm-status-badge';
import type { RankingSort } from './region-index-figures';
import { useFormatIndex } from './use-format-index';

/**
 * The pieces the rankings of regions and of desa share: the sort control, the table (wide
 * screens) or list (phones), and "Tampilkan semua" after the first rows.
 */

const SORTS: readonly RankingSort[] = ['idm', 'name', 'code'];
/** Rows shown before "Tampilkan semua", so what follows the ranking stays within reach on a phone. */
const FIRST_ROWS = 10;
/** Hiding only two or three rows would not be worth a button. */
const FOLD_MARGIN = 3;

export interface RowFold<T> {
  rows: readonly T[];
  /** Whether some rows are hidden until asked for. */
  folds: boolean;
  all: boolean;
  total: number;
  toggle(): void;
}

/** The first rows of `items`, or all of them once asked. */
export function useRowFold<T>(items: readonly T[]): RowFold<T> {
  const [all, setAll] = useState(false);
  const folds = items.length > FIRST_ROWS + FOLD_MARGIN;
  return {
    rows: folds && !all ? items.slice(0, FIRST_ROWS) : items,
    folds,
    all,
    total: items.length,
    toggle: () => setAll(!all),
  };
}

/** "Tampilkan semua (37)" / "Tampilkan 10 teratas", when the rows fold. */
export function FoldButton({ fold, testId }: { fold: RowFold<unknown>; testId: string }) {
  const { t } = useTranslation();
  if (!fold.folds) return null;
  return (
    <Group justify="center">
      <Button variant="light" size="compact-md" onClick={fold.toggle} data-testid={testId}>
        {fold.all
          ? t('regionIndex.showFewer', { count: FIRST_ROWS })
          : t('regionIndex.showAll', { count: fold.total })}
      </Button>
    </Group>
  );
}

interface SortControlProps {
  hint: string;
  sort: RankingSort;
  onChange(sort: RankingSort): void;
  testId: string;
}

/** What the ranking is by, and "Urutkan menurut: Nilai IDM | Nama | Kode". */
export function RankingSortControl({ hint, sort, onChange, testId }: SortControlProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
      <Group gap={8} wrap="nowrap">
        <Text size="sm" id={`${id}-sort`}>
          {t('regionIndex.sortLabel')}
        </Text>
        <SegmentedControl
          size="xs"
          value={sort}
          onChange={(value) => onChange(value as RankingSort)}
          data={SORTS.map((value) => ({ value, label: t(`regionIndex.sort.${value}`) }))}
          aria-labelledby={`${id}-sort`}
          data-testid={testId}
        />
      </Group>
    </Group>
  );
}

export interface RankingColumn {
  label: string;
  className?: string;
}

interface RankingTableProps {
  label: string;
  testId: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  columns: readonly RankingColumn[];
  /** The rows, `<Table.Tr>` each. */
  children: ReactNode;
}

/** A ranking on a wide screen: a striped table, one row per region or desa. */
export function RankingTable({ label, testId, minWidth, columns, children }: RankingTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.label} scope="col" className={column.className}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A ranking on a phone: a numbered list, `<RankingListItem>` each. */
export function RankingList({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <ol className={classes.list} aria-label={label} data-testid={testId}>
      {children}
    </ol>
  );
}

interface RankingListItemProps {
  testId: string;
  rank: number | null;
  /** The name, usually a link to its page. */
  name: ReactNode;
  /** The dotted code, beside the name. */
  code?: string;
  /** The value with its status, under the name. */
  value: ReactNode;
  /** A line of further figures, beside the value. */
  detail?: ReactNode;
}

/** One row of a ranking on a phone: "3. Name ... code", then the value and further figures. */
export function RankingListItem({ testId, rank, name, code, value, detail }: RankingListItemProps) {
  return (
    <li className={classes.item} data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="baseline">
        <Group gap={6} wrap="nowrap" align="baseline" className={classes.name}>
          <Text span size="sm" c="dimmed" className={classes.number}>
            {rank === null ? '–' : `${rank}.`}
          </Text>
          {name}
        </Group>
        {code && (
          <Text span size="xs" c="dimmed" className={classes.code}>
            {code}
          </Text>
        )}
      </Group>
      <Group justify="space-between" wrap="wrap" gap={6} mt={4}>
        {value}
        {detail}
      </Group>
    </li>
  );
}

/** An index value with its status badge, or "belum dinilai". */
export function IndexWithStatus({
  value,
  status,
  testId,
}: {
  value: number | null;
  status: IdmStatus | null;
  testId: string;
}) {
  const format = useFormatIndex();
  if (value === null) return <NotScored />;
  return (
    <Group gap={6} wrap="nowrap" className={classes.mean}>
      <Text span size="sm" fw={600} className={classes.number} data-testid={testId}>
        {format(value)}
      </Text>
      {status && <IdmStatusBadge status={status} size="sm" />}
    </Group>
  );
}
