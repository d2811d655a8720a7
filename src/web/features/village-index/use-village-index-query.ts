import { useQuery } from '@tanstack/react-query';
import { villageIndexApi } from '../../api-client/village-index-api';

export const villageIndexKeys = {
  history: (code: string) => ['village-index', 'history', code] as const,
};

/** The IDM results of a desa (empty for a kelurahan: IDM covers desa only). */
export function useVillageIndexHistory(code: string) {
  return useQuery({
    queryKey: villageIndexKeys.history(code),
    queryFn: ({ signal }) => villageIndexApi.history(code, signal),
  });
}
