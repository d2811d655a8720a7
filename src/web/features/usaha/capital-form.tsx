import { Anchor, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BusinessUnitView } from '../../../contracts/business.contract';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import { CAPITAL_BASIS } from '../../../domain/enterprise/capital';
import { CAPITAL_FORMS, CAPITAL_SOURCES, isCapitalSource } from '../../../domain/enterprise/vocabulary';
import { facilitationToday } from '../../../domain/facilitation/calendar';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import {
  amountPreview,
  type CapitalValues,
  capitalFormIssues,
  capitalServerIssues,
  withSource,
} from './capital-model';
import classes from './usaha.module.css';
import { PARTNERS_PATH } from './usaha-paths';
import { usePartners } from './use-usaha-queries';

interface CapitalFormProps {
  e: EnterpriseView;
  units: readonly BusinessUnitView[];
  initial: CapitalValues;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: CapitalValues) => void;
  onCancel: () => void;
  testId: string;
}

/**
 * A capital row: source, form, amount in whole rupiah (typed the Indonesian way, "1.500.000", and
 * read back as it will be stored), the date received, the document it rests on, and — by source —
 * the partner (mitra) or the founding desa (Dana Desa). Optionally the unit it was meant for and a
 * stored document. Checked with the domain's rules before sending.
 */
export function CapitalForm(props: CapitalFormProps) {
  const { e, units, initial, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const { t } = useTranslation();
  const today = facilitationToday(new Date());
  const [values, setValues] = useState<CapitalValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const partners = usePartners({}, values.source === 'mitra');
  const rules = { today, founderDesaCodes: e.founders.map((f) => f.code), unitIds: units.map((u) => u.id) };
  const local = tried ? capitalFormIssues(values, rules) : {};
  const server = capitalServerIssues(problemIssues(error));
  const message = (field: keyof typeof local) => local[field] ?? server.byField[field];
  const set = (change: Partial<CapitalValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(capitalFormIssues(values, rules)).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const preview = amountPreview(values.amount);
  const basis = isCapitalSource(values.source) ? CAPITAL_BASIS[values.source] : null;
  const partnerData = (partners.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name} · ${t(`usaha.partnerKind.${p.kind}`, { defaultValue: p.kindLabel })}`,
  }));
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {server.other.length > 0 && (
          <Text size="sm" c="red.8">
            {server.other.join(' ')}
          </Text>
        )}
        <div className={classes.twoColumns}>
          <Select
            label={t('usaha.capital.source')}
            placeholder={t('usaha.capital.sourcePlaceholder')}
            required
            data={CAPITAL_SOURCES.map((s) => ({ value: s, label: t(`usaha.source.${s}`) }))}
            value={values.source || null}
            onChange={(source) => setValues((v) => withSource(v, source ?? ''))}
            comboboxProps={{ withinPortal: true }}
            error={message('source')}
            data-testid="capital-source"
          />
          <Select
            label={t('usaha.capital.form')}
            required
            data={CAPITAL_FORMS.map((f) => ({ value: f, label: t(`usaha.capitalForm.${f}`) }))}
            value={values.form}
            onChange={(form) => form && set({ form })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={message('form')}
            data-testid="capital-form-kind"
          />
        </div>
        {values.source === 'mitra' && (
          <Stack gap={4}>
            <Select
              label={t('usaha.capital.partner')}
              placeholder={partners.isPending ? t('app.loading') : t('usaha.capital.partnerPlaceholder')}
              required
              searchable
              data={partnerData}
              value={values.partnerId || null}
              onChange={(id) => set({ partnerId: id ?? '' })}
              nothingFoundMessage={t('usaha.capital.noPartners')}
              comboboxProps={{ withinPortal: true }}
              error={message('partnerId')}
              data-testid="capital-partner"
            />
            <Text size="xs" c="dimmed">
              {t('usaha.capital.partnerMissing')}{' '}
              <Anchor component={Link} to={PARTNERS_PATH} target="_blank" rel="noopener" inherit>
                {t('usaha.partners.title')}
              </Anchor>
            </Text>
          </Stack>
        )}
        {values.source === 'dana_desa' && (
          <Select
            label={t('usaha.capital.desa')}
            description={t('usaha.capital.desaHint')}
            required
            data={e.founders.map((f) => ({ value: f.code, label: f.name }))}
            value={values.desaCode || null}
            onChange={(code) => set({ desaCode: code ?? '' })}
            comboboxProps={{ withinPortal: true }}
            error={message('desaCode')}
            data-testid="capital-desa"
          />
        )}
        <div className={classes.twoColumns}>
          <TextInput
            label={t('usaha.capital.amount')}
            description={
              preview ? t('usaha.capital.amountPreview', { amount: preview }) : t('usaha.capital.amountHint')
            }
            required
            inputMode="numeric"
            leftSection={<Text size="sm">Rp</Text>}
            placeholder="1.500.000"
            maxLength={40}
            value={values.amount}
            onChange={(ev) => set({ amount: ev.currentTarget.value })}
            error={message('amount')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data-testid="capital-amount"
          />
          <TextInput
            label={t('usaha.capital.receivedOn')}
            type="date"
            required
            max={today}
            value={values.receivedOn}
            onChange={(ev) => set({ receivedOn: ev.currentTarget.value })}
            error={message('receivedOn')}
            data-testid="capital-received-on"
          />
        </div>
        <TextInput
          label={t('usaha.capital.documentNumber')}
          description={basis ? t('usaha.capital.documentBasis', { basis }) : t('usaha.capital.documentHint')}
          required
          maxLength={240}
          value={values.documentNumber}
          onChange={(ev) => set({ documentNumber: ev.currentTarget.value })}
          error={message('documentNumber')}
          data-testid="capital-document-number"
        />
        <div className={classes.twoColumns}>
          <Select
            label={`${t('usaha.capital.unit')} (${t('common.optional')})`}
            description={t('usaha.capital.unitHint')}
            data={units.map((u) => ({
              value: u.id,
              label: `${u.name} · ${t(`usaha.stageShort.${u.stage}`, { defaultValue: u.stageLabel })}`,
            }))}
            value={values.unitId || null}
            onChange={(id) => set({ unitId: id ?? '' })}
            clearable
            comboboxProps={{ withinPortal: true }}
            error={message('unitId')}
            data-testid="capital-unit"
          />
          <Select
            label={`${t('usaha.capital.document')} (${t('common.optional')})`}
            description={
              e.documents.length === 0 ? t('usaha.capital.noDocuments') : t('usaha.capital.documentPick')
            }
            data={e.documents.map((d) => ({ value: d.id, label: d.title }))}
            value={values.documentId || null}
            onChange={(id) => set({ documentId: id ?? '' })}
            clearable
            disabled={e.documents.length === 0}
            comboboxProps={{ withinPortal: true }}
            error={message('documentId')}
            data-testid="capital-document"
          />
        </div>
        <Textarea
          label={`${t('usaha.capital.note')} (${t('common.optional')})`}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={2000}
          value={values.note}
          onChange={(ev) => set({ note: ev.currentTarget.value })}
          error={message('note')}
          data-testid="capital-note"
        />
        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="capital-save">
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
