/**
 * The CSRF token of the current session (from the login answer or `GET /api/me`). Every
 * cookie-authenticated change sends it as `x-csrf-token`; it lives in memory only.
 */
let current: string | null = null;

export const CSRF_HEADER = 'x-csrf-token';

export function setCsrfToken(token: string | null): void {
  current = token;
}

export function csrfToken(): string | null {
  return current;
}
