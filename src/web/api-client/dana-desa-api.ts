import type {
  PlanCreateBody,
  PlanImportResult,
  PlanList,
  PlanListQuery,
  PlanReplaceBody,
  PlanView,
  RealisationBody,
  RealisationView,
  Summary,
  SummaryQuery,
} from '../../contracts/dana-desa.contract';
import { apiUrl, getJson, sendJson } from './api-client';
import { uploadBytes } from './upload';

const BASE = '/api/dana-desa';
const PLANS = `${BASE}/rencana`;
/** The address of one plan in the API. */
export const planApiPath = (pid: string) => `${PLANS}/${encodeURIComponent(pid)}`;

/** Where the plan sheet of a fiscal year is downloaded as XLSX (that year's categories listed). */
export function planTemplateUrl(year: number): string {
  return apiUrl(`${PLANS}/templat.xlsx`, { year });
}

export interface PlanImportOptions {
  pid: string;
  file: Blob & { name: string };
  /** Share of the bytes sent, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** For tests: makes the request object. */
  createRequest?: (() => XMLHttpRequest) | undefined;
}

/**
 * Sends a filled plan sheet as the request body; its lines replace the plan's. Every row is
 * imported or none: a refusal rejects with ApiError whose problem `errors[]` names each bad row.
 */
export function importPlanSheet(options: PlanImportOptions): Promise<PlanImportResult> {
  const { pid, file, onProgress, signal, createRequest } = options;
  return uploadBytes<PlanImportResult>({
    url: apiUrl(`${planApiPath(pid)}/impor`, { fileName: file.name }),
    body: file,
    onProgress,
    signal,
    createRequest,
  });
}

/** Typed calls for Dana Desa, see src/contracts/dana-desa.contract.ts. */
export const danaDesaApi = {
  plans: (query: PlanListQuery = {}, signal?: AbortSignal) => getJson<PlanList>(PLANS, { ...query }, signal),

  plan: (pid: string, signal?: AbortSignal) => getJson<PlanView>(planApiPath(pid), undefined, signal),

  createPlan: (body: PlanCreateBody) => sendJson<PlanView>('POST', PLANS, body),

  replacePlan: (pid: string, body: PlanReplaceBody) => sendJson<PlanView>('PUT', planApiPath(pid), body),

  importPlanSheet,

  realisation: (pid: string, signal?: AbortSignal) =>
    getJson<RealisationView>(`${planApiPath(pid)}/realisasi`, undefined, signal),

  recordRealisation: (pid: string, body: RealisationBody) =>
    sendJson<RealisationView>('POST', `${planApiPath(pid)}/realisasi`, body),

  summary: (query: SummaryQuery, signal?: AbortSignal) =>
    getJson<Summary>(`${BASE}/ringkasan`, { ...query }, signal),
};
