import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countsInReports,
  EDITABLE_STATES,
  editRefusal,
  LOG_ACTION_LABELS,
  LOG_ACTIONS,
  LOG_STATE_LABELS,
  LOG_STATES,
  type LogAction,
  type LogActor,
  type LogEntrySnapshot,
  type LogState,
  logActionsFrom,
  MIN_RETURN_REASON_LENGTH,
  mayEdit,
  refusalErrorCode,
  reportable,
  transition,
} from './review.ts';
import { ACTORS, logEntry } from './testing.ts';

const { owner, supervisor, otherFacilitator, officer } = ACTORS;
const REASON = 'Foto kegiatan belum dilampirkan';

/** Written out by hand from the workflow, not derived from the table under test. */
const ALLOWED: Record<LogState, Partial<Record<LogAction, LogState>>> = {
  draf: { submit: 'diajukan' },
  diajukan: { return: 'dikembalikan', approve: 'disetujui' },
  dikembalikan: { resubmit: 'diajukan' },
  disetujui: {},
};

const WHO: Record<LogAction, LogActor> = {
  submit: owner,
  return: supervisor,
  resubmit: owner,
  approve: supervisor,
};

const EVERY_PAIR = LOG_STATES.flatMap((state) =>
  LOG_ACTIONS.map((action) => [state, action, ALLOWED[state][action] ?? null] as const),
);

describe('transition: every (state, action) pair', () => {
  it('covers all pairs', () => {
    expect(EVERY_PAIR).toHaveLength(16);
  });

  it.each(EVERY_PAIR)('%s + %s → %s', (state, action, to) => {
    const result = transition(logEntry(state), action, WHO[action], { reason: REASON });
    if (to === null) {
      expect(result).toMatchObject({ ok: false, guard: 'state', issues: [] });
      if (result.ok) return;
      expect(result.reason).toContain(LOG_ACTION_LABELS[action]);
      expect(result.reason).toContain(LOG_STATE_LABELS[state]);
      expect(refusalErrorCode(result.guard)).toBe('conflict');
    } else {
      const submission = to === 'diajukan' ? 2 : 1;
      expect(result).toEqual({
        ok: true,
        state: to,
        submission,
        audit: {
          entryId: 'LOG-1',
          action,
          from: state,
          to,
          submission,
          actorUserId: WHO[action].userId,
          actorFacilitatorId: WHO[action].facilitatorId,
          actorLabel: WHO[action].label,
          reason: REASON,
        },
      });
    }
  });

  it('lists the allowed actions per state', () => {
    expect(LOG_STATES.map((s) => logActionsFrom(s))).toEqual([
      ['submit'],
      ['return', 'approve'],
      ['resubmit'],
      [],
    ]);
  });

  it('says an approved entry is final', () => {
    const result = transition(logEntry('disetujui'), 'return', supervisor, { reason: REASON });
    expect(result.ok === false && result.reason).toBe(
      'Tindakan "Kembalikan untuk perbaikan" tidak berlaku untuk catatan berstatus Disetujui: catatan yang sudah disetujui bersifat final dan tidak dapat diubah.',
    );
  });

  it('numbers submissions: first submission 1, each resubmission +1', () => {
    let entry: LogEntrySnapshot = logEntry('draf', { submission: 0 });
    const steps: [LogAction, LogActor][] = [
      [`submit`, owner],
      ['return', supervisor],
      ['resubmit', owner],
      ['return', supervisor],
      ['resubmit', owner],
      ['approve', supervisor],
    ];
    const seen: [LogState, number][] = [];
    for (const [action, actor] of steps) {
      const r = transition(entry, action, actor, { reason: REASON });
      if (!r.ok) throw new Error(r.reason);
      entry = { ...entry, state: r.state, submission: r.submission };
      seen.push([r.state, r.submission]);
    }
    expect(seen).toEqual([
      ['diajukan', 1],
      ['dikembalikan', 1],
      ['diajukan', 2],
      ['dikembalikan', 2],
      ['diajukan', 3],
      ['disetujui', 3],
    ]);
  });
});

