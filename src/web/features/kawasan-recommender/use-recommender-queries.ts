import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  KawasanDetail,
  ProposalToKawasanBody,
  Recommendation,
} from '../../../contracts/kawasan.contract';
import {
  kawasanRecommendationsApi,
  type RunRecommenderInput,
} from '../../api-client/kawasan-recommendations-api';
import { regionsApi } from '../../api-client/regions-api';
import { kawasanKeys } from '../kawasan/use-kawasan-queries';
import { regionKeys } from '../regions/use-region-queries';

export const recommendationKeys = {
  detail: (id: string) => ['kawasan', 'recommendations', id] as const,
};

/** A stored run; it never changes except for the kawasan made from its proposals. */
export function useRecommendation(id: string | undefined) {
  return useQuery({
    queryKey: recommendationKeys.detail(id ?? ''),
    queryFn: ({ signal }) => kawasanRecommendationsApi.get(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

/** Runs the recommender; the answer is cached as the stored run, so opening its address needs no request. */
export function useRunRecommender() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RunRecommenderInput) => kawasanRecommendationsApi.run(input),
    onSuccess: (run: Recommendation) => queryClient.setQueryData(recommendationKeys.detail(run.id), run),
  });
}

/**
 * Makes a kawasan of a proposal (created and proposed in one step). The new kawasan is cached for
 * its page, and the run and the kawasan lists are fetched again: the proposal now links to it.
 */
export function useProposalToKawasan(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ proposalId, body }: { proposalId: string; body: ProposalToKawasanBody }) =>
      kawasanRecommendationsApi.toKawasan(runId, proposalId, body),
    onSuccess: (detail: KawasanDetail, { proposalId }) => {
      queryClient.setQueryData(kawasanKeys.detail(detail.id), detail);
      queryClient.setQueryData<Recommendation>(recommendationKeys.detail(runId), (run) =>
        run
          ? {
              ...run,
              proposals: run.proposals.map((p) => (p.id === proposalId ? { ...p, kawasanId: detail.id } : p)),
            }
          : run,
      );
      void queryClient.invalidateQueries({ queryKey: recommendationKeys.detail(runId) });
      void queryClient.invalidateQueries({ queryKey: ['kawasan', 'list'] });
    },
  });
}

/** The kabupaten of the user's own scopes, from the region pages' cache. */
export function useRegionDetails(codes: readonly string[]) {
  const queries = useQueries({
    queries: codes.map((code) => ({
      queryKey: regionKeys.detail(code),
      queryFn: ({ signal }: { signal: AbortSignal }) => regionsApi.region(code, signal),
      staleTime: 30 * 60_000,
    })),
  });
  return {
    regions: queries.flatMap((q) => (q.data ? [q.data] : [])),
    pending: queries.some((q) => q.isPending),
  };
}
