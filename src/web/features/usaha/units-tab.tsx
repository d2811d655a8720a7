import { Anchor, Badge, Button, CloseButton, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BusinessLinkView, BusinessUnitView } from '../../../contracts/business.contract';
import type { EnterpriseView } from '../../../contracts/enterprise.contract';
import type { ValueChainStage } from '../../../domain/enterprise/vocabulary';
import { formatRupiah } from '../../../domain/money/rupiah';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useWideLayout } from '../../shared/use-wide-layout';
import { UnitForm } from './units-form';
import { LinkForm } from './units-link-form';
import {
  createUnitBody,
  missingChainStages,
  newUnitValues,
  unitsByStage,
  unitValues,
  updateUnitBody,
} from './units-model';
import classes from './usaha.module.css';
import { enterprisePath } from './usaha-paths';
import {
  useCreateUnit,
  useDeleteLink,
  useDeleteUnit,
  useKawasanChoices,
  useUnits,
  useUpdateUnit,
} from './use-usaha-queries';

export function UnitStatusBadge({ status, label }: { status: string; label: string }) {
  const { t } = useTranslation();
  const color = status === 'berjalan' ? 'green' : status === 'rencana' ? 'blue' : 'gray';
  return (
    <Badge
      variant="light"
      color={color}
      radius="sm"
      size="sm"
      className={classes.noShrink}
      style={{ textTransform: 'none' }}
      data-status={status}
    >
      {t(`usaha.unitStatus.${status}`, { defaultValue: label })}
    </Badge>
  );
}

/** The other end of a link: a link to its enterprise when it is another one the user may open. */
function LinkEnd({ end, own }: { end: BusinessLinkView['buyer']; own: string }) {
  const { t } = useTranslation();
  if (end.enterprise.id === own) return <>{end.name}</>;
  return (
    <>
      {end.name} (
      {end.readable ? (
        <Anchor component={Link} to={enterprisePath(end.enterprise.id, 'unit')} inherit>
          {end.enterprise.name}
        </Anchor>
      ) : (
        end.enterprise.name
      )}
      ){' '}
      <Text span size="xs" c="dimmed">
        {t(`usaha.stageShort.${end.stage}`, { defaultValue: end.stageLabel })}
      </Text>
    </>
  );
}

function Links({ unit, onDelete }: { unit: BusinessUnitView; onDelete: (link: BusinessLinkView) => void }) {
  const { t } = useTranslation();
  const own = unit.enterprise.id;
  const row = (link: BusinessLinkView, direction: 'to' | 'from') => (
    <li key={link.id} data-testid={direction === 'to' ? 'unit-buyer' : 'unit-supplier'}>
      <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between" preventGrowOverflow={false}>
        <Text size="xs" className={classes.wrap}>
          {direction === 'to' ? '→ ' : '← '}
          <LinkEnd end={direction === 'to' ? link.buyer : link.supplier} own={own} />: {link.product}
          {link.directionNote && (
            <Text span size="xs" c="blue.8">
              {' '}
              ({t('usaha.links.input')})
            </Text>
          )}
        </Text>
        {link.canDelete && (
          <CloseButton
            size="sm"
            onClick={() => onDelete(link)}
            aria-label={t('usaha.links.deleteLabel', { product: link.product })}
            className={classes.noShrink}
            data-testid="link-delete"
          />
        )}
      </Group>
    </li>
  );
  if (unit.buyers.length === 0 && unit.suppliers.length === 0) return null;
  return (
    <Stack gap={2}>
      {unit.buyers.length > 0 && (
        <>
          <Text size="xs" fw={600}>
            {t('usaha.links.suppliesTo')}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
            {unit.buyers.map((l) => row(l, 'to'))}
          </ul>
        </>
      )}
      {unit.suppliers.length > 0 && (
        <>
          <Text size="xs" fw={600}>
            {t('usaha.links.suppliedBy')}
          </Text>
          <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
            {unit.suppliers.map((l) => row(l, 'from'))}
          </ul>
        </>
      )}
    </Stack>
  );
}

