import { describe, expect, it } from 'vitest';
import {
  refusalErrorCode,
  SESSION_ACTION_LABELS,
  SESSION_ACTIONS,
  SESSION_STATE_LABELS,
  SESSION_STATES,
  type SessionAction,
  type SessionState,
  STATE_ALLOWS,
  sessionActionsFrom,
  stateRefusal,
  transition,
} from './lifecycle.ts';
import { snapshot } from './testing.ts';

/** Written out by hand from the workflow, not derived from the table under test. */
const ALLOWED: Record<SessionState, Partial<Record<SessionAction, SessionState>>> = {
  rencana: { open_registration: 'pendaftaran', cancel: 'batal' },
  pendaftaran: { start: 'berjalan', cancel: 'batal' },
  berjalan: { finish: 'selesai', cancel: 'batal' },
  selesai: {},
  batal: {},
};

const INPUT = { today: '2026-05-14', reason: 'Narasumber berhalangan hadir' };

const EVERY_PAIR = SESSION_STATES.flatMap((state) =>
  SESSION_ACTIONS.map((action) => [state, action, ALLOWED[state][action] ?? null] as const),
);

describe('transition: every (state, action) pair', () => {
  it('covers all pairs', () => {
    expect(EVERY_PAIR).toHaveLength(20);
  });

  it.each(EVERY_PAIR)('%s + %s → %s', (state, action, to) => {
    const result = transition(snapshot({ state }), action, INPUT);
    if (to === null) {
      expect(result).toMatchObject({ ok: false, guard: 'state', issues: [] });
      if (result.ok) return;
      expect(result.reason).toContain(SESSION_ACTION_LABELS[action]);
      expect(result.reason).toContain(SESSION_STATE_LABELS[state]);
      expect(refusalErrorCode(result.guard)).toBe('conflict');
    } else {
      expect(result).toEqual({
        ok: true,
        state: to,
        audit: { sessionId: 'S-1', action, from: state, to, reason: INPUT.reason },
      });
    }
  });

  it('lists the allowed actions per state', () => {
    expect(SESSION_STATES.map((s) => sessionActionsFrom(s))).toEqual([
      ['open_registration', 'cancel'],
      ['start', 'cancel'],
      ['finish', 'cancel'],
      [],
      [],
    ]);
  });

  it('says a finished session is final', () => {
    const result = transition(snapshot({ state: 'selesai' }), 'cancel', INPUT);
    expect(result.ok === false && result.reason).toBe(
      'Tindakan "Batalkan pelatihan" tidak berlaku untuk pelatihan berstatus Selesai: statusnya final dan tidak dapat diubah lagi.',
    );
  });
});

describe('transition: guards', () => {
  const draftIssue = { field: 'capacity', message: 'Kuota peserta harus bilangan bulat 1–1000.' };
  // biome-ignore format: one rule per line reads as a table
  const REFUSED = [
    ['open with an incomplete draft', 'rencana', 'open_registration', { draftIssues: [draftIssue] }, INPUT, 'draft', /kelengkapan data pelatihan.*Kuota peserta/],
    ['start with an incomplete draft', 'pendaftaran', 'start', { draftIssues: [draftIssue] }, INPUT, 'draft', /Kuota/],
    ['start without participants', 'pendaftaran', 'start', { registeredCount: 0 }, INPUT, 'participants', /Belum ada peserta terdaftar/],
    ['finish before the last day', 'berjalan', 'finish', {}, { today: '2026-05-13' }, 'schedule_over', /Hari terakhir jadwal \(2026-05-14\) belum tiba \(hari ini 2026-05-13\)/],
    ['finish with a day without attendance', 'berjalan', 'finish', { daysWithoutAttendance: ['2026-05-13'] }, INPUT, 'attendance', /Kehadiran belum dicatat untuk tanggal 2026-05-13/],
    ['cancel without a reason', 'pendaftaran', 'cancel', {}, { today: '2026-05-01' }, 'reason', /Alasan pembatalan wajib diisi, paling sedikit 10 karakter/],
    ['cancel with a word for a reason', 'berjalan', 'cancel', {}, { today: '2026-05-13', reason: '  batal  ' }, 'reason', /paling sedikit 10/],
  ] as const;

  it.each(REFUSED)('%s', (_label, state, action, changes, input, guard, message) => {
    const result = transition(snapshot({ state, ...changes }), action, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.guard).toBe(guard);
    expect(result.reason).toMatch(message);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('finishes on the last day itself, and records no reason when none is given', () => {
    const result = transition(snapshot({ state: 'berjalan' }), 'finish', { today: '2026-05-14' });
    expect(result).toMatchObject({ ok: true, state: 'selesai', audit: { reason: null } });
  });

  it('maps refusals to error codes', () => {
    expect(refusalErrorCode('participants')).toBe('conflict');
    expect(refusalErrorCode('draft')).toBe('invalid_input');
    expect(refusalErrorCode('reason')).toBe('invalid_input');
  });
});

describe('what each state allows', () => {
  it('is the table of the workflow', () => {
    const table = Object.fromEntries(
      SESSION_STATES.map((s) => [
        s,
        Object.entries(STATE_ALLOWS[s])
          .filter(([, v]) => v)
          .map(([k]) => k),
      ]),
    );
    expect(table).toEqual({
      rencana: ['editSchedule'],
      pendaftaran: ['editSchedule', 'register', 'withdraw', 'recordPreTest'],
      berjalan: ['withdraw', 'recordAttendance', 'recordPreTest', 'recordPostTest', 'recordReaction'],
      selesai: ['recordPostTest', 'recordReaction', 'issueCertificate', 'recordFollowUp'],
      batal: [],
    });
  });

  it('explains a refusal with the states that allow it', () => {
    expect(stateRefusal('pendaftaran', 'register')).toBeNull();
    expect(stateRefusal('berjalan', 'register')).toBe(
      'Pendaftaran peserta tidak dapat dilakukan untuk pelatihan berstatus Berjalan; hanya saat berstatus Pendaftaran dibuka.',
    );
    expect(stateRefusal('rencana', 'recordPostTest')).toMatch(/hanya saat berstatus Berjalan atau Selesai/);
  });
});
