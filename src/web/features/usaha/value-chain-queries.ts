import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ValueChainQuery } from '../../../contracts/business.contract';
import type { BusinessDashboardQuery } from '../../../contracts/enterprise-report.contract';
import { kawasanApi } from '../../api-client/kawasan-api';
import { usahaResultsApi } from '../../api-client/usaha-api';
import { retryUnlessFinal, usahaResultKeys } from './reports-queries';

/** The value chain of a kawasan; nothing is asked before a kawasan is chosen. */
export function useValueChain(query: ValueChainQuery | null) {
  return useQuery({
    queryKey: [...usahaResultKeys.all, 'rantai-nilai', query] as const,
    queryFn: ({ signal }) => usahaResultsApi.valueChain(query ?? {}, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: retryUnlessFinal,
  });
}

/** The business dashboard of a region or kawasan (the reader's own region without a choice). */
export function useBusinessDashboard(query: BusinessDashboardQuery, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...usahaResultKeys.all, 'dasbor', query] as const,
    queryFn: ({ signal }) => usahaResultsApi.dashboard(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: retryUnlessFinal,
  });
}

/** The kawasan the user can see, for the pickers. */
export function useKawasanPicks() {
  return useQuery({
    queryKey: ['kawasan', 'choices'],
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 60_000,
  });
}
