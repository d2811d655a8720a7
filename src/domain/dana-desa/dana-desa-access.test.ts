import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import type { Assignment } from '../access/role.ts';
import {
  type DesaPlanFacts,
  danaDesaReadScope,
  mayKeepDanaDesaPlan,
  mayReadDanaDesaPlan,
  mayReadDanaDesaSummary,
} from './dana-desa-access.ts';

const DESA = '3301012001';
const OTHER_DESA = '3302022002';
const K_HOLDING = 'k-holding';
const K_OTHER = 'k-other';

const user = (scopes: Omit<Assignment, 'id'>[], readOnly = false): Actor => ({
  kind: 'user',
  userId: 'u',
  label: 'u',
  readOnly,
  assignments: scopes.map((s, i) => ({ ...s, id: `a${i}` })),
});

const READERS = {
  national: user([{ role: 'national', scope: { kind: 'national' } }]),
  province: user([{ role: 'province', scope: { kind: 'region', code: '33' } }]),
  kabupaten: user([{ role: 'kabupaten', scope: { kind: 'region', code: '3301' } }]),
  otherKabupaten: user([{ role: 'kabupaten', scope: { kind: 'region', code: '3302' } }]),
  village: user([{ role: 'village', scope: { kind: 'region', code: DESA } }]),
  otherVillage: user([{ role: 'village', scope: { kind: 'region', code: OTHER_DESA } }]),
  facilitator: user([{ role: 'facilitator', scope: { kind: 'region', code: '330101' } }]),
  otherFacilitator: user([{ role: 'facilitator', scope: { kind: 'region', code: '330102' } }]),
  kawasanManager: user([{ role: 'kawasan_manager', scope: { kind: 'kawasan', id: K_HOLDING } }]),
  kawasanFacilitator: user([{ role: 'facilitator', scope: { kind: 'kawasan', id: K_HOLDING } }]),
  otherKawasanManager: user([{ role: 'kawasan_manager', scope: { kind: 'kawasan', id: K_OTHER } }]),
  enterprise: user([{ role: 'enterprise', scope: { kind: 'enterprise', id: 'e1' } }]),
  readOnlyVillage: user([{ role: 'village', scope: { kind: 'region', code: DESA } }], true),
} satisfies Record<string, Actor>;
type Reader = keyof typeof READERS;
type Who = Reader | 'public';
const WHO: Who[] = ['public', ...(Object.keys(READERS) as Reader[])];
const actor = (who: Who): Actor | null => (who === 'public' ? null : READERS[who]);

function allowedOnly(check: (a: Actor | null) => { allowed: boolean }, allowed: Who[]) {
  const table = Object.fromEntries(WHO.map((w) => [w, check(actor(w)).allowed]));
  expect(table).toEqual(Object.fromEntries(WHO.map((w) => [w, allowed.includes(w)])));
}

const FACTS: DesaPlanFacts = { desaCode: DESA, kawasanIds: [K_HOLDING] };

describe('Dana Desa plan access', () => {
  it('is kept by the village operator of the desa and the administrators holding it', () => {
    allowedOnly((a) => mayKeepDanaDesaPlan(a, DESA), ['national', 'province', 'kabupaten', 'village']);
  });

  it('is read also by facilitators of the region and by the kawasan holding the desa', () => {
    allowedOnly(
      (a) => mayReadDanaDesaPlan(a, FACTS),
      [
        'national',
        'province',
        'kabupaten',
        'village',
        'readOnlyVillage',
        'facilitator',
        'kawasanManager',
        'kawasanFacilitator',
      ],
    );
  });

  it('is not read through a kawasan that does not hold the desa', () => {
    expect(mayReadDanaDesaPlan(READERS.kawasanManager, { desaCode: DESA, kawasanIds: [] }).allowed).toBe(
      false,
    );
  });

  it('answers a read-only token and the public with a reason in Indonesian', () => {
    const ro = mayKeepDanaDesaPlan(READERS.readOnlyVillage, DESA);
    expect(ro).toEqual({ allowed: false, reason: 'Token ini hanya untuk membaca.' });
    expect(mayReadDanaDesaPlan(null, FACTS)).toEqual({
      allowed: false,
      reason: 'Perlu masuk terlebih dahulu.',
    });
    expect(mayKeepDanaDesaPlan({ kind: 'system', label: 'cli' }, DESA).allowed).toBe(true);
  });
});

describe('Dana Desa summaries', () => {
  it('of a kabupaten are read by its administrators and facilitators', () => {
    allowedOnly(
      (a) => mayReadDanaDesaSummary(a, { kind: 'region', code: '3301' }),
      ['national', 'province', 'kabupaten'],
    );
    allowedOnly(
      (a) => mayReadDanaDesaSummary(a, { kind: 'region', code: '330101' }),
      ['national', 'province', 'kabupaten', 'facilitator'],
    );
  });

  it('of a kawasan are read by its managers too', () => {
    allowedOnly(
      (a) => mayReadDanaDesaSummary(a, { kind: 'kawasan', id: K_HOLDING, desaCodes: [DESA] }),
      ['national', 'province', 'kabupaten', 'facilitator', 'kawasanManager', 'kawasanFacilitator'],
    );
  });
});

describe('danaDesaReadScope', () => {
  it('lists the region prefixes and kawasan an actor reads plans of', () => {
    expect(danaDesaReadScope(READERS.national)).toEqual({ regions: 'all', kawasanIds: [] });
    expect(danaDesaReadScope(READERS.kabupaten)).toEqual({ regions: ['3301'], kawasanIds: [] });
    expect(danaDesaReadScope(READERS.village)).toEqual({ regions: [DESA], kawasanIds: [] });
    expect(danaDesaReadScope(READERS.kawasanManager)).toEqual({ regions: [], kawasanIds: [K_HOLDING] });
    expect(danaDesaReadScope(READERS.enterprise)).toEqual({ regions: [], kawasanIds: [] });
  });
});
