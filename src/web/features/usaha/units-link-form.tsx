import { Alert, Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessUnitView } from '../../../contracts/business.contract';
import { directionNote } from '../../../domain/enterprise/business-unit';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { problemIssues } from '../pelatihan/pelatihan-forms';
import {
  createLinkBody,
  type LinkValues,
  linkFormIssues,
  linkServerIssues,
  newLinkValues,
} from './units-model';
import { useCreateLink, useEnterprises, useUnits } from './use-usaha-queries';

interface LinkFormProps {
  supplier: BusinessUnitView;
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Memasok ke": the unit supplied, picked from the units the user may read — of this enterprise
 * or of another one (a BUM Desa's growers selling to a BUM Desa Bersama's processing unit) — and
 * the product. A link against the chain (inputs from a later stage) is said to be one.
 */
export function LinkForm({ supplier, onDone, onCancel }: LinkFormProps) {
  const { t } = useTranslation();
  const eid = supplier.enterprise.id;
  const create = useCreateLink(eid, supplier.id);
  const [values, setValues] = useState<LinkValues>(newLinkValues(eid));
  const [tried, setTried] = useState(false);
  const enterprises = useEnterprises({ limit: 500 });
  const units = useUnits(values.buyerEnterpriseId, values.buyerEnterpriseId !== '');
  const candidates = (units.data?.items ?? []).filter((u) => u.id !== supplier.id);
  const buyer = candidates.find((u) => u.id === values.buyerUnitId) ?? null;
  const local = tried ? linkFormIssues(values, supplier, buyer, t('usaha.links.buyerRequired')) : {};
  const server = linkServerIssues(problemIssues(create.error));
  const message = (field: keyof typeof local) => local[field] ?? server.byField[field];
  const set = (change: Partial<LinkValues>) => setValues((v) => ({ ...v, ...change }));
  const backwards = buyer ? directionNote(supplier.stage, buyer.stage) : null;
  const enterpriseData = (enterprises.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }));
  if (!enterpriseData.some((x) => x.value === eid))
    enterpriseData.unshift({ value: eid, label: supplier.enterprise.name });
  const unitData = candidates.map((u) => ({
    value: u.id,
    label: `${u.name} · ${t(`usaha.stageShort.${u.stage}`, { defaultValue: u.stageLabel })} · ${u.commodity}`,
  }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(linkFormIssues(values, supplier, buyer, t('usaha.links.buyerRequired'))).length > 0)
      return;
    create.mutate(createLinkBody(values), { onSuccess: onDone });
  };
  const showAlert =
    Boolean(create.error) && (server.other.length > 0 || Object.keys(server.byField).length === 0);
  return (
    <form onSubmit={submit} noValidate data-testid="link-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('usaha.links.intro', { unit: supplier.name })}
        </Text>
        {showAlert && <MutationErrorAlert error={create.error} title={t('common.notSavedTitle')} />}
        {server.other.length > 0 && (
          <Text size="sm" c="red.8">
            {server.other.join(' ')}
          </Text>
        )}
        <Select
          label={t('usaha.links.buyerEnterprise')}
          data={enterpriseData}
          value={values.buyerEnterpriseId}
          onChange={(id) => id && set({ buyerEnterpriseId: id, buyerUnitId: '' })}
          searchable
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          data-testid="link-enterprise"
        />
        <Select
          label={t('usaha.links.buyerUnit')}
          placeholder={units.isPending ? t('app.loading') : t('usaha.links.buyerPlaceholder')}
          data={unitData}
          value={values.buyerUnitId || null}
          onChange={(id) => set({ buyerUnitId: id ?? '' })}
          searchable
          required
          nothingFoundMessage={t('usaha.links.noUnits')}
          comboboxProps={{ withinPortal: true }}
          error={message('buyerUnitId')}
          data-testid="link-unit"
        />
        {units.isSuccess && candidates.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="link-no-units">
            {t('usaha.links.noUnits')}
          </Text>
        )}
        {backwards && (
          <Alert color="blue" variant="light" data-testid="link-backwards">
            <Text size="sm">{backwards}</Text>
          </Alert>
        )}
        <TextInput
          label={t('usaha.links.product')}
          description={t('usaha.links.productHint')}
          required
          maxLength={240}
          value={values.product}
          onChange={(ev) => set({ product: ev.currentTarget.value })}
          error={message('product')}
          data-testid="link-product"
        />
        <Textarea
          label={`${t('usaha.links.note')} (${t('common.optional')})`}
          autosize
          minRows={1}
          maxRows={4}
          maxLength={1000}
          value={values.note}
          onChange={(ev) => set({ note: ev.currentTarget.value })}
          error={message('note')}
          data-testid="link-note"
        />
        <Group gap="sm">
          <Button type="submit" loading={create.isPending} data-testid="link-save">
            {t('usaha.links.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
