import { parseBody } from './api-client';
import { ApiError, parseRetryAfter, problemError } from './api-error';
import { CSRF_HEADER, csrfToken } from './csrf-token';

export interface UploadRequest {
  /** The route with its query string, e.g. from `apiUrl`. */
  url: string;
  /** The file itself, sent as the request body. */
  body: Blob;
  /** Share of the bytes sent, 0 to 1; not called when the browser cannot tell. */
  onProgress?: ((fraction: number) => void) | undefined;
  signal?: AbortSignal | undefined;
  /** For tests: makes the request object. */
  createRequest?: (() => XMLHttpRequest) | undefined;
}

/**
 * POSTs a file as the raw request body (`application/octet-stream`) with the session's CSRF
 * token, reporting upload progress, which `fetch` cannot. Resolves to the JSON answer; rejects
 * with ApiError like the rest of the api-client (the problem's `errors[]` included), or with an
 * AbortError when `signal` aborts.
 */
export function uploadBytes<T>({ url, body, onProgress, signal, createRequest }: UploadRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('Aborted', 'AbortError'));
      return;
    }
    const xhr = createRequest?.() ?? new XMLHttpRequest();
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
      const parsed = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        if (parsed !== null && typeof parsed === 'object') resolve(parsed as T);
        else reject(new ApiError('invalid-response', `Unexpected response from ${url}`, xhr.status));
        return;
      }
      const retryAfter = parseRetryAfter(xhr.getResponseHeader('retry-after'));
      reject(problemError(xhr.status, xhr.statusText, parsed, retryAfter));
    };
    xhr.onerror = () => reject(new ApiError('network', 'Network error'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
