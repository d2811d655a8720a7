import { describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/access/role';
import {
  mayManagePartners,
  mayReadOverview,
  mayRegisterSomeEnterprise,
  mayUseUsaha,
  ownEnterprises,
  ownKawasan,
} from './usaha-access';

const user = (
  ...assignments: { role: Role; scope: { kind: string; id?: string; code?: string; label: string } }[]
) => ({
  assignments,
});
const kabupaten = user({
  role: 'kabupaten',
  scope: { kind: 'region', code: '3301', label: 'Kabupaten Cilacap' },
});
const manager = user({ role: 'enterprise', scope: { kind: 'enterprise', id: 'e1', label: 'BUM Desa Maju' } });
const kawasan = user({
  role: 'kawasan_manager',
  scope: { kind: 'kawasan', id: 'k1', label: 'Kawasan Kopi' },
});
const provider = user({
  role: 'training_provider',
  scope: { kind: 'training_provider', id: 'p1', label: 'Balai' },
});
const village = user({ role: 'village', scope: { kind: 'region', code: '3301012001', label: 'Tambakreja' } });

describe('what the usaha pages offer', () => {
  it.each([
    ['kabupaten', kabupaten, { use: true, register: true, partners: true, overview: true }],
    ['enterprise manager', manager, { use: true, register: false, partners: false, overview: false }],
    ['kawasan manager', kawasan, { use: true, register: true, partners: false, overview: true }],
    ['village operator', village, { use: true, register: true, partners: false, overview: false }],
    ['training provider', provider, { use: false, register: false, partners: false, overview: false }],
    ['nobody', null, { use: false, register: false, partners: false, overview: false }],
  ] as const)('%s', (_name, who, expected) => {
    expect({
      use: mayUseUsaha(who),
      register: mayRegisterSomeEnterprise(who),
      partners: mayManagePartners(who),
      overview: mayReadOverview(who),
    }).toEqual(expected);
  });

  it('lists the enterprises and kawasan the user’s roles are scoped to', () => {
    expect(ownEnterprises(manager)).toEqual([{ id: 'e1', label: 'BUM Desa Maju' }]);
    expect(ownEnterprises(kabupaten)).toEqual([]);
    expect(ownKawasan(kawasan)).toEqual([{ id: 'k1', label: 'Kawasan Kopi' }]);
  });
});
