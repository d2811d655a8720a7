import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type PartnerKind } from '../../../domain/enterprise/vocabulary';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import { RegionCodeField } from '../pendampingan/region-code-field';
import {
  PARTNER_CONTACT_MAX,
  PARTNER_NAME_LIMITS,
  type PartnerValues,
  partnerFormIssues,
  partnerServerIssues,
} from './partners-model';
import classes from './usaha.module.css';

interface PartnerFormProps {
  initial: PartnerValues;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: PartnerValues) => void;
  onCancel: () => void;
  testId: string;
}

/** A funding partner: its kind, name, the region of its seat and the organisation's contact. */
export function PartnerForm({
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: PartnerFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<PartnerValues>(initial);
  const [tried, setTried] = useState(false);
  const messages = {
    kindRequired: t('usaha.partners.kindRequired'),
    nameLength: t('usaha.partners.nameLength', { min: PARTNER_NAME_LIMITS[0], max: PARTNER_NAME_LIMITS[1] }),
    contactLength: t('usaha.partners.contactLength', { max: PARTNER_CONTACT_MAX }),
  };
  const local = tried ? partnerFormIssues(values, messages) : {};
  const server = partnerServerIssues(problemIssues(error));
  const message = (field: keyof typeof local) => local[field] ?? server.byField[field];
  const set = (change: Partial<PartnerValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(partnerFormIssues(values, messages)).length > 0) return;
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {server.other.length > 0 && (
          <Text size="sm" c="red.8">
            {server.other.join(' ')}
          </Text>
        )}
        <div className={classes.twoColumns}>
          <Select
            label={t('usaha.partners.kind')}
            required
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`usaha.partnerKind.${k}`) }))}
            value={values.kind || null}
            onChange={(kind) => set({ kind: (kind ?? '') as PartnerKind | '' })}
            comboboxProps={{ withinPortal: true }}
            error={message('kind')}
            data-testid="partner-kind"
          />
          <TextInput
            label={t('usaha.partners.name')}
            required
            maxLength={400}
            value={values.name}
            onChange={(ev) => set({ name: ev.currentTarget.value })}
            error={message('name')}
            data-testid="partner-name"
          />
        </div>
        <RegionCodeField
          label={`${t('usaha.partners.seat')} (${t('common.optional')})`}
          level={null}
          value={values.seatRegionCode}
          onChange={(seatRegionCode) => set({ seatRegionCode })}
          error={message('seatRegionCode')}
          data-testid="partner-seat"
        />
        <Textarea
          label={`${t('usaha.partners.contact')} (${t('common.optional')})`}
          description={t('usaha.partners.contactHint')}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          value={values.contact}
          onChange={(ev) => set({ contact: ev.currentTarget.value })}
          error={message('contact')}
          data-testid="partner-contact"
        />
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="partner-save">
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
