import { describe, expect, it } from 'vitest';
import type { VerificationView } from '../../../contracts/training-outcome.contract';
import { certificateCodeFromBytes } from '../../../domain/training/certificate';
import {
  formatCalendarDay,
  formatPeriod,
  OUTCOME_COLORS,
  outcomeCode,
  VERIFY_CODE_MAX,
  verifyInput,
  verifyPath,
} from './verify-model';

const CODE = certificateCodeFromBytes(new Uint8Array([1, 2, 3, 4, 5]));

describe('verifyPath', () => {
  it('is the page itself without a code and the code escaped with one', () => {
    expect(verifyPath()).toBe('/verifikasi');
    expect(verifyPath('  ')).toBe('/verifikasi');
    expect(verifyPath(CODE)).toBe(`/verifikasi/${CODE}`);
    expect(verifyPath('a/b c')).toBe('/verifikasi/a%2Fb%20c');
  });
});

describe('verifyInput', () => {
  it('sends a code the domain reads in its printed form, whatever the case and spacing', () => {
    const typed = ` ${CODE.toLowerCase().replaceAll('-', ' ')} `;
    expect(verifyInput(typed)).toEqual({ ok: true, code: CODE });
    expect(verifyInput(CODE.replaceAll('-', ''))).toEqual({ ok: true, code: CODE });
  });

  it('sends a mistyped code as typed, so the server answers with the reason', () => {
    const last = CODE.at(-1) === '0' ? '1' : '0';
    const wrong = `${CODE.slice(0, -1)}${last}`;
    expect(verifyInput(` ${wrong} `)).toEqual({ ok: true, code: wrong });
    expect(verifyInput('hello')).toEqual({ ok: true, code: 'hello' });
  });

  it('answers an empty field itself, with the domain message that shows an example', () => {
    const answer = verifyInput('   ');
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.message).toMatch(/kode verifikasi.*KWS-/);
  });

  it('never sends more than the API reads', () => {
    const answer = verifyInput('x'.repeat(200));
    expect(answer.ok && answer.code.length).toBe(VERIFY_CODE_MAX);
  });
});

describe('outcomes', () => {
  const certificate = {
    code: CODE,
    nameAsPrinted: 'Siti Aminah',
    programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
    providerName: 'BBPPMDDTT Yogyakarta',
    sessionLabel: 'Angkatan I',
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    hours: 24,
    issuedOn: '2026-05-20',
    status: 'berlaku' as const,
    revokedOn: null,
    revocationReason: null,
  };

  it('name the code of the certificate found, or the canonical one not found', () => {
    expect(outcomeCode({ outcome: 'valid', message: 'sah', certificate })).toBe(CODE);
    expect(outcomeCode({ outcome: 'unknown', code: 'KWS-0000-0000-0', message: 'tidak ada' })).toBe(
      'KWS-0000-0000-0',
    );
    expect(outcomeCode({ outcome: 'malformed', problem: 'format', message: 'salah' })).toBeNull();
  });

  it('have a colour each, red only for a revoked certificate', () => {
    const outcomes: VerificationView['outcome'][] = ['valid', 'revoked', 'unknown', 'malformed'];
    expect(outcomes.map((o) => OUTCOME_COLORS[o])).toEqual(['teal', 'red', 'orange', 'yellow']);
  });
});

describe('calendar days', () => {
  it('show the day itself in the reader language, never the day before', () => {
    expect(formatCalendarDay('2026-05-12', 'id-ID')).toBe('12 Mei 2026');
    expect(formatCalendarDay('2026-01-01', 'en-GB')).toBe('1 Jan 2026');
  });

  it('leave what is no day as it came', () => {
    expect(formatCalendarDay('kemarin', 'id-ID')).toBe('kemarin');
    expect(formatCalendarDay('2026-5-1', 'id-ID')).toBe('2026-5-1');
  });

  it('write one day once and a period with both ends', () => {
    expect(formatPeriod('2026-05-12', '2026-05-12', 'id-ID')).toBe('12 Mei 2026');
    expect(formatPeriod('2026-05-12', '2026-05-14', 'id-ID')).toBe('12 Mei 2026 – 14 Mei 2026');
  });
});
