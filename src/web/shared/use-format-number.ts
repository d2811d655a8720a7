import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../i18n/i18n-setup';

/** Formats counts for the current language: 83.762 in Bahasa Indonesia, 83,762 in English. */
export function useFormatNumber(): (value: number) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(language));
    return (value: number) => format.format(value);
  }, [language]);
}
