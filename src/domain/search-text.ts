/**
 * Text normalisation for name search: case- and accent-insensitive, punctuation-tolerant.
 * The same function prepares stored names and user queries, so both sides always agree.
 */

const APOSTROPHES = /['’‘`"´]/g;
const NON_ALNUM = /[^a-z0-9]+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;

/** `"Regapu’u"` → `"regapuu"`, `"Lubuk Pakam I,II"` → `"lubuk pakam i ii"`, `"Émpang"` → `"empang"`. */
export function normalizeSearchText(text: string): string {
  const folded = ASCII.test(text) ? text : text.normalize('NFD').replace(COMBINING_MARKS, '');
  return folded.toLowerCase().replace(APOSTROPHES, '').replace(NON_ALNUM, ' ').trim();
}

/** Shortest normalised query worth running against the whole country. */
export const MIN_SEARCH_LENGTH = 2;
