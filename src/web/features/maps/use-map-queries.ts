import { useQuery } from '@tanstack/react-query';
import { isNotFound } from '../../api-client/api-error';
import { boundariesApi, type MapLevel } from '../../api-client/boundaries-api';
import { villageIndexApi } from '../../api-client/village-index-api';
import { villageIndexKeys } from '../village-index/use-village-index-query';

const mapKeys = {
  layer: (code: string, level: MapLevel) => ['maps', 'layer', code, level] as const,
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
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    enabled,
    staleTime: LAYER_STALE_MS,
  });
}

/**
 * Every desa's latest IDM result in the region. Cached under the village index's own key, so an
 * import refreshes the map's colours with the rest of the page.
 */
export function useMapResults(code: string, enabled = true) {
  return useQuery({
    queryKey: villageIndexKeys.villages(code, null),
    queryFn: ({ signal }) => villageIndexApi.villages({ region: code }, signal),
    enabled,
  });
}
