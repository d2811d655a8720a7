import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/access/role';
import { grantableRoles, isAdministrator, safeReturnPath, signInPath } from './session-access';

const holding = (...roles: Role[]) => ({ assignments: roles.map((role) => ({ role })) });

describe('administrators', () => {
  it('are those with a national, province or kabupaten role', () => {
    expect(isAdministrator(holding('kabupaten'))).toBe(true);
    expect(isAdministrator(holding('village', 'facilitator'))).toBe(false);
    expect(isAdministrator(null)).toBe(false);
  });

  it('hand out only roles below their own, except national administrators', () => {
    expect(grantableRoles(holding('national'))).toContain('national');
    expect(grantableRoles(holding('province'))).not.toContain('province');
    expect(grantableRoles(holding('province'))).toContain('kabupaten');
    expect(grantableRoles(holding('kabupaten'))).toEqual([
      'kawasan_manager',
      'facilitator',
      'village',
      'enterprise',
      'training_provider',
    ]);
    expect(grantableRoles(holding('village'))).toEqual([]);
  });
});

describe('the way back after signing in', () => {
  it('stays inside the app', () => {
    expect(safeReturnPath('/admin/pengguna?q=budi')).toBe('/admin/pengguna?q=budi');
    expect(safeReturnPath(null)).toBe('/akun');
    expect(safeReturnPath('https://evil.example/')).toBe('/akun');
    expect(safeReturnPath('//evil.example/')).toBe('/akun');
    expect(safeReturnPath('/\\evil.example/')).toBe('/akun');
    expect(safeReturnPath('/masuk?kembali=/akun')).toBe('/akun');
  });

  it('is carried in the sign-in address', () => {
    expect(signInPath('/wilayah/3374')).toBe('/masuk?kembali=%2Fwilayah%2F3374');
    expect(signInPath('/')).toBe('/masuk');
    expect(signInPath('/masuk')).toBe('/masuk');
  });
});
