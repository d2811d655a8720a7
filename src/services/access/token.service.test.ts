import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../domain/access/role.ts';
import { narrowAssignments } from './token.service.ts';

const a = (role: Assignment['role'], scope: Assignment['scope']): Assignment => ({ id: role, role, scope });

describe('narrowAssignments', () => {
  const national = a('national', { kind: 'national' });
  const kabupaten = a('kabupaten', { kind: 'region', code: '3374' });
  const village = a('village', { kind: 'region', code: '3374011001' });
  const kawasan = a('kawasan_manager', { kind: 'kawasan', id: 'k1' });

  it.each([
    ['no narrowing keeps everything', [kabupaten, village], null, [kabupaten, village]],
    [
      'a national role is cut down to the region',
      [national],
      { kind: 'region', code: '33' },
      [{ ...national, scope: { kind: 'region', code: '33' } }],
    ],
    [
      'a kabupaten role is cut down to a kecamatan',
      [kabupaten],
      { kind: 'region', code: '337401' },
      [{ ...kabupaten, scope: { kind: 'region', code: '337401' } }],
    ],
    ['a narrower role inside the region is kept', [village], { kind: 'region', code: '3374' }, [village]],
    ['a role outside the region is dropped', [village], { kind: 'region', code: '3301' }, []],
    [
      'a kawasan token keeps only that kawasan',
      [kawasan, kabupaten],
      { kind: 'kawasan', id: 'k1' },
      [kawasan],
    ],
  ] as [string, Assignment[], Assignment['scope'] | null, Assignment[]][])(
    '%s',
    (_name, assignments, scope, expected) => {
      expect(narrowAssignments(assignments, scope)).toEqual(expected);
    },
  );
});
