import { Button, Group, NativeSelect, Select, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gender } from '../../../domain/facilitation/facilitator';
import {
  FACILITATOR_TYPES,
  type FacilitatorType,
  GENDERS,
  homeRegionLevel,
} from '../../../domain/facilitation/facilitator';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import classes from './pendampingan.module.css';
import {
  type FacilitatorField,
  type FacilitatorValues,
  facilitatorFieldOf,
  facilitatorFormIssues,
  sortFieldErrors,
} from './pendampingan-forms';
import { RegionCodeField } from './region-code-field';
import { useFacilitators } from './use-pendampingan-queries';

interface FacilitatorFormProps {
  initial: FacilitatorValues;
  /** The record being edited; null when registering a new facilitator. */
  id: string | null;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: FacilitatorValues) => void;
  onCancel: () => void;
  testId: string;
}

/**
 * A facilitator's record: the account, type and home region when registering; the person, the
 * NIK (only its last four digits are kept), the active period and the supervisor.
 */
export function FacilitatorForm(props: FacilitatorFormProps) {
  const { initial, id, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const { t } = useTranslation();
  const creating = id === null;
  const [values, setValues] = useState<FacilitatorValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const candidates = useFacilitators({});
  const problems = tried ? facilitatorFormIssues(values, id, t('common.required')) : {};
  const server = sortFieldErrors(fieldErrorsOf(error), facilitatorFieldOf);
  const message = (field: FacilitatorField) => problems[field] ?? server.byField[field];
  const set = (change: Partial<FacilitatorValues>) => setValues((v) => ({ ...v, ...change }));
  const level = values.type === '' ? null : homeRegionLevel(values.type);
  const supervisors = (candidates.data?.items ?? [])
    .filter((f) => f.id !== id)
    .map((f) => ({ value: f.id, label: `${f.name} · ${f.typeLabel}` }));
  if (values.supervisorId && !supervisors.some((s) => s.value === values.supervisorId)) {
    supervisors.unshift({ value: values.supervisorId, label: t('pendampingan.form.supervisorKept') });
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(facilitatorFormIssues(values, id, t('common.required'))).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="sm">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {creating && (
          <div className={classes.twoColumns}>
            <TextInput
              label={t('pendampingan.facilitator.username')}
              description={t('pendampingan.form.usernameHint')}
              required
              autoCapitalize="none"
              autoCorrect="off"
              maxLength={100}
              value={values.username}
              onChange={(e) => set({ username: e.currentTarget.value })}
              error={message('username')}
              data-testid="facilitator-username"
            />
            <NativeSelect
              label={t('pendampingan.facilitator.type')}
              required
              data={[
                { value: '', label: t('pendampingan.form.typePlaceholder') },
                ...FACILITATOR_TYPES.map((type) => ({ value: type, label: t(`pendampingan.type.${type}`) })),
              ]}
              value={values.type}
              onChange={(e) => set({ type: e.currentTarget.value as FacilitatorType | '' })}
              error={message('type')}
              data-testid="facilitator-type"
            />
          </div>
        )}
        <div className={classes.twoColumns}>
          <TextInput
            label={t('pendampingan.facilitator.name')}
            required
            maxLength={120}
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={message('name')}
            data-testid="facilitator-name"
          />
          <NativeSelect
            label={t('pendampingan.facilitator.gender')}
            required
            data={[
              { value: '', label: t('pendampingan.form.genderPlaceholder') },
              ...GENDERS.map((g) => ({ value: g, label: t(`pendampingan.gender.${g}`) })),
            ]}
            value={values.gender}
            onChange={(e) => set({ gender: e.currentTarget.value as Gender | '' })}
            error={message('gender')}
            data-testid="facilitator-gender"
          />
        </div>
        <div className={classes.twoColumns}>
          <TextInput
            label={t('pendampingan.facilitator.phone')}
            type="tel"
            inputMode="tel"
            maxLength={30}
            value={values.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={message('phone')}
            data-testid="facilitator-phone"
          />
          <TextInput
            label={t('pendampingan.facilitator.email')}
            type="email"
            maxLength={254}
            value={values.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={message('email')}
            data-testid="facilitator-email"
          />
        </div>
        <TextInput
          label={`${t('pendampingan.facilitator.nik')} (${t('common.optional')})`}
          description={creating ? t('pendampingan.form.nikHint') : t('pendampingan.form.nikEditHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={30}
          value={values.nik}
          onChange={(e) => set({ nik: e.currentTarget.value })}
          error={message('nik')}
          data-testid="facilitator-nik"
        />
        {creating && (
          <RegionCodeField
            label={t('pendampingan.facilitator.homeRegion')}
            level={level}
            required
            value={values.homeRegionCode}
            onChange={(homeRegionCode) => set({ homeRegionCode })}
            error={message('homeRegionCode')}
            data-testid="facilitator-home"
          />
        )}
        <div className={classes.twoColumns}>
          <TextInput
            type="date"
            label={t('pendampingan.facilitator.activeFrom')}
            required={creating}
            disabled={!creating}
            value={values.activeFrom}
            onChange={(e) => set({ activeFrom: e.currentTarget.value })}
            error={message('activeFrom')}
            data-testid="facilitator-active-from"
          />
          <TextInput
            type="date"
            label={`${t('pendampingan.facilitator.activeTo')} (${t('common.optional')})`}
            value={values.activeTo}
            onChange={(e) => set({ activeTo: e.currentTarget.value })}
            error={message('activeTo')}
            data-testid="facilitator-active-to"
          />
        </div>
        <Select
          label={`${t('pendampingan.facilitator.supervisor')} (${t('common.optional')})`}
          description={t('pendampingan.form.supervisorHint')}
          placeholder={t('pendampingan.form.supervisorPlaceholder')}
          data={supervisors}
          value={values.supervisorId || null}
          onChange={(value) => set({ supervisorId: value ?? '' })}
          searchable
          clearable
          nothingFoundMessage={t('search.empty')}
          comboboxProps={{ withinPortal: true }}
          error={message('supervisorId')}
          data-testid="facilitator-supervisor"
        />
        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="facilitator-save">
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
