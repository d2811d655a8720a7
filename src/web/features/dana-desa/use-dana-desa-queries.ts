import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  PlanCreateBody,
  PlanListQuery,
  PlanReplaceBody,
  PlanView,
  RealisationBody,
  SummaryQuery,
} from '../../../contracts/dana-desa.contract';
import { danaDesaApi } from '../../api-client/dana-desa-api';

const KEY = 'dana-desa';

export function usePlans(query: PlanListQuery, enabled = true) {
  return useQuery({
    queryKey: [KEY, 'plans', query] as const,
    queryFn: ({ signal }) => danaDesaApi.plans(query, signal),
    enabled,
  });
}

export function usePlan(pid: string) {
  return useQuery({
    queryKey: [KEY, 'plan', pid] as const,
    queryFn: ({ signal }) => danaDesaApi.plan(pid, signal),
  });
}

export function useRealisation(pid: string, enabled = true) {
  return useQuery({
    queryKey: [KEY, 'realisation', pid] as const,
    queryFn: ({ signal }) => danaDesaApi.realisation(pid, signal),
    enabled,
  });
}

export function useSummary(query: SummaryQuery | null) {
  return useQuery({
    queryKey: [KEY, 'summary', query] as const,
    queryFn: ({ signal }) => danaDesaApi.summary(query!, signal),
    enabled: query !== null,
  });
}

/** After a change: lists and summaries are read again; the plan's own view is the answer. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (plan?: PlanView) => {
    if (plan) queryClient.setQueryData([KEY, 'plan', plan.id], plan);
    void queryClient.invalidateQueries({ queryKey: [KEY, 'plans'] });
    void queryClient.invalidateQueries({ queryKey: [KEY, 'summary'] });
    if (plan) void queryClient.invalidateQueries({ queryKey: [KEY, 'realisation', plan.id] });
  };
}

export function useCreatePlan() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: PlanCreateBody) => danaDesaApi.createPlan(body),
    onSuccess: after,
  });
}

export function useReplacePlan(pid: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: PlanReplaceBody) => danaDesaApi.replacePlan(pid, body),
    onSuccess: after,
  });
}

export function useImportPlan(pid: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (file: File) => danaDesaApi.importPlanSheet({ pid, file }),
    onSuccess: (result) => after(result.plan),
  });
}

export function useRecordRealisation(pid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RealisationBody) => danaDesaApi.recordRealisation(pid, body),
    onSuccess: (view) => {
      queryClient.setQueryData([KEY, 'realisation', pid], view);
      void queryClient.invalidateQueries({ queryKey: [KEY, 'summary'] });
    },
  });
}
