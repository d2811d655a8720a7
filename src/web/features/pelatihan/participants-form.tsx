import { Button, Group, NativeSelect, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRegistrationView } from '../../../contracts/training-participant.contract';
import { PARTICIPANT_ROLES, type ParticipantRole } from '../../../domain/training/aspects';
import { GENDERS, type Gender, PARTICIPANT_NAME_MAX } from '../../../domain/training/registration';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { RegionCodeField } from '../pendampingan/region-code-field';
import {
  newParticipantValues,
  type ParticipantValues,
  participantBody,
  participantFieldOf,
  participantFormIssues,
  takesEnterprise,
} from './participants-model';
import classes from './pelatihan.module.css';
import { problemIssues, sortIssues } from './pelatihan-forms';
import { localDate } from './session-model';
import { useRegister } from './use-pelatihan-queries';

/**
 * Registers one participant: the name as it goes on the certificate, gender, birth year (no
 * birth date and no NIK), the desa they come from, their role and, for a BUM Desa or koperasi
 * manager, the enterprise. A seat when one is free, else the waiting list.
 */
export function ParticipantForm({
  sid,
  onRegistered,
}: {
  sid: string;
  onRegistered: (r: TrainingRegistrationView) => void;
}) {
  const { t } = useTranslation();
  const register = useRegister(sid);
  const [values, setValues] = useState<ParticipantValues>(newParticipantValues);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const today = localDate(new Date());
  const local = tried
    ? participantFormIssues(values, today, t('common.required'))
    : { byField: {}, other: [] };
  const server = sortIssues(problemIssues(register.error), participantFieldOf);
  const message = (field: string) => local.byField[field] ?? server.byField[field];
  const set = (change: Partial<ParticipantValues>) => {
    setValues((v) => ({ ...v, ...change }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(participantFormIssues(values, today, t('common.required')).byField).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    register.mutate(participantBody(values), {
      onSuccess: (created) => {
        setValues(newParticipantValues());
        setTried(false);
        onRegistered(created);
      },
      onError: () => setFailures((n) => n + 1),
    });
  };
  const showAlert = register.isError && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="participant-form">
      <Stack gap="sm">
        {showAlert && (
          <MutationErrorAlert error={register.error} title={t('pelatihan.participants.notRegistered')} />
        )}
        <div className={classes.twoColumns}>
          <TextInput
            label={t('pelatihan.participants.name')}
            description={t('pelatihan.participants.nameHint')}
            required
            maxLength={PARTICIPANT_NAME_MAX * 2}
            value={values.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={message('name')}
            data-testid="participant-name"
          />
          <Radio.Group
            label={t('pelatihan.participants.gender')}
            required
            value={values.gender}
            onChange={(gender) => set({ gender: gender as Gender })}
            error={message('gender')}
            data-testid="participant-gender"
          >
            <Group gap="lg" mt={8}>
              {GENDERS.map((g) => (
                <Radio
                  key={g}
                  value={g}
                  label={t(`pelatihan.gender.${g}`)}
                  data-testid={`participant-gender-${g}`}
                />
              ))}
            </Group>
          </Radio.Group>
        </div>
        <div className={classes.twoColumns}>
          <NumberInput
            label={t('pelatihan.participants.birthYear')}
            description={t('pelatihan.participants.birthYearHint')}
            required
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={false}
            placeholder="1985"
            value={values.birthYear}
            onChange={(birthYear) => set({ birthYear })}
            error={message('birthYear')}
            data-testid="participant-birth-year"
          />
          <RegionCodeField
            label={t('pelatihan.participants.desa')}
            level="village"
            required
            value={values.desaCode}
            onChange={(desaCode) => set({ desaCode })}
            error={message('desaCode')}
            data-testid="participant-desa"
          />
        </div>
        <div className={classes.twoColumns}>
          <NativeSelect
            label={t('pelatihan.participants.role')}
            required
            data={[
              { value: '', label: t('pelatihan.participants.rolePlaceholder') },
              ...PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`pelatihan.role.${r}`) })),
            ]}
            value={values.role}
            onChange={(e) => set({ role: e.currentTarget.value as ParticipantRole | '' })}
            error={message('role')}
            data-testid="participant-role"
          />
          {takesEnterprise(values.role) && (
            <TextInput
              label={`${t('pelatihan.participants.enterprise')} (${t('common.optional')})`}
              description={t('pelatihan.participants.enterpriseHint')}
              maxLength={64}
              autoComplete="off"
              value={values.enterpriseId}
              onChange={(e) => set({ enterpriseId: e.currentTarget.value })}
              error={message('enterpriseId')}
              data-testid="participant-enterprise"
            />
          )}
        </div>
        <Group gap="sm">
          <Button type="submit" size="md" loading={register.isPending} data-testid="participant-save">
            {t('pelatihan.participants.register')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