function UnitCard({
  unit,
  canManage,
  onEdit,
  onLink,
  onDelete,
  onDeleteLink,
}: {
  unit: BusinessUnitView;
  canManage: boolean;
  onEdit: () => void;
  onLink: () => void;
  onDelete: () => void;
  onDeleteLink: (link: BusinessLinkView) => void;
}) {
  const { t } = useTranslation();
  const capital = BigInt(unit.capitalTotal);
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      className={classes.unitCard}
      data-testid="unit-card"
      data-unit={unit.id}
      data-stage={unit.stage}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start" preventGrowOverflow={false}>
          <Text fw={700} size="sm" className={classes.wrap} data-testid="unit-card-name">
            {unit.name}
          </Text>
          <UnitStatusBadge status={unit.status} label={unit.statusLabel} />
        </Group>
        <Text size="xs" className={classes.wrap}>
          {unit.commodity}
          {unit.desa ? ` · ${unit.desa.name}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {t('usaha.units.workersText', { count: unit.workers, women: unit.womenWorkers })}
          {capital > 0n && ` · ${t('usaha.units.capitalText', { amount: formatRupiah(capital) })}`}
        </Text>
        <Links unit={unit} onDelete={onDeleteLink} />
        {canManage && (
          <Group gap={4} wrap="wrap" mt={2}>
            <Button variant="light" size="compact-xs" onClick={onLink} data-testid="unit-link-open">
              {t('usaha.links.open')}
            </Button>
            <Button variant="subtle" size="compact-xs" onClick={onEdit} data-testid="unit-edit">
              {t('common.edit')}
            </Button>
            <Button
              variant="subtle"
              color="red"
              size="compact-xs"
              onClick={onDelete}
              data-testid="unit-delete"
            >
              {t('usaha.units.delete')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

type Dialog =
  | { kind: 'create'; stage: ValueChainStage | '' }
  | { kind: 'edit'; unit: BusinessUnitView }
  | { kind: 'link'; unit: BusinessUnitView }
  | null;

function CreateUnit({
  e,
  stage,
  commodities,
  onDone,
  onCancel,
}: {
  e: EnterpriseView;
  stage: ValueChainStage | '';
  commodities: string[];
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateUnit(e.id);
  return (
    <UnitForm
      e={e}
      initial={newUnitValues(stage)}
      commodities={commodities}
      pending={create.isPending}
      error={create.error}
      submitLabel={t('usaha.units.create')}
      onSubmit={(values) => create.mutate(createUnitBody(values), { onSuccess: (u) => onDone(u.name) })}
      onCancel={onCancel}
      testId="unit-form"
    />
  );
}

function EditUnit({
  e,
  unit,
  commodities,
  onDone,
  onCancel,
}: {
  e: EnterpriseView;
  unit: BusinessUnitView;
  commodities: string[];
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateUnit(e.id, unit.id);
  return (
    <UnitForm
      e={e}
      initial={unitValues(unit)}
      commodities={commodities}
      pending={update.isPending}
      error={update.error}
      submitLabel={t('common.save')}
      onSubmit={(values) => update.mutate(updateUnitBody(values), { onSuccess: (u) => onDone(u.name) })}
      onCancel={onCancel}
      testId="unit-edit-form"
    />
  );
}

/**
 * Unit usaha: the enterprise's units by value-chain stage (hulu, tengah, hilir, jasa) with their
 * status, workers, capital and supply links; its keepers add and change units and record which
 * unit supplies which ("memasok ke").
 */
export function UnitsTab({ e }: { e: EnterpriseView }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const units = useUnits(e.id);
  const kawasan = useKawasanChoices();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [note, setNote] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<BusinessUnitView | null>(null);
  const [unlinking, setUnlinking] = useState<BusinessLinkView | null>(null);
  const removeUnit = useDeleteUnit(e.id);
  const removeLink = useDeleteLink(e.id);
  if (units.isPending) return <LoadingState />;
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />;
  const list = units.data;
  const canManage = list.canManage;
  const linked = new Set(e.kawasan.map((k) => k.id));
  const commodities = [
    ...list.items.map((u) => u.commodity),
    ...(kawasan.data?.items ?? []).filter((k) => linked.has(k.id)).flatMap((k) => k.commodities),
  ];
  const groups = unitsByStage(list.items);
  const missing = list.items.length > 0 ? missingChainStages(list.items) : [];
  const close = () => setDialog(null);
  const done = (text: string) => {
    setDialog(null);
    setNote(text);
  };
  const dialogTitle =
    dialog?.kind === 'create'
      ? t('usaha.units.createTitle')
      : dialog?.kind === 'edit'
        ? t('usaha.units.editTitle', { name: dialog.unit.name })
        : dialog?.kind === 'link'
          ? t('usaha.links.title', { name: dialog.unit.name })
          : '';
  return (
    <SectionCard
      title={t('usaha.units.heading', { count: list.items.length })}
      actions={
        canManage ? (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => setDialog({ kind: 'create', stage: '' })}
            data-testid="unit-add"
          >
            {t('usaha.units.add')}
          </Button>
        ) : null
      }
      testId="enterprise-units"
    >
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {list.items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="units-empty">
          {canManage ? t('usaha.units.emptyManage') : t('usaha.units.empty')}
        </Text>
      ) : (
        missing.length > 0 && (
          <Text size="sm" c="orange.9" data-testid="units-missing-stages">
            {t('usaha.units.missingStages', {
              stages: missing.map((s) => t(`usaha.stageShort.${s}`)).join(', '),
            })}
          </Text>
        )
      )}
      <div className={classes.stages}>
        {groups.map((g) => (
          <Paper
            key={g.stage}
            withBorder
            radius="md"
            p="xs"
            className={classes.stage}
            data-empty={g.units.length === 0 || undefined}
            data-testid="unit-stage-column"
            data-stage={g.stage}
          >
            <Stack gap="xs">
              <div>
                <Text fw={700} size="sm">
                  {t(`usaha.stageShort.${g.stage}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`usaha.stageHint.${g.stage}`)}
                </Text>
                {g.units.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('usaha.units.stageCount', { count: g.units.length, workers: g.workers })}
                  </Text>
                )}
              </div>
              {g.units.map((u) => (
                <UnitCard
                  key={u.id}
                  unit={u}
                  canManage={u.canManage}
                  onEdit={() => setDialog({ kind: 'edit', unit: u })}
                  onLink={() => setDialog({ kind: 'link', unit: u })}
                  onDelete={() => {
                    removeUnit.reset();
                    setDeleting(u);
                  }}
                  onDeleteLink={(link) => {
                    removeLink.reset();
                    setUnlinking(link);
                  }}
                />
              ))}
              {g.units.length === 0 && (
                <Text size="xs" c="dimmed">
                  {t('usaha.units.stageEmpty')}
                </Text>
              )}
              {canManage && (
                <Button
                  variant="subtle"
                  size="compact-xs"
                  onClick={() => setDialog({ kind: 'create', stage: g.stage })}
                  data-testid={`unit-add-${g.stage}`}
                >
                  {t('usaha.units.addHere')}
                </Button>
              )}
            </Stack>
          </Paper>
        ))}
      </div>
      <Modal opened={dialog !== null} onClose={close} title={dialogTitle} size="lg" fullScreen={!wide}>
        {dialog?.kind === 'create' && (
          <CreateUnit
            e={e}
            stage={dialog.stage}
            commodities={commodities}
            onDone={(name) => done(t('usaha.units.created', { name }))}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'edit' && (
          <EditUnit
            e={e}
            unit={dialog.unit}
            commodities={commodities}
            onDone={() => done(t('common.saved'))}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'link' && (
          <LinkForm supplier={dialog.unit} onDone={() => done(t('usaha.links.saved'))} onCancel={close} />
        )}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title={t('usaha.units.deleteTitle')}
        text={t('usaha.units.deleteText', { name: deleting?.name ?? '' })}
        confirmLabel={t('usaha.units.delete')}
        loading={removeUnit.isPending}
        error={removeUnit.error}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          removeUnit.mutate(deleting.id, {
            onSuccess: () => {
              setNote(t('usaha.units.deleted', { name: deleting.name }));
              setDeleting(null);
            },
          })
        }
      />
      <ConfirmDialog
        opened={unlinking !== null}
        title={t('usaha.links.deleteTitle')}
        text={
          unlinking
            ? t('usaha.links.deleteText', {
                supplier: unlinking.supplier.name,
                buyer: unlinking.buyer.name,
                product: unlinking.product,
              })
            : ''
        }
        confirmLabel={t('usaha.links.delete')}
        loading={removeLink.isPending}
        error={removeLink.error}
        onClose={() => setUnlinking(null)}
        onConfirm={() =>
          unlinking &&
          removeLink.mutate(unlinking.id, {
            onSuccess: () => {
              setNote(t('usaha.links.deleted'));
              setUnlinking(null);
            },
          })
        }
      />
    </SectionCard>
  );
}
