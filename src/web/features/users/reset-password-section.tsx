import { Button, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MIN_PASSWORD_LENGTH } from '../../shared/form-rules';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PasswordField } from '../../shared/password-field';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useResetPassword } from './use-user-queries';

/** An administrator sets a new password for someone who forgot theirs. */
export function ResetPasswordSection({ userId, username }: { userId: string; username: string }) {
  const { t } = useTranslation();
  const reset = useResetPassword(userId);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      setError(t('password.tooShort'));
      return;
    }
    setError(undefined);
    reset.mutate(password, {
      onSuccess: () => setPassword(''),
      onError: (e) => setError(fieldErrorsOf(e).newPassword),
    });
  };
  const fieldError = fieldErrorsOf(reset.error).newPassword;

  return (
    <SectionCard title={t('userDetail.resetHeading')} testId="reset-password">
      <form onSubmit={submit} noValidate aria-label={t('userDetail.resetHeading')}>
        {/* The password belongs to this user, not to the administrator (for password managers). */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Stack gap="sm" maw={420}>
          <Text size="sm" c="dimmed">
            {t('userDetail.resetHint')}
          </Text>
          {reset.isSuccess && (
            <SuccessNote onClose={() => reset.reset()}>{t('userDetail.resetDone')}</SuccessNote>
          )}
          {reset.isError && !fieldError && <MutationErrorAlert error={reset.error} />}
          <PasswordField
            label={t('password.new')}
            description={t('password.hint')}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error}
          />
          <Group>
            <Button type="submit" variant="light" loading={reset.isPending}>
              {t('userDetail.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
