import { Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RealisationBody, RealisationView } from '../../../contracts/dana-desa.contract';
import { formatRupiah } from '../../../domain/money/rupiah';
import { LoadingState } from '../../shared/loading-state';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import { StoredCheck } from './check-results';
import classes from './dana-desa.module.css';
import { amountPreview, asksWages } from './plan-form-model';
import { useRealisation, useRecordRealisation } from './use-dana-desa-queries';

const rp = (digits: string) => formatRupiah(BigInt(digits));

function RecordForm({ view }: { view: RealisationView }) {
  const { t } = useTranslation();
  const record = useRecordRealisation(view.planId);
  const [kind, setKind] = useState<'pencairan' | 'belanja'>('pencairan');
  const [stage, setStage] = useState('1');
  const [category, setCategory] = useState('');
  const [amount, setAmount] = useState('');
  const [wages, setWages] = useState('');
  const [date, setDate] = useState('');
  const [documentNumber, setDocumentNumber] = useState('');
  const issues = problemIssues(record.error);
  const at = (field: string) =>
    issues
      .filter((i) => i.field === field)
      .map((i) => i.message)
      .join(' ') || undefined;
  const known = new Set(['stage', 'category', 'amount', 'wages', 'date', 'documentNumber']);
  const other = issues.filter((i) => !known.has(i.field));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = {
      amount: amount.trim(),
      date: date.trim(),
      documentNumber: documentNumber.trim() || null,
    };
    const body: RealisationBody =
      kind === 'pencairan'
        ? { kind, stage: Number(stage), ...common }
        : {
            kind,
            category,
            wages: asksWages(category) && wages.trim() !== '' ? wages.trim() : null,
            ...common,
          };
    record.mutate(body, {
      onSuccess: () => {
        setAmount('');
        setWages('');
        setDocumentNumber('');
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="realisation-form">
      <Stack gap="sm">
        {Boolean(record.error) && issues.length === 0 && (
          <MutationErrorAlert error={record.error} title={t('common.notSavedTitle')} />
        )}
        {other.map((i) => (
          <Text size="sm" c="red.8" key={`${i.field}:${i.message}`}>
            {i.message}
          </Text>
        ))}
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as 'pencairan' | 'belanja')}
          data={[
            { value: 'pencairan', label: t('danaDesa.realisation.kindPencairan') },
            { value: 'belanja', label: t('danaDesa.realisation.kindBelanja') },
          ]}
          data-testid="realisation-kind"
        />
        <div className={classes.twoColumns}>
          {kind === 'pencairan' ? (
            <Select
              label={t('danaDesa.realisation.stage', { stage: '' }).trim()}
              data={['1', '2', '3'].map((s) => ({
                value: s,
                label: t('danaDesa.realisation.stage', { stage: s }),
              }))}
              value={stage}
              onChange={(v) => v && setStage(v)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
              error={at('stage')}
              data-testid="realisation-stage"
            />
          ) : (
            <Select
              label={t('danaDesa.realisation.category')}
              data={view.categories.map((c) => ({ value: c.category, label: c.label }))}
              value={category || null}
              onChange={(v) => setCategory(v ?? '')}
              comboboxProps={{ withinPortal: true }}
              error={at('category')}
              data-testid="realisation-category"
            />
          )}
          <TextInput
            label={t('danaDesa.realisation.amount')}
            inputMode="numeric"
            required
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            description={amountPreview(amount) ?? undefined}
            error={at('amount')}
            data-testid="realisation-amount"
          />
          {kind === 'belanja' && asksWages(category) && (
            <TextInput
              label={t('danaDesa.realisation.wages')}
              inputMode="numeric"
              value={wages}
              onChange={(e) => setWages(e.currentTarget.value)}
              error={at('wages')}
              data-testid="realisation-wages"
            />
          )}
          <TextInput
            label={t('danaDesa.realisation.date')}
            type="date"
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={at('date')}
            data-testid="realisation-date"
          />
          <TextInput
            label={t('danaDesa.realisation.document')}
            value={documentNumber}
            onChange={(e) => setDocumentNumber(e.currentTarget.value)}
            error={at('documentNumber')}
            data-testid="realisation-document"
          />
        </div>
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending} data-testid="realisation-save">
            {t('danaDesa.realisation.record')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The realisation of a plan: disbursement per stage, spending per category, and the check of the actual. */
export function RealisationTab({ pid }: { pid: string }) {
  const { t } = useTranslation();
  const query = useRealisation(pid);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <PageLoadError error={query.error} onRetry={() => void query.refetch()} />;
  const v = query.data;
  return (
    <Stack gap="md" data-testid="realisation-tab">
      <Text c="dimmed">{t('danaDesa.realisation.intro')}</Text>
      <SectionCard title={t('danaDesa.realisation.disbursements')} testId="realisation-stages">
        <Text size="sm" fw={700}>
          {t('danaDesa.realisation.totalDisbursed', { amount: rp(v.disbursed), pagu: rp(v.pagu) })}
        </Text>
        {v.stages.length === 0 ? (
          <Text c="dimmed">{t('danaDesa.realisation.empty')}</Text>
        ) : (
          <Stack gap={2}>
            {v.stages.map((s) => (
              <Group key={s.stage} justify="space-between">
                <Text size="sm">{s.label}</Text>
                <Text size="sm" className={classes.number}>
                  {rp(s.amount)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </SectionCard>
      <SectionCard title={t('danaDesa.realisation.spending')} testId="realisation-categories">
        <Table.ScrollContainer minWidth={320}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('danaDesa.realisation.category')}</Table.Th>
                <Table.Th ta="right">{t('danaDesa.realisation.planned')}</Table.Th>
                <Table.Th ta="right">{t('danaDesa.realisation.spent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {v.categories.map((c) => (
                <Table.Tr key={c.category}>
                  <Table.Td>{c.label}</Table.Td>
                  <Table.Td ta="right" className={classes.number}>
                    {rp(c.planned)}
                  </Table.Td>
                  <Table.Td ta="right" className={classes.number}>
                    {rp(c.spent)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>
      {v.canEdit && (
        <SectionCard title={t('danaDesa.realisation.record')} testId="realisation-record">
          <RecordForm view={v} />
        </SectionCard>
      )}
      <SectionCard title={t('danaDesa.realisation.actualCheck')} testId="realisation-check">
        {v.check ? (
          <StoredCheck check={v.check} unavailable={v.checkUnavailable} testId="actual-check" />
        ) : (
          <Text c="dimmed">{v.checkUnavailable ?? t('danaDesa.realisation.noActualCheck')}</Text>
        )}
      </SectionCard>
    </Stack>
  );
}
