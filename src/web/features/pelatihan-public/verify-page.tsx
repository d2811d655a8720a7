import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { VerificationView } from '../../../contracts/training-outcome.contract';
import { isApiError } from '../../api-client/api-error';
import { trainingOutcomeApi } from '../../api-client/training-api';
import { numberLocale } from '../../i18n/i18n-setup';
import { ErrorState } from '../../shared/error-state';
import { Fact, FactList } from '../../shared/fact-list';
import { LoadingState } from '../../shared/loading-state';
import {
  formatCalendarDay,
  formatPeriod,
  OUTCOME_COLORS,
  VERIFY_CODE_MAX,
  verifyInput,
  verifyPath,
} from './verify-model';
import classes from './verify-page.module.css';

type CertificateShown = Extract<VerificationView, { certificate: unknown }>['certificate'];

/** What the certificate states, as the public may see it. */
function CertificateFacts({ certificate }: { certificate: CertificateShown }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (
    <FactList aria-label={t('pelatihanHasil.verify.factsLabel')} testId="verify-facts">
      <Fact label={t('pelatihanHasil.verify.name')} testId="verify-name" wide>
        <span className={classes.name}>{certificate.nameAsPrinted}</span>
      </Fact>
      <Fact label={t('pelatihanHasil.verify.programme')} testId="verify-programme" wide>
        {certificate.programmeTitle}
      </Fact>
      <Fact label={t('pelatihanHasil.verify.provider')} testId="verify-provider" wide>
        {certificate.providerName}
      </Fact>
      <Fact label={t('pelatihanHasil.verify.session')} testId="verify-session">
        {certificate.sessionLabel}
      </Fact>
      <Fact label={t('pelatihanHasil.verify.period')} testId="verify-period">
        {formatPeriod(certificate.startDate, certificate.endDate, locale)}
      </Fact>
      <Fact label={t('pelatihanHasil.verify.hours')} testId="verify-hours">
        {t('pelatihanHasil.hoursValue', { count: certificate.hours })}
      </Fact>
      <Fact label={t('pelatihanHasil.verify.issuedOn')} testId="verify-issued">
        {formatCalendarDay(certificate.issuedOn, locale)}
      </Fact>
      <Fact label={t('pelatihanHasil.verify.code')} testId="verify-code">
        <span className={classes.code}>{certificate.code}</span>
      </Fact>
    </FactList>
  );
}

/** The answer for one code: valid, revoked (date and public reason), unknown or mistyped. */
function OutcomePanel({ view }: { view: VerificationView }) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      className={classes.outcome}
      style={{ borderLeftColor: `var(--mantine-color-${OUTCOME_COLORS[view.outcome]}-7)` }}
      role="status"
      aria-live="polite"
      data-testid="verify-outcome"
      data-outcome={view.outcome}
    >
      <Stack gap="sm">
        <Title order={2} size="h3" c={`${OUTCOME_COLORS[view.outcome]}.9`}>
          {t(`pelatihanHasil.verify.outcome.${view.outcome}`)}
        </Title>
        {(view.outcome === 'unknown' || view.outcome === 'malformed') && (
          <Text size="sm" className={classes.message} data-testid="verify-message">
            {view.message}
          </Text>
        )}
        {view.outcome === 'valid' && (
          <Text size="sm" data-testid="verify-message">
            {t('pelatihanHasil.verify.validText', { provider: view.certificate.providerName })}
          </Text>
        )}
        {view.outcome === 'revoked' && (
          <Alert color="red" variant="light" p="xs" data-testid="verify-revocation">
            <Text size="sm" fw={600}>
              {t('pelatihanHasil.verify.revokedOn', { date: formatCalendarDay(view.revokedOn, locale) })}
            </Text>
            <Text size="sm" data-testid="verify-reason">
              {t(`pelatihanHasil.revocationPublic.${view.reason}`)}
            </Text>
          </Alert>
        )}
        {(view.outcome === 'valid' || view.outcome === 'revoked') && (
          <CertificateFacts certificate={view.certificate} />
        )}
        {view.outcome === 'unknown' && (
          <Text size="sm" c="dimmed">
            {t('pelatihanHasil.verify.unknownHint')}
          </Text>
        )}
        {view.outcome === 'malformed' && (
          <Text size="sm" c="dimmed">
            {t('pelatihanHasil.verify.malformedHint')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function useVerification(code: string) {
  return useQuery({
    queryKey: ['pelatihan-publik', 'verifikasi', code],
    queryFn: ({ signal }) => trainingOutcomeApi.verify(code, signal),
    enabled: code !== '',
    // A revocation must show at once (the server says no-store), but a look-up is rate-limited:
    // ask again when the code changes or on a reload, not each time the window gains focus.
    staleTime: 0,
    refetchOnWindowFocus: false,
    // Only a lost connection is worth asking again by itself; a refusal (too many checks) is not.
    retry: (count, error) => count < 1 && isApiError(error) && error.kind === 'network',
  });
}

/** The field and button; keyed on the code in the address, so it shows what was checked. */
function CodeForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = verifyInput(typed);
    if (!input.ok) {
      setProblem(input.message);
      return;
    }
    setProblem(null);
    void navigate(verifyPath(input.code));
  };
  return (
    <form onSubmit={submit} noValidate data-testid="verify-form">
      <div className={classes.form}>
        <TextInput
          label={t('pelatihanHasil.verify.field')}
          description={t('pelatihanHasil.verify.fieldHint')}
          placeholder="KWS-7KQ2-M9XD-T"
          value={typed}
          onChange={(e) => {
            setTyped(e.currentTarget.value);
            setProblem(null);
          }}
          maxLength={VERIFY_CODE_MAX}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          size="md"
          error={problem}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          classNames={{ input: classes.codeInput }}
          className={classes.field}
          data-testid="verify-code-field"
        />
        <Button type="submit" size="md" className={classes.submit} data-testid="verify-submit">
          {t('pelatihanHasil.verify.submit')}
        </Button>
      </div>
    </form>
  );
}

/**
 * `/verifikasi` and `/verifikasi/:code`: anyone, signed in or not, checks a certificate of a
 * training by the code printed on it. The server answers every code with an outcome: valid (what
 * the certificate states), revoked (its date and public reason), unknown, or mistyped (the
 * domain's reason, e.g. a wrong check character).
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code: asked = '' } = useParams();
  const code = asked.trim();
  const verification = useVerification(code);
  useDocumentTitle(
    code ? t('pelatihanHasil.verify.documentTitleCode', { code }) : t('pelatihanHasil.verify.documentTitle'),
  );
  return (
    <Stack gap="lg" maw={760} mx="auto" w="100%" data-testid="verify-page">
      <Stack gap="xs" component="header">
        <Title order={1} size="h2">
          {t('pelatihanHasil.verify.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pelatihanHasil.verify.intro')}
        </Text>
      </Stack>
      <CodeForm key={code} initial={code} />
      {code === '' ? null : verification.isPending ? (
        <LoadingState label={t('pelatihanHasil.verify.checking')} />
      ) : verification.isError ? (
        <ErrorState error={verification.error} onRetry={() => void verification.refetch()} />
      ) : (
        <OutcomePanel view={verification.data} />
      )}
      <Text size="xs" c="dimmed">
        {t('pelatihanHasil.verify.privacy')}
      </Text>
    </Stack>
  );
}
