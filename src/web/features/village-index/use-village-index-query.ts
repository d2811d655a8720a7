import { useQuery } from '@tanstack/react-query';
import { villageIndexApi } from '../../api-client/village-index-api';

export const villageIndexKeys = {
  history: (code: string) => ['village-index', 'history', code] as const,
  summary: (region: string | null, year: number | null) =>
    ['village-index', 'summary', region, year] as const,
  villages: (region: string, year: number | null) => ['village-index', 'villages', region, year] as const,
};

/** The IDM results of a desa (empty for a kelurahan: IDM covers desa only). */
export function useVillageIndexHistory(code: string) {
  return useQuery({
    queryKey: villageIndexKeys.history(code),
    queryFn: ({ signal }) => villageIndexApi.history(code, signal),
  });
}

/** IDM summary of a region (null: the whole country) for a year (null: the latest). */
export function useRegionIndexSummary(region: string | null, year: number | null) {
  return useQuery({
    queryKey: villageIndexKeys.summary(region, year),
    queryFn: ({ signal }) =>
      villageIndexApi.summary({ region: region ?? undefined, year: year ?? undefined }, signal),
    // Keep the previous year on screen while another one loads, never another region's figures.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === region ? previous : undefined,
  });
}

/** Every desa's IDM in a kecamatan or kabupaten/kota for a year (null: the latest). */
export function useRegionVillages(region: string, year: number | null) {
  return useQuery({
    queryKey: villageIndexKeys.villages(region, year),
    queryFn: ({ signal }) => villageIndexApi.villages({ region, year: year ?? undefined }, signal),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === region ? previous : undefined,
  });
}
