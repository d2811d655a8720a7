import { Anchor, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntrySummary } from '../../../contracts/facilitation.contract';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useFormatNumber } from '../../shared/use-format-number';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pendampingan.module.css';
import { LogStateBadge } from './pendampingan-badges';
import { entryPath } from './pendampingan-paths';

interface EntryListProps {
  items: readonly EntrySummary[];
  /** Accessible name of the list or table. */
  label: string;
  /** Show who wrote each entry (the review queue, a region's entries). */
  showFacilitator?: boolean;
  /** Something to do with a row, e.g. approve it at once. */
  action?: (entry: EntrySummary) => ReactNode;
}

function TopicLink({ entry }: { entry: EntrySummary }) {
  return (
    <Anchor
      component={Link}
      to={entryPath(entry.id)}
      fw={600}
      className={classes.wrap}
      data-testid="entry-link"
    >
      {entry.topic}
    </Anchor>
  );
}

/** Activity entries: rows of cards on a phone, a table from 48em. */
export function EntryList({ items, label, showFacilitator = false, action }: EntryListProps) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const format = useFormatDateTime();
  const formatNumber = useFormatNumber();
  const people = (e: EntrySummary) =>
    t('pendampingan.entry.participantsShort', {
      women: formatNumber(e.participants.perempuan),
      men: formatNumber(e.participants.laki_laki),
    });
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((e) => (
          <li key={e.id} className={classes.row} data-testid="entry-row" data-entry={e.id}>
            <Stack gap={4}>
              <TopicLink entry={e} />
              <Group gap="xs" wrap="wrap">
                <LogStateBadge state={e.state} size="sm" />
              </Group>
              <Text size="sm" className={classes.wrap}>
                {format.date(e.date)} · {e.place.name}
              </Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {t(`pendampingan.category.${e.category}`)} · {people(e)} ·{' '}
                {t('pendampingan.entry.evidenceCount', { count: e.evidenceCount })}
                {showFacilitator && ` · ${e.facilitator.name}`}
              </Text>
              {action?.(e)}
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="entry-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pendampingan.entry.date')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.entry.topic')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.entry.place')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.entry.category')}</Table.Th>
            {showFacilitator && <Table.Th scope="col">{t('pendampingan.entry.facilitator')}</Table.Th>}
            <Table.Th scope="col" ta="right">
              {t('pendampingan.entry.participants')}
            </Table.Th>
            <Table.Th scope="col">{t('pendampingan.entry.state')}</Table.Th>
            {action && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('pendampingan.entry.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="entry-row" data-entry={e.id}>
              <Table.Td className={classes.code}>{format.date(e.date)}</Table.Td>
              <Table.Td>
                <TopicLink entry={e} />
                {e.evidenceCount > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('pendampingan.entry.evidenceCount', { count: e.evidenceCount })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={classes.wrap}>{e.place.name}</Table.Td>
              <Table.Td>{t(`pendampingan.category.${e.category}`)}</Table.Td>
              {showFacilitator && (
                <Table.Td className={classes.wrap}>
                  {e.facilitator.name}
                  <Text size="xs" c="dimmed">
                    {e.facilitator.typeLabel}
                  </Text>
                </Table.Td>
              )}
              <Table.Td className={classes.number}>{people(e)}</Table.Td>
              <Table.Td>
                <LogStateBadge state={e.state} size="sm" />
              </Table.Td>
              {action && <Table.Td>{action(e)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
