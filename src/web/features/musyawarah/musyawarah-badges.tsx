import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MusyawarahState, ProposalStatus } from '../../../contracts/musyawarah.contract';

/** Badges in table cells show their whole label rather than cut it short. */
const FULL_LABEL = { root: { flexShrink: 0 }, label: { overflow: 'visible' } } as const;

/** A badge of this feature: small corners, the words as written, never cut short. */
function LabelBadge(props: BadgeProps & Record<`data-${string}`, string | boolean>) {
  return <Badge variant="light" radius="sm" size="sm" tt="none" styles={FULL_LABEL} {...props} />;
}

/** Draf (grey) or Ditetapkan (teal). */
export function MusyawarahStateBadge({ state, size = 'sm' }: { state: MusyawarahState; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <LabelBadge
      variant={state === 'ditetapkan' ? 'filled' : 'light'}
      color={state === 'ditetapkan' ? 'teal' : 'gray'}
      size={size}
      data-testid="musyawarah-state"
      data-state={state}
    >
      {t(`musyawarah.state.${state}`)}
    </LabelBadge>
  );
}

/** Whether every 'wajib' quorum check passed. */
export function QuorumBadge({ valid, size = 'sm' }: { valid: boolean; size?: 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <LabelBadge color={valid ? 'teal' : 'red'} size={size} data-testid="quorum-badge" data-valid={valid}>
      {valid ? t('musyawarah.quorum.valid') : t('musyawarah.quorum.invalid')}
    </LabelBadge>
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
    <LabelBadge color={STATUS_COLOR[status]} data-testid="proposal-status" data-status={status}>
      {t(`musyawarah.proposalStatus.${status}`)}
    </LabelBadge>
  );
}
