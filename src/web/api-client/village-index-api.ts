import type { RegionIndexSummary, VillageIndexHistory } from '../../contracts/village-index.contract';
import { getJson } from './api-client';

export interface IndexSummaryParams {
  /** Province, kabupaten/kota or kecamatan code; the whole country when left out. */
  region?: string | undefined;
  /** The latest year with data when left out. */
  year?: number | undefined;
}

/** Typed calls for village development indices (IDM), see src/contracts/village-index.contract.ts. */
export const villageIndexApi = {
  /** Every result of a desa, oldest year first; 400 for a code that is not a 10-digit village code. */
  history: (code: string, signal?: AbortSignal) =>
    getJson<VillageIndexHistory>(`/api/regions/${encodeURIComponent(code)}/index`, undefined, signal),

  /** Mean IDM and status counts of a region (or the country) and of each region directly below it. */
  summary: ({ region, year }: IndexSummaryParams, signal?: AbortSignal) =>
    getJson<RegionIndexSummary>('/api/village-index/summary', { region, year }, signal),
};
