/**
 * Training programmes: the curriculum a provider runs in sessions. The rules are the domain's
 * (`programmeIssues`, training-access.ts): a programme is created and changed only by its
 * provider's users, read per `mayReadProgramme` (lists filter in SQL by the same rule), and
 * every change is audited in its transaction (resource `training_programme`, region = the
 * provider's seat). The domain freezes no programme once a session is finished, so a change is
 * allowed in every state; certificates keep their own copy of what they state.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, inArray, max, min, type SQL, sql } from 'drizzle-orm';
import type {
  CreateTrainingProgrammeBody,
  TrainingProgrammeList,
  TrainingProgrammeListQuery,
  TrainingProgrammeView,
  UpdateTrainingProgrammeBody,
} from '../../contracts/training-programme.contract.ts';
import type { Orm } from '../../db/client.ts';
import { trainingProgramme, trainingProvider, trainingSession } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { Aspect, TargetGroup } from '../../domain/training/aspects.ts';
import {
  DEFAULT_FOLLOW_UP_MONTHS,
  DEFAULT_MIN_ATTENDANCE_PERCENT,
  type ProgrammeDraft,
  programmeChangeIssues,
  programmeIssues,
} from '../../domain/training/programme.ts';
import type { TrainingTopicId } from '../../domain/training/topics.ts';
import { mayManageProgramme } from '../../domain/training/training-access.ts';
import { recordAudit } from '../access/audit.service.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  manageableProgramme,
  programmeReadCondition,
  readableProgramme,
  requireManage,
} from './programme-access.ts';
import { programmeSummary, programmeView } from './programme-view.ts';
import { canonicalCode, invalid, type TrainingDeps } from './provider.service.ts';
import {
  type ProgrammeRecord,
  type ProviderRecord,
  programmeTouchedCodes,
  sessionsOfProgramme,
  toProgrammeDraft,
} from './training.repository.ts';

export const PROGRAMME_RESOURCE = 'training_programme';

type ProgrammeFields = Omit<ProgrammeDraft, 'providerId'>;

/** The body's fields as the domain's draft (texts trimmed, left-out numbers at their defaults). */
function draftFields(body: Partial<CreateTrainingProgrammeBody>, base: ProgrammeFields): ProgrammeFields {
  return {
    title: body.title !== undefined ? body.title.trim() : base.title,
    topicId: (body.topicId ?? base.topicId) as TrainingTopicId,
    description: body.description !== undefined ? body.description.trim() : base.description,
    targetAspects: (body.targetAspects ?? base.targetAspects) as Aspect[],
    competencies: body.competencies
      ? body.competencies.map((c) => ({ aspect: c.aspect as Aspect, description: c.description.trim() }))
      : base.competencies,
    targetGroups: (body.targetGroups ?? base.targetGroups) as TargetGroup[],
    curriculumHours: body.curriculumHours ?? base.curriculumHours,
    testedAspects: (body.testedAspects ?? base.testedAspects) as Aspect[],
    requiresPostTest: body.requiresPostTest ?? base.requiresPostTest,
    minAttendancePercent: body.minAttendancePercent ?? base.minAttendancePercent,
    followUpMonths: body.followUpMonths ?? base.followUpMonths,
  };
}

const EMPTY: ProgrammeFields = {
  title: '',
  topicId: '' as TrainingTopicId,
  description: '',
  targetAspects: [],
  competencies: [],
  targetGroups: [],
  curriculumHours: 0,
  testedAspects: [],
  requiresPostTest: false,
  minAttendancePercent: DEFAULT_MIN_ATTENDANCE_PERCENT,
  followUpMonths: DEFAULT_FOLLOW_UP_MONTHS,
};

/** The stored columns of a draft. */
function columnsOf(d: ProgrammeFields) {
  return {
    title: d.title,
    topicId: d.topicId,
    description: d.description,
    targetAspects: [...d.targetAspects],
    competencies: d.competencies.map((c) => ({ aspect: c.aspect, description: c.description })),
    targetGroups: [...d.targetGroups],
    curriculumHours: d.curriculumHours,
    testedAspects: [...d.testedAspects],
    requiresPostTest: d.requiresPostTest,
    minAttendancePercent: d.minAttendancePercent,
    followUpMonths: d.followUpMonths,
  };
}

/** Programmes touching a region (any code of theirs inside it). */
export function programmeTouchesRegion(prefix: string): SQL {
  return sql`exists (select 1 from ${programmeTouchedCodes(trainingProgramme.id)} as t where t.code like ${`${prefix}%`})`;
}

/** Programmes with a session serving the kawasan. */
export function programmeServesKawasan(kawasanId: string): SQL {
  return sql`exists (select 1 from training_session ts where ts.programme_id = ${trainingProgramme.id} and ${kawasanId} = any(ts.kawasan_ids::text[]))`;
}

