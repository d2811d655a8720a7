import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { kawasanPublicApi } from '../../api-client/kawasan-public-api';

/** Kawasan per page of the public list. */
export const PUBLIC_PAGE_SIZE = 20;

export const publicKawasanKeys = {
  list: (region: string | null, page: number) => ['kawasan-public', 'list', region, page] as const,
  detail: (id: string) => ['kawasan-public', 'detail', id] as const,
};

/** Designated kawasan, optionally in one province or kabupaten/kota. */
export function usePublicKawasanList(region: string | null, page: number) {
  return useQuery({
    queryKey: publicKawasanKeys.list(region, page),
    queryFn: ({ signal }) =>
      kawasanPublicApi.list({ region: region ?? undefined, page, pageSize: PUBLIC_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The public page of a kawasan; a 404 (unknown or not designated) is not retried. */
export function usePublicKawasan(id: string) {
  return useQuery({
    queryKey: publicKawasanKeys.detail(id),
    queryFn: ({ signal }) => kawasanPublicApi.kawasan(id, signal),
    staleTime: 60_000,
  });
}
