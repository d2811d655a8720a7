/**
 * A limit on public certificate look-ups per client address: a fixed window of `windowMs` in which
 * at most `limit` look-ups are answered. The codes carry 40 random bits and a check character, so
 * guessing one takes on the order of 10^11 tries; the limit keeps anyone from trying them in bulk
 * through this server. Kept in memory (per server process): a restart forgets it, which is fine
 * for a brake on guessing. Expired windows are dropped once the table grows.
 */

export interface RateLimiter {
  /** Counts one look-up of `key`; when over the limit, how many seconds to wait. */
  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export const VERIFICATION_LIMIT = { limit: 60, windowMs: 60_000 } as const;

/** Above this many addresses, expired windows are swept before a new one is added. */
const SWEEP_ABOVE = 10_000;

export function createRateLimiter(options: {
  limit: number;
  windowMs: number;
  now?: () => number;
}): RateLimiter {
  const { limit, windowMs } = options;
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const at = now();
      let window = windows.get(key);
      if (!window || at - window.start >= windowMs) {
        if (!window && windows.size >= SWEEP_ABOVE) {
          for (const [k, w] of windows) if (at - w.start >= windowMs) windows.delete(k);
        }
        window = { start: at, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= limit) {
        return {
          ok: false,
          retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - at) / 1000)),
        };
      }
      window.count += 1;
      return { ok: true };
    },
  };
}
