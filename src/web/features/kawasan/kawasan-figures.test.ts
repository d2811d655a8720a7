import { describe, expect, it } from 'vitest';
import {
  chartPosition,
  chartRange,
  type KawasanYear,
  meanChange,
  rangeText,
  scoredYears,
  signedText,
  stddevText,
} from './kawasan-figures';

const format = (v: number) => v.toFixed(4).replace('.', ',');

function year(
  y: number,
  mean: number | null,
  min: number | null,
  max: number | null,
  stddev: number | null,
): KawasanYear {
  return { year: y, scored: mean === null ? 0 : 3, mean, min, max, stddev, locomotives: 1, lagging: 1 };
}

describe('spread formatting', () => {
  it('writes the range lowest–highest and the deviation around the mean', () => {
    const y = year(2024, 0.65, 0.5123, 0.8011, 0.0412);
    expect(rangeText(y, format)).toBe('0,5123–0,8011');
    expect(stddevText(y, format)).toBe('± 0,0412');
  });

  it('says nothing for a year without scores', () => {
    const empty = year(2023, null, null, null, null);
    expect(rangeText(empty, format)).toBeNull();
    expect(stddevText(empty, format)).toBeNull();
    expect(scoredYears([empty, year(2024, 0.6, 0.5, 0.7, 0.1)]).map((y) => y.year)).toEqual([2024]);
  });

  it('gives the change of the mean with its sign, after the first year', () => {
    const years = [
      year(2022, 0.6, 0.5, 0.7, 0.1),
      year(2023, 0.6123, 0.5, 0.7, 0.1),
      year(2024, 0.6083, 0.5, 0.7, 0.1),
    ];
    expect(meanChange(years, 0)).toBeNull();
    expect(signedText(meanChange(years, 1)!, format)).toBe('+0,0123');
    expect(signedText(meanChange(years, 2)!, format)).toBe('−0,0040');
    expect(signedText(0.00001, format)).toBe('0,0000');
  });
});

describe('chart scale', () => {
  it('spans the members’ values widened to tenths, within 0–1', () => {
    expect(chartRange([year(2023, 0.6, 0.52, 0.78, 0.1), year(2024, 0.62, 0.55, 0.83, 0.1)])).toEqual({
      floor: 0.5,
      ceiling: 0.9,
    });
    expect(chartRange([year(2024, 0.99, 0.985, 0.999, 0.01)])).toEqual({ floor: 0.9, ceiling: 1 });
    expect(chartRange([])).toEqual({ floor: 0, ceiling: 1 });
  });

  it('places values top to bottom and keeps them inside', () => {
    expect(chartPosition(0.9, 0.5, 0.9)).toBe(0);
    expect(chartPosition(0.5, 0.5, 0.9)).toBe(1);
    expect(chartPosition(0.7, 0.5, 0.9)).toBeCloseTo(0.5);
    expect(chartPosition(1.2, 0.5, 0.9)).toBe(0);
    expect(chartPosition(0.5, 0.5, 0.5)).toBe(0.5);
  });
});
