import { Box, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndexMovement } from '../../../contracts/village-index.contract';
import { IDM_STATUSES, type IdmStatus } from '../../../domain/village-index/idm.types';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './idm-movement.module.css';
import { IDM_STATUS_COLORS } from './idm-status';
import { IdmSubsection } from './idm-subsection';
import { movementShares } from './region-index-figures';
import { useFormatShare } from './use-format-index';

const DIRECTIONS = ['up', 'down', 'same'] as const;
const ARROWS: Record<(typeof DIRECTIONS)[number], string> = { up: '▲', down: '▼', same: '●' };

/** A status as a table header: its full name on wide screens, a short code (named below the table) on phones. */
function StatusHeader({ status, short }: { status: IdmStatus; short: boolean }) {
  const { t } = useTranslation();
  const name = t(`villageIndex.status.${status}`);
  return (
    <Group gap={4} wrap="nowrap">
      <Box className={classes.swatch} bg={IDM_STATUS_COLORS[status]} aria-hidden />
      {short ? (
        <abbr title={name} className={classes.abbr}>
          {t(`regionalIndex.movement.short.${status}`)}
        </abbr>
      ) : (
        name
      )}
    </Group>
  );
}

/** The 5 × 5 table: rows are the first year's status, columns the second's; the diagonal is unchanged. */
function TransitionTable({ movement }: { movement: IndexMovement }) {
  const { t } = useTranslation();
  const format = useFormatNumber();
  const wide = useWideLayout();
  const short = !wide;
  const years = { from: movement.fromYear, to: movement.toYear };
  return (
    <Table.ScrollContainer minWidth={280}>
      <Table
        withTableBorder
        withColumnBorders
        verticalSpacing={4}
        horizontalSpacing={4}
        className={classes.table}
        aria-label={t('regionalIndex.movement.tableLabel', years)}
        data-testid="idm-movement-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" className={classes.corner}>
              <span className={classes.cornerLine}>{t('regionalIndex.movement.cornerFrom', years)}</span>{' '}
              <span className={classes.cornerLine}>{t('regionalIndex.movement.cornerTo', years)}</span>
            </Table.Th>
            {IDM_STATUSES.map((status) => (
              <Table.Th key={status} scope="col" className={classes.number}>
                <StatusHeader status={status} short={short} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {IDM_STATUSES.map((from, i) => (
            <Table.Tr key={from}>
              <Table.Th scope="row">
                <StatusHeader status={from} short={short} />
              </Table.Th>
              {IDM_STATUSES.map((to, j) => {
                const count = movement.transitions[i]?.[j] ?? 0;
                const direction = j > i ? 'up' : j < i ? 'down' : 'same';
                return (
                  <Table.Td
                    key={to}
                    className={classes.number}
                    data-direction={direction}
                    data-empty={count === 0 || undefined}
                    data-testid="idm-movement-cell"
                  >
                    {format(count)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {short && (
        <Text size="xs" c="dimmed" mt={4} data-testid="idm-movement-abbreviations">
          {IDM_STATUSES.map(
            (status) =>
              `${t(`regionalIndex.movement.short.${status}`)} ${t(`villageIndex.status.${status}`)}`,
          ).join(' · ')}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}

/**
 * "Perpindahan status 2023 → 2024": how many desa went up, down or stayed, by published status, and
 * the full from → to table. Rendered only when there is an earlier year to compare with.
 */
export function IdmMovement({ movement }: { movement: IndexMovement }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatShare = useFormatShare();
  const shares = movementShares(movement);
  return (
    <IdmSubsection
      heading={t('regionalIndex.movement.heading', { from: movement.fromYear, to: movement.toYear })}
      testId="idm-movement"
    >
      {movement.compared === 0 ? (
        <Text size="sm" c="dimmed">
          {t('regionalIndex.movement.none')}
        </Text>
      ) : (
        <>
          <ul className={classes.figures}>
            {DIRECTIONS.map((direction) => (
              <li key={direction} data-testid={`idm-movement-${direction}`} data-direction={direction}>
                <Text span size="sm" className={classes.arrow} aria-hidden>
                  {ARROWS[direction]}
                </Text>
                <Text span size="sm" fw={600}>
                  {t(`regionalIndex.movement.${direction}`)}
                </Text>{' '}
                <Text span size="sm" className={classes.count}>
                  {t('regionalIndex.movement.figure', {
                    count: formatNumber(movement[direction]),
                    share: formatShare(shares[direction]),
                  })}
                </Text>
              </li>
            ))}
          </ul>
          <Text size="xs" c="dimmed">
            {t('regionalIndex.movement.compared', { count: formatNumber(movement.compared) })}
          </Text>
          <Stack gap={4} maw={760}>
            <TransitionTable movement={movement} />
            <Text size="xs" c="dimmed">
              {t('regionalIndex.movement.legend')}
            </Text>
          </Stack>
        </>
      )}
    </IdmSubsection>
  );
}
