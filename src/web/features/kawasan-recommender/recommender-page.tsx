import { Alert, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Recommendation } from '../../../contracts/kawasan.contract';
import { isBadRequest, isForbidden, isNotFound } from '../../api-client/api-error';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { useSession } from '../session/use-session';
import { kabupatenChoice, runOptionsOf } from './recommender-model';
import { RunForm, type RunFormInitial } from './run-form';
import { RunResult } from './run-result';
import { useRecommendation } from './use-recommender-queries';

const EMPTY_OPTIONS = { seed: '', minSize: '', maxSize: '' };

/** No such run (or not a run id at all), or one this user may not see. */
const isMissing = (error: unknown) => isNotFound(error) || isBadRequest(error) || isForbidden(error);

/**
 * `/kawasan/rekomendasi` and `/kawasan/rekomendasi/:id`: run the formation recommender for a
 * kabupaten and read its proposals; the run's address reopens it, for anyone it is shared with.
 */
export function KawasanRecommenderPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kawasanRecommender.documentTitle'));
  const { id } = useParams();
  const { user } = useSession();
  const choice = useMemo(() => kabupatenChoice(user?.assignments ?? []), [user]);
  const query = useRecommendation(id);
  const run = query.data;
  // The form starts on the run's kabupaten (or the user's own); "Ulangi" remounts it with the run's seed.
  const [form, setForm] = useState<{ key: number; initial: RunFormInitial | null }>({
    key: 0,
    initial: null,
  });
  const repeat = (r: Recommendation) =>
    setForm((f) => ({
      key: f.key + 1,
      initial: {
        kabupatenCode: r.kabupatenCode,
        options: runOptionsOf(r),
        advanced: true,
      },
    }));

  if (!choice.national && choice.provinces.length === 0 && choice.kabupaten.length === 0) {
    return (
      <DeadEndPanel title={t('kawasanRecommender.notAllowedTitle')} alert>
        <Text>{t('kawasanRecommender.notAllowedText')}</Text>
      </DeadEndPanel>
    );
  }

  const waiting = Boolean(id) && query.isPending;
  const initial: RunFormInitial = form.initial ?? {
    kabupatenCode: run?.kabupatenCode ?? choice.defaultCode,
    options: EMPTY_OPTIONS,
    advanced: false,
  };
  return (
    <Stack gap="md" maw={960}>
      <Stack gap={4}>
        <Title order={1}>{t('kawasanRecommender.title')}</Title>
        <Text c="dimmed" size="sm" maw={760}>
          {t('kawasanRecommender.intro')}
        </Text>
      </Stack>
      {waiting ? (
        <LoadingState label={t('kawasanRecommender.run.loading')} />
      ) : (
        <RunForm
          key={`${form.key}-${run?.kabupatenCode ?? ''}`}
          choice={choice}
          initial={initial}
          hasResult={Boolean(run)}
        />
      )}
      {id && query.isError && isMissing(query.error) ? (
        <Alert color="orange" variant="light" title={t('kawasanRecommender.run.notFoundTitle')} role="alert">
          <Text size="sm">{t('kawasanRecommender.run.notFoundText')}</Text>
        </Alert>
      ) : id && query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : run ? (
        <RunResult run={run} onRepeat={() => repeat(run)} />
      ) : null}
    </Stack>
  );
}
