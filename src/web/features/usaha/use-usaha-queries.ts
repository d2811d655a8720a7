import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  CreateBusinessLinkBody,
  CreateBusinessUnitBody,
  CreateCapitalBody,
  UpdateBusinessUnitBody,
  UpdateCapitalBody,
} from '../../../contracts/business.contract';
import type {
  CheckNameBody,
  CreateEnterpriseBody,
  CreateFundingPartnerBody,
  EnterpriseDocumentView,
  EnterpriseView,
  FundingPartnerListQuery,
  LegalStepBody,
  OrgansBody,
  UpdateEnterpriseBody,
  UpdateFundingPartnerBody,
} from '../../../contracts/enterprise.contract';
import { isForbidden, isNotFound } from '../../api-client/api-error';
import { kawasanApi } from '../../api-client/kawasan-api';
import {
  businessApi,
  type EnterpriseDocumentUpload,
  type EnterpriseListParams,
  enterpriseApi,
} from '../../api-client/usaha-api';

export const usahaKeys = {
  all: ['usaha'] as const,
  enterprises: (query: EnterpriseListParams) => ['usaha', 'badan-usaha', 'list', query] as const,
  /** Everything read about one enterprise: the view, its units, capital, reports … */
  enterprise: (eid: string) => ['usaha', 'badan-usaha', eid] as const,
  enterpriseView: (eid: string) => ['usaha', 'badan-usaha', eid, 'view'] as const,
  units: (eid: string) => ['usaha', 'badan-usaha', eid, 'unit'] as const,
  capital: (eid: string) => ['usaha', 'badan-usaha', eid, 'modal'] as const,
  partners: (query: FundingPartnerListQuery) => ['usaha', 'mitra', query] as const,
  nameCheck: (body: CheckNameBody) => ['usaha', 'periksa-nama', body] as const,
};

/** A 404 or 403 will not change on a retry. */
const retryUnlessFinal = (count: number, error: unknown) =>
  !isNotFound(error) && !isForbidden(error) && count < 2;

export function useEnterprises(query: EnterpriseListParams, enabled = true) {
  return useQuery({
    queryKey: usahaKeys.enterprises(query),
    queryFn: ({ signal }) => enterpriseApi.list(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 0,
  });
}

export function useEnterprise(eid: string) {
  return useQuery({
    queryKey: usahaKeys.enterpriseView(eid),
    queryFn: ({ signal }) => enterpriseApi.get(eid, signal),
    enabled: eid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useUnits(eid: string, enabled = true) {
  return useQuery({
    queryKey: usahaKeys.units(eid),
    queryFn: ({ signal }) => businessApi.units(eid, signal),
    enabled: enabled && eid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function useCapital(eid: string, enabled = true) {
  return useQuery({
    queryKey: usahaKeys.capital(eid),
    queryFn: ({ signal }) => businessApi.capital(eid, signal),
    enabled: enabled && eid !== '',
    staleTime: 0,
    retry: retryUnlessFinal,
  });
}

export function usePartners(query: FundingPartnerListQuery = {}, enabled = true) {
  return useQuery({
    queryKey: usahaKeys.partners(query),
    queryFn: ({ signal }) => enterpriseApi.partners(query, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 15_000,
  });
}

/**
 * The naming and founding checks of `body` as the user types (the caller debounces it); none
 * while `body` is null. The last answer stays shown while the next is asked.
 */
export function useNameCheck(body: CheckNameBody | null) {
  return useQuery({
    queryKey: usahaKeys.nameCheck(body ?? { kind: 'bumdes', name: '', founderDesaCodes: [] }),
    queryFn: ({ signal }) => enterpriseApi.checkName(body as CheckNameBody, signal),
    enabled: body !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
  });
}

/** The kawasan the user may read, to link an enterprise to (the first 200 by name). */
export function useKawasanChoices(enabled = true) {
  return useQuery({
    queryKey: ['usaha', 'kawasan-pilihan'] as const,
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    enabled,
    staleTime: 60_000,
  });
}

/** After a change: the lists are read again, and everything of `eid` when it is given. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (eid?: string) => {
    void queryClient.invalidateQueries({ queryKey: ['usaha', 'badan-usaha', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['usaha', 'rantai-nilai'] });
    void queryClient.invalidateQueries({ queryKey: ['usaha', 'dasbor'] });
    if (eid) void queryClient.invalidateQueries({ queryKey: usahaKeys.enterprise(eid) });
  };
}

/** A change answered with the enterprise view: the view is cached, the rest read again. */
function useEnterpriseChange<T>(eid: string, call: (body: T) => Promise<EnterpriseView>) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: call,
    onSuccess: (view) => {
      queryClient.setQueryData(usahaKeys.enterpriseView(eid), view);
      afterChange(eid);
    },
  });
}

export function useCreateEnterprise() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateEnterpriseBody) => enterpriseApi.create(body),
    onSuccess: () => afterChange(),
  });
}

export function useUpdateEnterprise(eid: string) {
  return useEnterpriseChange(eid, (body: UpdateEnterpriseBody) => enterpriseApi.update(eid, body));
}

export function useLegalStep(eid: string) {
  return useEnterpriseChange(eid, (body: LegalStepBody) => enterpriseApi.legalStep(eid, body));
}

export function useSetOrgans(eid: string) {
  return useEnterpriseChange(eid, (body: OrgansBody) => enterpriseApi.setOrgans(eid, body));
}

type UploadInput = Omit<EnterpriseDocumentUpload, 'eid' | 'onProgress' | 'signal' | 'createRequest'>;

/** Uploads a document with its progress (0–1; null once sent, while the server stores it), cancellable. */
export function useDocumentUpload(eid: string) {
  const afterChange = useAfterChange();
  const [progress, setProgress] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: (input: UploadInput) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setProgress(0);
      return enterpriseApi.uploadDocument({
        ...input,
        eid,
        signal: abort.signal,
        onProgress: (fraction) => setProgress(fraction >= 1 ? null : fraction),
      });
    },
    onSuccess: () => afterChange(eid),
  });
  useEffect(() => () => controller.current?.abort(), []);
  const cancel = useCallback(() => controller.current?.abort(), []);
  const aborted = mutation.error instanceof DOMException && mutation.error.name === 'AbortError';
  return {
    upload: mutation.mutate as (
      input: UploadInput,
      options?: { onSuccess?: (document: EnterpriseDocumentView) => void },
    ) => void,
    pending: mutation.isPending,
    progress,
    error: mutation.isError && !aborted ? mutation.error : null,
    aborted,
    cancel,
    reset: mutation.reset,
  };
}

