import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api-client/api-error';
import { boundariesApi, type MapLevel } from '../../api-client/boundaries-api';

export const mapKeys = {
  layer: (code: string, level: MapLevel) => ['maps', 'layer', code, level] as const,
  results: (code: string) => ['maps', 'results', code] as const,
};

/** Boundaries change only with an import: keep a layer for the session, revalidated by its etag. */
const LAYER_STALE_MS = 30 * 60_000;

/** A map layer; `null` when no boundaries are imported for it (404), which is not an error. */
export function useMapLayer(code: string, level: MapLevel, enabled = true) {
  return useQuery({
    queryKey: mapKeys.layer(code, level),
    queryFn: async ({ signal }) => {
      try {
        return await boundariesApi.mapLayer(code, level, signal);
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
    staleTime: LAYER_STALE_MS,
  });
}

/** Every desa's latest IDM result in the region. */
export function useMapResults(code: string, enabled = true) {
  return useQuery({
    queryKey: mapKeys.results(code),
    queryFn: ({ signal }) => boundariesApi.villageResults(code, signal),
    enabled,
  });
}
