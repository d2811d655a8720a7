import { describe, expect, it } from 'vitest';
import { type Actor, can } from '../../../domain/access/policy';
import { ROLE_SCOPES, ROLES, type Role } from '../../../domain/access/role';
import { mayImportIndex } from './import-access';

/** A scope of the role's own kind that holds desa 3374011001 (Miroto, Kota Semarang). */
function scopeFor(role: Role) {
  const rule = ROLE_SCOPES[role];
  if (rule.kinds.includes('national')) return { kind: 'national' as const };
  if (rule.kinds.includes('region')) {
    const level = rule.regionLevels?.[0];
    const code = { province: '33', regency: '3374', district: '337401', village: '3374011001' }[
      level ?? 'village'
    ];
    return { kind: 'region' as const, code };
  }
  return { kind: rule.kinds[0] as 'kawasan', id: 'k1' };
}

describe('mayImportIndex', () => {
  it.each(ROLES.map((role) => [role]))('agrees with the access policy for a %s', (role) => {
    const actor: Actor = {
      kind: 'user',
      userId: 'u1',
      label: 'uji',
      readOnly: false,
      assignments: [{ id: 'a1', role, scope: scopeFor(role) }],
    };
    const allowed = can(actor, 'index.import', { type: 'region_data', regions: ['3374011001'] }).allowed;
    expect(mayImportIndex({ assignments: [{ role }] })).toBe(allowed);
  });

  it('is false for nobody and for an account without roles', () => {
    expect(mayImportIndex(null)).toBe(false);
    expect(mayImportIndex({ assignments: [] })).toBe(false);
  });
});
