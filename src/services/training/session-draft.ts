/**
 * A session's draft between the request, the table and the domain: the body over the stored
 * draft (texts trimmed, region codes canonical), the stored columns, the references only the
 * database can check (regions, kawasan, facilitators), and the lifecycle's snapshot with the
 * facts read now (registered count, days without any attendance).
 */
import { eq, inArray } from 'drizzle-orm';
import type { UpdateTrainingSessionBody } from '../../contracts/training-programme.contract.ts';
import type { Orm } from '../../db/client.ts';
import { facilitator, kawasan, region, trainingAttendance, trainingRegistration } from '../../db/schema.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import type { SessionSnapshot } from '../../domain/training/lifecycle.ts';
import { type PlaceMode, type SessionDraft, sessionIssues } from '../../domain/training/programme.ts';
import { daysWithoutAttendance } from '../../domain/training/registration.ts';
import {
  type ProgrammeRecord,
  registrationCounts,
  type SessionRecord,
  sessionStateOf,
  toSessionDraft,
} from './training.repository.ts';

/** A code as typed in canonical form when it parses; otherwise as typed, for the domain to refuse. */
function codeOrRaw(input: string): string {
  const parsed = parseRegionCode(input);
  return parsed.ok ? parsed.value.code : input.trim();
}

/** The body's fields over `base` as the domain's draft (texts trimmed, codes canonical). */
export function draftOf(body: UpdateTrainingSessionBody, base: SessionDraft): SessionDraft {
  const placeCode = body.place ? (body.place.regionCode?.trim() ?? '') : null;
  return {
    label: body.label !== undefined ? body.label.trim() : base.label,
    startDate: body.startDate?.trim() ?? base.startDate,
    endDate: body.endDate?.trim() ?? base.endDate,
    schedule: body.schedule
      ? body.schedule.map((d) => ({ date: d.date.trim(), hours: d.hours, agenda: d.agenda?.trim() ?? '' }))
      : base.schedule,
    place: body.place
      ? {
          mode: body.place.mode.trim() as PlaceMode,
          name: body.place.name.trim(),
          regionCode: placeCode ? codeOrRaw(placeCode) : null,
        }
      : base.place,
    trainers: body.trainers
      ? body.trainers.map((t) => ({
          name: t.name.trim(),
          affiliation: t.affiliation?.trim() ?? '',
          facilitatorId: t.facilitatorId ?? null,
        }))
      : base.trainers,
    capacity: body.capacity ?? base.capacity,
    desaCodes: body.desaCodes ? body.desaCodes.map(codeOrRaw) : base.desaCodes,
    kawasanIds: body.kawasanIds ?? base.kawasanIds,
  };
}

export const EMPTY_SESSION: SessionDraft = {
  label: '',
  startDate: '',
  endDate: '',
  schedule: [],
  place: { mode: 'luring', name: '', regionCode: null },
  trainers: [],
  capacity: 0,
  desaCodes: [],
  kawasanIds: [],
};

/** The stored columns of a draft. */
export function columnsOf(d: SessionDraft) {
  return {
    label: d.label,
    startDate: d.startDate,
    endDate: d.endDate,
    schedule: d.schedule.map((x) => ({ date: x.date, hours: x.hours, agenda: x.agenda })),
    placeMode: d.place.mode,
    placeName: d.place.name,
    placeRegionCode: d.place.regionCode,
    trainers: d.trainers.map((t) => ({
      name: t.name,
      affiliation: t.affiliation,
      facilitatorId: t.facilitatorId,
    })),
    capacity: d.capacity,
    desaCodes: [...d.desaCodes],
    kawasanIds: [...d.kawasanIds],
  };
}

/**
 * Issues of what the draft names that only the database knows: the place's region, the desa
 * served (desa or kelurahan rows), the kawasan and the facilitators among the trainers. Run
 * after the domain's checks found the shapes right.
 */
export async function referenceIssues(orm: Orm, d: SessionDraft): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  const codes = [...new Set([...(d.place.regionCode ? [d.place.regionCode] : []), ...d.desaCodes])];
  const known =
    codes.length === 0
      ? new Map<string, number>()
      : new Map(
          (
            await orm
              .select({ code: region.code, level: region.level })
              .from(region)
              .where(inArray(region.code, codes))
          ).map((r) => [r.code, r.level]),
        );
  if (d.place.regionCode && !known.has(d.place.regionCode)) {
    issues.push({
      field: 'place.regionCode',
      message: `Wilayah ${d.place.regionCode} tidak ditemukan dalam data wilayah.`,
    });
  }
  for (const [i, code] of d.desaCodes.entries()) {
    if (known.get(code) !== 4)
      issues.push({ field: `desaCodes[${i}]`, message: `Desa ${code} tidak ditemukan dalam data wilayah.` });
  }
  if (d.kawasanIds.length > 0) {
    const found = new Set(
      (
        await orm
          .select({ id: kawasan.id })
          .from(kawasan)
          .where(inArray(kawasan.id, [...d.kawasanIds]))
      ).map((r) => r.id),
    );
    for (const [i, id] of d.kawasanIds.entries())
      if (!found.has(id)) issues.push({ field: `kawasanIds[${i}]`, message: 'Kawasan tidak ditemukan.' });
  }
  const facilitatorIds = d.trainers.flatMap((t) => (t.facilitatorId ? [t.facilitatorId] : []));
  if (facilitatorIds.length > 0) {
    const found = new Set(
      (
        await orm
          .select({ id: facilitator.id })
          .from(facilitator)
          .where(inArray(facilitator.id, facilitatorIds))
      ).map((r) => r.id),
    );
    for (const [i, t] of d.trainers.entries())
      if (t.facilitatorId && !found.has(t.facilitatorId))
        issues.push({ field: `trainers[${i}].facilitatorId`, message: 'Pendamping tidak ditemukan.' });
  }
  return issues;
}

/** Registrations `terdaftar` in the session. */
export async function registeredCountOf(orm: Orm, sessionId: string): Promise<number> {
  return (await registrationCounts(orm, [sessionId])).get(sessionId)!.registered;
}

/** Days of the schedule with attendance recorded for any registration of the session. */
export async function markedDates(orm: Orm, sessionId: string): Promise<{ date: string }[]> {
  return orm
    .selectDistinct({ date: trainingAttendance.date })
    .from(trainingAttendance)
    .innerJoin(trainingRegistration, eq(trainingRegistration.id, trainingAttendance.registrationId))
    .where(eq(trainingRegistration.sessionId, sessionId));
}

/** The lifecycle's view of a stored session, with the facts read now. */
export async function snapshotOf(
  orm: Orm,
  session: SessionRecord,
  programme: ProgrammeRecord,
): Promise<SessionSnapshot> {
  const draft = toSessionDraft(session);
  const registeredCount = await registeredCountOf(orm, session.id);
  return {
    id: session.id,
    state: sessionStateOf(session),
    draftIssues: sessionIssues(draft, { curriculumHours: programme.curriculumHours, registeredCount }),
    registeredCount,
    endDate: session.endDate,
    daysWithoutAttendance: daysWithoutAttendance(draft.schedule, await markedDates(orm, session.id)),
  };
}
