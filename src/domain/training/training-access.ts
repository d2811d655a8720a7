/**
 * Who may do what with pelatihan records, as pure rules over the actor's role assignments and the
 * facts of a record (its provider, the regions and kawasan it touches, a participant's desa).
 *
 * - Providers are registered by the region administrators (national, province, kabupaten/kota)
 *   whose region contains the provider's seat; the `training_provider` role is granted through the
 *   access policy like any other.
 * - A provider's users (role `training_provider` scoped to that provider) manage only that
 *   provider's programmes: sessions, registration, attendance, scores, certificates.
 * - Programme and session details (not personal data) are read by the provider's users, the
 *   region administrators and facilitators whose region holds one of the regions the programme
 *   touches, the village operator of a desa it touches, and the managers and facilitators of a
 *   kawasan it serves.
 * - Participants' personal details are read by the provider's users and by the administrators
 *   whose region holds the participant's desa.
 * - A follow-up months later is recorded by the provider's users or by a facilitator of the
 *   participant's desa (facilitators visit the villages; provider staff often cannot).
 * - Training needs of a place are read by whoever reads its facilitation coverage, by the village
 *   operator of that desa, and by every training provider: their evidence carries only ids,
 *   categories, keywords and public index scores, and providers need it to plan.
 * - The public (no actor) only verifies certificates.
 */

import { type PlaceTarget, readsPlaceOverview } from '../access/place.ts';
import type { Actor, Decision } from '../access/policy.ts';
import { ADMIN_RANK, type Assignment } from '../access/role.ts';

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });
const SIGN_IN = deny('Perlu masuk terlebih dahulu.');
const READ_ONLY = deny('Token ini hanya untuk membaca.');

type UserActor = Extract<Actor, { kind: 'user' }>;

function regionCovers(a: Assignment, code: string): boolean {
  return a.scope.kind === 'national' || (a.scope.kind === 'region' && code.startsWith(a.scope.code));
}

function isAdmin(a: Assignment): boolean {
  return ADMIN_RANK[a.role] !== undefined;
}

function isProviderUser(a: Assignment, providerId: string): boolean {
  return a.role === 'training_provider' && a.scope.kind === 'training_provider' && a.scope.id === providerId;
}

/** Provider ids the actor works for (`'all'` for the command line): list queries filter by them. */
export function providerIds(actor: Actor): 'all' | string[] {
  if (actor.kind === 'system') return 'all';
  return actor.assignments.flatMap((a) =>
    a.role === 'training_provider' && a.scope.kind === 'training_provider' ? [a.scope.id] : [],
  );
}

function write(actor: Actor | null, test: (user: UserActor) => Decision): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  if (actor.readOnly) return READ_ONLY;
  return test(actor);
}

function read(actor: Actor | null, test: (user: UserActor) => Decision): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  return test(actor);
}

/** Register or change a provider seated in `seatRegionCode`. */
export function mayManageProvider(actor: Actor | null, seatRegionCode: string): Decision {
  return write(actor, (user) =>
    user.assignments.some((a) => isAdmin(a) && regionCovers(a, seatRegionCode))
      ? ALLOW
      : deny(
          'Hanya pemerintah nasional, provinsi atau kabupaten/kota yang wilayahnya mencakup kedudukan penyelenggara yang dapat mendaftarkannya.',
        ),
  );
}

/** Create and run the programmes of `providerId` (sessions, registration, attendance, scores, certificates). */
export function mayManageProgramme(actor: Actor | null, providerId: string): Decision {
  return write(actor, (user) =>
    user.assignments.some((a) => isProviderUser(a, providerId))
      ? ALLOW
      : deny('Hanya pengguna penyelenggara pelatihan ini yang dapat mengelola programnya.'),
  );
}

/** The facts of a programme that reading depends on, resolved by the service. */
export interface ProgrammeFacts {
  providerId: string;
  /**
   * Region codes it touches: its provider's seat, its sessions' places, the desa they serve
   * (members of the kawasan served included) and the participants' desa.
   */
  regionCodes: readonly string[];
  kawasanIds: readonly string[];
}

export function mayReadProgramme(actor: Actor | null, facts: ProgrammeFacts): Decision {
  return read(actor, (user) => {
    const ok = user.assignments.some((a) => {
      if (isProviderUser(a, facts.providerId)) return true;
      if (isAdmin(a) || a.role === 'facilitator') {
        if (facts.regionCodes.some((code) => regionCovers(a, code))) return true;
      }
      if (a.role === 'village' && a.scope.kind === 'region') {
        const code = a.scope.code;
        return facts.regionCodes.some((c) => c === code);
      }
      if ((a.role === 'kawasan_manager' || a.role === 'facilitator') && a.scope.kind === 'kawasan') {
        return facts.kawasanIds.includes(a.scope.id);
      }
      return false;
    });
    return ok ? ALLOW : deny('Program pelatihan ini di luar cakupan Anda.');
  });
}

/** The facts of one participant that reading and follow-up depend on. */
export interface ParticipantFacts {
  providerId: string;
  desaCode: string;
  /** Kawasan the participant's desa belongs to. */
  kawasanIds: readonly string[];
}

/** Read a participant's personal details (name, birth year, gender, role). */
export function mayReadParticipant(actor: Actor | null, facts: ParticipantFacts): Decision {
  return read(actor, (user) =>
    user.assignments.some(
      (a) => isProviderUser(a, facts.providerId) || (isAdmin(a) && regionCovers(a, facts.desaCode)),
    )
      ? ALLOW
      : deny('Data pribadi peserta hanya dapat dilihat penyelenggara dan pemerintah daerah asal peserta.'),
  );
}

/** Record the level 3/4 follow-up of a participant. */
export function mayRecordFollowUp(actor: Actor | null, facts: ParticipantFacts): Decision {
  return write(actor, (user) =>
    user.assignments.some(
      (a) =>
        isProviderUser(a, facts.providerId) ||
        (a.role === 'facilitator' &&
          (regionCovers(a, facts.desaCode) ||
            (a.scope.kind === 'kawasan' && facts.kawasanIds.includes(a.scope.id)))),
    )
      ? ALLOW
      : deny('Tindak lanjut dicatat oleh penyelenggara pelatihan atau pendamping desa asal peserta.'),
  );
}

export type { PlaceTarget } from '../access/place.ts';

/** Read the dashboards (people trained, gains, follow-up outcomes) of a region or kawasan. */
export function mayReadDashboard(actor: Actor | null, target: PlaceTarget): Decision {
  return read(actor, (user) =>
    user.assignments.some((a) => readsPlaceOverview(a, target))
      ? ALLOW
      : deny('Dasbor pelatihan wilayah ini di luar cakupan Anda.'),
  );
}

/** Read the suggested training needs of a region (a desa) or a kawasan. */
export function mayReadNeeds(actor: Actor | null, target: PlaceTarget): Decision {
  if (actor !== null && actor.kind === 'user') {
    const own = actor.assignments.some(
      (a) =>
        a.role === 'training_provider' ||
        (a.role === 'village' &&
          a.scope.kind === 'region' &&
          target.kind === 'region' &&
          a.scope.code === target.code),
    );
    if (own) return ALLOW;
  }
  const decision = mayReadDashboard(actor, target);
  return decision.allowed ? ALLOW : deny('Kebutuhan pelatihan tempat ini di luar cakupan Anda.');
}

/** Verifying a certificate is public: anyone, signed in or not. */
export function mayVerifyCertificate(_actor: Actor | null): Decision {
  return ALLOW;
}
