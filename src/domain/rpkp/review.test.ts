import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KawasanActor } from '../kawasan/kawasan-actor.ts';
import type { KawasanState } from '../kawasan/lifecycle.ts';
import { ACTORS as A } from '../kawasan/testing.ts';
import type { RpkpPlan } from './plan.ts';
import {
  EDITABLE_STATES,
  hasApprovedPlan,
  isEditable,
  isProvinceReviewer,
  PROVINCE_REVIEW_STATES,
  RPKP_ACTION_LABELS,
  RPKP_ACTIONS,
  RPKP_STATE_LABELS,
  RPKP_STATES,
  type RpkpAction,
  type RpkpSnapshot,
  type RpkpState,
  type RpkpTransitionInput,
  type RpkpVersionSummary,
  refusalErrorCode,
  rpkpActionsFrom,
  startVersion,
  transition,
  versionInForce,
  versionStanding,
} from './review.ts';
import { activity, CROSS_MEMBERS, MEMBERS, plan, programme } from './testing.ts';

const { kabSemarang, kabDemak, jateng, jatim, operator, manager, otherManager, national } = A;
const facilitator = A.kawasanFacilitator;
const cli: KawasanActor = { userId: null, label: 'baris perintah', grants: [], system: true };

const PERBUP = { number: 'Perbup 12 Tahun 2026', date: '2026-03-14', documentId: 'doc-7' };
const FULL: RpkpTransitionInput = { reason: 'Data luas lahan sudah diperbaiki', regulation: PERBUP };

const rpkp = (state: RpkpState, overrides: Partial<RpkpSnapshot> = {}): RpkpSnapshot => ({
  kawasanId: 'K-1',
  kawasanState: 'perencanaan',
  memberCodes: MEMBERS,
  version: 1,
  submission: 1,
  state,
  plan: plan(),
  inForceVersion: null,
  ...overrides,
});

/** Written out by hand from the review process, not derived from the table under test. */
const ALLOWED: Record<RpkpState, Partial<Record<RpkpAction, RpkpState>>> = {
  draf: { submit: 'diajukan', withdraw: 'ditarik' },
  diajukan: { start_review: 'ditinjau', withdraw: 'ditarik' },
  ditinjau: {
    request_clarification: 'perlu_klarifikasi',
    complete_review: 'tinjauan_selesai',
    withdraw: 'ditarik',
  },
  perlu_klarifikasi: { resubmit: 'diajukan', withdraw: 'ditarik' },
  tinjauan_selesai: { approve: 'disetujui', withdraw: 'ditarik' },
  disetujui: {},
  ditarik: {},
};

/** The one who may do each action for a one-kabupaten kawasan in Kab. Semarang. */
const WHO: Record<RpkpAction, KawasanActor> = {
  submit: manager,
  start_review: jateng,
  request_clarification: jateng,
  resubmit: manager,
  complete_review: jateng,
  approve: kabSemarang,
  withdraw: manager,
};

const EVERY_PAIR = RPKP_STATES.flatMap((state) =>
  RPKP_ACTIONS.map((action) => [state, action, ALLOWED[state][action] ?? null] as const),
);

describe('transition: every (state, action) pair', () => {
  it('covers all pairs', () => {
    expect(EVERY_PAIR).toHaveLength(RPKP_STATES.length * RPKP_ACTIONS.length);
  });

  it.each(EVERY_PAIR)('%s + %s → %s', (state, action, to) => {
    const result = transition(rpkp(state), action, WHO[action], FULL);
    if (to === null) {
      expect(result).toMatchObject({ ok: false, guard: 'state', issues: [] });
      if (result.ok) return;
      expect(result.reason).toContain(RPKP_ACTION_LABELS[action]);
      expect(result.reason).toContain(RPKP_STATE_LABELS[state]);
    } else {
      const submission = to === 'diajukan' ? 2 : 1;
      expect(result).toEqual({
        ok: true,
        state: to,
        submission,
        audit: {
          action,
          from: state,
          to,
          version: 1,
          submission,
          actorUserId: WHO[action].label,
          actorLabel: WHO[action].label,
          reason: 'Data luas lahan sudah diperbaiki',
          regulation: action === 'approve' ? PERBUP : null,
          supersedesVersion: null,
        },
      });
    }
  });

  it('tells that an approved plan changes only by a new version', () => {
    const result = transition(rpkp('disetujui'), 'submit', manager, FULL);
    expect(result).toMatchObject({ ok: false, guard: 'state' });
    if (!result.ok) expect(result.reason).toMatch(/hanya diubah melalui versi baru \(revisi\)/);
    const withdrawn = transition(rpkp('ditarik'), 'submit', manager, FULL);
    if (!withdrawn.ok) expect(withdrawn.reason).toMatch(/sudah final/);
  });
});

