import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EntryView, LogActionValue } from '../../../contracts/facilitation.contract';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useFormatNumber } from '../../shared/use-format-number';
import { EntryActions } from './entry-actions';
import { EntryEditForm } from './entry-edit-form';
import { EntryHistory } from './entry-history';
import { EvidenceList } from './evidence-list';
import classes from './pendampingan.module.css';
import { LogStateBadge } from './pendampingan-badges';
import { facilitatorPath, PENDAMPINGAN_PATH, REVIEW_PATH } from './pendampingan-paths';
import { useEntry } from './use-pendampingan-queries';

function EntryFacts({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const formatNumber = useFormatNumber();
  const { perempuan, laki_laki } = entry.participants;
  return (
    <FactList aria-label={t('pendampingan.entry.factsLabel')} testId="entry-facts">
      <Fact label={t('pendampingan.entry.date')} testId="entry-date">
        {format.date(entry.date)}
      </Fact>
      <Fact label={t('pendampingan.entry.place')} testId="entry-place">
        {entry.place.name}
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          ({t(`pendampingan.placeKind.${entry.place.kind}`)})
        </Text>
      </Fact>
      <Fact label={t('pendampingan.entry.category')} testId="entry-category">
        {t(`pendampingan.category.${entry.category}`)}
      </Fact>
      <Fact label={t('pendampingan.entry.participants')} testId="entry-participants">
        {t('pendampingan.entry.participantsLong', {
          total: formatNumber(perempuan + laki_laki),
          women: formatNumber(perempuan),
          men: formatNumber(laki_laki),
        })}
      </Fact>
      <Fact label={t('pendampingan.entry.groups')} testId="entry-groups" wide>
        {entry.groups.map((g) => t(`pendampingan.group.${g}`)).join(', ') || t('common.none')}
      </Fact>
      <Fact label={t('pendampingan.entry.gps')} testId="entry-gps">
        {entry.gps
          ? t('pendampingan.entry.gpsValue', { lat: entry.gps.lat.toFixed(5), lon: entry.gps.lon.toFixed(5) })
          : t('pendampingan.entry.noGps')}
      </Fact>
      <Fact label={t('pendampingan.entry.facilitator')} testId="entry-facilitator">
        <Anchor component={Link} to={facilitatorPath(entry.facilitator.id)} inherit>
          {entry.facilitator.name}
        </Anchor>
        <Text span size="xs" c="dimmed" fw={400}>
          {' '}
          ({entry.facilitator.typeLabel})
        </Text>
      </Fact>
    </FactList>
  );
}

function EntryTexts({ entry }: { entry: EntryView }) {
  const { t } = useTranslation();
  const block = (label: string, text: string, testId: string) => (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className={classes.prewrap} data-testid={testId}>
        {text.trim() === '' ? t('common.none') : text}
      </Text>
    </Stack>
  );
  return (
    <Stack gap="sm">
      {block(t('pendampingan.entry.activities'), entry.activities, 'entry-activities')}
      {block(t('pendampingan.entry.outputs'), entry.outputs, 'entry-outputs')}
      {block(t('pendampingan.entry.followUp'), entry.followUp, 'entry-follow-up')}
    </Stack>
  );
}

/** `/pendampingan/kegiatan/:eid`: one activity entry, its evidence and review, and what may be done now. */
export function EntryPage() {
  const { t } = useTranslation();
  const { eid = '' } = useParams();
  const query = useEntry(eid);
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<LogActionValue | 'saved' | null>(null);
  const entry = query.data;
  useDocumentTitle(
    entry ? t('pendampingan.entry.documentTitle', { topic: entry.topic }) : t('pendampingan.name'),
  );

  if (query.isPending) return <LoadingState />;
  if (query.isError || !entry) {
    return (
      <PageLoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        notFound={{
          title: t('pendampingan.entry.notFoundTitle'),
          text: t('pendampingan.entry.notFoundText'),
        }}
      />
    );
  }
  const reviewing = entry.actions.includes('approve');
  return (
    <Stack gap="lg" data-testid="entry-page" data-state={entry.state}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={reviewing ? REVIEW_PATH : PENDAMPINGAN_PATH} size="sm">
          ← {reviewing ? t('pendampingan.review.title') : t('pendampingan.name')}
        </Anchor>
        <Title order={1} size="h2" className={classes.wrap} data-testid="entry-topic">
          {entry.topic}
        </Title>
        <Group gap="xs" wrap="wrap">
          <LogStateBadge state={entry.state} size="lg" />
          <Text size="sm" c="dimmed" className={classes.wrap}>
            {t(`pendampingan.category.${entry.category}`)} · {entry.place.name}
          </Text>
        </Group>
      </Stack>
      {done && (
        <SuccessNote>
          {done === 'saved' ? t('common.saved') : t(`pendampingan.actionDone.${done}`)}
        </SuccessNote>
      )}
      {entry.state === 'dikembalikan' && entry.returnReason && (
        <Alert
          color="orange"
          variant="light"
          title={t('pendampingan.entry.returnedTitle')}
          data-testid="entry-return-note"
        >
          <Text size="sm" className={classes.prewrap}>
            {entry.returnReason}
          </Text>
        </Alert>
      )}
      {entry.state === 'disetujui' && (
        <Text size="sm" c="dimmed" data-testid="entry-final">
          {t('pendampingan.entry.final')}
        </Text>
      )}
      {editing ? (
        <SectionCard title={t('pendampingan.entry.editHeading')} testId="entry-edit">
          <EntryEditForm
            entry={entry}
            onDone={() => {
              setEditing(false);
              setDone('saved');
            }}
            onCancel={() => setEditing(false)}
          />
        </SectionCard>
      ) : (
        <>
          <SectionCard
            title={t('pendampingan.entry.heading')}
            actions={
              entry.editable && (
                <Button variant="light" onClick={() => setEditing(true)} data-testid="entry-edit-open">
                  {t('pendampingan.entry.edit')}
                </Button>
              )
            }
            testId="entry-details"
          >
            <EntryFacts entry={entry} />
            <EntryTexts entry={entry} />
          </SectionCard>
          <SectionCard
            title={t('pendampingan.entry.evidenceHeading', { count: entry.evidence.length })}
            testId="entry-evidence"
          >
            <EvidenceList evidence={entry.evidence} />
          </SectionCard>
        </>
      )}
      <SectionCard title={t('pendampingan.history.heading')} testId="entry-history-section">
        <EntryHistory history={entry.history} />
      </SectionCard>
      {!editing && (
        <EntryActions
          entry={entry}
          onDone={(action) => {
            setDone(action);
            window.scrollTo({ top: 0 });
          }}
        />
      )}
    </Stack>
  );
}
