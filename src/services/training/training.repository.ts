/**
 * Reads of pelatihan records shared by the training services: providers, programmes and sessions
 * (404 when missing), their rows as the domain's drafts, and the facts `mayReadProgramme` reads.
 * The regions a programme touches are one definition, in SQL (`programmeTouchedCodes`), used both
 * for the facts of one programme and for the list filters, so a list and a single read agree.
 */
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { queryRows } from '../../db/client.ts';
import {
  trainingProgramme,
  trainingProvider,
  trainingRegistration,
  trainingSession,
} from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import type { Aspect, ProviderKind, TargetGroup } from '../../domain/training/aspects.ts';
import type { SessionState } from '../../domain/training/lifecycle.ts';
import type { PlaceMode, ProgrammeDraft, SessionDraft } from '../../domain/training/programme.ts';
import type { TrainingTopicId } from '../../domain/training/topics.ts';
import type { ProgrammeFacts } from '../../domain/training/training-access.ts';
import { isUuid } from '../../domain/uuid.ts';

export type ProviderRecord = typeof trainingProvider.$inferSelect;
export type ProgrammeRecord = typeof trainingProgramme.$inferSelect;
export type SessionRecord = typeof trainingSession.$inferSelect;

export const PROVIDER_NOT_FOUND = 'Penyelenggara pelatihan tidak ditemukan.';
export const PROGRAMME_NOT_FOUND = 'Program pelatihan tidak ditemukan.';
export const SESSION_NOT_FOUND = 'Angkatan pelatihan tidak ditemukan.';

