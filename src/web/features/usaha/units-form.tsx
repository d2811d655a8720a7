import {
  Autocomplete,
  Button,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import { MAX_UNIT_WORKERS } from '../../../domain/enterprise/business-unit';
import { UNIT_STATUSES, VALUE_CHAIN_STAGES } from '../../../domain/enterprise/vocabulary';
import { facilitationToday } from '../../../domain/facilitation/calendar';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import { RegionCodeField } from '../pendampingan/region-code-field';
import { type UnitValues, unitFormIssues, unitServerIssues } from './units-model';
import classes from './usaha.module.css';

/** The desa choice "another desa": its code is typed. */
const OTHER_DESA = 'lain';

interface UnitFormProps {
  e: EnterpriseView;
  initial: UnitValues;
  /** Commodities to suggest: the enterprise's own and its kawasan's flagship ones. */
  commodities: readonly string[];
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: UnitValues) => void;
  onCancel: () => void;
  testId: string;
}

/**
 * A business unit: name, commodity or service, value-chain stage (each explained), status, the
 * desa it works in (a founding desa, or another typed by code), workers and women among them,
 * start date and description. Checked with the domain's rules before sending.
 */
export function UnitForm(props: UnitFormProps) {
  const { e, initial, commodities, pending, error, submitLabel, onSubmit, onCancel, testId } = props;
  const { t } = useTranslation();
  const today = facilitationToday(new Date());
  const [values, setValues] = useState<UnitValues>(initial);
  const founderCodes = e.founders.map((f) => f.code);
  const [desaChoice, setDesaChoice] = useState(
    initial.desaCode === '' ? '' : founderCodes.includes(initial.desaCode) ? initial.desaCode : OTHER_DESA,
  );
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const local = tried ? unitFormIssues(values, today) : {};
  const server = unitServerIssues(problemIssues(error));
  const message = (field: keyof typeof local) => local[field] ?? server.byField[field];
  const set = (change: Partial<UnitValues>) => setValues((v) => ({ ...v, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(unitFormIssues(values, today)).length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const desaData = [
    { value: '', label: t('usaha.units.desaNone') },
    ...e.founders.map((f) => ({ value: f.code, label: f.name })),
    { value: OTHER_DESA, label: t('usaha.units.desaOther') },
  ];
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
          label={t('usaha.units.name')}
          description={t('usaha.units.nameHint')}
          required
          maxLength={240}
          value={values.name}
          onChange={(ev) => set({ name: ev.currentTarget.value })}
          error={message('name')}
          data-testid="unit-name"
        />
        <Autocomplete
          label={t('usaha.units.commodity')}
          description={t('usaha.units.commodityHint')}
          required
          maxLength={160}
          data={[...new Set(commodities)]}
          value={values.commodity}
          onChange={(commodity) => set({ commodity })}
          comboboxProps={{ withinPortal: true }}
          error={message('commodity')}
          data-testid="unit-commodity"
        />
        <Radio.Group
          label={t('usaha.units.stage')}
          required
          value={values.stage}
          onChange={(stage) => set({ stage })}
          error={message('stage')}
          data-testid="unit-stage"
        >
          <Stack gap={6} mt={6}>
            {VALUE_CHAIN_STAGES.map((stage) => (
              <Radio
                key={stage}
                value={stage}
                label={t(`usaha.stage.${stage}`)}
                description={t(`usaha.stageHint.${stage}`)}
                data-testid={`unit-stage-${stage}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <div className={classes.twoColumns}>
          <Select
            label={t('usaha.units.status')}
            data={UNIT_STATUSES.map((s) => ({ value: s, label: t(`usaha.unitStatus.${s}`) }))}
            value={values.status}
            onChange={(status) => status && set({ status })}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={message('status')}
            data-testid="unit-status"
          />
          <TextInput
            label={`${t('usaha.units.startedOn')} (${t('common.optional')})`}
            type="date"
            max={today}
            value={values.startedOn}
            onChange={(ev) => set({ startedOn: ev.currentTarget.value })}
            error={message('startedOn')}
            data-testid="unit-started-on"
          />
        </div>
        <div className={classes.twoColumns}>
          <Select
            label={t('usaha.units.desa')}
            data={desaData}
            value={desaChoice}
            onChange={(choice) => {
              const next = choice ?? '';
              setDesaChoice(next);
              set({ desaCode: next === OTHER_DESA ? '' : next });
            }}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            error={desaChoice === OTHER_DESA ? undefined : message('desaCode')}
            data-testid="unit-desa"
          />
          {desaChoice === OTHER_DESA && (
            <RegionCodeField
              label={t('usaha.units.desaCode')}
              level="village"
              value={values.desaCode}
              onChange={(desaCode) => set({ desaCode })}
              error={message('desaCode')}
              data-testid="unit-desa-code"
            />
          )}
        </div>
        <div className={classes.twoColumns}>
          <NumberInput
            label={t('usaha.units.workers')}
            min={0}
            max={MAX_UNIT_WORKERS}
            allowDecimal={false}
            allowNegative={false}
            value={values.workers}
            onChange={(workers) => set({ workers })}
            error={message('workers')}
            data-testid="unit-workers"
          />
          <NumberInput
            label={t('usaha.units.womenWorkers')}
            min={0}
            max={MAX_UNIT_WORKERS}
            allowDecimal={false}
            allowNegative={false}
            value={values.womenWorkers}
            onChange={(womenWorkers) => set({ womenWorkers })}
            error={message('womenWorkers')}
            data-testid="unit-women-workers"
          />
        </div>
        <Textarea
          label={`${t('usaha.units.description')} (${t('common.optional')})`}
          autosize
          minRows={2}
          maxRows={6}
          maxLength={4000}
          value={values.description}
          onChange={(ev) => set({ description: ev.currentTarget.value })}
          error={message('description')}
          data-testid="unit-description"
        />
        <Group gap="sm">
          <Button type="submit" size="md" loading={pending} data-testid="unit-save">
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
