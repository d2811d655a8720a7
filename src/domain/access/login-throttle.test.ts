import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREE_ATTEMPTS, loginWaitSeconds, MAX_DELAY_SECONDS } from './login-throttle.ts';

describe('loginWaitSeconds', () => {
  it.each([
    [0, 0, 0],
    [FREE_ATTEMPTS - 1, 0, 0],
    [FREE_ATTEMPTS, 0, 2],
    [FREE_ATTEMPTS, 1, 1],
    [FREE_ATTEMPTS, 5, 0],
    [FREE_ATTEMPTS + 1, 0, 4],
    [FREE_ATTEMPTS + 3, 0, 16],
    [FREE_ATTEMPTS + 30, 0, MAX_DELAY_SECONDS],
  ])('%i failures, %i s ago → wait %i s', (failures, since, wait) => {
    expect(loginWaitSeconds(failures, since)).toBe(wait);
  });

  it('never shrinks as failures grow, and never exceeds the cap', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(2000), (n, since) => {
        const wait = loginWaitSeconds(n, since);
        expect(loginWaitSeconds(n + 1, since)).toBeGreaterThanOrEqual(wait);
        expect(wait).toBeLessThanOrEqual(MAX_DELAY_SECONDS);
      }),
    );
  });
});