/** The provider, or 404; `lock` holds the row until the transaction ends. */
export async function loadProvider(orm: Orm, id: string, lock = false): Promise<ProviderRecord> {
  if (!isUuid(id)) throw AppError.notFound(PROVIDER_NOT_FOUND);
  const base = orm.select().from(trainingProvider).where(eq(trainingProvider.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound(PROVIDER_NOT_FOUND);
  return row;
}

/** The programme, or 404; `lock` holds the row until the transaction ends. */
export async function loadProgramme(orm: Orm, id: string, lock = false): Promise<ProgrammeRecord> {
  if (!isUuid(id)) throw AppError.notFound(PROGRAMME_NOT_FOUND);
  const base = orm.select().from(trainingProgramme).where(eq(trainingProgramme.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound(PROGRAMME_NOT_FOUND);
  return row;
}

/**
 * The session, or 404; `lock` holds the row until the transaction ends (registration takes it to
 * keep the capacity, the lifecycle to move the state).
 */
export async function loadSession(orm: Orm, id: string, lock = false): Promise<SessionRecord> {
  if (!isUuid(id)) throw AppError.notFound(SESSION_NOT_FOUND);
  const base = orm.select().from(trainingSession).where(eq(trainingSession.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound(SESSION_NOT_FOUND);
  return row;
}

/** A provider as the scope of the training_provider role: its seat region and name. */
export async function providerScope(
  orm: Orm,
  id: string,
): Promise<{ regionCode: string; label: string } | null> {
  if (!isUuid(id)) return null;
  const [row] = await orm
    .select({ regionCode: trainingProvider.seatRegionCode, name: trainingProvider.name })
    .from(trainingProvider)
    .where(eq(trainingProvider.id, id));
  return row ? { regionCode: row.regionCode, label: row.name } : null;
}

/** The stored programme as the domain's draft. */
export function toProgrammeDraft(row: ProgrammeRecord): ProgrammeDraft {
  return {
    providerId: row.providerId,
    title: row.title,
    topicId: row.topicId as TrainingTopicId,
    description: row.description,
    targetAspects: row.targetAspects as Aspect[],
    competencies: row.competencies.map((c) => ({ aspect: c.aspect as Aspect, description: c.description })),
    targetGroups: row.targetGroups as TargetGroup[],
    curriculumHours: row.curriculumHours,
    testedAspects: row.testedAspects as Aspect[],
    requiresPostTest: row.requiresPostTest,
    minAttendancePercent: row.minAttendancePercent,
    followUpMonths: row.followUpMonths,
  };
}

/** The stored session as the domain's draft. */
export function toSessionDraft(row: SessionRecord): SessionDraft {
  return {
    label: row.label,
    startDate: row.startDate,
    endDate: row.endDate,
    schedule: row.schedule.map((d) => ({ date: d.date, hours: d.hours, agenda: d.agenda })),
    place: { mode: row.placeMode as PlaceMode, name: row.placeName, regionCode: row.placeRegionCode },
    trainers: row.trainers.map((t) => ({
      name: t.name,
      affiliation: t.affiliation,
      facilitatorId: t.facilitatorId,
    })),
    capacity: row.capacity,
    desaCodes: [...row.desaCodes],
    kawasanIds: [...row.kawasanIds],
  };
}

export const sessionStateOf = (row: Pick<SessionRecord, 'state'>) => row.state as SessionState;
export const providerKindOf = (row: Pick<ProviderRecord, 'kind'>) => row.kind as ProviderKind;

/**
 * The region codes the sessions matching `sessions` (a condition on `ts`, a `training_session`)
 * touch, as a subquery of one column `code` (collation "C"): their places, the desa they serve,
 * the member desa of the kawasan they serve and the desa of everyone registered in them (waiting
 * or withdrawn too).
 */
function codesOfSessions(sessions: SQL): SQL {
  return sql`(
    select ts.place_region_code collate "C" as code from training_session ts
      where ${sessions} and ts.place_region_code is not null
    union all
    select d.code collate "C" from training_session ts cross join lateral unnest(ts.desa_codes) as d(code)
      where ${sessions}
    union all
    select km.desa_code collate "C" from training_session ts
      cross join lateral unnest(ts.kawasan_ids) as k(id)
      join kawasan_member km on km.kawasan_id = k.id
      where ${sessions}
    union all
    select tp.desa_code collate "C" from training_session ts
      join training_registration tr on tr.session_id = ts.id
      join training_participant tp on tp.id = tr.participant_id
      where ${sessions}
  )`;
}

/**
 * The region codes one session touches (see `codesOfSessions`). `sessionId` is an SQL
 * expression, usually the outer query's `training_session.id`.
 */
export function sessionTouchedCodes(sessionId: SQL | typeof trainingSession.id): SQL {
  return codesOfSessions(sql`ts.id = ${sessionId}`);
}

/**
 * The region codes a programme touches: every session's (see `codesOfSessions`) and its
 * provider's seat, so the administrators who registered the provider read its programmes before
 * any session is planned. `programmeId` is usually the outer query's `training_programme.id`.
 */
export function programmeTouchedCodes(programmeId: SQL | typeof trainingProgramme.id): SQL {
  return sql`(
    select s.code from ${codesOfSessions(sql`ts.programme_id = ${programmeId}`)} as s
    union all
    select pv.seat_region_code collate "C" from training_programme pg
      join training_provider pv on pv.id = pg.provider_id
      where pg.id = ${programmeId}
  )`;
}

/**
 * What `mayReadProgramme` reads of a programme: its provider, the region codes it touches
 * (`programmeTouchedCodes`) and the kawasan its sessions serve. 404 when it does not exist.
 */
export async function programmeFacts(orm: Orm, programmeId: string): Promise<ProgrammeFacts> {
  const programme = await loadProgramme(orm, programmeId);
  const codes = await queryRows<{ code: string }>(
    orm,
    sql`select distinct t.code from ${programmeTouchedCodes(sql`${programmeId}::uuid`)} as t order by t.code`,
  );
  const kawasan = await queryRows<{ id: string }>(
    orm,
    sql`select distinct k.id::text as id from training_session ts
          cross join lateral unnest(ts.kawasan_ids) as k(id)
          where ts.programme_id = ${programmeId}::uuid order by 1`,
  );
  return {
    providerId: programme.providerId,
    regionCodes: codes.map((r) => r.code),
    kawasanIds: kawasan.map((r) => r.id),
  };
}

/** Registered (`terdaftar`), waiting and withdrawn counts of each session. */
export async function registrationCounts(
  orm: Orm,
  sessionIds: readonly string[],
): Promise<Map<string, { registered: number; waiting: number; withdrawn: number }>> {
  const counts = new Map(sessionIds.map((id) => [id, { registered: 0, waiting: 0, withdrawn: 0 }]));
  if (sessionIds.length === 0) return counts;
  const rows = await orm
    .select({
      sessionId: trainingRegistration.sessionId,
      status: trainingRegistration.status,
      n: sql<number>`count(*)::int`,
    })
    .from(trainingRegistration)
    .where(inArray(trainingRegistration.sessionId, [...sessionIds]))
    .groupBy(trainingRegistration.sessionId, trainingRegistration.status);
  for (const r of rows) {
    const c = counts.get(r.sessionId);
    if (!c) continue;
    const n = Number(r.n);
    if (r.status === 'terdaftar') c.registered = n;
    else if (r.status === 'daftar_tunggu') c.waiting = n;
    else if (r.status === 'dibatalkan') c.withdrawn = n;
  }
  return counts;
}

/** The sessions of a programme, first day first. */
export function sessionsOfProgramme(orm: Orm, programmeId: string): Promise<SessionRecord[]> {
  return orm
    .select()
    .from(trainingSession)
    .where(and(eq(trainingSession.programmeId, programmeId)))
    .orderBy(trainingSession.startDate, trainingSession.label, trainingSession.id);
}
