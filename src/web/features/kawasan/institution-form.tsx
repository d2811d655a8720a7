import {
  Button,
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  NativeSelect,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution, KawasanDetail } from '../../../contracts/kawasan.contract';
import { isCalendarDate } from '../../../domain/kawasan/lifecycle-guards';
import type { InstitutionKind } from '../../../domain/kawasan/registry';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import {
  emptyMemberRow,
  hasInstitutionProblems,
  type InstitutionDraft,
  type InstitutionMemberDraft,
  type InstitutionProblem,
  institutionBody,
  institutionDraft,
  institutionProblems,
} from './kawasan-forms';
import classes from './kawasan-page.module.css';
import { useSaveInstitution } from './use-kawasan-queries';

interface InstitutionFormProps {
  kawasan: KawasanDetail;
  kind: InstitutionKind;
  institution: Institution | null;
  onDone: (saved: boolean) => void;
}

/** The TKPKP or BKAD: name, decree, notes and member rows to add and remove. */
export function InstitutionForm({ kawasan, kind, institution, onDone }: InstitutionFormProps) {
  const { t } = useTranslation();
  const save = useSaveInstitution(kawasan.id);
  const [draft, setDraft] = useState<InstitutionDraft>(() => institutionDraft(institution));
  const [problems, setProblems] = useState(() => institutionProblems(draft, isCalendarDate));
  const [failures, setFailures] = useState(0);
  const [tried, setTried] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const bkad = kind === 'bkad';

  const text = (problem: InstitutionProblem | undefined, min = 2) =>
    problem ? t(`kawasan.institutions.problem.${problem}`, { min }) : undefined;
  const setRow = (key: string, change: Partial<InstitutionMemberDraft>) =>
    setDraft((d) => ({ ...d, members: d.members.map((m) => (m.key === key ? { ...m, ...change } : m)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = institutionProblems(draft, isCalendarDate);
    setProblems(found);
    setTried(true);
    if (hasInstitutionProblems(found)) {
      setFailures((n) => n + 1);
      return;
    }
    save.mutate(
      { kind, body: institutionBody(draft) },
      { onSuccess: () => onDone(true), onError: () => setFailures((n) => n + 1) },
    );
  };

  const server = fieldErrorsOf(save.error);
  const shown = tried ? problems : { rows: {} as typeof problems.rows };
  const documentData = kawasan.documents.map((d) => ({ value: d.id, label: `${d.title} (${d.fileName})` }));
  const desaData = [
    { value: '', label: t('kawasan.institutions.noDesa') },
    ...kawasan.members.map((m) => ({ value: m.code, label: m.name })),
  ];
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label={t(`kawasan.institutionKind.${kind}`)}
      data-testid={`institution-form-${kind}`}
    >
      <Stack gap="sm">
        {save.isError && <MutationErrorAlert error={save.error} title={t('common.notSavedTitle')} />}
        <TextInput
          label={t('kawasan.institutions.name')}
          placeholder={t(`kawasan.institutions.namePlaceholder.${kind}`)}
          required
          maxLength={160}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          error={text(shown.name, 3) ?? server.name}
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={`${t(`kawasan.institutions.decreeNumber.${kind}`)} (${t('common.optional')})`}
            maxLength={120}
            value={draft.decreeNumber}
            onChange={(e) => setDraft({ ...draft, decreeNumber: e.currentTarget.value })}
            error={server.decreeNumber}
          />
          <TextInput
            type="date"
            label={`${t('kawasan.institutions.decreeDate')} (${t('common.optional')})`}
            value={draft.decreeDate}
            onChange={(e) => setDraft({ ...draft, decreeDate: e.currentTarget.value })}
            error={text(shown.decreeDate) ?? server.decreeDate}
          />
        </div>
        <Select
          label={`${t('kawasan.institutions.decreeDocument')} (${t('common.optional')})`}
          description={documentData.length === 0 ? t('kawasan.institutions.decreeDocumentNone') : undefined}
          data={documentData}
          value={draft.decreeDocumentId}
          onChange={(value) => setDraft({ ...draft, decreeDocumentId: value })}
          clearable
          disabled={documentData.length === 0}
          comboboxProps={{ withinPortal: true }}
        />
        <Textarea
          label={`${t('kawasan.institutions.notes')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={2000}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.currentTarget.value })}
        />
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('kawasan.institutions.membersHeading', { count: draft.members.length })}
          </Text>
          {draft.members.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('kawasan.institutions.membersNone')}
            </Text>
          )}
          {draft.members.map((m, i) => {
            const row = shown.rows[i];
            const legend = t('kawasan.institutions.memberRow', { index: i + 1 });
            return (
              <Fieldset
                key={m.key}
                legend={legend}
                radius="sm"
                p="sm"
                className={classes.memberRow}
                data-testid="institution-member-row"
              >
                <CloseButton
                  className={classes.rowRemove}
                  size="sm"
                  onClick={() =>
                    setDraft((d) => ({ ...d, members: d.members.filter((r) => r.key !== m.key) }))
                  }
                  aria-label={t('kawasan.institutions.removeMember', { index: i + 1 })}
                  title={t('kawasan.institutions.removeMember', { index: i + 1 })}
                />
                <div className={classes.memberGrid}>
                  <TextInput
                    label={t('kawasan.institutions.memberName')}
                    required
                    maxLength={120}
                    value={m.name}
                    onChange={(e) => setRow(m.key, { name: e.currentTarget.value })}
                    error={text(row?.name)}
                  />
                  <TextInput
                    label={t('kawasan.institutions.position')}
                    required
                    maxLength={120}
                    value={m.position}
                    onChange={(e) => setRow(m.key, { position: e.currentTarget.value })}
                    error={text(row?.position)}
                  />
                  <TextInput
                    label={`${t(`kawasan.institutions.agency.${kind}`)} (${t('common.optional')})`}
                    maxLength={160}
                    value={m.agency}
                    onChange={(e) => setRow(m.key, { agency: e.currentTarget.value })}
                  />
                  {bkad && (
                    <NativeSelect
                      label={t('kawasan.institutions.desa')}
                      data={desaData}
                      value={m.desaCode}
                      onChange={(e) => setRow(m.key, { desaCode: e.currentTarget.value })}
                    />
                  )}
                </div>
                {bkad && (
                  <Checkbox
                    mt="xs"
                    label={t('kawasan.institutions.management')}
                    checked={m.management}
                    onChange={(e) => setRow(m.key, { management: e.currentTarget.checked })}
                  />
                )}
              </Fieldset>
            );
          })}
          <Group>
            <Button
              variant="light"
              size="compact-sm"
              onClick={() => setDraft((d) => ({ ...d, members: [...d.members, emptyMemberRow()] }))}
              disabled={draft.members.length >= 60}
              data-testid="institution-add-member"
            >
              {t('kawasan.institutions.addMember')}
            </Button>
          </Group>
        </Stack>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="institution-save">
            {t('common.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)} disabled={save.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
