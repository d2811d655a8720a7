import {
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingReactionSummary } from '../../../contracts/training-participant.contract';
import type { TrainingSessionView } from '../../../contracts/training-programme.contract';
import { MAX_COMMENT_LENGTH } from '../../../domain/training/reaction';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pelatihan.module.css';
import { problemIssues, sortIssues } from './pelatihan-forms';
import {
  newReactionValues,
  type ReactionValues,
  reactionBody,
  reactionFieldOf,
  reactionFormIssues,
} from './reaction-model';
import { useReactions, useRecordReaction, useRegistrations } from './use-pelatihan-queries';

function useDecimal(): (text: string) => string {
  const { t } = useTranslation();
  const sign = t('pelatihan.decimalPoint');
  return (text) => text.replace('.', sign);
}

/** One paper questionnaire typed in: whose it is, an answer 1–5 per statement, the comment. */
function ReactionForm({
  sid,
  summary,
  onSaved,
}: {
  sid: string;
  summary: TrainingReactionSummary;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation();
  const registrations = useRegistrations(sid);
  const record = useRecordReaction(sid);
  const [values, setValues] = useState<ReactionValues>(() => newReactionValues(summary));
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const local = tried
    ? reactionFormIssues(values, summary, t('common.required'))
    : { byField: {}, other: [] };
  const server = sortIssues(problemIssues(record.error), reactionFieldOf);
  const message = (field: string) => local.byField[field] ?? server.byField[field];
  const registered = (registrations.data?.items ?? []).filter((r) => r.status === 'terdaftar');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const issues = reactionFormIssues(values, summary, t('common.required'));
    if (Object.keys(issues.byField).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    const name = registered.find((r) => r.id === values.registrationId)?.participant.name ?? '';
    record.mutate(
      { rid: values.registrationId, body: reactionBody(values) },
      {
        onSuccess: () => {
          setValues(newReactionValues(summary));
          setTried(false);
          onSaved(name);
        },
      },
    );
  };
  const showAlert = record.isError && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="reaction-form">
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={record.error} title={t('common.notSavedTitle')} />}
        <NativeSelect
          label={t('pelatihan.reaction.participant')}
          description={t('pelatihan.reaction.participantHint')}
          required
          data={[
            { value: '', label: t('pelatihan.reaction.participantPlaceholder') },
            ...registered.map((r) => ({
              value: r.id,
              label: `${r.code} · ${r.participant.name}${r.hasReaction ? ` (${t('pelatihan.reaction.answered')})` : ''}`,
            })),
          ]}
          value={values.registrationId}
          onChange={(e) => {
            const registrationId = e.currentTarget.value;
            setValues((v) => ({ ...v, registrationId }));
          }}
          error={message('registrationId')}
          data-testid="reaction-participant"
        />
        <Text size="sm" c="dimmed">
          {t('pelatihan.reaction.scaleHint', {
            scale: summary.scale
              .map(
                (s) => `${s.value} = ${t(`pelatihan.reaction.likert.${s.value}`, { defaultValue: s.label })}`,
              )
              .join(', '),
          })}
        </Text>
        {message('answers') && (
          <Text size="sm" c="red.8" role="alert">
            {message('answers')}
          </Text>
        )}
        {summary.questions.map((q, i) => (
          <div key={q.id} data-testid="reaction-question" data-question={q.id}>
            <Radio.Group
              label={`${i + 1}. ${q.text}`}
              description={q.categoryLabel}
              value={values.answers[q.id] == null ? '' : String(values.answers[q.id])}
              onChange={(v) =>
                setValues((x) => ({ ...x, answers: { ...x.answers, [q.id]: v === '' ? null : Number(v) } }))
              }
              error={message(`answers.${q.id}`)}
            >
              <Group gap="md" mt={6}>
                {summary.scale.map((s) => (
                  <Radio
                    key={s.value}
                    value={String(s.value)}
                    label={String(s.value)}
                    aria-label={`${s.value}: ${t(`pelatihan.reaction.likert.${s.value}`, { defaultValue: s.label })}`}
                  />
                ))}
              </Group>
            </Radio.Group>
          </div>
        ))}
        <Textarea
          label={`${t('pelatihan.reaction.comment')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={MAX_COMMENT_LENGTH * 2}
          value={values.comment}
          onChange={(e) => {
            const comment = e.currentTarget.value;
            setValues((v) => ({ ...v, comment }));
          }}
          error={message('comment')}
          data-testid="reaction-comment"
        />
        <Group>
          <Button type="submit" size="md" loading={record.isPending} data-testid="reaction-save">
            {t('pelatihan.reaction.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ReactionSummaryView({ summary }: { summary: TrainingReactionSummary }) {
  const { t } = useTranslation();
  const decimal = useDecimal();
  const wide = useWideLayout();
  const mean = (m: { text: string } | null) => (m ? decimal(m.text) : t('common.none'));
  const share = (s: { percentText: string } | null) => (s ? `${decimal(s.percentText)} %` : t('common.none'));
  return (
    <Stack gap="sm" data-testid="reaction-summary">
      <div className={classes.tiles}>
        <Paper withBorder radius="sm" p="sm">
          <Text size="xs" c="dimmed">
            {t('pelatihan.reaction.responses')}
          </Text>
          <Text size="xl" fw={700} data-testid="reaction-responses">
            {summary.responses}
          </Text>
        </Paper>
        <Paper withBorder radius="sm" p="sm">
          <Text size="xs" c="dimmed">
            {t('pelatihan.reaction.overallMean')}
          </Text>
          <Text size="xl" fw={700} data-testid="reaction-overall-mean">
            {mean(summary.overallMean)}
          </Text>
        </Paper>
        <Paper withBorder radius="sm" p="sm">
          <Text size="xs" c="dimmed">
            {t('pelatihan.reaction.agreeShare')}
          </Text>
          <Text size="xl" fw={700} data-testid="reaction-agree-share">
            {share(summary.overallAgreeShare)}
          </Text>
        </Paper>
      </div>
      {wide ? (
        <Table
          striped
          verticalSpacing={4}
          aria-label={t('pelatihan.reaction.summaryHeading')}
          data-testid="reaction-questions"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pelatihan.reaction.statement')}</Table.Th>
              <Table.Th scope="col" className={classes.number}>
                n
              </Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('pelatihan.reaction.mean')}
              </Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('pelatihan.reaction.agree')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.questions.map((q) => (
              <Table.Tr key={q.id}>
                <Table.Td className={classes.wrap}>
                  {q.text}
                  <Text size="xs" c="dimmed">
                    {q.categoryLabel}
                  </Text>
                </Table.Td>
                <Table.Td className={classes.number}>{q.n}</Table.Td>
                <Table.Td className={classes.number}>{mean(q.mean)}</Table.Td>
                <Table.Td className={classes.number}>{share(q.agreeShare)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <ul className={classes.list} aria-label={t('pelatihan.reaction.summaryHeading')}>
          {summary.questions.map((q) => (
            <li key={q.id} className={classes.row}>
              <Text size="sm" className={classes.wrap}>
                {q.text}
              </Text>
              <Text size="xs" c="dimmed">
                {t('pelatihan.reaction.mean')} {mean(q.mean)} · {t('pelatihan.reaction.agree')}{' '}
                {share(q.agreeShare)} · n = {q.n}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <Group gap="md" wrap="wrap">
        {summary.categories.map((c) => (
          <Text key={c.category} size="sm">
            {c.label}: <strong>{mean(c.mean)}</strong>
          </Text>
        ))}
      </Group>
      {summary.comments.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('pelatihan.reaction.comments')}
          </Text>
          <List size="sm" spacing={2} data-testid="reaction-comments">
            {summary.comments.map((c) => (
              <List.Item key={c} className={classes.prewrap}>
                {c}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}

/** Reaksi: entering the paper questionnaires (Likert 1–5) and the session's summary. */
export function SessionReactionTab({ session }: { session: TrainingSessionView }) {
  const { t } = useTranslation();
  const summary = useReactions(session.id);
  const [saved, setSaved] = useState<string | null>(null);
  if (summary.isPending) return <LoadingState />;
  if (summary.isError) return <PageLoadError error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  return (
    <Stack gap="md" data-testid="reaction-tab">
      {saved !== null && (
        <SuccessNote onClose={() => setSaved(null)}>
          {t('pelatihan.reaction.saved', { name: saved })}
        </SuccessNote>
      )}
      {s.canRecord ? (
        <SectionCard title={t('pelatihan.reaction.entryHeading')} testId="reaction-entry">
          <Text size="sm" c="dimmed">
            {t('pelatihan.reaction.entryHint')}
          </Text>
          <ReactionForm sid={session.id} summary={s} onSaved={setSaved} />
        </SectionCard>
      ) : (
        session.canManage &&
        s.recordRefusal && (
          <Alert color="gray" variant="light" data-testid="reaction-closed">
            <Text size="sm">{s.recordRefusal}</Text>
          </Alert>
        )
      )}
      <SectionCard title={t('pelatihan.reaction.summaryHeading')} testId="reaction-summary-card">
        {s.responses === 0 ? (
          <Text size="sm" c="dimmed" data-testid="reaction-empty">
            {t('pelatihan.reaction.empty')}
          </Text>
        ) : (
          <ReactionSummaryView summary={s} />
        )}
      </SectionCard>
    </Stack>
  );
}
