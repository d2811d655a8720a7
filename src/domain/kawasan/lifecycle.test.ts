import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../access/role.ts';
import type { KawasanActor } from './kawasan-actor.ts';
import {
  ACTIVE_STATES,
  actionsFrom,
  isActiveState,
  KAWASAN_ACTION_LABELS,
  KAWASAN_ACTIONS,
  KAWASAN_STATE_LABELS,
  KAWASAN_STATES,
  type KawasanAction,
  type KawasanSnapshot,
  type KawasanState,
  refusalErrorCode,
  type TransitionInput,
  transition,
} from './lifecycle.ts';
import { ACTORS as A, kawasanActor as actor } from './testing.ts';

const {
  kabSemarang,
  kabDemak,
  jateng,
  jatim,
  operator,
  kawasanFacilitator,
  manager,
  otherManager,
  national,
} = A;
const region = (code: string): Scope => ({ kind: 'region', code });

const strangerOperator = actor('stranger', ['village', region('3322022099')]);
const facilitator = actor('pendamping', ['facilitator', region('332201')]);

/** Three desa of Kab. Semarang (3322); the 7th digit 2 marks a desa. */
const MEMBERS = ['3322012001', '3322012002', '3322022003'];
/** Semarang and Demak: a cross-kabupaten kawasan. */
const CROSS = ['3322012001', '3321012001'];
const SK = { number: '414/123/2025', date: '2025-03-14', documentId: 'doc-1' };
const FULL: TransitionInput = { reason: 'Hasil musyawarah antar desa', sk: SK, approvedPlan: true };

const kawasan = (state: KawasanState, memberCodes: readonly string[] = MEMBERS): KawasanSnapshot => ({
  id: 'K-1',
  state,
  memberCodes,
});

/** Written out by hand from the issue's process, not derived from the table under test. */
const ALLOWED: Record<KawasanState, Partial<Record<KawasanAction, KawasanState>>> = {
  draf: { propose: 'usulan', cancel: 'dibatalkan' },
  usulan: { verify: 'diverifikasi', reject: 'ditolak', cancel: 'dibatalkan' },
  diverifikasi: { designate: 'ditetapkan', reject: 'ditolak', cancel: 'dibatalkan' },
  ditetapkan: { start_planning: 'perencanaan', cancel: 'dibatalkan' },
  perencanaan: { start_implementation: 'pelaksanaan', cancel: 'dibatalkan' },
  pelaksanaan: { start_evaluation: 'evaluasi', cancel: 'dibatalkan' },
  evaluasi: { start_new_cycle: 'perencanaan', cancel: 'dibatalkan' },
  ditolak: {},
  dibatalkan: {},
};

const EVERY_PAIR = KAWASAN_STATES.flatMap((state) =>
  KAWASAN_ACTIONS.map((action) => [state, action, ALLOWED[state][action] ?? null] as const),
);

describe('transition: every (state, action) pair', () => {
  it('covers all pairs', () => {
    expect(EVERY_PAIR).toHaveLength(KAWASAN_STATES.length * KAWASAN_ACTIONS.length);
  });

  it.each(EVERY_PAIR)('%s + %s → %s', (state, action, to) => {
    const result = transition(kawasan(state), action, kabSemarang, FULL);
    if (to === null) {
      expect(result).toMatchObject({ ok: false, guard: 'state', issues: [] });
      if (result.ok) return;
      expect(result.reason).toContain(KAWASAN_ACTION_LABELS[action]);
      expect(result.reason).toContain(KAWASAN_STATE_LABELS[state]);
    } else {
      expect(result).toEqual({
        ok: true,
        state: to,
        audit: {
          action,
          from: state,
          to,
          actorUserId: 'kab-semarang',
          actorLabel: 'kab-semarang',
          reason: 'Hasil musyawarah antar desa',
          sk: action === 'designate' ? SK : null,
        },
      });
    }
  });
});

const taken = new Map([['3322012002', 'Kawasan Agropolitan Getasan']]);

/** A refused rule: label, state, action, actor, members, input, guard, reason. */
type Refused = [string, KawasanState, KawasanAction, KawasanActor, string[], TransitionInput, string, RegExp];

