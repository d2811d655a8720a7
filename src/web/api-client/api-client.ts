import { ApiError, parseRetryAfter, problemError } from './api-error';
import { CSRF_HEADER, csrfToken } from './csrf-token';

export type QueryParams = Record<string, string | number | undefined | null>;

/** Builds `/api/...?a=1` from a path and optional query parameters (empty values are left out). */
export function apiUrl(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/** A response body: its JSON, the text itself when it is not JSON, or null when empty. */
export function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function readBody(response: Response): Promise<unknown> {
  return parseBody(await response.text());
}

async function send(url: string, init: RequestInit, signal: AbortSignal | undefined): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
}

async function failure(response: Response): Promise<ApiError> {
  const body = await readBody(response).catch(() => null);
  return problemError(
    response.status,
    response.statusText,
    body,
    parseRetryAfter(response.headers.get('retry-after')),
  );
}

/**
 * GETs JSON from the Kawasan API (same origin). Throws ApiError for network failures,
 * non-2xx answers (with the server's problem details) and bodies that are not JSON.
 * An aborted request rethrows the AbortError untouched so React Query can ignore it.
 */
export async function getJson<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  const response = await send(apiUrl(path, params), { headers: { accept: 'application/json' } }, signal);
  if (!response.ok) throw await failure(response);
  const body = await readBody(response).catch(() => null);
  if (body === null || typeof body !== 'object') {
    throw new ApiError('invalid-response', `Unexpected response from ${path}`, response.status);
  }
  return body as T;
}

export type MutationMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a change to the API: the body as JSON, and the session's CSRF token as `x-csrf-token`
 * (the server refuses cookie-authenticated changes without it). Resolves to the parsed JSON
 * answer, or `undefined` for 204 No Content. Errors as in getJson.
 */
export async function sendJson<T = undefined>(
  method: MutationMethod,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (token) headers[CSRF_HEADER] = token;
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await send(path, init, signal);
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  const parsed = await readBody(response).catch(() => null);
  if (parsed !== null && typeof parsed !== 'object') {
    throw new ApiError('invalid-response', `Unexpected response from ${path}`, response.status);
  }
  return (parsed ?? undefined) as T;
}
