import { Box, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndexSummary } from '../../../contracts/village-index.contract';
import { useFormatNumber } from '../../shared/use-format-number';
import { IDM_STATUS_COLORS } from './idm-status';
import classes from './idm-status-distribution.module.css';
import { statusShares } from './region-index-figures';
import { useFormatShare } from './use-format-index';

/**
 * The desa of a region by status: one stacked bar, red (Sangat Tertinggal) to green (Mandiri), and a
 * legend that writes each label, count and percentage (the bar itself is decoration for screen readers).
 */
export function IdmStatusDistribution({ statuses }: { statuses: IndexSummary['statuses'] }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const formatShare = useFormatShare();
  const shares = statusShares(statuses);
  const heading = t('regionIndex.distributionHeading');
  return (
    <Stack gap="xs" data-testid="idm-distribution">
      <Text size="sm" fw={600}>
        {heading}
      </Text>
      <Progress.Root size={20} radius="sm" aria-hidden>
        {shares
          .filter((s) => s.count > 0)
          .map((s) => (
            <Progress.Section key={s.status} value={s.share * 100} color={IDM_STATUS_COLORS[s.status]} />
          ))}
      </Progress.Root>
      <ul className={classes.legend} aria-label={heading}>
        {shares.map((s) => (
          <li key={s.status} data-testid="idm-distribution-item" data-status={s.status}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Group gap={8} wrap="nowrap" className={classes.label}>
                <Box
                  className={classes.swatch}
                  bg={IDM_STATUS_COLORS[s.status]}
                  aria-hidden
                  data-empty={s.count === 0 || undefined}
                />
                <Text size="sm">{t(`villageIndex.status.${s.status}`)}</Text>
              </Group>
              <Text size="sm" className={classes.figure}>
                <Text span inherit fw={600}>
                  {formatNumber(s.count)}
                </Text>{' '}
                <Text span inherit c="dimmed">
                  ({formatShare(s.share)})
                </Text>
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
