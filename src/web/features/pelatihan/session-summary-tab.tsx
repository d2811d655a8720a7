import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  TrainingSessionActionValue,
  TrainingSessionView,
} from '../../../contracts/training-programme.contract';
import { TRAINING_TOPICS } from '../../../domain/training/topics';
import { Fact, FactList } from '../../shared/fact-list';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pelatihan.module.css';
import { programmePath } from './pelatihan-paths';
import { SessionActions } from './session-actions';
import { useDayText } from './use-day-text';

function Schedule({ s }: { s: TrainingSessionView }) {
  const { t } = useTranslation();
  const days = useDayText();
  const wide = useWideLayout();
  const label = t('pelatihan.session.schedule');
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label} data-testid="session-schedule-list">
        {s.schedule.map((d) => (
          <li key={d.date} className={classes.row}>
            <Text size="sm" fw={600}>
              {days.day(d.date)} · {t('pelatihan.hours', { count: d.hours })}
            </Text>
            {d.agenda && (
              <Text size="sm" c="dimmed" className={classes.wrap}>
                {d.agenda}
              </Text>
            )}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table striped verticalSpacing={4} aria-label={label} data-testid="session-schedule-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('pelatihan.session.day')}</Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {t('pelatihan.sessionForm.hours')}
          </Table.Th>
          <Table.Th scope="col">{t('pelatihan.sessionForm.agenda')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {s.schedule.map((d) => (
          <Table.Tr key={d.date}>
            <Table.Td>{days.day(d.date)}</Table.Td>
            <Table.Td className={classes.number}>{d.hours}</Table.Td>
            <Table.Td className={classes.wrap}>{d.agenda || t('common.none')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The topic in the reader's language, found by its Indonesian label (the session view names no id). */
function useTopicText(): (label: string) => string {
  const { t } = useTranslation();
  return (label) => {
    const topic = TRAINING_TOPICS.find((x) => x.label === label);
    return topic ? t(`pelatihan.topic.${topic.id}`) : label;
  };
}

/** Ringkasan: what the session is, its lifecycle buttons, and the schedule. */
export function SessionSummaryTab({ session: s }: { session: TrainingSessionView }) {
  const { t } = useTranslation();
  const days = useDayText();
  const topicText = useTopicText();
  const [done, setDone] = useState<TrainingSessionActionValue | null>(null);
  const none = t('common.none');
  return (
    <Stack gap="md" data-testid="session-summary">
      {done && <SuccessNote onClose={() => setDone(null)}>{t(`pelatihan.actionDone.${done}`)}</SuccessNote>}
      {s.state === 'batal' && s.cancelReason && (
        <Alert
          color="red"
          variant="light"
          title={t('pelatihan.session.cancelledTitle')}
          data-testid="session-cancelled"
        >
          <Text size="sm" className={classes.prewrap}>
            {s.cancelReason}
          </Text>
        </Alert>
      )}
      {s.canManage && s.actions.length > 0 && (
        <SectionCard title={t('pelatihan.session.actionsHeading')} testId="session-actions-card">
          <SessionActions session={s} onDone={setDone} />
        </SectionCard>
      )}
      <SectionCard title={t('pelatihan.session.factsHeading')} testId="session-facts-card">
        <FactList aria-label={t('pelatihan.session.factsHeading')} testId="session-facts">
          <Fact label={t('pelatihan.session.programme')} testId="session-fact-programme" wide>
            <Anchor component={Link} to={programmePath(s.programme.id)} inherit>
              {s.programme.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {topicText(s.programme.topicLabel)}
            </Text>
          </Fact>
          <Fact label={t('pelatihan.session.days')} testId="session-fact-days">
            {days.period(s.startDate, s.endDate)}
          </Fact>
          <Fact label={t('pelatihan.session.hoursLabel')} testId="session-fact-hours">
            {t('pelatihan.hours', { count: s.scheduledHours })}
          </Fact>
          <Fact label={t('pelatihan.session.place')} testId="session-fact-place" wide>
            {t(`pelatihan.placeMode.${s.place.mode}`, { defaultValue: s.place.modeLabel })} · {s.place.name}
            {s.place.region && ` · ${s.place.region.name}`}
          </Fact>
          <Fact label={t('pelatihan.session.capacity')} testId="session-fact-capacity">
            {t('pelatihan.session.seats', { registered: s.counts.registered, capacity: s.capacity })}
            {s.counts.waiting > 0 && ` · ${t('pelatihan.session.waitingCount', { count: s.counts.waiting })}`}
          </Fact>
          <Fact label={t('pelatihan.programme.minAttendance')} testId="session-fact-attendance">
            {s.programme.minAttendancePercent} %
          </Fact>
          <Fact label={t('pelatihan.session.trainers')} testId="session-fact-trainers" wide>
            {s.trainers.length === 0
              ? none
              : s.trainers
                  .map((tr) => (tr.affiliation ? `${tr.name} (${tr.affiliation})` : tr.name))
                  .join('; ')}
          </Fact>
          <Fact label={t('pelatihan.session.desa')} testId="session-fact-desa" wide>
            {s.desa.length === 0
              ? t('pelatihan.session.openCall')
              : s.desa.map((d) => (d.district ? `${d.name} (${d.district})` : d.name)).join(', ')}
          </Fact>
          {s.kawasan.length > 0 && (
            <Fact label={t('pelatihan.session.kawasan')} testId="session-fact-kawasan" wide>
              {s.kawasan.map((k) => k.name).join(', ')}
            </Fact>
          )}
        </FactList>
      </SectionCard>
      <SectionCard title={t('pelatihan.session.schedule')} testId="session-schedule-card">
        <Schedule s={s} />
      </SectionCard>
    </Stack>
  );
}
