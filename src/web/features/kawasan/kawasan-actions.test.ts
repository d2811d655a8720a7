import { describe, expect, it } from 'vitest';
import { KAWASAN_ACTIONS, transition } from '../../../domain/kawasan/lifecycle';
import {
  actionDialog,
  emptyTransitionDraft,
  isEndingAction,
  orderActions,
  type TransitionDraft,
  transitionBody,
  transitionFieldOf,
  transitionProblems,
} from './kawasan-actions';

const draft = (patch: Partial<TransitionDraft>): TransitionDraft => ({ ...emptyTransitionDraft(), ...patch });

describe('actionDialog', () => {
  it.each([
    ['reject', 'reason'],
    ['cancel', 'reason'],
    ['designate', 'decree'],
    ['propose', 'confirm'],
    ['verify', 'confirm'],
    ['start_planning', 'confirm'],
    ['start_implementation', 'confirm'],
    ['start_evaluation', 'confirm'],
    ['start_new_cycle', 'confirm'],
  ] as const)('%s asks for %s', (action, dialog) => expect(actionDialog(action)).toBe(dialog));

  it('covers every action of the lifecycle', () => {
    for (const action of KAWASAN_ACTIONS)
      expect(['reason', 'decree', 'confirm']).toContain(actionDialog(action));
  });
});

describe('orderActions', () => {
  it('puts the actions that end a kawasan last, keeping the others in order', () => {
    expect(orderActions(['cancel', 'verify', 'reject'])).toEqual(['verify', 'cancel', 'reject']);
    expect(orderActions(['propose', 'cancel'])).toEqual(['propose', 'cancel']);
    expect(isEndingAction('reject')).toBe(true);
    expect(isEndingAction('designate')).toBe(false);
  });
});

describe('transitionProblems', () => {
  it('asks a reject or cancel for a reason of at least 10 characters, not counting spaces around it', () => {
    expect(transitionProblems('reject', draft({}))).toEqual({ reason: 'required' });
    expect(transitionProblems('cancel', draft({ reason: '   tidak   ' }))).toEqual({ reason: 'tooShort' });
    expect(transitionProblems('cancel', draft({ reason: '123456789' }))).toEqual({ reason: 'tooShort' });
    expect(transitionProblems('reject', draft({ reason: 'Belum ada BA' }))).toEqual({});
  });

  it('asks a designation for the SK number, a real date and the document', () => {
    expect(transitionProblems('designate', draft({}))).toEqual({
      skNumber: 'required',
      skDate: 'required',
      documentId: 'required',
    });
    expect(
      transitionProblems('designate', draft({ skNumber: '414/1', skDate: '2026-02-30', documentId: 'd1' })),
    ).toEqual({ skDate: 'invalidDate' });
    expect(
      transitionProblems('designate', draft({ skNumber: '414/1', skDate: '2026-02-28', documentId: 'd1' })),
    ).toEqual({});
  });

  it('asks nothing of the other actions', () => {
    expect(transitionProblems('propose', draft({}))).toEqual({});
    expect(transitionProblems('start_planning', draft({ reason: 'x' }))).toEqual({});
  });

  it('agrees with the lifecycle guards: a draft that passes here passes there', () => {
    const snapshot = { id: 'k1', state: 'usulan' as const, memberCodes: ['3328012001', '3328012002'] };
    const actor = {
      userId: 'u1',
      label: 'uji',
      grants: [{ role: 'kabupaten' as const, scope: { kind: 'region' as const, code: '3328' } }],
    };
    for (const reason of ['', 'pendek', 'Belum ada berita acara musyawarah.']) {
      const body = transitionBody('reject', draft({ reason }));
      const local = Object.keys(transitionProblems('reject', draft({ reason }))).length === 0;
      const result = transition(snapshot, 'reject', actor, body.reason ? { reason: body.reason } : {});
      expect(result.ok, reason).toBe(local);
    }
  });
});

describe('transitionBody', () => {
  it('sends a trimmed reason, or none when empty', () => {
    expect(transitionBody('propose', draft({ reason: '  ' }))).toEqual({ action: 'propose' });
    expect(transitionBody('reject', draft({ reason: ' Alasan yang cukup panjang ' }))).toEqual({
      action: 'reject',
      reason: 'Alasan yang cukup panjang',
    });
  });

  it('sends the decree only to designate', () => {
    const filled = draft({ skNumber: ' 414/12/2026 ', skDate: '2026-03-14', documentId: 'doc-1' });
    expect(transitionBody('designate', filled)).toEqual({
      action: 'designate',
      sk: { number: '414/12/2026', date: '2026-03-14', documentId: 'doc-1' },
    });
    expect(transitionBody('verify', filled)).toEqual({ action: 'verify' });
  });
});

describe('transitionFieldOf', () => {
  it.each([
    ['reason', 'reason'],
    ['body.reason', 'reason'],
    ['sk.number', 'skNumber'],
    ['sk.date', 'skDate'],
    ['sk.documentId', 'documentId'],
    ['members[0]', null],
  ] as const)('%s → %s', (field, mine) => expect(transitionFieldOf(field)).toBe(mine));
});
