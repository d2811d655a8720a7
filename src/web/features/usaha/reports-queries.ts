import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportBody } from '../../../contracts/enterprise-report.contract';
import { isBadRequest, isForbidden, isNotFound } from '../../api-client/api-error';
import { usahaResultsApi } from '../../api-client/usaha-api';

export const usahaResultKeys = {
  all: ['usaha-hasil'] as const,
  reports: (eid: string) => ['usaha-hasil', 'laporan', eid] as const,
};

/** A 400, 403 or 404 will not change on a retry. */
export const retryUnlessFinal = (count: number, error: unknown) =>
  !isNotFound(error) && !isForbidden(error) && !isBadRequest(error) && count < 2;

/** The reports of an enterprise with their trend, performance and the periods open for entry. */
export function useReports(eid: string, enabled = true) {
  return useQuery({
    queryKey: usahaResultKeys.reports(eid),
    queryFn: ({ signal }) => usahaResultsApi.reports(eid, signal),
    enabled: enabled && eid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

/** After a report changed: its list, and the value chains and dashboards showing it, are read again. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: usahaResultKeys.all });
}

export function useSaveReport(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ period, body }: { period: string; body: ReportBody }) =>
      usahaResultsApi.saveReport(eid, period, body),
    onSuccess: () => afterChange(),
  });
}

export function useDeleteReport(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (period: string) => usahaResultsApi.deleteReport(eid, period),
    onSuccess: () => afterChange(),
  });
}

export function useImportReports(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({
      file,
      onProgress,
      signal,
    }: {
      file: File;
      onProgress?: (fraction: number) => void;
      signal?: AbortSignal;
    }) => usahaResultsApi.importReportSheet({ eid, file, onProgress, signal }),
    onSuccess: () => afterChange(),
  });
}
