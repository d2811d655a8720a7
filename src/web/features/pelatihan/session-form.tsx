import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAX_CAPACITY,
  MAX_HOURS_PER_DAY,
  type PlaceMode,
  PROGRAMME_TEXT_LIMITS,
} from '../../../domain/training/programme';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { RegionCodeField } from '../pendampingan/region-code-field';
import classes from './pelatihan.module.css';
import { problemIssues, sortIssues } from './pelatihan-forms';
import {
  proposeSchedule,
  type SessionValues,
  scheduleTotal,
  sessionFieldOf,
  sessionFormIssues,
} from './session-model';
import { useKawasanChoices } from './use-pelatihan-queries';

interface SessionFormProps {
  initial: SessionValues;
  /** The programme's JP: the schedule must add up to it. */
  curriculumHours: number;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: SessionValues) => void;
  onCancel: () => void;
  testId: string;
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray" size="lg" onClick={onClick} aria-label={label}>
      ×
    </ActionIcon>
  );
}

function AddButton({
  children,
  onClick,
  testId,
}: {
  children: ReactNode;
  onClick: () => void;
  testId: string;
}) {
  return (
    <Group>
      <Button variant="light" size="compact-sm" onClick={onClick} data-testid={testId}>
        {children}
      </Button>
    </Group>
  );
}

/**
 * A session (angkatan) of a programme: label, dates, the schedule day by day (JP and agenda,
 * adding up to the curriculum), place face to face with its region or online, trainers,
 * capacity, and the desa and kawasan it serves.
 */
