import { Anchor, Button, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapitalList, CapitalView } from '../../../contracts/business.contract';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import { formatRupiah } from '../../../domain/money/rupiah';
import { enterpriseDocumentUrl } from '../../api-client/usaha-api';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { CapitalForm } from './capital-form';
import { capitalBody, capitalValues, newCapitalValues, sourceShares } from './capital-model';
import classes from './usaha.module.css';
import {
  useCapital,
  useCreateCapital,
  useDeleteCapital,
  useUnits,
  useUpdateCapital,
} from './use-usaha-queries';

/** A colour for each source of capital, the same on every page. */
export const SOURCE_COLORS: Record<string, string> = {
  apbn: 'var(--mantine-color-red-6)',
  apbd_provinsi: 'var(--mantine-color-orange-6)',
  apbd_kabupaten: 'var(--mantine-color-yellow-6)',
  dana_desa: 'var(--mantine-color-teal-6)',
  mitra: 'var(--mantine-color-blue-6)',
  masyarakat: 'var(--mantine-color-grape-6)',
};

const rupiah = (digits: string) => formatRupiah(BigInt(digits));

function Summary({ list }: { list: CapitalList }) {
  const { t } = useTranslation();
  const shares = sourceShares(list.summary);
  const percent = (p: string | null) => (p === null ? '' : `${p.replace('.', t('usaha.decimalPoint'))} %`);
  return (
    <Stack gap="xs" data-testid="capital-summary">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {t('usaha.capital.total')}
        </Text>
        <Text size="lg" fw={700} className={classes.number} data-testid="capital-total">
          {rupiah(list.summary.total)}
        </Text>
      </Group>
      {shares.length > 0 && (
        <div className={classes.bar} role="img" aria-label={t('usaha.capital.barLabel')}>
          {shares.map((s) => (
            <Tooltip key={s.source} label={`${s.sourceLabel}: ${s.amountText}`}>
              <div
                className={classes.barPart}
                style={{
                  // The share as a CSS width, straight from its exact text ("37.5").
                  width: `${s.percent ?? '0'}%`,
                  background: SOURCE_COLORS[s.source] ?? 'var(--mantine-color-gray-6)',
                }}
              />
            </Tooltip>
          ))}
        </div>
      )}
      {shares.length > 0 && (
        <Table verticalSpacing={4} aria-label={t('usaha.capital.bySource')} data-testid="capital-by-source">
          <Table.Tbody>
            {shares.map((s) => (
              <Table.Tr key={s.source} data-source={s.source}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <span
                      aria-hidden="true"
                      style={{
                        width: 10,
                        height: 10,
                        borderRadius: 2,
                        flexShrink: 0,
                        background: SOURCE_COLORS[s.source] ?? 'var(--mantine-color-gray-6)',
                      }}
                    />
                    <Text size="sm" className={classes.wrap}>
                      {t(`usaha.source.${s.source}`, { defaultValue: s.sourceLabel })}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td className={classes.number}>{s.amountText}</Table.Td>
                <Table.Td className={classes.number}>
                  <Text size="xs" c="dimmed">
                    {percent(s.percent)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.summary.byForm.length > 1 && (
        <Text size="xs" c="dimmed">
          {list.summary.byForm
            .map(
              (f) => `${t(`usaha.capitalForm.${f.form}`, { defaultValue: f.formLabel })} ${rupiah(f.amount)}`,
            )
            .join(' · ')}
        </Text>
      )}
    </Stack>
  );
}

function SourceText({ row }: { row: CapitalView }) {
  const { t } = useTranslation();
  const label = t(`usaha.source.${row.source}`, { defaultValue: row.sourceLabel });
  const detail = row.partner?.name ?? row.desa?.name ?? null;
  return (
    <>
      {label}
      {detail && (
        <Text size="xs" c="dimmed" className={classes.wrap}>
          {detail}
        </Text>
      )}
    </>
  );
}

function DocumentText({ e, row }: { e: EnterpriseView; row: CapitalView }) {
  return row.documentId ? (
    <Anchor href={enterpriseDocumentUrl(e.id, row.documentId)} download size="sm" className={classes.wrap}>
      {row.documentNumber}
    </Anchor>
  ) : (
    <span className={classes.wrap}>{row.documentNumber}</span>
  );
}

function Rows({
  e,
  list,
  onEdit,
  onDelete,
}: {
  e: EnterpriseView;
  list: CapitalList;
  onEdit: (row: CapitalView) => void;
  onDelete: (row: CapitalView) => void;
}) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const format = useFormatDateTime();
  const form = (row: CapitalView) => t(`usaha.capitalForm.${row.form}`, { defaultValue: row.formLabel });
  const actions = (row: CapitalView) =>
    list.canManage && (
      <Group gap={4} wrap="nowrap">
        <Button variant="subtle" size="compact-xs" onClick={() => onEdit(row)} data-testid="capital-edit">
          {t('common.edit')}
        </Button>
        <Button
          variant="subtle"
          color="red"
          size="compact-xs"
          onClick={() => onDelete(row)}
          data-testid="capital-delete"
        >
          {t('usaha.capital.delete')}
        </Button>
      </Group>
    );
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={t('usaha.capital.rowsLabel')}>
        {list.items.map((row) => (
          <li key={row.id} className={classes.row} data-testid="capital-row" data-source={row.source}>
            <Stack gap={2}>
              <Group
                justify="space-between"
                gap="xs"
                wrap="nowrap"
                align="flex-start"
                preventGrowOverflow={false}
              >
                <Text size="sm" fw={600} className={classes.wrap}>
                  <SourceText row={row} />
                </Text>
                <Text size="sm" fw={700} className={classes.number} data-testid="capital-row-amount">
                  {rupiah(row.amount)}
                </Text>
              </Group>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {form(row)} · {format.date(row.receivedOn)}
                {row.unit ? ` · ${row.unit.name}` : ''}
              </Text>
              <Text size="xs" className={classes.wrap}>
                <DocumentText e={e} row={row} />
              </Text>
              {actions(row)}
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        verticalSpacing={6}
        aria-label={t('usaha.capital.rowsLabel')}
        data-testid="capital-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('usaha.capital.receivedOn')}</Table.Th>
            <Table.Th scope="col">{t('usaha.capital.source')}</Table.Th>
            <Table.Th scope="col">{t('usaha.capital.form')}</Table.Th>
            <Table.Th scope="col">{t('usaha.capital.unitColumn')}</Table.Th>
            <Table.Th scope="col">{t('usaha.capital.documentNumber')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('usaha.capital.amount')}
            </Table.Th>
            {list.canManage && (
              <Table.Th scope="col">
                <VisuallyHidden>{t('usaha.capital.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((row) => (
            <Table.Tr key={row.id} data-testid="capital-row" data-source={row.source}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(row.receivedOn)}</Table.Td>
              <Table.Td>
                <SourceText row={row} />
              </Table.Td>
              <Table.Td>{form(row)}</Table.Td>
              <Table.Td className={classes.wrap}>{row.unit?.name ?? t('usaha.capital.noUnit')}</Table.Td>
              <Table.Td>
                <DocumentText e={e} row={row} />
              </Table.Td>
              <Table.Td className={classes.number} data-testid="capital-row-amount">
                {rupiah(row.amount)}
              </Table.Td>
              {list.canManage && <Table.Td>{actions(row)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type Dialog = { kind: 'create' } | { kind: 'edit'; row: CapitalView } | null;

function EditCapital({
  e,
  row,
  units,
  onDone,
  onCancel,
}: {
  e: EnterpriseView;
  row: CapitalView;
  units: Parameters<typeof CapitalForm>[0]['units'];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCapital(e.id, row.id);
  return (
    <CapitalForm
      e={e}
      units={units}
      initial={capitalValues(row)}
      pending={update.isPending}
      error={update.error}
      submitLabel={t('common.save')}
      onSubmit={(values) => update.mutate(capitalBody(values), { onSuccess: onDone })}
      onCancel={onCancel}
      testId="capital-edit-form"
    />
  );
}

/**
 * Modal: the capital put into or granted to the enterprise, by source with each share of the
 * total (exact rupiah), every row with its document; its keepers record, correct and remove rows.
 */
export function CapitalTab({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const capital = useCapital(e.id);
  const units = useUnits(e.id);
  const create = useCreateCapital(e.id);
  const remove = useDeleteCapital(e.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [note, setNote] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CapitalView | null>(null);
  if (capital.isPending) return <LoadingState />;
  if (capital.isError) return <ErrorState error={capital.error} onRetry={() => void capital.refetch()} />;
  const list = capital.data;
  const unitList = units.data?.items ?? [];
  const close = () => {
    create.reset();
    setDialog(null);
  };
  return (
    <SectionCard
      title={t('usaha.capital.heading', { count: list.items.length })}
      actions={
        list.canManage ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              create.reset();
              setNote(null);
              setDialog({ kind: 'create' });
            }}
            data-testid="capital-add"
          >
            {t('usaha.capital.add')}
          </Button>
        ) : null
      }
      testId="enterprise-capital"
    >
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {list.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="capital-empty">
          {list.canManage ? t('usaha.capital.emptyManage') : t('usaha.capital.empty')}
        </Text>
      ) : (
        <>
          <Summary list={list} />
          <Rows
            e={e}
            list={list}
            onEdit={(row) => setDialog({ kind: 'edit', row })}
            onDelete={(row) => {
              remove.reset();
              setDeleting(row);
            }}
          />
        </>
      )}
      <Modal
        opened={dialog !== null}
        onClose={close}
        title={dialog?.kind === 'edit' ? t('usaha.capital.editTitle') : t('usaha.capital.createTitle')}
        size="lg"
        fullScreen={!wide}
      >
        {dialog?.kind === 'create' && (
          <CapitalForm
            e={e}
            units={unitList}
            initial={newCapitalValues()}
            pending={create.isPending}
            error={create.error}
            submitLabel={t('usaha.capital.create')}
            onSubmit={(values) =>
              create.mutate(capitalBody(values), {
                onSuccess: (row) => {
                  setDialog(null);
                  setNote(t('usaha.capital.created', { amount: rupiah(row.amount) }));
                },
              })
            }
            onCancel={close}
            testId="capital-form"
          />
        )}
        {dialog?.kind === 'edit' && (
          <EditCapital
            e={e}
            row={dialog.row}
            units={unitList}
            onDone={() => {
              setDialog(null);
              setNote(t('common.saved'));
            }}
            onCancel={close}
          />
        )}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('usaha.capital.deleteTitle')}
        text={
          deleting
            ? t('usaha.capital.deleteText', {
                amount: rupiah(deleting.amount),
                source: t(`usaha.source.${deleting.source}`, { defaultValue: deleting.sourceLabel }),
              })
            : ''
        }
        confirmLabel={t('usaha.capital.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, {
            onSuccess: () => {
              setNote(t('usaha.capital.deleted'));
              setDeleting(null);
            },
          })
        }
      />
    </SectionCard>
  );
}
