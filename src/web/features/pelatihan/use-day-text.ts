import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { numberLocale } from '../../i18n/i18n-setup';

export interface DayFormatters {
  /** "1 Des 2026" for `2026-12-01`, whatever the reader's time zone. */
  day: (date: string) => string;
  /** "Sel, 1 Des" for a schedule column. */
  short: (date: string) => string;
  /** "1–3 Des 2026", or one day when both are the same. */
  period: (from: string, to: string) => string;
}

const at = (date: string) => new Date(`${date}T00:00:00Z`);
const valid = (date: string) => /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(at(date).getTime());

/** Calendar days (`YYYY-MM-DD`, no time) in the current language. */
export function useDayText(): DayFormatters {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const locale = numberLocale(language);
    const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return {
      day: (date) => (valid(date) ? medium.format(at(date)) : date),
      short: (date) => (valid(date) ? short.format(at(date)) : date),
      period: (from, to) => {
        if (!valid(from) || !valid(to)) return `${from} – ${to}`;
        return from === to ? medium.format(at(from)) : medium.formatRange(at(from), at(to));
      },
    };
  }, [language]);
}
