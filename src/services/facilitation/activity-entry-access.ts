/**
 * Who may read and write activity entries, in the service's terms: the signed-in user's
 * facilitator record (the only writer of entries and evidence), the facts `mayReadEntry` reads,
 * and the same rule as an SQL condition for lists, so a list holds exactly the entries
 * `mayReadEntry` allows (a test compares the two on one fixture).
 */
import { and, eq, inArray, like, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { activityEntry, facilitator } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { ADMIN_RANK } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import type { EntryFacts } from '../../domain/facilitation/facilitation-access.ts';
import type { LogState } from '../../domain/facilitation/review.ts';
import { type FacilitatorRecord, facilitatorOfUser } from './facilitation.repository.ts';

/** The facilitator record of the signed-in user, or null (the command line has none). */
export function facilitatorOfActor(orm: Orm, actor: Actor): Promise<FacilitatorRecord | null> {
  return actor.kind === 'user' ? facilitatorOfUser(orm, actor.userId) : Promise.resolve(null);
}

/** The writer's own facilitator record; 403 when the account is no registered facilitator. */
export async function requireOwnFacilitator(
  orm: Orm,
  actor: Actor,
  what: string,
): Promise<FacilitatorRecord> {
  const own = await facilitatorOfActor(orm, actor);
  if (!own) throw notAFacilitator(what);
  return own;
}

/** 403 for an account that is no registered facilitator, saying what it tried to do. */
export function notAFacilitator(what: string): AppError {
  return new AppError(
    'forbidden',
    `Hanya pendamping yang terdaftar yang dapat ${what}; akun ini belum terdaftar sebagai pendamping.`,
  );
}

/** The facts of an entry that reading depends on: its owner and the owner's supervisor's account. */
export function entryFacts(
  entry: { state: string; regionCode: string; kawasanId: string | null },
  ownerUserId: string,
  supervisorUserId: string | null,
): EntryFacts {
  return {
    state: entry.state as LogState,
    regionCode: entry.regionCode,
    kawasanId: entry.kawasanId,
    ownerUserId,
    supervisorUserId,
  };
}

/**
 * `mayReadEntry` as a condition on `activity_entry` (undefined: no condition). `ownFacilitatorId`
 * is the actor's facilitator record: the owner's entries in every state, the supervisees' once
 * submitted. Region administrators and region facilitators: submitted entries whose region code
 * starts with their region (national: all); a facilitator scoped to a kawasan: that kawasan's.
 * Village operators and kawasan managers: approved entries only.
 */
export function entryReadCondition(actor: Actor, ownFacilitatorId: string | null): SQL | undefined {
  if (actor.kind === 'system') return undefined;
  const submitted: SQL[] = [];
  const approved: SQL[] = [];
  if (ownFacilitatorId !== null) {
    submitted.push(
      inArray(
        activityEntry.facilitatorId,
        sql`(select ${facilitator.id} from ${facilitator} where ${facilitator.supervisorId} = ${ownFacilitatorId})`,
      ),
    );
  }
  for (const a of actor.assignments) {
    const byRegion =
      a.scope.kind === 'national'
        ? sql`true`
        : a.scope.kind === 'region'
          ? like(activityEntry.regionCode, `${a.scope.code}%`)
          : null;
    if (ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator') {
      if (byRegion) submitted.push(byRegion);
      else if (a.role === 'facilitator' && a.scope.kind === 'kawasan')
        submitted.push(eq(activityEntry.kawasanId, a.scope.id));
    } else if (a.role === 'village') {
      if (byRegion) approved.push(byRegion);
    } else if (a.role === 'kawasan_manager' && a.scope.kind === 'kawasan') {
      approved.push(eq(activityEntry.kawasanId, a.scope.id));
    }
  }
  if (approved.length > 0) submitted.push(and(eq(activityEntry.state, 'disetujui'), or(...approved))!);
  const others = submitted.length > 0 ? and(ne(activityEntry.state, 'draf'), or(...submitted)) : undefined;
  const own = ownFacilitatorId !== null ? eq(activityEntry.facilitatorId, ownFacilitatorId) : undefined;
  return or(own, others) ?? sql`false`;
}
