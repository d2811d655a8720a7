import type {
  BusinessLinkView,
  BusinessUnitList,
  BusinessUnitView,
  CapitalList,
  CapitalView,
  CreateBusinessLinkBody,
  CreateBusinessUnitBody,
  CreateCapitalBody,
  UpdateBusinessUnitBody,
  UpdateCapitalBody,
  ValueChainQuery,
  ValueChainView,
} from '../../contracts/business.contract';
import type {
  CheckNameBody,
  CheckNameResult,
  CreateEnterpriseBody,
  CreateFundingPartnerBody,
  EnterpriseDocumentView,
  EnterpriseList,
  EnterpriseListQuery,
  EnterpriseView,
  FundingPartnerList,
  FundingPartnerListQuery,
  FundingPartnerView,
  LegalStepBody,
  OrgansBody,
  UpdateEnterpriseBody,
  UpdateFundingPartnerBody,
} from '../../contracts/enterprise.contract';
import type {
  BusinessDashboardQuery,
  BusinessDashboardView,
  ReportBody,
  ReportDeleteResult,
  ReportImportResult,
  ReportList,
  ReportSaveResult,
} from '../../contracts/enterprise-report.contract';
import type { EnterpriseDocumentKind } from '../../domain/enterprise/vocabulary';
import { apiUrl, getJson, sendJson } from './api-client';
import { uploadBytes } from './upload';

const BASE = '/api/usaha';
/** The address of one enterprise in the API; its units, capital, reports … build on it. */
export const enterpriseApiPath = (eid: string) => `${BASE}/badan-usaha/${encodeURIComponent(eid)}`;
const unitPath = (uid: string) => `${BASE}/unit/${encodeURIComponent(uid)}`;
const capitalPath = (cid: string) => `${BASE}/modal/${encodeURIComponent(cid)}`;
const documentPath = (eid: string, did: string) =>
  `${enterpriseApiPath(eid)}/dokumen/${encodeURIComponent(did)}`;
const partnerPath = (pid: string) => `${BASE}/mitra/${encodeURIComponent(pid)}`;

/** Queries of the enterprise list; `limit` and `offset` have server defaults. */
export type EnterpriseListParams = Partial<EnterpriseListQuery>;

/** Where a stored document of an enterprise is downloaded (the server sends it as an attachment). */
export function enterpriseDocumentUrl(eid: string, did: string): string {
  return documentPath(eid, did);
}

export interface EnterpriseDocumentUpload {
  eid: string;
  file: Blob & { name: string };
  kind: EnterpriseDocumentKind;
  title: string;
  /** Nomor Perdes, nomor berita acara … */
  number?: string | undefined;
  /** `YYYY-MM-DD`. */
  issuedOn?: string | undefined;
  /** Share of the bytes sent, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** For tests: makes the request object. */
  createRequest?: (() => XMLHttpRequest) | undefined;
}

/** Sends a PDF, PNG or JPEG as the raw request body, its kind, title, number and date in the query. */
export function uploadEnterpriseDocument(options: EnterpriseDocumentUpload): Promise<EnterpriseDocumentView> {
  const { eid, file, kind, title, number, issuedOn, onProgress, signal, createRequest } = options;
  return uploadBytes<EnterpriseDocumentView>({
    url: apiUrl(`${enterpriseApiPath(eid)}/dokumen`, { fileName: file.name, kind, title, number, issuedOn }),
    body: file,
    onProgress,
    signal,
    createRequest,
  });
}

/**
 * Typed calls for the enterprise registry, see src/contracts/enterprise.contract.ts: name checks,
 * enterprises, legal steps, organs, documents, and the registry of funding partners.
 */
export const enterpriseApi = {
  /** The naming rules (with uniqueness) and the founding rules for a name being typed; writes nothing. */
  checkName: (body: CheckNameBody, signal?: AbortSignal) =>
    sendJson<CheckNameResult>('POST', `${BASE}/periksa-nama`, body, signal),

  list: (query: EnterpriseListParams = {}, signal?: AbortSignal) =>
    getJson<EnterpriseList>(`${BASE}/badan-usaha`, { ...query }, signal),

  get: (eid: string, signal?: AbortSignal) =>
    getJson<EnterpriseView>(enterpriseApiPath(eid), undefined, signal),

  create: (body: CreateEnterpriseBody) => sendJson<EnterpriseView>('POST', `${BASE}/badan-usaha`, body),

  update: (eid: string, body: UpdateEnterpriseBody) =>
    sendJson<EnterpriseView>('PATCH', enterpriseApiPath(eid), body),

  /** Name submitted, name approved, or the legal-entity certificate. */
  legalStep: (eid: string, body: LegalStepBody) =>
    sendJson<EnterpriseView>('POST', `${enterpriseApiPath(eid)}/status-hukum`, body),

  /** Replaces the members of every organ. */
  setOrgans: (eid: string, body: OrgansBody) =>
    sendJson<EnterpriseView>('PUT', `${enterpriseApiPath(eid)}/organ`, body),

  uploadDocument: uploadEnterpriseDocument,

  deleteDocument: (eid: string, did: string) => sendJson<unknown>('DELETE', documentPath(eid, did)),

  partners: (query: FundingPartnerListQuery = {}, signal?: AbortSignal) =>
    getJson<FundingPartnerList>(`${BASE}/mitra`, { ...query }, signal),

  createPartner: (body: CreateFundingPartnerBody) =>
    sendJson<FundingPartnerView>('POST', `${BASE}/mitra`, body),

  updatePartner: (pid: string, body: UpdateFundingPartnerBody) =>
    sendJson<FundingPartnerView>('PATCH', partnerPath(pid), body),
};

