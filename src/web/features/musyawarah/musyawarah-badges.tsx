import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MusyawarahState, ProposalStatus } from '../../../contracts/musyawarah.contract';

/** Badges in table cells show their whole label rather than cut it short. */
const FULL_LABEL = { root: { flexShrink: 0 }, label: { overflow: 'visible' } } as const;

/** Draf (grey) or Ditetapkan (teal). */
export function MusyawarahStateBadge({ state, size = 'sm' }: { state: MusyawarahState; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant={state === 'ditetapkan' ? 'filled' : 'light'}
      color={state === 'ditetapkan' ? 'teal' : 'gray'}
      radius="sm"
      size={size}
      tt="none"
      styles={FULL_LABEL}
      data-testid="musyawarah-state"
      data-state={state}
    >
      {t(`musyawarah.state.${state}`)}
    </Badge>
  );
}

/** Whether every 'wajib' quorum check passed. */
export function QuorumBadge({ valid, size = 'sm' }: { valid: boolean; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={valid ? 'teal' : 'red'}
      radius="sm"
      size={size}
      tt="none"
      styles={FULL_LABEL}
      data-testid="quorum-badge"
      data-valid={valid}
    >
      {valid ? t('musyawarah.quorum.valid') : t('musyawarah.quorum.invalid')}
    </Badge>
  );
}

const STATUS_COLOR: Record<ProposalStatus, string> = {
  diajukan: 'blue',
  terpilih: 'teal',
  didanai: 'green',
  dibawa: 'orange',
  tidak_terpilih: 'gray',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={STATUS_COLOR[status]}
      radius="sm"
      size="sm"
      tt="none"
      styles={FULL_LABEL}
      data-testid="proposal-status"
      data-status={status}
    >
      {t(`musyawarah.proposalStatus.${status}`)}
    </Badge>
  );
}
