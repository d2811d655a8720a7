import { Text } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { IDM_THRESHOLDS } from '../../../domain/village-index/idm.scheme';
import type { IdmStatus } from '../../../domain/village-index/idm.types';
import { useFormatIndex } from './use-format-index';

/**
 * "Sangat Tertinggal ≤ 0,4907 < Tertinggal ≤ … < Mandiri", from the scheme's own thresholds;
 * the desa's current status is in bold, so its place on the scale does not rest on colour.
 */
export function IdmThresholdsNote({ current }: { current: IdmStatus | null }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const steps: { status: IdmStatus; upTo: number | null }[] = [
    ...IDM_THRESHOLDS,
    { status: 'mandiri', upTo: null },
  ];
  return (
    <Text size="xs" c="dimmed" data-testid="idm-thresholds">
      {t('villageIndex.thresholds')}{' '}
      {steps.map(({ status, upTo }, i) => (
        <Fragment key={status}>
          {i > 0 && ' < '}
          <Text
            span
            inherit
            fw={status === current ? 700 : undefined}
            c={status === current ? 'var(--mantine-color-text)' : undefined}
          >
            {t(`villageIndex.status.${status}`)}
          </Text>
          {/* No line break inside "Maju ≤ 0,8155". */}
          {upTo !== null && `\u00a0≤\u00a0${format(upTo)}`}
        </Fragment>
      ))}
    </Text>
  );
}