describe('transition: actors and guards', () => {
  type Refused = [
    string,
    LogState,
    LogAction,
    LogActor,
    Partial<LogEntrySnapshot>,
    string | undefined,
    string,
    RegExp,
  ];
  // biome-ignore format: one rule per line reads as a table
  const REFUSED: Refused[] = [
    ['the supervisor cannot submit for the owner', 'draf', 'submit', supervisor, {}, undefined, 'actor', /Hanya pendamping yang menulis catatan ini/],
    ['another facilitator cannot submit', 'draf', 'submit', otherFacilitator, {}, undefined, 'actor', /Hanya pendamping yang menulis/],
    ['an officer who is no facilitator cannot resubmit', 'dikembalikan', 'resubmit', officer, {}, undefined, 'actor', /Hanya pendamping yang menulis/],
    ['the owner cannot approve their own entry', 'diajukan', 'approve', owner, {}, undefined, 'actor', /Hanya penyelia pendamping ini/],
    ['another facilitator cannot return', 'diajukan', 'return', otherFacilitator, {}, REASON, 'actor', /Hanya penyelia pendamping ini/],
    ['the kabupaten officer is not the supervisor', 'diajukan', 'approve', officer, {}, undefined, 'actor', /Hanya penyelia/],
    ['no supervisor set', 'diajukan', 'approve', supervisor, { supervisorFacilitatorId: null }, undefined, 'actor', /belum memiliki penyelia/],
    ['a supervisor set to the owner cannot self-approve', 'diajukan', 'approve', owner, { supervisorFacilitatorId: 'F-pld' }, undefined, 'actor', /Hanya penyelia/],
    ['a return needs a reason', 'diajukan', 'return', supervisor, {}, undefined, 'reason', /Alasan pengembalian wajib diisi, paling sedikit 10 karakter/],
    ['a return needs a real reason', 'diajukan', 'return', supervisor, {}, '  kurang  ', 'reason', /paling sedikit 10 karakter/],
    ['submission needs complete content', 'draf', 'submit', owner, { contentIssues: [{ field: 'topic', message: 'Topik wajib diisi.' }] }, undefined, 'content', /^Syarat "kelengkapan catatan kegiatan" belum terpenuhi: Topik wajib diisi\.$/],
    ['resubmission needs complete content', 'dikembalikan', 'resubmit', owner, { contentIssues: [{ field: 'date', message: 'Tanggal salah.' }] }, undefined, 'content', /Tanggal salah/],
  ];

  it.each(REFUSED)('%s', (_label, state, action, actor, changes, reason, guard, message) => {
    const entry = logEntry(state, changes);
    const result = transition(entry, action, actor, reason === undefined ? {} : { reason });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.guard).toBe(guard);
    expect(result.reason).toMatch(message);
    if (guard === 'content') expect(result.issues).toEqual(entry.contentIssues);
  });

  it('accepts a reason of exactly the minimum length, counted after trimming', () => {
    const reason = ` ${'x'.repeat(MIN_RETURN_REASON_LENGTH)} `;
    const result = transition(logEntry('diajukan'), 'return', supervisor, { reason });
    expect(result.ok && result.audit.reason).toBe('x'.repeat(MIN_RETURN_REASON_LENGTH));
    const short = transition(logEntry('diajukan'), 'return', supervisor, { reason: 'x'.repeat(9) });
    expect(short.ok).toBe(false);
  });

  it('records no reason when none is given', () => {
    const result = transition(logEntry('diajukan'), 'approve', supervisor);
    expect(result.ok && result.audit.reason).toBeNull();
  });

  it('maps refusals to error codes', () => {
    expect(refusalErrorCode('actor')).toBe('forbidden');
    expect(refusalErrorCode('state')).toBe('conflict');
    expect(refusalErrorCode('reason')).toBe('invalid_input');
    expect(refusalErrorCode('content')).toBe('invalid_input');
  });
});

describe('editing and reports', () => {
  it('lets only the owner edit, only in draf and dikembalikan', () => {
    const table = LOG_STATES.map((s) => [
      s,
      [owner, supervisor, otherFacilitator, officer].map((a) => mayEdit(logEntry(s), a)),
    ]);
    expect(table).toEqual([
      ['draf', [true, false, false, false]],
      ['diajukan', [false, false, false, false]],
      ['dikembalikan', [true, false, false, false]],
      ['disetujui', [false, false, false, false]],
    ]);
    expect(EDITABLE_STATES).toEqual(['draf', 'dikembalikan']);
  });

  it('explains why an edit is refused', () => {
    expect(editRefusal(logEntry('disetujui'), owner)).toEqual({
      guard: 'state',
      reason: 'Catatan yang sudah disetujui tidak dapat diubah.',
    });
    expect(editRefusal(logEntry('diajukan'), owner)?.reason).toMatch(/sedang ditinjau penyelia/);
    expect(editRefusal(logEntry('draf'), supervisor)).toEqual({
      guard: 'actor',
      reason: 'Hanya pendamping yang menulis catatan ini yang dapat mengubahnya.',
    });
  });

  it('counts only approved entries in reports', () => {
    expect(LOG_STATES.filter(countsInReports)).toEqual(['disetujui']);
    const entries = LOG_STATES.map((state, i) => ({ id: `L${i}`, state }));
    expect(reportable(entries)).toEqual([{ id: 'L3', state: 'disetujui' }]);
  });
});

describe('property: an approved entry never becomes editable', () => {
  const actors = [owner, supervisor, otherFacilitator, officer];
  const step = fc.record({
    action: fc.constantFrom(...LOG_ACTIONS),
    actor: fc.constantFrom(...actors),
    reason: fc.constantFrom(undefined, '', 'pendek', REASON),
    contentOk: fc.boolean(),
  });

  it('holds for random action sequences by random actors', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let entry: LogEntrySnapshot = logEntry('draf', { submission: 0 });
        let approved = false;
        for (const s of steps) {
          const contentIssues = s.contentOk ? [] : [{ field: 'topic', message: 'Topik wajib diisi.' }];
          const result = transition({ ...entry, contentIssues }, s.action, s.actor, { reason: s.reason });
          if (approved) {
            expect(result).toMatchObject({ ok: false, guard: 'state' });
          }
          if (result.ok) {
            expect(ALLOWED[entry.state][s.action]).toBe(result.state);
            expect(result.audit.from).toBe(entry.state);
            entry = { ...entry, state: result.state, submission: result.submission };
          }
          if (entry.state === 'disetujui') approved = true;
          for (const a of actors) {
            expect(mayEdit(entry, a)).toBe(!approved && EDITABLE_STATES.includes(entry.state) && a === owner);
          }
        }
        if (approved) expect(entry.state).toBe('disetujui');
      }),
      { seed: 20260315, numRuns: 500 },
    );
  });
});
