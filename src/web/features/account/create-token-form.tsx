import { Button, Checkbox, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenCreated } from '../../../contracts/auth.contract';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import classes from './create-token-form.module.css';
import { useCreateToken } from './use-account-queries';

const EXPIRY_DAYS = [30, 90, 180, 365] as const;
const DEFAULT_EXPIRY = 90;

/** Name, lifetime and read-only switch of a new API token. */
export function CreateTokenForm({ onCreated }: { onCreated: (created: TokenCreated) => void }) {
  const { t } = useTranslation();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [days, setDays] = useState(String(DEFAULT_EXPIRY));
  const [readOnly, setReadOnly] = useState(true);
  const [nameError, setNameError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(t('common.required'));
      return;
    }
    setNameError(null);
    create.mutate(
      { name: name.trim(), expiresInDays: Number(days), readOnly },
      {
        onSuccess: (created) => {
          setName('');
          onCreated(created);
        },
      },
    );
  };

  const fields = fieldErrorsOf(create.error);
  const otherError = create.isError && !fields.name && !fields.expiresInDays && !fields.readOnly;

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-token-heading" className={classes.form}>
      <Stack gap="sm">
        <Title order={3} size="h5" id="create-token-heading">
          {t('tokens.createHeading')}
        </Title>
        {otherError && <MutationErrorAlert error={create.error} />}
        <div className={classes.row}>
          <TextInput
            label={t('tokens.name')}
            placeholder={t('tokens.namePlaceholder')}
            required
            maxLength={80}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError ?? fields.name}
            className={classes.name}
          />
          <NativeSelect
            label={t('tokens.expiresIn')}
            value={days}
            onChange={(e) => setDays(e.currentTarget.value)}
            data={EXPIRY_DAYS.map((d) => ({ value: String(d), label: t('tokens.days', { count: d }) }))}
            error={fields.expiresInDays}
            className={classes.expiry}
          />
        </div>
        <Checkbox
          label={t('tokens.readOnly')}
          description={t('tokens.readOnlyHint')}
          checked={readOnly}
          onChange={(e) => setReadOnly(e.currentTarget.checked)}
          error={fields.readOnly}
        />
        <Group>
          <Button type="submit" loading={create.isPending} variant="light">
            {t('tokens.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
