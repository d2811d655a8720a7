/**
 * Certificates of completion: who may get one, the verification code printed on it, and what the
 * public verification page shows.
 *
 * The code is typed from paper, so it uses Crockford's base32 alphabet (digits and capitals
 * without I, L, O, U), in groups: `KWS-XXXX-XXXX-C`. The eight X carry 40 random bits that the
 * service draws (`crypto.getRandomValues`) and passes in; the domain never makes randomness. C is
 * a check character (Luhn mod 32) that catches every single mistyped character and every swap of
 * two neighbours but 0 and Z, so a mistyped code is reported as such and never looked up as "unknown".
 * Reading is forgiving: case, spaces and dashes are ignored, O is read as 0 and I or L as 1.
 *
 * The public page shows only what the certificate itself states (name as printed, programme,
 * provider, angkatan, dates, JP, date of issue) and its status; a revocation shows its date and one
 * of the fixed public reasons, never the internal note.
 */
import type { FieldIssue } from '../errors.ts';
import { textLength } from '../facilitation/facilitator.ts';
import { ASPECT_LABELS, type Aspect } from './aspects.ts';
import { isCalendarDate } from './calendar.ts';
import { type SessionState, stateRefusal } from './lifecycle.ts';
import type { RegistrationStatus } from './registration.ts';

/** Crockford's base32 symbols, value = index. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_PREFIX = 'KWS';
/** Random symbols in a code (5 bits each). */
export const CODE_DATA_LENGTH = 8;
/** Random bytes the service passes in: 8 × 5 bits = 40 bits = 5 bytes. */
export const CODE_RANDOM_BYTES = 5;

const BASE = CROCKFORD_ALPHABET.length;
const READ_AS: Record<string, string> = { O: '0', I: '1', L: '1' };

function symbolValue(symbol: string): number {
  return CROCKFORD_ALPHABET.indexOf(symbol);
}

function luhnSum(values: readonly number[], startFactor: 1 | 2): number {
  let factor = startFactor;
  let total = 0;
  for (let i = values.length - 1; i >= 0; i--) {
    const addend = factor * values[i]!;
    total += Math.floor(addend / BASE) + (addend % BASE);
    factor = factor === 2 ? 1 : 2;
  }
  return total % BASE;
}

/** The Luhn mod 32 check character of the data symbols. */
export function checkCharacter(data: string): string {
  const values = [...data].map(symbolValue);
  if (values.some((v) => v < 0)) throw new RangeError('Bukan simbol base32 Crockford.');
  return CROCKFORD_ALPHABET[(BASE - luhnSum(values, 2)) % BASE]!;
}

function hasValidCheck(symbols: string): boolean {
  return luhnSum([...symbols].map(symbolValue), 1) === 0;
}

