import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../shared/use-format-date-time';

/** "Ditetapkan dengan <number>, tanggal <date>": the regulation that adopted an RPKP version. */
export function useRegulationText(): (regulation: { number: string; date: string }) => string {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  return (regulation) =>
    t('rpkp.version.regulation', {
      number: regulation.number,
      date: format.date(`${regulation.date}T00:00:00`),
    });
}
