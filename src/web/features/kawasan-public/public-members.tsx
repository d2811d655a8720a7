import { Anchor, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KawasanMember } from '../../../contracts/kawasan.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import { MemberRoleBadge } from '../kawasan/member-role-badge';
import { regionPath } from '../regions/region-labels';
import { StatusOrNotScored } from '../village-index/idm-status-badge';
import { useFormatIndex } from '../village-index/use-format-index';
import classes from './kawasan-public.module.css';
import { orderedMembers } from './public-kawasan-model';

/** The member desa with kecamatan, latest IDM and status: a table on wide screens, a list on phones. */
export function PublicMembers({ members, label }: { members: readonly KawasanMember[]; label: string }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const format = useFormatIndex();
  const rows = orderedMembers(members);
  const idm = (m: KawasanMember) =>
    m.indexValue === null ? '–' : `${format(m.indexValue)}${m.indexYear ? ` (${m.indexYear})` : ''}`;
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label} data-testid="public-members">
        {rows.map((m) => (
          <li key={m.code} className={classes.item} data-testid="public-member" data-code={m.code}>
            <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
              <Anchor component={Link} to={regionPath(m.code)} fw={600} className={classes.wrap}>
                {m.name}
              </Anchor>
              <MemberRoleBadge role={m.role} />
            </Group>
            <Group gap="xs" wrap="wrap" mt={2}>
              <Text size="xs" c="dimmed">
                {m.districtName}
              </Text>
              <Text size="sm" className={classes.code}>
                {idm(m)}
              </Text>
              <StatusOrNotScored status={m.status} />
            </Group>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped verticalSpacing="xs" aria-label={label} data-testid="public-members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('kawasanPublic.members.name')}</Table.Th>
            <Table.Th scope="col">{t('kawasanPublic.members.district')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('kawasanPublic.members.idm')}
            </Table.Th>
            <Table.Th scope="col">{t('kawasanPublic.members.status')}</Table.Th>
            <Table.Th scope="col">{t('kawasanPublic.members.role')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.code} data-testid="public-member" data-code={m.code}>
              <Table.Td>
                <Anchor component={Link} to={regionPath(m.code)} inherit fw={500} className={classes.wrap}>
                  {m.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed" className={classes.code}>
                  {m.codeDotted}
                </Text>
              </Table.Td>
              <Table.Td>{m.districtName}</Table.Td>
              <Table.Td className={classes.number}>{idm(m)}</Table.Td>
              <Table.Td>
                <StatusOrNotScored status={m.status} />
              </Table.Td>
              <Table.Td>
                <MemberRoleBadge role={m.role} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