const emptyPlan: RpkpPlan = plan([]);
const incomplete: RpkpPlan = plan([
  programme('P1', [activity('A1', { budget: 0n, outputs: [], desaCodes: ['3321012001'] })]),
]);

/** A refused case: label, state, action, actor, snapshot changes, input, guard, reason. */
type Refused = [
  string,
  RpkpState,
  RpkpAction,
  KawasanActor,
  Partial<RpkpSnapshot>,
  RpkpTransitionInput,
  string,
  RegExp,
];

// biome-ignore format: one rule per line reads as a table
const REFUSED: Refused[] = [
  ['a member desa operator cannot submit', 'draf', 'submit', operator, {}, {}, 'actor', /pengelola kawasan ini atau petugas kabupaten 3322/],
  ['a facilitator cannot submit', 'draf', 'submit', facilitator, {}, {}, 'actor', /pengelola kawasan ini/],
  ['another kawasan’s manager cannot submit', 'draf', 'submit', otherManager, {}, {}, 'actor', /pengelola kawasan ini/],
  ['the province does not submit a one-kabupaten plan', 'draf', 'submit', jateng, {}, {}, 'actor', /petugas kabupaten 3322/],
  ['submission needs a programme', 'draf', 'submit', manager, { plan: emptyPlan }, {}, 'plan', /paling sedikit satu program dengan paling sedikit satu kegiatan/],
  ['submission needs complete activities', 'draf', 'submit', manager, { plan: incomplete }, {}, 'plan', /^Syarat "kelengkapan RPKP".*bukan anggota kawasan.*anggaran.*indikator keluaran/],
  ['submission needs a planning kawasan', 'draf', 'submit', manager, { kawasanState: 'ditetapkan' }, {}, 'kawasan_state', /kawasan ini berstatus Ditetapkan/],
  ['a cancelled kawasan has no plan approved', 'tinjauan_selesai', 'approve', kabSemarang, { kawasanState: 'dibatalkan' }, { regulation: PERBUP }, 'kawasan_state', /Dibatalkan/],
  ['the kabupaten does not review', 'diajukan', 'start_review', kabSemarang, {}, {}, 'actor', /petugas provinsi 33 \(peninjau RPKP provinsi\)/],
  ['the manager does not review', 'ditinjau', 'complete_review', manager, {}, {}, 'actor', /peninjau RPKP/],
  ['another province does not review', 'diajukan', 'start_review', jatim, {}, {}, 'actor', /provinsi 33/],
  ['the ministry does not review', 'ditinjau', 'request_clarification', national, {}, { reason: 'Lengkapi peta delineasi' }, 'actor', /provinsi 33/],
  ['clarification needs a question', 'ditinjau', 'request_clarification', jateng, {}, { reason: 'cek lagi' }, 'reason', /paling sedikit 10 karakter/],
  ['resubmission needs an answer', 'perlu_klarifikasi', 'resubmit', manager, {}, { reason: '  ' }, 'response', /Tanggapan atas permintaan klarifikasi wajib diisi/],
  ['resubmission rechecks the plan', 'perlu_klarifikasi', 'resubmit', manager, { plan: incomplete }, { reason: 'Sudah diperbaiki semua' }, 'plan', /anggaran/],
  ['the province does not approve a one-kabupaten plan', 'tinjauan_selesai', 'approve', jateng, {}, { regulation: PERBUP }, 'actor', /^Hanya petugas kabupaten 3322/],
  ['the manager does not approve', 'tinjauan_selesai', 'approve', manager, {}, { regulation: PERBUP }, 'actor', /bupati/],
  ['a kabupaten does not approve a cross-kabupaten plan', 'tinjauan_selesai', 'approve', kabSemarang, { memberCodes: CROSS_MEMBERS, plan: plan([programme('P1', [activity('A1')])]) }, { regulation: PERBUP }, 'actor', /provinsi 33.*gubernur/],
  ['approval needs the regulation', 'tinjauan_selesai', 'approve', kabSemarang, {}, {}, 'regulation', /Nomor peraturan.*Tanggal peraturan/],
  ['approval needs the regulation number', 'tinjauan_selesai', 'approve', kabSemarang, {}, { regulation: { ...PERBUP, number: ' ' } }, 'regulation', /^Syarat "peraturan penetapan RPKP".*Nomor peraturan/],
  ['approval needs a real date', 'tinjauan_selesai', 'approve', kabSemarang, {}, { regulation: { ...PERBUP, date: '2026-02-30' } }, 'regulation', /Tanggal peraturan/],
  ['withdrawal needs a reason', 'diajukan', 'withdraw', manager, {}, { reason: 'batal' }, 'reason', /Alasan wajib diisi, paling sedikit 10 karakter/],
  ['the province does not withdraw', 'ditinjau', 'withdraw', jateng, {}, { reason: 'Tidak lengkap sama sekali' }, 'actor', /pengelola kawasan/],
];

