import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../i18n/i18n-setup';

/**
 * A number formatter for the current language, made again only when the language changes.
 * `options` must be the same object on every render (a module constant).
 */
export function useNumberFormatter(options?: Intl.NumberFormatOptions): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(language), options);
    return (value: number) => format.format(value);
  }, [language, options]);
}

/** Formats counts for the current language: 83.762 in Bahasa Indonesia, 83,762 in English. */
export function useFormatNumber(): (value: number) => string {
  return useNumberFormatter();
}
