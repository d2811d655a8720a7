/**
 * What the services of a session's people share: the session with its programme and provider,
 * its registrations with their participants, who may read and manage them, and the views of a
 * registration. Reading follows the domain (training-access.ts): the programme's readers see the
 * session and its counts (404 for anyone else); personal details only go to those who may read
 * the participant; changes are for the users of the session's provider (403 for other readers).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  TrainingCompletion,
  TrainingRegistrationView,
} from '../../contracts/training-participant.contract.ts';
import type { Orm } from '../../db/client.ts';
import {
  facilitator,
  kawasanMember,
  region,
  trainingAttendance,
  trainingParticipant,
  trainingReaction,
  trainingRegistration,
  trainingScore,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { GENDER_LABELS } from '../../domain/deliberation/attendance.ts';
import { AppError } from '../../domain/errors.ts';
import {
  AGE_GROUP_LABELS,
  ageGroupOf,
  PARTICIPANT_ROLE_LABELS,
  type ParticipantRole,
  ROLE_TARGET_GROUP,
  TARGET_GROUP_LABELS,
} from '../../domain/training/aspects.ts';
import { yearOf } from '../../domain/training/calendar.ts';
import type { SessionState } from '../../domain/training/lifecycle.ts';
import {
  type AttendanceMark,
  completion,
  type Gender,
  presentDatesOf,
  REGISTRATION_STATUS_LABELS,
  type RegistrationStatus,
  waitingList,
} from '../../domain/training/registration.ts';
import {
  mayManageProgramme,
  mayReadParticipant,
  mayReadProgramme,
} from '../../domain/training/training-access.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  loadProgramme,
  loadProvider,
  loadSession,
  type ProgrammeRecord,
  type ProviderRecord,
  programmeFacts,
  SESSION_NOT_FOUND,
  type SessionRecord,
  sessionStateOf,
} from './training.repository.ts';

export interface SessionContext {
  session: SessionRecord & { state: SessionState };
  programme: ProgrammeRecord;
  provider: ProviderRecord;
}

export { SESSION_NOT_FOUND };
export const REGISTRATION_NOT_FOUND = 'Pendaftaran tidak ditemukan di angkatan ini.';

/** The session with its programme and provider, or 404; `lock` holds the session row until the transaction ends. */
export async function loadSessionContext(orm: Orm, sessionId: string, lock = false): Promise<SessionContext> {
  const session = await loadSession(orm, sessionId, lock);
  const programme = await loadProgramme(orm, session.programmeId);
  const provider = await loadProvider(orm, programme.providerId);
  return { session: { ...session, state: sessionStateOf(session) }, programme, provider };
}

/** One registration with its participant, as the services read it. */
export interface RegistrationRecord {
  id: string;
  sessionId: string;
  participantId: string;
  status: RegistrationStatus;
  seq: number;
  registeredAt: Date;
  withdrawnAt: Date | null;
  personKey: string;
  name: string;
  gender: Gender;
  birthYear: number;
  desaCode: string;
  desaName: string | null;
  role: ParticipantRole;
  enterpriseId: string | null;
  facilitatorId: string | null;
  facilitatorName: string | null;
}

/** The registrations of a session, in registration order (optionally only `ids`). */
export async function loadRegistrations(
  orm: Orm,
  sessionId: string,
  ids?: readonly string[],
): Promise<RegistrationRecord[]> {
  if (ids && ids.length === 0) return [];
  const rows = await orm
    .select({
      id: trainingRegistration.id,
      sessionId: trainingRegistration.sessionId,
      participantId: trainingRegistration.participantId,
      status: trainingRegistration.status,
      seq: trainingRegistration.seq,
      registeredAt: trainingRegistration.registeredAt,
      withdrawnAt: trainingRegistration.withdrawnAt,
      personKey: trainingParticipant.personKey,
      name: trainingParticipant.name,
      gender: trainingParticipant.gender,
      birthYear: trainingParticipant.birthYear,
      desaCode: trainingParticipant.desaCode,
      desaName: region.name,
      role: trainingParticipant.role,
      enterpriseId: trainingParticipant.enterpriseId,
      facilitatorId: trainingParticipant.facilitatorId,
      facilitatorName: facilitator.name,
    })
    .from(trainingRegistration)
    .innerJoin(trainingParticipant, eq(trainingParticipant.id, trainingRegistration.participantId))
    .leftJoin(facilitator, eq(facilitator.id, trainingParticipant.facilitatorId))
    .leftJoin(region, eq(region.code, trainingParticipant.desaCode))
    .where(
      and(
        eq(trainingRegistration.sessionId, sessionId),
        ids ? inArray(trainingRegistration.id, [...ids]) : undefined,
      ),
    )
    .orderBy(asc(trainingRegistration.seq), asc(trainingRegistration.id));
  return rows as RegistrationRecord[];
}

