/**
 * Who may read and run pelatihan records, in the service's terms. The rules are the domain's
 * (domain/training/training-access.ts): a programme, its sessions and their registrations are
 * read per `mayReadProgramme` over the programme's facts, and run per `mayManageProgramme` of its
 * provider. An unreadable record is not found (404, its existence is not revealed); a readable
 * one the actor may not change is forbidden (403). `programmeReadCondition` is the same reading
 * rule as an SQL condition for lists; a test compares the two on one fixture.
 */
import { inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { trainingProgramme } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { ADMIN_RANK } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import {
  mayManageProgramme,
  mayReadProgramme,
  type ProgrammeFacts,
  providerIds,
} from '../../domain/training/training-access.ts';
import {
  loadProgramme,
  loadProvider,
  loadSession,
  PROGRAMME_NOT_FOUND,
  type ProgrammeRecord,
  type ProviderRecord,
  programmeFacts,
  programmeTouchedCodes,
  SESSION_NOT_FOUND,
  type SessionRecord,
} from './training.repository.ts';

/**
 * `mayReadProgramme` as a condition on `training_programme` (undefined: no condition, for the
 * command line). Provider users: their providers' programmes. Administrators and facilitators
 * with a region scope: programmes touching a code inside it (national: touching any code at all,
 * as the rule needs one). Village operators: touching their desa exactly. Kawasan managers and
 * kawasan facilitators: programmes with a session serving their kawasan.
 */
export function programmeReadCondition(actor: Actor): SQL | undefined {
  if (actor.kind === 'system') return undefined;
  const touched = programmeTouchedCodes(trainingProgramme.id);
  const own = providerIds(actor);
  const ownIds = own === 'all' ? [] : own;
  const codeTests: SQL[] = [];
  const kawasanIds: string[] = [];
  for (const a of actor.assignments) {
    if (ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator') {
      if (a.scope.kind === 'national') codeTests.push(sql`true`);
      else if (a.scope.kind === 'region') codeTests.push(sql`t.code like ${`${a.scope.code}%`}`);
    }
    if (a.role === 'village' && a.scope.kind === 'region') codeTests.push(sql`t.code = ${a.scope.code}`);
    if ((a.role === 'kawasan_manager' || a.role === 'facilitator') && a.scope.kind === 'kawasan')
      kawasanIds.push(a.scope.id);
  }
  const conditions: SQL[] = [];
  if (ownIds.length > 0) conditions.push(inArray(trainingProgramme.providerId, ownIds));
  if (codeTests.length > 0)
    conditions.push(sql`exists (select 1 from ${touched} as t where ${or(...codeTests)})`);
  if (kawasanIds.length > 0) {
    const served = or(...kawasanIds.map((id) => sql`${id} = any(ts.kawasan_ids::text[])`));
    conditions.push(
      sql`exists (select 1 from training_session ts where ts.programme_id = ${trainingProgramme.id} and (${served}))`,
    );
  }
  return or(...conditions) ?? sql`false`;
}

export interface ReadableProgramme {
  programme: ProgrammeRecord;
  provider: ProviderRecord;
  facts: ProgrammeFacts;
  /** Whether the actor may run it (`mayManageProgramme` of its provider). */
  canManage: boolean;
}

export interface ReadableSession extends ReadableProgramme {
  session: SessionRecord;
}

async function readableFacts(
  orm: Orm,
  actor: Actor,
  programme: ProgrammeRecord,
  notFound: string,
): Promise<ReadableProgramme> {
  const facts = await programmeFacts(orm, programme.id);
  if (!mayReadProgramme(actor, facts).allowed) throw AppError.notFound(notFound);
  const provider = await loadProvider(orm, programme.providerId);
  return { programme, provider, facts, canManage: mayManageProgramme(actor, provider.id).allowed };
}

/** The programme for a read: 404 when missing or not readable. `lock` holds its row. */
export async function readableProgramme(
  orm: Orm,
  actor: Actor,
  programmeId: string,
  lock = false,
): Promise<ReadableProgramme> {
  const programme = await loadProgramme(orm, programmeId, lock);
  return readableFacts(orm, actor, programme, PROGRAMME_NOT_FOUND);
}

/** The programme for a change: 404 when not readable, 403 (with the rule's reason) when not run by the actor. */
export async function manageableProgramme(
  orm: Orm,
  actor: Actor,
  programmeId: string,
  lock = false,
): Promise<ReadableProgramme> {
  const found = await readableProgramme(orm, actor, programmeId, lock);
  requireManage(actor, found.provider.id);
  return found;
}

/** The session with its programme and provider for a read: 404 when missing or not readable. */
export async function readableSession(
  orm: Orm,
  actor: Actor,
  sessionId: string,
  lock = false,
): Promise<ReadableSession> {
  const session = await loadSession(orm, sessionId, lock);
  const programme = await loadProgramme(orm, session.programmeId);
  return { session, ...(await readableFacts(orm, actor, programme, SESSION_NOT_FOUND)) };
}

/**
 * The session for a change: 404 when not readable, 403 when the actor does not run its provider.
 * `lock` holds the session row until the transaction ends (take it before reading its registrations).
 */
export async function manageableSession(
  orm: Orm,
  actor: Actor,
  sessionId: string,
  lock = false,
): Promise<ReadableSession> {
  const found = await readableSession(orm, actor, sessionId, lock);
  requireManage(actor, found.provider.id);
  return found;
}

/** 403 with the rule's reason unless the actor runs the programmes of `providerId`. */
export function requireManage(actor: Actor, providerId: string): void {
  const decision = mayManageProgramme(actor, providerId);
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
}
