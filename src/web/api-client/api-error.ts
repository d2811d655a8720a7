import type { Problem } from '../../contracts/problem.contract';

/** Why a request failed: the server answered with a problem, could not be reached, or sent nonsense. */
export type ApiErrorKind = 'problem' | 'network' | 'invalid-response';

/** A failed API call. `problem` holds the server's RFC 9457 body when there is one. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;
  /** From `Retry-After` (429, 503): seconds to wait before trying again. */
  readonly retryAfterSeconds: number | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    status: number | null = null,
    problem: Problem | null = null,
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** 404: the region (or page) does not exist. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** 400: the request itself was wrong (e.g. a malformed region code); retrying will not help. */
export function isBadRequest(error: unknown): boolean {
  return isApiError(error) && error.status === 400;
}

/** 401: not signed in, or the session has ended. */
export function isUnauthorized(error: unknown): boolean {
  return isApiError(error) && error.status === 401;
}

/** 403: signed in, but not allowed to do this (e.g. outside the caller's region scope). */
export function isForbidden(error: unknown): boolean {
  return isApiError(error) && error.status === 403;
}

/** 429: too many attempts (e.g. sign-in); `retryAfterSeconds` says how long to wait. */
export function isTooManyRequests(error: unknown): boolean {
  return isApiError(error) && error.status === 429;
}

/** Network failures and 5xx answers may go away on their own, so offer a retry. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  if (error.kind === 'network') return true;
  return error.status !== null && (error.status >= 500 || error.status === 429 || error.status === 408);
}

function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const b = body as Record<string, unknown>;
  return typeof b.title === 'string' && typeof b.status === 'number';
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Builds an ApiError from a non-2xx response body (problem JSON when the server sent one). */
export function problemError(
  status: number,
  statusText: string,
  body: unknown,
  retryAfterSeconds: number | null = null,
): ApiError {
  if (isProblem(body)) {
    const detail = typeof body.detail === 'string' && body.detail !== '' ? body.detail : body.title;
    return new ApiError('problem', detail, status, body, retryAfterSeconds);
  }
  return new ApiError('problem', `HTTP ${status} ${statusText}`.trim(), status, null, retryAfterSeconds);
}

/**
 * The problem's `errors[]` keyed by field, e.g. `{ username: '…', 'assignments.0.scope.code': '…' }`
 * (a leading `body.` is dropped). The first message of a field wins.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error) || !error.problem?.errors) return out;
  for (const { field, message } of error.problem.errors) {
    const key = field.replace(/^body[./]/, '').replaceAll('/', '.');
    out[key] ??= message;
  }
  return out;
}