export function useDeleteDocument(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (did: string) => enterpriseApi.deleteDocument(eid, did),
    onSuccess: () => afterChange(eid),
  });
}

export function useCreateUnit(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateBusinessUnitBody) => businessApi.createUnit(eid, body),
    onSuccess: () => afterChange(eid),
  });
}

export function useUpdateUnit(eid: string, uid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateBusinessUnitBody) => businessApi.updateUnit(uid, body),
    onSuccess: () => afterChange(eid),
  });
}

export function useDeleteUnit(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (uid: string) => businessApi.deleteUnit(uid),
    onSuccess: () => afterChange(eid),
  });
}

/** A link from a unit of `eid`; the buyer's enterprise is read again too. */
export function useCreateLink(eid: string, uid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateBusinessLinkBody) => businessApi.createLink(uid, body),
    onSuccess: (link) => {
      afterChange(eid);
      afterChange(link.buyer.enterprise.id);
    },
  });
}

export function useDeleteLink(eid: string) {
  const queryClient = useQueryClient();
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (lid: string) => businessApi.deleteLink(lid),
    onSuccess: () => {
      afterChange(eid);
      void queryClient.invalidateQueries({ queryKey: ['usaha', 'badan-usaha'] });
    },
  });
}

export function useCreateCapital(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: CreateCapitalBody) => businessApi.createCapital(eid, body),
    onSuccess: () => afterChange(eid),
  });
}

export function useUpdateCapital(eid: string, cid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (body: UpdateCapitalBody) => businessApi.updateCapital(cid, body),
    onSuccess: () => afterChange(eid),
  });
}

export function useDeleteCapital(eid: string) {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (cid: string) => businessApi.deleteCapital(cid),
    onSuccess: () => afterChange(eid),
  });
}

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFundingPartnerBody) => enterpriseApi.createPartner(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['usaha', 'mitra'] }),
  });
}

export function useUpdatePartner(pid: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateFundingPartnerBody) => enterpriseApi.updatePartner(pid, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['usaha', 'mitra'] }),
  });
}
