import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './verification-limit.ts';

describe('the verification limit', () => {
  it('answers `limit` look-ups per key in a window, then tells how long to wait', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i++) expect(limiter.take('a')).toEqual({ ok: true });
    now += 15_500;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 45 });
    // Another address has its own window.
    expect(limiter.take('b')).toEqual({ ok: true });
    // A new window opens once the first has passed.
    now += 44_500;
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('keeps answering after many addresses came and went', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => now });
    for (let i = 0; i < 12_000; i++) limiter.take(`ip-${i}`);
    now += 1000;
    for (let i = 0; i < 12_000; i++) expect(limiter.take(`ip-${i}`).ok).toBe(true);
    expect(limiter.take('ip-0')).toEqual({ ok: false, retryAfterSeconds: 1 });
  });
});
