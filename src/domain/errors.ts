/**
 * One error type for the whole system, with a closed set of codes.
 * Adapters map each code to a transport once (HTTP status in the server, exit code in the CLI).
 */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'too_large',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Name of the offending field, e.g. `code`, `q`, or `row 12, column NAMA_DESA`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** For `rate_limited`: when to try again. */
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = [], retryAfterSeconds?: number) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    if (retryAfterSeconds !== undefined) this.retryAfterSeconds = retryAfterSeconds;
  }

  static invalid(field: string, message: string): AppError {
    return new AppError('invalid_input', message, [{ field, message }]);
  }

  static notFound(message: string): AppError {
    return new AppError('not_found', message);
  }
}
