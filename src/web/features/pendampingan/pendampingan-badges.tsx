import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LogState } from '../../../domain/facilitation/review';
import classes from './pendampingan.module.css';
import { LOG_STATE_COLORS, VISIT_BAND_COLORS, type VisitBand } from './pendampingan-model';

export function LogStateBadge({ state, size = 'md' }: { state: LogState; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={LOG_STATE_COLORS[state]}
      variant={state === 'draf' ? 'outline' : 'light'}
      radius="sm"
      size={size}
      style={{ flexShrink: 0, minWidth: 'max-content' }}
      data-testid="entry-state"
      data-state={state}
    >
      {t(`pendampingan.state.${state}`)}
    </Badge>
  );
}

/** A small square of a visit band's colour, beside its label. */
export function BandSwatch({ band }: { band: VisitBand }) {
  return (
    <span
      className={classes.swatch}
      style={{ background: `var(--mantine-color-${VISIT_BAND_COLORS[band].replace('.', '-')})` }}
      aria-hidden
    />
  );
}