/** An allowed case: label, state, action, actor, snapshot changes, input. */
type Allowed = [string, RpkpState, RpkpAction, KawasanActor, Partial<RpkpSnapshot>, RpkpTransitionInput];

// biome-ignore format: one rule per line reads as a table
const ALLOWED_CASES: Allowed[] = [
  ['the kabupaten officer submits', 'draf', 'submit', kabSemarang, {}, {}],
  ['a revision is submitted during implementation', 'draf', 'submit', manager, { kawasanState: 'pelaksanaan', version: 2 }, {}],
  ['the province reviews a cross-kabupaten plan', 'diajukan', 'start_review', jateng, { memberCodes: CROSS_MEMBERS }, {}],
  ['the governor’s province approves a cross-kabupaten plan', 'tinjauan_selesai', 'approve', jateng, { memberCodes: CROSS_MEMBERS }, { regulation: { ...PERBUP, number: 'Pergub 5 Tahun 2026' } }],
  ['a kabupaten of a cross-kabupaten kawasan cannot submit, its province can', 'draf', 'submit', jateng, { memberCodes: CROSS_MEMBERS }, {}],
  ['approval without the scan yet', 'tinjauan_selesai', 'approve', kabSemarang, {}, { regulation: { ...PERBUP, documentId: null } }],
  ['the command line does anything', 'ditinjau', 'complete_review', cli, {}, {}],
  ['a draft is withdrawn', 'draf', 'withdraw', manager, { plan: emptyPlan }, { reason: 'Diganti rancangan lain' }],
  ['the review completes without a note', 'ditinjau', 'complete_review', jateng, {}, {}],
];

