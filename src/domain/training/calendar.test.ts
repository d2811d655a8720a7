import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, daysInMonth, yearOf } from './calendar.ts';

describe('addMonths: calendar months with end-of-month clamping', () => {
  it.each([
    ['2026-05-14', 3, '2026-08-14'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-08-31', 3, '2026-11-30'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-12-31', 12, '2027-12-31'],
    ['2026-02-28', 12, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2000-02-29', 48, '2004-02-29'],
    ['2026-01-15', -13, '2024-12-15'],
    ['2026-05-14', 0, '2026-05-14'],
  ] as const)('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('refuses fractions of a month and invalid dates', () => {
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2026-02-30', 1)).toThrow(/Tanggal tidak sah/);
  });
});

describe('addDays and daysBetween', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 365, '2027-01-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
  ] as const)('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('agrees with the JavaScript calendar on random dates', () => {
    const day = fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, fc.integer({ min: -20_000, max: 20_000 }), (d, n) => {
        const start = d.toISOString().slice(0, 10);
        const expected = new Date(Date.parse(`${start}T00:00:00Z`) + n * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(addDays(start, n)).toBe(expected);
        expect(daysBetween(start, expected)).toBe(n);
      }),
      { seed: 20260512, numRuns: 300 },
    );
  });

  it('knows the length of months and the year of a day', () => {
    expect([1, 2, 4, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 28, 30, 31]);
    expect([daysInMonth(2024, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 29]);
    expect(yearOf('2026-05-14')).toBe(2026);
  });
});
