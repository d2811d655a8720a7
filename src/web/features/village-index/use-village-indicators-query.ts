import { useQuery } from '@tanstack/react-query';
import { villageIndicatorsApi } from '../../api-client/village-index-indicators-api';

/** The indicator scores of a desa for a year; nothing is asked while the year is unknown. */
export function useVillageIndicators(code: string, year: number | null) {
  return useQuery({
    // Under 'village-index', so whatever refreshes the index after an import refreshes these too.
    queryKey: ['village-index', 'indicators', code, year] as const,
    queryFn: ({ signal }) => villageIndicatorsApi.indicators(code, year!, signal),
    enabled: year !== null,
  });
}