/** The kawasan (active memberships) of each desa. */
async function kawasanOfDesa(orm: Orm, codes: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (codes.length === 0) return out;
  const rows = await orm
    .select({ desaCode: kawasanMember.desaCode, kawasanId: kawasanMember.kawasanId })
    .from(kawasanMember)
    .where(and(inArray(kawasanMember.desaCode, [...new Set(codes)]), eq(kawasanMember.active, true)));
  for (const r of rows) out.set(r.desaCode, [...(out.get(r.desaCode) ?? []), r.kawasanId]);
  return out;
}

/** What the actor may do with a session's people. */
export interface SessionAccess {
  actor: Actor;
  /** A user of the session's provider, not through a read-only token. */
  manage: boolean;
  /** Whether the actor may read this participant's personal details. */
  readsParticipant(r: Pick<RegistrationRecord, 'desaCode'>): boolean;
}

async function accessOf(orm: Orm, actor: Actor, ctx: SessionContext, records: readonly RegistrationRecord[]) {
  const providerId = ctx.provider.id;
  const kawasan = await kawasanOfDesa(
    orm,
    records.map((r) => r.desaCode),
  );
  const decided = new Map<string, boolean>();
  return {
    actor,
    manage: mayManageProgramme(actor, providerId).allowed,
    readsParticipant(r: Pick<RegistrationRecord, 'desaCode'>) {
      let allowed = decided.get(r.desaCode);
      if (allowed === undefined) {
        allowed = mayReadParticipant(actor, {
          providerId,
          desaCode: r.desaCode,
          kawasanIds: kawasan.get(r.desaCode) ?? [],
        }).allowed;
        decided.set(r.desaCode, allowed);
      }
      return allowed;
    },
  } satisfies SessionAccess;
}

/** For a read: 401 without an actor, 404 when the actor may not read the programme. */
export async function readAccess(
  orm: Orm,
  actorInput: Actor | null,
  ctx: SessionContext,
  records: readonly RegistrationRecord[],
): Promise<SessionAccess> {
  const actor = reader(actorInput);
  if (!mayReadProgramme(actor, await programmeFacts(orm, ctx.programme.id)).allowed) {
    throw AppError.notFound(SESSION_NOT_FOUND);
  }
  return accessOf(orm, actor, ctx, records);
}

/**
 * For a change: 401 without an actor, 403 for a read-only token, 404 when the actor may not read
 * the programme, 403 with the rule's reason when they read it but do not manage it.
 */
export async function manageAccess(orm: Orm, actorInput: Actor | null, ctx: SessionContext): Promise<Actor> {
  const actor = writer(actorInput);
  const manage = mayManageProgramme(actor, ctx.provider.id);
  if (manage.allowed) return actor;
  if (!mayReadProgramme(actor, await programmeFacts(orm, ctx.programme.id)).allowed) {
    throw AppError.notFound(SESSION_NOT_FOUND);
  }
  throw new AppError('forbidden', manage.reason);
}

/** The short code of a registration in its session: `P` and the registration number, `P007`. */
export function registrationCode(seq: number): string {
  return `P${String(seq).padStart(3, '0')}`;
}

