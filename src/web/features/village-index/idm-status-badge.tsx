import { Badge, type BadgeProps, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdmStatus } from '../../../domain/village-index/idm.types';
import { IDM_STATUS_COLORS, idmStatusStep } from './idm-status';

interface IdmStatusBadgeProps {
  status: IdmStatus;
  size?: BadgeProps['size'];
}

/** A status on the red-to-green scale, always with its written label (and its step for screen readers). */
export function IdmStatusBadge({ status, size = 'md' }: IdmStatusBadgeProps) {
  const { t } = useTranslation();
  const step = t('villageIndex.statusStep', { step: idmStatusStep(status) });
  return (
    <Badge
      color={IDM_STATUS_COLORS[status]}
      autoContrast
      variant="filled"
      radius="sm"
      size={size}
      title={step}
      data-testid="idm-status"
      data-status={status}
    >
      {t(`villageIndex.status.${status}`)}
    </Badge>
  );
}

/** "belum dinilai", where a value or status would stand. */
export function NotScored() {
  const { t } = useTranslation();
  return (
    <Text span size="sm" c="dimmed">
      {t('villageIndex.notScoredShort')}
    </Text>
  );
}

/** A status badge, or "belum dinilai" when there is no status. */
export function StatusOrNotScored({ status }: { status: IdmStatus | null }) {
  return status ? <IdmStatusBadge status={status} size="sm" /> : <NotScored />;
}
