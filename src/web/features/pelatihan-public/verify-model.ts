/**
 * Pure pieces of the public certificate verification page: its address, what goes into the
 * address from the code field, and how each outcome of a verification is shown.
 */
import type { VerificationView } from '../../../contracts/training-outcome.contract';
import { parseCertificateCode } from '../../../domain/training/certificate';

export const VERIFY_PATH = '/verifikasi';

/** Longest text the field sends (the API reads at most 64 characters). */
export const VERIFY_CODE_MAX = 64;

/** `/verifikasi`, or `/verifikasi/KWS-…` for a code. */
export function verifyPath(code?: string | null): string {
  const text = (code ?? '').trim();
  return text === '' ? VERIFY_PATH : `${VERIFY_PATH}/${encodeURIComponent(text)}`;
}

export type VerifyInput =
  /** Put this in the address and ask the server. */
  | { ok: true; code: string }
  /** Nothing typed: say what to type, ask nobody. */
  | { ok: false; message: string };

/**
 * What the field sends: a code the domain reads goes in its canonical form (`kws 7kq2…` →
 * `KWS-7KQ2-…`), so the address is the one printed on the paper; anything else goes as typed,
 * trimmed, and the server answers with the domain's reason. An empty field is answered here with
 * the domain's own message.
 */
export function verifyInput(typed: string): VerifyInput {
  const text = typed.trim().slice(0, VERIFY_CODE_MAX);
  const parsed = parseCertificateCode(text);
  if (parsed.ok) return { ok: true, code: parsed.code };
  if (text === '') return { ok: false, message: parsed.message };
  return { ok: true, code: text };
}

export type VerifyOutcome = VerificationView['outcome'];

/** Colour of each outcome: green valid, red revoked, orange unknown, yellow mistyped. */
export const OUTCOME_COLORS: Record<VerifyOutcome, string> = {
  valid: 'teal',
  revoked: 'red',
  unknown: 'orange',
  malformed: 'yellow',
};

/** The code the page names in its title: the certificate's, else the canonical one asked for. */
export function outcomeCode(view: VerificationView): string | null {
  if (view.outcome === 'valid' || view.outcome === 'revoked') return view.certificate.code;
  if (view.outcome === 'unknown') return view.code;
  return null;
}

/**
 * A `YYYY-MM-DD` day in the reader's language, read as that calendar day whatever the browser's
 * time zone ("12 Mei 2026"); anything else is shown as it came.
 */
export function formatCalendarDay(day: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  const at = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at);
}

/** "12 Mei 2026 – 14 Mei 2026"; one day when both are the same. */
export function formatPeriod(start: string, end: string, locale: string): string {
  const from = formatCalendarDay(start, locale);
  return start === end ? from : `${from} – ${formatCalendarDay(end, locale)}`;
}