// biome-ignore format: one rule per line reads as a table
const REFUSED: Refused[] = [
  ['one desa is not a kawasan', 'draf', 'propose', operator, ['3322012001'], {}, 'members_count', /paling sedikit 2 desa.*baru ada 1/],
  ['a repeated desa is refused', 'draf', 'propose', operator, ['3322012001', '3322012001'], {}, 'members_valid', /lebih dari sekali/],
  ['kelurahan refused', 'draf', 'propose', operator, ['3322012001', '3322011005'], {}, 'members_valid', /3322011005 adalah kelurahan/],
  ['not a desa code', 'draf', 'propose', operator, ['3322012001', '332201'], {}, 'members_valid', /332201 bukan kode desa/],
  ['desa adat accepted, desa taken refused', 'draf', 'propose', facilitator, ['3322013001', '3322012002'], { taken }, 'members_free', /3322012002 sudah menjadi anggota kawasan aktif lain \(Kawasan Agropolitan Getasan\)/],
  ['two provinces refused', 'draf', 'propose', operator, ['3322012001', '3501012001'], {}, 'single_province', /lebih dari satu provinsi \(33, 35\)/],
  ['a stranger cannot propose', 'draf', 'propose', strangerOperator, MEMBERS, {}, 'actor', /operator desa anggota/],
  ['another kawasan’s manager cannot propose', 'draf', 'propose', otherManager, MEMBERS, {}, 'actor', /operator desa anggota/],
  ['the ministry does not propose for desa', 'draf', 'propose', national, MEMBERS, {}, 'actor', /operator desa anggota/],
  ['a member desa operator cannot verify', 'usulan', 'verify', operator, MEMBERS, {}, 'actor', /petugas kabupaten 3322/],
  ['another kabupaten cannot verify', 'usulan', 'verify', kabDemak, MEMBERS, {}, 'actor', /petugas kabupaten 3322/],
  ['the province does not verify a one-kabupaten kawasan', 'usulan', 'verify', jateng, MEMBERS, {}, 'actor', /bupati/],
  ['verification rechecks taken desa', 'usulan', 'verify', kabSemarang, MEMBERS, { taken }, 'members_free', /3322012002/],
  ['a kabupaten of a cross-kabupaten kawasan cannot designate', 'diverifikasi', 'designate', kabSemarang, CROSS, { sk: SK }, 'actor', /provinsi 33.*gubernur/],
  ['another province cannot designate', 'diverifikasi', 'designate', jatim, CROSS, { sk: SK }, 'actor', /provinsi 33/],
  ['the ministry does not designate', 'diverifikasi', 'designate', national, MEMBERS, { sk: SK }, 'actor', /petugas kabupaten 3322/],
  ['designation needs the SK', 'diverifikasi', 'designate', kabSemarang, MEMBERS, {}, 'decree', /Nomor SK.*Tanggal SK.*Berkas SK/],
  ['designation needs the SK number', 'diverifikasi', 'designate', kabSemarang, MEMBERS, { sk: { ...SK, number: '  ' } }, 'decree', /^Syarat "SK penetapan".*Nomor SK/],
  ['designation needs a real date', 'diverifikasi', 'designate', kabSemarang, MEMBERS, { sk: { ...SK, date: '2025-02-29' } }, 'decree', /Tanggal SK/],
  ['designation needs the document', 'diverifikasi', 'designate', kabSemarang, MEMBERS, { sk: { ...SK, documentId: '' } }, 'decree', /Berkas SK/],
  ['designation rechecks taken desa', 'diverifikasi', 'designate', kabSemarang, MEMBERS, { sk: SK, taken }, 'members_free', /satu desa hanya boleh/],
  ['rejection needs a reason', 'usulan', 'reject', kabSemarang, MEMBERS, { reason: 'tidak' }, 'reason', /paling sedikit 10 karakter/],
  ['rejection by the proposers is refused', 'usulan', 'reject', operator, MEMBERS, { reason: 'tidak sesuai RTRW' }, 'actor', /petugas kabupaten/],
  ['withdrawal needs a reason', 'usulan', 'cancel', operator, MEMBERS, {}, 'reason', /Alasan wajib diisi/],
  ['a designated kawasan is ended only by its government', 'ditetapkan', 'cancel', manager, MEMBERS, { reason: 'Tidak ada kegiatan dua tahun' }, 'actor', /^Hanya petugas kabupaten 3322/],
  ['a member operator cannot start planning', 'ditetapkan', 'start_planning', operator, MEMBERS, {}, 'actor', /pengelola kawasan ini/],
  ['another kawasan’s manager cannot start planning', 'ditetapkan', 'start_planning', otherManager, MEMBERS, {}, 'actor', /pengelola kawasan ini/],
  ['a kabupaten of a cross-kabupaten kawasan cannot run it', 'perencanaan', 'start_implementation', kabDemak, CROSS, {}, 'actor', /gubernur/],
  ['implementation needs an approved RPKP', 'perencanaan', 'start_implementation', manager, MEMBERS, {}, 'approved_plan', /setelah RPKP-nya disetujui/],
  ['a plan in review is not approved', 'perencanaan', 'start_implementation', manager, MEMBERS, { approvedPlan: false }, 'approved_plan', /RPKP disetujui/],
];

/** An allowed rule: label, state, action, actor, members, input. */
type Allowed = [string, KawasanState, KawasanAction, KawasanActor, string[], TransitionInput];

