import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { FacilitatorDetail } from '../../../contracts/facilitation.contract';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { AssignmentsSection } from './assignments-section';
import { EntryList } from './entry-list';
import { FacilitatorForm } from './facilitator-form';
import { MonthlyReportSection } from './monthly-report-section';
import classes from './pendampingan.module.css';
import { facilitatorValues, updateFacilitatorBody } from './pendampingan-forms';
import { localDate, reportMonth } from './pendampingan-model';
import { FACILITATORS_PATH, facilitatorPath } from './pendampingan-paths';
import {
  useEntries,
  useFacilitator,
  useMyFacilitation,
  useUpdateFacilitator,
} from './use-pendampingan-queries';
import { usePeriodText } from './use-period-text';

function RecordFacts({ f }: { f: FacilitatorDetail }) {
  const { t } = useTranslation();
  const period = usePeriodText();
  const none = t('common.none');
  return (
    <FactList aria-label={t('pendampingan.facilitator.recordLabel')} testId="facilitator-facts">
      <Fact label={t('pendampingan.facilitator.type')} testId="facilitator-fact-type">
        {t(`pendampingan.type.${f.type}`)}
      </Fact>
      <Fact label={t('pendampingan.facilitator.username')} testId="facilitator-fact-username">
        @{f.username}
      </Fact>
      <Fact label={t('pendampingan.facilitator.gender')} testId="facilitator-fact-gender">
        {t(`pendampingan.gender.${f.gender}`)}
      </Fact>
      <Fact label={t('pendampingan.facilitator.phone')} testId="facilitator-fact-phone">
        {f.phone ? (
          <Anchor href={`tel:${f.phone.replace(/\s/g, '')}`} inherit>
            {f.phone}
          </Anchor>
        ) : (
          none
        )}
      </Fact>
      <Fact label={t('pendampingan.facilitator.email')} testId="facilitator-fact-email">
        {f.email ?? none}
      </Fact>
      <Fact label={t('pendampingan.facilitator.nik')} testId="facilitator-fact-nik">
        {f.nikMasked ?? t('pendampingan.facilitator.noNik')}
      </Fact>
      <Fact label={t('pendampingan.facilitator.homeRegion')} testId="facilitator-fact-home">
        {f.homeRegion.name}
      </Fact>
      <Fact label={t('pendampingan.facilitator.active')} testId="facilitator-fact-active">
        {period(f.activeFrom, f.activeTo)}
      </Fact>
      <Fact label={t('pendampingan.facilitator.supervisor')} testId="facilitator-fact-supervisor">
        {f.supervisor ? (
          <Anchor component={Link} to={facilitatorPath(f.supervisor.id)} inherit>
            {f.supervisor.name}
          </Anchor>
        ) : (
          t('pendampingan.facilitator.noSupervisor')
        )}
      </Fact>
      {f.supervisees.length > 0 && (
        <Fact label={t('pendampingan.facilitator.supervisees')} testId="facilitator-fact-supervisees" wide>
          <Group gap="xs" wrap="wrap" component="span">
            {f.supervisees.map((s) => (
              <Anchor key={s.id} component={Link} to={facilitatorPath(s.id)} inherit>
                {s.name} ({s.typeLabel})
              </Anchor>
            ))}
          </Group>
        </Fact>
      )}
    </FactList>
  );
}

function RecentEntries({ fid }: { fid: string }) {
  const { t } = useTranslation();
  const entries = useEntries({ facilitatorId: fid, limit: 10 });
  if (!entries.data || entries.data.items.length === 0) return null;
  return (
    <SectionCard
      title={t('pendampingan.facilitator.entriesHeading', { count: entries.data.total })}
      testId="facilitator-entries"
    >
      <EntryList
        items={entries.data.items}
        label={t('pendampingan.facilitator.entriesHeading', { count: entries.data.total })}
      />
    </SectionCard>
  );
}

/** `/pendampingan/pendamping/:fid`: a facilitator's record, assignments, recent entries and monthly report. */
export function FacilitatorPage() {
  const { t } = useTranslation();
  const { fid = '' } = useParams();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const query = useFacilitator(fid);
  const mine = useMyFacilitation();
  const update = useUpdateFacilitator(fid);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const today = mine.data?.today ?? localDate(new Date());
  const month = reportMonth(search.get('bulan'), today);
  const f = query.data;
  useDocumentTitle(
    f ? t('pendampingan.facilitator.documentTitle', { name: f.name }) : t('pendampingan.name'),
  );

  // A link to the report (`#laporan-bulanan`) scrolls to it once the page has drawn.
  const loaded = f !== undefined;
  useEffect(() => {
    if (loaded && location.hash === '#laporan-bulanan') {
      document.getElementById('laporan-bulanan')?.scrollIntoView({ block: 'start' });
    }
  }, [loaded, location.hash]);

  if (query.isPending) return <LoadingState />;
  if (query.isError || !f) {
    return (
      <PageLoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        notFound={{
          title: t('pendampingan.facilitator.notFoundTitle'),
          text: t('pendampingan.facilitator.notFoundText'),
        }}
      />
    );
  }
  return (
    <Stack gap="lg" data-testid="facilitator-page" data-facilitator={f.id}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={FACILITATORS_PATH} size="sm">
          ← {t('pendampingan.facilitators.title')}
        </Anchor>
        <Group gap="sm" align="flex-start" wrap="nowrap" justify="space-between">
          <Title order={1} size="h2" className={classes.wrap} data-testid="facilitator-title">
            {f.name}
          </Title>
          <Badge
            radius="sm"
            variant={f.active ? 'light' : 'outline'}
            color={f.active ? 'teal' : 'gray'}
            style={{ flexShrink: 0 }}
          >
            {f.active ? t('pendampingan.facilitator.isActive') : t('pendampingan.facilitator.notActive')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          {t(`pendampingan.type.${f.type}`)} · {f.homeRegion.name}
        </Text>
      </Stack>
      {saved && <SuccessNote onClose={() => setSaved(false)}>{t('common.saved')}</SuccessNote>}
      <SectionCard
        title={t('pendampingan.facilitator.recordHeading')}
        actions={
          f.canManage &&
          !editing && (
            <Button variant="light" onClick={() => setEditing(true)} data-testid="facilitator-edit-open">
              {t('common.edit')}
            </Button>
          )
        }
        testId="facilitator-record"
      >
        {editing ? (
          <FacilitatorForm
            initial={facilitatorValues(f)}
            id={f.id}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common.save')}
            onSubmit={(values) =>
              update.mutate(updateFacilitatorBody(values), {
                onSuccess: () => {
                  setEditing(false);
                  setSaved(true);
                },
              })
            }
            onCancel={() => {
              update.reset();
              setEditing(false);
            }}
            testId="facilitator-edit-form"
          />
        ) : (
          <RecordFacts f={f} />
        )}
      </SectionCard>
      <AssignmentsSection facilitator={f} today={today} />
      <MonthlyReportSection
        facilitatorId={f.id}
        month={month}
        today={today}
        onMonth={(m) =>
          setSearch(
            (s) => {
              const next = new URLSearchParams(s);
              next.set('bulan', m);
              return next;
            },
            { replace: true },
          )
        }
      />
      <RecentEntries fid={f.id} />
    </Stack>
  );
}
