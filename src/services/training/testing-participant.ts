/**
 * Test data for the people of a session, on top of testing.ts: a whole scene (provider, programme,
 * session in a state, on days around a given "today"), the training_provider role granted to an
 * existing account, a valid participant body for the API, and score sheets written as XLSX.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/client.ts';
import { roleAssignment } from '../../db/schema.ts';
import { addDays } from '../../domain/training/calendar.ts';
import type { SessionState } from '../../domain/training/lifecycle.ts';
import type { ProgrammeDraft, ScheduleDay, SessionDraft } from '../../domain/training/programme.ts';
import { insertProgramme, insertProvider, insertSession } from './testing.ts';

/** Gives the account `userId` the training_provider role of `providerId` (its seat region as region). */
export async function grantProvider(
  db: Database,
  userId: string,
  providerId: string,
  seatRegionCode: string,
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

/** Three days of 8 JP starting `first` (the programme fixture's 24 JP). */
export function threeDays(first: string): ScheduleDay[] {
  return [0, 1, 2].map((i) => ({ date: addDays(first, i), hours: 8, agenda: `Hari ke-${i + 1}` }));
}

export interface Scene {
  providerId: string;
  programmeId: string;
  sessionId: string;
}

/**
 * A provider seated in `seatRegionCode`, a programme of it and a session in `state`, held at
 * `placeRegionCode` for the desa `desaCodes` on `schedule` (three days from 2026-05-12 unless given).
 */
export async function insertScene(
  db: Database,
  options: {
    seatRegionCode: string;
    placeRegionCode: string;
    desaCodes: readonly string[];
    state: SessionState;
    capacity?: number;
    schedule?: readonly ScheduleDay[];
    programme?: Partial<ProgrammeDraft>;
    session?: Partial<SessionDraft>;
  },
): Promise<Scene> {
  const providerId = await insertProvider(db, { seatRegionCode: options.seatRegionCode });
  const programmeId = await insertProgramme(db, providerId, options.programme ?? {});
  const schedule = options.schedule ?? threeDays('2026-05-12');
  const dates = schedule.map((d) => d.date).sort();
  const sessionId = await insertSession(db, programmeId, {
    state: options.state,
    overrides: {
      schedule,
      startDate: dates[0]!,
      endDate: dates.at(-1)!,
      place: { mode: 'luring', name: 'Aula Balai Desa', regionCode: options.placeRegionCode },
      desaCodes: [...options.desaCodes],
      kawasanIds: [],
      ...(options.capacity !== undefined ? { capacity: options.capacity } : {}),
      ...options.session,
    },
  });
  return { providerId, programmeId, sessionId };
}

/** A valid participant body for `POST …/peserta` from desa `desaCode`. */
export function participantBody(desaCode: string, overrides: Record<string, unknown> = {}) {
  return {
    name: 'Siti Aminah',
    gender: 'perempuan',
    birthYear: 1988,
    desaCode,
    role: 'pengelola_bumdes',
    enterpriseId: null,
    facilitatorId: null,
    ...overrides,
  };
}

/** A workbook with one sheet of `rows` (the first row is the header) as XLSX bytes. */
export async function sheetXlsx(rows: readonly (readonly (string | number | null)[])[], name = 'Nilai') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