/** The attendance marks of a session's registrations. */
export async function loadMarks(orm: Orm, sessionId: string): Promise<AttendanceMark[]> {
  return orm
    .select({
      registrationId: trainingAttendance.registrationId,
      date: trainingAttendance.date,
      present: trainingAttendance.present,
    })
    .from(trainingAttendance)
    .innerJoin(trainingRegistration, eq(trainingRegistration.id, trainingAttendance.registrationId))
    .where(eq(trainingRegistration.sessionId, sessionId));
}

export function completionView(
  ctx: SessionContext,
  marks: readonly AttendanceMark[],
  registrationId: string,
): TrainingCompletion {
  const min = ctx.programme.minAttendancePercent;
  const c = completion(ctx.session.schedule, presentDatesOf([...marks], registrationId), min);
  return {
    attendedHours: c.attendedHours,
    scheduledHours: c.scheduledHours,
    percentText: c.percentText,
    minAttendancePercent: min,
    completed: c.completed,
    missedDates: c.missedDates,
  };
}

/** What a registration view needs besides the registration. */
export interface RegistrationFacts {
  marks: readonly AttendanceMark[];
  scored: ReadonlySet<string>;
  reacted: ReadonlySet<string>;
  /** Waiting position of each waiting registration. */
  positions: ReadonlyMap<string, number>;
}

/** Marks, score and reaction presence and waiting positions of a session. */
export async function registrationFacts(
  orm: Orm,
  sessionId: string,
  records: readonly RegistrationRecord[],
): Promise<RegistrationFacts> {
  const ids = records.map((r) => r.id);
  const [marks, scored, reacted] = await Promise.all([
    loadMarks(orm, sessionId),
    ids.length === 0
      ? Promise.resolve([])
      : orm
          .selectDistinct({ id: trainingScore.registrationId })
          .from(trainingScore)
          .where(inArray(trainingScore.registrationId, ids)),
    ids.length === 0
      ? Promise.resolve([])
      : orm
          .select({ id: trainingReaction.registrationId })
          .from(trainingReaction)
          .where(inArray(trainingReaction.registrationId, ids)),
  ]);
  const positions = new Map(waitingList(records).map((r, i) => [r.id, i + 1]));
  return {
    marks,
    scored: new Set(scored.map((s) => s.id)),
    reacted: new Set(reacted.map((r) => r.id)),
    positions,
  };
}

export function registrationView(
  ctx: SessionContext,
  r: RegistrationRecord,
  facts: RegistrationFacts,
  canWithdraw: boolean,
): TrainingRegistrationView {
  const year = yearOf(ctx.session.startDate);
  const ageGroup = ageGroupOf(r.birthYear, year);
  const targetGroup = ROLE_TARGET_GROUP[r.role];
  return {
    id: r.id,
    code: registrationCode(r.seq),
    status: r.status,
    statusLabel: REGISTRATION_STATUS_LABELS[r.status],
    seq: r.seq,
    waitingPosition: facts.positions.get(r.id) ?? null,
    registeredAt: r.registeredAt.toISOString(),
    withdrawnAt: r.withdrawnAt ? r.withdrawnAt.toISOString() : null,
    participant: {
      id: r.participantId,
      name: r.name,
      gender: r.gender,
      genderLabel: GENDER_LABELS[r.gender],
      birthYear: r.birthYear,
      ageGroup,
      ageGroupLabel: AGE_GROUP_LABELS[ageGroup],
      desa: { code: r.desaCode, name: r.desaName ?? r.desaCode },
      role: r.role,
      roleLabel: PARTICIPANT_ROLE_LABELS[r.role],
      targetGroup,
      targetGroupLabel: TARGET_GROUP_LABELS[targetGroup],
      enterpriseId: r.enterpriseId,
      facilitator:
        r.facilitatorId && r.facilitatorName ? { id: r.facilitatorId, name: r.facilitatorName } : null,
    },
    completion: r.status === 'terdaftar' ? completionView(ctx, facts.marks, r.id) : null,
    hasScores: facts.scored.has(r.id),
    hasReaction: facts.reacted.has(r.id),
    canWithdraw,
  };
}
