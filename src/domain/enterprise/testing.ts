/**
 * Domain fixtures for stimulan usaha: readers of every kind, for the access rule tables here and
 * the comparison of the services' SQL read filter with the rule.
 */
import type { Actor } from '../access/policy.ts';
import type { Role, Scope } from '../access/role.ts';

/** A signed-in user with the given role assignments (`readOnly` for an API token that only reads). */
export function user(userId: string, grants: readonly [Role, Scope][], readOnly = false): Actor {
  return {
    kind: 'user',
    userId,
    label: userId,
    readOnly,
    assignments: grants.map(([role, scope], i) => ({ id: `a${i}`, role, scope })),
  };
}

export const region = (code: string): Scope => ({ kind: 'region', code });
export const kawasanScope = (id: string): Scope => ({ kind: 'kawasan', id });
export const enterpriseScope = (id: string): Scope => ({ kind: 'enterprise', id });
export const SYSTEM: Actor = { kind: 'system', label: 'cli' };

/** Founding desa in two kabupaten (Cilacap, Banyumas) and one elsewhere. */
export const DESA_A = '3301012001';
export const DESA_B = '3302022001';
export const DESA_OTHER = '3374012001';
/** Kawasan holding both founders (linked), one founder (not linked), none (linked). */
export const K_ALL = '00000000-0000-4000-8000-00000000a001';
export const K_SOME = '00000000-0000-4000-8000-00000000a002';
export const K_LINKED = '00000000-0000-4000-8000-00000000a003';
export const K_ELSEWHERE = '00000000-0000-4000-8000-00000000a004';
export const E_MINE = '00000000-0000-4000-8000-00000000e001';
export const E_OTHER = '00000000-0000-4000-8000-00000000e002';

/** Readers of every kind, for the rule tables. */
export const READERS = {
  national: user('U-nas', [['national', { kind: 'national' }]]),
  nationalToken: user('U-nas-token', [['national', { kind: 'national' }]], true),
  province: user('U-prov', [['province', region('33')]]),
  otherProvince: user('U-prov35', [['province', region('35')]]),
  kabupatenA: user('U-kab-a', [['kabupaten', region('3301')]]),
  kabupatenB: user('U-kab-b', [['kabupaten', region('3302')]]),
  otherKabupaten: user('U-kab-x', [['kabupaten', region('3374')]]),
  facilitatorA: user('U-pd-a', [['facilitator', region('330101')]]),
  otherFacilitator: user('U-pd-x', [['facilitator', region('337401')]]),
  villageA: user('U-desa-a', [['village', region(DESA_A)]]),
  villageB: user('U-desa-b', [['village', region(DESA_B)]]),
  otherVillage: user('U-desa-x', [['village', region(DESA_OTHER)]]),
  managerAll: user('U-bkad-all', [['kawasan_manager', kawasanScope(K_ALL)]]),
  managerSome: user('U-bkad-some', [['kawasan_manager', kawasanScope(K_SOME)]]),
  managerLinked: user('U-bkad-linked', [['kawasan_manager', kawasanScope(K_LINKED)]]),
  managerElsewhere: user('U-bkad-x', [['kawasan_manager', kawasanScope(K_ELSEWHERE)]]),
  kawasanFacilitator: user('U-ta', [['facilitator', kawasanScope(K_SOME)]]),
  enterpriseMine: user('U-bumdes', [['enterprise', enterpriseScope(E_MINE)]]),
  enterpriseOther: user('U-bumdes2', [['enterprise', enterpriseScope(E_OTHER)]]),
  trainingProvider: user('U-balai', [['training_provider', { kind: 'training_provider', id: 'P-1' }]]),
  system: SYSTEM,
} as const;
export type Reader = keyof typeof READERS;
