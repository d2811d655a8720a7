import {
  Alert,
  Anchor,
  Button,
  CloseButton,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Decision, MusyawarahDetail } from '../../../contracts/musyawarah.contract';
import { isApiError } from '../../api-client/api-error';
import { beritaAcaraUrl } from '../../api-client/musyawarah-api';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useAdding, useEditing } from '../../shared/use-editing';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { AttendanceEditor } from './attendance-editor';
import { AttendanceList, AttendanceSummaryView, QuorumChecks } from './attendance-summary';
import { DecisionList } from './decision-list';
import { MeetingForm } from './meeting-form';
import { meetingBody, meetingValues } from './meeting-values';
import classes from './musyawarah.module.css';
import { MusyawarahStateBadge, QuorumBadge } from './musyawarah-badges';
import { musyawarahListPath } from './musyawarah-paths';
import { ResultCard } from './result-card';
import { ResultForm } from './result-form';
import {
  useDeleteResult,
  useFixMusyawarah,
  useMusyawarah,
  useUpdateMusyawarah,
} from './use-musyawarah-queries';

function DetailsSection({ m }: { m: MusyawarahDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const update = useUpdateMusyawarah(m.id);
  const { editing, edit, done, note, setNote } = useEditing(t('musyawarah.detail.saved'));
  const canEdit = m.allowed.edit && m.state === 'draf';
  const actions = canEdit && !editing && (
    <Button size="compact-sm" variant="light" onClick={edit} data-testid="meeting-edit">
      {t('musyawarah.detail.edit')}
    </Button>
  );
  return (
    <SectionCard title={t('musyawarah.detail.heading')} actions={actions} testId="meeting-details">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {editing ? (
        <MeetingForm
          initial={meetingValues(m)}
          memberDesa={m.memberDesa}
          creating={false}
          pending={update.isPending}
          error={update.error}
          submitLabel={t('common.save')}
          onCancel={() => {
            update.reset();
            done(false);
          }}
          onSubmit={(values) => update.mutate(meetingBody(values), { onSuccess: () => done(true) })}
          testId="meeting-edit-form"
        />
      ) : (
        <FactList>
          <Fact label={t('musyawarah.form.kind')} testId="meeting-kind-value">
            {t(`musyawarah.kind.${m.kind}`)}
          </Fact>
          {m.desaName && (
            <Fact label={t('musyawarah.form.desa')} testId="meeting-desa-value">
              {m.desaName}
            </Fact>
          )}
          <Fact label={t('musyawarah.form.heldOn')} testId="meeting-held-on-value">
            {format.date(`${m.heldOn}T00:00:00`)}
          </Fact>
          <Fact label={t('musyawarah.form.place')} testId="meeting-place-value">
            {m.place}
          </Fact>
          <Fact label={t('musyawarah.form.organiser')} testId="meeting-organiser-value">
            {m.organiser}
          </Fact>
          <Fact label={t('musyawarah.form.chair')} testId="meeting-chair-value">
            {m.chair ?? t('common.none')}
          </Fact>
          <Fact label={t('musyawarah.form.secretary')} testId="meeting-secretary-value">
            {m.secretary ?? t('common.none')}
          </Fact>
          <Fact label={t('musyawarah.form.agenda')} testId="meeting-agenda-value" wide>
            {m.agenda.length === 0 ? (
              t('common.none')
            ) : (
              <ol className={classes.methodList}>
                {m.agenda.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: agenda lines may repeat
                  <li key={i}>{line}</li>
                ))}
              </ol>
            )}
          </Fact>
          {m.notes && (
            <Fact label={t('musyawarah.form.notes')} testId="meeting-notes-value" wide>
              <span className={classes.prewrap}>{m.notes}</span>
            </Fact>
          )}
        </FactList>
      )}
    </SectionCard>
  );
}

