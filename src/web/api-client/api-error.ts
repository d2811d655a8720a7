import type { Problem } from '../../contracts/problem.contract';

/** Why a request failed: the server answered with a problem, could not be reached, or sent nonsense. */
export type ApiErrorKind = 'problem' | 'network' | 'invalid-response';

/** A failed API call. `problem` holds the server's RFC 9457 body when there is one. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly problem: Problem | null;

  constructor(
    kind: ApiErrorKind,
    message: string,
    status: number | null = null,
    problem: Problem | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.problem = problem;
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

/** Builds an ApiError from a non-2xx response body (problem JSON when the server sent one). */
export function problemError(status: number, statusText: string, body: unknown): ApiError {
  if (isProblem(body)) {
    const detail = typeof body.detail === 'string' && body.detail !== '' ? body.detail : body.title;
    return new ApiError('problem', detail, status, body);
  }
  return new ApiError('problem', `HTTP ${status} ${statusText}`.trim(), status, null);
}
