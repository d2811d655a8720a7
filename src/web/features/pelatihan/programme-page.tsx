import { Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { TrainingProgrammeView } from '../../../contracts/training-programme.contract';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import classes from './pelatihan.module.css';
import { PELATIHAN_PATH, providerPath, sessionPath } from './pelatihan-paths';
import { ProgrammeForm } from './programme-form';
import { programmeValues, updateProgrammeBody } from './programme-model';
import { SessionForm } from './session-form';
import { SessionList } from './session-list';
import { createSessionBody, newSessionValues } from './session-model';
import { useCreateSession, useProgramme, useUpdateProgramme } from './use-pelatihan-queries';

function Curriculum({ p }: { p: TrainingProgrammeView }) {
  const { t } = useTranslation();
  const yes = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <FactList aria-label={t('pelatihan.programmeForm.curriculumHeading')} testId="programme-facts">
      <Fact label={t('pelatihan.programme.topic')} testId="programme-fact-topic" wide>
        {t(`pelatihan.topic.${p.topicId}`, { defaultValue: p.topicLabel })}
      </Fact>
      <Fact label={t('pelatihan.programme.curriculumHours')} testId="programme-fact-hours">
        {t('pelatihan.hours', { count: p.curriculumHours })}
      </Fact>
      <Fact label={t('pelatihan.programme.minAttendance')} testId="programme-fact-attendance">
        {p.minAttendancePercent} %
      </Fact>
      <Fact label={t('pelatihan.programme.followUpMonths')} testId="programme-fact-follow-up">
        {t('pelatihan.programme.monthsAfter', { count: p.followUpMonths })}
      </Fact>
      <Fact label={t('pelatihan.programme.testedAspects')} testId="programme-fact-tested">
        {p.testedAspects.length === 0
          ? t('pelatihan.programme.noTests')
          : p.testedAspects.map((a) => t(`pelatihan.aspect.${a.id}`, { defaultValue: a.label })).join(', ')}
      </Fact>
      <Fact label={t('pelatihan.programme.requiresPostTest')} testId="programme-fact-post-test">
        {yes(p.requiresPostTest)}
      </Fact>
      <Fact label={t('pelatihan.programme.targetGroups')} testId="programme-fact-groups" wide>
        <Group gap={6} component="span">
          {p.targetGroups.map((g) => (
            <Badge key={g.id} variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
              {t(`pelatihan.targetGroup.${g.id}`, { defaultValue: g.label })}
            </Badge>
          ))}
        </Group>
      </Fact>
      <Fact label={t('pelatihan.programme.competencies')} testId="programme-fact-competencies" wide>
        <Stack gap={6}>
          {p.targetAspects.map((a) => (
            <div key={a.id}>
              <Text size="sm" fw={600}>
                {t(`pelatihan.aspect.${a.id}`, { defaultValue: a.label })}
              </Text>
              <List size="sm" spacing={2}>
                {p.competencies
                  .filter((c) => c.aspect === a.id)
                  .map((c) => (
                    <List.Item key={c.description} className={classes.wrap}>
                      {c.description}
                    </List.Item>
                  ))}
              </List>
            </div>
          ))}
        </Stack>
      </Fact>
      {p.description.trim() !== '' && (
        <Fact label={t('pelatihan.programme.description')} testId="programme-fact-description" wide>
          <Text size="sm" className={classes.prewrap}>
            {p.description}
          </Text>
        </Fact>
      )}
    </FactList>
  );
}

function NewSession({ p }: { p: TrainingProgrammeView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSession(p.id);
  const [open, setOpen] = useState(false);
  return (
    <SectionCard title={t('pelatihan.sessionForm.newHeading')} testId="session-create">
      {open ? (
        <SessionForm
          initial={newSessionValues()}
          curriculumHours={p.curriculumHours}
          pending={create.isPending}
          error={create.error}
          submitLabel={t('pelatihan.sessionForm.create')}
          onSubmit={(values) =>
            create.mutate(createSessionBody(values), { onSuccess: (s) => navigate(sessionPath(s.id)) })
          }
          onCancel={() => {
            create.reset();
            setOpen(false);
          }}
          testId="session-form"
        />
      ) : (
        <Stack gap="xs" align="flex-start">
          <Text size="sm" c="dimmed">
            {t('pelatihan.sessionForm.newHint', { hours: p.curriculumHours })}
          </Text>
          <Button onClick={() => setOpen(true)} data-testid="session-create-open">
            {t('pelatihan.sessionForm.newOpen')}
          </Button>
        </Stack>
      )}
    </SectionCard>
  );
}

/** `/pelatihan/program/:prid`: the curriculum, its sessions and, for the provider, "Angkatan baru". */
export function ProgrammePage() {
  const { t } = useTranslation();
  const prid = useParams().prid ?? '';
  const programme = useProgramme(prid);
  const update = useUpdateProgramme(prid);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  useDocumentTitle(
    programme.data
      ? t('pelatihan.programme.documentTitle', { title: programme.data.title })
      : t('pelatihan.documentTitle'),
  );
  if (programme.isPending) return <LoadingState />;
  if (programme.isError)
    return (
      <PageLoadError
        error={programme.error}
        onRetry={() => void programme.refetch()}
        notFound={{
          title: t('pelatihan.programme.notFoundTitle'),
          text: t('pelatihan.programme.notFoundText'),
        }}
      />
    );
  const p = programme.data;
  return (
    <Stack gap="lg" data-testid="programme-page" data-programme={p.id}>
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PELATIHAN_PATH} size="sm">
          ← {t('pelatihan.name')}
        </Anchor>
        <Title order={1} size="h2" className={classes.wrap} data-testid="programme-heading">
          {p.title}
        </Title>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          <Anchor component={Link} to={providerPath(p.provider.id)} inherit>
            {p.provider.name}
          </Anchor>
          {' · '}
          {t('pelatihan.hours', { count: p.curriculumHours })}
        </Text>
      </Stack>
      {saved && <SuccessNote onClose={() => setSaved(false)}>{t('common.saved')}</SuccessNote>}
      <SectionCard
        title={t('pelatihan.programmeForm.curriculumHeading')}
        actions={
          p.canManage && !editing ? (
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
              data-testid="programme-edit"
            >
              {t('common.edit')}
            </Button>
          ) : null
        }
        testId="programme-curriculum"
      >
        {editing ? (
          <ProgrammeForm
            initial={programmeValues(p)}
            providers={[]}
            creating={false}
            startedSessions={p.sessions.filter((x) => x.state === 'berjalan' || x.state === 'selesai').length}
            pending={update.isPending}
            error={update.error}
            submitLabel={t('common.save')}
            onSubmit={(values) =>
              update.mutate(updateProgrammeBody(values), {
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
            testId="programme-edit-form"
          />
        ) : (
          <Curriculum p={p} />
        )}
      </SectionCard>
      <SectionCard
        title={t('pelatihan.programme.sessionsHeading', { count: p.sessions.length })}
        testId="programme-sessions"
      >
        {p.sessions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="programme-sessions-empty">
            {p.canManage ? t('pelatihan.programme.noSessionsManage') : t('pelatihan.programme.noSessions')}
          </Text>
        ) : (
          <SessionList
            items={p.sessions}
            label={t('pelatihan.programme.sessionsHeading', { count: p.sessions.length })}
            showProgramme={false}
          />
        )}
      </SectionCard>
      {p.canManage && <NewSession p={p} />}
    </Stack>
  );
}
