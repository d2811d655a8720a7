import { Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { type CSSProperties, type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../domain/money/rupiah';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { useFocusFirstError } from '../../shared/use-focus-first-error';
import { problemIssues, sortIssues } from '../pelatihan/pelatihan-forms';
import classes from './reports.module.css';
import {
  type ReportValues,
  reportFieldOf,
  reportFormIssues,
  type SplitState,
  splitColor,
  splitState,
} from './reports-model';

interface ReportFormProps {
  initial: ReportValues;
  /** The periods the user may pick; one, fixed, when a stored report is corrected. */
  periods: { period: string; label: string }[];
  fixedPeriod: boolean;
  /** `YYYY-MM-DD` in WIB, as the server counts it. */
  today: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: ReportValues) => void;
  onCancel: () => void;
}

/** The sentence of a split state, in the domain's words ("kurang Rp500.000 …"). */
function useSplitText(): (state: SplitState) => string {
  const { t } = useTranslation();
  return (state) => {
    switch (state.kind) {
      case 'incomplete':
        return t('usahaHasil.form.splitIncomplete');
      case 'pas':
        return t('usahaHasil.form.splitExact', { net: formatRupiah(state.net) });
      case 'kurang':
        return t('usahaHasil.form.splitShort', {
          total: formatRupiah(state.total),
          difference: formatRupiah(state.difference),
          net: formatRupiah(state.net),
        });
      case 'lebih':
        return t('usahaHasil.form.splitOver', {
          total: formatRupiah(state.total),
          difference: formatRupiah(state.difference),
          net: formatRupiah(state.net),
        });
      case 'nothingToSplit':
        return t('usahaHasil.form.splitNone', { net: formatRupiah(state.net) });
      case 'notSplittable':
        return t('usahaHasil.form.splitNotAllowed', {
          net: formatRupiah(state.net),
          total: formatRupiah(state.total),
        });
    }
  };
}

/** The net result as it follows from revenue and costs, while the user types. */
function useNetText(): (state: SplitState) => string {
  const { t } = useTranslation();
  return (state) => {
    if (state.kind === 'incomplete') return t('usahaHasil.form.netUnknown');
    const net = state.net;
    const kind = net > 0n ? 'laba' : net === 0n ? 'impas' : 'rugi';
    return t(`usahaHasil.form.net.${kind}`, { amount: formatRupiah(net) });
  };
}

/**
 * A periodic report: period, revenue, costs (the net result follows), assets, workers, and the
 * split of a positive net result decided by the Musdes/MAD with the date of that decision. The
 * split is checked live as the user types; on saving, the domain's checks run first and the
 * server's messages are shown beside their fields.
 */
export function ReportForm(props: ReportFormProps) {
  const { initial, periods, fixedPeriod, today, pending, error, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState<ReportValues>(initial);
  const [tried, setTried] = useState(false);
  const [failures, setFailures] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, failures);
  const splitText = useSplitText();
  const netText = useNetText();
  const local = tried ? reportFormIssues(values, today) : { byField: {}, other: [] };
  const server = sortIssues(problemIssues(error), reportFieldOf);
  const message = (field: string) => local.byField[field] ?? server.byField[field];
  const set = (change: Partial<ReportValues>) => setValues((v) => ({ ...v, ...change }));
  const state = splitState(values);
  // The split's own problem marks its three fields; the live line above already says it in the
  // domain's words, so only a message of the server that the form did not foresee is added.
  const splitMessage = message('split');
  const serverOnlySplit = local.byField.split ? undefined : server.byField.split;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const issues = reportFormIssues(values, today);
    if (Object.keys(issues.byField).length + issues.other.length > 0) {
      setFailures((n) => n + 1);
      return;
    }
    onSubmit(values);
  };
  const showAlert = Boolean(error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  const amountField = (field: keyof ReportValues, label: string, testId: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      inputMode="numeric"
      leftSection={<Text size="sm">Rp</Text>}
      placeholder="0"
      value={values[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={
        message(field) ??
        (field.startsWith('split') && field !== 'splitOtherNote' && splitMessage ? true : undefined)
      }
      data-testid={testId}
    />
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="report-form">
      <Stack gap="md">
        {showAlert && <MutationErrorAlert error={error} title={t('common.notSavedTitle')} />}
        {[...local.other, ...server.other].length > 0 && (
          <Text size="sm" c="red.8">
            {[...local.other, ...server.other].join(' ')}
          </Text>
        )}
        {fixedPeriod ? (
          <Text size="sm" fw={600} data-testid="report-period-fixed">
            {periods[0]?.label ?? values.period}
          </Text>
        ) : (
          <Select
            label={t('usahaHasil.form.period')}
            description={t('usahaHasil.form.periodHint')}
            data={periods.map((p) => ({ value: p.period, label: p.label }))}
            value={values.period || null}
            onChange={(value) => set({ period: value ?? '' })}
            allowDeselect={false}
            required
            error={message('period')}
            comboboxProps={{ withinPortal: true }}
            data-testid="report-period"
          />
        )}
        <div className={classes.twoColumns}>
          {amountField('revenue', t('usahaHasil.form.revenue'), 'report-revenue')}
          {amountField('costs', t('usahaHasil.form.costs'), 'report-costs')}
        </div>
        <Text size="sm" data-testid="report-net">
          {t('usahaHasil.form.netLabel')}: <b>{netText(state)}</b>
        </Text>
        <div className={classes.threeColumns}>
          {amountField(
            'assets',
            t('usahaHasil.form.assets'),
            'report-assets',
            t('usahaHasil.form.assetsHint'),
          )}
          <TextInput
            label={t('usahaHasil.form.workers')}
            inputMode="numeric"
            value={values.workers}
            onChange={(e) => set({ workers: e.currentTarget.value })}
            error={message('workers')}
            data-testid="report-workers"
          />
          <TextInput
            label={t('usahaHasil.form.womenWorkers')}
            inputMode="numeric"
            value={values.womenWorkers}
            onChange={(e) => set({ womenWorkers: e.currentTarget.value })}
            error={message('womenWorkers')}
            data-testid="report-women"
          />
        </div>
        <Fieldset legend={t('usahaHasil.form.splitLegend')} data-testid="report-split">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('usahaHasil.form.splitHint')}
            </Text>
            <div className={classes.threeColumns}>
              {amountField('splitPades', t('usahaHasil.form.splitPades'), 'report-split-pades')}
              {amountField('splitCapital', t('usahaHasil.form.splitCapital'), 'report-split-capital')}
              {amountField('splitOther', t('usahaHasil.form.splitOther'), 'report-split-other')}
            </div>
            <div
              className={classes.splitState}
              style={{ '--split-color': `var(--mantine-color-${splitColor(state)}-6)` } as CSSProperties}
              aria-live="polite"
              data-invalid={splitMessage ? true : undefined}
              data-testid="report-split-state"
              data-state={state.kind}
            >
              <Text size="sm" c={splitMessage ? 'red.8' : undefined} fw={splitMessage ? 600 : undefined}>
                {splitText(state)}
              </Text>
            </div>
            {serverOnlySplit && (
              <Text size="sm" c="red.8" role="alert" data-testid="report-split-error">
                {serverOnlySplit}
              </Text>
            )}
            <TextInput
              label={t('usahaHasil.form.splitOtherNote')}
              value={values.splitOtherNote}
              onChange={(e) => set({ splitOtherNote: e.currentTarget.value })}
              error={message('splitOtherNote')}
              maxLength={2000}
              data-testid="report-split-note"
            />
            <TextInput
              type="date"
              label={t('usahaHasil.form.decidedOn')}
              description={t('usahaHasil.form.decidedOnHint')}
              value={values.decidedOn}
              max={today}
              onChange={(e) => set({ decidedOn: e.currentTarget.value })}
              error={message('decidedOn')}
              data-testid="report-decided-on"
            />
          </Stack>
        </Fieldset>
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="report-save">
            {t('usahaHasil.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending} data-testid="report-cancel">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
