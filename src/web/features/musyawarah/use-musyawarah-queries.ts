import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type {
  CreateMusyawarahBodyInput,
  CreateProposalBody,
  MusyawarahDetail,
  ParticipantInput,
  ResultBody,
  UpdateMusyawarahBody,
  UpdateProposalBody,
} from '../../../contracts/musyawarah.contract';
import { isNotFound } from '../../api-client/api-error';
import { musyawarahApi, type ProposalListParams } from '../../api-client/musyawarah-api';

export const musyawarahKeys = {
  list: (kawasanId: string) => ['musyawarah', 'list', kawasanId] as const,
  detail: (mid: string) => ['musyawarah', 'detail', mid] as const,
  proposalsOf: (kawasanId: string) => ['musyawarah', 'proposals', kawasanId] as const,
  proposals: (kawasanId: string, params: ProposalListParams) =>
    ['musyawarah', 'proposals', kawasanId, params.kind ?? null, params.status ?? null] as const,
  publicList: (kawasanId: string) => ['musyawarah', 'public', kawasanId] as const,
};

export function useMusyawarahList(kawasanId: string) {
  return useQuery({
    queryKey: musyawarahKeys.list(kawasanId),
    queryFn: ({ signal }) => musyawarahApi.list(kawasanId, signal),
    staleTime: 0,
  });
}

export function useMusyawarah(mid: string) {
  return useQuery({
    queryKey: musyawarahKeys.detail(mid),
    queryFn: ({ signal }) => musyawarahApi.get(mid, signal),
    staleTime: 0,
  });
}

export function useProposals(kawasanId: string, params: ProposalListParams, enabled = true) {
  return useQuery({
    queryKey: musyawarahKeys.proposals(kawasanId, params),
    queryFn: ({ signal }) => musyawarahApi.proposals(kawasanId, params, signal),
    enabled,
    staleTime: 0,
  });
}

/** Fixed musyawarah of a public kawasan; a kawasan without any (404) shows nothing. */
export function usePublicMusyawarah(kawasanId: string) {
  return useQuery({
    queryKey: musyawarahKeys.publicList(kawasanId),
    queryFn: ({ signal }) => musyawarahApi.publicList(kawasanId, signal),
    staleTime: 60_000,
    retry: (count, error) => !isNotFound(error) && count < 2,
  });
}

/** After a change to a musyawarah: the answer becomes the cached record; the lists are read again. */
function useAfterChange(kawasanId: string | null) {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: MusyawarahDetail) => {
      if (detail) queryClient.setQueryData(musyawarahKeys.detail(detail.id), detail);
      const kawasan = detail?.kawasanId ?? kawasanId;
      if (kawasan) {
        void queryClient.invalidateQueries({ queryKey: musyawarahKeys.list(kawasan) });
        void queryClient.invalidateQueries({ queryKey: musyawarahKeys.proposalsOf(kawasan) });
      }
    },
    [queryClient, kawasanId],
  );
}

export function useCreateMusyawarah(kawasanId: string) {
  const afterChange = useAfterChange(kawasanId);
  return useMutation({
    mutationFn: (body: CreateMusyawarahBodyInput) => musyawarahApi.create(kawasanId, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useUpdateMusyawarah(mid: string) {
  const afterChange = useAfterChange(null);
  return useMutation({
    mutationFn: (body: UpdateMusyawarahBody) => musyawarahApi.update(mid, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useSetParticipants(mid: string) {
  const afterChange = useAfterChange(null);
  return useMutation({
    mutationFn: (participants: ParticipantInput[]) => musyawarahApi.setParticipants(mid, participants),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useAddResult(mid: string) {
  const afterChange = useAfterChange(null);
  return useMutation({
    mutationFn: (body: ResultBody) => musyawarahApi.addResult(mid, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useDeleteResult(mid: string, kawasanId: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange(kawasanId);
  return useMutation({
    mutationFn: (rid: string) => musyawarahApi.deleteResult(mid, rid),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: musyawarahKeys.detail(mid) });
      afterChange();
    },
  });
}

export function useFixMusyawarah(mid: string) {
  const afterChange = useAfterChange(null);
  return useMutation({
    mutationFn: () => musyawarahApi.fix(mid),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useCreateProposal(kawasanId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProposalBody) => musyawarahApi.createProposal(kawasanId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: musyawarahKeys.proposalsOf(kawasanId) }),
  });
}

export function useUpdateProposal(kawasanId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pid, body }: { pid: string; body: UpdateProposalBody }) =>
      musyawarahApi.updateProposal(pid, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: musyawarahKeys.proposalsOf(kawasanId) }),
  });
}
