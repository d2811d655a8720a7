import { Anchor, Badge, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FundingPartnerListQuery, FundingPartnerView } from '../../../contracts/enterprise.contract';
import { isPartnerKind, PARTNER_KINDS } from '../../../domain/enterprise/vocabulary';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useSession } from '../session/use-session';
import { PartnerForm } from './partners-form';
import { createPartnerBody, newPartnerValues, partnerValues, updatePartnerBody } from './partners-model';
import classes from './usaha.module.css';
import { mayManagePartners } from './usaha-access';
import { USAHA_PATH } from './usaha-paths';
import { useCreatePartner, usePartners, useUpdatePartner } from './use-usaha-queries';

function PartnerRow({ p, onSaved }: { p: FundingPartnerView; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdatePartner(p.id);
  return (
    <li className={classes.row} data-testid="partner-row" data-partner={p.id}>
      {editing ? (
        <PartnerForm
          initial={partnerValues(p)}
          pending={update.isPending}
          error={update.error}
          submitLabel={t('common.save')}
          onSubmit={(values) =>
            update.mutate(updatePartnerBody(values), {
              onSuccess: (saved) => {
                setEditing(false);
                onSaved(saved.name);
              },
            })
          }
          onCancel={() => {
            update.reset();
            setEditing(false);
          }}
          testId="partner-edit-form"
        />
      ) : (
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start" preventGrowOverflow={false}>
          <Stack gap={2} className={classes.wrap}>
            <Text fw={600} size="sm" className={classes.wrap} data-testid="partner-name-text">
              {p.name}
            </Text>
            <Group gap={6} wrap="wrap">
              <Badge variant="light" color="gray" radius="sm" size="sm" style={{ textTransform: 'none' }}>
                {t(`usaha.partnerKind.${p.kind}`, { defaultValue: p.kindLabel })}
              </Badge>
              {p.seatRegion && (
                <Text size="xs" c="dimmed">
                  {p.seatRegion.name}
                </Text>
              )}
            </Group>
            {p.contact && (
              <Text size="xs" c="dimmed" className={classes.prewrap}>
                {p.contact}
              </Text>
            )}
          </Stack>
          {p.canManage && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setEditing(true)}
              data-testid="partner-edit"
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
      )}
    </li>
  );
}

/** `/usaha/mitra`: the registry of funding partners (mitra/CSR) with a register form for administrators. */
export function PartnersPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const manages = mayManagePartners(user);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [creating, setCreating] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const query: FundingPartnerListQuery = {
    ...(debouncedQ ? { q: debouncedQ } : {}),
    ...(isPartnerKind(kind) ? { kind } : {}),
  };
  const list = usePartners(query);
  const create = useCreatePartner();
  useDocumentTitle(t('usaha.partners.documentTitle'));
  const title = t('usaha.partners.listHeading', { count: list.data?.total ?? 0 });
  return (
    <Stack gap="lg" data-testid="partners-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={USAHA_PATH} size="sm">
          ← {t('usaha.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('usaha.partners.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('usaha.partners.intro')}
        </Text>
      </Stack>
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {manages && (
        <SectionCard title={t('usaha.partners.createHeading')} testId="partner-create">
          {creating ? (
            <PartnerForm
              initial={newPartnerValues()}
              pending={create.isPending}
              error={create.error}
              submitLabel={t('usaha.partners.create')}
              onSubmit={(values) =>
                create.mutate(createPartnerBody(values), {
                  onSuccess: (p) => {
                    setCreating(false);
                    setNote(t('usaha.partners.created', { name: p.name }));
                  },
                })
              }
              onCancel={() => {
                create.reset();
                setCreating(false);
              }}
              testId="partner-create-form"
            />
          ) : (
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                {t('usaha.partners.createHint')}
              </Text>
              <Button
                onClick={() => {
                  setNote(null);
                  setCreating(true);
                }}
                data-testid="partner-create-open"
              >
                {t('usaha.partners.createOpen')}
              </Button>
            </Stack>
          )}
        </SectionCard>
      )}
      <SectionCard title={title} testId="partner-list">
        <div className={classes.filters}>
          <TextInput
            label={t('usaha.filters.q')}
            type="search"
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-testid="partner-filter-q"
          />
          <Select
            label={t('usaha.partners.kind')}
            placeholder={t('usaha.filters.all')}
            data={PARTNER_KINDS.map((k) => ({ value: k, label: t(`usaha.partnerKind.${k}`) }))}
            value={kind || null}
            onChange={(value) => setKind(value ?? '')}
            clearable
            comboboxProps={{ withinPortal: true }}
            data-testid="partner-filter-kind"
          />
        </div>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="partner-list-empty">
            {t('usaha.partners.empty')}
          </Text>
        ) : (
          <ul className={classes.list} aria-label={title}>
            {list.data.items.map((p) => (
              <PartnerRow key={p.id} p={p} onSaved={(name) => setNote(t('usaha.partners.saved', { name }))} />
            ))}
          </ul>
        )}
      </SectionCard>
    </Stack>
  );
}
