/**
 * Sessions (angkatan): the runs of a programme, with their schedule, place, trainers, capacity
 * and the desa and kawasan they serve, and their lifecycle (rencana → pendaftaran → berjalan →
 * selesai, or batal). The rules are the domain's: `sessionIssues` for the draft, `stateRefusal`
 * for what a state allows, `transition` with its guards for the lifecycle, training-access.ts for
 * who may act. Here the facts are read (registered count, days without any attendance, today in
 * WIB) and every change is audited in its transaction (resource `training_session`, region = the
 * provider's seat; a transition records its action, from and to).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type {
  CreateTrainingSessionBody,
  TrainingSessionActionBody,
  TrainingSessionList,
  TrainingSessionListQuery,
  TrainingSessionView,
  UpdateTrainingSessionBody,
} from '../../contracts/training-programme.contract.ts';
import type { Orm } from '../../db/client.ts';
import { trainingProgramme, trainingProvider, trainingSession } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import {
  MIN_CANCEL_REASON_LENGTH,
  refusalErrorCode,
  SESSION_ACTION_LABELS,
  SESSION_STATE_LABELS,
  STATE_ALLOWS,
  sessionActionsFrom,
  stateRefusal,
  transition,
} from '../../domain/training/lifecycle.ts';
import { scheduledHours, sessionIssues } from '../../domain/training/programme.ts';
import { recordAudit } from '../access/audit.service.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  manageableProgramme,
  manageableSession,
  programmeReadCondition,
  type ReadableSession,
  readableSession,
} from './programme-access.ts';
import {
  facilitatorNames,
  kawasanNames,
  placeModeLabel,
  regionsByCode,
  sessionSummaries,
  topicLabel,
} from './programme-view.ts';
import { canonicalCode, invalid, type TrainingDeps } from './provider.service.ts';
import {
  columnsOf,
  draftOf,
  EMPTY_SESSION,
  referenceIssues,
  registeredCountOf,
  snapshotOf,
} from './session-draft.ts';
import {
  type ProviderRecord,
  registrationCounts,
  sessionStateOf,
  sessionTouchedCodes,
  toSessionDraft,
} from './training.repository.ts';

export const SESSION_RESOURCE = 'training_session';

/** Sessions touching a region: place, desa served or participants' desa inside it. */
export function sessionTouchesRegion(prefix: string): SQL {
  return sql`exists (select 1 from ${sessionTouchedCodes(trainingSession.id)} as t where t.code like ${`${prefix}%`})`;
}