// biome-ignore format: one rule per line reads as a table
const ALLOWED_CASES: Allowed[] = [
  ['a member desa operator proposes', 'draf', 'propose', operator, MEMBERS, {}],
  ['a facilitator of the kecamatan proposes', 'draf', 'propose', facilitator, MEMBERS, {}],
  ['a facilitator of the kawasan proposes', 'draf', 'propose', kawasanFacilitator, MEMBERS, {}],
  ['desa adat are members', 'draf', 'propose', operator, ['3322012001', '3322013002'], {}],
  ['a kabupaten officer proposes a cross-kabupaten kawasan', 'draf', 'propose', kabDemak, CROSS, {}],
  ['the province verifies a cross-kabupaten kawasan', 'usulan', 'verify', jateng, CROSS, {}],
  ['the governor designates a cross-kabupaten kawasan', 'diverifikasi', 'designate', jateng, CROSS, { sk: SK }],
  ['taken elsewhere, but not these members', 'diverifikasi', 'designate', kabSemarang, MEMBERS, { sk: SK, taken: new Map([['3322012099', 'K-9']]) }],
  ['the manager starts planning', 'ditetapkan', 'start_planning', manager, MEMBERS, {}],
  ['the manager starts implementation with an approved RPKP', 'perencanaan', 'start_implementation', manager, MEMBERS, { approvedPlan: true }],
  ['the manager starts evaluation', 'pelaksanaan', 'start_evaluation', manager, MEMBERS, {}],
  ['the manager starts a new cycle', 'evaluasi', 'start_new_cycle', manager, MEMBERS, {}],
  ['a proposer withdraws with a reason', 'usulan', 'cancel', operator, MEMBERS, { reason: 'Musyawarah desa menarik usulan' }],
  ['the governor ends a cross-kabupaten kawasan', 'pelaksanaan', 'cancel', jateng, CROSS, { reason: 'Digabung ke kawasan baru' }],
];

describe('transition: guards', () => {
  it.each(REFUSED)('%s', (_label, state, action, who, members, input, guard, reason) => {
    const result = transition(kawasan(state, members), action, who, input);
    expect(result).toMatchObject({ ok: false, guard });
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each(ALLOWED_CASES)('allows: %s', (_label, state, action, who, members, input) => {
    const result = transition(kawasan(state, members), action, who, input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.audit.actorLabel).toBe(who.label);
  });

  it('maps refusals to error codes', () => {
    expect(refusalErrorCode('actor')).toBe('forbidden');
    expect(refusalErrorCode('state')).toBe('conflict');
    expect(refusalErrorCode('members_free')).toBe('conflict');
    expect(refusalErrorCode('approved_plan')).toBe('conflict');
    expect(refusalErrorCode('decree')).toBe('invalid_input');
  });

  it('records the trimmed SK and reason only for what was done', () => {
    const result = transition(kawasan('diverifikasi'), 'designate', kabSemarang, {
      sk: { number: ' 414/1/2025 ', date: '2024-02-29', documentId: ' doc-9 ' },
      reason: '  ',
    });
    expect(result).toMatchObject({
      ok: true,
      audit: { reason: null, sk: { number: '414/1/2025', date: '2024-02-29', documentId: 'doc-9' } },
    });
  });
});

const ACTORS = [kabSemarang, kabDemak, jateng, operator, strangerOperator, facilitator, manager, national];
const INPUTS: TransitionInput[] = [
  {},
  FULL,
  { reason: 'x' },
  { sk: SK, taken },
  { reason: 'alasan yang cukup panjang' },
];
const step = fc.record({
  action: fc.constantFrom(...KAWASAN_ACTIONS),
  who: fc.constantFrom(...ACTORS),
  input: fc.constantFrom(...INPUTS),
});

describe('transition: properties', () => {
  it('never leaves the state graph, keeps final states final, and changes nothing when refused', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let state: KawasanState = 'draf';
        for (const { action, who, input } of steps) {
          const result = transition(kawasan(state), action, who, input);
          const final = state === 'ditolak' || state === 'dibatalkan';
          if (final) expect(result).toMatchObject({ ok: false, guard: 'state' });
          if (result.ok) {
            expect(KAWASAN_STATES).toContain(result.state);
            expect(ALLOWED[state][action]).toBe(result.state);
            expect(result.audit).toMatchObject({ from: state, to: result.state, actorLabel: who.label });
            state = result.state;
          } else {
            expect(result.reason.length).toBeGreaterThan(10);
          }
        }
      }),
    );
  });

  it('reaches every state from a draft', () => {
    const reached = new Set<KawasanState>(['draf']);
    let frontier: KawasanState[] = ['draf'];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) =>
        actionsFrom(s).flatMap((a) => {
          const r = transition(kawasan(s), a, kabSemarang, FULL);
          if (!r.ok || reached.has(r.state)) return [];
          reached.add(r.state);
          return [r.state];
        }),
      );
    }
    expect([...reached].sort()).toEqual([...KAWASAN_STATES].sort());
  });

  it('counts a kawasan active from proposal until rejected or cancelled', () => {
    expect(KAWASAN_STATES.filter(isActiveState)).toEqual(ACTIVE_STATES);
    expect(isActiveState('draf')).toBe(false);
    expect(isActiveState('ditolak')).toBe(false);
    expect(isActiveState('dibatalkan')).toBe(false);
    expect(isActiveState('pelaksanaan')).toBe(true);
  });
});
