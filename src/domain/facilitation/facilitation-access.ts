/**
 * Who may see and manage pendampingan records, as pure rules over the actor's role assignments
 * and the facts of a record (its region, owner, owner's supervisor, kawasan). The review itself
 * (who submits, who approves) is `review.ts`; this module decides reading and administration.
 *
 * - Facilitators and their assignments are managed by the region administrators (national,
 *   province, kabupaten/kota) whose region contains the facilitator's home region.
 * - An entry is read by its owner (every state), the owner's supervisor (once submitted), the
 *   region administrators and region facilitators whose region holds the entry's place (once
 *   submitted), the village operator of that desa and the managers of that kawasan (approved
 *   entries only: what counts is what they see).
 * - Coverage of a region is read by the administrators and facilitators whose region contains
 *   it; coverage of a kawasan by those whose region holds one of its desa, and by its managers and
 *   the facilitators scoped to it.
 */
import type { Actor } from '../access/policy.ts';
import { ADMIN_RANK, type Assignment } from '../access/role.ts';
import type { LogState } from './review.ts';

function userAssignments(actor: Actor): readonly Assignment[] | 'all' {
  return actor.kind === 'system' ? 'all' : actor.assignments;
}

function regionCovers(a: Assignment, code: string): boolean {
  return a.scope.kind === 'national' || (a.scope.kind === 'region' && code.startsWith(a.scope.code));
}

/** Whether the actor administers (national, province, kabupaten/kota) a region containing `code`. */
export function administers(actor: Actor, code: string): boolean {
  const list = userAssignments(actor);
  if (list === 'all') return true;
  return list.some((a) => ADMIN_RANK[a.role] !== undefined && regionCovers(a, code));
}

/** Whether the actor may create, change or assign facilitators based in `homeRegionCode`. */
export function mayManageFacilitator(actor: Actor, homeRegionCode: string): boolean {
  if (actor.kind === 'user' && actor.readOnly) return false;
  return administers(actor, homeRegionCode);
}

/** The facts of an entry that reading depends on. */
export interface EntryFacts {
  state: LogState;
  /** The desa code, or the kawasan's designating region. */
  regionCode: string;
  kawasanId: string | null;
  ownerUserId: string;
  /** The user of the owner's supervisor, if any. */
  supervisorUserId: string | null;
}

/** Whether the actor may read an entry (see the module comment). */
export function mayReadEntry(actor: Actor, entry: EntryFacts): boolean {
  const list = userAssignments(actor);
  if (list === 'all') return true;
  if (actor.kind === 'user' && actor.userId === entry.ownerUserId) return true;
  if (entry.state === 'draf') return false;
  if (actor.kind === 'user' && actor.userId === entry.supervisorUserId) return true;
  const approved = entry.state === 'disetujui';
  return list.some((a) => {
    if (ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator') {
      if (regionCovers(a, entry.regionCode)) return true;
      return a.role === 'facilitator' && a.scope.kind === 'kawasan' && a.scope.id === entry.kawasanId;
    }
    if (!approved) return false;
    if (a.role === 'village') return regionCovers(a, entry.regionCode);
    if (a.role === 'kawasan_manager') return a.scope.kind === 'kawasan' && a.scope.id === entry.kawasanId;
    return false;
  });
}

/** Where coverage is asked for: a region (code prefix) or a kawasan (its id and member desa codes). */
export type CoverageTarget =
  | { kind: 'region'; code: string }
  | { kind: 'kawasan'; id: string; desaCodes: readonly string[] };

/** Whether the actor may read coverage and workload for the target. */
export function mayReadCoverage(actor: Actor, target: CoverageTarget): boolean {
  const list = userAssignments(actor);
  if (list === 'all') return true;
  return list.some((a) => {
    const reader = ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator';
    if (target.kind === 'kawasan') {
      if (a.scope.kind === 'kawasan')
        return a.scope.id === target.id && (a.role === 'kawasan_manager' || a.role === 'facilitator');
      return reader && target.desaCodes.some((code) => regionCovers(a, code));
    }
    if (!reader) return false;
    if (a.scope.kind === 'national') return true;
    return a.scope.kind === 'region' && target.code.startsWith(a.scope.code);
  });
}

/**
 * The region the actor's coverage page opens on when none is asked for: their first region scope
 * (national: null, meaning "choose a province").
 */
export function defaultCoverageRegion(actor: Actor): string | null {
  const list = userAssignments(actor);
  if (list === 'all') return null;
  for (const a of list)
    if (a.scope.kind === 'region' && (ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator'))
      return a.scope.code;
  return null;
}
