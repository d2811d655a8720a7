import type { VillageIndexIndicators } from '../../contracts/village-index-indicators.contract';
import { apiUrl, getJson } from './api-client';

/** Typed calls for a desa's IDM indicator scores, see src/contracts/village-index-indicators.contract.ts. */
export const villageIndicatorsApi = {
  /** Every indicator score of the desa in that year, largest gain first; 404 when it has no result then. */
  indicators: (code: string, year: number, signal?: AbortSignal) =>
    getJson<VillageIndexIndicators>(
      `/api/regions/${encodeURIComponent(code)}/index/${year}/indicators`,
      undefined,
      signal,
    ),

  /** The download of every indicator score of the desa in that year, without `format`. */
  indicatorsExportUrl: (code: string, year: number) =>
    apiUrl(`/api/regions/${encodeURIComponent(code)}/index/${year}/indicators/export`),
};
