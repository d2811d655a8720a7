import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DashboardQuery,
  FollowUpBody,
  IssueCertificatesBody,
  NeedsQuery,
  RevokeBody,
} from '../../../contracts/training-outcome.contract';
import { isBadRequest, isForbidden, isNotFound } from '../../api-client/api-error';
import { trainingOutcomeApi } from '../../api-client/training-api';

export const outcomeKeys = {
  all: ['pelatihan-hasil'] as const,
  followUps: (sid: string) => ['pelatihan-hasil', 'tindak-lanjut', sid] as const,
  certificates: (sid: string) => ['pelatihan-hasil', 'sertifikat', sid] as const,
  needs: (query: NeedsQuery | null) => ['pelatihan-hasil', 'kebutuhan', query] as const,
  dashboard: (query: DashboardQuery) => ['pelatihan-hasil', 'dasbor', query] as const,
};

/** A 400, 403 or 404 will not change on a retry. */
const retryUnlessFinal = (count: number, error: unknown) =>
  !isNotFound(error) && !isForbidden(error) && !isBadRequest(error) && count < 2;

/** The follow-up sheet of a session: each participant's due date, status and records, and the judgement. */
export function useFollowUpSheet(sid: string, enabled = true) {
  return useQuery({
    queryKey: outcomeKeys.followUps(sid),
    queryFn: ({ signal }) => trainingOutcomeApi.followUps(sid, signal),
    enabled: enabled && sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useCertificateList(sid: string, enabled = true) {
  return useQuery({
    queryKey: outcomeKeys.certificates(sid),
    queryFn: ({ signal }) => trainingOutcomeApi.certificates(sid, signal),
    enabled: enabled && sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useTrainingNeeds(query: NeedsQuery | null) {
  return useQuery({
    queryKey: outcomeKeys.needs(query),
    queryFn: ({ signal }) => trainingOutcomeApi.needs(query ?? {}, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: retryUnlessFinal,
  });
}

export function useTrainingDashboard(query: DashboardQuery) {
  return useQuery({
    queryKey: outcomeKeys.dashboard(query),
    queryFn: ({ signal }) => trainingOutcomeApi.dashboard(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    retry: retryUnlessFinal,
  });
}

/** After a change of a session's outcomes: its sheet and certificates, and every dashboard, are read again. */
function useAfterChange(sid: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: outcomeKeys.followUps(sid) });
    void queryClient.invalidateQueries({ queryKey: outcomeKeys.certificates(sid) });
    void queryClient.invalidateQueries({ queryKey: ['pelatihan-hasil', 'dasbor'] });
  };
}

export function useRecordFollowUp(sid: string) {
  const afterChange = useAfterChange(sid);
  return useMutation({
    mutationFn: ({ rid, body }: { rid: string; body: FollowUpBody }) =>
      trainingOutcomeApi.recordFollowUp(sid, rid, body),
    onSuccess: () => afterChange(),
  });
}

export function useIssueCertificates(sid: string) {
  const afterChange = useAfterChange(sid);
  return useMutation({
    mutationFn: (body: IssueCertificatesBody) => trainingOutcomeApi.issueCertificates(sid, body),
    onSuccess: () => afterChange(),
  });
}

export function useRevokeCertificate(sid: string) {
  const afterChange = useAfterChange(sid);
  return useMutation({
    mutationFn: ({ cid, body }: { cid: string; body: RevokeBody }) =>
      trainingOutcomeApi.revokeCertificate(cid, body),
    onSuccess: () => afterChange(),
  });
}
