/**
 * Who may do what with stimulan-usaha records, as pure rules over the actor's role assignments
 * and the facts of an enterprise (its founding desa and the kawasan it is linked to).
 *
 * - An enterprise is registered, and its profile, organs, legal steps, documents, units, capital
 *   and reports are kept, by:
 *   - its own managers (role `enterprise` scoped to it) — except registering, which comes first;
 *   - region administrators (national, province, kabupaten/kota) whose region holds every founding
 *     desa (a BUM Desa Bersama across two kabupaten is the province's, or each kabupaten reads it);
 *   - the village operator of the founding desa, for an enterprise of that desa alone;
 *   - the managers of a kawasan holding every founding desa, for enterprises linked to that kawasan
 *     (the BKAD coordinates the BUM Desa Bersama of its kawasan).
 * - It is read by those, by administrators and facilitators whose region holds one of its founding
 *   desa, by the village operator of any founding desa, and by the managers and facilitators of a
 *   kawasan it is linked to or that holds one of its founding desa. An enterprise manager reads
 *   only their own enterprise.
 * - Funding partners are a registry of organisations, not of people: every signed-in user reads
 *   it, and region administrators keep it.
 * - The value chain and the dashboards of a region or kawasan are read like the training
 *   dashboards: administrators and facilitators of the region, and the kawasan's own managers.
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

function write(actor: Actor | null, test: (user: UserActor) => boolean, reason: string): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  if (actor.readOnly) return READ_ONLY;
  return test(actor) ? ALLOW : deny(reason);
}

function read(actor: Actor | null, test: (user: UserActor) => boolean, reason: string): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  return test(actor) ? ALLOW : deny(reason);
}

/** Enterprise ids the actor manages by their own role (`'all'` for the command line). */
export function managedEnterpriseIds(actor: Actor): 'all' | string[] {
  if (actor.kind === 'system') return 'all';
  return actor.assignments.flatMap((a) =>
    a.role === 'enterprise' && a.scope.kind === 'enterprise' ? [a.scope.id] : [],
  );
}

/** The facts of an enterprise that access depends on, resolved by the service. */
export interface EnterpriseFacts {
  /** Null while registering. */
  id: string | null;
  founderDesaCodes: readonly string[];
  /** Kawasan the enterprise is linked to. */
  kawasanIds: readonly string[];
  /** Linked kawasan whose members include every founding desa (who may keep it). */
  kawasanIdsHoldingAllFounders: readonly string[];
  /** Kawasan (linked or not) holding at least one founding desa (who may read it). */
  kawasanIdsHoldingAFounder: readonly string[];
}

function keeps(a: Assignment, facts: EnterpriseFacts): boolean {
  const founders = facts.founderDesaCodes;
  if (founders.length === 0) return false;
  if (facts.id !== null && a.role === 'enterprise' && a.scope.kind === 'enterprise') {
    return a.scope.id === facts.id;
  }
  if (isAdmin(a)) return founders.every((code) => regionCovers(a, code));
  if (a.role === 'village' && a.scope.kind === 'region') {
    return founders.length === 1 && founders[0] === a.scope.code;
  }
  if (a.role === 'kawasan_manager' && a.scope.kind === 'kawasan') {
    return facts.kawasanIdsHoldingAllFounders.includes(a.scope.id);
  }
  return false;
}

/** Register an enterprise with these founding desa and kawasan links. */
export function mayRegisterEnterprise(actor: Actor | null, facts: Omit<EnterpriseFacts, 'id'>): Decision {
  return write(
    actor,
    (user) => user.assignments.some((a) => keeps(a, { ...facts, id: null })),
    'Badan usaha didaftarkan oleh pemerintah daerah yang wilayahnya mencakup semua desa pendiri, operator desa pendiri (untuk satu desa), atau pengelola kawasan yang mencakup semua desa pendiri.',
  );
}

/** Keep an enterprise: profile, organs, legal steps, documents, units, links, capital, reports. */
export function mayManageEnterprise(actor: Actor | null, facts: EnterpriseFacts): Decision {
  return write(
    actor,
    (user) => user.assignments.some((a) => keeps(a, facts)),
    'Badan usaha ini di luar cakupan Anda untuk diubah.',
  );
}

/** Read an enterprise and everything recorded about it. */
export function mayReadEnterprise(actor: Actor | null, facts: EnterpriseFacts): Decision {
  return read(
    actor,
    (user) =>
      user.assignments.some((a) => {
        if (keeps(a, facts)) return true;
        if (a.role === 'enterprise') return false;
        if (isAdmin(a) || a.role === 'facilitator') {
          if (facts.founderDesaCodes.some((code) => regionCovers(a, code))) return true;
        }
        if (a.role === 'village' && a.scope.kind === 'region') {
          const code = a.scope.code;
          return facts.founderDesaCodes.includes(code);
        }
        if ((a.role === 'kawasan_manager' || a.role === 'facilitator') && a.scope.kind === 'kawasan') {
          return (
            facts.kawasanIds.includes(a.scope.id) || facts.kawasanIdsHoldingAFounder.includes(a.scope.id)
          );
        }
        return false;
      }),
    'Badan usaha ini di luar cakupan Anda.',
  );
}

/** Register or change a funding partner. */
export function mayManagePartner(actor: Actor | null): Decision {
  return write(
    actor,
    (user) => user.assignments.some(isAdmin),
    'Mitra pendanaan didaftarkan oleh pemerintah nasional, provinsi atau kabupaten/kota.',
  );
}

/** Read the registry of funding partners. */
export function mayReadPartners(actor: Actor | null): Decision {
  return read(actor, () => true, '');
}

/** Read the value chain and the dashboards of a region or kawasan. */
export function mayReadBusinessOverview(actor: Actor | null, target: PlaceTarget): Decision {
  return read(
    actor,
    (user) => user.assignments.some((a) => readsPlaceOverview(a, target)),
    'Gambaran usaha wilayah ini di luar cakupan Anda.',
  );
}
