import { Badge, Button, DataList, Group, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KawasanDetail } from '../../../contracts/kawasan.contract';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useEditing } from '../../shared/use-editing';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { commodityTags, profileFieldErrors } from './kawasan-forms';
import classes from './kawasan-page.module.css';
import { type ProfileErrors, ProfileFields, type ProfileValues } from './profile-fields';
import { useUpdateKawasan } from './use-kawasan-queries';

function EditProfile({ kawasan, onDone }: { kawasan: KawasanDetail; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const update = useUpdateKawasan(kawasan.id);
  const [values, setValues] = useState<ProfileValues>({
    name: kawasan.name,
    theme: kawasan.theme?.code ?? null,
    commodities: kawasan.commodities,
    delineationNotes: kawasan.delineationNotes ?? '',
  });
  const [errors, setErrors] = useState<ProfileErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = values.name.trim();
    const found: ProfileErrors = {};
    if (!name) found.name = t('common.required');
    else if (name.length < 3) found.name = t('kawasan.form.nameTooShort');
    setErrors(found);
    if (found.name) return;
    update.mutate(
      {
        name,
        theme: values.theme,
        commodities: commodityTags(values.commodities),
        delineationNotes: values.delineationNotes.trim() || null,
      },
      {
        onSuccess: () => onDone(true),
        onError: (error) => setErrors(profileFieldErrors(fieldErrorsOf(error)).byField),
      },
    );
  };
  const fields = profileFieldErrors(fieldErrorsOf(update.error)).byField;
  return (
    <form onSubmit={submit} noValidate aria-label={t('kawasan.profile.edit')}>
      <Stack gap="sm">
        {update.isError && Object.keys(fields).length === 0 && (
          <MutationErrorAlert error={update.error} title={t('common.notSavedTitle')} />
        )}
        <ProfileFields values={values} onChange={setValues} errors={errors} />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending} data-testid="profile-save">
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

/** Theme, flagship commodities and delineation notes of the kawasan, editable by its proposers or managers. */
export function ProfileSection({ kawasan }: { kawasan: KawasanDetail }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const wide = useWideLayout();
  const { editing, edit, done, note, setNote } = useEditing(t('common.saved'));
  const actions = kawasan.allowed.editProfile && !editing && (
    <Button size="compact-sm" variant="light" onClick={edit} data-testid="profile-edit">
      {t('kawasan.profile.edit')}
    </Button>
  );
  return (
    <SectionCard title={t('kawasan.profile.heading')} actions={actions} testId="kawasan-profile">
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {editing ? (
        <EditProfile kawasan={kawasan} onDone={done} />
      ) : (
        <DataList labelWidth={wide ? '160px' : '112px'} withDivider>
          <DataList.Item>
            <DataList.ItemLabel>{t('kawasan.form.theme')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {kawasan.theme ? (
                <Stack gap={0}>
                  <Text size="sm">{kawasan.theme.label}</Text>
                  {kawasan.theme.description && (
                    <Text size="xs" c="dimmed">
                      {kawasan.theme.description}
                    </Text>
                  )}
                </Stack>
              ) : (
                t('kawasan.profile.noTheme')
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('kawasan.form.commodities')}</DataList.ItemLabel>
            <DataList.ItemValue>
              {kawasan.commodities.length === 0 ? (
                t('kawasan.profile.noCommodities')
              ) : (
                <Group gap={4} wrap="wrap">
                  {kawasan.commodities.map((c) => (
                    <Badge key={c} variant="default" radius="sm" tt="none" fw={500}>
                      {c}
                    </Badge>
                  ))}
                </Group>
              )}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('kawasan.form.delineationNotes')}</DataList.ItemLabel>
            <DataList.ItemValue className={classes.prewrap}>
              {kawasan.delineationNotes ?? t('kawasan.profile.noNotes')}
            </DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('kawasan.profile.region')}</DataList.ItemLabel>
            <DataList.ItemValue>{kawasan.regionName}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('kawasan.profile.created')}</DataList.ItemLabel>
            <DataList.ItemValue>{format.dateTime(kawasan.createdAt)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('kawasan.profile.updated')}</DataList.ItemLabel>
            <DataList.ItemValue>{format.dateTime(kawasan.updatedAt)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>
      )}
    </SectionCard>
  );
}
