import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import type { Role, Scope } from '../access/role.ts';
import {
  administers,
  defaultCoverageRegion,
  type EntryFacts,
  mayManageFacilitator,
  mayReadCoverage,
  mayReadEntry,
} from './facilitation-access.ts';
import { LOG_STATES } from './review.ts';

const user = (userId: string, ...grants: [Role, Scope][]): Actor => ({
  kind: 'user',
  userId,
  label: userId,
  readOnly: false,
  assignments: grants.map(([role, scope], i) => ({ id: `a${i}`, role, scope })),
});
const region = (code: string): Scope => ({ kind: 'region', code });
const kawasan = (id: string): Scope => ({ kind: 'kawasan', id });

const DESA = '3322012001';
const entry = (overrides: Partial<EntryFacts> = {}): EntryFacts => ({
  state: 'disetujui',
  regionCode: DESA,
  kawasanId: null,
  ownerUserId: 'owner',
  supervisorUserId: 'boss',
  ...overrides,
});

describe('managing facilitators', () => {
  it.each([
    ['national', { kind: 'national' } as Scope, true],
    ['province', region('33'), true],
    ['kabupaten', region('3322'), true],
    ['kabupaten', region('3374'), false],
    ['village', region(DESA), false],
    ['facilitator', region('332201'), false],
    ['kawasan_manager', kawasan('K'), false],
  ] as const)('%s with %o manages a PLD of 332201: %s', (role, scope, expected) => {
    expect(mayManageFacilitator(user('u', [role, scope]), '332201')).toBe(expected);
    expect(administers(user('u', [role, scope]), '332201')).toBe(expected);
  });

  it('refuses a read-only token even for an administrator of the region', () => {
    const actor: Actor = {
      ...(user('u', ['kabupaten', region('3322')]) as Extract<Actor, { kind: 'user' }>),
      readOnly: true,
    };
    expect(mayManageFacilitator(actor, '332201')).toBe(false);
  });

  it('lets the command line manage anything', () => {
    expect(mayManageFacilitator({ kind: 'system', label: 'cli' }, '9999')).toBe(true);
  });
});

describe('reading an entry', () => {
  it('shows every state to its owner and nothing of a draft to anyone else', () => {
    for (const state of LOG_STATES) {
      expect(mayReadEntry(user('owner'), entry({ state }))).toBe(true);
    }
    for (const reader of [
      user('boss'),
      user('k', ['kabupaten', region('3322')]),
      user('n', ['national', { kind: 'national' }]),
    ]) {
      expect(mayReadEntry(reader, entry({ state: 'draf' }))).toBe(false);
    }
  });

  it('shows submitted entries to the supervisor, region administrators and region facilitators', () => {
    const submitted = entry({ state: 'diajukan' });
    expect(mayReadEntry(user('boss'), submitted)).toBe(true);
    expect(mayReadEntry(user('k', ['kabupaten', region('3322')]), submitted)).toBe(true);
    expect(mayReadEntry(user('f', ['facilitator', region('332201')]), submitted)).toBe(true);
    expect(mayReadEntry(user('k2', ['kabupaten', region('3374')]), submitted)).toBe(false);
    expect(mayReadEntry(user('f2', ['facilitator', region('332202')]), submitted)).toBe(false);
  });

  it('shows only approved entries to the village operator and the kawasan managers', () => {
    const village = user('v', ['village', region(DESA)]);
    const manager = user('m', ['kawasan_manager', kawasan('K1')]);
    for (const state of ['diajukan', 'dikembalikan'] as const) {
      expect(mayReadEntry(village, entry({ state }))).toBe(false);
      expect(mayReadEntry(manager, entry({ state, kawasanId: 'K1' }))).toBe(false);
    }
    expect(mayReadEntry(village, entry())).toBe(true);
    expect(mayReadEntry(user('v2', ['village', region('3322012002')]), entry())).toBe(false);
    expect(mayReadEntry(manager, entry({ kawasanId: 'K1' }))).toBe(true);
    expect(mayReadEntry(manager, entry({ kawasanId: 'K2' }))).toBe(false);
  });

  it('shows submitted kawasan entries to a facilitator assigned to that kawasan', () => {
    const f = user('f', ['facilitator', kawasan('K1')]);
    expect(mayReadEntry(f, entry({ state: 'diajukan', kawasanId: 'K1', regionCode: '3322' }))).toBe(true);
    expect(mayReadEntry(f, entry({ state: 'diajukan', kawasanId: 'K2', regionCode: '3322' }))).toBe(false);
  });

  it('never shows entries to enterprise or training-provider roles', () => {
    expect(mayReadEntry(user('e', ['enterprise', { kind: 'enterprise', id: 'E' }]), entry())).toBe(false);
    expect(
      mayReadEntry(user('t', ['training_provider', { kind: 'training_provider', id: 'T' }]), entry()),
    ).toBe(false);
  });
});

describe('reading coverage', () => {
  const kab = user('k', ['kabupaten', region('3322')]);
  it('lets a region reader see their region and the regions inside it, not the province around it', () => {
    expect(mayReadCoverage(kab, { kind: 'region', code: '3322' })).toBe(true);
    expect(mayReadCoverage(kab, { kind: 'region', code: '332201' })).toBe(true);
    expect(mayReadCoverage(kab, { kind: 'region', code: '33' })).toBe(false);
    expect(mayReadCoverage(kab, { kind: 'region', code: '3374' })).toBe(false);
    const pld = user('f', ['facilitator', region('332201')]);
    expect(mayReadCoverage(pld, { kind: 'region', code: '332201' })).toBe(true);
    expect(mayReadCoverage(pld, { kind: 'region', code: '3322' })).toBe(false);
  });

  it('does not let village operators or enterprises read coverage of a region', () => {
    expect(mayReadCoverage(user('v', ['village', region(DESA)]), { kind: 'region', code: '3322' })).toBe(
      false,
    );
    expect(
      mayReadCoverage(user('e', ['enterprise', { kind: 'enterprise', id: 'E' }]), {
        kind: 'region',
        code: '33',
      }),
    ).toBe(false);
  });

  it('lets kawasan managers read their kawasan only, and region readers a kawasan with a member in their region', () => {
    const target = { kind: 'kawasan' as const, id: 'K1', desaCodes: [DESA] };
    expect(mayReadCoverage(user('m', ['kawasan_manager', kawasan('K1')]), target)).toBe(true);
    expect(mayReadCoverage(user('m', ['kawasan_manager', kawasan('K2')]), target)).toBe(false);
    expect(mayReadCoverage(kab, target)).toBe(true);
    expect(mayReadCoverage(user('k2', ['kabupaten', region('3374')]), target)).toBe(false);
  });

  it('opens on the first region scope of a reader', () => {
    expect(
      defaultCoverageRegion(user('f', ['village', region(DESA)], ['facilitator', region('332201')])),
    ).toBe('332201');
    expect(defaultCoverageRegion(user('n', ['national', { kind: 'national' }]))).toBeNull();
  });
});
