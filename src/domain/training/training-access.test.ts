import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/policy.ts';
import { ACTORS, DESA_A, DESA_OTHER_KAB, KAWASAN_ID, OTHER_PROVIDER_ID, PROVIDER_ID } from './testing.ts';
import {
  mayManageProgramme,
  mayManageProvider,
  mayReadDashboard,
  mayReadNeeds,
  mayReadParticipant,
  mayReadProgramme,
  mayRecordFollowUp,
  mayVerifyCertificate,
  type ParticipantFacts,
  type PlaceTarget,
  type ProgrammeFacts,
  providerIds,
} from './training-access.ts';

type Who = keyof typeof ACTORS | 'public';
const WHO: Who[] = [
  'public',
  'providerUser',
  'otherProviderUser',
  'national',
  'province',
  'kabupaten',
  'otherKabupaten',
  'facilitator',
  'kawasanFacilitator',
  'village',
  'otherVillage',
  'kawasanManager',
  'enterprise',
  'system',
];
const actor = (who: Who): Actor | null => (who === 'public' ? null : ACTORS[who]);

/** Who is allowed, written out by hand; everyone else is refused. */
function allowedOnly(check: (a: Actor | null) => { allowed: boolean }, allowed: Who[]) {
  const table = Object.fromEntries(WHO.map((w) => [w, check(actor(w)).allowed]));
  expect(table).toEqual(Object.fromEntries(WHO.map((w) => [w, allowed.includes(w)])));
}

const PROGRAMME: ProgrammeFacts = {
  providerId: PROVIDER_ID,
  regionCodes: ['332201', DESA_A],
  kawasanIds: [KAWASAN_ID],
};
const PARTICIPANT: ParticipantFacts = { providerId: PROVIDER_ID, desaCode: DESA_A, kawasanIds: [KAWASAN_ID] };

describe('training access: who may do what', () => {
  it('registers providers: administrators of the seat region', () => {
    allowedOnly((a) => mayManageProvider(a, '3322'), ['national', 'province', 'kabupaten', 'system']);
  });

  it("manages programmes: only the provider's own users", () => {
    allowedOnly((a) => mayManageProgramme(a, PROVIDER_ID), ['providerUser', 'system']);
    allowedOnly((a) => mayManageProgramme(a, OTHER_PROVIDER_ID), ['otherProviderUser', 'system']);
  });

  it('reads a programme: its provider, and those whose region or kawasan it touches', () => {
    allowedOnly(
      (a) => mayReadProgramme(a, PROGRAMME),
      [
        'providerUser',
        'national',
        'province',
        'kabupaten',
        'facilitator',
        'kawasanFacilitator',
        'village',
        'kawasanManager',
        'system',
      ],
    );
    const elsewhere: ProgrammeFacts = {
      providerId: PROVIDER_ID,
      regionCodes: [DESA_OTHER_KAB],
      kawasanIds: [],
    };
    allowedOnly(
      (a) => mayReadProgramme(a, elsewhere),
      ['providerUser', 'national', 'province', 'otherKabupaten', 'system'],
    );
  });

  it("reads a participant's personal details: the provider and the administrators of the participant's desa", () => {
    allowedOnly(
      (a) => mayReadParticipant(a, PARTICIPANT),
      ['providerUser', 'national', 'province', 'kabupaten', 'system'],
    );
  });

  it("records a follow-up: the provider, or a facilitator of the participant's desa or kawasan", () => {
    allowedOnly(
      (a) => mayRecordFollowUp(a, PARTICIPANT),
      ['providerUser', 'facilitator', 'kawasanFacilitator', 'system'],
    );
  });

  it('reads dashboards like facilitation coverage', () => {
    const kab: PlaceTarget = { kind: 'region', code: '3322' };
    allowedOnly((a) => mayReadDashboard(a, kab), ['national', 'province', 'kabupaten', 'system']);
    const kawasan: PlaceTarget = { kind: 'kawasan', id: KAWASAN_ID, desaCodes: [DESA_A] };
    allowedOnly(
      (a) => mayReadDashboard(a, kawasan),
      ['national', 'province', 'kabupaten', 'facilitator', 'kawasanFacilitator', 'kawasanManager', 'system'],
    );
  });

  it('reads training needs: dashboard readers, the village of that desa, and every training provider', () => {
    const desa: PlaceTarget = { kind: 'region', code: DESA_A };
    allowedOnly(
      (a) => mayReadNeeds(a, desa),
      [
        'providerUser',
        'otherProviderUser',
        'national',
        'province',
        'kabupaten',
        'facilitator',
        'village',
        'system',
      ],
    );
  });

  it('lets anyone verify a certificate, signed in or not', () => {
    allowedOnly((a) => mayVerifyCertificate(a), WHO);
  });
});

describe('refusals', () => {
  it('asks the public to sign in, and explains scope refusals in Indonesian', () => {
    expect(mayReadProgramme(null, PROGRAMME)).toEqual({
      allowed: false,
      reason: 'Perlu masuk terlebih dahulu.',
    });
    expect(mayManageProgramme(ACTORS.otherProviderUser, PROVIDER_ID)).toEqual({
      allowed: false,
      reason: 'Hanya pengguna penyelenggara pelatihan ini yang dapat mengelola programnya.',
    });
  });

  it('refuses writes with a read-only token', () => {
    const readOnly = { ...(ACTORS.providerUser as Extract<Actor, { kind: 'user' }>), readOnly: true };
    expect(mayManageProgramme(readOnly, PROVIDER_ID)).toEqual({
      allowed: false,
      reason: 'Token ini hanya untuk membaca.',
    });
    expect(mayReadProgramme(readOnly, PROGRAMME).allowed).toBe(true);
  });

  it('lists the providers an actor works for', () => {
    expect(providerIds(ACTORS.providerUser)).toEqual([PROVIDER_ID]);
    expect(providerIds(ACTORS.kabupaten)).toEqual([]);
    expect(providerIds(ACTORS.system)).toBe('all');
  });
});
