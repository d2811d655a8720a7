import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { regionsApi } from '../../api-client/regions-api';

/** Rows per page in the list of a region's children (the largest kecamatan has 108 villages). */
export const CHILDREN_PAGE_SIZE = 50;
/** Results shown in the search dropdown. */
export const SEARCH_LIMIT = 20;
/** Letters needed before the search is sent. */
export const SEARCH_MIN_CHARS = 2;

export const regionKeys = {
  national: ['regions', 'national'] as const,
  detail: (code: string) => ['regions', 'detail', code] as const,
  children: (code: string, page: number) => ['regions', 'children', code, page] as const,
  search: (q: string, within: string | null) => ['regions', 'search', q, within] as const,
};

export function useNationalSummary() {
  return useQuery({
    queryKey: regionKeys.national,
    queryFn: ({ signal }) => regionsApi.national(signal),
  });
}

export function useRegionDetail(code: string | undefined) {
  return useQuery({
    queryKey: regionKeys.detail(code ?? ''),
    queryFn: ({ signal }) => regionsApi.region(code ?? '', signal),
    enabled: Boolean(code),
  });
}

export function useRegionChildren(code: string, page: number, enabled = true) {
  return useQuery({
    queryKey: regionKeys.children(code, page),
    queryFn: ({ signal }) => regionsApi.children(code, page, CHILDREN_PAGE_SIZE, signal),
    // Keep the previous page on screen while the next one loads, but never show another region's rows.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === code ? previous : undefined,
    enabled,
  });
}

/** Village search; runs only from SEARCH_MIN_CHARS letters and keeps the last results while typing. */
export function useVillageSearch(query: string, within: string | null) {
  const q = query.trim();
  return useQuery({
    queryKey: regionKeys.search(q, within),
    queryFn: ({ signal }) =>
      regionsApi.search({ q, within: within ?? undefined, limit: SEARCH_LIMIT }, signal),
    enabled: q.length >= SEARCH_MIN_CHARS,
    placeholderData: keepPreviousData,
  });
}
