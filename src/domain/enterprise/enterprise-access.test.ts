import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import {
  type EnterpriseFacts,
  managedEnterpriseIds,
  mayManageEnterprise,
  mayManagePartner,
  mayReadBusinessOverview,
  mayReadEnterprise,
  mayReadPartners,
  mayRegisterEnterprise,
} from './enterprise-access.ts';
import { DESA_A, DESA_B, E_MINE, E_OTHER, K_ALL, K_LINKED, K_SOME, READERS, type Reader } from './testing.ts';

type Who = Reader | 'public';
const WHO: Who[] = ['public', ...(Object.keys(READERS) as Reader[])];
const actor = (who: Who): Actor | null => (who === 'public' ? null : READERS[who]);

/** Who is allowed, written out by hand; everyone else is refused. */
function allowedOnly(check: (a: Actor | null) => { allowed: boolean }, allowed: Who[]) {
  const table = Object.fromEntries(WHO.map((w) => [w, check(actor(w)).allowed]));
  expect(table).toEqual(Object.fromEntries(WHO.map((w) => [w, allowed.includes(w)])));
}

/** A BUM Desa Bersama of Cilacap and Banyumas, linked to a kawasan holding both and to one holding neither. */
const BUMDESMA: EnterpriseFacts = {
  id: E_MINE,
  founderDesaCodes: [DESA_A, DESA_B],
  kawasanIds: [K_ALL, K_LINKED],
  kawasanIdsHoldingAllFounders: [K_ALL],
  kawasanIdsHoldingAFounder: [K_ALL, K_SOME],
};
/** A BUM Desa of desa A, linked to no kawasan; desa A is a member of K_SOME. */
const BUMDES: EnterpriseFacts = {
  id: E_OTHER,
  founderDesaCodes: [DESA_A],
  kawasanIds: [],
  kawasanIdsHoldingAllFounders: [],
  kawasanIdsHoldingAFounder: [K_SOME],
};

describe('enterprise access: who may do what', () => {
  it('reads a cross-kabupaten BUM Desa Bersama', () => {
    allowedOnly(
      (a) => mayReadEnterprise(a, BUMDESMA),
      [
        'national',
        'nationalToken',
        'province',
        'kabupatenA',
        'kabupatenB',
        'facilitatorA',
        'villageA',
        'villageB',
        'managerAll',
        'managerSome',
        'managerLinked',
        'kawasanFacilitator',
        'enterpriseMine',
        'system',
      ],
    );
  });

  it('keeps it: the province holding both, the kawasan holding both, its own managers', () => {
    allowedOnly(
      (a) => mayManageEnterprise(a, BUMDESMA),
      ['national', 'province', 'managerAll', 'enterpriseMine', 'system'],
    );
  });

  it('reads and keeps a BUM Desa of one desa', () => {
    allowedOnly(
      (a) => mayReadEnterprise(a, BUMDES),
      [
        'national',
        'nationalToken',
        'province',
        'kabupatenA',
        'facilitatorA',
        'villageA',
        'managerSome',
        'kawasanFacilitator',
        'enterpriseOther',
        'system',
      ],
    );
    allowedOnly(
      (a) => mayManageEnterprise(a, BUMDES),
      ['national', 'province', 'kabupatenA', 'villageA', 'enterpriseOther', 'system'],
    );
  });

  it('registers: administrators holding every founder, the village of a lone founder, the kawasan holding all', () => {
    const { id: _id, ...bumdesma } = BUMDESMA;
    allowedOnly((a) => mayRegisterEnterprise(a, bumdesma), ['national', 'province', 'managerAll', 'system']);
    const { id: _id2, ...bumdes } = BUMDES;
    allowedOnly(
      (a) => mayRegisterEnterprise(a, bumdes),
      ['national', 'province', 'kabupatenA', 'villageA', 'system'],
    );
    // No founders: nobody but the command line.
    allowedOnly(
      (a) =>
        mayRegisterEnterprise(a, {
          founderDesaCodes: [],
          kawasanIds: [],
          kawasanIdsHoldingAllFounders: [],
          kawasanIdsHoldingAFounder: [],
        }),
      ['system'],
    );
  });

  it('keeps funding partners: region administrators; everyone signed in reads them', () => {
    allowedOnly(mayManagePartner, [
      'national',
      'province',
      'otherProvince',
      'kabupatenA',
      'kabupatenB',
      'otherKabupaten',
      'system',
    ]);
    allowedOnly(
      mayReadPartners,
      WHO.filter((w) => w !== 'public'),
    );
  });

  it('reads the overview of a kawasan: its managers and facilitators, and administrators of a member desa', () => {
    allowedOnly(
      (a) => mayReadBusinessOverview(a, { kind: 'kawasan', id: K_SOME, desaCodes: [DESA_A] }),
      [
        'national',
        'nationalToken',
        'province',
        'kabupatenA',
        'facilitatorA',
        'managerSome',
        'kawasanFacilitator',
        'system',
      ],
    );
  });

  it('says why, in Indonesian', () => {
    expect(mayManageEnterprise(null, BUMDESMA)).toEqual({
      allowed: false,
      reason: 'Perlu masuk terlebih dahulu.',
    });
    expect(mayManageEnterprise(READERS.nationalToken, BUMDESMA)).toEqual({
      allowed: false,
      reason: 'Token ini hanya untuk membaca.',
    });
    expect(mayManageEnterprise(READERS.kabupatenA, BUMDESMA)).toEqual({
      allowed: false,
      reason: 'Badan usaha ini di luar cakupan Anda untuk diubah.',
    });
  });

  it('lists the enterprises an actor manages by role', () => {
    expect(managedEnterpriseIds(READERS.enterpriseMine)).toEqual([E_MINE]);
    expect(managedEnterpriseIds(READERS.kabupatenA)).toEqual([]);
    expect(managedEnterpriseIds(READERS.system)).toBe('all');
  });
});
