import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CertificateRecord,
  CROCKFORD_ALPHABET,
  certificateCodeFromBytes,
  certificateEligibility,
  checkCharacter,
  type EligibilityInput,
  parseCertificateCode,
  publicCertificateView,
  revocationIssues,
  verificationOutcome,
} from './certificate.ts';
import { CODE_BYTES, certificate } from './testing.ts';

/** Computed by hand: 0x3a7f11c490 in 5-bit groups is 7 9 Z H 3 H 4 G; its Luhn mod 32 check is T. */
const CODE = 'KWS-79ZH-3H4G-T';

describe('the code', () => {
  it('is made from the bytes passed in, in Crockford base32 groups with a check character', () => {
    expect(certificateCodeFromBytes(CODE_BYTES)).toBe(CODE);
    expect(certificateCodeFromBytes(new Uint8Array([0, 0, 0, 0, 0]))).toBe('KWS-0000-0000-0');
    expect(certificateCodeFromBytes(new Uint8Array([255, 255, 255, 255, 255, 9]))).toBe('KWS-ZZZZ-ZZZZ-8');
    expect(checkCharacter('7KQ2M9XD')).toBe('T');
  });

  it('needs five random bytes and never contains I, L, O or U', () => {
    expect(() => certificateCodeFromBytes(new Uint8Array(4))).toThrow(/5 byte acak/);
    expect(CROCKFORD_ALPHABET).toHaveLength(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it('always parses back to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 5, maxLength: 5 }), (bytes) => {
        const code = certificateCodeFromBytes(bytes);
        expect(code).toMatch(/^KWS-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$/);
        expect(parseCertificateCode(code)).toEqual({ ok: true, code });
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});

describe('parseCertificateCode: forgiving reading, mistyped told apart', () => {
  // biome-ignore format: one rule per line reads as a table
  const READS: [string, string][] = [
    ['KWS-79ZH-3H4G-T', 'as printed'],
    ['kws-79zh-3h4g-t', 'lower case'],
    [' KWS 79ZH 3H4G T ', 'spaces'],
    ['KWS79ZH3H4GT', 'no separators'],
    ['79ZH-3H4G-T', 'without the prefix'],
    ['KWS–79ZH–3H4G–T', 'en dashes from a word processor'],
  ];
  it.each(READS)('reads %s (%s)', (input) => {
    expect(parseCertificateCode(input)).toEqual({ ok: true, code: CODE });
  });

  it('reads O as 0 and I or L as 1', () => {
    const code = certificateCodeFromBytes(new Uint8Array([0x00, 0x42, 0x10, 0x84, 0x21]));
    expect(code).toBe('KWS-0111-1111-N');
    expect(parseCertificateCode('kws-O1I1-lL11-n')).toEqual({ ok: true, code });
  });

  // biome-ignore format: one rule per line reads as a table
  const MALFORMED: [string, string, RegExp][] = [
    ['', 'format', /Ketik kode verifikasi/],
    ['KWS-79ZH-3H4G', 'format', /terdiri atas KWS dan 9 karakter .*; yang diketik 8 karakter/],
    ['KWS-79ZH-3H4G-TT', 'format', /yang diketik 10 karakter/],
    ['KWS-79ZH-3H4G-U', 'format', /Karakter "U" tidak dipakai/],
    ['KWS-79ZH-3H4G-#', 'format', /Karakter "#" tidak dipakai/],
    ['KWS-79ZH-3H4G-S', 'check_character', /tidak cocok dengan karakter pemeriksanya .*salah ketik/],
    ['KWS-79ZH-3H5G-T', 'check_character', /salah ketik/],
    ['KWS-97ZH-3H4G-T', 'check_character', /salah ketik/],
  ];
  it.each(MALFORMED)('refuses %j as %s', (input, problem, message) => {
    const parsed = parseCertificateCode(input);
    expect(parsed).toMatchObject({ ok: false, problem });
    expect(parsed.ok === false && parsed.message).toMatch(message);
  });

  it('catches every single mistyped character', () => {
    const symbols = CODE.replaceAll('-', '').slice(3);
    for (let i = 0; i < symbols.length; i++) {
      for (const c of CROCKFORD_ALPHABET) {
        if (c === symbols[i]) continue;
        const typo = `KWS${symbols.slice(0, i)}${c}${symbols.slice(i + 1)}`;
        expect(parseCertificateCode(typo)).toMatchObject({ ok: false, problem: 'check_character' });
      }
    }
  });

  it('catches every swap of two neighbours except 0 and Z (Luhn mod 32, like 09/90 in mod 10)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 5, maxLength: 5 }),
        fc.integer({ min: 0, max: 7 }),
        (bytes, i) => {
          const symbols = certificateCodeFromBytes(bytes).replaceAll('-', '').slice(3);
          const [a, b] = [symbols[i]!, symbols[i + 1]!];
          if (a === b) return;
          const swapped = `${symbols.slice(0, i)}${b}${a}${symbols.slice(i + 2)}`;
          const undetected = parseCertificateCode(swapped).ok;
          expect(undetected).toBe([a, b].sort().join('') === '0Z');
        },
      ),
      { seed: 42, numRuns: 3000 },
    );
  });
});

describe('verificationOutcome', () => {
  it('is valid for an issued certificate, showing only what it states', () => {
    const outcome = verificationOutcome(parseCertificateCode('kws 79zh 3h4g t'), certificate());
    expect(outcome).toEqual({
      outcome: 'valid',
      message: 'Sertifikat sah, diterbitkan oleh BPPMDDTT Yogyakarta pada 2026-05-20.',
      certificate: {
        code: CODE,
        nameAsPrinted: 'Siti Aminah',
        programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
        providerName: 'BPPMDDTT Yogyakarta',
        sessionLabel: 'Angkatan I',
        startDate: '2026-05-12',
        endDate: '2026-05-14',
        hours: 24,
        issuedOn: '2026-05-20',
        status: 'berlaku',
        revokedOn: null,
        revocationReason: null,
      },
    });
  });

  it('is revoked with the date and the public reason, never the internal note', () => {
    const record = certificate({
      revocation: {
        on: '2026-06-02',
        reason: 'kesalahan_data',
        note: 'Nama salah ketik: Aminah, bukan Aminnah',
      },
    });
    const outcome = verificationOutcome(parseCertificateCode(CODE), record);
    expect(outcome).toMatchObject({
      outcome: 'revoked',
      revokedOn: '2026-06-02',
      reason: 'kesalahan_data',
      message:
        'Sertifikat ini DICABUT pada 2026-06-02: Data pada sertifikat salah; sertifikat pengganti telah atau akan diterbitkan.',
      certificate: { status: 'dicabut', revokedOn: '2026-06-02' },
    });
    expect(JSON.stringify(outcome)).not.toContain('Aminnah');
  });

  it('is unknown for a well-formed code nobody issued (a forged code)', () => {
    const forged = certificateCodeFromBytes(new Uint8Array([1, 2, 3, 4, 5]));
    expect(verificationOutcome(parseCertificateCode(forged), null)).toEqual({
      outcome: 'unknown',
      code: forged,
      message: `Tidak ada sertifikat dengan kode ${forged}. Kode ini tidak diterbitkan melalui sistem ini.`,
    });
    expect(verificationOutcome(parseCertificateCode(forged), certificate())).toMatchObject({
      outcome: 'unknown',
    });
  });

  it('is malformed for a mistyped or shapeless code, whatever the record', () => {
    expect(verificationOutcome(parseCertificateCode('KWS-79ZH-3H4G-S'), certificate())).toMatchObject({
      outcome: 'malformed',
      problem: 'check_character',
    });
    expect(verificationOutcome(parseCertificateCode('12345'), null)).toMatchObject({
      outcome: 'malformed',
      problem: 'format',
    });
  });
});

describe('publicCertificateView', () => {
  it('leaves out every field the certificate does not state', () => {
    const stored = {
      ...certificate(),
      registrationId: 'R-1',
      personKey: 'secret',
      desaCode: '3322012001',
      birthYear: 1988,
    };
    const view = publicCertificateView(stored as CertificateRecord);
    expect(Object.keys(view).sort()).toEqual([
      'code',
      'endDate',
      'hours',
      'issuedOn',
      'nameAsPrinted',
      'programmeTitle',
      'providerName',
      'revocationReason',
      'revokedOn',
      'sessionLabel',
      'startDate',
      'status',
    ]);
    expect(JSON.stringify(view)).not.toMatch(/secret|R-1|3322012001|1988/);
  });
});

describe('certificateEligibility', () => {
  const eligible: EligibilityInput = {
    sessionState: 'selesai',
    registrationStatus: 'terdaftar',
    completed: true,
    attendedPercentText: '100.0',
    minAttendancePercent: 80,
    requiresPostTest: true,
    testedAspects: ['pengetahuan', 'keterampilan'],
    postTestTaken: ['pengetahuan', 'keterampilan'],
    alreadyIssued: false,
  };

  // biome-ignore format: one rule per line reads as a table
  const TABLE: [string, Partial<EligibilityInput>, string[], RegExp | null][] = [
    ['everything done', {}, [], null],
    ['attendance below the mark', { completed: false, attendedPercentText: '66.6' }, ['attendance'], /Kehadiran 66\.6% dari JP, di bawah batas 80%/],
    ['a post-test missing', { postTestTaken: ['pengetahuan'] }, ['postTest'], /Post-test belum diikuti untuk aspek keterampilan/],
    ['a post-test missing but not required', { postTestTaken: [], requiresPostTest: false }, [], null],
    ['the session still running', { sessionState: 'berjalan' }, ['session'], /Penerbitan sertifikat tidak dapat dilakukan/],
    ['someone on the waiting list', { registrationStatus: 'daftar_tunggu' }, ['registration'], /hanya untuk peserta terdaftar/],
    ['a certificate already issued', { alreadyIssued: true }, ['registration'], /sudah memiliki sertifikat yang berlaku/],
    ['several conditions unmet', { completed: false, postTestTaken: [] }, ['attendance', 'postTest'], null],
  ];

  it.each(TABLE)('%s', (_label, changes, fields, message) => {
    const result = certificateEligibility({ ...eligible, ...changes });
    if (fields.length === 0) {
      expect(result).toEqual({ eligible: true });
      return;
    }
    expect(result.eligible).toBe(false);
    if (result.eligible) return;
    expect(result.reasons.map((r) => r.field)).toEqual(fields);
    if (message) expect(result.reasons[0]!.message).toMatch(message);
  });
});

describe('revocationIssues', () => {
  const revoke = { on: '2026-06-02', reason: 'duplikat' as const, note: 'Terbit dua kali untuk peserta R-1' };
  it('accepts a revocation between issue and today', () => {
    expect(revocationIssues(certificate(), revoke, '2026-06-10')).toEqual([]);
  });

  it.each([
    [
      'already revoked',
      certificate({ revocation: { ...revoke } }),
      revoke,
      'code',
      /sudah dicabut pada 2026-06-02/,
    ],
    [
      'before the issue date',
      certificate(),
      { ...revoke, on: '2026-05-19' },
      'on',
      /antara tanggal terbit \(2026-05-20\) dan hari ini/,
    ],
    ['in the future', certificate(), { ...revoke, on: '2026-06-11' }, 'on', /hari ini \(2026-06-10\)/],
    [
      'an unknown reason',
      certificate(),
      { ...revoke, reason: 'marah' as never },
      'reason',
      /Alasan harus salah satu dari/,
    ],
    ['no internal note', certificate(), { ...revoke, note: 'salah' }, 'note', /paling sedikit 10 karakter/],
  ] as const)('refuses %s', (_label, record, revocation, field, message) => {
    const issues = revocationIssues(record, revocation, '2026-06-10');
    expect(issues[0]!.field).toBe(field);
    expect(issues[0]!.message).toMatch(message);
  });
});