export function SessionForm(props: SessionFormProps) {
  const { initial, curriculumHours, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<SessionValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const kawasan = useKawasanChoices();
  const local = tried ? sessionFormIssues(values, curriculumHours) : { byField: {}, other: [] };
  const server = sortIssues(problemIssues(error), sessionFieldOf);
  const message = (field: string) => local.byField[field] ?? server.byField[field];
  const set = (change: Partial<SessionValues>) => setValues((v) => ({ ...v, ...change }));
  const L = PROGRAMME_TEXT_LIMITS;
  const total = scheduleTotal(values.schedule);
  const proposal = proposeSchedule(values.startDate, values.endDate, curriculumHours);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const issues = sessionFormIssues(values, curriculumHours);
    if (Object.keys(issues.byField).length + issues.other.length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const kawasanData = (kawasan.data?.items ?? []).map((k) => ({ value: k.id, label: k.name }));
  for (const id of values.kawasanIds) {
    if (!kawasanData.some((k) => k.value === id)) kawasanData.push({ value: id, label: id });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {server.other.length > 0 && (
          <Text size="sm" c="red.8">
            {server.other.join(' ')}
          </Text>
        )}
        <TextInput
          label={t('pelatihan.session.label')}
          placeholder={t('pelatihan.sessionForm.labelPlaceholder')}
          required
          maxLength={L.sessionLabel[1] * 2}
          value={values.label}
          onChange={(e) => set({ label: e.currentTarget.value })}
          error={message('label')}
          data-testid="session-label"
        />
        <div className={classes.twoColumns}>
          <TextInput
            type="date"
            label={t('pelatihan.session.startDate')}
            required
            value={values.startDate}
            onChange={(e) => set({ startDate: e.currentTarget.value })}
            error={message('startDate')}
            data-testid="session-start"
          />
          <TextInput
            type="date"
            label={t('pelatihan.session.endDate')}
            required
            value={values.endDate}
            onChange={(e) => set({ endDate: e.currentTarget.value })}
            error={message('endDate')}
            data-testid="session-end"
          />
        </div>

        <Fieldset
          p={{ base: 'xs', sm: 'md' }}
          legend={t('pelatihan.session.schedule')}
          data-testid="session-schedule"
        >
          <Stack gap="sm">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text
                size="sm"
                fw={600}
                c={total === curriculumHours ? 'teal.8' : undefined}
                data-testid="session-schedule-total"
              >
                {t('pelatihan.sessionForm.scheduleTotal', { total, curriculum: curriculumHours })}
              </Text>
              {proposal && (
                <Button
                  variant="light"
                  size="compact-sm"
                  onClick={() => set({ schedule: proposal })}
                  data-testid="session-schedule-propose"
                >
                  {t('pelatihan.sessionForm.propose')}
                </Button>
              )}
            </Group>
            {message('schedule') && (
              <Text size="sm" c="red.8" role="alert" data-testid="session-schedule-error">
                {message('schedule')}
              </Text>
            )}
            {values.schedule.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('pelatihan.sessionForm.scheduleEmpty')}
              </Text>
            )}
            {values.schedule.map((row, i) => {
              const change = (part: Partial<typeof row>) =>
                set({ schedule: values.schedule.map((r, k) => (k === i ? { ...r, ...part } : r)) });
              return (
                <div
                  // biome-ignore lint/suspicious/noArrayIndexKey: a schedule row is its place in the list
                  key={i}
                  className={`${classes.scheduleRow} ${classes.repeat}`}
                  data-testid="session-day"
                >
                  <TextInput
                    type="date"
                    className={classes.dayDate}
                    label={t('pelatihan.sessionForm.day', { n: i + 1 })}
                    value={row.date}
                    onChange={(e) => change({ date: e.currentTarget.value })}
                    error={message(`schedule.${i}.date`)}
                    data-testid="session-day-date"
                  />
                  <NumberInput
                    className={classes.dayHours}
                    label={t('pelatihan.sessionForm.hours')}
                    min={1}
                    max={MAX_HOURS_PER_DAY}
                    allowDecimal={false}
                    allowNegative={false}
                    value={row.hours}
                    onChange={(hours) => change({ hours })}
                    error={message(`schedule.${i}.hours`)}
                    data-testid="session-day-hours"
                  />
                  <TextInput
                    label={`${t('pelatihan.sessionForm.agenda')} (${t('common.optional')})`}
                    className={classes.dayAgenda}
                    maxLength={L.agenda[1] * 2}
                    value={row.agenda}
                    onChange={(e) => change({ agenda: e.currentTarget.value })}
                    error={message(`schedule.${i}.agenda`)}
                    data-testid="session-day-agenda"
                  />
                  <Group justify="flex-end" className={classes.dayRemove}>
                    <RemoveButton
                      label={t('pelatihan.sessionForm.removeDay', { n: i + 1 })}
                      onClick={() => set({ schedule: values.schedule.filter((_, k) => k !== i) })}
                    />
                  </Group>
                </div>
              );
            })}
            <AddButton
              testId="session-day-add"
              onClick={() => set({ schedule: [...values.schedule, { date: '', hours: '', agenda: '' }] })}
            >
              {t('pelatihan.sessionForm.addDay')}
            </AddButton>
          </Stack>
        </Fieldset>

        <Fieldset
          p={{ base: 'xs', sm: 'md' }}
          legend={t('pelatihan.session.place')}
          data-testid="session-place"
        >
          <Stack gap="sm">
            <SegmentedControl
              value={values.placeMode}
              onChange={(mode) => set({ placeMode: mode as PlaceMode })}
              data={(['luring', 'daring'] as const).map((mode) => ({
                value: mode,
                label: t(`pelatihan.placeMode.${mode}`),
              }))}
              aria-label={t('pelatihan.sessionForm.mode')}
              data-testid="session-place-mode"
            />
            <TextInput
              label={
                values.placeMode === 'luring'
                  ? t('pelatihan.sessionForm.placeName')
                  : t('pelatihan.sessionForm.platform')
              }
              placeholder={
                values.placeMode === 'luring'
                  ? t('pelatihan.sessionForm.placeNamePlaceholder')
                  : t('pelatihan.sessionForm.platformPlaceholder')
              }
              required
              maxLength={L.placeName[1] * 2}
              value={values.placeName}
              onChange={(e) => set({ placeName: e.currentTarget.value })}
              error={message('place.name') ?? message('place.mode')}
              data-testid="session-place-name"
            />
            <RegionCodeField
              label={
                values.placeMode === 'luring'
                  ? t('pelatihan.sessionForm.placeRegion')
                  : `${t('pelatihan.sessionForm.placeRegion')} (${t('common.optional')})`
              }
              level={null}
              required={values.placeMode === 'luring'}
              value={values.placeRegionCode}
              onChange={(placeRegionCode) => set({ placeRegionCode })}
              error={message('place.regionCode')}
              data-testid="session-place-region"
            />
          </Stack>
        </Fieldset>

        <Fieldset
          p={{ base: 'xs', sm: 'md' }}
          legend={t('pelatihan.session.trainers')}
          data-testid="session-trainers"
        >
          <Stack gap="sm">
            {message('trainers') && (
              <Text size="sm" c="red.8" role="alert">
                {message('trainers')}
              </Text>
            )}
            {values.trainers.map((trainer, i) => {
              const change = (part: Partial<typeof trainer>) =>
                set({ trainers: values.trainers.map((r, k) => (k === i ? { ...r, ...part } : r)) });
              return (
                <Group
                  // biome-ignore lint/suspicious/noArrayIndexKey: a trainer row is its place in the list
                  key={i}
                  gap="xs"
                  align="flex-start"
                  wrap="nowrap"
                  className={classes.repeat}
                  data-testid="session-trainer"
                >
                  <div className={classes.twoColumns} style={{ flex: 1, minWidth: 0 }}>
                    <TextInput
                      label={t('pelatihan.sessionForm.trainerName', { n: i + 1 })}
                      maxLength={L.trainerName[1] * 2}
                      value={trainer.name}
                      onChange={(e) => change({ name: e.currentTarget.value })}
                      error={message(`trainers.${i}.name`)}
                      data-testid="session-trainer-name"
                    />
                    <TextInput
                      label={`${t('pelatihan.sessionForm.trainerAffiliation')} (${t('common.optional')})`}
                      maxLength={L.trainerAffiliation[1] * 2}
                      value={trainer.affiliation}
                      onChange={(e) => change({ affiliation: e.currentTarget.value })}
                      error={message(`trainers.${i}.affiliation`)}
                      data-testid="session-trainer-affiliation"
                    />
                  </div>
                  <Group mt={26}>
                    <RemoveButton
                      label={t('pelatihan.sessionForm.removeTrainer', { n: i + 1 })}
                      onClick={() => set({ trainers: values.trainers.filter((_, k) => k !== i) })}
                    />
                  </Group>
                </Group>
              );
            })}
            <AddButton
              testId="session-trainer-add"
              onClick={() => set({ trainers: [...values.trainers, { name: '', affiliation: '' }] })}
            >
              {t('pelatihan.sessionForm.addTrainer')}
            </AddButton>
          </Stack>
        </Fieldset>

        <NumberInput
          label={t('pelatihan.session.capacity')}
          description={t('pelatihan.sessionForm.capacityHint')}
          required
          min={1}
          max={MAX_CAPACITY}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          value={values.capacity}
          onChange={(capacity) => set({ capacity })}
          error={message('capacity')}
          data-testid="session-capacity"
          maw={{ sm: 240 }}
        />

        <Fieldset
          p={{ base: 'xs', sm: 'md' }}
          legend={t('pelatihan.sessionForm.servedLegend')}
          data-testid="session-served"
        >
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('pelatihan.sessionForm.servedHint')}
            </Text>
            {values.desaCodes.map((code, i) => (
              <Group
                // biome-ignore lint/suspicious/noArrayIndexKey: a desa row is its place in the list
                key={i}
                gap="xs"
                align="flex-start"
                wrap="nowrap"
              >
                <div style={{ flex: 1, minWidth: 0 }}>
                  <RegionCodeField
                    label={t('pelatihan.sessionForm.desa', { n: i + 1 })}
                    level="village"
                    value={code}
                    onChange={(next) =>
                      set({ desaCodes: values.desaCodes.map((c, k) => (k === i ? next : c)) })
                    }
                    error={message(`desaCodes.${i}`)}
                    data-testid="session-desa"
                  />
                </div>
                <Group mt={26}>
                  <RemoveButton
                    label={t('pelatihan.sessionForm.removeDesa', { n: i + 1 })}
                    onClick={() => set({ desaCodes: values.desaCodes.filter((_, k) => k !== i) })}
                  />
                </Group>
              </Group>
            ))}
            <AddButton
              testId="session-desa-add"
              onClick={() => set({ desaCodes: [...values.desaCodes, ''] })}
            >
              {t('pelatihan.sessionForm.addDesa')}
            </AddButton>
            <MultiSelect
              label={`${t('pelatihan.session.kawasan')} (${t('common.optional')})`}
              placeholder={kawasanData.length === 0 ? t('pelatihan.sessionForm.kawasanNone') : undefined}
              data={kawasanData}
              value={values.kawasanIds}
              onChange={(kawasanIds) => set({ kawasanIds })}
              searchable
              clearable
              disabled={kawasanData.length === 0}
              comboboxProps={{ withinPortal: true }}
              error={message('kawasanIds')}
              data-testid="session-kawasan"
            />
          </Stack>
        </Fieldset>

        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="session-save">
            {submitLabel}
          </Button>
          <Button variant="default" size="md" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
