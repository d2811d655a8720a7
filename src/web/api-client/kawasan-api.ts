import type {
  CreateKawasanBody,
  CreateThemeBody,
  Institution,
  InstitutionBody,
  KawasanDashboard,
  KawasanDetail,
  KawasanDocument,
  KawasanList,
  KawasanTheme,
  TransitionBody,
  UpdateDocumentBody,
  UpdateKawasanBody,
} from '../../contracts/kawasan.contract';
import type { KawasanState } from '../../domain/kawasan/lifecycle';
import type { DocumentKind, InstitutionKind } from '../../domain/kawasan/registry';
import { apiUrl, getJson, sendJson } from './api-client';
import { uploadBytes } from './upload';

export interface KawasanListParams {
  /** Only kawasan with members in this region. */
  region?: string | undefined;
  state?: KawasanState | undefined;
  /** Part of the name. */
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export interface DocumentUploadOptions {
  kawasanId: string;
  file: Blob & { name: string };
  kind: DocumentKind;
  title: string;
  /** Shown on the public page once the kawasan is designated. */
  public: boolean;
  /** Share of the bytes sent, 0 to 1. */
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** For tests: makes the request object. */
  createRequest?: (() => XMLHttpRequest) | undefined;
}

const kawasanPath = (id: string) => `/api/kawasan/${encodeURIComponent(id)}`;
const documentPath = (id: string, documentId: string) =>
  `${kawasanPath(id)}/documents/${encodeURIComponent(documentId)}`;

/** Where a stored document is downloaded (the server sends it as an attachment). */
export function kawasanDocumentUrl(kawasanId: string, documentId: string): string {
  return documentPath(kawasanId, documentId);
}

/** Typed calls for the kawasan registry, see src/contracts/kawasan.contract.ts. */
export const kawasanApi = {
  themes: (signal?: AbortSignal) => getJson<KawasanTheme[]>('/api/kawasan/themes', undefined, signal),

  createTheme: (body: CreateThemeBody) => sendJson<KawasanTheme>('POST', '/api/kawasan/themes', body),

  list: ({ region, state, q, page, pageSize }: KawasanListParams, signal?: AbortSignal) =>
    getJson<KawasanList>('/api/kawasan', { region, state, q, page, pageSize }, signal),

  get: (id: string, signal?: AbortSignal) => getJson<KawasanDetail>(kawasanPath(id), undefined, signal),

  create: (body: CreateKawasanBody) => sendJson<KawasanDetail>('POST', '/api/kawasan', body),

  update: (id: string, body: UpdateKawasanBody) => sendJson<KawasanDetail>('PATCH', kawasanPath(id), body),

  /** Replaces the member desa (only while a draft). */
  setMembers: (id: string, members: string[]) =>
    sendJson<KawasanDetail>('PUT', `${kawasanPath(id)}/members`, { members }),

  transition: (id: string, body: TransitionBody) =>
    sendJson<KawasanDetail>('POST', `${kawasanPath(id)}/transitions`, body),

  dashboard: (id: string, signal?: AbortSignal) =>
    getJson<KawasanDashboard>(`${kawasanPath(id)}/dashboard`, undefined, signal),

  /** Sends a PDF, PNG or JPEG as the raw body, reporting progress. */
  uploadDocument: (options: DocumentUploadOptions) =>
    uploadBytes<KawasanDocument>({
      url: apiUrl(`${kawasanPath(options.kawasanId)}/documents`, {
        fileName: options.file.name,
        kind: options.kind,
        title: options.title,
        public: String(options.public),
      }),
      body: options.file,
      onProgress: options.onProgress,
      signal: options.signal,
      createRequest: options.createRequest,
    }),

  updateDocument: (id: string, documentId: string, body: UpdateDocumentBody) =>
    sendJson<KawasanDocument>('PATCH', documentPath(id, documentId), body),

  deleteDocument: (id: string, documentId: string) => sendJson('DELETE', documentPath(id, documentId)),

  saveInstitution: (id: string, kind: InstitutionKind, body: InstitutionBody) =>
    sendJson<Institution>('PUT', `${kawasanPath(id)}/institutions/${kind}`, body),

  deleteInstitution: (id: string, kind: InstitutionKind) =>
    sendJson('DELETE', `${kawasanPath(id)}/institutions/${kind}`),
};
