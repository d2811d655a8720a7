/**
 * Attendance of a session day by day: the grid (scheduled days × registered participants, with
 * each one's completion by the programme's rule) and recording a batch of marks. The rules are the
 * domain's (`attendanceIssues`: the session running, registered participants only, scheduled days
 * not after today in Asia/Jakarta); a stored mark of the same participant and day is replaced.
 * One audit row per batch, with its counts (resource `training_session`, region = the provider's
 * seat).
 */
import { sql } from 'drizzle-orm';
import type {
  AttendanceBody,
  TrainingAttendanceGrid,
} from '../../contracts/training-participant.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { trainingAttendance } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { SESSION_STATE_LABELS, stateRefusal } from '../../domain/training/lifecycle.ts';
import { scheduleDates } from '../../domain/training/programme.ts';
import { attendanceIssues, REGISTRATION_STATUS_LABELS } from '../../domain/training/registration.ts';
import { recordAudit } from '../access/audit.service.ts';
import {
  completionView,
  loadMarks,
  loadRegistrations,
  loadSessionContext,
  manageAccess,
  type RegistrationRecord,
  readAccess,
  registrationCode,
  type SessionAccess,
  type SessionContext,
} from './participant-access.ts';

export const SESSION_RESOURCE = 'training_session';
/** Rows per insert statement: well under the parameter limit of PostgreSQL. */
const INSERT_CHUNK = 1000;

export function createAttendanceService({ db, now }: { db: Database; now: () => Date }) {
  async function grid(
    orm: Orm,
    ctx: SessionContext,
    access: SessionAccess,
    records: readonly RegistrationRecord[],
    today: string,
  ): Promise<TrainingAttendanceGrid> {
    const marks = await loadMarks(orm, ctx.session.id);
    const byKey = new Map(marks.map((m) => [`${m.registrationId}|${m.date}`, m.present]));
    const marked = new Set(marks.map((m) => m.registrationId));
    const listed = records.filter((r) => r.status === 'terdaftar' || marked.has(r.id));
    const dates = scheduleDates(ctx.session.schedule);
    const dayOf = new Map(ctx.session.schedule.map((d) => [d.date, d]));
    const days = dates.map((date) => {
      let present = 0;
      let absent = 0;
      for (const r of listed) {
        const mark = byKey.get(`${r.id}|${date}`);
        if (mark === true) present += 1;
        else if (mark === false) absent += 1;
      }
      const day = dayOf.get(date)!;
      return {
        date,
        hours: day.hours,
        agenda: day.agenda,
        present,
        absent,
        unmarked: listed.length - present - absent,
        future: date > today,
      };
    });
    const visible = listed.filter((r) => access.readsParticipant(r));
    const { state } = ctx.session;
    const recordRefusal = stateRefusal(state, 'recordAttendance');
    return {
      sessionId: ctx.session.id,
      state,
      stateLabel: SESSION_STATE_LABELS[state],
      today,
      minAttendancePercent: ctx.programme.minAttendancePercent,
      days,
      rows: visible.map((r) => ({
        registrationId: r.id,
        code: registrationCode(r.seq),
        name: r.name,
        status: r.status,
        statusLabel: REGISTRATION_STATUS_LABELS[r.status],
        marks: dates.map((date) => {
          const mark = byKey.get(`${r.id}|${date}`);
          return mark === undefined ? null : mark ? 'hadir' : 'tidak_hadir';
        }),
        completion: completionView(ctx, marks, r.id),
      })),
      hiddenCount: listed.length - visible.length,
      canRecord: access.manage && recordRefusal === null,
      recordRefusal,
    };
  }

  return {
    async grid(actorInput: Actor | null, sessionId: string): Promise<TrainingAttendanceGrid> {
      const ctx = await loadSessionContext(db.orm, sessionId);
      const records = await loadRegistrations(db.orm, sessionId);
      const access = await readAccess(db.orm, actorInput, ctx, records);
      return grid(db.orm, ctx, access, records, facilitationToday(now()));
    },

    /**
     * Records a batch of marks, all or nothing: 409 when the session is not running, 400 with the
     * field of every bad mark (`marks[i].date`…).
     */
    async record(
      actorInput: Actor | null,
      sessionId: string,
      body: AttendanceBody,
    ): Promise<TrainingAttendanceGrid> {
      const at = now();
      const today = facilitationToday(at);
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const ctx = await loadSessionContext(orm, sessionId, true);
        const actor = await manageAccess(orm, actorInput, ctx);
        const closed = stateRefusal(ctx.session.state, 'recordAttendance');
        if (closed !== null) throw new AppError('conflict', closed, [{ field: 'marks', message: closed }]);
        const records = await loadRegistrations(orm, sessionId);
        const issues = attendanceIssues(body.marks, {
          state: ctx.session.state,
          schedule: ctx.session.schedule,
          registrations: records,
          today,
        });
        if (issues.length > 0) {
          throw new AppError(
            'invalid_input',
            `${issues.length} tanda kehadiran tidak dapat dicatat; tidak ada yang disimpan.`,
            issues,
          );
        }
        for (let i = 0; i < body.marks.length; i += INSERT_CHUNK) {
          await orm
            .insert(trainingAttendance)
            .values(
              body.marks.slice(i, i + INSERT_CHUNK).map((m) => ({
                registrationId: m.registrationId,
                date: m.date,
                present: m.present,
                recordedAt: at,
              })),
            )
            .onConflictDoUpdate({
              target: [trainingAttendance.registrationId, trainingAttendance.date],
              set: { present: sql`excluded.present`, recordedAt: sql`excluded.recorded_at` },
            });
        }
        const present = body.marks.filter((m) => m.present).length;
        await recordAudit(
          orm,
          actor,
          {
            action: 'record_attendance',
            resourceType: SESSION_RESOURCE,
            resourceId: sessionId,
            regionCode: ctx.provider.seatRegionCode,
            before: null,
            after: {
              marks: body.marks.length,
              present,
              absent: body.marks.length - present,
              participants: new Set(body.marks.map((m) => m.registrationId)).size,
              dates: [...new Set(body.marks.map((m) => m.date))].sort(),
            },
          },
          at,
        );
        const access = await readAccess(orm, actor, ctx, records);
        return grid(orm, ctx, access, records, today);
      });
    },
  };
}
export type AttendanceService = ReturnType<typeof createAttendanceService>;
