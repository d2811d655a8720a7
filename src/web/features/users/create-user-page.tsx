import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type ChangeEvent, type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../api-client/api-error';
import { EMAIL_PATTERN, MIN_PASSWORD_LENGTH, USERNAME_PATTERN } from '../../shared/form-rules';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PasswordField } from '../../shared/password-field';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { type AssignmentErrors, AssignmentFields, useDraftProblemText } from './assignment-fields';
import { type AssignmentDraft, draftToGrant, emptyDraft, rowFieldErrors } from './scope-rules';
import { useGrantOptions } from './use-grant-options';
import { useCreateUser } from './use-user-queries';
import { userPath } from './user-list';

type Field = 'username' | 'name' | 'email' | 'password';
const FIELDS: readonly Field[] = ['username', 'name', 'email', 'password'];

/** `/admin/pengguna/baru`: a new account with its first roles. */
export function CreateUserPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('createUser.documentTitle'));
  const navigate = useNavigate();
  const create = useCreateUser();
  const { roles, withinHint } = useGrantOptions();
  const problemText = useDraftProblemText();
  const [values, setValues] = useState<Record<Field, string>>({
    username: '',
    name: '',
    email: '',
    password: '',
  });
  const [rows, setRows] = useState<AssignmentDraft[]>(() => [emptyDraft()]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [rowErrors, setRowErrors] = useState<AssignmentErrors[]>([]);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);

  const set = (field: Field) => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const username = values.username.trim().toLowerCase();
    const found: Partial<Record<Field, string>> = {};
    if (!username) found.username = t('common.required');
    else if (!USERNAME_PATTERN.test(username)) found.username = t('createUser.usernameHint');
    if (!values.name.trim()) found.name = t('common.required');
    if (values.email.trim() && !EMAIL_PATTERN.test(values.email.trim()))
      found.email = t('createUser.emailInvalid');
    if (values.password.length < MIN_PASSWORD_LENGTH) found.password = t('password.tooShort');
    const checked = rows.map(draftToGrant);
    const foundRows = checked.map((r) =>
      r.ok
        ? {}
        : r.problem.type === 'role-required'
          ? { role: problemText(r.problem) }
          : { scope: problemText(r.problem) },
    );
    setErrors(found);
    setRowErrors(foundRows);
    if (Object.keys(found).length > 0 || checked.some((r) => !r.ok)) {
      setFailures((n) => n + 1);
      return;
    }
    create.mutate(
      {
        username,
        name: values.name.trim(),
        email: values.email.trim() || null,
        password: values.password,
        assignments: checked.flatMap((r) => (r.ok ? [r.grant] : [])),
      },
      {
        onSuccess: (user) => navigate(userPath(user.id), { state: { created: user.name } }),
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          setErrors(Object.fromEntries(FIELDS.flatMap((f) => (fields[f] ? [[f, fields[f]]] : []))));
          setRowErrors(rows.map((_, i) => rowFieldErrors(fields, `assignments.${i}`)));
          setFailures((n) => n + 1);
        },
      },
    );
  };

  const serverFields = fieldErrorsOf(create.error);
  const showAlert = create.isError && Object.keys(serverFields).length === 0;

  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to="/admin/pengguna" size="sm">
        ← {t('users.backToList')}
      </Anchor>
      <Title order={1}>{t('createUser.title')}</Title>
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
        <form ref={formRef} onSubmit={submit} noValidate aria-label={t('createUser.title')}>
          <Stack gap="md">
            {showAlert && <MutationErrorAlert error={create.error} title={t('createUser.failedTitle')} />}
            <TextInput
              label={t('createUser.username')}
              description={t('createUser.usernameHint')}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={40}
              value={values.username}
              onChange={set('username')}
              error={errors.username}
            />
            <TextInput
              label={t('createUser.name')}
              required
              maxLength={120}
              value={values.name}
              onChange={set('name')}
              error={errors.name}
            />
            <TextInput
              label={`${t('createUser.email')} (${t('common.optional')})`}
              type="email"
              autoComplete="off"
              maxLength={200}
              value={values.email}
              onChange={set('email')}
              error={errors.email}
            />
            <PasswordField
              label={t('createUser.password')}
              description={t('createUser.passwordHint')}
              required
              autoComplete="new-password"
              value={values.password}
              onChange={set('password')}
              error={errors.password}
            />
            <Stack gap="xs" component="section" aria-labelledby="create-user-roles">
              <Title order={2} size="h5" id="create-user-roles">
                {t('createUser.rolesHeading')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('createUser.rolesHint')}
              </Text>
              {rows.map((row, i) => (
                <AssignmentFields
                  key={row.key}
                  draft={row}
                  legend={t('createUser.roleRow', { index: i + 1 })}
                  roles={roles}
                  withinHint={withinHint}
                  errors={rowErrors[i]}
                  onChange={(next) => setRows((rs) => rs.map((r) => (r.key === row.key ? next : r)))}
                  onRemove={() => {
                    setRows((rs) => rs.filter((r) => r.key !== row.key));
                    setRowErrors((es) => es.filter((_, j) => j !== i));
                  }}
                  removeLabel={t('createUser.removeRole', { index: i + 1 })}
                />
              ))}
              <Group>
                <Button variant="light" size="sm" onClick={() => setRows((rs) => [...rs, emptyDraft()])}>
                  {t('createUser.addRole')}
                </Button>
              </Group>
            </Stack>
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('createUser.submit')}
              </Button>
              <Button component={Link} to="/admin/pengguna" variant="default">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
