/**
 * The naming rules of village enterprises, as a list of checks (Permendesa PDTT 3/2021 Pasal 4;
 * DOMAIN.md §4). A name:
 * - is unique (nationally, by its normalised form);
 * - for a BUM Desa, begins with the phrase "BUM Desa" and ends with the administrative name of
 *   the founding desa; for a BUM Desa Bersama, begins with "BUM Desa Bersama" (the regulation
 *   gives no ending for it, since its desa are several);
 * - is made of letters forming words (no digits or symbols, except inside the desa's own name);
 * - does not resemble the name of a government or international body (GOVERNMENT_BODIES);
 * - should reflect the purpose of the enterprise (some word between the phrase and the desa name)
 *   and should not use a foreign language (FOREIGN_WORDS) — these two are warnings.
 * Koperasi Desa/Kelurahan Merah Putih are named "Koperasi Desa Merah Putih <desa>" or "Koperasi
 * Kelurahan Merah Putih <kelurahan>" in the Inpres 9/2025 programme as commonly practised; the
 * system warns when a name departs from it but does not refuse it. Other cooperatives and
 * business groups have only the letters, length and uniqueness rules. Length: 8–120 characters
 * (this system's bound, so names fit certificates and lists). The rule against names that offend
 * public order or decency is left to the registering officer: no list can decide it.
 *
 * Errors block registering and renaming; warnings are shown to the user.
 */
import type { EnterpriseKind } from './vocabulary.ts';

export const NAME_RULES = [
  'wajib',
  'panjang',
  'huruf',
  'awalan',
  'akhiran_desa',
  'unik',
  'instansi',
  'maksud_usaha',
  'bahasa_asing',
  'merah_putih',
] as const;
export type NameRule = (typeof NAME_RULES)[number];

export interface NameCheck {
  rule: NameRule;
  severity: 'error' | 'warning';
  field: 'name';
  message: string;
}

export const NAME_MIN_LENGTH = 8;
export const NAME_MAX_LENGTH = 120;

/**
 * Names of government and international bodies a name must not be or resemble (matched as
 * whole words or phrases, case-insensitively). Kept short on purpose: the common cases only.
 */
export const GOVERNMENT_BODIES: readonly string[] = [
  'kementerian',
  'kementrian',
  'pemerintah',
  'pemerintahan',
  'dinas',
  'badan usaha milik negara',
  'badan usaha milik daerah',
  'bumn',
  'bumd',
  'tni',
  'polri',
  'pbb',
  'perserikatan bangsa-bangsa',
  'unicef',
  'unesco',
  'world bank',
  'bank dunia',
];

/**
 * Common foreign (mostly English) words in business names, matched as whole words. Short and
 * illustrative: a hint, not a dictionary.
 */
export const FOREIGN_WORDS: readonly string[] = [
  'mart',
  'shop',
  'store',
  'center',
  'centre',
  'corner',
  'group',
  'corporation',
  'company',
  'market',
  'farm',
  'tourism',
  'resort',
  'land',
  'park',
  'house',
  'coffee',
  'food',
  'fresh',
  'smart',
  'green',
  'digital',
  'village',
  'water',
  'garden',
];

export interface FounderName {
  /** The desa/kelurahan code (10 digits; the 7th digit 1 marks a kelurahan). */
  code: string;
  /** The administrative name as stored in the region table. */
  name: string;
}

export interface NameTaken {
  enterpriseId: string;
  name: string;
  /** Where the enterprise holding the name lies, for the message (e.g. "Kabupaten Cilacap"). */
  regionName: string | null;
}

export interface NamingInput {
  kind: EnterpriseKind;
  name: string;
  founders: readonly FounderName[];
  /** The enterprise already holding this normalised name (other than the one being renamed), if any. */
  taken: NameTaken | null;
}

const APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;

