import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CoverageQuery,
  CreateAssignmentBody,
  CreateFacilitatorBody,
  EndAssignmentBody,
  EntryActionBody,
  EntryView,
  FacilitatorListQuery,
  UpdateEntryBody,
  UpdateFacilitatorBody,
} from '../../../contracts/facilitation.contract';
import { isForbidden, isNotFound } from '../../api-client/api-error';
import { type EntryListParams, facilitationApi } from '../../api-client/facilitation-api';

export const pendampinganKeys = {
  all: ['pendampingan'] as const,
  mine: ['pendampingan', 'saya'] as const,
  facilitators: (query: FacilitatorListQuery) => ['pendampingan', 'pendamping', 'list', query] as const,
  facilitator: (fid: string) => ['pendampingan', 'pendamping', 'detail', fid] as const,
  entries: (query: EntryListParams) => ['pendampingan', 'kegiatan', 'list', query] as const,
  entry: (eid: string) => ['pendampingan', 'kegiatan', 'detail', eid] as const,
  report: (fid: string, month: string) => ['pendampingan', 'laporan', fid, month] as const,
  coverage: (query: CoverageQuery) => ['pendampingan', 'cakupan', query] as const,
};

/** A 404 or 403 will not change on a retry. */
const retryUnlessFinal = (count: number, error: unknown) =>
  !isNotFound(error) && !isForbidden(error) && count < 2;

/**
 * The signed-in facilitator's record; `null` when the account is no facilitator (404), which is
 * an answer (an administrator's home shows other links), not an error.
 */
export function useMyFacilitation(enabled = true) {
  return useQuery({
    queryKey: pendampinganKeys.mine,
    queryFn: async ({ signal }) => {
      try {
        return await facilitationApi.mine(signal);
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },
    enabled,
    staleTime: 30_000,
    retry: retryUnlessFinal,
  });
}

export function useFacilitators(query: FacilitatorListQuery, enabled = true) {
  return useQuery({
    queryKey: pendampinganKeys.facilitators(query),
    queryFn: ({ signal }) => facilitationApi.facilitators(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 15_000,
  });
}

export function useFacilitator(fid: string) {
  return useQuery({
    queryKey: pendampinganKeys.facilitator(fid),
    queryFn: ({ signal }) => facilitationApi.facilitator(fid, signal),
    enabled: fid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useEntries(query: EntryListParams, enabled = true) {
  return useQuery({
    queryKey: pendampinganKeys.entries(query),
    queryFn: ({ signal }) => facilitationApi.entries(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useEntry(eid: string) {
  return useQuery({
    queryKey: pendampinganKeys.entry(eid),
    queryFn: ({ signal }) => facilitationApi.entry(eid, signal),
    enabled: eid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useMonthlyReport(fid: string, month: string) {
  return useQuery({
    queryKey: pendampinganKeys.report(fid, month),
    queryFn: ({ signal }) => facilitationApi.monthlyReport(fid, month, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useCoverage(query: CoverageQuery) {
  return useQuery({
    queryKey: pendampinganKeys.coverage(query),
    queryFn: ({ signal }) => facilitationApi.coverage(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: retryUnlessFinal,
  });
}

/** After any change: what was answered is cached, the rest of pendampingan is read again. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (entry?: EntryView) => {
    if (entry) queryClient.setQueryData(pendampinganKeys.entry(entry.id), entry);
    void queryClient.invalidateQueries({
      queryKey: pendampinganKeys.all,
      predicate: (q) => !entry || q.queryKey.join('|') !== pendampinganKeys.entry(entry.id).join('|'),
    });
  };
}

export function useEntryAction(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: EntryActionBody) => facilitationApi.act(eid, body),
    onSuccess: (entry) => afterChange(entry),
  });
}

/** Approve from a list: the entry id comes with the call. */
export function useApproveEntry() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (eid: string) => facilitationApi.act(eid, { action: 'approve' }),
    onSuccess: (entry) => afterChange(entry),
  });
}

export function useUpdateEntry(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateEntryBody) => facilitationApi.updateEntry(eid, body),
    onSuccess: (entry) => afterChange(entry),
  });
}

export function useUploadEvidence() {
  return useMutation({
    mutationFn: ({ file }: { file: File }) => facilitationApi.uploadEvidence(file.name, file),
  });
}

export function useCreateFacilitator() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateFacilitatorBody) => facilitationApi.createFacilitator(body),
    onSuccess: () => afterChange(),
  });
}

export function useUpdateFacilitator(fid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateFacilitatorBody) => facilitationApi.updateFacilitator(fid, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(pendampinganKeys.facilitator(fid), detail);
      afterChange();
    },
  });
}

export function useAddAssignment(fid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateAssignmentBody) => facilitationApi.addAssignment(fid, body),
    onSuccess: () => afterChange(),
  });
}

export function useEndAssignment() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ aid, body }: { aid: string; body: EndAssignmentBody }) =>
      facilitationApi.endAssignment(aid, body),
    onSuccess: () => afterChange(),
  });
}