describe('transition: guards', () => {
  it.each(REFUSED)('%s', (_label, state, action, who, changes, input, guard, reason) => {
    const result = transition(rpkp(state, changes), action, who, input);
    expect(result).toMatchObject({ ok: false, guard });
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it.each(ALLOWED_CASES)('allows: %s', (_label, state, action, who, changes, input) => {
    const result = transition(rpkp(state, changes), action, who, input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.audit.actorLabel).toBe(who.label);
  });

  it('the cross-kabupaten kabupaten officer may not submit', () => {
    const result = transition(rpkp('draf', { memberCodes: CROSS_MEMBERS }), 'submit', kabDemak);
    expect(result).toMatchObject({ ok: false, guard: 'actor' });
  });

  it('returns every issue of the plan with its path', () => {
    const result = transition(rpkp('draf', { plan: incomplete }), 'submit', manager);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toEqual([
      'programmes[0].activities[0].desaCodes[0]',
      'programmes[0].activities[0].budget',
      'programmes[0].activities[0].outputs',
    ]);
  });

  it('checks the actor before the data', () => {
    expect(transition(rpkp('draf', { plan: emptyPlan }), 'submit', operator)).toMatchObject({
      guard: 'actor',
    });
  });

  it('maps refusals to error codes', () => {
    expect(refusalErrorCode('actor')).toBe('forbidden');
    expect(refusalErrorCode('state')).toBe('conflict');
    expect(refusalErrorCode('kawasan_state')).toBe('conflict');
    expect(refusalErrorCode('open_version')).toBe('conflict');
    expect(refusalErrorCode('plan')).toBe('invalid_input');
    expect(refusalErrorCode('regulation')).toBe('invalid_input');
    expect(refusalErrorCode('reason')).toBe('invalid_input');
  });

  it('records the trimmed regulation and reason only for what was done', () => {
    const result = transition(rpkp('tinjauan_selesai'), 'approve', kabSemarang, {
      regulation: { number: ' Perbup 1/2026 ', date: '2024-02-29', documentId: ' ' },
      reason: '  ',
    });
    expect(result).toMatchObject({
      ok: true,
      audit: { reason: null, regulation: { number: 'Perbup 1/2026', date: '2024-02-29', documentId: null } },
    });
    const review = transition(rpkp('diajukan'), 'start_review', jateng, { regulation: PERBUP });
    expect(review).toMatchObject({ ok: true, audit: { regulation: null, supersedesVersion: null } });
  });
});

describe('submissions and versions', () => {
  it('numbers every submission: first, then each answer to a clarification', () => {
    let snap = rpkp('draf', { submission: 0 });
    const run = (action: RpkpAction, who: KawasanActor, input: RpkpTransitionInput = {}) => {
      const r = transition(snap, action, who, input);
      if (!r.ok) throw new Error(r.reason);
      snap = { ...snap, state: r.state, submission: r.submission };
      return r;
    };
    expect(run('submit', manager).submission).toBe(1);
    expect(run('start_review', jateng).submission).toBe(1);
    expect(
      run('request_clarification', jateng, { reason: 'Lokasi kegiatan A1 belum sesuai RTRW' }).audit,
    ).toMatchObject({
      submission: 1,
      reason: 'Lokasi kegiatan A1 belum sesuai RTRW',
      to: 'perlu_klarifikasi',
    });
    expect(isEditable(snap.state)).toBe(true);
    expect(run('resubmit', manager, { reason: 'Lokasi dipindah ke desa 3322012002' }).submission).toBe(2);
    expect(isEditable(snap.state)).toBe(false);
    run('start_review', jateng);
    run('complete_review', jateng);
    expect(run('approve', kabSemarang, { regulation: PERBUP }).audit).toMatchObject({
      version: 1,
      submission: 2,
    });
    expect(snap.state).toBe('disetujui');
  });

  it('a revisi replaces the plan in force only when it is approved', () => {
    const kawasan = { id: 'K-1', state: 'pelaksanaan' as KawasanState, memberCodes: MEMBERS };
    const versions: RpkpVersionSummary[] = [
      { version: 1, state: 'ditarik' },
      { version: 2, state: 'disetujui' },
    ];
    const started = startVersion(kawasan, versions, manager);
    expect(started).toEqual({ ok: true, version: 3, basedOn: 2, state: 'draf' });
    versions.push({ version: 3, state: 'ditinjau' });
    expect(versionInForce(versions)).toBe(2);
    expect(hasApprovedPlan(versions)).toBe(true);
    expect(versionStanding(versions, versions[1]!)).toBe('berlaku');
    expect(versionStanding(versions, versions[2]!)).toBe('dalam_proses');

    const approved = transition(
      rpkp('tinjauan_selesai', { version: 3, inForceVersion: 2, kawasanState: 'pelaksanaan' }),
      'approve',
      kabSemarang,
      { regulation: PERBUP },
    );
    expect(approved).toMatchObject({ ok: true, audit: { version: 3, supersedesVersion: 2 } });
    versions[2] = { version: 3, state: 'disetujui' };
    expect(versionInForce(versions)).toBe(3);
    expect(versionStanding(versions, versions[1]!)).toBe('diganti');
    expect(versionStanding(versions, versions[2]!)).toBe('berlaku');
    expect(versionStanding(versions, versions[0]!)).toBe('ditarik');
  });

  // biome-ignore format: one rule per line reads as a table
  const STARTS: [string, KawasanState, RpkpVersionSummary[], KawasanActor, object][] = [
    ['the first plan', 'perencanaan', [], manager, { ok: true, version: 1, basedOn: null }],
    ['after a withdrawal', 'perencanaan', [{ version: 1, state: 'ditarik' }], kabSemarang, { ok: true, version: 2, basedOn: null }],
    ['not while a version is open', 'pelaksanaan', [{ version: 1, state: 'disetujui' }, { version: 2, state: 'perlu_klarifikasi' }], manager, { ok: false, guard: 'open_version', reason: expect.stringMatching(/Versi 2 masih berstatus Perlu klarifikasi/) }],
    ['not before planning starts', 'ditetapkan', [], manager, { ok: false, guard: 'kawasan_state' }],
    ['not by a village operator', 'perencanaan', [], operator, { ok: false, guard: 'actor' }],
    ['not by the province for a one-kabupaten kawasan', 'perencanaan', [], jateng, { ok: false, guard: 'actor' }],
  ];

  it.each(STARTS)('start a version: %s', (_label, state, versions, who, expected) => {
    expect(startVersion({ id: 'K-1', state, memberCodes: MEMBERS }, versions, who)).toMatchObject(expected);
  });

  it('has no plan in force without an approved version', () => {
    expect(versionInForce([])).toBeNull();
    expect(hasApprovedPlan([{ version: 1, state: 'tinjauan_selesai' }])).toBe(false);
  });
});

describe('review states', () => {
  it('maps to the province tool’s review states', () => {
    expect(PROVINCE_REVIEW_STATES).toEqual({
      ditinjau: 'IN_REVIEW',
      perlu_klarifikasi: 'NEED_CLARIFICATION',
      tinjauan_selesai: 'REVIEW_COMPLETED',
    });
    expect(EDITABLE_STATES).toEqual(['draf', 'perlu_klarifikasi']);
  });

  it('knows the province reviewer from the members’ province', () => {
    expect(isProvinceReviewer(jateng, MEMBERS)).toBe(true);
    expect(isProvinceReviewer(jatim, MEMBERS)).toBe(false);
    expect(isProvinceReviewer(kabSemarang, MEMBERS)).toBe(false);
    expect(isProvinceReviewer(jateng, [])).toBe(false);
    expect(isProvinceReviewer(jateng, ['3322012001', '3501012001'])).toBe(false);
  });
});

const ACTORS = [kabSemarang, jateng, jatim, operator, manager, national];
const INPUTS: RpkpTransitionInput[] = [{}, FULL, { reason: 'x' }, { regulation: PERBUP }];
const step = fc.record({
  action: fc.constantFrom(...RPKP_ACTIONS),
  who: fc.constantFrom(...ACTORS),
  input: fc.constantFrom(...INPUTS),
});

describe('transition: properties', () => {
  it('never leaves the state graph, keeps final states final, and counts submissions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let snap = rpkp('draf', { submission: 0 });
        let submissions = 0;
        for (const { action, who, input } of steps) {
          const result = transition(snap, action, who, input);
          if (snap.state === 'disetujui' || snap.state === 'ditarik') {
            expect(result).toMatchObject({ ok: false, guard: 'state' });
          }
          if (result.ok) {
            expect(ALLOWED[snap.state][action]).toBe(result.state);
            expect(result.audit).toMatchObject({ from: snap.state, to: result.state, actorLabel: who.label });
            if (result.state === 'diajukan') submissions += 1;
            snap = { ...snap, state: result.state, submission: result.submission };
          } else {
            expect(result.reason.length).toBeGreaterThan(10);
          }
          expect(snap.submission).toBe(submissions);
        }
      }),
    );
  });

  it('reaches every state from a draft', () => {
    const reached = new Set<RpkpState>(['draf']);
    let frontier: RpkpState[] = ['draf'];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) =>
        rpkpActionsFrom(s).flatMap((a) => {
          const r = transition(rpkp(s), a, WHO[a], FULL);
          if (!r.ok || reached.has(r.state)) return [];
          reached.add(r.state);
          return [r.state];
        }),
      );
    }
    expect([...reached].sort()).toEqual([...RPKP_STATES].sort());
  });
});
