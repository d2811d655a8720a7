/**
 * Money in whole rupiah, exact: a `bigint` in the domain, a string of digits in JSON (`"1500000"`)
 * and `bigint` in storage. Nothing about money goes through a float: sums are bigint sums, and
 * shares are compared by cross-multiplying (`part × 100 ≤ cap × whole`), never by dividing.
 * Village budgets are written the Indonesian way, so the parser takes `Rp 1.500.000`,
 * `1.500.000,00` and `1500000` alike, and refuses sen (`1.500.000,50`) and anything ambiguous.
 */
import type { FieldIssue } from '../errors.ts';

/** The most one amount may be: one quadrillion rupiah, far above any budget, and well inside bigint storage. */
export const RUPIAH_MAX = 1_000_000_000_000_000n;

export type RupiahParse = { ok: true; value: bigint } | { ok: false; issue: FieldIssue };

export interface RupiahOptions {
  /** Allow amounts below zero (a net loss). Off by default: budgets, capital and revenue are never negative. */
  allowNegative?: boolean;
}

const DIGITS = /^\d+$/;
/** Thousands grouped by dots (Indonesian) — `1.500.000` — with an optional `,00` / `,-` tail. */
const GROUPED = /^\d{1,3}(\.\d{3})+$/;

/**
 * Parses an amount as typed in a form or a spreadsheet cell. Numbers from a spreadsheet must be
 * safe integers (a cell holding 1.5 million as a float that is not whole is refused, not rounded).
 */
export function parseRupiah(input: unknown, field: string, options: RupiahOptions = {}): RupiahParse {
  const fail = (message: string): RupiahParse => ({ ok: false, issue: { field, message } });
  let value: bigint;
  if (typeof input === 'bigint') {
    value = input;
  } else if (typeof input === 'number') {
    if (!Number.isSafeInteger(input)) return fail('Jumlah rupiah harus bilangan bulat (tanpa sen).');
    value = BigInt(input);
  } else if (typeof input === 'string') {
    let text = input.trim();
    const negative = text.startsWith('-');
    if (negative) text = text.slice(1).trim();
    text = text.replace(/^rp\.?\s*/i, '');
    text = text.replace(/,(00|-)$/, '').replace(/\s+/g, '');
    if (text === '') return fail('Jumlah rupiah wajib diisi.');
    if (/,\d/.test(text)) return fail('Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.');
    if (GROUPED.test(text)) text = text.replaceAll('.', '');
    if (!DIGITS.test(text)) {
      return fail('Jumlah rupiah hanya angka, dengan titik sebagai pemisah ribuan, misalnya 1.500.000.');
    }
    value = BigInt(text) * (negative ? -1n : 1n);
  } else {
    return fail('Jumlah rupiah wajib diisi.');
  }
  if (value < 0n && !options.allowNegative) return fail('Jumlah rupiah tidak boleh negatif.');
  if (value > RUPIAH_MAX || value < -RUPIAH_MAX) {
    return fail('Jumlah rupiah terlalu besar (paling banyak Rp1.000.000.000.000.000).');
  }
  return { ok: true, value };
}

/** `1500000n` → `"Rp1.500.000"`; `-250000n` → `"-Rp250.000"`. */
export function formatRupiah(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}Rp${grouped}`;
}

/** The exact sum of amounts. */
export function sumRupiah(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** The JSON form of an amount: its digits. */
export const rupiahToJson = (value: bigint): string => value.toString();

/**
 * `part / whole` as a percentage rounded half up to `places` decimals, for display only
 * (`"12,5"` style is the caller's choice; this returns `"12.5"`). Null when `whole` is zero.
 * Decisions (caps, floors) must use `compareShare`, which never rounds.
 */
export function percentText(part: bigint, whole: bigint, places = 1): string | null {
  if (whole === 0n) return null;
  const scale = 10n ** BigInt(places);
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const p = part < 0n ? -part : part;
  const w = whole < 0n ? -whole : whole;
  const scaled = (p * 100n * scale * 2n + w) / (w * 2n);
  const intPart = scaled / scale;
  const frac = (scaled % scale).toString().padStart(places, '0');
  return `${negative ? '-' : ''}${intPart}${places > 0 ? `.${frac}` : ''}`;
}

/** `"2.5"` → 25 / 10: a percentage as an exact scaled integer. */
function parsePercent(percent: string | number): { scaled: bigint; scale: bigint } {
  const text = String(percent);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError(`Persentase tidak sah: ${text}`);
  const decimals = match[2] ?? '';
  return { scaled: BigInt(match[1]! + decimals), scale: 10n ** BigInt(decimals.length) };
}

/**
 * Compares the share `part / whole` with `percent` % exactly: -1 below, 0 exactly at, 1 above.
 * `percent` may be a decimal string such as `"2.5"`. `whole` must be positive.
 */
export function compareShare(part: bigint, whole: bigint, percent: string | number): -1 | 0 | 1 {
  if (whole <= 0n) throw new RangeError('Dasar persentase harus lebih dari nol');
  const { scaled, scale } = parsePercent(percent);
  const left = part * 100n * scale;
  const right = scaled * whole;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The smallest amount that reaches `percent` % of `whole` (for "at least 20 %": how much is needed). */
export function percentFloor(whole: bigint, percent: string | number): bigint {
  const { scaled, scale } = parsePercent(percent);
  const denominator = 100n * scale;
  return (scaled * whole + denominator - 1n) / denominator;
}

/** The largest amount that stays within `percent` % of `whole` (for "at most 25 %"). */
export function percentCeiling(whole: bigint, percent: string | number): bigint {
  const { scaled, scale } = parsePercent(percent);
  return (scaled * whole) / (100n * scale);
}
