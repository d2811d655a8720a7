import { useCallback } from 'react';
import { useNumberFormatter } from '../../shared/use-format-number';

const INDEX: Intl.NumberFormatOptions = { minimumFractionDigits: 4, maximumFractionDigits: 4 };
const SHARE: Intl.NumberFormatOptions = {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
};

/**
 * Formats an index on 4 decimals, as published: 0,7444 in Bahasa Indonesia, 0.7444 in English;
 * a missing one (null) as a dash.
 */
export function useFormatIndex(): (value: number | null) => string {
  const format = useNumberFormatter(INDEX);
  return useCallback((value: number | null) => (value === null ? '–' : format(value)), [format]);
}

/** Formats a share of 0 to 1 as a percentage on 1 decimal: 22,9% in Bahasa Indonesia, 22.9% in English. */
export function useFormatShare(): (share: number) => string {
  return useNumberFormatter(SHARE);
}
