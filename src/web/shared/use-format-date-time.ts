import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../i18n/i18n-setup';

export interface DateFormatters {
  /** "28 Nov 2026, 09.34" in Bahasa Indonesia. */
  dateTime: (iso: string) => string;
  /** "28 Nov 2026". */
  date: (iso: string) => string;
}

/** Dates and times for the current language (id-ID by default), in the reader's time zone. */
export function useFormatDateTime(): DateFormatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = numberLocale(language);
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const safe = (format: Intl.DateTimeFormat) => (iso: string) => {
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : format.format(at);
    };
    return { dateTime: safe(dateTime), date: safe(date) };
  }, [language]);
}