function DecisionsSection({ m }: { m: MusyawarahDetail }) {
  const { t } = useTranslation();
  const update = useUpdateMusyawarah(m.id);
  const { editing, edit, done, note, setNote } = useEditing(t('musyawarah.decisions.saved'));
  const [rows, setRows] = useState<Decision[]>(m.decisions);
  const canEdit = m.allowed.edit && m.state === 'draf';
  const resultTitle = (id: string | null) => m.results.find((r) => r.id === id)?.title ?? null;
  const actions = canEdit && !editing && (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => {
        setRows(m.decisions.length > 0 ? m.decisions : [{ text: '', resultId: null }]);
        edit();
      }}
      data-testid="decisions-edit"
    >
      {t('musyawarah.decisions.edit')}
    </Button>
  );
  const save = () => {
    const decisions = rows.map((r) => ({ ...r, text: r.text.trim() })).filter((r) => r.text !== '');
    update.mutate({ decisions }, { onSuccess: () => done(true) });
  };
  return (
    <SectionCard title={t('musyawarah.decisions.heading')} actions={actions} testId="decisions">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {editing ? (
        <Stack gap="sm">
          {update.isError && <MutationErrorAlert error={update.error} title={t('common.notSavedTitle')} />}
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap" data-testid="decision-row">
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Textarea
                  label={t('musyawarah.decisions.text', { n: i + 1 })}
                  autosize
                  minRows={2}
                  maxLength={2000}
                  value={row.text}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    setRows((list) => list.map((r, j) => (j === i ? { ...r, text } : r)));
                  }}
                  data-testid="decision-text"
                />
                {m.results.length > 0 && (
                  <NativeSelect
                    size="xs"
                    label={t('musyawarah.decisions.result')}
                    data={[
                      { value: '', label: t('musyawarah.decisions.noResult') },
                      ...m.results.map((r) => ({ value: r.id, label: r.title })),
                    ]}
                    value={row.resultId ?? ''}
                    onChange={(e) => {
                      const resultId = e.currentTarget.value || null;
                      setRows((list) => list.map((r, j) => (j === i ? { ...r, resultId } : r)));
                    }}
                    data-testid="decision-result"
                  />
                )}
              </Stack>
              <CloseButton
                mt={24}
                size="sm"
                onClick={() => setRows((list) => list.filter((_, j) => j !== i))}
                aria-label={t('musyawarah.decisions.remove', { n: i + 1 })}
              />
            </Group>
          ))}
          <Group gap="xs">
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setRows((list) => [...list, { text: '', resultId: null }])}
              disabled={rows.length >= 50}
              data-testid="decision-add"
            >
              {t('musyawarah.decisions.add')}
            </Button>
          </Group>
          <Group gap="sm">
            <Button onClick={save} loading={update.isPending} data-testid="decisions-save">
              {t('common.save')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                update.reset();
                done(false);
              }}
              disabled={update.isPending}
            >
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : m.decisions.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="decisions-empty">
          {t('musyawarah.decisions.empty')}
        </Text>
      ) : (
        <DecisionList decisions={m.decisions} resultTitle={resultTitle} />
      )}
    </SectionCard>
  );
}

function ResultsSection({ m }: { m: MusyawarahDetail }) {
  const { t } = useTranslation();
  const { adding, add, done, note, setNote } = useAdding();
  const [removing, setRemoving] = useState<string | null>(null);
  const remove = useDeleteResult(m.id, m.kawasanId);
  const canEdit = m.allowed.edit && m.state === 'draf';
  const actions = canEdit && !adding && (
    <Button size="compact-sm" variant="light" onClick={add} data-testid="result-new">
      {t('musyawarah.results.new')}
    </Button>
  );
  const toRemove = m.results.find((r) => r.id === removing);
  return (
    <SectionCard title={t('musyawarah.results.heading')} actions={actions} testId="results">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {adding && (
        <ResultForm
          mid={m.id}
          kawasanId={m.kawasanId}
          attended={m.summary.attended}
          cycleYear={Number(m.heldOn.slice(0, 4)) || new Date().getFullYear()}
          onDone={(saved) => done(saved ? t('musyawarah.results.saved') : null)}
        />
      )}
      {m.results.length === 0 && !adding && (
        <Text size="sm" c="dimmed" data-testid="results-empty">
          {t('musyawarah.results.empty')}
        </Text>
      )}
      {m.results.map((r) => (
        <ResultCard
          key={r.id}
          result={r}
          memberDesa={m.memberDesa}
          onDelete={canEdit ? () => setRemoving(r.id) : undefined}
          deleting={remove.isPending && remove.variables === r.id}
        />
      ))}
      <ConfirmDialog
        opened={toRemove !== undefined}
        title={t('musyawarah.results.deleteTitle')}
        text={t('musyawarah.results.deleteText', { title: toRemove?.title ?? '' })}
        confirmLabel={t('musyawarah.result.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          setRemoving(null);
        }}
        onConfirm={() => {
          if (removing) remove.mutate(removing, { onSuccess: () => setRemoving(null) });
        }}
      />
    </SectionCard>
  );
}

/** The failing checks the server sent with a refused fix (409), else the problem's own words. */
function refusalLines(error: unknown): string[] {
  if (!isApiError(error) || !error.problem?.errors) return [];
  return error.problem.errors.map((e) => e.message);
}

