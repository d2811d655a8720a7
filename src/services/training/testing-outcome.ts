/**
 * Test data for the outcome routes (follow-up, certificates, needs, dashboards), written straight
 * into the tables on top of ./testing.ts: a finished session of a provider, attendance marks,
 * scores, follow-up records, certificates, IDM indicator scores of a desa; and the participation
 * rows of a place read plainly and judged by the domain's `completion`, to check the dashboard's
 * SQL against the domain's aggregation.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  indexImport,
  kawasanMember,
  roleAssignment,
  trainingAttendance,
  trainingCertificate,
  trainingFollowUp,
  trainingParticipant,
  trainingProgramme,
  trainingRegistration,
  trainingScore,
  trainingSession,
  villageIndex,
  villageIndexIndicator,
} from '../../db/schema.ts';
import type { Aspect, ParticipantRole } from '../../domain/training/aspects.ts';
import { CODE_RANDOM_BYTES, certificateCodeFromBytes } from '../../domain/training/certificate.ts';
import type { ParticipationRow } from '../../domain/training/dashboard.ts';
import type { FollowUpMethod, IndicatorState } from '../../domain/training/follow-up.ts';
import type { SessionState } from '../../domain/training/lifecycle.ts';
import type { ProgrammeDraft, SessionDraft } from '../../domain/training/programme.ts';
import { completion, type Gender, type RegistrationStatus } from '../../domain/training/registration.ts';
import { IDM_SCHEME } from '../../domain/village-index/idm.scheme.ts';
import { insertProgramme, insertProvider, insertRegistration, insertSession } from './testing.ts';

/** A programme of `providerId` and one session of it in `state` (default: finished); returns both ids. */
export async function insertRun(
  db: Database,
  providerId: string,
  options: {
    state?: SessionState;
    programme?: Partial<ProgrammeDraft>;
    session?: Partial<SessionDraft>;
  } = {},
): Promise<{ programmeId: string; sessionId: string }> {
  const programmeId = await insertProgramme(db, providerId, options.programme);
  const sessionId = await insertSession(db, programmeId, {
    state: options.state ?? 'selesai',
    overrides: options.session ?? {},
  });
  return { programmeId, sessionId };
}

/** Grants `userId` the training_provider role of `providerId` (seated in `seatRegionCode`). */
export async function grantProvider(
  db: Database,
  userId: string,
  providerId: string,
  seatRegionCode: string | null = null,
): Promise<void> {
  await db.orm.insert(roleAssignment).values({
    id: randomUUID(),
    userId,
    role: 'training_provider',
    scopeKind: 'training_provider',
    scopeId: providerId,
    regionCode: seatRegionCode,
    createdAt: new Date(),
  });
}

/** A registration of an existing participant in `sessionId`; returns its id. */
export async function registerParticipant(
  db: Database,
  sessionId: string,
  participantId: string,
  options: { status?: RegistrationStatus; seq?: number } = {},
): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(trainingRegistration).values({
    id,
    sessionId,
    participantId,
    status: options.status ?? 'terdaftar',
    seq: options.seq ?? 1,
    registeredAt: new Date(),
    withdrawnAt: null,
  });
  return id;
}

/**
 * A fresh provider (seated in `seatRegionCode`) with a finished run of a programme that tests
 * nothing, and one participant from `desaCode` who attended every day: eligible for a certificate,
 * and followed up from the due date on (the fixture's May 2026 schedule: due 2026-08-14).
 */
export async function completedParticipation(
  db: Database,
  options: { seatRegionCode: string; desaCode: string; providerId?: string; name?: string },
): Promise<{
  providerId: string;
  programmeId: string;
  sessionId: string;
  registrationId: string;
  participantId: string;
}> {
  const providerId =
    options.providerId ?? (await insertProvider(db, { seatRegionCode: options.seatRegionCode }));
  const { programmeId, sessionId } = await insertRun(db, providerId, {
    programme: { testedAspects: [], requiresPostTest: false },
    session: {
      place: { mode: 'luring', name: 'Balai desa', regionCode: options.desaCode },
      desaCodes: [options.desaCode],
    },
  });
  const { registrationId, participantId } = await insertRegistration(db, sessionId, {
    participant: { desaCode: options.desaCode, ...(options.name ? { name: options.name } : {}) },
  });
  await attendAll(db, sessionId, registrationId);
  return { providerId, programmeId, sessionId, registrationId, participantId };
}

/** Attendance of a registration on each of `dates` (present unless told otherwise). */
export async function markAttendance(
  db: Database,
  registrationId: string,
  dates: readonly string[],
  present = true,
): Promise<void> {
  if (dates.length === 0) return;
  await db.orm
    .insert(trainingAttendance)
    .values(dates.map((date) => ({ registrationId, date, present, recordedAt: new Date() })));
}

/** Present on every scheduled day of the session. */
export async function attendAll(db: Database, sessionId: string, registrationId: string): Promise<void> {
  const [session] = await db.orm
    .select({ schedule: trainingSession.schedule })
    .from(trainingSession)
    .where(eq(trainingSession.id, sessionId));
  await markAttendance(
    db,
    registrationId,
    session!.schedule.map((d) => d.date),
  );
}

/** Scores of a registration: aspect → [pre, post] (decimal text or null). */
export async function insertScores(
  db: Database,
  registrationId: string,
  scores: Partial<Record<Aspect, [string | null, string | null]>>,
): Promise<void> {
  const rows = Object.entries(scores).map(([aspect, [pre, post]]) => ({
    registrationId,
    aspect,
    pre,
    post,
    updatedAt: new Date(),
  }));
  if (rows.length > 0) await db.orm.insert(trainingScore).values(rows);
}

