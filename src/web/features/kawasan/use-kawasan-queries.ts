import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CreateKawasanBody,
  InstitutionBody,
  KawasanDashboard,
  KawasanDetail,
  KawasanDocument,
  TransitionBody,
  UpdateDocumentBody,
  UpdateKawasanBody,
} from '../../../contracts/kawasan.contract';
import type { KawasanState } from '../../../domain/kawasan/lifecycle';
import type { DocumentKind, InstitutionKind } from '../../../domain/kawasan/registry';
import { kawasanApi } from '../../api-client/kawasan-api';
import { regionsApi } from '../../api-client/regions-api';

/** Rows per page of the kawasan list. */
export const KAWASAN_PAGE_SIZE = 20;

export const kawasanKeys = {
  all: ['kawasan'] as const,
  themes: ['kawasan', 'themes'] as const,
  list: (state: KawasanState | null, q: string, page: number) => ['kawasan', 'list', state, q, page] as const,
  detail: (id: string) => ['kawasan', 'detail', id] as const,
  dashboard: (id: string) => ['kawasan', 'dashboard', id] as const,
};

export function useKawasanList(state: KawasanState | null, q: string, page: number) {
  return useQuery({
    queryKey: kawasanKeys.list(state, q, page),
    queryFn: ({ signal }) =>
      kawasanApi.list(
        { state: state ?? undefined, q: q || undefined, page, pageSize: KAWASAN_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** The themes to choose from (agropolitan, minapolitan…): they change rarely. */
export function useKawasanThemes() {
  return useQuery({
    queryKey: kawasanKeys.themes,
    queryFn: ({ signal }) => kawasanApi.themes(signal),
    staleTime: 30 * 60_000,
  });
}

export function useKawasan(id: string) {
  return useQuery({
    queryKey: kawasanKeys.detail(id),
    queryFn: ({ signal }) => kawasanApi.get(id, signal),
    staleTime: 0,
  });
}

/** What the dashboard's sections read of {@link useKawasanDashboard}'s query. */
export interface DashboardQuery {
  data: KawasanDashboard | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

export function useKawasanDashboard(id: string, enabled = true) {
  return useQuery({
    queryKey: kawasanKeys.dashboard(id),
    queryFn: ({ signal }) => kawasanApi.dashboard(id, signal),
    enabled,
    staleTime: 0,
  });
}

/** Kabupaten/kota of a province, to choose where a province officer's kawasan lies. */
export function useProvinceRegencies(province: string | null) {
  return useQuery({
    queryKey: ['regions', 'children', province ?? '', 'all'],
    queryFn: ({ signal }) => regionsApi.children(province ?? '', 1, 100, signal),
    enabled: Boolean(province),
    staleTime: 30 * 60_000,
  });
}

/**
 * After a change: the answer becomes the cached kawasan, and its dashboard (timeline, figures)
 * and the lists are fetched again.
 */
function useAfterChange(id: string | null) {
  const queryClient = useQueryClient();
  return useCallback(
    (detail?: KawasanDetail) => {
      const key = detail?.id ?? id;
      if (detail) queryClient.setQueryData(kawasanKeys.detail(detail.id), detail);
      else if (key) void queryClient.invalidateQueries({ queryKey: kawasanKeys.detail(key) });
      if (key) void queryClient.invalidateQueries({ queryKey: kawasanKeys.dashboard(key) });
      void queryClient.invalidateQueries({ queryKey: ['kawasan', 'list'] });
    },
    [queryClient, id],
  );
}

export function useCreateKawasan() {
  const afterChange = useAfterChange(null);
  return useMutation({
    mutationFn: (body: CreateKawasanBody) => kawasanApi.create(body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useUpdateKawasan(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (body: UpdateKawasanBody) => kawasanApi.update(id, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useSetMembers(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (members: string[]) => kawasanApi.setMembers(id, members),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useTransition(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (body: TransitionBody) => kawasanApi.transition(id, body),
    onSuccess: (detail) => afterChange(detail),
  });
}

export function useUpdateDocument(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: ({ documentId, body }: { documentId: string; body: UpdateDocumentBody }) =>
      kawasanApi.updateDocument(id, documentId, body),
    onSuccess: () => afterChange(),
  });
}

export function useDeleteDocument(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (documentId: string) => kawasanApi.deleteDocument(id, documentId),
    onSuccess: () => afterChange(),
  });
}

export function useSaveInstitution(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: ({ kind, body }: { kind: InstitutionKind; body: InstitutionBody }) =>
      kawasanApi.saveInstitution(id, kind, body),
    onSuccess: () => afterChange(),
  });
}

export function useDeleteInstitution(id: string) {
  const afterChange = useAfterChange(id);
  return useMutation({
    mutationFn: (kind: InstitutionKind) => kawasanApi.deleteInstitution(id, kind),
    onSuccess: () => afterChange(),
  });
}

export interface DocumentUploadInput {
  file: File;
  kind: DocumentKind;
  title: string;
  public: boolean;
}

/**
 * Uploads a document with its progress (0 to 1; null while the server stores it), cancellable;
 * the stored document is added to the kawasan.
 */
export function useDocumentUpload(id: string) {
  const afterChange = useAfterChange(id);
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (input: DocumentUploadInput) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress(0);
      return kawasanApi.uploadDocument({
        kawasanId: id,
        ...input,
        signal: abort.signal,
        onProgress: (fraction) => setProgress(fraction >= 1 ? null : fraction),
      });
    },
    onSuccess: () => afterChange(),
  });
  useEffect(() => () => controller.current?.abort(), []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const aborted = mutation.error instanceof DOMException && mutation.error.name === 'AbortError';
  return {
    upload: mutation.mutate as (
      input: DocumentUploadInput,
      options?: { onSuccess?: (document: KawasanDocument) => void },
    ) => void,
    pending: mutation.isPending,
    progress,
    error: mutation.isError && !aborted ? mutation.error : null,
    aborted,
    cancel,
    reset: mutation.reset,
  };
}
