import type {
  AssignmentView,
  CoverageQuery,
  CoverageView,
  CreateAssignmentBody,
  CreateEntriesBody,
  CreateEntryBody,
  CreateFacilitatorBody,
  EndAssignmentBody,
  EntryActionBody,
  EntryList,
  EntryListQuery,
  EntryOutcomes,
  EntryView,
  EvidenceView,
  FacilitatorDetail,
  FacilitatorList,
  FacilitatorListQuery,
  FacilitatorView,
  MonthlyReportView,
  MyFacilitation,
  UpdateEntryBody,
  UpdateFacilitatorBody,
} from '../../contracts/facilitation.contract';
import { apiUrl, getJson, parseBody, sendJson } from './api-client';
import { ApiError, parseRetryAfter, problemError } from './api-error';
import { CSRF_HEADER, csrfToken } from './csrf-token';

const BASE = '/api/pendampingan';
const facilitatorPath = (fid: string) => `${BASE}/pendamping/${encodeURIComponent(fid)}`;
const entryPath = (eid: string) => `${BASE}/kegiatan/${encodeURIComponent(eid)}`;

export const MONTHLY_REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type MonthlyReportFormat = (typeof MONTHLY_REPORT_FORMATS)[number];

/** Query of the entry list; `limit` and `offset` have server defaults (50, 0). */
export type EntryListParams = Partial<Omit<EntryListQuery, 'toReview'>> & { toReview?: boolean };

/**
 * An answer with its HTTP status: the log form tells a new record (201) from the one the server
 * already had for the same idempotency key or the same bytes (200).
 */
export interface SentWithStatus<T> {
  status: number;
  body: T;
}

/** Where one evidence file is downloaded (owner, or anyone who may read an entry it belongs to). */
export function evidenceUrl(evid: string): string {
  return `${BASE}/bukti/${encodeURIComponent(evid)}`;
}

/** Where a facilitator's monthly report is downloaded as PDF or XLSX (the server names the file). */
export function monthlyReportUrl(fid: string, month: string, format: MonthlyReportFormat): string {
  return apiUrl(`${facilitatorPath(fid)}/laporan-bulanan.${format}`, { month });
}

function changeHeaders(contentType: string): Record<string, string> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': contentType };
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  return headers;
}

/**
 * Sends a POST and resolves to the JSON answer with its status; a refusal rejects with ApiError
 * whose `problem` keeps the server's `errors[]` (field and message), a failed connection with an
 * ApiError of kind `network`.
 */
async function postWithStatus<T>(
  url: string,
  body: BodyInit,
  contentType: string,
  signal?: AbortSignal,
): Promise<SentWithStatus<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: changeHeaders(contentType),
      credentials: 'same-origin',
      body,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
  const parsed = parseBody(await response.text().catch(() => ''));
  if (!response.ok) {
    throw problemError(
      response.status,
      response.statusText,
      parsed,
      parseRetryAfter(response.headers.get('retry-after')),
    );
  }
  if (parsed === null || typeof parsed !== 'object') {
    throw new ApiError('invalid-response', `Unexpected response from ${url}`, response.status);
  }
  return { status: response.status, body: parsed as T };
}

const EVIDENCE_TYPES = new Set(['image/jpeg', 'image/png', 'application/pdf']);

/**
 * Creates an activity entry. The same `idempotencyKey` with the same body answers 200 and the
 * entry made before; 201 is a new one. A changed body under a used key is refused with 409.
 */
export function createEntry(body: CreateEntryBody, signal?: AbortSignal): Promise<SentWithStatus<EntryView>> {
  return postWithStatus<EntryView>(`${BASE}/kegiatan`, JSON.stringify(body), 'application/json', signal);
}

/**
 * Creates up to ENTRY_BATCH_MAX entries in one request (the outbox when the signal returns).
 * The answer is 200 with one result per entry in the order sent, each with the status the single
 * request would have had; a refusal of the whole request (not signed in, body not matching the
 * schema, too large) rejects with ApiError as for one entry.
 */
export function createEntries(
  body: CreateEntriesBody,
  signal?: AbortSignal,
): Promise<SentWithStatus<EntryOutcomes>> {
  return postWithStatus<EntryOutcomes>(
    `${BASE}/kegiatan/kirim`,
    JSON.stringify(body),
    'application/json',
    signal,
  );
}

/**
 * Uploads one evidence file as the raw body: 201 for a new file, 200 when the same facilitator
 * already uploaded the same bytes (a retry makes no second row). The server checks the content,
 * not the name; the type sent is the blob's own when it is JPEG, PNG or PDF.
 */
export function uploadEvidence(
  fileName: string,
  blob: Blob,
  signal?: AbortSignal,
): Promise<SentWithStatus<EvidenceView>> {
  const type = EVIDENCE_TYPES.has(blob.type) ? blob.type : 'application/octet-stream';
  return postWithStatus<EvidenceView>(apiUrl(`${BASE}/bukti`, { fileName }), blob, type, signal);
}

/** Typed calls for pendampingan, see src/contracts/facilitation.contract.ts. */
export const facilitationApi = {
  /** The signed-in facilitator's record, assignments and counts; 404 when the user is no facilitator. */
  mine: (signal?: AbortSignal) => getJson<MyFacilitation>(`${BASE}/saya`, undefined, signal),

  facilitators: (query: FacilitatorListQuery = {}, signal?: AbortSignal) =>
    getJson<FacilitatorList>(`${BASE}/pendamping`, { ...query }, signal),

  facilitator: (fid: string, signal?: AbortSignal) =>
    getJson<FacilitatorDetail>(facilitatorPath(fid), undefined, signal),

  createFacilitator: (body: CreateFacilitatorBody) =>
    sendJson<FacilitatorView>('POST', `${BASE}/pendamping`, body),

  updateFacilitator: (fid: string, body: UpdateFacilitatorBody) =>
    sendJson<FacilitatorDetail>('PATCH', facilitatorPath(fid), body),

  addAssignment: (fid: string, body: CreateAssignmentBody) =>
    sendJson<AssignmentView>('POST', `${facilitatorPath(fid)}/penugasan`, body),

  endAssignment: (aid: string, body: EndAssignmentBody) =>
    sendJson<AssignmentView>('POST', `${BASE}/penugasan/${encodeURIComponent(aid)}/akhiri`, body),

  /** Entries the signed-in user may read, newest date first. */
  entries: ({ toReview, ...query }: EntryListParams = {}, signal?: AbortSignal) =>
    getJson<EntryList>(`${BASE}/kegiatan`, { ...query, toReview: toReview ? '1' : undefined }, signal),

  entry: (eid: string, signal?: AbortSignal) => getJson<EntryView>(entryPath(eid), undefined, signal),

  createEntry,

  createEntries,

  /** The whole content again; only the owner, in draf or dikembalikan. */
  updateEntry: (eid: string, body: UpdateEntryBody) => sendJson<EntryView>('PATCH', entryPath(eid), body),

  /** Submit, resubmit (owner), return with a reason or approve (supervisor). */
  act: (eid: string, body: EntryActionBody) =>
    sendJson<EntryView>('POST', `${entryPath(eid)}/tindakan`, body),

  uploadEvidence,

  monthlyReport: (fid: string, month: string, signal?: AbortSignal) =>
    getJson<MonthlyReportView>(`${facilitatorPath(fid)}/laporan-bulanan`, { month }, signal),

  /** Without region or kawasan the server answers for the reader's own scope. */
  coverage: (query: CoverageQuery = {}, signal?: AbortSignal) =>
    getJson<CoverageView>(`${BASE}/cakupan`, { ...query }, signal),
};
