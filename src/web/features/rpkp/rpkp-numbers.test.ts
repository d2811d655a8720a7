import { describe, expect, it } from 'vitest';
import {
  basisPointsToBar,
  basisPointsToPercent,
  decimalText,
  parseDecimal,
  parseRupiah,
  percentToBasisPoints,
  rupiahDigits,
  rupiahFromApi,
  sharePercent,
} from './rpkp-numbers';

describe('parseRupiah', () => {
  it.each([
    ['1.250.000', 1_250_000n],
    ['1250000', 1_250_000n],
    ['Rp1.250.000', 1_250_000n],
    ['Rp 1.250.000', 1_250_000n],
    [' 750 ', 750n],
    ['0', 0n],
    ['12.000.000.000.000.000.000', 12_000_000_000_000_000_000n],
  ])('reads %j as %s whole rupiah', (text, value) => {
    expect(parseRupiah(text)).toEqual({ ok: true, value });
  });

  it('keeps amounts beyond a double exact', () => {
    const result = parseRupiah('9.007.199.254.740.993');
    expect(result).toEqual({ ok: true, value: 9_007_199_254_740_993n });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['Rp', 'required'],
    ['1,5', 'decimal'],
    ['1.250.000,50', 'decimal'],
    ['1.5', 'decimal'],
    ['-1.000', 'negative'],
    ['-5', 'negative'],
    ['1.25.000', 'invalid'],
    ['12.3456', 'invalid'],
    ['satu juta', 'invalid'],
    ['1e6', 'invalid'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseRupiah(text)).toEqual({ ok: false, problem });
  });
});

describe('rupiahDigits and rupiahFromApi', () => {
  it('writes thousands dots without Rp, and reads the API strings back', () => {
    expect(rupiahDigits(1_250_000n)).toBe('1.250.000');
    expect(rupiahDigits(0n)).toBe('0');
    expect(rupiahDigits(999n)).toBe('999');
    expect(rupiahFromApi('1250000')).toBe(1_250_000n);
    expect(rupiahFromApi('1.5')).toBeNull();
    expect(rupiahFromApi(null)).toBeNull();
  });

  it('round-trips through the parser', () => {
    for (const value of [1n, 1000n, 1_250_000n, 10n ** 18n]) {
      expect(parseRupiah(rupiahDigits(value))).toEqual({ ok: true, value });
    }
  });
});

describe('parseDecimal', () => {
  it.each([
    ['2,5', '2.5'],
    ['2.5', '2.5'],
    ['12', '12'],
    ['1.000', '1000'],
    ['1.250,75', '1250.75'],
    ['0,50', '0.5'],
    ['007', '7'],
  ])('reads %j as %j', (text, value) => {
    expect(parseDecimal(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'required'],
    ['-2', 'negative'],
    ['2,5,1', 'invalid'],
    ['abc', 'invalid'],
    ['1.2.3', 'invalid'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseDecimal(text)).toEqual({ ok: false, problem });
  });

  it('writes the decimal comma in Bahasa Indonesia only', () => {
    expect(decimalText('2.5', 'id')).toBe('2,5');
    expect(decimalText('2.5', 'en')).toBe('2.5');
  });
});

describe('progress percent ↔ basis points', () => {
  it.each([
    ['0', 0],
    ['37,5', 3750],
    ['37.5', 3750],
    ['37,25', 3725],
    ['100', 10_000],
    ['100,00', 10_000],
    ['12%', 1200],
  ])('reads %j as %i basis points', (text, bp) => {
    expect(percentToBasisPoints(text)).toEqual({ ok: true, value: bp });
  });

  it.each([
    ['', 'required'],
    ['-1', 'negative'],
    ['100,5', 'tooLarge'],
    ['250', 'tooLarge'],
    ['1000', 'tooLarge'],
    ['33,333', 'tooPrecise'],
    ['setengah', 'invalid'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(percentToBasisPoints(text)).toEqual({ ok: false, problem });
  });

  it('writes basis points back without trailing zeros, in the reader’s language', () => {
    expect(basisPointsToPercent(3750)).toBe('37,5');
    expect(basisPointsToPercent(3725, 'en')).toBe('37.25');
    expect(basisPointsToPercent(10_000)).toBe('100');
    expect(basisPointsToPercent(5)).toBe('0,05');
    for (const bp of [0, 1, 99, 3750, 9999, 10_000]) {
      expect(percentToBasisPoints(basisPointsToPercent(bp))).toEqual({ ok: true, value: bp });
    }
  });

  it('keeps a bar inside 0–100', () => {
    expect(basisPointsToBar(3750)).toBe(37.5);
    expect(basisPointsToBar(null)).toBe(0);
    expect(basisPointsToBar(20_000)).toBe(100);
  });
});

describe('sharePercent', () => {
  it('gives the share of a total exactly, rounded down to a tenth, and 0 of nothing', () => {
    expect(sharePercent('1250000000', '1300000000')).toBe(96.1);
    expect(sharePercent('1', '3')).toBe(33.3);
    expect(sharePercent('5', '0')).toBe(0);
    expect(sharePercent('90071992547409930', '90071992547409930')).toBe(100);
  });
});
