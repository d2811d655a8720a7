/**
 * Who may do what with a desa's Dana Desa plan, its checks and its realisation, as pure rules over
 * the actor's role assignments and the facts of the desa (its code and the kawasan holding it).
 *
 * - A desa's plan is kept (created, replaced, imported, re-checked, realisation recorded, deleted)
 *   by the village operator of that desa (role `village` scoped to it) and by the region
 *   administrators (national, province, kabupaten/kota) whose region holds the desa.
 * - It is read by those, by facilitators whose region holds the desa, and by the managers and
 *   facilitators of a kawasan holding the desa.
 * - The summary of a region is read by the administrators and facilitators of the region; of a
 *   kawasan, by those whose region holds one of its desa and by the kawasan's own managers and
 *   facilitators (`readsPlaceOverview`).
 * - The rule sets themselves are read by every signed-in user.
 *
 * Services answer a denied read with 404 (the plan's existence is not disclosed) and a denied
 * write with 403.
 */

import { type PlaceTarget, readsPlaceOverview } from '../access/place.ts';
import type { Actor, Decision } from '../access/policy.ts';
import { ADMIN_RANK, type Assignment } from '../access/role.ts';

const ALLOW: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });
const SIGN_IN = deny('Perlu masuk terlebih dahulu.');
const READ_ONLY = deny('Token ini hanya untuk membaca.');

/** The facts of a desa that access to its plan depends on, resolved by the service. */
export interface DesaPlanFacts {
  /** The 10-digit desa code. */
  desaCode: string;
  /** Kawasan whose members include the desa. */
  kawasanIds: readonly string[];
}

function regionCovers(a: Assignment, code: string): boolean {
  return a.scope.kind === 'national' || (a.scope.kind === 'region' && code.startsWith(a.scope.code));
}

function keeps(a: Assignment, desaCode: string): boolean {
  if (ADMIN_RANK[a.role] !== undefined) return regionCovers(a, desaCode);
  return a.role === 'village' && a.scope.kind === 'region' && a.scope.code === desaCode;
}

function reads(a: Assignment, facts: DesaPlanFacts): boolean {
  if (keeps(a, facts.desaCode)) return true;
  if (a.role === 'facilitator' && a.scope.kind === 'region') return regionCovers(a, facts.desaCode);
  if ((a.role === 'kawasan_manager' || a.role === 'facilitator') && a.scope.kind === 'kawasan') {
    return facts.kawasanIds.includes(a.scope.id);
  }
  return false;
}

/** Create, replace, import, re-check, record realisation of, or delete a desa's plan. */
export function mayKeepDanaDesaPlan(actor: Actor | null, desaCode: string): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  if (actor.readOnly) return READ_ONLY;
  return actor.assignments.some((a) => keeps(a, desaCode))
    ? ALLOW
    : deny(
        'Rencana Dana Desa diubah oleh operator desa tersebut atau pemerintah daerah yang wilayahnya mencakup desa itu.',
      );
}

/** Read a desa's plan, its checks and its realisation. */
export function mayReadDanaDesaPlan(actor: Actor | null, facts: DesaPlanFacts): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  return actor.assignments.some((a) => reads(a, facts))
    ? ALLOW
    : deny('Rencana Dana Desa ini di luar cakupan Anda.');
}

/** Read the compliance summary of a region or a kawasan. */
export function mayReadDanaDesaSummary(actor: Actor | null, target: PlaceTarget): Decision {
  if (actor === null) return SIGN_IN;
  if (actor.kind === 'system') return ALLOW;
  return actor.assignments.some((a) => readsPlaceOverview(a, target))
    ? ALLOW
    : deny('Ringkasan Dana Desa wilayah ini di luar cakupan Anda.');
}

/**
 * For list queries: the region code prefixes whose plans the actor reads by region
 * (`'all'` for national scope or the command line) and the kawasan whose members' plans they
 * read by kawasan. The service unions the two in SQL.
 */
export interface DanaDesaReadScope {
  regions: 'all' | string[];
  kawasanIds: string[];
}

export function danaDesaReadScope(actor: Actor): DanaDesaReadScope {
  if (actor.kind === 'system') return { regions: 'all', kawasanIds: [] };
  const regions: string[] = [];
  const kawasanIds: string[] = [];
  for (const a of actor.assignments) {
    const regionReader = ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator' || a.role === 'village';
    if (regionReader && a.scope.kind === 'national') return { regions: 'all', kawasanIds: [] };
    if (regionReader && a.scope.kind === 'region') {
      // A village operator reads only their own desa (a 10-digit code, so the prefix is exact).
      if (a.role !== 'village' || a.scope.code.length === 10) regions.push(a.scope.code);
    }
    if ((a.role === 'kawasan_manager' || a.role === 'facilitator') && a.scope.kind === 'kawasan') {
      kawasanIds.push(a.scope.id);
    }
  }
  return { regions, kawasanIds };
}
