/**
 * Exact rational numbers on bigint, so a deliberation result is the same to the last digit
 * whatever order its inputs were entered in and on whatever machine it is recomputed.
 * Values are kept reduced with a positive denominator; `toFraction` / `parseFraction` give the
 * published text form (`"7/20"`, `"3"`, `"-1/2"`).
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `num / den`, reduced. Throws on a zero denominator (a programming error, not an input). */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('Penyebut nol');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

export const ZERO = rational(0n);
export const ONE = rational(1n);

export const add = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational): Rational => rational(a.num * b.den, a.den * b.num);

/** -1, 0 or 1 as `a` is less than, equal to or greater than `b`. */
export function compare(a: Rational, b: Rational): number {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** The exact text form: `"n"` for whole numbers, else `"n/d"`. */
export function toFraction(r: Rational): string {
  return r.den === 1n ? `${r.num}` : `${r.num}/${r.den}`;
}

/** Reads `toFraction`'s form back; null when the text is not one. */
export function parseFraction(text: string): Rational | null {
  const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
  if (!match) return null;
  const den = BigInt(match[2] ?? '1');
  return den === 0n ? null : rational(BigInt(match[1]!), den);
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * A plain decimal (`"2"`, `"0.25"`, `-1.5`) read exactly. Numbers are read through their shortest
 * decimal text, so `0.1` is one tenth, not the nearest binary fraction. Exponent forms (`1e-7`),
 * `NaN` and infinities are refused (null).
 */
export function parseDecimal(value: string | number): Rational | null {
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const fraction = match[3] ?? '';
  const digits = BigInt(`${match[2]}${fraction}`);
  return rational(match[1] === '-' ? -digits : digits, 10n ** BigInt(fraction.length));
}

/**
 * The value written with `places` decimals, rounded half away from zero: a display form only;
 * comparisons use the exact value.
 */
export function toDecimal(r: Rational, places: number): string {
  const scale = 10n ** BigInt(places);
  const scaled = abs(r.num) * scale;
  let units = scaled / r.den;
  if (2n * (scaled % r.den) >= r.den) units += 1n;
  const negative = r.num < 0n && units !== 0n;
  const whole = units / scale;
  const part = places > 0 ? `.${(units % scale).toString().padStart(places, '0')}` : '';
  return `${negative ? '-' : ''}${whole}${part}`;
}

/** The shortest exact decimal text of a rational that has one (denominator 2^a·5^b), else null. */
export function toExactDecimal(r: Rational): string | null {
  let den = r.den;
  let places = 0;
  while (den % 10n === 0n) [den, places] = [den / 10n, places + 1];
  while (den % 2n === 0n || den % 5n === 0n) {
    den = den % 2n === 0n ? den / 2n : den / 5n;
    places += 1;
  }
  if (den !== 1n) return null;
  const text = toDecimal(r, places);
  return places > 0 ? text.replace(/\.?0+$/, '') : text;
}
