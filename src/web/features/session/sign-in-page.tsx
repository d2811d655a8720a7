import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { isApiError, isTooManyRequests, isUnauthorized } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { PasswordField } from '../../shared/password-field';
import { safeReturnPath } from './session-access';
import { useCountdown } from './use-countdown';
import { forgetSignOut, useSession, useSignIn } from './use-session';

type Reason = 'needed' | 'signed-out';

function reasonOf(state: unknown): Reason | null {
  const reason = (state as { reason?: unknown } | null)?.reason;
  return reason === 'needed' || reason === 'signed-out' ? reason : null;
}

/** "45 detik" or "3 menit". */
function useWaitText(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) =>
    seconds < 60
      ? t('signIn.waitSeconds', { count: seconds })
      : t('signIn.waitMinutes', { count: Math.ceil(seconds / 60) });
}

/** `/masuk`: username or email and password; back to where the visitor came from afterwards. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('signIn.documentTitle'));
  const [params] = useSearchParams();
  const location = useLocation();
  const back = safeReturnPath(params.get('kembali'));
  const { status } = useSession();
  const signIn = useSignIn();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const wait = useCountdown(lockedUntil);
  const waitText = useWaitText();

  useEffect(forgetSignOut, []);

  if (status === 'loading') return <LoadingState />;
  if (status === 'signed-in') return <Navigate to={back} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (wait > 0) return;
    signIn.mutate(
      { login: login.trim(), password },
      {
        onError: (error) => {
          setPassword('');
          const seconds = isApiError(error) ? error.retryAfterSeconds : null;
          setLockedUntil(isTooManyRequests(error) && seconds ? Date.now() + seconds * 1000 : null);
        },
      },
    );
  };

  const reason = signIn.isIdle ? reasonOf(location.state) : null;
  const error = signIn.error;
  let problem: ReactNode = null;
  if (isTooManyRequests(error)) {
    problem = (
      <Alert color="orange" variant="light" title={t('signIn.tooManyTitle')} role="alert">
        <Text size="sm" data-testid="sign-in-error">
          {wait > 0 ? t('signIn.tooMany', { wait: waitText(wait) }) : t('signIn.tooManyLater')}
        </Text>
      </Alert>
    );
  } else if (isUnauthorized(error)) {
    problem = (
      <Alert color="red" variant="light" title={t('signIn.failedTitle')} role="alert">
        <Text size="sm" data-testid="sign-in-error">
          {t('signIn.failed')}
        </Text>
      </Alert>
    );
  } else if (error) {
    problem = <ErrorState error={error} title={t('signIn.failedTitle')} />;
  }

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={440} mx="auto" w="100%">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} size="h2" id="sign-in-title">
              {t('signIn.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('signIn.intro')}
            </Text>
          </Stack>
          {reason && (
            <Alert color="blue" variant="light" role="status">
              <Text size="sm">{t(reason === 'needed' ? 'signIn.needed' : 'signIn.signedOut')}</Text>
            </Alert>
          )}
          {problem}
          <TextInput
            label={t('signIn.login')}
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={login}
            onChange={(e) => setLogin(e.currentTarget.value)}
            data-autofocus
          />
          <PasswordField
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={signIn.isPending} disabled={wait > 0} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
