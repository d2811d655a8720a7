import { describe, expect, it } from 'vitest';
import { facilitationToday } from './calendar.ts';

describe('facilitationToday', () => {
  it('is the date in Asia/Jakarta (UTC+7): the day turns at 17:00 UTC', () => {
    expect(facilitationToday(new Date('2026-03-14T16:59:59.999Z'))).toBe('2026-03-14');
    expect(facilitationToday(new Date('2026-03-14T17:00:00Z'))).toBe('2026-03-15');
    expect(facilitationToday(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });

  it('refuses an invalid instant', () => {
    expect(() => facilitationToday(new Date('nope'))).toThrow(RangeError);
  });
});
