import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KawasanDashboard, KawasanDetail, KawasanMember } from '../../../contracts/kawasan.contract';
import { fieldErrorsOf } from '../../api-client/api-error';
import { MutationErrorAlert } from '../../shared/mutation-error-alert';
import { SectionCard } from '../../shared/section-card';
import { SuccessNote } from '../../shared/success-note';
import { useEditing } from '../../shared/use-editing';
import { useWideLayout } from '../../shared/use-wide-layout';
import { regionPath } from '../regions/region-labels';
import { StatusOrNotScored } from '../village-index/idm-status-badge';
import { useFormatIndex } from '../village-index/use-format-index';
import { memberErrorsByCode, profileFieldErrors } from './kawasan-forms';
import { MIN_MEMBERS, membersChanged, type PickedMember, roleCounts, roleGroups } from './kawasan-members';
import classes from './kawasan-page.module.css';
import { MemberPicker } from './member-picker';
import { MemberRoleBadge } from './member-role-badge';
import { useSetMembers } from './use-kawasan-queries';

const ROLES = ['locomotive', 'lagging', 'other', 'unknown'] as const;

function IndexValue({ member }: { member: KawasanMember }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  if (member.indexValue === null)
    return (
      <Text span size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    );
  return (
    <span>
      {format(member.indexValue)}
      {member.indexYear !== null && (
        <Text span size="xs" c="dimmed">
          {' '}
          ({member.indexYear})
        </Text>
      )}
    </span>
  );
}

function MemberName({ member }: { member: KawasanMember }) {
  return (
    <Anchor component={Link} to={regionPath(member.code)} fw={600} inherit className={classes.wrap}>
      {member.name}
    </Anchor>
  );
}

/** Every member desa: a table on wider screens, a list on phones. */
function MembersTable({ members }: { members: readonly KawasanMember[] }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const label = t('kawasan.members.tableLabel');
  if (!wide) {
    return (
      <ul className={classes.rowList} aria-label={label}>
        {members.map((m) => (
          <li key={m.code} className={classes.row} data-testid="member-row">
            <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
              <Text size="sm">
                <MemberName member={m} />
              </Text>
              <MemberRoleBadge testId="member-role" role={m.role} />
            </Group>
            <Text size="xs" c="dimmed" className={classes.wrap}>
              <span className={classes.code}>{m.codeDotted}</span> ·{' '}
              {t('search.district', { name: m.districtName })}
            </Text>
            <Group gap="xs" mt={4} wrap="wrap">
              <StatusOrNotScored status={m.status} />
              <Text size="sm" className={classes.number}>
                <IndexValue member={m} />
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="members-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('kawasan.members.code')}</Table.Th>
            <Table.Th scope="col">{t('kawasan.members.name')}</Table.Th>
            <Table.Th scope="col">{t('kawasan.members.district')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('kawasan.members.idm')}
            </Table.Th>
            <Table.Th scope="col">{t('kawasan.members.status')}</Table.Th>
            <Table.Th scope="col">{t('kawasan.members.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((m) => (
            <Table.Tr key={m.code} data-testid="member-row">
              <Table.Td className={classes.code}>{m.codeDotted}</Table.Td>
              <Table.Td>
                <MemberName member={m} />
              </Table.Td>
              <Table.Td className={classes.wrap}>{m.districtName}</Table.Td>
              <Table.Td className={classes.number}>
                <IndexValue member={m} />
              </Table.Td>
              <Table.Td>
                <StatusOrNotScored status={m.status} />
              </Table.Td>
              <Table.Td>
                <MemberRoleBadge testId="member-role" role={m.role} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The locomotives and the lagging desa they are to pull along, called out above the table. */
function RoleCallouts({
  members,
  dashboard,
}: {
  members: readonly KawasanMember[];
  dashboard: KawasanDashboard | undefined;
}) {
  const { t } = useTranslation();
  const groups = roleGroups(members, dashboard);
  const box = (key: 'locomotives' | 'lagging', list: KawasanMember[]) => (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      className={classes.callout}
      data-kind={key}
      data-testid={`callout-${key}`}
    >
      <Stack gap={6}>
        <Title order={3} size="h6">
          {t(`kawasan.members.${key}Heading`, { count: list.length })}
        </Title>
        {list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t(`kawasan.members.${key}None`)}
          </Text>
        ) : (
          <ul className={classes.plainList}>
            {list.map((m) => (
              <li key={m.code}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm">
                    <MemberName member={m} />
                  </Text>
                  <StatusOrNotScored status={m.status} />
                </Group>
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Paper>
  );
  return (
    <div className={classes.twoColumns}>
      {box('locomotives', groups.locomotives)}
      {box('lagging', groups.lagging)}
    </div>
  );
}

function EditMembers({ kawasan, onDone }: { kawasan: KawasanDetail; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const save = useSetMembers(kawasan.id);
  const [picked, setPicked] = useState<PickedMember[]>(() =>
    kawasan.members.map((m) => ({ code: m.code, name: m.name, districtName: m.districtName })),
  );
  const sent = picked.map((m) => m.code);
  const fields = fieldErrorsOf(save.error);
  const memberErrors = memberErrorsByCode(fields, save.variables ?? sent);
  const fieldError = profileFieldErrors(fields).byField.members;
  return (
    <Stack gap="sm">
      {save.isError && !fieldError && (
        <MutationErrorAlert error={save.error} title={t('common.notSavedTitle')} />
      )}
      <MemberPicker
        kabupatenCodes={kawasan.kabupatenCodes}
        members={picked}
        onChange={setPicked}
        error={fieldError}
        memberErrors={memberErrors}
      />
      <Group gap="sm">
        <Button
          onClick={() => save.mutate(sent, { onSuccess: () => onDone(true) })}
          loading={save.isPending}
          disabled={!membersChanged(kawasan.members, picked)}
          data-testid="members-save"
        >
          {t('kawasan.members.save')}
        </Button>
        <Button variant="default" onClick={() => onDone(false)} disabled={save.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The member desa with their IDM and role, the locomotives and lagging desa, and editing while a draft. */
export function MembersSection({
  kawasan,
  dashboard,
}: {
  kawasan: KawasanDetail;
  dashboard: KawasanDashboard | undefined;
}) {
  const { t } = useTranslation();
  const { editing, edit, done, note, setNote } = useEditing(t('kawasan.members.saved'));
  const counts = roleCounts(kawasan.members);
  const canEdit = kawasan.allowed.editMembers;
  const actions = canEdit && !editing && (
    <Button size="compact-sm" variant="light" onClick={edit} data-testid="members-edit">
      {t('kawasan.members.edit')}
    </Button>
  );
  return (
    <SectionCard
      title={t('kawasan.members.heading', { count: kawasan.members.length })}
      actions={actions}
      testId="kawasan-members"
    >
      {note && <SuccessNote onClose={() => setNote(null)}>{note}</SuccessNote>}
      {editing ? (
        <EditMembers kawasan={kawasan} onDone={done} />
      ) : kawasan.members.length === 0 ? (
        <Text c="dimmed" data-testid="members-empty">
          {canEdit ? t('kawasan.members.emptyEditable', { min: MIN_MEMBERS }) : t('kawasan.members.empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {ROLES.filter((role) => counts[role] > 0)
              .map((role) => t(`kawasan.members.count.${role}`, { count: counts[role] }))
              .join(' · ')}
          </Text>
          <RoleCallouts members={kawasan.members} dashboard={dashboard} />
          <MembersTable members={kawasan.members} />
        </>
      )}
    </SectionCard>
  );
}
