/**
 * Small Indonesian text functions for the sentences of the Dana Desa check: percentages with a
 * decimal comma, lists joined with "dan", and the share of an amount that never looks like it
 * meets a limit it misses.
 */
import { compareShare, percentText } from '../money/rupiah.ts';

/** `"2.5"` → `"2,5%"`, `"15"` → `"15%"`. */
export function percentLabel(percent: string): string {
  return `${percent.replace('.', ',')}%`;
}

/** `["a"]` → `a`; `["a", "b", "c"]` → `a, b dan c`. */
export function joinDan(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} dan ${items[items.length - 1]}`;
}

/** Capitalises the first letter, for a phrase that starts a sentence. */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const normalised = (decimal: string) => (decimal.includes('.') ? decimal.replace(/\.?0+$/, '') : decimal);

/**
 * The share `part / whole` for a sentence, one decimal with a comma (`21,0%`). Against a limit,
 * a share that rounds to the limit but misses it reads `sedikit di atas 15%` / `sedikit di bawah
 * 20%`, so a plan one rupiah over a cap never shows `15,0%` next to a failure.
 */
export function shareLabel(part: bigint, whole: bigint, limitPercent?: string): string {
  const text = percentText(part, whole, 1);
  if (text === null) return '-';
  if (limitPercent !== undefined && normalised(text) === normalised(limitPercent)) {
    const side = compareShare(part, whole, limitPercent);
    if (side > 0) return `sedikit di atas ${percentLabel(limitPercent)}`;
    if (side < 0) return `sedikit di bawah ${percentLabel(limitPercent)}`;
  }
  return percentLabel(text);
}
