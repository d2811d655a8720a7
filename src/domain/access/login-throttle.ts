/**
 * Sign-in throttling: a few free attempts, then a wait that doubles with every further failure
 * (capped), counted per account and per address over a sliding window.
 */

export const FREE_ATTEMPTS = 5;
export const WINDOW_SECONDS = 15 * 60;
export const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait before the next attempt, given recent failures; 0 when one may try now. */
export function loginWaitSeconds(failuresInWindow: number, secondsSinceLastFailure: number): number {
  if (failuresInWindow < FREE_ATTEMPTS) return 0;
  const delay = Math.min(2 ** (failuresInWindow - FREE_ATTEMPTS + 1), MAX_DELAY_SECONDS);
  return Math.max(0, Math.ceil(delay - secondsSinceLastFailure));
}
