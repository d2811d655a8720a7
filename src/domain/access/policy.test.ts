import { describe, expect, it } from 'vitest';
import { type Action, type Actor, can, canSomewhere, type Resource, regionFilter } from './policy.ts';
import { type Assignment, type Role, type Scope, scopeProblem } from './role.ts';

const region = (code: string): Scope => ({ kind: 'region', code });
const user = (...grants: [Role, Scope][]): Actor => ({
  kind: 'user',
  userId: 'me',
  label: 'me',
  readOnly: false,
  assignments: grants.map(([role, scope], i): Assignment => ({ id: `a${i}`, role, scope })),
});

const nationalAdmin = user(['national', { kind: 'national' }]);
const jateng = user(['province', region('33')]);
const semarang = user(['kabupaten', region('3374')]);
const operator = user(['village', region('3374011001')]);
const account = (...regions: string[]): Resource => ({ type: 'account', userId: 'them', regions });

describe('can', () => {
  it.each([
    // who, action, resource, allowed
    [nationalAdmin, 'account.create', account('3513152017'), true],
    [jateng, 'account.create', account('3374011001'), true],
    [jateng, 'account.create', account('3513152017'), false],
    [semarang, 'account.create', account('3374011001'), true],
    [semarang, 'account.create', account('3301012001'), false],
    [semarang, 'account.create', account('3374011001', '3301012001'), false],
    [semarang, 'account.read', account('3374011001', '3301012001'), true],
    [semarang, 'account.update', account(), false],
    [nationalAdmin, 'account.update', account(), true],
    [semarang, 'account.update', { type: 'account', userId: 'them', regions: 'national' }, false],
    [operator, 'account.create', account('3374011001'), false],
    [operator, 'account.read', { type: 'account', userId: 'me', regions: ['3374011001'] }, true],
    [semarang, 'assignment.grant', { type: 'assignment', role: 'village', regions: ['3374011001'] }, true],
    [semarang, 'assignment.grant', { type: 'assignment', role: 'facilitator', regions: ['337401'] }, true],
    [semarang, 'assignment.grant', { type: 'assignment', role: 'kabupaten', regions: ['3374'] }, false],
    [jateng, 'assignment.grant', { type: 'assignment', role: 'kabupaten', regions: ['3374'] }, true],
    [jateng, 'assignment.grant', { type: 'assignment', role: 'province', regions: ['33'] }, false],
    [nationalAdmin, 'assignment.grant', { type: 'assignment', role: 'national', regions: 'national' }, true],
    [jateng, 'assignment.grant', { type: 'assignment', role: 'village', regions: 'national' }, false],
    [semarang, 'audit.read', { type: 'audit', regions: ['3374011001'], actorUserId: 'x' }, true],
    [semarang, 'audit.read', { type: 'audit', regions: ['3301'], actorUserId: 'x' }, false],
    [semarang, 'audit.read', { type: 'audit', regions: ['3301'], actorUserId: 'me' }, true],
    [operator, 'own.update', { type: 'own', userId: 'me' }, true],
    [operator, 'own.update', { type: 'own', userId: 'them' }, false],
  ] as [Actor, Action, Resource, boolean][])('%#: %j %s → %s', (actor, action, resource, allowed) => {
    expect(can(actor, action, resource).allowed).toBe(allowed);
  });

  it('refuses a public visitor everything here, with a reason', () => {
    const decision = can(null, 'account.read', account('33'));
    expect(decision).toEqual({ allowed: false, reason: expect.stringMatching(/masuk/) });
  });

  it('lets a read-only token read but not write', () => {
    const token: Actor = { ...(semarang as Extract<Actor, { kind: 'user' }>), readOnly: true };
    expect(can(token, 'account.read', account('3374011001')).allowed).toBe(true);
    expect(can(token, 'account.create', account('3374011001')).allowed).toBe(false);
    expect(can(token, 'own.update', { type: 'own', userId: 'me' }).allowed).toBe(false);
  });

  it('lets the local command line do anything', () => {
    expect(
      can({ kind: 'system', label: 'cli' }, 'assignment.grant', {
        type: 'assignment',
        role: 'national',
        regions: 'national',
      }).allowed,
    ).toBe(true);
  });
});

describe('regionFilter', () => {
  it.each([
    [nationalAdmin, 'all'],
    [semarang, ['3374']],
    [user(['kabupaten', region('3374')], ['kabupaten', region('3301')]), ['3374', '3301']],
    [operator, []],
  ] as [Actor, 'all' | string[]][])('%#', (actor, expected) => {
    expect(regionFilter(actor, 'account.read')).toEqual(expected);
  });
});

describe('scopeProblem', () => {
  it.each([
    ['national', { kind: 'national' }, null],
    ['national', region('33'), /national/],
    ['province', region('33'), null],
    ['province', region('3374'), /province/],
    ['kabupaten', region('3374'), null],
    ['kabupaten', region('337401'), /regency/],
    ['facilitator', region('337401'), null],
    ['facilitator', { kind: 'kawasan', id: 'k1' }, null],
    ['facilitator', region('33'), /regency/],
    ['village', region('3374011001'), null],
    ['village', region('337401'), /village/],
    ['enterprise', { kind: 'enterprise', id: 'e1' }, null],
    ['enterprise', region('3374'), /enterprise/],
  ] as [Role, Scope, RegExp | null][])('%s with %j', (role, scope, problem) => {
    const result = scopeProblem(role, scope);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });
});

describe('canSomewhere', () => {
  const facilitator = user(['facilitator', region('337401')]);
  const readOnly: Actor = { ...semarang, readOnly: true } as Actor;
  it.each([
    ['a kabupaten officer', semarang, true, null],
    ['a village operator', operator, true, null],
    ['the command line', { kind: 'system', label: 'cli' } as Actor, true, null],
    ['a facilitator', facilitator, false, /Peran Anda tidak dapat mengubah data wilayah/],
    ['a read-only token', readOnly, false, /hanya untuk membaca/],
    ['someone without roles', user(), false, /tidak mencakup wilayah mana pun/],
  ])('index.import by %s → %s', (_who, actor, allowed, reason) => {
    const decision = canSomewhere(actor, 'index.import');
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toMatch(reason!);
  });
});
