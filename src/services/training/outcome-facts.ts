/**
 * Reads the outcome services share (follow-up, certificates, dashboards): a session with its
 * programme and provider, its registrations with the participant, attendance and completion,
 * the stored scores as the domain's score rows, the kawasan a desa belongs to, region names,
 * and the authorisation gates of a session (a denied read is 404; a denied write on a record the
 * actor may read is 403, otherwise 404).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import {
  appUser,
  kawasanMember,
  region,
  trainingAttendance,
  trainingFollowUp,
  trainingParticipant,
  trainingRegistration,
  trainingScore,
} from '../../db/schema.ts';
import type { Actor, Decision } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { ASPECTS, type Aspect, type ParticipantRole } from '../../domain/training/aspects.ts';
import type { FollowUpMethod, FollowUpRecord, IndicatorState } from '../../domain/training/follow-up.ts';
import { computeGains, type ParticipantGain, type ParticipantScores } from '../../domain/training/gain.ts';
import {
  type Completion,
  completion,
  type Gender,
  type RegistrationStatus,
} from '../../domain/training/registration.ts';
import {
  mayReadProgramme,
  type ParticipantFacts,
  type ProgrammeFacts,
} from '../../domain/training/training-access.ts';
import {
  loadProgramme,
  loadProvider,
  loadSession,
  type ProgrammeRecord,
  type ProviderRecord,
  programmeFacts,
  SESSION_NOT_FOUND,
  type SessionRecord,
} from './training.repository.ts';

export const REGISTRATION_NOT_FOUND = 'Pendaftaran tidak ditemukan di angkatan ini.';

export interface SessionContext {
  session: SessionRecord;
  programme: ProgrammeRecord;
  provider: ProviderRecord;
}

/**
 * The session with its programme and provider; 404 when the session does not exist. `lock` holds
 * the session row until the transaction ends.
 */
export async function loadSessionContext(orm: Orm, sessionId: string, lock = false): Promise<SessionContext> {
  const session = await loadSession(orm, sessionId, lock);
  const programme = await loadProgramme(orm, session.programmeId);
  const provider = await loadProvider(orm, programme.providerId);
  return { session, programme, provider };
}

export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

export function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  return actor;
}

/** The session when the actor may read its programme, else 404 (its existence is not revealed). */
export async function readableSession(
  orm: Orm,
  actor: Actor,
  sessionId: string,
): Promise<SessionContext & { facts: ProgrammeFacts }> {
  const context = await loadSessionContext(orm, sessionId);
  const facts = await programmeFacts(orm, context.programme.id);
  if (!mayReadProgramme(actor, facts).allowed) throw AppError.notFound(SESSION_NOT_FOUND);
  return { ...context, facts };
}

/**
 * Throws for a denied write: 403 with the rule's reason when the actor may read the programme,
 * else 404 with `notFound`.
 */
export async function refuseWrite(
  orm: Orm,
  actor: Actor,
  decision: Decision,
  programmeId: string,
  notFound: string,
): Promise<void> {
  if (decision.allowed) return;
  const facts = await programmeFacts(orm, programmeId);
  if (mayReadProgramme(actor, facts).allowed) throw new AppError('forbidden', decision.reason);
  throw AppError.notFound(notFound);
}

export interface ParticipantRecord {
  id: string;
  personKey: string;
  name: string;
  gender: Gender;
  birthYear: number;
  desaCode: string;
  role: ParticipantRole;
  enterpriseId: string | null;
}

export interface RegistrationFacts {
  id: string;
  sessionId: string;
  status: RegistrationStatus;
  seq: number;
  participant: ParticipantRecord;
  presentDates: string[];
  completion: Completion;
}

/**
 * The registrations of a session (all statuses, in registration order) with their participant,
 * the days they were marked present and their completion under the programme's rule. With
 * `registrationIds`, only those of them that belong to the session.
 */
export async function sessionRegistrations(
  orm: Orm,
  context: Pick<SessionContext, 'session' | 'programme'>,
  registrationIds?: readonly string[],
): Promise<RegistrationFacts[]> {
  if (registrationIds !== undefined && registrationIds.length === 0) return [];
  const rows = await orm
    .select({
      id: trainingRegistration.id,
      sessionId: trainingRegistration.sessionId,
      status: trainingRegistration.status,
      seq: trainingRegistration.seq,
      participant: {
        id: trainingParticipant.id,
        personKey: trainingParticipant.personKey,
        name: trainingParticipant.name,
        gender: trainingParticipant.gender,
        birthYear: trainingParticipant.birthYear,
        desaCode: trainingParticipant.desaCode,
        role: trainingParticipant.role,
        enterpriseId: trainingParticipant.enterpriseId,
      },
    })
    .from(trainingRegistration)
    .innerJoin(trainingParticipant, eq(trainingParticipant.id, trainingRegistration.participantId))
    .where(
      and(
        eq(trainingRegistration.sessionId, context.session.id),
        registrationIds ? inArray(trainingRegistration.id, [...registrationIds]) : undefined,
      ),
    )
    .orderBy(asc(trainingRegistration.seq), asc(trainingRegistration.id));
  const present = new Map<string, string[]>();
  if (rows.length > 0) {
    const marks = await orm
      .select({ registrationId: trainingAttendance.registrationId, date: trainingAttendance.date })
      .from(trainingAttendance)
      .where(
        and(
          inArray(
            trainingAttendance.registrationId,
            rows.map((r) => r.id),
          ),
          eq(trainingAttendance.present, true),
        ),
      );
    for (const m of marks) present.set(m.registrationId, [...(present.get(m.registrationId) ?? []), m.date]);
  }
  const schedule = context.session.schedule;
  return rows.map((r) => {
    const dates = (present.get(r.id) ?? []).sort();
    return {
      id: r.id,
      sessionId: r.sessionId,
      status: r.status as RegistrationStatus,
      seq: r.seq,
      participant: {
        ...r.participant,
        gender: r.participant.gender as Gender,
        role: r.participant.role as ParticipantRole,
      },
      presentDates: dates,
      completion: completion(schedule, dates, context.programme.minAttendancePercent),
    };
  });
}