/**
 * Typed calls for the business side of stimulan usaha, see src/contracts/business.contract.ts:
 * an enterprise's units and the supply links between units, and its capital.
 */
export const businessApi = {
  units: (eid: string, signal?: AbortSignal) =>
    getJson<BusinessUnitList>(`${enterpriseApiPath(eid)}/unit`, undefined, signal),

  unit: (uid: string, signal?: AbortSignal) => getJson<BusinessUnitView>(unitPath(uid), undefined, signal),

  createUnit: (eid: string, body: CreateBusinessUnitBody) =>
    sendJson<BusinessUnitView>('POST', `${enterpriseApiPath(eid)}/unit`, body),

  updateUnit: (uid: string, body: UpdateBusinessUnitBody) =>
    sendJson<BusinessUnitView>('PATCH', unitPath(uid), body),

  /** Removes a unit without capital rows (the server refuses the others with 409). */
  deleteUnit: (uid: string) => sendJson<unknown>('DELETE', unitPath(uid)),

  /** `uid` supplies `body.buyerUnitId` (a unit of any enterprise the user may read). */
  createLink: (uid: string, body: CreateBusinessLinkBody) =>
    sendJson<BusinessLinkView>('POST', `${unitPath(uid)}/pasokan`, body),

  deleteLink: (lid: string) => sendJson<unknown>('DELETE', `${BASE}/pasokan/${encodeURIComponent(lid)}`),

  capital: (eid: string, signal?: AbortSignal) =>
    getJson<CapitalList>(`${enterpriseApiPath(eid)}/modal`, undefined, signal),

  createCapital: (eid: string, body: CreateCapitalBody) =>
    sendJson<CapitalView>('POST', `${enterpriseApiPath(eid)}/modal`, body),

  updateCapital: (cid: string, body: UpdateCapitalBody) =>
    sendJson<CapitalView>('PATCH', capitalPath(cid), body),

  deleteCapital: (cid: string) => sendJson<unknown>('DELETE', capitalPath(cid)),
};

/* ——— Results: periodic reports, the kawasan value chain, the dashboard ——— */

const reportPath = (eid: string, period: string) =>
  `${enterpriseApiPath(eid)}/laporan/${encodeURIComponent(period)}`;

/** Where the report sheet of an enterprise is downloaded as XLSX, its stored reports filled in. */
export function reportTemplateUrl(eid: string): string {
  return `${enterpriseApiPath(eid)}/laporan/templat.xlsx`;
}

export interface ReportImportOptions {
  eid: string;
  file: Blob & { name: string };
  /** Share of the bytes sent, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Sends a filled report sheet as the request body. Every row is stored or none: a refusal
 * rejects with ApiError whose problem `errors[]` names each bad row and column.
 */
export function importReportSheet(options: ReportImportOptions): Promise<ReportImportResult> {
  const { eid, file, onProgress, signal } = options;
  return uploadBytes<ReportImportResult>({
    url: apiUrl(`${enterpriseApiPath(eid)}/laporan/impor`, { fileName: file.name }),
    body: file,
    onProgress,
    signal,
  });
}

/** Where the business dashboard of a region or kawasan is downloaded (the server names the file). */
export function businessDashboardExportUrl(
  format: 'xlsx' | 'pdf',
  query: BusinessDashboardQuery = {},
): string {
  return apiUrl(`${BASE}/dasbor.${format}`, { ...query });
}

/**
 * Typed calls for the results of stimulan usaha, see src/contracts/enterprise-report.contract.ts
 * (reports, dashboard) and business.contract.ts (the value chain).
 */
export const usahaResultsApi = {
  /** The reports of an enterprise with their trend, performance and the periods open for entry. */
  reports: (eid: string, signal?: AbortSignal) =>
    getJson<ReportList>(`${enterpriseApiPath(eid)}/laporan`, undefined, signal),

  /** Creates or replaces the report of one period (`2026-S1`, `2026-S2`, `2026`). */
  saveReport: (eid: string, period: string, body: ReportBody) =>
    sendJson<ReportSaveResult>('PUT', reportPath(eid, period), body),

  deleteReport: (eid: string, period: string) =>
    sendJson<ReportDeleteResult>('DELETE', reportPath(eid, period)),

  importReportSheet,

  /** The value chain of a kawasan (or a region), on one commodity when given. */
  valueChain: (query: ValueChainQuery, signal?: AbortSignal) =>
    getJson<ValueChainView>(`${BASE}/rantai-nilai`, { ...query }, signal),

  /** Without region or kawasan the server answers for the reader's own region. */
  dashboard: (query: BusinessDashboardQuery = {}, signal?: AbortSignal) =>
    getJson<BusinessDashboardView>(`${BASE}/dasbor`, { ...query }, signal),
};