function format(symbols: string): string {
  return `${CODE_PREFIX}-${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** A new code from `CODE_RANDOM_BYTES` random bytes (more are ignored). */
export function certificateCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_RANDOM_BYTES) {
    throw new RangeError(`Kode sertifikat memerlukan ${CODE_RANDOM_BYTES} byte acak.`);
  }
  let bits = 0n;
  for (let i = 0; i < CODE_RANDOM_BYTES; i++) bits = (bits << 8n) | BigInt(bytes[i]!);
  let data = '';
  for (let i = CODE_DATA_LENGTH - 1; i >= 0; i--)
    data += CROCKFORD_ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  return format(data + checkCharacter(data));
}

export type CodeProblem = 'format' | 'check_character';

export type CodeParse = { ok: true; code: string } | { ok: false; problem: CodeProblem; message: string };

const EXAMPLE = 'KWS-7KQ2-M9XD-T';

/** Reads a code as typed; returns its canonical form or why it is not a code. */
export function parseCertificateCode(input: string): CodeParse {
  const compact = input.toUpperCase().replace(/[\s\u00a0\-_.–—]/g, '');
  const fail = (problem: CodeProblem, message: string): CodeParse => ({ ok: false, problem, message });
  if (compact === '')
    return fail('format', `Ketik kode verifikasi yang tercetak pada sertifikat (contoh ${EXAMPLE}).`);
  const length = CODE_DATA_LENGTH + 1;
  // Nine symbols are a code typed without its prefix, even when they start with KWS.
  const body =
    compact.length !== length && compact.startsWith(CODE_PREFIX)
      ? compact.slice(CODE_PREFIX.length)
      : compact;
  const symbols = [...body].map((c) => READ_AS[c] ?? c).join('');
  const bad = [...symbols].find((c) => symbolValue(c) < 0);
  if (bad !== undefined) {
    return fail(
      'format',
      `Karakter "${bad}" tidak dipakai dalam kode sertifikat; kode hanya berisi angka dan huruf (contoh ${EXAMPLE}).`,
    );
  }
  if (symbols.length !== length) {
    return fail(
      'format',
      `Kode sertifikat terdiri atas ${CODE_PREFIX} dan ${length} karakter (contoh ${EXAMPLE}); yang diketik ${symbols.length} karakter.`,
    );
  }
  if (!hasValidCheck(symbols)) {
    return fail(
      'check_character',
      'Kode ini tidak cocok dengan karakter pemeriksanya (karakter terakhir): kemungkinan ada yang salah ketik. Periksa kembali kode pada sertifikat.',
    );
  }
  return { ok: true, code: format(symbols) };
}

// ——— Eligibility ———

export interface EligibilityInput {
  sessionState: SessionState;
  registrationStatus: RegistrationStatus;
  /** From `completion(...)`. */
  completed: boolean;
  attendedPercentText: string;
  minAttendancePercent: number;
  requiresPostTest: boolean;
  testedAspects: readonly Aspect[];
  /** Tested aspects with a post-test score. */
  postTestTaken: readonly Aspect[];
  /** A valid (not revoked) certificate already exists for this registration. */
  alreadyIssued: boolean;
}

export type Eligibility = { eligible: true } | { eligible: false; reasons: FieldIssue[] };

/**
 * Whether a certificate may be issued: the session finished, the participant registered (not
 * waiting, not withdrawn), completed attendance, took every post-test when the programme requires
 * it, and holds no valid certificate for it yet. All unmet conditions are listed.
 */
export function certificateEligibility(input: EligibilityInput): Eligibility {
  const reasons: FieldIssue[] = [];
  const closed = stateRefusal(input.sessionState, 'issueCertificate');
  if (closed !== null) reasons.push({ field: 'session', message: closed });
  if (input.registrationStatus !== 'terdaftar') {
    reasons.push({ field: 'registration', message: 'Sertifikat hanya untuk peserta terdaftar.' });
  }
  if (!input.completed) {
    reasons.push({
      field: 'attendance',
      message: `Kehadiran ${input.attendedPercentText}% dari JP, di bawah batas ${input.minAttendancePercent}%.`,
    });
  }
  if (input.requiresPostTest) {
    const missing = input.testedAspects.filter((a) => !input.postTestTaken.includes(a));
    if (missing.length > 0) {
      reasons.push({
        field: 'postTest',
        message: `Post-test belum diikuti untuk aspek ${missing.map((a) => ASPECT_LABELS[a].toLowerCase()).join(', ')}.`,
      });
    }
  }
  if (input.alreadyIssued) {
    reasons.push({
      field: 'registration',
      message:
        'Peserta ini sudah memiliki sertifikat yang berlaku; cabut dahulu bila perlu diterbitkan ulang.',
    });
  }
  return reasons.length > 0 ? { eligible: false, reasons } : { eligible: true };
}

// ——— Records, revocation, verification ———

export const REVOCATION_REASONS = ['kesalahan_data', 'tidak_memenuhi_syarat', 'duplikat', 'lainnya'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** The public wording of each reason, shown on the verification page. */
export const REVOCATION_REASON_LABELS: Record<RevocationReason, string> = {
  kesalahan_data: 'Data pada sertifikat salah; sertifikat pengganti telah atau akan diterbitkan.',
  tidak_memenuhi_syarat: 'Sertifikat diterbitkan walaupun syarat kelulusan tidak terpenuhi.',
  duplikat: 'Sertifikat ganda untuk peserta yang sama.',
  lainnya: 'Dicabut oleh penyelenggara pelatihan.',
};

export interface Revocation {
  /** `YYYY-MM-DD`. */
  on: string;
  reason: RevocationReason;
  /** Internal note for the provider and auditors; never public. */
  note: string;
}

/** A certificate as stored; the service may keep more (registration id, issuer) beside it. */
export interface CertificateRecord {
  code: string;
  nameAsPrinted: string;
  programmeTitle: string;
  providerName: string;
  sessionLabel: string;
  startDate: string;
  endDate: string;
  /** JP of the curriculum. */
  hours: number;
  issuedOn: string;
  revocation: Revocation | null;
}

export const MIN_REVOCATION_NOTE = 10;

/** Issues with revoking `record` on `revocation.on`, given today. */
export function revocationIssues(
  record: CertificateRecord,
  revocation: Revocation,
  today: string,
): FieldIssue[] {
  if (record.revocation !== null) {
    return [{ field: 'code', message: `Sertifikat ini sudah dicabut pada ${record.revocation.on}.` }];
  }
  const issues: FieldIssue[] = [];
  if (!isCalendarDate(revocation.on)) {
    issues.push({ field: 'on', message: 'Tanggal pencabutan wajib diisi dengan format TTTT-BB-HH.' });
  } else if (revocation.on < record.issuedOn || revocation.on > today) {
    issues.push({
      field: 'on',
      message: `Tanggal pencabutan harus antara tanggal terbit (${record.issuedOn}) dan hari ini (${today}).`,
    });
  }
  if (!REVOCATION_REASONS.includes(revocation.reason)) {
    issues.push({
      field: 'reason',
      message: `Alasan harus salah satu dari: ${REVOCATION_REASONS.join(', ')}.`,
    });
  }
  if (textLength(revocation.note) < MIN_REVOCATION_NOTE) {
    issues.push({
      field: 'note',
      message: `Catatan pencabutan (internal) wajib diisi, paling sedikit ${MIN_REVOCATION_NOTE} karakter.`,
    });
  }
  return issues;
}

/** What the public verification page shows: only what the certificate states, and its status. */
export interface PublicCertificateView {
  code: string;
  nameAsPrinted: string;
  programmeTitle: string;
  providerName: string;
  sessionLabel: string;
  startDate: string;
  endDate: string;
  hours: number;
  issuedOn: string;
  status: 'berlaku' | 'dicabut';
  revokedOn: string | null;
  revocationReason: string | null;
}

/** The public view of a record; any other field the record carries is left out. */
export function publicCertificateView(record: CertificateRecord): PublicCertificateView {
  return {
    code: record.code,
    nameAsPrinted: record.nameAsPrinted,
    programmeTitle: record.programmeTitle,
    providerName: record.providerName,
    sessionLabel: record.sessionLabel,
    startDate: record.startDate,
    endDate: record.endDate,
    hours: record.hours,
    issuedOn: record.issuedOn,
    status: record.revocation === null ? 'berlaku' : 'dicabut',
    revokedOn: record.revocation?.on ?? null,
    revocationReason: record.revocation === null ? null : REVOCATION_REASON_LABELS[record.revocation.reason],
  };
}

export type VerificationOutcome =
  | { outcome: 'valid'; message: string; certificate: PublicCertificateView }
  | {
      outcome: 'revoked';
      message: string;
      revokedOn: string;
      reason: RevocationReason;
      certificate: PublicCertificateView;
    }
  | { outcome: 'unknown'; code: string; message: string }
  | { outcome: 'malformed'; problem: CodeProblem; message: string };

/**
 * The outcome of a verification: the parsed input, and the record the service found under the
 * canonical code (null when none). A malformed or mistyped code is never looked up.
 */
export function verificationOutcome(
  parsed: CodeParse,
  record: CertificateRecord | null,
): VerificationOutcome {
  if (!parsed.ok) return { outcome: 'malformed', problem: parsed.problem, message: parsed.message };
  if (record === null || record.code !== parsed.code) {
    return {
      outcome: 'unknown',
      code: parsed.code,
      message: `Tidak ada sertifikat dengan kode ${parsed.code}. Kode ini tidak diterbitkan melalui sistem ini.`,
    };
  }
  const certificate = publicCertificateView(record);
  if (record.revocation !== null) {
    return {
      outcome: 'revoked',
      message: `Sertifikat ini DICABUT pada ${record.revocation.on}: ${REVOCATION_REASON_LABELS[record.revocation.reason]}`,
      revokedOn: record.revocation.on,
      reason: record.revocation.reason,
      certificate,
    };
  }
  return {
    outcome: 'valid',
    message: `Sertifikat sah, diterbitkan oleh ${record.providerName} pada ${record.issuedOn}.`,
    certificate,
  };
}
