import { describe, expect, it } from 'vitest';
import { type AssignmentDraft, draftToGrant, emptyDraft, rowFieldErrors, withRole } from './scope-rules';

const draft = (over: Partial<AssignmentDraft>): AssignmentDraft => ({ ...emptyDraft(), ...over });

describe('assignment drafts', () => {
  it('need a role, and no scope for a national one', () => {
    expect(draftToGrant(draft({ role: '' }))).toEqual({ ok: false, problem: { type: 'role-required' } });
    expect(draftToGrant(withRole(emptyDraft(), 'national'))).toEqual({
      ok: true,
      grant: { role: 'national', scope: { kind: 'national' } },
    });
  });

  it('accept dotted region codes and send them canonical', () => {
    const row = { ...withRole(emptyDraft(), 'kabupaten'), value: ' 33.74 ' };
    expect(draftToGrant(row)).toEqual({
      ok: true,
      grant: { role: 'kabupaten', scope: { kind: 'region', code: '3374' } },
    });
  });

  it('explain a malformed code or one of the wrong level', () => {
    const village = withRole(emptyDraft(), 'village');
    expect(draftToGrant({ ...village, value: '' })).toEqual({
      ok: false,
      problem: { type: 'value-required' },
    });
    expect(draftToGrant({ ...village, value: '33x' })).toMatchObject({
      ok: false,
      problem: { type: 'code', problem: 'invalid_characters' },
    });
    expect(draftToGrant({ ...village, value: '3374' })).toEqual({
      ok: false,
      problem: { type: 'level', levels: ['village'] },
    });
    expect(draftToGrant({ ...village, value: '3374011001' })).toMatchObject({ ok: true });
  });

  it('let a facilitator work in a kawasan and keep the typed code when the kind stays', () => {
    const facilitator = { ...withRole(emptyDraft(), 'facilitator'), value: '337401' };
    expect(draftToGrant(facilitator)).toMatchObject({ ok: true, grant: { scope: { code: '337401' } } });
    expect(draftToGrant({ ...facilitator, kind: 'kawasan', value: 'K-1' })).toEqual({
      ok: true,
      grant: { role: 'facilitator', scope: { kind: 'kawasan', id: 'K-1' } },
    });
    expect(withRole(facilitator, 'village').value).toBe('337401');
    expect(withRole(facilitator, 'enterprise')).toMatchObject({ kind: 'enterprise', value: '' });
  });
});

describe('server field errors of a row', () => {
  const fields = {
    username: 'taken',
    'assignments.1.scope.code': 'bad code',
    'assignments.1.role': 'bad role',
    'assignments.10.scope': 'other row',
  };

  it('belong to the row they name', () => {
    expect(rowFieldErrors(fields, 'assignments.1')).toEqual({ role: 'bad role', scope: 'bad code' });
    expect(rowFieldErrors(fields, 'assignments.0')).toEqual({});
    expect(rowFieldErrors(fields, 'assignments.10')).toEqual({ scope: 'other row' });
  });

  it('of a single grant are its own fields', () => {
    expect(rowFieldErrors({ 'scope.code': 'x', role: 'y' }, '')).toEqual({ role: 'y', scope: 'x' });
  });
});
