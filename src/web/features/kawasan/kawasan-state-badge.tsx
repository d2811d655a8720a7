import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KawasanState } from '../../../domain/kawasan/lifecycle';
import { KAWASAN_STATE_COLORS } from './kawasan-labels';

/** The state of a kawasan, always written out; the colour only groups them. */
export function KawasanStateBadge({
  state,
  size = 'md',
}: {
  state: KawasanState;
  size?: BadgeProps['size'];
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={KAWASAN_STATE_COLORS[state]}
      variant={state === 'draf' || state === 'dibatalkan' ? 'outline' : 'light'}
      radius="sm"
      size={size}
      style={{ flexShrink: 0 }}
      data-testid="kawasan-state"
      data-state={state}
    >
      {t(`kawasan.state.${state}`)}
    </Badge>
  );
}
