import type {
  ChildrenPage,
  NationalSummary,
  RegionDetail,
  SearchResult,
} from '../../contracts/regions.contract';
import { getJson } from './api-client';

export interface SearchParams {
  q: string;
  /** Code of a province, kabupaten/kota or kecamatan to search in. */
  within?: string | undefined;
  limit?: number | undefined;
}

const path = (code: string) => `/api/regions/${encodeURIComponent(code)}`;

/** Typed calls to the Kawasan HTTP API (see src/contracts). */
export const regionsApi = {
  national: (signal?: AbortSignal) => getJson<NationalSummary>('/api/regions', undefined, signal),

  region: (code: string, signal?: AbortSignal) => getJson<RegionDetail>(path(code), undefined, signal),

  children: (code: string, page: number, pageSize: number, signal?: AbortSignal) =>
    getJson<ChildrenPage>(`${path(code)}/children`, { page, pageSize }, signal),

  search: ({ q, within, limit }: SearchParams, signal?: AbortSignal) =>
    getJson<SearchResult>('/api/regions/search', { q, within, limit }, signal),
};
