import { Badge, Button, DataList, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../contracts/access.contract';
import { fieldErrorsOf } from '../../api-client/api-error';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { EMAIL_PATTERN } from '../../shared/form-rules';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useEditing } from '../../shared/use-editing';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useUpdateUser } from './use-user-queries';

function EditProfileForm({ user, onDone }: { user: UserView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser(user.id);
  const [name, setName] = useState(user.name);
  const [email, setEmail] = useState(user.email ?? '');
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: { name?: string; email?: string } = {};
    if (!name.trim()) found.name = t('common.required');
    if (email.trim() && !EMAIL_PATTERN.test(email.trim())) found.email = t('createUser.emailInvalid');
    setErrors(found);
    if (found.name || found.email) return;
    update.mutate(
      { name: name.trim(), email: email.trim() || null },
      { onSuccess: () => onDone(true), onError: (error) => setErrors(fieldErrorsOf(error)) },
    );
  };
  const fields = fieldErrorsOf(update.error);
  return (
    <form onSubmit={submit} noValidate aria-label={t('userDetail.editProfile')}>
      <Stack gap="sm" maw={480}>
        {update.isError && !fields.name && !fields.email && (
          <MutationErrorAlert error={update.error} title={t('common.notSavedTitle')} />
        )}
        <TextInput
          label={t('account.name')}
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors.name}
        />
        <TextInput
          label={`${t('account.email')} (${t('common.optional')})`}
          type="email"
          maxLength={200}
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
          error={errors.email}
        />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Name, username, email and status of an account; edit the profile, deactivate or activate it. */
export function UserProfileSection({ user, isSelf }: { user: UserView; isSelf: boolean }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const update = useUpdateUser(user.id);
  const { editing, edit, done, note, setNote } = useEditing(t('common.saved'));
  const [confirming, setConfirming] = useState(false);

  const toggleActive = () =>
    update.mutate(
      { active: !user.active },
      {
        onSuccess: (saved) => {
          setConfirming(false);
          setNote(saved.active ? t('userDetail.activated') : t('userDetail.deactivated'));
        },
      },
    );

  const actions = !editing && (
    <Button size="compact-sm" variant="light" onClick={edit}>
      {t('userDetail.editProfile')}
    </Button>
  );

  return (
    <SectionCard title={t('userDetail.profileHeading')} actions={actions} testId="user-profile">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {editing ? (
        <EditProfileForm user={user} onDone={done} />
      ) : (
        <DataList labelWidth="130px" withDivider>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.name')}</DataList.ItemLabel>
            <DataList.ItemValue>{user.name}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.username')}</DataList.ItemLabel>
            <DataList.ItemValue>{user.username}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('account.email')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>
              {user.email ?? t('common.none')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('userDetail.status')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Badge size="sm" radius="sm" variant="light" color={user.active ? 'teal' : 'gray'}>
                {user.active ? t('users.active') : t('users.inactive')}
              </Badge>
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('userDetail.created')}</DataList.ItemLabel>
            <DataList.ItemValue>{format.dateTime(user.createdAt)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('userDetail.updated')}</DataList.ItemLabel>
            <DataList.ItemValue>{format.dateTime(user.updatedAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
      {!isSelf && (
        <Group>
          <Button
            size="sm"
            variant="outline"
            color={user.active ? 'red' : 'teal'}
            onClick={() => {
              update.reset();
              setConfirming(true);
            }}
          >
            {user.active ? t('userDetail.deactivate') : t('userDetail.activate')}
          </Button>
        </Group>
      )}
      <ConfirmDialog
        opened={confirming}
        title={t(user.active ? 'userDetail.deactivateTitle' : 'userDetail.activateTitle', {
          name: user.name,
        })}
        text={t(user.active ? 'userDetail.deactivateText' : 'userDetail.activateText', { name: user.name })}
        confirmLabel={user.active ? t('userDetail.deactivate') : t('userDetail.activate')}
        danger={user.active}
        loading={update.isPending}
        error={update.error}
        onClose={() => setConfirming(false)}
        onConfirm={toggleActive}
      />
    </SectionCard>
  );
}