export function createTrainingSessionService({ db, now }: TrainingDeps) {
  const today = () => facilitationToday(now());

  async function view(orm: Orm, found: ReadableSession): Promise<TrainingSessionView> {
    const { session: s, programme, provider, canManage } = found;
    const state = sessionStateOf(s);
    const regions = await regionsByCode(orm, [
      ...(s.placeRegionCode ? [s.placeRegionCode] : []),
      ...s.desaCodes,
    ]);
    const districts = await regionsByCode(
      orm,
      s.desaCodes.flatMap((c) => {
        const parent = regions.get(c)?.parentCode;
        return parent ? [parent] : [];
      }),
    );
    const kawasan = await kawasanNames(orm, s.kawasanIds);
    const facilitators = await facilitatorNames(
      orm,
      s.trainers.flatMap((t) => (t.facilitatorId ? [t.facilitatorId] : [])),
    );
    const counts = (await registrationCounts(orm, [s.id])).get(s.id)!;
    let actions: TrainingSessionView['actions'] = [];
    if (canManage) {
      const snapshot = await snapshotOf(orm, s, programme);
      // A cancellation's only condition is its reason, typed when the button is pressed.
      const input = { today: today(), reason: 'x'.repeat(MIN_CANCEL_REASON_LENGTH) };
      actions = sessionActionsFrom(state).map((action) => {
        const result = transition(snapshot, action, input);
        return { action, label: SESSION_ACTION_LABELS[action], refusal: result.ok ? null : result.reason };
      });
    }
    const place = s.placeRegionCode;
    return {
      id: s.id,
      programme: {
        id: programme.id,
        title: programme.title,
        topicLabel: topicLabel(programme.topicId),
        curriculumHours: programme.curriculumHours,
        minAttendancePercent: programme.minAttendancePercent,
      },
      provider: { id: provider.id, name: provider.name },
      label: s.label,
      startDate: s.startDate,
      endDate: s.endDate,
      schedule: s.schedule.map((d) => ({ date: d.date, hours: d.hours, agenda: d.agenda })),
      scheduledHours: scheduledHours(s.schedule),
      place: {
        mode: s.placeMode,
        modeLabel: placeModeLabel(s.placeMode),
        name: s.placeName,
        region: place ? { code: place, name: regions.get(place)?.name ?? place } : null,
      },
      trainers: s.trainers.map((t) => ({
        name: t.name,
        affiliation: t.affiliation,
        facilitator:
          t.facilitatorId && facilitators.has(t.facilitatorId)
            ? { id: t.facilitatorId, name: facilitators.get(t.facilitatorId)! }
            : null,
      })),
      capacity: s.capacity,
      desa: s.desaCodes.map((code) => {
        const row = regions.get(code);
        const district = row?.parentCode ? (districts.get(row.parentCode)?.name ?? null) : null;
        return { code, name: row?.name ?? code, district };
      }),
      kawasan: s.kawasanIds.map((id) => ({ id, name: kawasan.get(id) ?? id })),
      state,
      stateLabel: SESSION_STATE_LABELS[state] ?? s.state,
      cancelReason: s.cancelReason,
      counts,
      allows: { ...STATE_ALLOWS[state] },
      actions,
      canManage,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    sessionId: string,
    provider: ProviderRecord,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    at: Date,
  ) {
    await recordAudit(
      orm,
      actor,
      {
        action,
        resourceType: SESSION_RESOURCE,
        resourceId: sessionId,
        regionCode: provider.seatRegionCode,
        before,
        after,
      },
      at,
    );
  }

  async function reread(actor: Actor, id: string): Promise<TrainingSessionView> {
    return view(db.orm, await readableSession(db.orm, actor, id));
  }

  return {
    /** Sessions the actor may read (their programme's rule, in SQL), first day first. */
    async list(actorInput: Actor | null, query: TrainingSessionListQuery): Promise<TrainingSessionList> {
      const actor = reader(actorInput);
      const prefix = query.region ? canonicalCode(query.region, 'region') : undefined;
      const where = and(
        programmeReadCondition(actor),
        query.programmeId ? eq(trainingSession.programmeId, query.programmeId) : undefined,
        query.providerId ? eq(trainingProgramme.providerId, query.providerId) : undefined,
        query.state ? eq(trainingSession.state, query.state) : undefined,
        query.from ? gte(trainingSession.endDate, query.from) : undefined,
        query.to ? lte(trainingSession.startDate, query.to) : undefined,
        prefix ? sessionTouchesRegion(prefix) : undefined,
        query.kawasanId ? sql`${query.kawasanId} = any(${trainingSession.kawasanIds}::text[])` : undefined,
      );
      const rows = await db.orm
        .select({
          session: trainingSession,
          programmeTitle: trainingProgramme.title,
          providerId: trainingProvider.id,
          providerName: trainingProvider.name,
        })
        .from(trainingSession)
        .innerJoin(trainingProgramme, eq(trainingProgramme.id, trainingSession.programmeId))
        .innerJoin(trainingProvider, eq(trainingProvider.id, trainingProgramme.providerId))
        .where(where)
        .orderBy(asc(trainingSession.startDate), asc(trainingSession.label), asc(trainingSession.id))
        .offset(query.offset)
        .limit(query.limit);
      const [total] = await db.orm
        .select({ n: count() })
        .from(trainingSession)
        .innerJoin(trainingProgramme, eq(trainingProgramme.id, trainingSession.programmeId))
        .where(where);
      return { items: await sessionSummaries(db.orm, rows), total: Number(total!.n) };
    },

    async get(actorInput: Actor | null, id: string): Promise<TrainingSessionView> {
      const actor = reader(actorInput);
      return view(db.orm, await readableSession(db.orm, actor, id));
    },

    /** A new session of the programme, planned (`rencana`). */
    async create(
      actorInput: Actor | null,
      programmeId: string,
      body: CreateTrainingSessionBody,
    ): Promise<TrainingSessionView> {
      const actor = writer(actorInput);
      const draft = draftOf(body, EMPTY_SESSION);
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const { programme, provider } = await manageableProgramme(tx.orm, actor, programmeId, true);
        const issues = sessionIssues(draft, {
          curriculumHours: programme.curriculumHours,
          registeredCount: 0,
        });
        if (issues.length === 0) issues.push(...(await referenceIssues(tx.orm, draft)));
        if (issues.length > 0) throw invalid(issues);
        const at = now();
        const columns = columnsOf(draft);
        await tx.orm.insert(trainingSession).values({
          id,
          programmeId,
          ...columns,
          state: 'rencana',
          cancelReason: null,
          createdAt: at,
          updatedAt: at,
        });
        await audit(
          tx.orm,
          actor,
          id,
          provider,
          'training_session.create',
          null,
          { ...columns, state: 'rencana' },
          at,
        );
      });
      return reread(actor, id);
    },

    /** Changes the draft while the state allows (`editSchedule`: rencana, pendaftaran); else 409. */
    async update(
      actorInput: Actor | null,
      sessionId: string,
      body: UpdateTrainingSessionBody,
    ): Promise<TrainingSessionView> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { session, programme, provider } = await manageableSession(tx.orm, actor, sessionId, true);
        const refusal = stateRefusal(sessionStateOf(session), 'editSchedule');
        if (refusal) throw new AppError('conflict', refusal, [{ field: 'state', message: refusal }]);
        const current = toSessionDraft(session);
        const draft = draftOf(body, current);
        const registeredCount = await registeredCountOf(tx.orm, sessionId);
        const issues = sessionIssues(draft, { curriculumHours: programme.curriculumHours, registeredCount });
        if (issues.length === 0) issues.push(...(await referenceIssues(tx.orm, draft)));
        if (issues.length > 0) throw invalid(issues);
        const before = columnsOf(current);
        const after = columnsOf(draft);
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        const at = now();
        await tx.orm
          .update(trainingSession)
          .set({ ...after, updatedAt: at })
          .where(eq(trainingSession.id, sessionId));
        await audit(tx.orm, actor, sessionId, provider, 'training_session.update', before, after, at);
      });
      return reread(actor, sessionId);
    },

    /**
     * A lifecycle action with its guards (the domain's `transition`): a wrong state or no
     * participants is a conflict (409), another unmet condition invalid input (400), each with
     * the domain's reason and issues.
     */
    async act(
      actorInput: Actor | null,
      sessionId: string,
      body: TrainingSessionActionBody,
    ): Promise<TrainingSessionView> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { session, programme, provider } = await manageableSession(tx.orm, actor, sessionId, true);
        const snapshot = await snapshotOf(tx.orm, session, programme);
        const result = transition(snapshot, body.action, {
          today: today(),
          ...(body.reason !== undefined ? { reason: body.reason } : {}),
        });
        if (!result.ok) throw new AppError(refusalErrorCode(result.guard), result.reason, result.issues);
        const at = now();
        const cancelReason = result.state === 'batal' ? result.audit.reason : session.cancelReason;
        await tx.orm
          .update(trainingSession)
          .set({ state: result.state, cancelReason, updatedAt: at })
          .where(eq(trainingSession.id, sessionId));
        await audit(
          tx.orm,
          actor,
          sessionId,
          provider,
          `training_session.${body.action}`,
          { state: result.audit.from },
          { state: result.audit.to, reason: result.audit.reason },
          at,
        );
      });
      return reread(actor, sessionId);
    },
  };
}

export type TrainingSessionService = ReturnType<typeof createTrainingSessionService>;
