import { Button, Collapse, Group, Progress, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useRegionDetail } from '../regions/use-region-queries';
import { KabupatenPicker } from './kabupaten-picker';
import {
  DEFAULT_SIZE,
  type KabupatenChoice,
  type OptionProblem,
  parseRunOptions,
  type RunOptionsInput,
  recommendationPath,
} from './recommender-model';
import { useRunRecommender } from './use-recommender-queries';

export interface RunFormInitial {
  kabupatenCode: string | null;
  options: RunOptionsInput;
  /** Open the advanced options (to repeat a run with its seed). */
  advanced: boolean;
}

interface RunFormProps {
  choice: KabupatenChoice;
  initial: RunFormInitial;
  /** Whether a result is shown below (the button then says "Jalankan lagi"). */
  hasResult: boolean;
}

type Errors = Partial<Record<'kabupaten' | 'seed' | 'minSize' | 'maxSize', string>>;

/** Field a problem is shown on ("order" is shown on the largest size). */
const PROBLEM_FIELD: Record<OptionProblem, keyof Errors> = {
  seed: 'seed',
  minSize: 'minSize',
  maxSize: 'maxSize',
  order: 'maxSize',
};

/** Kabupaten, optionally seed and sizes, then POST; the run opens at its own address. */
export function RunForm({ choice, initial, hasResult }: RunFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const advancedId = useId();
  const run = useRunRecommender();
  const [kabupaten, setKabupaten] = useState(initial.kabupatenCode);
  // The name for "Menyusun usulan untuk …", from the region cache the picker fills.
  const region = useRegionDetail(kabupaten ?? undefined);
  const [options, setOptions] = useState<RunOptionsInput>(initial.options);
  const [advanced, setAdvanced] = useState(initial.advanced);
  const [errors, setErrors] = useState<Errors>({});
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);

  const set = (field: keyof RunOptionsInput) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setOptions((o) => ({ ...o, [field]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!kabupaten) found.kabupaten = t('kawasanRecommender.form.kabupatenRequired');
    const parsed = parseRunOptions(options);
    if (!parsed.ok) {
      for (const p of parsed.problems) found[PROBLEM_FIELD[p]] ??= t(`kawasanRecommender.form.problem.${p}`);
      setAdvanced(true);
    }
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.ok || !kabupaten) {
      setFailures((n) => n + 1);
      return;
    }
    const { ok: _ok, ...given } = parsed;
    run.mutate(
      { kabupatenCode: kabupaten, ...given },
      {
        onSuccess: (result) => navigate(recommendationPath(result.id)),
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          const server: Errors = {};
          if (fields.kabupatenCode) server.kabupaten = fields.kabupatenCode;
          for (const f of ['seed', 'minSize', 'maxSize'] as const) if (fields[f]) server[f] = fields[f];
          if (server.seed || server.minSize || server.maxSize) setAdvanced(true);
          setErrors(server);
          setFailures((n) => n + 1);
        },
      },
    );
  };

  const serverFields = Object.keys(fieldErrorsOf(run.error)).length > 0;
  const name = region.data?.name ?? kabupaten ?? '';
  return (
    <SectionCard title={t('kawasanRecommender.form.heading')} testId="recommender-form">
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('kawasanRecommender.form.heading')}>
        <Stack gap="sm">
          {run.isError && !serverFields && (
            <MutationErrorAlert error={run.error} title={t('kawasanRecommender.form.failedTitle')} />
          )}
          <KabupatenPicker
            choice={choice}
            value={kabupaten}
            onChange={setKabupaten}
            error={errors.kabupaten}
            disabled={run.isPending}
          />
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setAdvanced((a) => !a)}
              aria-expanded={advanced}
              aria-controls={advancedId}
              data-testid="recommender-advanced"
            >
              {advanced ? t('kawasanRecommender.form.advancedHide') : t('kawasanRecommender.form.advanced')}
            </Button>
          </Group>
          <Collapse expanded={advanced} id={advancedId}>
            <Stack gap="sm">
              <TextInput
                label={t('kawasanRecommender.form.seed')}
                description={t('kawasanRecommender.form.seedHint')}
                inputMode="numeric"
                autoComplete="off"
                maxLength={10}
                value={options.seed}
                onChange={set('seed')}
                error={errors.seed}
                disabled={run.isPending}
                data-testid="recommender-seed"
              />
              <SimpleGrid cols={2} spacing="sm">
                <TextInput
                  label={t('kawasanRecommender.form.minSize')}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={2}
                  placeholder={String(DEFAULT_SIZE.min)}
                  value={options.minSize}
                  onChange={set('minSize')}
                  error={errors.minSize}
                  disabled={run.isPending}
                />
                <TextInput
                  label={t('kawasanRecommender.form.maxSize')}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={2}
                  placeholder={String(DEFAULT_SIZE.max)}
                  value={options.maxSize}
                  onChange={set('maxSize')}
                  error={errors.maxSize}
                  disabled={run.isPending}
                />
              </SimpleGrid>
              <Text size="xs" c="dimmed">
                {t('kawasanRecommender.form.sizeHint', DEFAULT_SIZE)}
              </Text>
            </Stack>
          </Collapse>
          {run.isPending ? (
            <Stack gap={6} role="status" aria-live="polite" data-testid="recommender-running">
              <Text size="sm" fw={600}>
                {t('kawasanRecommender.form.running', { name })}
              </Text>
              <Progress value={100} striped animated size="lg" radius="xl" aria-hidden />
              <Text size="xs" c="dimmed">
                {t('kawasanRecommender.form.runningHint')}
              </Text>
            </Stack>
          ) : (
            <Group>
              <Button type="submit" data-testid="recommender-submit">
                {hasResult ? t('kawasanRecommender.form.again') : t('kawasanRecommender.form.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </SectionCard>
  );
}
