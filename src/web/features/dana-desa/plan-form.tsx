import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES } from '../../../domain/dana-desa/categories';
import { COVERED_YEARS, ruleSetFor } from '../../../domain/dana-desa/rule-sets';
import { formatRupiah } from '../../../domain/money/rupiah';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { type Issue, problemIssues } from '../pelatihan/pelatihan-forms';
import { CheckResults } from './check-results';
import classes from './dana-desa.module.css';
import {
  addLine,
  amountPreview,
  asksWages,
  categoryChoices,
  factsAsked,
  fieldMessage,
  formLevelIssues,
  type LineValues,
  type PlanValues,
  removeLine,
  updateLine,
  whatIf,
  withFiscalYear,
  type YesNo,
} from './plan-form-model';

export interface Choice {
  value: string;
  label: string;
}

interface PlanFormProps {
  initial: PlanValues;
  /** A stored plan keeps its year (one plan per desa and year). */
  yearFixed: boolean;
  kawasanChoices: readonly Choice[];
  enterpriseChoices: readonly Choice[];
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: PlanValues) => void;
  /** Shown above the lines, e.g. the XLSX template and import. */
  toolbar?: React.ReactNode;
}

/** Server issues in form-field spelling (`body.lines[2].amount` → `lines.2.amount`). */
function serverIssues(error: unknown): Issue[] {
  return problemIssues(error);
}

function LineCard(props: {
  line: LineValues;
  index: number;
  values: PlanValues;
  issues: readonly Issue[];
  show: boolean;
  kawasanChoices: readonly Choice[];
  enterpriseChoices: readonly Choice[];
  onChange: (change: Partial<LineValues>) => void;
  onRemove: (() => void) | null;
}) {
  const { line, index, values, issues, show, kawasanChoices, enterpriseChoices, onChange, onRemove } = props;
  const { t } = useTranslation();
  const set = ruleSetFor(values.fiscalYear).ruleSet;
  const choices = set ? categoryChoices(set) : [];
  const at = (field: string) => (show ? fieldMessage(issues, `lines.${index}.${field}`) : undefined);
  const chosen = choices.find((c) => c.value === line.category);
  const preview = amountPreview(line.amount);
  const wagesPreview = amountPreview(line.wages);
  return (
    <Paper withBorder radius="md" p="sm" data-testid="plan-line" data-line={line.id}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={700} size="sm">
            {t('danaDesa.form.lineHeading', { n: index + 1 })}
          </Text>
          {onRemove && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={onRemove}
              data-testid="line-remove"
            >
              {t('danaDesa.form.removeLine')}
            </Button>
          )}
        </Group>
        <div className={classes.lineGrid}>
          <TextInput
            label={t('danaDesa.form.lineId')}
            value={line.id}
            onChange={(e) => onChange({ id: e.currentTarget.value })}
            error={at('id')}
            data-testid="line-id"
          />
          <Select
            className={classes.lineWide}
            label={t('danaDesa.form.category')}
            placeholder={t('danaDesa.form.categoryPlaceholder')}
            required
            data={choices.map((c) => ({ value: c.value, label: c.label }))}
            value={line.category || null}
            onChange={(value) => onChange({ category: value ?? '' })}
            description={chosen?.explanation}
            comboboxProps={{ withinPortal: true }}
            error={at('category')}
            data-testid="line-category"
          />
          <TextInput
            className={classes.lineWide}
            label={t('danaDesa.form.activity')}
            required
            value={line.activity}
            onChange={(e) => onChange({ activity: e.currentTarget.value })}
            error={at('activity')}
            data-testid="line-activity"
          />
          <TextInput
            label={t('danaDesa.form.location')}
            value={line.location}
            onChange={(e) => onChange({ location: e.currentTarget.value })}
            data-testid="line-location"
          />
          <TextInput
            label={t('danaDesa.form.amount')}
            required
            inputMode="numeric"
            placeholder="150.000.000"
            value={line.amount}
            onChange={(e) => onChange({ amount: e.currentTarget.value })}
            description={preview ?? undefined}
            error={at('amount')}
            data-testid="line-amount"
          />
          {asksWages(line.category) && (
            <TextInput
              label={t('danaDesa.form.wages')}
              inputMode="numeric"
              value={line.wages}
              onChange={(e) => onChange({ wages: e.currentTarget.value })}
              description={wagesPreview ?? t('danaDesa.form.wagesHint')}
              error={at('wages')}
              data-testid="line-wages"
            />
          )}
          {kawasanChoices.length > 0 && (
            <Select
              label={t('danaDesa.form.kawasan')}
              placeholder={t('danaDesa.form.none')}
              data={[...kawasanChoices]}
              value={line.kawasanId || null}
              onChange={(value) => onChange({ kawasanId: value ?? '' })}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="line-kawasan"
            />
          )}
          {enterpriseChoices.length > 0 && (
            <Select
              label={t('danaDesa.form.enterprise')}
              placeholder={t('danaDesa.form.none')}
              data={[...enterpriseChoices]}
              value={line.enterpriseId || null}
              onChange={(value) => onChange({ enterpriseId: value ?? '' })}
              clearable
              comboboxProps={{ withinPortal: true }}
              data-testid="line-enterprise"
            />
          )}
        </div>
      </Stack>
    </Paper>
  );
}

