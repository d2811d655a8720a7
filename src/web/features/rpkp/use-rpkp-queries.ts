import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  CreateRpkpBody,
  ProgressBody,
  RpkpTransitionBody,
  RpkpVersionDetail,
  UpdatePlanBody,
} from '../../../contracts/rpkp.contract';
import { isForbidden, isNotFound } from '../../api-client/api-error';
import { rpkpApi } from '../../api-client/rpkp-api';
import { villageIndicatorsApi } from '../../api-client/village-index-indicators-api';
import { kawasanKeys } from '../kawasan/use-kawasan-queries';

export const rpkpKeys = {
  all: (kawasanId: string) => ['rpkp', kawasanId] as const,
  list: (kawasanId: string) => ['rpkp', kawasanId, 'list'] as const,
  version: (kawasanId: string, version: number) => ['rpkp', kawasanId, 'version', version] as const,
  convergence: (kawasanId: string, version: number) => ['rpkp', kawasanId, 'convergence', version] as const,
  progress: (kawasanId: string, activityId: string) => ['rpkp', kawasanId, 'progress', activityId] as const,
  public: (kawasanId: string) => ['rpkp-public', kawasanId] as const,
};

/** A 404 or 403 will not change on a retry. */
const retryUnlessFinal = (count: number, error: unknown) =>
  !isNotFound(error) && !isForbidden(error) && count < 2;

export function useRpkpList(kawasanId: string) {
  return useQuery({
    queryKey: rpkpKeys.list(kawasanId),
    queryFn: ({ signal }) => rpkpApi.list(kawasanId, signal),
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useRpkpVersion(kawasanId: string, version: number) {
  return useQuery({
    queryKey: rpkpKeys.version(kawasanId, version),
    queryFn: ({ signal }) => rpkpApi.get(kawasanId, version, signal),
    enabled: Number.isInteger(version) && version > 0,
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useConvergence(kawasanId: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: rpkpKeys.convergence(kawasanId, version),
    queryFn: ({ signal }) => rpkpApi.convergence(kawasanId, version, signal),
    enabled,
    staleTime: 0,
  });
}

export function useActivityProgress(kawasanId: string, activityId: string, enabled: boolean) {
  return useQuery({
    queryKey: rpkpKeys.progress(kawasanId, activityId),
    queryFn: ({ signal }) => rpkpApi.progress(kawasanId, activityId, signal),
    enabled,
    staleTime: 0,
  });
}

/** The plan in force on the public page; none (404) is an answer, not an error to retry. */
export function usePublicRpkp(kawasanId: string) {
  return useQuery({
    queryKey: rpkpKeys.public(kawasanId),
    queryFn: ({ signal }) => rpkpApi.publicPlan(kawasanId, signal),
    staleTime: 60_000,
    retry: retryUnlessFinal,
  });
}

/**
 * The latest IDM indicator scores of each desa (code and year of its latest result); a desa with
 * no result that year (404) answers no scores. Shares the cache of the desa page's indicators.
 */
export function useLatestIndicators(desa: readonly { code: string; year: number }[]) {
  return useQueries({
    queries: desa.map(({ code, year }) => ({
      queryKey: ['village-index', 'indicators', code, year] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => villageIndicatorsApi.indicators(code, year, signal),
      staleTime: 5 * 60_000,
      retry: retryUnlessFinal,
    })),
  });
}

/** After a change: the answer becomes the cached version; the list, convergence and kawasan are read again. */
function useAfterChange(kawasanId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: RpkpVersionDetail) => {
      if (detail) queryClient.setQueryData(rpkpKeys.version(kawasanId, detail.version), detail);
      void queryClient.invalidateQueries({
        queryKey: rpkpKeys.all(kawasanId),
        predicate: (q) =>
          !detail || q.queryKey.join('|') !== rpkpKeys.version(kawasanId, detail.version).join('|'),
      });
      void queryClient.invalidateQueries({ queryKey: rpkpKeys.public(kawasanId) });
      void queryClient.invalidateQueries({ queryKey: kawasanKeys.dashboard(kawasanId) });
    },
    [queryClient, kawasanId],
  );
}

export function useCreateVersion(kawasanId: string) {
  const afterChange = useAfterChange(kawasanId);
  return useMutation({
    mutationFn: (body: CreateRpkpBody) => rpkpApi.create(kawasanId, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useSavePlan(kawasanId: string, version: number) {
  const afterChange = useAfterChange(kawasanId);
  return useMutation({
    mutationFn: (body: UpdatePlanBody) => rpkpApi.savePlan(kawasanId, version, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useRpkpTransition(kawasanId: string, version: number) {
  const afterChange = useAfterChange(kawasanId);
  return useMutation({
    mutationFn: (body: RpkpTransitionBody) => rpkpApi.transition(kawasanId, version, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

/** Reports progress; the version (its progress figures) and the activity's timeline are read again. */
export function useReportProgress(kawasanId: string) {
  const afterChange = useAfterChange(kawasanId);
  return useMutation({
    mutationFn: ({ activityId, body }: { activityId: string; body: ProgressBody }) =>
      rpkpApi.reportProgress(kawasanId, activityId, body),
    onSuccess: () => afterChange(),
  });
}
