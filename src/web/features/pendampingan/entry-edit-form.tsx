import {
  Button,
  Checkbox,
  FileButton,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../contracts/facilitation.contract';
import {
  ACTIVITY_CATEGORIES,
  type ActivityCategory,
  MAX_EVIDENCE_PER_ENTRY,
  PARTICIPANT_GROUPS,
  type ParticipantGroup,
  TEXT_LIMITS,
} from '../../../domain/facilitation/activity-log';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { EvidenceList } from './evidence-list';
import classes from './pendampingan.module.css';
import {
  type EntryField,
  type EntryValues,
  entryFieldOf,
  entryFormIssues,
  entryUpdateBody,
  entryValues,
  sortFieldErrors,
} from './pendampingan-forms';
import { localDate, placeValue } from './pendampingan-model';
import { useMyFacilitation, useUpdateEntry, useUploadEvidence } from './use-pendampingan-queries';

interface EntryEditFormProps {
  entry: EntryView;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * The content of an entry in draf or dikembalikan, as its owner corrects it: each field checked
 * by the domain's rules before sending, and the server's refusals shown at their fields.
 */
export function EntryEditForm({ entry, onDone, onCancel }: EntryEditFormProps) {
  const { t } = useTranslation();
  const mine = useMyFacilitation();
  const update = useUpdateEntry(entry.id);
  const upload = useUploadEvidence();
  const [values, setValues] = useState<EntryValues>(() => entryValues(entry));
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const today = mine.data?.today ?? localDate(new Date());
  const messages = { required: t('common.required'), gpsHalf: t('pendampingan.form.gpsHalf') };
  const problems = tried ? entryFormIssues(values, today, messages) : {};
  const server = sortFieldErrors(fieldErrorsOf(update.error), entryFieldOf);
  const message = (field: EntryField) => problems[field] ?? server.byField[field];
  const set = (change: Partial<EntryValues>) => setValues((v) => ({ ...v, ...change }));

  // The places of the owner's assignments, and the entry's own place whatever happened to them since.
  const places = useMemo(() => {
    const out = new Map<string, string>([[placeValue(entry.place), entry.place.name]]);
    for (const a of mine.data?.assignments ?? []) out.set(placeValue(a.place), a.place.name);
    return [...out].map(([value, label]) => ({ value, label }));
  }, [entry.place, mine.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(entryFormIssues(values, today, messages)).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    update.mutate(entryUpdateBody(values), {
      onSuccess: () => onDone(),
      onError: () => setFailures((n) => n + 1),
    });
  };
  const addFile = (file: File | null) => {
    if (!file) return;
    upload.mutate(
      { file },
      {
        onSuccess: ({ body }) =>
          setValues((v) =>
            v.evidence.some((e) => e.id === body.id) ? v : { ...v, evidence: [...v.evidence, body] },
          ),
      },
    );
  };
  const locate = () => {
    navigator.geolocation?.getCurrentPosition(
      (p) => set({ gpsLat: p.coords.latitude.toFixed(6), gpsLon: p.coords.longitude.toFixed(6) }),
      () => undefined,
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  const showAlert =
    Boolean(update.error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const limit = (key: keyof typeof TEXT_LIMITS) => TEXT_LIMITS[key][1];

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="entry-edit-form">
      <Stack gap="sm">
        {showAlert && <MutationErrorAlert error={update.error} title={t('common.notSavedTitle')} />}
        <div className={classes.twoColumns}>
          <TextInput
            type="date"
            label={t('pendampingan.entry.date')}
            required
            max={today}
            value={values.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
            error={message('date')}
            data-testid="entry-edit-date"
          />
          <NativeSelect
            label={t('pendampingan.entry.place')}
            required
            data={places}
            value={values.place}
            onChange={(e) => set({ place: e.currentTarget.value })}
            error={message('place')}
            data-testid="entry-edit-place"
          />
        </div>
        <NativeSelect
          label={t('pendampingan.entry.category')}
          required
          data={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: t(`pendampingan.category.${c}`) }))}
          value={values.category}
          onChange={(e) => set({ category: e.currentTarget.value as ActivityCategory })}
          error={message('category')}
          data-testid="entry-edit-category"
        />
        <TextInput
          label={t('pendampingan.entry.topic')}
          required
          maxLength={limit('topic')}
          value={values.topic}
          onChange={(e) => set({ topic: e.currentTarget.value })}
          error={message('topic')}
          data-testid="entry-edit-topic"
        />
        <Stack gap={4}>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t('pendampingan.entry.women')}
              inputMode="numeric"
              required
              value={values.perempuan}
              onChange={(e) => set({ perempuan: e.currentTarget.value })}
              error={message('perempuan')}
              data-testid="entry-edit-women"
            />
            <TextInput
              label={t('pendampingan.entry.men')}
              inputMode="numeric"
              required
              value={values.lakiLaki}
              onChange={(e) => set({ lakiLaki: e.currentTarget.value })}
              error={message('lakiLaki')}
              data-testid="entry-edit-men"
            />
          </SimpleGrid>
          {message('participants') && (
            <Text size="sm" c="red" role="alert">
              {message('participants')}
            </Text>
          )}
        </Stack>
        <Checkbox.Group
          label={t('pendampingan.entry.groups')}
          required
          value={values.groups}
          onChange={(groups) => set({ groups: groups as ParticipantGroup[] })}
          error={message('groups')}
          data-testid="entry-edit-groups"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={8} mt={6}>
            {PARTICIPANT_GROUPS.map((g) => (
              <Checkbox key={g} value={g} label={t(`pendampingan.group.${g}`)} size="md" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label={t('pendampingan.entry.activities')}
          required
          autosize
          minRows={3}
          maxRows={12}
          maxLength={limit('activities')}
          value={values.activities}
          onChange={(e) => set({ activities: e.currentTarget.value })}
          error={message('activities')}
          data-testid="entry-edit-activities"
        />
        <Textarea
          label={t('pendampingan.entry.outputs')}
          required
          autosize
          minRows={2}
          maxRows={10}
          maxLength={limit('outputs')}
          value={values.outputs}
          onChange={(e) => set({ outputs: e.currentTarget.value })}
          error={message('outputs')}
          data-testid="entry-edit-outputs"
        />
        <Textarea
          label={`${t('pendampingan.entry.followUp')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={10}
          maxLength={limit('followUp')}
          value={values.followUp}
          onChange={(e) => set({ followUp: e.currentTarget.value })}
          error={message('followUp')}
          data-testid="entry-edit-follow-up"
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t('pendampingan.entry.evidence')}
          </Text>
          <EvidenceList
            evidence={values.evidence}
            onRemove={(id) => set({ evidence: values.evidence.filter((e) => e.id !== id) })}
          />
          {values.evidence.length < MAX_EVIDENCE_PER_ENTRY && (
            <Group gap="sm">
              <FileButton onChange={addFile} accept="image/jpeg,image/png,application/pdf">
                {(props) => (
                  <Button
                    {...props}
                    variant="light"
                    loading={upload.isPending}
                    data-testid="entry-edit-add-file"
                  >
                    {t('pendampingan.form.addEvidence')}
                  </Button>
                )}
              </FileButton>
              <Text size="xs" c="dimmed">
                {t('pendampingan.form.evidenceHint', { max: MAX_EVIDENCE_PER_ENTRY })}
              </Text>
            </Group>
          )}
          {upload.isError && (
            <MutationErrorAlert error={upload.error} title={t('pendampingan.form.uploadFailed')} />
          )}
          {message('evidence') && (
            <Text size="sm" c="red" role="alert">
              {message('evidence')}
            </Text>
          )}
        </Stack>
        <Stack gap={4}>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={`${t('pendampingan.entry.latitude')} (${t('common.optional')})`}
              inputMode="decimal"
              value={values.gpsLat}
              onChange={(e) => set({ gpsLat: e.currentTarget.value })}
              error={message('gpsLat')}
              data-testid="entry-edit-lat"
            />
            <TextInput
              label={`${t('pendampingan.entry.longitude')} (${t('common.optional')})`}
              inputMode="decimal"
              value={values.gpsLon}
              onChange={(e) => set({ gpsLon: e.currentTarget.value })}
              error={message('gpsLon')}
              data-testid="entry-edit-lon"
            />
          </SimpleGrid>
          <Group gap="sm">
            <Button variant="subtle" size="compact-md" onClick={locate}>
              {t('pendampingan.form.useLocation')}
            </Button>
            <Button
              variant="subtle"
              size="compact-md"
              color="gray"
              onClick={() => set({ gpsLat: '', gpsLon: '' })}
              disabled={values.gpsLat === '' && values.gpsLon === ''}
            >
              {t('pendampingan.form.clearLocation')}
            </Button>
          </Group>
        </Stack>
        <Group gap="sm">
          <Button type="submit" size="md" loading={update.isPending} data-testid="entry-edit-save">
            {t('common.save')}
          </Button>
          <Button variant="default" size="md" onClick={onCancel} disabled={update.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