export function createProgrammeService({ db, now }: TrainingDeps) {
  async function view(orm: Orm, actor: Actor, row: ProgrammeRecord, provider: ProviderRecord) {
    return programmeView(
      orm,
      row,
      provider,
      await sessionsOfProgramme(orm, row.id),
      mayManageProgramme(actor, provider.id).allowed,
    );
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    row: ProgrammeRecord,
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
        resourceType: PROGRAMME_RESOURCE,
        resourceId: row.id,
        regionCode: provider.seatRegionCode,
        before,
        after,
      },
      at,
    );
  }

  return {
    /** Programmes the actor may read (SQL = `mayReadProgramme`), by title. */
    async list(actorInput: Actor | null, query: TrainingProgrammeListQuery): Promise<TrainingProgrammeList> {
      const actor = reader(actorInput);
      const region = query.region ? canonicalCode(query.region, 'region') : undefined;
      const where = and(
        programmeReadCondition(actor),
        query.providerId ? eq(trainingProgramme.providerId, query.providerId) : undefined,
        query.topicId ? eq(trainingProgramme.topicId, query.topicId) : undefined,
        region ? programmeTouchesRegion(region) : undefined,
        query.kawasanId ? programmeServesKawasan(query.kawasanId) : undefined,
      );
      const rows = await db.orm
        .select({ programme: trainingProgramme, provider: trainingProvider })
        .from(trainingProgramme)
        .innerJoin(trainingProvider, eq(trainingProvider.id, trainingProgramme.providerId))
        .where(where)
        .orderBy(asc(trainingProgramme.title), asc(trainingProgramme.id))
        .offset(query.offset)
        .limit(query.limit);
      const [total] = await db.orm.select({ n: count() }).from(trainingProgramme).where(where);
      const ids = rows.map((r) => r.programme.id);
      const spans =
        ids.length === 0
          ? []
          : await db.orm
              .select({
                programmeId: trainingSession.programmeId,
                n: count(),
                first: min(trainingSession.startDate),
                last: max(trainingSession.endDate),
              })
              .from(trainingSession)
              .where(inArray(trainingSession.programmeId, ids))
              .groupBy(trainingSession.programmeId);
      const byId = new Map(spans.map((s) => [s.programmeId, s]));
      return {
        items: rows.map(({ programme, provider }) => {
          const span = byId.get(programme.id);
          return programmeSummary(
            programme,
            provider,
            { count: Number(span?.n ?? 0), first: span?.first ?? null, last: span?.last ?? null },
            mayManageProgramme(actor, provider.id).allowed,
          );
        }),
        total: Number(total!.n),
      };
    },

    async get(actorInput: Actor | null, id: string): Promise<TrainingProgrammeView> {
      const actor = reader(actorInput);
      const { programme, provider } = await readableProgramme(db.orm, actor, id);
      return view(db.orm, actor, programme, provider);
    },

    async create(
      actorInput: Actor | null,
      body: CreateTrainingProgrammeBody,
    ): Promise<TrainingProgrammeView> {
      const actor = writer(actorInput);
      const fields = draftFields(body, EMPTY);
      const at = now();
      const { row, provider } = await db.transaction(async (tx) => {
        const [provider] = await tx.orm
          .select()
          .from(trainingProvider)
          .where(eq(trainingProvider.id, body.providerId));
        if (!provider) throw AppError.invalid('providerId', 'Penyelenggara pelatihan tidak ditemukan.');
        requireManage(actor, provider.id);
        const issues = programmeIssues({ ...fields, providerId: provider.id });
        if (issues.length > 0) throw invalid(issues);
        const row: ProgrammeRecord = {
          id: randomUUID(),
          providerId: provider.id,
          ...columnsOf(fields),
          createdAt: at,
          updatedAt: at,
        };
        await tx.orm.insert(trainingProgramme).values(row);
        await audit(tx.orm, actor, row, provider, 'training_programme.create', null, columnsOf(fields), at);
        return { row, provider };
      });
      return view(db.orm, actor, row, provider);
    },

    async update(
      actorInput: Actor | null,
      id: string,
      body: UpdateTrainingProgrammeBody,
    ): Promise<TrainingProgrammeView> {
      const actor = writer(actorInput);
      const { row, provider } = await db.transaction(async (tx) => {
        const { programme: before, provider } = await manageableProgramme(tx.orm, actor, id, true);
        const current = toProgrammeDraft(before);
        const fields = draftFields(body, current);
        const issues = programmeIssues({ ...fields, providerId: before.providerId });
        if (issues.length > 0) throw invalid(issues);
        const [started] = await tx.orm
          .select({ n: count() })
          .from(trainingSession)
          .where(
            and(eq(trainingSession.programmeId, id), inArray(trainingSession.state, ['berjalan', 'selesai'])),
          );
        const frozen = programmeChangeIssues(
          current,
          { ...fields, providerId: before.providerId },
          started?.n ?? 0,
        );
        if (frozen.length > 0) throw new AppError('conflict', frozen[0]!.message, frozen);
        const beforeColumns = columnsOf(current);
        const afterColumns = columnsOf(fields);
        if (JSON.stringify(beforeColumns) === JSON.stringify(afterColumns)) return { row: before, provider };
        const at = now();
        await tx.orm
          .update(trainingProgramme)
          .set({ ...afterColumns, updatedAt: at })
          .where(eq(trainingProgramme.id, id));
        const row: ProgrammeRecord = { ...before, ...afterColumns, updatedAt: at };
        await audit(
          tx.orm,
          actor,
          row,
          provider,
          'training_programme.update',
          beforeColumns,
          afterColumns,
          at,
        );
        return { row, provider };
      });
      return view(db.orm, actor, row, provider);
    },
  };
}

export type ProgrammeService = ReturnType<typeof createProgrammeService>;
