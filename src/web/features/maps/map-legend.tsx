import { Box, Group, Text } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IDM_STATUSES } from '../../../domain/village-index/idm.types';
import { useFormatNumber } from '../../shared/use-format-number';
import { IDM_STATUS_COLORS } from '../village-index/idm-status';
import type { StatusCounts } from './map-scene';
import classes from './region-map.module.css';

interface MapLegendProps {
  counts: StatusCounts;
  /** The border drawn on top, when there is one. */
  outline: 'regency' | 'district' | null;
  /** The pale desa outside a highlight, when the map has one. */
  faded?: { label: string; count: number } | null;
}

/** The colours of the map with how many desa each has, red (Sangat Tertinggal) to green, then no data. */
export const MapLegend = memo(function MapLegend({ counts, outline, faded = null }: MapLegendProps) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const item = (key: string, swatch: ReactNode, label: string, count: number | null) => (
    <li key={key} data-testid="map-legend-item" data-status={key}>
      <Group gap={6} wrap="nowrap">
        {swatch}
        <Text size="sm">
          {label}
          {count !== null && (
            <>
              {' '}
              <Text span inherit fw={600} className={classes.count}>
                {formatNumber(count)}
              </Text>
            </>
          )}
        </Text>
      </Group>
    </li>
  );
  return (
    <ul className={classes.legend} aria-label={t('maps.legend')} data-testid="map-legend">
      {IDM_STATUSES.map((status) =>
        item(
          status,
          <Box className={classes.swatch} bg={IDM_STATUS_COLORS[status]} aria-hidden />,
          t(`villageIndex.status.${status}`),
          counts[status],
        ),
      )}
      {item(
        'none',
        <Box className={`${classes.swatch} ${classes.hatched}`} aria-hidden />,
        t('maps.noData'),
        counts.none,
      )}
      {faded &&
        item(
          'faded',
          <Box className={`${classes.swatch} ${classes.faded}`} aria-hidden />,
          faded.label,
          faded.count,
        )}
      {outline &&
        item(
          'outline',
          <Box className={classes.outlineSwatch} aria-hidden />,
          t(outline === 'regency' ? 'maps.outlineRegency' : 'maps.outlineDistrict'),
          null,
        )}
    </ul>
  );
});