/** A follow-up record of a registration; returns its id. */
export async function insertFollowUp(
  db: Database,
  registrationId: string,
  record: {
    recordedOn: string;
    reached?: boolean;
    method?: FollowUpMethod;
    indicators?: { indicatorId: string; state: IndicatorState }[];
    createdAt?: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(trainingFollowUp).values({
    id,
    registrationId,
    recordedOn: record.recordedOn,
    method: record.method ?? 'kunjungan',
    reached: record.reached ?? true,
    indicators: record.indicators ?? [],
    note: '',
    recordedBy: null,
    createdAt: record.createdAt ?? new Date(),
  });
  return id;
}

/** A certificate of a registration (valid unless `revokedOn`); returns its id and code. */
export async function insertCertificate(
  db: Database,
  registrationId: string,
  options: { code?: string; issuedOn?: string; revokedOn?: string; nameAsPrinted?: string } = {},
): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  const code = options.code ?? certificateCodeFromBytes(randomBytes(CODE_RANDOM_BYTES));
  await db.orm.insert(trainingCertificate).values({
    id,
    code,
    registrationId,
    nameAsPrinted: options.nameAsPrinted ?? 'Siti Aminah',
    programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
    providerName: 'Balai Pelatihan Uji',
    sessionLabel: 'Angkatan I',
    startDate: '2026-05-12',
    endDate: '2026-05-14',
    hours: 24,
    issuedOn: options.issuedOn ?? '2026-05-20',
    revokedOn: options.revokedOn ?? null,
    revocationReason: options.revokedOn ? 'kesalahan_data' : null,
    revocationNote: options.revokedOn ? 'Nama salah eja pada sertifikat.' : null,
    issuedBy: null,
    createdAt: new Date(),
  });
  return { id, code };
}

/** IDM indicator scores of a desa for `year` (with the result row and an import they hang on). */
export async function insertIndicatorScores(
  db: Database,
  desaCode: string,
  year: number,
  scores: Record<string, number>,
): Promise<void> {
  const [imported] = await db.orm
    .insert(indexImport)
    .values({
      scheme: IDM_SCHEME.id,
      year,
      kind: 'api',
      fileName: 'uji.json',
      actorLabel: 'uji',
      at: new Date(),
      summary: {},
    })
    .returning({ id: indexImport.id });
  await db.orm.insert(villageIndex).values({
    scheme: IDM_SCHEME.id,
    year,
    regionCode: desaCode,
    name: `Desa ${desaCode}`,
    iks: 0.6,
    ike: 0.5,
    ikl: 0.6,
    value: 0.57,
    officialStatus: null,
    computedStatus: null,
    placed: true,
    importId: imported!.id,
    sourceLine: 0,
    sourceFile: 'uji.json',
  });
  await db.orm.insert(villageIndexIndicator).values(
    Object.entries(scores).map(([indicatorCode, score]) => ({
      scheme: IDM_SCHEME.id,
      year,
      regionCode: desaCode,
      indicatorCode,
      score,
      condition: null,
      activity: null,
      actors: {},
    })),
  );
}

/**
 * Every registered participation from desa matching `inScope` in a finished session, read
 * plainly and judged by the domain's `completion`: what the dashboard's SQL must agree with.
 * `kawasanIds` are the active kawasan of the desa (plus `alsoKawasan` for any of its members).
 */
export async function participationRows(
  db: Database,
  inScope: (desaCode: string) => boolean,
  alsoKawasan?: string,
): Promise<ParticipationRow[]> {
  const rows = await db.orm
    .select({
      registrationId: trainingRegistration.id,
      sessionId: trainingSession.id,
      schedule: trainingSession.schedule,
      min: trainingProgramme.minAttendancePercent,
      aspects: trainingProgramme.targetAspects,
      personKey: trainingParticipant.personKey,
      desaCode: trainingParticipant.desaCode,
      role: trainingParticipant.role,
      gender: trainingParticipant.gender,
      enterpriseId: trainingParticipant.enterpriseId,
    })
    .from(trainingRegistration)
    .innerJoin(trainingSession, eq(trainingSession.id, trainingRegistration.sessionId))
    .innerJoin(trainingProgramme, eq(trainingProgramme.id, trainingSession.programmeId))
    .innerJoin(trainingParticipant, eq(trainingParticipant.id, trainingRegistration.participantId))
    .where(and(eq(trainingSession.state, 'selesai'), eq(trainingRegistration.status, 'terdaftar')));
  const scoped = rows.filter((r) => inScope(r.desaCode));
  const marks =
    scoped.length === 0
      ? []
      : await db.orm
          .select()
          .from(trainingAttendance)
          .where(
            and(
              inArray(
                trainingAttendance.registrationId,
                scoped.map((r) => r.registrationId),
              ),
              eq(trainingAttendance.present, true),
            ),
          );
  const members = await db.orm.select().from(kawasanMember);
  return scoped.map((r) => ({
    personKey: r.personKey,
    sessionId: r.sessionId,
    desaCode: r.desaCode,
    kawasanIds: members
      .filter((m) => m.desaCode === r.desaCode && (m.active || m.kawasanId === alsoKawasan))
      .map((m) => m.kawasanId),
    role: r.role as ParticipantRole,
    gender: r.gender as Gender,
    aspects: r.aspects as Aspect[],
    completed: completion(
      r.schedule,
      marks.filter((m) => m.registrationId === r.registrationId).map((m) => m.date),
      r.min,
    ).completed,
    enterpriseId: r.enterpriseId,
  }));
}
