import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../../i18n/i18n-setup';

/** Formats an index on 4 decimals, as published: 0,7444 in Bahasa Indonesia, 0.7444 in English. */
export function useFormatIndex(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(language), {
      minimumFractionDigits: 4,
      maximumFractionDigits: 4,
    });
    return (value: number) => format.format(value);
  }, [language]);
}

/** Formats a share of 0 to 1 as a percentage on 1 decimal: 22,9% in Bahasa Indonesia, 22.9% in English. */
export function useFormatShare(): (share: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(language), {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return (share: number) => format.format(share);
  }, [language]);
}
