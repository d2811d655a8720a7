import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../shared/use-format-date-time';

/** A period in words: "sejak 1 Jan 2026" while open, else "1 Jan 2026 – 30 Jun 2026". */
export function usePeriodText(): (from: string, to: string | null) => string {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (from, to) =>
    to === null
      ? t('pendampingan.periodOpen', { from: format.date(from) })
      : t('pendampingan.periodClosed', { from: format.date(from), to: format.date(to) });
}
