/**
 * The musyawarah forms' pure parts: rupiah typed by hand (whole rupiah only, kept as digit
 * strings, never floats), agenda lines, and server field errors gathered on the form's fields.
 */
import { formatRupiah } from '../../../domain/rpkp/plan';

/** The longest amount the API accepts (15 digits: far more than any kawasan budget). */
export const RUPIAH_MAX_DIGITS = 15;

export type RupiahInput =
  | { ok: true; value: string | null }
  | { ok: false; problem: 'notWhole' | 'tooLarge' };

/**
 * Rupiah as typed: `1.250.000`, `1250000`, `Rp 1.250.000` or `1 250 000` are all 1250000. Empty
 * text is no amount (null). Decimals (`1.250.000,50`, `12,5`) and anything but digits are refused:
 * budgets are whole rupiah. The value is a digit string without leading zeros, for the API.
 */
export function parseRupiah(text: string): RupiahInput {
  const bare = text.trim().replace(/^rp\.?\s*/i, '');
  if (bare === '') return { ok: true, value: null };
  // Dots, spaces and underscores group thousands; a comma is a decimal mark, so not whole rupiah.
  if (!/^\d[\d.\s_]*$/.test(bare)) return { ok: false, problem: 'notWhole' };
  const digits = bare.replace(/[.\s_]/g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > RUPIAH_MAX_DIGITS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: digits };
}

/** `Rp1.250.000` from the API's digit string; the text itself when it is not one. */
export function rupiahText(amount: string | null | undefined): string {
  if (amount === null || amount === undefined || amount === '') return '';
  return /^-?\d+$/.test(amount) ? formatRupiah(BigInt(amount)) : amount;
}

/** What a typed amount reads as, under the field: `Rp1.250.000`, or null when empty or invalid. */
export function rupiahPreview(text: string): string | null {
  const parsed = parseRupiah(text);
  return parsed.ok && parsed.value !== null ? rupiahText(parsed.value) : null;
}

/** Agenda items from a text box, one per line: trimmed, empty lines dropped, bullets removed. */
export function agendaLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter((line) => line !== '');
}

/** The agenda as the text box shows it. */
export function agendaText(lines: readonly string[]): string {
  return lines.join('\n');
}

/**
 * The server's errors (as `fieldErrorsOf` keys them) on the form's own fields: `agenda[2]` and
 * `agenda.2` go to `agenda`; the first message of a field wins. The rest go to `other`, to be shown
 * above the form.
 */
export function formFieldErrors<F extends string>(
  fields: Record<string, string>,
  known: readonly F[],
): { byField: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const [key, message] of Object.entries(fields)) {
    const head = key.split(/[.[]/)[0] as F;
    if (known.includes(head)) byField[head] ??= message;
    else other.push(message);
  }
  return { byField, other };
}

/** `participants[3].name`, `participants.3.name` → `{ index: 3, field: 'name' }` under `prefix`. */
export function indexedField(key: string, prefix: string): { index: number; field: string } | null {
  const match = new RegExp(`^${prefix}(?:\\[(\\d+)\\]|\\.(\\d+))(?:\\.(.+))?$`).exec(key);
  if (!match) return null;
  return { index: Number(match[1] ?? match[2]), field: match[3] ?? '' };
}

/** Whether `YYYY-MM-DD` is a real calendar day. */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const at = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text;
}
