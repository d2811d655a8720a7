import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  TrainingSessionStateValue,
  TrainingSessionSummary,
} from '../../../contracts/training-programme.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pelatihan.module.css';
import { sessionPath } from './pelatihan-paths';
import { SESSION_STATE_COLORS } from './session-model';
import { useDayText } from './use-day-text';

export function SessionStateBadge({
  state,
  size = 'md',
}: {
  state: TrainingSessionStateValue;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={SESSION_STATE_COLORS[state]}
      variant={state === 'rencana' ? 'outline' : 'light'}
      radius="sm"
      size={size}
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      data-testid="session-state"
      data-state={state}
    >
      {t(`pelatihan.state.${state}`)}
    </Badge>
  );
}

function Seats({ s }: { s: TrainingSessionSummary }) {
  const { t } = useTranslation();
  return (
    <>
      {t('pelatihan.session.seats', { registered: s.counts.registered, capacity: s.capacity })}
      {s.counts.waiting > 0 && ` · ${t('pelatihan.session.waitingCount', { count: s.counts.waiting })}`}
    </>
  );
}

/**
 * Sessions as links: label (with the programme when `showProgramme`), days, place, state and
 * seats; a table on a laptop, a list on a phone.
 */
export function SessionList({
  items,
  label,
  showProgramme = true,
}: {
  items: readonly TrainingSessionSummary[];
  label: string;
  showProgramme?: boolean;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const days = useDayText();
  const place = (s: TrainingSessionSummary) =>
    s.placeMode === 'daring' ? `${t('pelatihan.placeMode.daring')} · ${s.placeName}` : s.placeName;
  const link = (s: TrainingSessionSummary) => (
    <Anchor
      component={Link}
      to={sessionPath(s.id)}
      fw={600}
      className={classes.wrap}
      data-testid="session-link"
    >
      {showProgramme ? `${s.programmeTitle} · ${s.label}` : s.label}
    </Anchor>
  );
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((s) => (
          <li key={s.id} className={classes.row} data-testid="session-row" data-session={s.id}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                {link(s)}
                <SessionStateBadge state={s.state} size="sm" />
              </Group>
              <Text size="sm">{days.period(s.startDate, s.endDate)}</Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {place(s)} · <Seats s={s} />
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="session-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pelatihan.session.heading')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.session.days')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.session.place')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.session.participants')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.session.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.id} data-testid="session-row" data-session={s.id}>
              <Table.Td>
                {link(s)}
                {showProgramme && (
                  <Text size="xs" c="dimmed" className={classes.wrap}>
                    {s.provider.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{days.period(s.startDate, s.endDate)}</Table.Td>
              <Table.Td className={classes.wrap}>{place(s)}</Table.Td>
              <Table.Td>
                <Seats s={s} />
              </Table.Td>
              <Table.Td>
                <SessionStateBadge state={s.state} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
