import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Proposal } from '../../../contracts/kawasan.contract';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { createdState, kawasanPath } from '../kawasan/kawasan-paths';
import { useKawasanThemes } from '../kawasan/use-kawasan-queries';
import { COMMODITIES_MAX, defaultKawasanName, NAME_MAX, NAME_MIN } from './recommender-model';
import { useProposalToKawasan } from './use-recommender-queries';

interface ProposalKawasanFormProps {
  runId: string;
  proposal: Proposal;
  onCancel: () => void;
}

/**
 * "Jadikan usulan kawasan": name (prefilled after the first locomotive), theme and commodities;
 * the kawasan is created and proposed in one step, then its page opens.
 */
export function ProposalKawasanForm({ runId, proposal, onCancel }: ProposalKawasanFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const themes = useKawasanThemes();
  const make = useProposalToKawasan(runId);
  const [name, setName] = useState(() => defaultKawasanName(proposal));
  const [theme, setTheme] = useState('');
  const [commodities, setCommodities] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ name?: string; theme?: string; commodities?: string }>({});
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < NAME_MIN || trimmed.length > NAME_MAX) {
      setErrors({ name: t('kawasanRecommender.create.nameProblem') });
      setFailures((n) => n + 1);
      return;
    }
    setErrors({});
    make.mutate(
      { proposalId: proposal.id, body: { name: trimmed, theme: theme || null, commodities } },
      {
        onSuccess: (kawasan) => navigate(kawasanPath(kawasan.id), { state: createdState(kawasan.name) }),
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          const commodityError = Object.entries(fields).find(([f]) => f.startsWith('commodities'))?.[1];
          setErrors({
            ...(fields.name ? { name: fields.name } : {}),
            ...(fields.theme ? { theme: fields.theme } : {}),
            ...(commodityError ? { commodities: commodityError } : {}),
          });
          setFailures((n) => n + 1);
        },
      },
    );
  };

  const fieldErrors = Object.keys(errors).length > 0;
  return (
    <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)">
      <form
        ref={formRef}
        onSubmit={submit}
        noValidate
        aria-labelledby={headingId}
        data-testid="proposal-kawasan-form"
      >
        <Stack gap="sm">
          <Title order={4} size="h5" id={headingId}>
            {t('kawasanRecommender.create.heading', { id: proposal.id })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('kawasanRecommender.create.hint', { count: proposal.members.length })}
          </Text>
          {make.isError && !fieldErrors && (
            <MutationErrorAlert error={make.error} title={t('kawasanRecommender.create.failedTitle')} />
          )}
          <TextInput
            label={t('kawasanRecommender.create.name')}
            required
            maxLength={NAME_MAX}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            disabled={make.isPending}
          />
          <NativeSelect
            label={t('kawasanRecommender.create.theme')}
            value={theme}
            onChange={(e) => setTheme(e.currentTarget.value)}
            error={errors.theme}
            disabled={make.isPending || themes.isPending}
            data={[
              { value: '', label: t('kawasanRecommender.create.noTheme') },
              ...(themes.data ?? []).map((th) => ({ value: th.code, label: th.label })),
            ]}
          />
          {themes.isError && (
            <Alert color="yellow" variant="light" p="xs">
              <Text size="sm">{t('kawasanRecommender.create.themesFailed')}</Text>
            </Alert>
          )}
          <TagsInput
            label={t('kawasanRecommender.create.commodities')}
            description={t('kawasanRecommender.create.commoditiesHint')}
            placeholder={
              commodities.length === 0 ? t('kawasanRecommender.create.commoditiesPlaceholder') : undefined
            }
            value={commodities}
            onChange={setCommodities}
            maxTags={COMMODITIES_MAX}
            splitChars={[',', ';']}
            acceptValueOnBlur
            clearable
            error={errors.commodities}
            disabled={make.isPending}
          />
          <Group gap="sm">
            <Button type="submit" loading={make.isPending} data-testid="proposal-kawasan-submit">
              {t('kawasanRecommender.create.submit')}
            </Button>
            <Button variant="default" onClick={onCancel} disabled={make.isPending}>
              {t('kawasanRecommender.create.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
