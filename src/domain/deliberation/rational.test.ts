import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  div,
  mul,
  parseDecimal,
  parseFraction,
  rational,
  sub,
  toDecimal,
  toExactDecimal,
  toFraction,
} from './rational.ts';

describe('rational', () => {
  it.each([
    ['2', '2'],
    [' 0.25 ', '1/4'],
    ['-1.5', '-3/2'],
    [0.1, '1/10'],
    [3, '3'],
    ['007.50', '15/2'],
  ] as const)('parseDecimal(%j) = %s', (text, fraction) => {
    expect(toFraction(parseDecimal(text)!)).toBe(fraction);
  });

  it.each(['', 'tiga', '1e2', '1,5', '.5', '5.', Number.NaN, Number.POSITIVE_INFINITY, 1e21, 1e-7])(
    'parseDecimal refuses %j',
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );

  it('reduces, keeps the sign on the numerator and computes exactly', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    const tenth = parseDecimal('0.1')!;
    expect(toFraction(add(tenth, parseDecimal('0.2')!))).toBe('3/10');
    expect(compare(add(tenth, parseDecimal('0.2')!), parseDecimal('0.3')!)).toBe(0);
    expect(toFraction(sub(rational(1n, 3n), rational(1n, 2n)))).toBe('-1/6');
    expect(toFraction(mul(rational(2n, 3n), rational(9n, 4n)))).toBe('3/2');
    expect(toFraction(div(rational(1n, 3n), rational(2n, 3n)))).toBe('1/2');
    expect(() => rational(1n, 0n)).toThrow(RangeError);
  });

  it('reads fractions back', () => {
    expect(parseFraction('31/40')).toEqual({ num: 31n, den: 40n });
    expect(parseFraction('-4/2')).toEqual({ num: -2n, den: 1n });
    expect(parseFraction('1/0')).toBeNull();
    expect(parseFraction('0.5')).toBeNull();
  });

  it.each([
    ['2/3', 6, '0.666667'],
    ['1/8', 2, '0.13'],
    ['-1/8', 2, '-0.13'],
    ['-1/1000', 2, '0.00'],
    ['5/2', 0, '3'],
    ['53/80', 6, '0.662500'],
  ])('toDecimal(%s, %i) = %s (half away from zero)', (fraction, places, text) => {
    expect(toDecimal(parseFraction(fraction)!, places)).toBe(text);
  });

  it.each([
    ['1/4', '0.25'],
    ['5/2', '2.5'],
    ['7', '7'],
    ['-3/40', '-0.075'],
    ['1/3', null],
  ])('toExactDecimal(%s) = %s', (fraction, text) => {
    expect(toExactDecimal(parseFraction(fraction)!)).toBe(text);
  });
});