function FixBar({ m }: { m: MusyawarahDetail }) {
  const { t } = useTranslation();
  const fix = useFixMusyawarah(m.id);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const canTry = m.state === 'draf' && (m.allowed.fix || m.allowed.edit);
  const failing = m.quorum.checks.filter((c) => c.severity === 'wajib' && !c.passed);
  // The failing checks, unless the server's own message already names them all.
  const refused = refusalLines(fix.error).filter(
    (line) => !(fix.error instanceof Error && fix.error.message.includes(line)),
  );
  return (
    <Stack gap="xs" data-testid="fix-bar">
      {done && <SuccessNote onClose={() => setDone(false)}>{t('musyawarah.fix.done')}</SuccessNote>}
      {m.state === 'draf' && failing.length > 0 && (
        <Alert color="orange" variant="light" p="xs" data-testid="fix-blocked">
          <Text size="sm" fw={600}>
            {t('musyawarah.fix.blocked', { count: failing.length })}
          </Text>
          <ul className={classes.methodList}>
            {failing.map((c) => (
              <li key={c.code}>
                <Text span size="sm">
                  {c.message}
                </Text>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {fix.isError && (
        <Stack gap={4} data-testid="fix-refused">
          <MutationErrorAlert error={fix.error} title={t('musyawarah.fix.refusedTitle')} />
          {refused.length > 0 && (
            <ul className={classes.methodList}>
              {refused.map((line) => (
                <li key={line}>
                  <Text span size="sm" c="red">
                    {line}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </Stack>
      )}
      <Group gap="sm" wrap="wrap">
        {canTry && (
          <Button onClick={() => setConfirming(true)} loading={fix.isPending} data-testid="musyawarah-fix">
            {t('musyawarah.fix.button')}
          </Button>
        )}
        <Button
          component="a"
          href={beritaAcaraUrl(m.id)}
          download
          variant={m.state === 'ditetapkan' ? 'filled' : 'default'}
          data-testid="berita-acara-pdf"
        >
          {t('musyawarah.fix.pdf')}
        </Button>
      </Group>
      {m.state === 'draf' && (
        <Text size="xs" c="dimmed">
          {t('musyawarah.fix.hint')}
        </Text>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t('musyawarah.fix.confirmTitle')}
        text={t('musyawarah.fix.confirmText')}
        confirmLabel={t('musyawarah.fix.button')}
        danger={false}
        loading={fix.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          fix.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              setDone(true);
            },
            onError: () => setConfirming(false),
          })
        }
      />
    </Stack>
  );
}

function MusyawarahView({ m }: { m: MusyawarahDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const update = useUpdateMusyawarah(m.id);
  const editable = m.allowed.edit && m.state === 'draf';
  return (
    <Stack gap="lg" data-testid="musyawarah-page" data-state={m.state}>
      <Stack gap={4} component="header">
        <Anchor component={Link} to={musyawarahListPath(m.kawasanId)} size="sm">
          ← {t('musyawarah.detail.back', { name: m.kawasanName })}
        </Anchor>
        <Group gap="xs" wrap="wrap">
          <MusyawarahStateBadge state={m.state} size="md" />
          <QuorumBadge valid={m.quorum.valid} size="md" />
        </Group>
        <Title order={1} className={classes.title} data-testid="musyawarah-title">
          {m.title}
        </Title>
        <Text size="sm" c="dimmed" className={classes.wrap}>
          {[t(`musyawarah.kind.${m.kind}`), m.desaName, format.date(`${m.heldOn}T00:00:00`), m.place]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {m.fixedAt && (
          <Text size="sm" data-testid="musyawarah-fixed-at">
            {t('musyawarah.detail.fixedAt', { at: format.dateTime(m.fixedAt) })}
          </Text>
        )}
      </Stack>
      <FixBar m={m} />
      <DetailsSection m={m} />
      <SectionCard
        title={t('musyawarah.attendance.heading', { count: m.participants.length })}
        testId="attendance"
      >
        {editable ? (
          <AttendanceEditor key={m.id} mid={m.id} participants={m.participants} memberDesa={m.memberDesa} />
        ) : (
          <AttendanceList participants={m.participants} />
        )}
      </SectionCard>
      <SectionCard title={t('musyawarah.summary.heading')} testId="summary">
        <AttendanceSummaryView summary={m.summary} memberDesa={m.memberDesa} />
      </SectionCard>
      <SectionCard title={t('musyawarah.quorum.heading')} testId="quorum">
        {update.isError && <MutationErrorAlert error={update.error} title={t('common.notSavedTitle')} />}
        <QuorumChecks
          report={m.quorum}
          memberDesa={m.memberDesa}
          postponed={
            editable
              ? {
                  value: m.postponedThenContinued,
                  pending: update.isPending,
                  onChange: (value) => update.mutate({ postponedThenContinued: value }),
                }
              : undefined
          }
        />
        {!editable && m.postponedThenContinued && (
          <Text size="sm" data-testid="quorum-postponed-note">
            {t('musyawarah.quorum.postponedNote')}
          </Text>
        )}
      </SectionCard>
      <ResultsSection m={m} />
      <DecisionsSection m={m} />
    </Stack>
  );
}

/** `/musyawarah/:mid`: the record of one musyawarah, editable while a draft, and its berita acara. */
export function MusyawarahPage() {
  const { t } = useTranslation();
  const { mid = '' } = useParams();
  const query = useMusyawarah(mid);
  useDocumentTitle(query.data ? `${query.data.title} · Kawasan` : t('musyawarah.detail.documentTitle'));
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    return (
      <PageLoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        notFound={{ title: t('musyawarah.detail.notFoundTitle'), text: t('musyawarah.detail.notFoundText') }}
      />
    );
  }
  return <MusyawarahView m={query.data} />;
}