/** The key names are unique by: lower case, single spaces, trimmed (apostrophes unified). */
export function normaliseEnterpriseName(name: string): string {
  return name.normalize('NFC').replace(APOSTROPHES, "'").trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A word: letters, with an apostrophe or hyphen only between letters. */
const WORD = /^\p{L}+(?:['-]\p{L}+)*$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `phrase` occurs in `text` as whole words (both normalised). */
function hasPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?:$|[^\\p{L}\\p{N}])`, 'u').test(text);
}

/** `text` with every occurrence of the founders' names cut out (their digits and symbols are theirs). */
function withoutFounderNames(text: string, founders: readonly FounderName[]): string {
  let rest = text;
  const names = founders
    .map((f) => normaliseEnterpriseName(f.name))
    .filter((n) => n.length > 0)
    .sort((a, b) => b.length - a.length);
  for (const n of names) rest = rest.replace(new RegExp(`(?<=^| )${escapeRegExp(n)}(?= |$)`, 'gu'), ' ');
  return rest.trim().replace(/\s+/g, ' ');
}

function quoted(list: readonly string[]): string {
  return list.map((w) => `"${w}"`).join(', ');
}

const BUMDES = 'bum desa';
const BUMDESMA = 'bum desa bersama';

/** The naming checks of `input.name`, errors and warnings, in rule order. Empty: the name is fine. */
export function nameChecks(input: NamingInput): NameCheck[] {
  const checks: NameCheck[] = [];
  const error = (rule: NameRule, message: string) =>
    checks.push({ rule, severity: 'error', field: 'name', message });
  const warning = (rule: NameRule, message: string) =>
    checks.push({ rule, severity: 'warning', field: 'name', message });

  const raw = input.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (raw.length === 0) {
    error('wajib', 'Nama badan usaha wajib diisi.');
    return checks;
  }
  const key = normaliseEnterpriseName(raw);
  if (raw.length < NAME_MIN_LENGTH || raw.length > NAME_MAX_LENGTH)
    error(
      'panjang',
      `Nama badan usaha ${NAME_MIN_LENGTH}–${NAME_MAX_LENGTH} karakter; nama ini ${raw.length} karakter.`,
    );

  const ownWords = withoutFounderNames(key, input.founders);
  const badWords = ownWords.split(' ').filter((w) => w.length > 0 && !WORD.test(w));
  if (badWords.length > 0) {
    const symbols = [...new Set(badWords.join('').replace(/[\p{L}'-]/gu, ''))];
    error(
      'huruf',
      symbols.length > 0
        ? `Nama hanya boleh terdiri atas huruf yang membentuk kata; hapus angka atau tanda ${quoted(symbols)}.`
        : `Nama hanya boleh terdiri atas huruf yang membentuk kata; periksa ${quoted(badWords)}.`,
    );
  }

  const desa = input.founders.length === 1 ? input.founders[0]! : null;
  const desaKey = desa ? normaliseEnterpriseName(desa.name) : null;
  let middle: string | null = null;
  if (input.kind === 'bumdes') {
    const startsRight = key === BUMDES || key.startsWith(`${BUMDES} `);
    if (!startsRight)
      error(
        'awalan',
        /^bumdes/.test(key)
          ? 'Nama BUM Desa diawali dengan frasa "BUM Desa" (dua kata), bukan "BUMDes".'
          : 'Nama BUM Desa diawali dengan frasa "BUM Desa".',
      );
    else if (key.startsWith(`${BUMDESMA} `))
      error(
        'awalan',
        'Frasa "BUM Desa Bersama" dipakai oleh BUM Desa Bersama; nama BUM Desa diawali "BUM Desa" saja.',
      );
    const endsRight = desaKey !== null && (key === desaKey || key.endsWith(` ${desaKey}`));
    if (desa && !endsRight)
      error('akhiran_desa', `Nama BUM Desa diakhiri dengan nama desa pendirinya: "… ${desa.name}".`);
    if (startsRight && endsRight && desaKey !== null) {
      middle = key.slice(BUMDES.length, key.length - desaKey.length).trim();
    }
  } else if (input.kind === 'bumdesma') {
    const startsRight = key === BUMDESMA || key.startsWith(`${BUMDESMA} `);
    if (!startsRight)
      error(
        'awalan',
        /^bumdes/.test(key)
          ? 'Nama BUM Desa Bersama diawali dengan frasa "BUM Desa Bersama", bukan "BUMDesma" atau "BUMDes".'
          : 'Nama BUM Desa Bersama diawali dengan frasa "BUM Desa Bersama".',
      );
    else middle = key.slice(BUMDESMA.length).trim();
  }

  if (input.taken !== null) {
    const where = input.taken.regionName ? ` (${input.taken.regionName})` : '';
    error(
      'unik',
      `Nama "${input.taken.name}" sudah dipakai badan usaha lain${where}; nama badan usaha harus unik.`,
    );
  }

  const bodies = GOVERNMENT_BODIES.filter((b) => hasPhrase(ownWords, b));
  if (bodies.length > 0)
    error(
      'instansi',
      `Nama tidak boleh sama atau menyerupai nama lembaga pemerintah atau internasional: ${quoted(bodies)}.`,
    );

  if (middle !== null && middle.length === 0)
    warning(
      'maksud_usaha',
      input.kind === 'bumdes'
        ? 'Nama hendaknya mencerminkan maksud dan usaha: tambahkan kata di antara "BUM Desa" dan nama desa.'
        : 'Nama hendaknya mencerminkan maksud dan usaha: tambahkan kata sesudah "BUM Desa Bersama".',
    );

  const foreign = FOREIGN_WORDS.filter((w) => hasPhrase(ownWords, w));
  if (foreign.length > 0)
    warning('bahasa_asing', `Nama hendaknya tidak mengandung bahasa asing: ${quoted(foreign)}.`);

  if (input.kind === 'koperasi_merah_putih' && desa) {
    const kelurahan = desa.code[6] === '1';
    const expected = `Koperasi ${kelurahan ? 'Kelurahan' : 'Desa'} Merah Putih ${desa.name}`;
    if (key !== normaliseEnterpriseName(expected))
      warning(
        'merah_putih',
        `Koperasi ${kelurahan ? 'Kelurahan' : 'Desa'} Merah Putih lazimnya bernama "${expected}" (Inpres 9/2025); ini peringatan, nama lain tetap dapat didaftarkan.`,
      );
  }
  return checks;
}

/** Only the errors (what blocks registering and renaming). */
export function nameErrors(checks: readonly NameCheck[]): NameCheck[] {
  return checks.filter((c) => c.severity === 'error');
}
