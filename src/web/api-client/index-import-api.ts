import type { IndexImportReport } from '../../contracts/index-import.contract';
import { apiUrl } from './api-client';
import { uploadBytes } from './upload';

/** What an upload holds: an official IDM spreadsheet, or ministry API responses. */
export type IndexFileKind = 'sheet' | 'api';

/** The reader a file name picks, as the server picks it; null for a file no reader takes. */
export function indexFileKind(fileName: string): IndexFileKind | null {
  const lower = fileName.trim().toLowerCase();
  if (/\.(csv|csv\.gz|xlsx|xlsm|xls)$/.test(lower)) return 'sheet';
  if (/\.(json|zip)$/.test(lower)) return 'api';
  return null;
}

export interface UploadOptions {
  file: Blob & { name: string };
  kind: IndexFileKind;
  dryRun: boolean;
  /** Share of the bytes sent, 0 to 1; not called when the browser cannot tell. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
  /** For tests: makes the request object. */
  createRequest?: () => XMLHttpRequest;
}

/**
 * Sends an index file as the request body with the session's CSRF token, reporting upload
 * progress (see `uploadBytes`). Resolves to the import report; rejects with ApiError like the
 * rest of the api-client (the problem's `errors[]` lists bad lines), or with an AbortError when
 * `signal` aborts.
 */
export function uploadIndexFile(options: UploadOptions): Promise<IndexImportReport> {
  const { file, kind, dryRun, onProgress, signal, createRequest } = options;
  const url = apiUrl(`/api/village-index/imports/${kind}`, { fileName: file.name, dryRun: String(dryRun) });
  return uploadBytes<IndexImportReport>({ url, body: file, onProgress, signal, createRequest });
}
