import { Box, Group, Text } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IDM_STATUSES } from '../../../domain/village-index/idm.types';
import { useFormatNumber } from '../../shared/use-format-number';
import { IDM_STATUS_COLORS } from '../village-index/idm-status';
import type { FillCounts, MapColouring } from './map-scene';
import classes from './region-map.module.css';

interface MapLegendProps {
  counts: FillCounts;
  /** The border drawn on top, when there is one. */
  outline: 'regency' | 'district' | null;
  /** The pale desa outside a highlight, when the map has one. */
  faded?: { label: string; count: number } | null;
  /** A colouring's classes shown instead of the IDM statuses, and what its hatched desa are. */
  classes?: { items: MapColouring['classes']; noneLabel: string } | null;
}

/**
 * The colours of the map with how many desa each has: red (Sangat Tertinggal) to green, then no
 * data; or the classes of another colouring, in its order.
 */
export const MapLegend = memo(function MapLegend({
  counts,
  outline,
  faded = null,
  classes: other = null,
}: MapLegendProps) {
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
      {other
        ? other.items.map((c) =>
            item(
              c.key,
              <Box className={classes.swatch} bg={c.color} aria-hidden />,
              c.label,
              counts[c.key] ?? 0,
            ),
          )
        : IDM_STATUSES.map((status) =>
            item(
              status,
              <Box className={classes.swatch} bg={IDM_STATUS_COLORS[status]} aria-hidden />,
              t(`villageIndex.status.${status}`),
              counts[status] ?? 0,
            ),
          )}
      {(!other || (counts.none ?? 0) > 0) &&
        item(
          'none',
          <Box className={`${classes.swatch} ${classes.hatched}`} aria-hidden />,
          other ? other.noneLabel : t('maps.noData'),
          counts.none ?? 0,
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
