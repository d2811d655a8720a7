import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../api-client/api-error';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { useSession } from '../session/use-session';
import { KabupatenField } from './kabupaten-field';
import { mayCreateKawasan } from './kawasan-access';
import { commodityTags, memberErrorsByCode, type ProfileField, profileFieldErrors } from './kawasan-forms';
import { MAX_MEMBERS, membersWithin, type PickedMember } from './kawasan-members';
import { createdState, KAWASAN_LIST_PATH, kawasanPath } from './kawasan-paths';
import { MemberPicker } from './member-picker';
import { ProfileFields, type ProfileValues } from './profile-fields';
import { useKabupatenOptions } from './use-kabupaten-options';
import { useCreateKawasan } from './use-kawasan-queries';

/** `/kawasan/baru`: a new kawasan, saved as a draft to gather its members before proposing it. */
export function KawasanCreatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('kawasan.create.documentTitle'));
  const { user } = useSession();
  if (!mayCreateKawasan(user)) {
    return (
      <DeadEndPanel title={t('kawasan.create.notAllowedTitle')}>
        <Text>{t('kawasan.create.notAllowedText')}</Text>
      </DeadEndPanel>
    );
  }
  return <CreateForm />;
}

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateKawasan();
  const kabupaten = useKabupatenOptions();
  const [profile, setProfile] = useState<ProfileValues>({
    name: '',
    theme: null,
    commodities: [],
    delineationNotes: '',
  });
  const [kabupatenCodes, setKabupatenCodes] = useState<string[]>([]);
  const [members, setMembers] = useState<PickedMember[]>([]);
  const [errors, setErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [memberErrors, setMemberErrors] = useState<Record<string, string>>({});
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);

  // The only kabupaten a kabupaten officer or village operator has is chosen for them.
  const selectable = kabupaten.options.filter((o) => o.hasDesa);
  const onlyCode = !kabupaten.multiple && selectable.length === 1 ? selectable[0]!.code : null;
  useEffect(() => {
    if (onlyCode) setKabupatenCodes((codes) => (codes.length === 0 ? [onlyCode] : codes));
  }, [onlyCode]);

  const changeKabupaten = (codes: string[]) => {
    setKabupatenCodes(codes);
    setMembers((ms) => membersWithin(ms, codes));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<ProfileField, string>> = {};
    const name = profile.name.trim();
    if (!name) found.name = t('common.required');
    else if (name.length < 3) found.name = t('kawasan.form.nameTooShort');
    if (kabupatenCodes.length === 0) found.kabupatenCodes = t('kawasan.form.kabupatenRequired');
    if (members.length > MAX_MEMBERS) found.members = t('kawasan.picker.problem.full', { max: MAX_MEMBERS });
    setErrors(found);
    setMemberErrors({});
    if (Object.keys(found).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    const codes = members.map((m) => m.code);
    create.mutate(
      {
        name,
        kabupatenCodes,
        theme: profile.theme,
        commodities: commodityTags(profile.commodities),
        delineationNotes: profile.delineationNotes.trim() || null,
        members: codes,
      },
      {
        onSuccess: (detail) => navigate(kawasanPath(detail.id), { state: createdState(detail.name) }),
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          setErrors(profileFieldErrors(fields).byField);
          setMemberErrors(memberErrorsByCode(fields, codes));
          setFailures((n) => n + 1);
        },
      },
    );
  };

  // Kota Semarang and the like hold only kelurahan: say so before anything is filled in.
  if (!kabupaten.pending && !kabupaten.error && kabupaten.options.length > 0 && selectable.length === 0) {
    return (
      <DeadEndPanel title={t('kawasan.create.noDesaTitle')}>
        <Text>
          {t('kawasan.create.noDesaText', { regions: kabupaten.options.map((o) => o.name).join(', ') })}
        </Text>
      </DeadEndPanel>
    );
  }

  const serverFields = profileFieldErrors(fieldErrorsOf(create.error));
  const showAlert = create.isError && Object.keys(serverFields.byField).length === 0;

  return (
    <Stack gap="md" maw={760}>
      <Anchor component={Link} to={KAWASAN_LIST_PATH} size="sm">
        ← {t('kawasan.backToList')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('kawasan.create.title')}</Title>
        <Text c="dimmed" size="sm">
          {t('kawasan.create.intro')}
        </Text>
      </Stack>
      <Paper withBorder radius="md" p={{ base: 'sm', sm: 'lg' }}>
        <form ref={formRef} onSubmit={submit} noValidate aria-label={t('kawasan.create.title')}>
          <Stack gap="md">
            {showAlert && <MutationErrorAlert error={create.error} title={t('kawasan.create.failedTitle')} />}
            {serverFields.other.length > 0 && !showAlert && (
              <Alert color="red" variant="light" title={t('kawasan.create.failedTitle')}>
                {serverFields.other.join(' ')}
              </Alert>
            )}
            {kabupaten.error ? (
              <ErrorState error={kabupaten.error} onRetry={kabupaten.retry} />
            ) : (
              <KabupatenField
                options={kabupaten.options}
                multiple={kabupaten.multiple}
                provinceName={kabupaten.provinceName}
                value={kabupatenCodes}
                onChange={changeKabupaten}
                pending={kabupaten.pending}
                error={errors.kabupatenCodes}
              />
            )}
            <ProfileFields
              values={profile}
              onChange={setProfile}
              errors={{
                name: errors.name,
                theme: errors.theme,
                commodities: errors.commodities,
                delineationNotes: errors.delineationNotes,
              }}
            />
            <MemberPicker
              kabupatenCodes={kabupatenCodes}
              members={members}
              onChange={setMembers}
              error={errors.members}
              memberErrors={memberErrors}
            />
            <Text size="sm" c="dimmed">
              {t('kawasan.create.draftNote')}
            </Text>
            <Group>
              <Button type="submit" loading={create.isPending} data-testid="kawasan-create-submit">
                {t('kawasan.create.submit')}
              </Button>
              <Button component={Link} to={KAWASAN_LIST_PATH} variant="default">
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
