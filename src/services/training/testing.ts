/**
 * Test data for pelatihan, written straight into the tables (each service's own rules are
 * tested through its routes; these fixtures set the scene): a provider and an account of it, a
 * programme, a session in any state, participants and their registrations. Values come from the
 * domain's fixtures (src/domain/training/testing.ts), so the stored rows pass the domain's checks.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import {
  trainingParticipant,
  trainingProgramme,
  trainingProvider,
  trainingRegistration,
  trainingSession,
} from '../../db/schema.ts';
import type { ProviderKind } from '../../domain/training/aspects.ts';
import type { SessionState } from '../../domain/training/lifecycle.ts';
import type { ProgrammeDraft, SessionDraft } from '../../domain/training/programme.ts';
import type { ParticipantDraft, RegistrationStatus } from '../../domain/training/registration.ts';
import {
  participant as participantDraft,
  programme as programmeDraft,
  session as sessionDraft,
} from '../../domain/training/testing.ts';
import { createTestAccount, type TestAccount } from '../access/testing.ts';

let serial = 0;

/** A provider seated in `seatRegionCode`; returns its id. */
export async function insertProvider(
  db: Database,
  options: { seatRegionCode: string; name?: string; kind?: ProviderKind },
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(trainingProvider).values({
    id,
    kind: options.kind ?? 'balai_pelatihan',
    name: options.name ?? `Balai Pelatihan Uji ${++serial}`,
    seatRegionCode: options.seatRegionCode,
    address: 'Jl. Uji No. 1',
    phone: null,
    email: null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/** An account holding the training_provider role of `providerId`. */
export function providerAccount(db: Database, username: string, providerId: string): Promise<TestAccount> {
  return createTestAccount(db, username, [
    { role: 'training_provider', scope: { kind: 'training_provider', id: providerId } },
  ]);
}

/** A programme of `providerId` (the domain fixture's, with `overrides`); returns its id. */
export async function insertProgramme(
  db: Database,
  providerId: string,
  overrides: Partial<ProgrammeDraft> = {},
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const p = programmeDraft({ ...overrides, providerId });
  await db.orm.insert(trainingProgramme).values({
    id,
    providerId,
    title: p.title,
    topicId: p.topicId,
    description: p.description,
    targetAspects: [...p.targetAspects],
    competencies: p.competencies.map((c) => ({ ...c })),
    targetGroups: [...p.targetGroups],
    curriculumHours: p.curriculumHours,
    testedAspects: [...p.testedAspects],
    requiresPostTest: p.requiresPostTest,
    minAttendancePercent: p.minAttendancePercent,
    followUpMonths: p.followUpMonths,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/**
 * A session of `programmeId` in `state` (the domain fixture's three days of 8 JP in May 2026, at
 * a place in Kab. Semarang, unless overridden); returns its id. `kawasanIds` must name stored kawasan.
 */
export async function insertSession(
  db: Database,
  programmeId: string,
  options: { state?: SessionState; overrides?: Partial<SessionDraft> } = {},
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const s = sessionDraft({ kawasanIds: [], ...options.overrides });
  await db.orm.insert(trainingSession).values({
    id,
    programmeId,
    label: s.label,
    startDate: s.startDate,
    endDate: s.endDate,
    schedule: s.schedule.map((d) => ({ ...d })),
    placeMode: s.place.mode,
    placeName: s.place.name,
    placeRegionCode: s.place.regionCode,
    trainers: s.trainers.map((t) => ({ ...t, facilitatorId: null })),
    capacity: s.capacity,
    desaCodes: [...s.desaCodes],
    kawasanIds: [...s.kawasanIds],
    state: options.state ?? 'rencana',
    cancelReason: null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/**
 * A participant (the domain fixture's, with `overrides`, under a random person key) registered
 * in `sessionId` with `status` at position `seq`; returns both ids.
 */
export async function insertRegistration(
  db: Database,
  sessionId: string,
  options: { status?: RegistrationStatus; seq?: number; participant?: Partial<ParticipantDraft> } = {},
): Promise<{ participantId: string; registrationId: string }> {
  const participantId = randomUUID();
  const registrationId = randomUUID();
  const at = new Date();
  const p = participantDraft({ enterpriseId: null, ...options.participant });
  await db.orm.insert(trainingParticipant).values({
    id: participantId,
    personKey: `uji-${randomUUID()}`,
    name: p.name,
    gender: p.gender,
    birthYear: p.birthYear,
    desaCode: p.desaCode,
    role: p.role,
    enterpriseId: p.enterpriseId,
    facilitatorId: p.facilitatorId,
    createdAt: at,
    updatedAt: at,
  });
  await db.orm.insert(trainingRegistration).values({
    id: registrationId,
    sessionId,
    participantId,
    status: options.status ?? 'terdaftar',
    seq: options.seq ?? ++serial,
    registeredAt: at,
    withdrawnAt: null,
  });
  return { participantId, registrationId };
}
