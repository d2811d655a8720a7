import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IDM_STATUSES, type IdmStatus } from './idm.types.ts';
import {
  HISTOGRAM_BINS,
  HISTOGRAM_RANGES,
  HISTOGRAM_THRESHOLDS,
  histogramBin,
  histogramOf,
  movementTotals,
  transitionsOf,
} from './index-distribution.ts';

/** A published-looking value: 4 decimals from 0 to 1. */
const value4 = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const status = fc.constantFrom(...IDM_STATUSES);

describe('the IDM histogram', () => {
  it.each([
    [0, 0],
    [0.0499, 0],
    [0.05, 1],
    [0.35, 7], // 0.35 × 20 is 6.999… in floating point
    [0.4907, 9],
    [0.5, 10],
    [0.7072, 14],
    [0.7444, 14],
    [0.9999, 19],
    [1, 19], // 1.0 in the last bin, not a 21st
    [1.2, 19],
    [-0.1, 0],
  ])('puts %d in bin %i', (value, bin) => {
    expect(histogramBin(value)).toBe(bin);
  });

  it('counts every scored value once and skips the unscored', () => {
    fc.assert(
      fc.property(fc.array(fc.option(value4, { nil: null })), (values) => {
        const bins = histogramOf(values);
        expect(bins).toHaveLength(HISTOGRAM_BINS);
        expect(bins.reduce((a, b) => a + b, 0)).toBe(values.filter((v) => v !== null).length);
      }),
    );
  });

  it('places a value inside its bin range', () => {
    fc.assert(
      fc.property(value4, (value) => {
        const range = HISTOGRAM_RANGES[histogramBin(value)]!;
        expect(value).toBeGreaterThanOrEqual(range.from - 1e-12);
        if (value < 1) expect(value).toBeLessThan(range.to - 1e-12);
      }),
    );
  });

  it('colours each bin with the status of most of its range', () => {
    expect(HISTOGRAM_RANGES.map((r) => r.status)).toEqual([
      ...Array(10).fill('sangat_tertinggal'), // 0 – 0.5: the bin 0.45–0.50 is mostly ≤ 0.4907
      'tertinggal',
      'tertinggal',
      'berkembang',
      'berkembang',
      'maju', // 0.70–0.75: mostly above 0.7072
      'maju',
      'mandiri', // 0.80–0.85: mostly above 0.8155
      'mandiri',
      'mandiri',
      'mandiri',
    ]);
    expect(HISTOGRAM_THRESHOLDS).toEqual([0.4907, 0.5989, 0.7072, 0.8155]);
  });
});

describe('status movement between two years', () => {
  it('counts up, down and same from the from → to table', () => {
    const pairs: [IdmStatus, IdmStatus][] = [
      ['sangat_tertinggal', 'tertinggal'],
      ['tertinggal', 'mandiri'],
      ['maju', 'berkembang'],
      ['maju', 'maju'],
      ['mandiri', 'mandiri'],
    ];
    const table = transitionsOf(pairs);
    expect(table[0]).toEqual([0, 1, 0, 0, 0]);
    expect(table[3]).toEqual([0, 0, 1, 1, 0]);
    expect(movementTotals(table)).toEqual({ compared: 5, up: 2, down: 1, same: 2 });
  });

  it('adds up: up + down + same = compared, and swapping the years swaps up and down', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(status, status)), (pairs) => {
        const totals = movementTotals(transitionsOf(pairs));
        expect(totals.up + totals.down + totals.same).toBe(pairs.length);
        expect(totals.compared).toBe(pairs.length);
        const back = movementTotals(transitionsOf(pairs.map(([a, b]) => [b, a] as const)));
        expect([back.up, back.down, back.same]).toEqual([totals.down, totals.up, totals.same]);
      }),
    );
  });
});
