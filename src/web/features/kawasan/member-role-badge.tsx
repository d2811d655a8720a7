import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KawasanMember } from '../../../contracts/kawasan.contract';
import { MEMBER_ROLE_COLORS, showsRoleBadge } from './kawasan-labels';

/**
 * What a desa does in a kawasan or a proposal, in words (not only colour): "Penggerak" for a
 * Maju/Mandiri desa, "Ditarik" for a Tertinggal/Sangat Tertinggal one as a badge; the others as
 * plain text. One label set for the dashboard, the recommender and the public page.
 */
export function MemberRoleBadge({ role, testId }: { role: KawasanMember['role']; testId?: string }) {
  const { t } = useTranslation();
  const label = t(`kawasan.role.${role}`);
  const hint = t(`kawasan.roleHint.${role}`);
  if (!showsRoleBadge(role)) {
    return (
      <Text span size="sm" c="dimmed" title={hint} data-testid={testId} data-role={role}>
        {label}
      </Text>
    );
  }
  return (
    <Badge
      color={MEMBER_ROLE_COLORS[role]}
      variant="outline"
      radius="sm"
      size="sm"
      title={hint}
      data-testid={testId}
      data-role={role}
    >
      {label}
    </Badge>
  );
}
