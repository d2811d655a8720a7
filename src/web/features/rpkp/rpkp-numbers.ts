/**
 * Numbers typed into the RPKP forms, read exactly: rupiah as whole bigint (never through a
 * floating-point number), progress percentages as basis points, and output quantities as exact
 * decimal strings. Pure; the forms show the problem next to the field.
 */
import { FULL_PROGRESS } from '../../../domain/rpkp/budget';

export type RupiahProblem = 'required' | 'negative' | 'decimal' | 'invalid';

export type Parsed<T, P extends string> = { ok: true; value: T } | { ok: false; problem: P };

/** `1.250.000`, `1250000`, `Rp 1.250.000` (spaces ignored): digits, grouped by dots in threes or not at all. */
const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const PLAIN = /^\d+$/;

/**
 * Whole rupiah from what was typed: `"1.250.000"` → `1250000n`. Refuses an empty field, a
 * negative amount, a fraction (`"1,5"`, `"1.250.000,50"`) and anything else that is not whole
 * rupiah written with or without thousands dots.
 */
export function parseRupiah(text: string): Parsed<bigint, RupiahProblem> {
  const compact = text.replace(/\s+/g, '').replace(/^rp\.?/i, '');
  if (compact === '') return { ok: false, problem: 'required' };
  if (compact.startsWith('-') || compact.startsWith('−')) return { ok: false, problem: 'negative' };
  if (compact.includes(',')) return { ok: false, problem: 'decimal' };
  if (PLAIN.test(compact) || GROUPED.test(compact)) {
    return { ok: true, value: BigInt(compact.replaceAll('.', '')) };
  }
  // `1.5` or `12.50`: a decimal point, i.e. a fraction of a rupiah.
  if (/^\d+\.\d{1,2}$/.test(compact)) return { ok: false, problem: 'decimal' };
  return { ok: false, problem: 'invalid' };
}

/** Whole rupiah with thousands dots and no `Rp`, for an input field: `1250000n` → `"1.250.000"`. */
export function rupiahDigits(amount: bigint): string {
  const sign = amount < 0n ? '-' : '';
  const digits = (amount < 0n ? -amount : amount).toString();
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** A rupiah amount as the API sends it (a decimal string) → bigint; anything else → null. */
export function rupiahFromApi(value: string | null | undefined): bigint | null {
  if (typeof value !== 'string' || !/^-?\d+$/.test(value)) return null;
  return BigInt(value);
}

export type DecimalProblem = 'required' | 'negative' | 'invalid';

/**
 * A non-negative decimal typed the Indonesian way (`2,5`; `1.250,75` with thousands dots) or
 * with a decimal point (`2.5`), as an exact decimal string with a point: `"2,5"` → `"2.5"`.
 * A lone dot followed by exactly three digits (`1.000`) is read as a thousands dot.
 */
export function parseDecimal(text: string): Parsed<string, DecimalProblem> {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return { ok: false, problem: 'required' };
  if (compact.startsWith('-') || compact.startsWith('−')) return { ok: false, problem: 'negative' };
  let whole: string;
  let fraction = '';
  if (compact.includes(',')) {
    const [head = '', tail, ...rest] = compact.split(',');
    if (rest.length > 0 || tail === undefined || !/^\d+$/.test(tail))
      return { ok: false, problem: 'invalid' };
    if (!PLAIN.test(head) && !GROUPED.test(head)) return { ok: false, problem: 'invalid' };
    whole = head.replaceAll('.', '');
    fraction = tail;
  } else if (PLAIN.test(compact) || GROUPED.test(compact)) {
    whole = compact.replaceAll('.', '');
  } else if (/^\d+\.\d+$/.test(compact)) {
    [whole = '', fraction = ''] = compact.split('.');
  } else {
    return { ok: false, problem: 'invalid' };
  }
  const cleanWhole = whole.replace(/^0+(?=\d)/, '');
  const cleanFraction = fraction.replace(/0+$/, '');
  return { ok: true, value: cleanFraction ? `${cleanWhole}.${cleanFraction}` : cleanWhole };
}

/** An exact decimal string (`"2.5"`) written for the reader: `"2,5"` in Bahasa Indonesia. */
export function decimalText(value: string, language: string): string {
  return language === 'en' ? value : value.replace('.', ',');
}

export type PercentProblem = 'required' | 'negative' | 'tooLarge' | 'tooPrecise' | 'invalid';

/**
 * A progress percentage typed as `37,5`, `37.5` or `100` → basis points (`3750`), exactly:
 * at most two decimals, 0 to 100.
 */
export function percentToBasisPoints(text: string): Parsed<number, PercentProblem> {
  const compact = text.replace(/\s+/g, '').replace(/%$/, '');
  if (compact === '') return { ok: false, problem: 'required' };
  if (compact.startsWith('-') || compact.startsWith('−')) return { ok: false, problem: 'negative' };
  const match = /^(\d{1,3})(?:[.,](\d+))?$/.exec(compact);
  if (!match) return { ok: false, problem: /^\d+([.,]\d+)?$/.test(compact) ? 'tooLarge' : 'invalid' };
  const whole = Number(match[1]);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, problem: 'tooPrecise' };
  const bp = whole * 100 + Number(fraction.padEnd(2, '0'));
  if (bp > FULL_PROGRESS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: bp };
}

/** Basis points as a percentage for an input field, without trailing zeros: `3750` → `"37,5"`. */
export function basisPointsToPercent(bp: number, language = 'id'): string {
  const whole = Math.trunc(bp / 100);
  const cents = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const separator = language === 'en' ? '.' : ',';
  return cents ? `${whole}${separator}${cents}` : String(whole);
}

/** Basis points → 0–100 for a progress bar (never outside it). */
export function basisPointsToBar(bp: number | null | undefined): number {
  if (typeof bp !== 'number' || !Number.isFinite(bp)) return 0;
  return Math.min(100, Math.max(0, bp / 100));
}

/** A part's share of a whole-rupiah total in percent, to one decimal (rounded down), computed in bigint. */
export function sharePercent(part: string, total: string): number {
  const whole = BigInt(total);
  if (whole <= 0n) return 0;
  return Number((BigInt(part) * 1000n) / whole) / 10;
}
