import type {
  RegionIndexSummary,
  VillageIndexHistory,
  VillageIndexList,
} from '../../contracts/village-index.contract';
import { apiUrl, getJson } from './api-client';

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

  /** Every desa's result in a province, kabupaten/kota or kecamatan for a year, in code order. */
  villages: ({ region, year }: IndexSummaryParams & { region: string }, signal?: AbortSignal) =>
    getJson<VillageIndexList>('/api/village-index/villages', { region, year }, signal),

  /** The download of a summary's child-region table, without `format` (ExportButtons adds it). */
  summaryExportUrl: ({ region, year }: IndexSummaryParams) =>
    apiUrl('/api/village-index/summary/export', { region, year }),

  /** The download of every desa's result in a region, without `format`. */
  villagesExportUrl: ({ region, year }: IndexSummaryParams & { region: string }) =>
    apiUrl('/api/village-index/villages/export', { region, year }),
};
