import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberDesa } from '../../../contracts/musyawarah.contract';
import {
  isDesaLevelKind,
  MUSYAWARAH_KINDS,
  type MusyawarahKind,
} from '../../../domain/deliberation/attendance';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { DesaSelect } from './desa-select';
import { MEETING_FIELDS, type MeetingField, type MeetingValues, meetingProblems } from './meeting-values';
import classes from './musyawarah.module.css';
import { formFieldErrors } from './musyawarah-forms';

interface MeetingFormProps {
  initial: MeetingValues;
  /** The kawasan's member desa, for a desa-level musyawarah. */
  memberDesa: readonly MemberDesa[];
  /** Kind and desa are chosen when recording; they are fixed afterwards. */
  creating: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: MeetingValues) => void;
  onCancel: () => void;
  testId: string;
}

/** A musyawarah's details: kind, desa, title, organiser, date, place, agenda, chair and secretary. */
export function MeetingForm(props: MeetingFormProps) {
  const { initial, memberDesa, creating, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<MeetingValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const problems = tried ? meetingProblems(values) : {};
  const server = formFieldErrors(fieldErrorsOf(error), MEETING_FIELDS);
  const message = (field: MeetingField) => {
    const problem = problems[field];
    return problem ? t(`musyawarah.form.problem.${problem}`) : server.byField[field];
  };
  const set = (change: Partial<MeetingValues>) => setValues((v) => ({ ...v, ...change }));
  const desaLevel = isDesaLevelKind(values.kind);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(meetingProblems(values)).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  // A server error of a field not on this form is shown above it.
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="sm">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {creating && (
          <div className={classes.twoColumns}>
            <NativeSelect
              label={t('musyawarah.form.kind')}
              required
              data={MUSYAWARAH_KINDS.map((k) => ({ value: k, label: t(`musyawarah.kind.${k}`) }))}
              value={values.kind}
              onChange={(e) => set({ kind: e.currentTarget.value as MusyawarahKind })}
              error={message('kind')}
              data-testid="meeting-kind"
            />
            {desaLevel && (
              <DesaSelect
                label={t('musyawarah.form.desa')}
                description={memberDesa.length === 0 ? t('musyawarah.form.noMembers') : undefined}
                required
                memberDesa={memberDesa}
                value={values.desaCode}
                onChange={(desaCode) => set({ desaCode })}
                error={message('desaCode')}
                data-testid="meeting-desa"
              />
            )}
          </div>
        )}
        <TextInput
          label={t('musyawarah.form.title')}
          placeholder={t('musyawarah.form.titlePlaceholder')}
          required
          maxLength={200}
          value={values.title}
          onChange={(e) => set({ title: e.currentTarget.value })}
          error={message('title')}
          data-testid="meeting-title"
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={t('musyawarah.form.organiser')}
            placeholder={t('musyawarah.form.organiserPlaceholder')}
            required
            maxLength={200}
            value={values.organiser}
            onChange={(e) => set({ organiser: e.currentTarget.value })}
            error={message('organiser')}
            data-testid="meeting-organiser"
          />
          <TextInput
            type="date"
            label={t('musyawarah.form.heldOn')}
            required
            value={values.heldOn}
            onChange={(e) => set({ heldOn: e.currentTarget.value })}
            error={message('heldOn')}
            data-testid="meeting-held-on"
          />
        </div>
        <TextInput
          label={t('musyawarah.form.place')}
          placeholder={t('musyawarah.form.placePlaceholder')}
          required
          maxLength={200}
          value={values.place}
          onChange={(e) => set({ place: e.currentTarget.value })}
          error={message('place')}
          data-testid="meeting-place"
        />
        <Textarea
          label={`${t('musyawarah.form.agenda')} (${t('common.optional')})`}
          description={t('musyawarah.form.agendaHint')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.agenda}
          onChange={(e) => set({ agenda: e.currentTarget.value })}
          error={message('agenda')}
          data-testid="meeting-agenda"
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={`${t('musyawarah.form.chair')} (${t('common.optional')})`}
            maxLength={120}
            value={values.chair}
            onChange={(e) => set({ chair: e.currentTarget.value })}
            error={message('chair')}
            data-testid="meeting-chair"
          />
          <TextInput
            label={`${t('musyawarah.form.secretary')} (${t('common.optional')})`}
            maxLength={120}
            value={values.secretary}
            onChange={(e) => set({ secretary: e.currentTarget.value })}
            error={message('secretary')}
            data-testid="meeting-secretary"
          />
        </div>
        {!creating && (
          <Textarea
            label={`${t('musyawarah.form.notes')} (${t('common.optional')})`}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={4000}
            value={values.notes}
            onChange={(e) => set({ notes: e.currentTarget.value })}
            error={message('notes')}
          />
        )}
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="meeting-save">
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
