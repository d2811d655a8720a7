import { Anchor, Badge, Button, DataList, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Institution, KawasanDetail } from '../../../contracts/kawasan.contract';
import { INSTITUTION_KINDS, type InstitutionKind } from '../../../domain/kawasan/registry';
import { kawasanDocumentUrl } from '../../api-client/kawasan-api';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useEditing } from '../../shared/use-editing';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { InstitutionForm } from './institution-form';
import classes from './kawasan-page.module.css';
import { useDeleteInstitution } from './use-kawasan-queries';

function InstitutionMembers({ institution, kawasan }: { institution: Institution; kawasan: KawasanDetail }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const bkad = institution.kind === 'bkad';
  const desaName = (code: string | null) =>
    code ? (kawasan.members.find((m) => m.code === code)?.name ?? code) : null;
  const label = t('kawasan.institutions.membersLabel', { name: institution.name });
  if (institution.members.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('kawasan.institutions.membersNone')}
      </Text>
    );
  }
  if (!wide) {
    return (
      <ul className={classes.rowList} aria-label={label}>
        {institution.members.map((m) => (
          <li
            key={`${m.name}|${m.position}|${m.desaCode ?? ''}`}
            className={classes.row}
            data-testid="institution-member"
          >
            <Group gap={6} wrap="wrap">
              <Text size="sm" fw={600} className={classes.wrap}>
                {m.name}
              </Text>
              {bkad && m.management && (
                <Badge size="xs" radius="sm" variant="light">
                  {t('kawasan.institutions.managementBadge')}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed" className={classes.wrap}>
              {[m.position, m.agency, desaName(m.desaCode)].filter(Boolean).join(' · ')}
            </Text>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table withRowBorders verticalSpacing={4} aria-label={label}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('kawasan.institutions.memberName')}</Table.Th>
          <Table.Th scope="col">{t('kawasan.institutions.position')}</Table.Th>
          <Table.Th scope="col">{t(`kawasan.institutions.agency.${institution.kind}`)}</Table.Th>
          {bkad && <Table.Th scope="col">{t('kawasan.institutions.desa')}</Table.Th>}
          {bkad && <Table.Th scope="col">{t('kawasan.institutions.managementBadge')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {institution.members.map((m) => (
          <Table.Tr key={`${m.name}|${m.position}|${m.desaCode ?? ''}`} data-testid="institution-member">
            <Table.Td className={classes.wrap}>{m.name}</Table.Td>
            <Table.Td className={classes.wrap}>{m.position}</Table.Td>
            <Table.Td className={classes.wrap}>{m.agency ?? t('common.none')}</Table.Td>
            {bkad && <Table.Td className={classes.wrap}>{desaName(m.desaCode) ?? t('common.none')}</Table.Td>}
            {bkad && <Table.Td>{m.management ? t('common.yes') : t('common.no')}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function InstitutionCard({ kawasan, kind }: { kawasan: KawasanDetail; kind: InstitutionKind }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const wide = useWideLayout();
  const institution = kawasan.institutions.find((i) => i.kind === kind) ?? null;
  const { editing, edit, done, note, setNote } = useEditing(t('common.saved'));
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteInstitution(kawasan.id);
  const manage = kawasan.allowed.manage;
  const decreeDocument = institution?.decreeDocumentId
    ? kawasan.documents.find((d) => d.id === institution.decreeDocumentId)
    : undefined;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid={`institution-${kind}`}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={0} className={classes.wrap}>
            <Title order={3} size="h5">
              {t(`kawasan.institutionKind.${kind}`)}
            </Title>
            <Text size="xs" c="dimmed">
              {t(`kawasan.institutions.about.${kind}`)}
            </Text>
          </Stack>
          {manage && !editing && (
            <Group gap="xs">
              <Button
                size="compact-sm"
                variant="light"
                onClick={edit}
                data-testid={`institution-edit-${kind}`}
              >
                {institution ? t('common.edit') : t('kawasan.institutions.form')}
              </Button>
              {institution && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  onClick={() => {
                    remove.reset();
                    setConfirming(true);
                  }}
                >
                  {t('kawasan.institutions.delete')}
                </Button>
              )}
            </Group>
          )}
        </Group>
        {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
        {editing ? (
          <InstitutionForm kawasan={kawasan} kind={kind} institution={institution} onDone={done} />
        ) : institution ? (
          <>
            <DataList labelWidth={wide ? '150px' : '112px'} withDivider>
              <DataList.Item>
                <DataList.ItemLabel>{t('kawasan.institutions.name')}</DataList.ItemLabel>
                <DataList.ItemValue className={classes.wrap}>{institution.name}</DataList.ItemValue>
              </DataList.Item>
              <DataList.Item>
                <DataList.ItemLabel>{t(`kawasan.institutions.decreeNumber.${kind}`)}</DataList.ItemLabel>
                <DataList.ItemValue className={classes.wrap}>
                  {institution.decreeNumber ?? t('common.none')}
                  {institution.decreeDate && ` · ${format.date(`${institution.decreeDate}T00:00:00`)}`}
                  {decreeDocument && (
                    <>
                      {' · '}
                      <Anchor href={kawasanDocumentUrl(kawasan.id, decreeDocument.id)} download size="sm">
                        {decreeDocument.title}
                      </Anchor>
                    </>
                  )}
                </DataList.ItemValue>
              </DataList.Item>
              {institution.notes && (
                <DataList.Item>
                  <DataList.ItemLabel>{t('kawasan.institutions.notes')}</DataList.ItemLabel>
                  <DataList.ItemValue className={classes.prewrap}>{institution.notes}</DataList.ItemValue>
                </DataList.Item>
              )}
            </DataList>
            <InstitutionMembers institution={institution} kawasan={kawasan} />
          </>
        ) : (
          <Text size="sm" c="dimmed" data-testid={`institution-none-${kind}`}>
            {t(`kawasan.institutions.none.${kind}`)}
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('kawasan.institutions.deleteTitle', { name: institution?.name ?? '' })}
        text={t('kawasan.institutions.deleteText')}
        confirmLabel={t('kawasan.institutions.delete')}
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(kind, {
            onSuccess: () => {
              setConfirming(false);
              setNote(t('kawasan.institutions.deleted'));
            },
          })
        }
      />
    </Paper>
  );
}

/** The kawasan's institutions: the kabupaten's coordination team (TKPKP) and the desa' cooperation body (BKAD). */
export function InstitutionsSection({ kawasan }: { kawasan: KawasanDetail }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('kawasan.institutions.heading')} testId="kawasan-institutions">
      {INSTITUTION_KINDS.map((kind) => (
        <InstitutionCard key={kind} kawasan={kawasan} kind={kind} />
      ))}
    </SectionCard>
  );
}
