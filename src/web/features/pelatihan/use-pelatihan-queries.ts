import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendanceBody,
  ParticipantDraftBody,
  ReactionBody,
  ScoresBody,
} from '../../../contracts/training-participant.contract';
import type {
  CreateTrainingProgrammeBody,
  CreateTrainingProviderBody,
  CreateTrainingSessionBody,
  TrainingProviderListQuery,
  TrainingSessionActionBody,
  TrainingSessionView,
  UpdateTrainingProgrammeBody,
  UpdateTrainingProviderBody,
} from '../../../contracts/training-programme.contract';
import { isForbidden, isNotFound } from '../../api-client/api-error';
import { kawasanApi } from '../../api-client/kawasan-api';
import {
  importScoreSheet,
  type ProgrammeListParams,
  type SessionListParams,
  trainingApi,
} from '../../api-client/training-api';

export const pelatihanKeys = {
  all: ['pelatihan'] as const,
  providers: (query: TrainingProviderListQuery) => ['pelatihan', 'penyelenggara', 'list', query] as const,
  provider: (pid: string) => ['pelatihan', 'penyelenggara', 'detail', pid] as const,
  programmes: (query: ProgrammeListParams) => ['pelatihan', 'program', 'list', query] as const,
  programme: (prid: string) => ['pelatihan', 'program', 'detail', prid] as const,
  sessions: (query: SessionListParams) => ['pelatihan', 'angkatan', 'list', query] as const,
  /** Everything read about one session: the view, participants, attendance, scores, reaction … */
  session: (sid: string) => ['pelatihan', 'angkatan', sid] as const,
  sessionView: (sid: string) => ['pelatihan', 'angkatan', sid, 'view'] as const,
  registrations: (sid: string) => ['pelatihan', 'angkatan', sid, 'peserta'] as const,
  attendance: (sid: string) => ['pelatihan', 'angkatan', sid, 'kehadiran'] as const,
  scores: (sid: string) => ['pelatihan', 'angkatan', sid, 'nilai'] as const,
  reactions: (sid: string) => ['pelatihan', 'angkatan', sid, 'reaksi'] as const,
};

/** A 404 or 403 will not change on a retry. */
const retryUnlessFinal = (count: number, error: unknown) =>
  !isNotFound(error) && !isForbidden(error) && count < 2;

export function useProviders(query: TrainingProviderListQuery, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.providers(query),
    queryFn: ({ signal }) => trainingApi.providers(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 15_000,
  });
}

export function useProvider(pid: string) {
  return useQuery({
    queryKey: pelatihanKeys.provider(pid),
    queryFn: ({ signal }) => trainingApi.provider(pid, signal),
    enabled: pid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useProgrammes(query: ProgrammeListParams, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.programmes(query),
    queryFn: ({ signal }) => trainingApi.programmes(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useProgramme(prid: string) {
  return useQuery({
    queryKey: pelatihanKeys.programme(prid),
    queryFn: ({ signal }) => trainingApi.programme(prid, signal),
    enabled: prid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useSessions(query: SessionListParams, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.sessions(query),
    queryFn: ({ signal }) => trainingApi.sessions(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useTrainingSession(sid: string) {
  return useQuery({
    queryKey: pelatihanKeys.sessionView(sid),
    queryFn: ({ signal }) => trainingApi.session(sid, signal),
    enabled: sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useRegistrations(sid: string, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.registrations(sid),
    queryFn: ({ signal }) => trainingApi.registrations(sid, signal),
    enabled: enabled && sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useAttendance(sid: string, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.attendance(sid),
    queryFn: ({ signal }) => trainingApi.attendance(sid, signal),
    enabled: enabled && sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useScores(sid: string, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.scores(sid),
    queryFn: ({ signal }) => trainingApi.scores(sid, signal),
    enabled: enabled && sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useReactions(sid: string, enabled = true) {
  return useQuery({
    queryKey: pelatihanKeys.reactions(sid),
    queryFn: ({ signal }) => trainingApi.reactions(sid, signal),
    enabled: enabled && sid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

/** The kawasan the user may read, to pick those a session serves (the first 200 by name). */
export function useKawasanChoices() {
  return useQuery({
    queryKey: ['pelatihan', 'kawasan-pilihan'] as const,
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 60_000,
  });
}

/** After a change: the lists are read again, and so is everything of `sid` when it is given. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (sid?: string) => {
    void queryClient.invalidateQueries({ queryKey: ['pelatihan', 'penyelenggara'] });
    void queryClient.invalidateQueries({ queryKey: ['pelatihan', 'program'] });
    void queryClient.invalidateQueries({ queryKey: ['pelatihan', 'angkatan', 'list'] });
    if (sid) void queryClient.invalidateQueries({ queryKey: pelatihanKeys.session(sid) });
  };
}

export function useCreateProvider() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateTrainingProviderBody) => trainingApi.createProvider(body),
    onSuccess: () => afterChange(),
  });
}

export function useUpdateProvider(pid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateTrainingProviderBody) => trainingApi.updateProvider(pid, body),
    onSuccess: (view) => {
      queryClient.setQueryData(pelatihanKeys.provider(pid), view);
      afterChange();
    },
  });
}

export function useCreateProgramme() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateTrainingProgrammeBody) => trainingApi.createProgramme(body),
    onSuccess: () => afterChange(),
  });
}

export function useUpdateProgramme(prid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateTrainingProgrammeBody) => trainingApi.updateProgramme(prid, body),
    onSuccess: (view) => {
      queryClient.setQueryData(pelatihanKeys.programme(prid), view);
      afterChange();
    },
  });
}

export function useCreateSession(prid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateTrainingSessionBody) => trainingApi.createSession(prid, body),
    onSuccess: () => afterChange(),
  });
}

/** A lifecycle step; the answered view is cached and the rest of the session read again. */
export function useSessionAction(sid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: TrainingSessionActionBody) => trainingApi.act(sid, body),
    onSuccess: (view: TrainingSessionView) => {
      queryClient.setQueryData(pelatihanKeys.sessionView(sid), view);
      afterChange(sid);
    },
  });
}

export function useRegister(sid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: ParticipantDraftBody) => trainingApi.register(sid, body),
    onSuccess: () => afterChange(sid),
  });
}

export function useWithdraw(sid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (rid: string) => trainingApi.withdraw(sid, rid),
    onSuccess: () => afterChange(sid),
  });
}

export function useRecordAttendance(sid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: AttendanceBody) => trainingApi.recordAttendance(sid, body),
    onSuccess: (grid) => {
      queryClient.setQueryData(pelatihanKeys.attendance(sid), grid);
      afterChange(sid);
    },
  });
}

export function useRecordScores(sid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: ScoresBody) => trainingApi.recordScores(sid, body),
    onSuccess: (scores) => {
      queryClient.setQueryData(pelatihanKeys.scores(sid), scores);
      afterChange(sid);
    },
  });
}

export function useImportScores(sid: string) {
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
    }) => importScoreSheet({ sid, file, onProgress, signal }),
    onSuccess: () => afterChange(sid),
  });
}

export function useRecordReaction(sid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: ({ rid, body }: { rid: string; body: ReactionBody }) =>
      trainingApi.recordReaction(sid, rid, body),
    onSuccess: () => afterChange(sid),
  });
}
