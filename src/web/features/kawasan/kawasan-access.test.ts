import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/access/role';
import { kabupatenChoices, mayCreateKawasan } from './kawasan-access';

const user = (...grants: [Role, string | null][]) => ({
  assignments: grants.map(([role, code]) =>
    code === null
      ? { role, scope: { kind: role === 'national' ? 'national' : 'kawasan' } }
      : { role, scope: { kind: 'region', code } },
  ),
});

describe('mayCreateKawasan', () => {
  it.each([
    ['kabupaten', '3328', true],
    ['province', '33', true],
    ['facilitator', '332801', true],
    ['village', '3328012001', true],
    ['national', null, false],
    ['enterprise', null, false],
    ['kawasan_manager', null, false],
  ] as const)('%s → %s', (role, code, allowed) => expect(mayCreateKawasan(user([role, code]))).toBe(allowed));

  it('needs a region: a facilitator of one kawasan does not start another', () => {
    expect(mayCreateKawasan(user(['facilitator', null]))).toBe(false);
    expect(mayCreateKawasan(null)).toBe(false);
  });
});

describe('kabupatenChoices', () => {
  it('takes the kabupaten of kabupaten, kecamatan and desa scopes, once each', () => {
    expect(
      kabupatenChoices(user(['village', '3328012001'], ['facilitator', '332801'], ['kabupaten', '3327'])),
    ).toEqual({
      kabupaten: ['3327', '3328'],
      provinces: [],
    });
  });

  it('gives a province officer the province, and drops kabupaten already inside it', () => {
    expect(
      kabupatenChoices(user(['province', '33'], ['kabupaten', '3328'], ['village', '3501012001'])),
    ).toEqual({
      kabupaten: ['3501'],
      provinces: ['33'],
    });
  });
});
