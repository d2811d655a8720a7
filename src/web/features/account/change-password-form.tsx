import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isUnauthorized } from '../../api-client/api-error';
import { MIN_PASSWORD_LENGTH } from '../../shared/form-rules';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PasswordField } from '../../shared/password-field';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useChangePassword } from './use-account-queries';

type Errors = Partial<Record<'currentPassword' | 'newPassword' | 'repeat', string>>;

/** Current password, new password twice; other sessions end when it succeeds. */
export function ChangePasswordForm({ username }: { username: string }) {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!current) found.currentPassword = t('common.required');
    if (next.length < MIN_PASSWORD_LENGTH) found.newPassword = t('password.tooShort');
    if (repeat !== next) found.repeat = t('password.mismatch');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setRepeat('');
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          const wrong = isUnauthorized(error) ? t('password.wrongCurrent') : undefined;
          setErrors({ currentPassword: fields.currentPassword ?? wrong, newPassword: fields.newPassword });
          setFailures((n) => n + 1);
        },
      },
    );
  };

  const serverFields = fieldErrorsOf(change.error);
  const showAlert = change.isError && !isUnauthorized(change.error) && Object.keys(serverFields).length === 0;

  return (
    <SectionCard title={t('password.heading')} testId="change-password">
      <form ref={formRef} onSubmit={submit} noValidate aria-label={t('password.heading')}>
        {/* Tells password managers whose password this is. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <Stack gap="sm" maw={420}>
          {change.isSuccess && (
            <SuccessNote onClose={() => change.reset()}>{t('password.changed')}</SuccessNote>
          )}
          {showAlert && <MutationErrorAlert error={change.error} title={t('common.notSavedTitle')} />}
          <PasswordField
            label={t('password.current')}
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            error={errors.currentPassword}
          />
          <PasswordField
            label={t('password.new')}
            description={t('password.hint')}
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            error={errors.newPassword}
          />
          <PasswordField
            label={t('password.repeat')}
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.currentTarget.value)}
            error={errors.repeat}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionCard>
  );
}
