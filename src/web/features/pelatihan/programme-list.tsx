import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrainingProgrammeSummary } from '../../../contracts/training-programme.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pelatihan.module.css';
import { programmePath } from './pelatihan-paths';
import { useDayText } from './use-day-text';

/** Programmes as links: title, topic, JP, sessions and the days they span. */
export function ProgrammeList({
  items,
  label,
  showProvider = false,
}: {
  items: readonly TrainingProgrammeSummary[];
  label: string;
  showProvider?: boolean;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const days = useDayText();
  const title = (p: TrainingProgrammeSummary) => (
    <Anchor
      component={Link}
      to={programmePath(p.id)}
      fw={600}
      className={classes.wrap}
      data-testid="programme-link"
    >
      {p.title}
    </Anchor>
  );
  const span = (p: TrainingProgrammeSummary) =>
    p.firstDate && p.lastDate ? days.period(p.firstDate, p.lastDate) : t('pelatihan.programme.noDates');
  const topic = (p: TrainingProgrammeSummary) =>
    t(`pelatihan.topic.${p.topicId}`, { defaultValue: p.topicLabel });
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((p) => (
          <li key={p.id} className={classes.row} data-testid="programme-row" data-programme={p.id}>
            <Stack gap={2}>
              {title(p)}
              <Text size="sm" className={classes.wrap}>
                {topic(p)}
              </Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {showProvider && `${p.provider.name} · `}
                {t('pelatihan.hours', { count: p.curriculumHours })} ·{' '}
                {t('pelatihan.programme.sessionCount', { count: p.sessionCount })} · {span(p)}
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="programme-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pelatihan.programme.title')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.programme.topic')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('pelatihan.programme.curriculumHours')}
            </Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('pelatihan.programme.sessions')}
            </Table.Th>
            <Table.Th scope="col">{t('pelatihan.session.days')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid="programme-row" data-programme={p.id}>
              <Table.Td>
                {title(p)}
                {showProvider && (
                  <Text size="xs" c="dimmed" className={classes.wrap}>
                    {p.provider.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={classes.wrap}>{topic(p)}</Table.Td>
              <Table.Td className={classes.number}>{p.curriculumHours}</Table.Td>
              <Table.Td className={classes.number}>{p.sessionCount}</Table.Td>
              <Table.Td>{span(p)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