/** Whether a registration counts as a completer: registered (not waiting, not withdrawn) and completed. */
export const isCompleter = (r: Pick<RegistrationFacts, 'status' | 'completion'>) =>
  r.status === 'terdaftar' && r.completion.completed;

/** The active kawasan each desa belongs to (ids sorted); every code asked for is a key. */
export async function kawasanOfDesa(orm: Orm, codes: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(codes.map((c) => [c, []]));
  if (codes.length === 0) return map;
  const rows = await orm
    .select({ desaCode: kawasanMember.desaCode, kawasanId: kawasanMember.kawasanId })
    .from(kawasanMember)
    .where(and(inArray(kawasanMember.desaCode, [...new Set(codes)]), eq(kawasanMember.active, true)))
    .orderBy(asc(kawasanMember.kawasanId));
  for (const r of rows) map.get(r.desaCode)?.push(r.kawasanId);
  return map;
}

export function participantFactsOf(
  providerId: string,
  participant: Pick<ParticipantRecord, 'desaCode'>,
  kawasan: Map<string, string[]>,
): ParticipantFacts {
  return {
    providerId,
    desaCode: participant.desaCode,
    kawasanIds: kawasan.get(participant.desaCode) ?? [],
  };
}

/** Names of regions by code (codes without a row are left out). */
export async function regionNames(orm: Orm, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ code: region.code, name: region.name })
    .from(region)
    .where(inArray(region.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export interface StoredScores {
  pre: Partial<Record<Aspect, string | null>>;
  post: Partial<Record<Aspect, string | null>>;
}

/** The stored pre/post scores of each registration, by aspect (numeric text as stored). */
export async function scoresOf(
  orm: Orm,
  registrationIds: readonly string[],
): Promise<Map<string, StoredScores>> {
  const map = new Map<string, StoredScores>();
  if (registrationIds.length === 0) return map;
  const rows = await orm
    .select()
    .from(trainingScore)
    .where(inArray(trainingScore.registrationId, [...registrationIds]));
  for (const r of rows) {
    if (!(ASPECTS as readonly string[]).includes(r.aspect)) continue;
    const entry = map.get(r.registrationId) ?? { pre: {}, post: {} };
    entry.pre[r.aspect as Aspect] = r.pre;
    entry.post[r.aspect as Aspect] = r.post;
    map.set(r.registrationId, entry);
  }
  return map;
}

/**
 * The level 2 gains of the given registrations on the programme's tested aspects, by the
 * domain's `computeGains` (a registration without scores has none on every aspect).
 */
export function gainsOf(
  registrationIds: readonly string[],
  scores: Map<string, StoredScores>,
  testedAspects: readonly Aspect[],
): ParticipantGain[] {
  const rows: ParticipantScores[] = registrationIds.map((id) => {
    const s = scores.get(id);
    const pick = (values: Partial<Record<Aspect, string | null>> | undefined) =>
      Object.fromEntries(testedAspects.map((a) => [a, values?.[a] ?? null]));
    return { participantId: id, pre: pick(s?.pre), post: pick(s?.post) };
  });
  const computed = computeGains(rows, testedAspects);
  if (!computed.ok) {
    throw new AppError(
      'internal',
      `Nilai tersimpan tidak sah: ${computed.issues.map((i) => i.message).join(' ')}`,
    );
  }
  return computed.participants;
}

export interface StoredFollowUp extends FollowUpRecord {
  id: string;
  recordedBy: string | null;
  createdAt: Date;
}

/** Every follow-up record of the registrations, oldest first (by day, then by entry). */
export async function followUpsOf(orm: Orm, registrationIds: readonly string[]): Promise<StoredFollowUp[]> {
  if (registrationIds.length === 0) return [];
  const rows = await orm
    .select()
    .from(trainingFollowUp)
    .where(inArray(trainingFollowUp.registrationId, [...registrationIds]))
    .orderBy(asc(trainingFollowUp.recordedOn), asc(trainingFollowUp.createdAt), asc(trainingFollowUp.id));
  return rows.map(toStoredFollowUp);
}

export function toStoredFollowUp(r: typeof trainingFollowUp.$inferSelect): StoredFollowUp {
  return {
    id: r.id,
    registrationId: r.registrationId,
    recordedOn: r.recordedOn,
    method: r.method as FollowUpMethod,
    reached: r.reached,
    indicators: r.indicators.map((i) => ({ indicatorId: i.indicatorId, state: i.state as IndicatorState })),
    note: r.note,
    recordedBy: r.recordedBy,
    createdAt: r.createdAt,
  };
}

/** The latest record of each registration (the last in `followUpsOf` order). */
export function latestFollowUps(records: readonly StoredFollowUp[]): Map<string, StoredFollowUp> {
  const latest = new Map<string, StoredFollowUp>();
  for (const r of records) latest.set(r.registrationId, r);
  return latest;
}

/** Display names of users (who recorded or issued something). */
export async function userNames(orm: Orm, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ id: appUser.id, name: appUser.name })
    .from(appUser)
    .where(inArray(appUser.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}
