import { ApiError, problemError } from './api-error';

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

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * GETs JSON from the Kawasan API (same origin). Throws ApiError for network failures,
 * non-2xx answers (with the server's problem details) and bodies that are not JSON.
 * An aborted request rethrows the AbortError untouched so React Query can ignore it.
 */
export async function getJson<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
  const body = await readBody(response).catch(() => null);
  if (!response.ok) throw problemError(response.status, response.statusText, body);
  if (body === null || typeof body !== 'object') {
    throw new ApiError('invalid-response', `Unexpected response from ${path}`, response.status);
  }
  return body as T;
}
