import {
  Button,
  Group,
  List,
  MultiSelect,
  Radio,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_KINDS, type EnterpriseKind } from '../../../domain/enterprise/vocabulary';
import { facilitationToday } from '../../../domain/facilitation/calendar';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import { FounderPicker } from './enterprise-form-founders';
import {
  type EnterpriseValues,
  enterpriseFormIssues,
  enterpriseServerIssues,
  foundersCountMessage,
  nameCheckBody,
  sortedNameChecks,
} from './enterprise-form-model';
import classes from './usaha.module.css';
import { useKawasanChoices, useNameCheck } from './use-usaha-queries';

interface EnterpriseFormProps {
  mode: 'create' | 'edit';
  initial: EnterpriseValues;
  /** When editing: the enterprise itself, whose own name is not "taken". */
  enterpriseId?: string;
  /** Names of the kawasan already linked, for those not among the choices. */
  linkedKawasan?: readonly { id: string; name: string }[];
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: EnterpriseValues) => void;
  onCancel: () => void;
  testId: string;
}

/** The name with the naming rules checked as the user types (errors red, warnings yellow). */
function NameField({
  values,
  enterpriseId,
  onChange,
  error,
}: {
  values: EnterpriseValues;
  enterpriseId?: string | undefined;
  onChange: (name: string) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  const body = nameCheckBody(values, enterpriseId);
  const [debounced] = useDebouncedValue(body, 400);
  const check = useNameCheck(debounced);
  const current = body !== null && JSON.stringify(debounced) === JSON.stringify(body);
  const { errors, warnings } = current ? sortedNameChecks(check.data) : { errors: [], warnings: [] };
  const ok = current && check.data?.ok === true && !check.isFetching;
  const hint = values.kind ? t(`usaha.form.nameHint.${values.kind}`) : t('usaha.form.nameHintNoKind');
  // The server's refusal repeats the live checks listed below: then the field is only marked.
  const repeated = error !== undefined && errors.length > 0 && errors.every((c) => error.includes(c.message));
  return (
    <Stack gap={4}>
      <TextInput
        label={t('usaha.form.name')}
        description={hint}
        required
        maxLength={240}
        value={values.name}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={repeated ? true : error}
        inputWrapperOrder={['label', 'description', 'input', 'error']}
        data-testid="enterprise-name"
      />
      <div aria-live="polite" data-testid="name-checks" data-state={check.isFetching ? 'checking' : 'idle'}>
        {errors.length > 0 && (
          <List size="sm" spacing={2} c="red.8" data-testid="name-errors">
            {errors.map((c) => (
              <List.Item key={c.rule} data-rule={c.rule}>
                {c.message}
              </List.Item>
            ))}
          </List>
        )}
        {warnings.length > 0 && (
          <List size="sm" spacing={2} c="yellow.9" data-testid="name-warnings">
            {warnings.map((c) => (
              <List.Item key={c.rule} data-rule={c.rule}>
                {c.message}
              </List.Item>
            ))}
          </List>
        )}
        {ok && errors.length === 0 && (
          <Text size="sm" c="teal.8" data-testid="name-ok">
            {t('usaha.form.nameOk')}
          </Text>
        )}
        {body !== null && check.isError && (
          <Text size="sm" c="dimmed">
            {t('usaha.form.nameCheckFailed')}
          </Text>
        )}
      </div>
    </Stack>
  );
}

function KindField({
  value,
  onChange,
  error,
}: {
  value: EnterpriseKind | '';
  onChange: (kind: EnterpriseKind) => void;
  error: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t('usaha.form.kind')}
      description={t('usaha.form.kindHint')}
      required
      value={value}
      onChange={(v) => onChange(v as EnterpriseKind)}
      error={error}
      data-testid="enterprise-kind"
    >
      <div className={classes.kinds} style={{ marginTop: 6 }}>
        {ENTERPRISE_KINDS.map((kind) => (
          <Radio.Card
            key={kind}
            value={kind}
            radius="sm"
            p="sm"
            className={classes.kindCard}
            data-testid={`enterprise-kind-${kind}`}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator />
              <div className={classes.wrap}>
                <Text fw={600} size="sm">
                  {t(`usaha.kind.${kind}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`usaha.kindHint.${kind}`)}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
      </div>
    </Radio.Group>
  );
}

/**
 * Registering an enterprise (kind first, founding desa, the name with live checks, kawasan
 * links, address, fields of business, founding date) or changing its profile (kind and founders
 * are fixed then; activity can change). The domain's founding rule is said before sending; the
 * server's messages appear next to the fields they name.
 */
export function EnterpriseForm(props: EnterpriseFormProps) {
  const { mode, initial, enterpriseId, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const linkedKawasan = props.linkedKawasan ?? [];
  const { t } = useTranslation();
  const [values, setValues] = useState<EnterpriseValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const kawasan = useKawasanChoices();
  const today = facilitationToday(new Date());
  const messages = {
    kindRequired: t('usaha.form.kindRequired'),
    nameRequired: t('usaha.form.nameRequired'),
    foundedOnInvalid: t('usaha.form.foundedOnInvalid'),
    foundedOnFuture: t('usaha.form.foundedOnFuture', { today }),
  };
  const local = tried ? enterpriseFormIssues(values, today, messages, mode) : {};
  const server = enterpriseServerIssues(problemIssues(error));
  const message = (field: keyof typeof local) => local[field] ?? server.byField[field];
  const set = (change: Partial<EnterpriseValues>) => setValues((v) => ({ ...v, ...change }));
  const foundersError = local.founders ?? server.byField.founders;
  const foundersNote = foundersCountMessage(values, false) ?? undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const issues = enterpriseFormIssues(values, today, messages, mode);
    if (Object.keys(issues).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const kawasanData = (kawasan.data?.items ?? []).map((k) => ({ value: k.id, label: k.name }));
  // A kawasan already linked stays choosable even when it is not among the first 200.
  for (const id of values.kawasanIds)
    if (!kawasanData.some((k) => k.value === id))
      kawasanData.push({ value: id, label: linkedKawasan.find((k) => k.id === id)?.name ?? id });

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {server.other.length > 0 && (
          <Text size="sm" c="red.8" data-testid="enterprise-form-other">
            {server.other.join(' ')}
          </Text>
        )}
        {mode === 'create' && (
          <KindField value={values.kind} onChange={(kind) => set({ kind })} error={message('kind')} />
        )}
        <MultiSelect
          label={`${t('usaha.form.kawasan')} (${t('common.optional')})`}
          description={t('usaha.form.kawasanHint')}
          data={kawasanData}
          value={values.kawasanIds}
          onChange={(ids) => set({ kawasanIds: ids })}
          searchable
          clearable
          nothingFoundMessage={t('usaha.filters.noKawasan')}
          comboboxProps={{ withinPortal: true }}
          error={message('kawasanIds')}
          data-testid="enterprise-kawasan"
        />
        {mode === 'create' && (
          <FounderPicker
            kind={values.kind}
            founders={values.founders}
            onChange={(founders) => set({ founders })}
            kawasanIds={values.kawasanIds}
            error={foundersError}
            note={foundersNote}
          />
        )}
        <NameField
          values={values}
          enterpriseId={enterpriseId}
          onChange={(name) => set({ name })}
          error={message('name')}
        />
        <Textarea
          label={`${t('usaha.form.address')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={5}
          maxLength={1000}
          value={values.address}
          onChange={(e) => set({ address: e.currentTarget.value })}
          error={message('address')}
          data-testid="enterprise-address"
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={`${t('usaha.form.phone')} (${t('common.optional')})`}
            description={t('usaha.form.phoneHint')}
            type="tel"
            maxLength={60}
            value={values.phone}
            onChange={(e) => set({ phone: e.currentTarget.value })}
            error={message('phone')}
            data-testid="enterprise-phone"
          />
          <TextInput
            label={`${t('usaha.form.email')} (${t('common.optional')})`}
            type="email"
            maxLength={254}
            value={values.email}
            onChange={(e) => set({ email: e.currentTarget.value })}
            error={message('email')}
            data-testid="enterprise-email"
          />
        </div>
        <TagsInput
          label={`${t('usaha.form.businessFields')} (${t('common.optional')})`}
          description={t('usaha.form.businessFieldsHint')}
          value={values.businessFields}
          onChange={(fields) => set({ businessFields: fields })}
          maxTags={20}
          clearable
          error={message('businessFields')}
          data-testid="enterprise-fields"
        />
        <div className={classes.twoColumns}>
          <TextInput
            label={`${t('usaha.form.foundedOn')} (${t('common.optional')})`}
            description={
              values.kind ? t(`usaha.form.foundedOnHint.${values.kind}`) : t('usaha.form.foundedOnHintNoKind')
            }
            type="date"
            max={today}
            value={values.foundedOn}
            onChange={(e) => set({ foundedOn: e.currentTarget.value })}
            error={message('foundedOn')}
            data-testid="enterprise-founded-on"
          />
          {mode === 'edit' && (
            <Select
              label={t('usaha.form.activity')}
              data={[
                { value: 'aktif', label: t('usaha.activity.aktif') },
                { value: 'tidak_aktif', label: t('usaha.activity.tidak_aktif') },
              ]}
              value={values.activity}
              onChange={(v) => set({ activity: v === 'tidak_aktif' ? 'tidak_aktif' : 'aktif' })}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              error={message('activity')}
              data-testid="enterprise-activity"
            />
          )}
        </div>
        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="enterprise-save">
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
