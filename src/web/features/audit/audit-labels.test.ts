import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { actionKey, fieldKey, formatAuditValue } from './audit-labels';

const t = ((key: string) => `<${key}>`) as unknown as TFunction;

describe('audit labels', () => {
  it('recognise action codes however they are spelt', () => {
    expect(actionKey('user.create')).toBe('userCreate');
    expect(actionKey('assignment.grant')).toBe('assignmentGrant');
    expect(actionKey('user.passwordReset')).toBe('userPasswordReset');
    expect(actionKey('session.create')).toBe('sessionCreate');
    expect(actionKey('user.change_password')).toBe('userPasswordChange');
    expect(actionKey('user.reset_password')).toBe('userPasswordReset');
    expect(actionKey('kawasan.create')).toBeNull();
    expect(fieldKey('email')).toBe('email');
    expect(fieldKey('passwordHash')).toBeNull();
  });

  it('write recorded values in words', () => {
    expect(formatAuditValue('name', 'Budi', t)).toBe('Budi');
    expect(formatAuditValue('email', null, t)).toBe('<common.none>');
    expect(formatAuditValue('active', false, t)).toBe('<common.no>');
    expect(formatAuditValue('role', 'kabupaten', t)).toBe('<roles.kabupaten>');
    expect(formatAuditValue('scope', { kind: 'region', code: '3374011001' }, t)).toBe('33.74.01.1001');
    expect(formatAuditValue('scope', { kind: 'region', code: '3374', label: 'Kota Semarang' }, t)).toBe(
      'Kota Semarang',
    );
    expect(formatAuditValue('assignment', { role: 'village', scope: { kind: 'national' } }, t)).toBe(
      '<roles.village> · <scope.national>',
    );
    expect(formatAuditValue('other', { a: 1 }, t)).toBe('{"a":1}');
    const date = (iso: string) => `date(${iso})`;
    expect(formatAuditValue('revokedAt', '2026-11-28T09:51:25.828Z', t, date)).toBe(
      'date(2026-11-28T09:51:25.828Z)',
    );
    expect(formatAuditValue('name', '2026', t, date)).toBe('2026');
    expect(formatAuditValue('password', '[disembunyikan]', t)).toBe('<audit.withheld>');
    expect(formatAuditValue('roles', [], t)).toBe('<common.none>');
    expect(formatAuditValue('roles', ['kabupaten@region:3374', 'national@national', 'x@y'], t)).toBe(
      '<roles.kabupaten> · 33.74, <roles.national> · <scope.national>, x@y',
    );
  });
});
