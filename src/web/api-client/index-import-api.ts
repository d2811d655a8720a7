import type { IndexImportReport } from '../../contracts/index-import.contract';
import { apiUrl, parseBody } from './api-client';
import { ApiError, parseRetryAfter, problemError } from './api-error';
import { CSRF_HEADER, csrfToken } from './csrf-token';

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
 * Sends an index file as the request body (`application/octet-stream`) with the session's CSRF
 * token, reporting upload progress, which `fetch` cannot. Resolves to the import report; rejects
 * with ApiError like the rest of the api-client (the problem's `errors[]` lists bad lines), or
 * with an AbortError when `signal` aborts.
 */
export function uploadIndexFile(options: UploadOptions): Promise<IndexImportReport> {
  const { file, kind, dryRun, onProgress, signal } = options;
  const url = apiUrl(`/api/village-index/imports/${kind}`, { fileName: file.name, dryRun: String(dryRun) });
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const xhr = options.createRequest?.() ?? new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    const token = csrfToken();
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (body !== null && typeof body === 'object') resolve(body as IndexImportReport);
        else reject(new ApiError('invalid-response', `Unexpected response from ${url}`, xhr.status));
        return;
      }
      const retryAfter = parseRetryAfter(xhr.getResponseHeader('retry-after'));
      reject(problemError(xhr.status, xhr.statusText, body, retryAfter));
    };
    xhr.onerror = () => reject(new ApiError('network', 'Network error'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