/**
 * The plan of a desa for one fiscal year — year, pagu, the facts the year's rules depend on, and
 * the lines — with the what-if beside it (below it on a phone): every rule of the year re-run in
 * the browser with the pure `checkPlan` as the operator types, each with its badge, the amount
 * against the limit and what to change, and the total against the pagu.
 */
export function PlanForm(props: PlanFormProps) {
  const { initial, yearFixed, kawasanChoices, enterpriseChoices, pending, error, submitLabel, onSubmit } =
    props;
  const { t } = useTranslation();
  const [values, setValues] = useState<PlanValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const [debounced] = useDebouncedValue(values, 250);
  const live = useMemo(() => whatIf(debounced), [debounced]);
  const now = useMemo(() => whatIf(values), [values]);
  const ruleSet = ruleSetFor(values.fiscalYear).ruleSet;
  const asked = ruleSet ? factsAsked(ruleSet) : null;
  const server = serverIssues(error);
  const issues = tried ? [...now.issues, ...server] : server;
  const topIssues = formLevelIssues(issues, values);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (now.issues.length > 0 || now.result === null) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const paguPreview = amountPreview(values.pagu);
  return (
    <div className={classes.formLayout}>
      <form ref={formRef} onSubmit={submit} noValidate data-testid="plan-form">
        <Stack gap="md">
          {Boolean(error) && server.length === 0 && (
            <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />
          )}
          {topIssues.length > 0 && (
            <Alert color="red" title={t('danaDesa.form.issuesTitle')} data-testid="plan-issues">
              <Stack gap={2}>
                {topIssues.map((i) => (
                  <Text size="sm" key={`${i.field}:${i.message}`}>
                    {i.message}
                  </Text>
                ))}
              </Stack>
            </Alert>
          )}
          <div className={classes.twoColumns}>
            <Select
              label={t('danaDesa.form.year')}
              required
              disabled={yearFixed}
              data={COVERED_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
              value={String(values.fiscalYear)}
              onChange={(y) => y && setValues((v) => withFiscalYear(v, Number(y)))}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              description={ruleSet?.title}
              data-testid="plan-year"
            />
            <TextInput
              label={t('danaDesa.form.pagu')}
              required
              inputMode="numeric"
              placeholder="1.000.000.000"
              value={values.pagu}
              onChange={(e) => {
                const pagu = e.currentTarget.value;
                setValues((v) => ({ ...v, pagu }));
              }}
              description={paguPreview ?? t('danaDesa.form.paguHint')}
              error={tried || server.length > 0 ? fieldMessage(issues, 'pagu') : undefined}
              data-testid="plan-pagu"
            />
          </div>
          {asked && (asked.published || asked.bltFamilies || asked.notNeeded.length > 0) && (
            <Stack gap="xs" data-testid="plan-facts">
              <Title order={3} size="h5">
                {t('danaDesa.form.factsHeading')}
              </Title>
              {asked.published && (
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('danaDesa.form.published')}
                  </Text>
                  <SegmentedControl
                    value={values.publishedPreviousYear || 'unknown'}
                    onChange={(v) =>
                      setValues((prev) => ({
                        ...prev,
                        publishedPreviousYear: (v === 'unknown' ? '' : v) as YesNo,
                      }))
                    }
                    data={[
                      { value: 'ya', label: t('danaDesa.form.yes') },
                      { value: 'tidak', label: t('danaDesa.form.no') },
                      { value: 'unknown', label: t('danaDesa.form.notRecorded') },
                    ]}
                    data-testid="plan-published"
                  />
                </Stack>
              )}
              {asked.notNeeded.length > 0 && (
                <Checkbox.Group
                  label={t('danaDesa.form.notNeeded')}
                  description={t('danaDesa.form.notNeededHint')}
                  value={values.notNeeded}
                  onChange={(notNeeded) => setValues((v) => ({ ...v, notNeeded }))}
                  data-testid="plan-not-needed"
                >
                  <Stack gap={4} mt={4}>
                    {asked.notNeeded.map((code) => (
                      <Checkbox key={code} value={code} label={CATEGORIES[code].label} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              {asked.bltFamilies && (
                <TextInput
                  label={t('danaDesa.form.bltFamilies')}
                  inputMode="numeric"
                  value={values.bltFamilies}
                  onChange={(e) => {
                    const bltFamilies = e.currentTarget.value;
                    setValues((v) => ({ ...v, bltFamilies }));
                  }}
                  error={tried ? fieldMessage(issues, 'facts.bltFamilies') : undefined}
                  data-testid="plan-blt-families"
                />
              )}
            </Stack>
          )}
          {props.toolbar}
          <Title order={3} size="h5">
            {t('danaDesa.form.linesHeading', { count: values.lines.length })}
          </Title>
          {values.lines.map((line, index) => (
            <LineCard
              key={line.key}
              line={line}
              index={index}
              values={values}
              issues={issues}
              show={tried || server.length > 0}
              kawasanChoices={kawasanChoices}
              enterpriseChoices={enterpriseChoices}
              onChange={(change) => setValues((v) => updateLine(v, line.key, change))}
              onRemove={values.lines.length > 1 ? () => setValues((v) => removeLine(v, line.key)) : null}
            />
          ))}
          <Group justify="space-between" wrap="wrap">
            <Button variant="default" onClick={() => setValues((v) => addLine(v))} data-testid="line-add">
              {t('danaDesa.form.addLine')}
            </Button>
            <Button type="submit" loading={pending} data-testid="plan-save">
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
      <Paper
        withBorder
        radius="md"
        p="sm"
        className={classes.whatIf}
        component="aside"
        aria-label={t('danaDesa.whatIf.heading')}
        data-testid="what-if"
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('danaDesa.whatIf.heading')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('danaDesa.whatIf.hint')}
          </Text>
          <Group gap="md" wrap="wrap" data-testid="what-if-totals">
            <Text size="sm">
              {t('danaDesa.whatIf.total')}:{' '}
              <strong className={classes.number}>{formatRupiah(live.total)}</strong>
            </Text>
            <Text size="sm">
              {t('danaDesa.whatIf.pagu')}:{' '}
              <strong className={classes.number}>{formatRupiah(live.pagu)}</strong>
            </Text>
            <Text size="sm" c={live.remaining < 0n ? 'red.8' : undefined} data-testid="what-if-remaining">
              {live.remaining < 0n
                ? t('danaDesa.whatIf.over', { amount: formatRupiah(-live.remaining) })
                : t('danaDesa.whatIf.remaining', { amount: formatRupiah(live.remaining) })}
            </Text>
          </Group>
          {live.message && (
            <Alert color="yellow" data-testid="what-if-no-rules">
              {live.message}
            </Alert>
          )}
          {live.result && <CheckResults result={live.result} testId="what-if-results" live />}
        </Stack>
      </Paper>
    </div>
  );
}
