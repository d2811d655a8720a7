import { Button, Group, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_KINDS, type ProviderKind } from '../../../domain/training/aspects';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { RegionCodeField } from '../pendampingan/region-code-field';
import classes from './pelatihan.module.css';
import { problemIssues, sortIssues } from './pelatihan-forms';
import { type ProviderValues, providerFieldOf, providerFormIssues } from './provider-model';

interface ProviderFormProps {
  initial: ProviderValues;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: ProviderValues) => void;
  onCancel: () => void;
  testId: string;
}

/** A training provider: kind, name, the region of its seat, address and contacts. */
export function ProviderForm({
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: ProviderFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProviderValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const local = tried ? providerFormIssues(values, t('common.required')) : { byField: {}, other: [] };
  const server = sortIssues(problemIssues(error), providerFieldOf);
  const message = (field: string) => local.byField[field] ?? server.byField[field];
  const set = (change: Partial<ProviderValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(providerFormIssues(values, t('common.required')).byField).length > 0) {
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
        {server.other.length > 0 && (
          <Text size="sm" c="red.8">
            {server.other.join(' ')}
          </Text>
        )}
        <NativeSelect
          label={t('pelatihan.provider.kind')}
          required
          data={[
            { value: '', label: t('pelatihan.providers.kindPlaceholder') },
            ...PROVIDER_KINDS.map((kind) => ({ value: kind, label: t(`pelatihan.providerKind.${kind}`) })),
          ]}
          value={values.kind}
          onChange={(e) => set({ kind: e.currentTarget.value as ProviderKind | '' })}
          error={message('kind')}
          data-testid="provider-kind"
        />
        <TextInput
          label={t('pelatihan.provider.name')}
          required
          maxLength={400}
          value={values.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={message('name')}
          data-testid="provider-name"
        />
        <RegionCodeField
          label={t('pelatihan.provider.seat')}
          level={null}
          required
          value={values.seatRegionCode}
          onChange={(seatRegionCode) => set({ seatRegionCode })}
          error={message('seatRegionCode')}
          data-testid="provider-seat"
        />
        <Textarea
          label={`${t('pelatihan.provider.address')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          value={values.address}
          onChange={(e) => set({ address: e.currentTarget.value })}
          error={message('address')}
          data-testid="provider-address"
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={`${t('pelatihan.provider.phone')} (${t('common.optional')})`}
            type="tel"
            inputMode="tel"
            maxLength={60}
            value={values.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={message('phone')}
            data-testid="provider-phone"
          />
          <TextInput
            label={`${t('pelatihan.provider.email')} (${t('common.optional')})`}
            type="email"
            maxLength={254}
            value={values.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={message('email')}
            data-testid="provider-email"
          />
        </div>
        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="provider-save">
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
