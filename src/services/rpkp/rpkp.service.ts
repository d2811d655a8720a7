/**
 * The RPKP of a kawasan: versions, plan content, the province's review and the approval by
 * regulation (domain/rpkp/review.ts decides every step), roll-ups, convergence, exports, progress
 * reports on the plan in force and its public view. Each change is checked against the actor's
 * role and the kawasan's scope and audited in its transaction (resource `rpkp`,
 * `<kawasanId>:<version>`); these audit rows are also the version's history.
 */
import { randomUUID } from 'node:crypto';
import type {
  Convergence,
  CreateRpkpBody,
  ProgressBody,
  ProgressList,
  ProgressReport,
  PublicRpkp,
  RpkpAllowed,
  RpkpList,
  RpkpTransitionBody,
  RpkpVersionDetail,
  UpdatePlanBody,
} from '../../contracts/rpkp.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import type { StoredPlan } from '../../db/deliberation-records.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { actorPasses, actorRefusal, type KawasanActor } from '../../domain/kawasan/kawasan-actor.ts';
import { isPublicState } from '../../domain/kawasan/registry.ts';
import { totalBudget } from '../../domain/rpkp/budget.ts';
import { DEFAULT_PERIOD_YEARS, planActivities, planIssues, type RpkpPlan } from '../../domain/rpkp/plan.ts';
import { checkProgressReport, mayReportProgress, PROGRESS_REFUSAL } from '../../domain/rpkp/progress.ts';
import {
  isEditable,
  isProvinceReviewer,
  RPKP_ACTIONS,
  RPKP_STATE_LABELS,
  type RpkpAction,
  type RpkpVersionSummary,
  refusalErrorCode,
  rpkpRuleFor,
  startVersion,
  transition,
  versionInForce,
  versionStanding,
} from '../../domain/rpkp/review.ts';
import { recordAudit } from '../access/audit.service.ts';
import { CONTENT_TYPES, type ExportFile, fileSlug } from '../export/table-export.ts';
import { type KawasanRow, loadKawasan } from '../kawasan/kawasan.repository.ts';
import { kawasanActorOf, reader, requireVisible, writer } from '../kawasan/kawasan-access.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import {
  createRpkpRepository,
  type DocumentRecord,
  openVersionConflict,
  planView,
  RPKP_RESOURCE,
  type RpkpVersionRow,
  rpkpResourceId,
  standings,
  summariesOf,
  toDomainPlan,
  toStoredPlan,
} from './rpkp.repository.ts';
import { renderRpkpPdf } from './rpkp-pdf.ts';
import {
  convergenceView,
  evidenceView,
  historyView,
  progressView,
  type RpkpExportData,
  reportView,
  totalsView,
} from './rpkp-view.ts';
import { renderRpkpXlsx } from './rpkp-xlsx.ts';

export interface RpkpDeps {
  db: Database;
  now: () => Date;
}

/**
 * Today's date for "not in the future": the calendar date in UTC+9 (WIT), Indonesia's easternmost
 * time zone, so a report dated today anywhere in the country is accepted.
 */
export function reportingToday(at: Date): string {
  return new Date(at.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

const EMPTY_ALLOWED: RpkpAllowed = {
  edit: false,
  submit: false,
  start_review: false,
  request_clarification: false,
  resubmit: false,
  complete_review: false,
  approve: false,
  withdraw: false,
  report_progress: false,
};

const isReadOnly = (actor: Actor) => actor.kind === 'user' && actor.readOnly;
const management = (who: KawasanActor, row: KawasanRow) =>
  actorPasses('management', who, row.id, row.memberCodes);

/** Every activity's desa, for "may this actor report on any activity of the plan". */
const activityDesa = (plan: RpkpPlan) => [
  ...new Set(planActivities(plan).flatMap((p) => p.activity.desaCodes)),
];

const versionNotFound = (version: number) =>
  AppError.notFound(`RPKP versi ${version} tidak ditemukan untuk kawasan ini.`);

/** One of the kawasan's versions (404 when it has no such version). */
function versionOf(versions: readonly RpkpVersionRow[], version: number): RpkpVersionRow {
  const v = versions.find((x) => x.version === version);
  if (!v) throw versionNotFound(version);
  return v;
}

/** What every view of a version starts with. */
function versionHead(v: RpkpVersionRow, summaries: readonly RpkpVersionSummary[]) {
  return {
    version: v.version,
    basedOn: v.basedOn,
    state: v.state,
    standing: versionStanding(summaries, v),
    submission: v.submission,
    title: v.title,
  };
}

const EXPORTS = {
  pdf: { contentType: 'application/pdf', render: renderRpkpPdf },
  xlsx: { contentType: CONTENT_TYPES.xlsx, render: renderRpkpXlsx },
} as const;

export function createRpkpService({ db, now }: RpkpDeps) {
  async function findVersion(orm: Orm, kawasanId: string, version: number, lock = false) {
    const row = await createRpkpRepository(orm).find(kawasanId, version, lock);
    if (!row) throw versionNotFound(version);
    return row;
  }

  /** The kawasan the actor may see (404 otherwise) with all its versions. */
  async function visible(orm: Orm, actor: Actor, id: string, lock = false) {
    const kawasan = await loadKawasan(orm, id, lock);
    requireVisible(actor, kawasan);
    const versions = await createRpkpRepository(orm).versions(id);
    return { kawasan, versions };
  }

  function allowedFor(actor: Actor, kawasan: KawasanRow, v: RpkpVersionRow, versions: RpkpVersionRow[]) {
    if (isReadOnly(actor)) return EMPTY_ALLOWED;
    const who = kawasanActorOf(actor);
    const allowed: RpkpAllowed = { ...EMPTY_ALLOWED };
    for (const action of RPKP_ACTIONS) {
      const rule = rpkpRuleFor(v.state, action);
      allowed[action] =
        rule !== null &&
        (rule.actor === 'province_reviewer'
          ? isProvinceReviewer(who, kawasan.memberCodes)
          : actorPasses(rule.actor, who, kawasan.id, kawasan.memberCodes));
    }
    allowed.edit = isEditable(v.state) && management(who, kawasan);
    allowed.report_progress =
      versionStanding(summariesOf(versions), v) === 'berlaku' &&
      mayReportProgress(who, kawasan, activityDesa(toDomainPlan(v.plan)));
    return allowed;
  }

  async function memberDesa(orm: Orm, codes: readonly string[]) {
    const names = new Map(
      (await createRegionRepository(orm).findByCodes(codes)).map((r) => [r.code, r.name]),
    );
    return codes.map((code) => ({ code, name: names.get(code) ?? code }));
  }

  async function detail(
    orm: Orm,
    actor: Actor,
    kawasan: KawasanRow,
    version: number,
  ): Promise<RpkpVersionDetail> {
    const repo = createRpkpRepository(orm);
    const versions = await repo.versions(kawasan.id);
    const v = versionOf(versions, version);
    const plan = toDomainPlan(v.plan);
    // One after another: inside a transaction the queries share one connection.
    const history = await repo.history(kawasan.id, version);
    const reports = await repo.reports(kawasan.id);
    const members = await memberDesa(orm, kawasan.memberCodes);
    const summaries = summariesOf(versions);
    return {
      kawasanId: kawasan.id,
      kawasanName: kawasan.name,
      ...versionHead(v, summaries),
      plan: planView(v.plan),
      regulation: v.regulation,
      issues: planIssues(plan, kawasan.memberCodes),
      totals: totalsView(plan),
      progress: progressView(plan, standings(reports)),
      history: historyView(history),
      allowed: allowedFor(actor, kawasan, v, versions),
      memberDesa: members,
      inForce: versionInForce(summaries),
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
    };
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    kawasan: KawasanRow,
    version: number,
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
        resourceType: RPKP_RESOURCE,
        resourceId: rpkpResourceId(kawasan.id, version),
        regionCode: kawasan.regionCode,
        before,
        after: { kawasanId: kawasan.id, version, ...after },
      },
      at,
    );
  }

  /** The version in force with its plan, or 404 for visitors / 409 for a signed-in reader. */
  function inForceOf(versions: RpkpVersionRow[]) {
    const inForce = versionInForce(summariesOf(versions));
    return inForce === null ? null : versions.find((v) => v.version === inForce)!;
  }

  async function exportData(actorInput: Actor | null, id: string, version: number): Promise<RpkpExportData> {
    const actor = reader(actorInput);
    const { kawasan, versions } = await visible(db.orm, actor, id);
    const v = versionOf(versions, version);
    const plan = toDomainPlan(v.plan);
    const repo = createRpkpRepository(db.orm);
    return {
      kawasanName: kawasan.name,
      version: v.version,
      title: v.title,
      state: v.state,
      stateLabel: RPKP_STATE_LABELS[v.state],
      standing: versionStanding(summariesOf(versions), v),
      submission: v.submission,
      regulation: v.regulation,
      plan,
      totals: totalsView(plan),
      progress: progressView(plan, standings(await repo.reports(id))),
      convergence: convergenceView(v.version, plan),
      desaNames: new Map((await memberDesa(db.orm, kawasan.memberCodes)).map((m) => [m.code, m.name])),
      issueCount: planIssues(plan, kawasan.memberCodes).length,
      generatedAt: now(),
    };
  }

  async function exportFile(
    actor: Actor | null,
    id: string,
    version: number,
    format: keyof typeof EXPORTS,
  ): Promise<ExportFile> {
    const data = await exportData(actor, id, version);
    const { contentType, render } = EXPORTS[format];
    return {
      fileName: `rpkp-${fileSlug(data.kawasanName)}-v${data.version}.${format}`,
      contentType,
      body: await render(data),
    };
  }

  /**
   * A change of one version in a transaction: the actor as a writer, the kawasan (locked, 404 when
   * the actor cannot see it) with its versions, and the version itself (locked).
   */
  function changeVersion<T>(
    actorInput: Actor | null,
    id: string,
    version: number,
    change: (c: {
      orm: Orm;
      actor: Actor;
      kawasan: KawasanRow;
      versions: RpkpVersionRow[];
      v: RpkpVersionRow;
      at: Date;
    }) => Promise<T>,
  ): Promise<T> {
    const actor = writer(actorInput);
    const at = now();
    return db.transaction(async (tx) => {
      const { kawasan, versions } = await visible(tx.orm, actor, id, true);
      const v = await findVersion(tx.orm, id, version, true);
      return change({ orm: tx.orm, actor, kawasan, versions, v, at });
    });
  }

  return {
    async list(actorInput: Actor | null, id: string): Promise<RpkpList> {
      const actor = reader(actorInput);
      const { kawasan, versions } = await visible(db.orm, actor, id);
      const summaries = summariesOf(versions);
      return {
        versions: [...versions].reverse().map((v) => ({
          ...versionHead(v, summaries),
          period: v.plan.period,
          totalBudget: totalBudget(toDomainPlan(v.plan)).toString(),
          updatedAt: v.updatedAt.toISOString(),
        })),
        inForce: versionInForce(summaries),
        allowed: {
          startVersion:
            !isReadOnly(actor) && startVersion(kawasan, summaries, kawasanActorOf(actor)).ok === true,
        },
      };
    },

    async get(actorInput: Actor | null, id: string, version: number): Promise<RpkpVersionDetail> {
      const actor = reader(actorInput);
      const { kawasan } = await visible(db.orm, actor, id);
      return detail(db.orm, actor, kawasan, version);
    },

    /** A new version: the first plan (empty), or a revisi copying the version in force. */
    async create(actorInput: Actor | null, id: string, body: CreateRpkpBody): Promise<RpkpVersionDetail> {
      const actor = writer(actorInput);
      const at = now();
      try {
        return await db.transaction(async (tx) => {
          const { kawasan, versions } = await visible(tx.orm, actor, id, true);
          const started = startVersion(kawasan, summariesOf(versions), kawasanActorOf(actor));
          if (!started.ok)
            throw new AppError(refusalErrorCode(started.guard), started.reason, started.issues);
          const base = started.basedOn === null ? null : versions.find((v) => v.version === started.basedOn)!;
          const year = at.getUTCFullYear();
          const plan: StoredPlan = base
            ? structuredClone(base.plan)
            : {
                period: { startYear: year, endYear: year + DEFAULT_PERIOD_YEARS - 1 },
                vision: '',
                strategies: [],
                programmes: [],
              };
          const title = body.title ?? base?.title ?? `RPKP ${kawasan.name}`;
          await createRpkpRepository(tx.orm).insert({
            id: randomUUID(),
            kawasanId: id,
            version: started.version,
            basedOn: started.basedOn,
            state: started.state,
            submission: 0,
            title,
            plan,
            regulation: null,
            createdAt: at,
            updatedAt: at,
          });
          await audit(
            tx.orm,
            actor,
            kawasan,
            started.version,
            'rpkp.create',
            null,
            { to: 'draf', basedOn: started.basedOn, title },
            at,
          );
          return detail(tx.orm, actor, kawasan, started.version);
        });
      } catch (err) {
        throw openVersionConflict(err) ?? err;
      }
    },

    /** Saves the content of an editable version; plan issues are shown, not refused (submit refuses them). */
    updatePlan(
      actorInput: Actor | null,
      id: string,
      version: number,
      body: UpdatePlanBody,
    ): Promise<RpkpVersionDetail> {
      return changeVersion(actorInput, id, version, async ({ orm, actor, kawasan, v, at }) => {
        if (!management(kawasanActorOf(actor), kawasan))
          throw new AppError('forbidden', actorRefusal('management', kawasan.memberCodes));
        if (!isEditable(v.state))
          throw new AppError(
            'conflict',
            `RPKP versi ${version} berstatus ${RPKP_STATE_LABELS[v.state]} dan tidak dapat diubah; isi RPKP hanya diubah saat Draf atau Perlu klarifikasi.`,
          );
        const plan = toStoredPlan(body.plan);
        const title = body.title ?? v.title;
        await createRpkpRepository(orm).update(v.id, { plan, title, updatedAt: at });
        const facts = (p: StoredPlan, t: string) => {
          const domain = toDomainPlan(p);
          return {
            title: t,
            period: `${p.period.startYear}–${p.period.endYear}`,
            activities: planActivities(domain).length,
            totalBudget: totalBudget(domain).toString(),
          };
        };
        await audit(
          orm,
          actor,
          kawasan,
          version,
          'rpkp.update',
          facts(v.plan, v.title),
          facts(plan, title),
          at,
        );
        return detail(orm, actor, kawasan, version);
      });
    },

    transition(
      actorInput: Actor | null,
      id: string,
      version: number,
      body: RpkpTransitionBody,
    ): Promise<RpkpVersionDetail> {
      return changeVersion(actorInput, id, version, async ({ orm, actor, kawasan, versions, v, at }) => {
        const regulation = body.regulation
          ? {
              number: body.regulation.number,
              date: body.regulation.date,
              documentId: body.regulation.documentId ?? null,
            }
          : undefined;
        const action: RpkpAction = body.action;
        if (action === 'approve' && regulation?.documentId) {
          const [doc] = await createRpkpRepository(orm).documents(id, [regulation.documentId]);
          if (!doc)
            throw AppError.invalid(
              'regulation.documentId',
              'Dokumen peraturan tidak ditemukan di antara dokumen kawasan ini.',
            );
        }
        const result = transition(
          {
            kawasanId: id,
            kawasanState: kawasan.state,
            memberCodes: kawasan.memberCodes,
            version: v.version,
            submission: v.submission,
            state: v.state,
            plan: toDomainPlan(v.plan),
            inForceVersion: versionInForce(summariesOf(versions)),
          },
          action,
          kawasanActorOf(actor),
          {
            ...(body.reason !== undefined ? { reason: body.reason } : {}),
            ...(regulation ? { regulation } : {}),
          },
        );
        if (!result.ok) throw new AppError(refusalErrorCode(result.guard), result.reason, result.issues);
        const a = result.audit;
        await createRpkpRepository(orm).update(v.id, {
          state: result.state,
          submission: result.submission,
          ...(a.regulation ? { regulation: a.regulation } : {}),
          updatedAt: at,
        });
        await audit(
          orm,
          actor,
          kawasan,
          version,
          `rpkp.${action}`,
          null,
          {
            from: a.from,
            to: a.to,
            submission: a.submission,
            reason: a.reason,
            regulation: a.regulation,
            supersedesVersion: a.supersedesVersion,
          },
          at,
        );
        return detail(orm, actor, kawasan, version);
      });
    },

    async convergence(actorInput: Actor | null, id: string, version: number): Promise<Convergence> {
      const actor = reader(actorInput);
      await visible(db.orm, actor, id);
      const v = await findVersion(db.orm, id, version);
      return convergenceView(v.version, toDomainPlan(v.plan));
    },

    exportPdf: (actor: Actor | null, id: string, version: number) => exportFile(actor, id, version, 'pdf'),

    exportXlsx: (actor: Actor | null, id: string, version: number) => exportFile(actor, id, version, 'xlsx'),

    /** A progress report on an activity of the version in force, with evidence among the kawasan's documents. */
    async reportProgress(
      actorInput: Actor | null,
      id: string,
      activityId: string,
      body: ProgressBody,
    ): Promise<ProgressReport> {
      const actor = writer(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const repo = createRpkpRepository(tx.orm);
        const { kawasan, versions } = await visible(tx.orm, actor, id, true);
        const inForce = inForceOf(versions);
        if (!inForce)
          throw new AppError(
            'conflict',
            'Kawasan ini belum memiliki RPKP yang disetujui: kemajuan dilaporkan untuk kegiatan RPKP yang berlaku.',
          );
        const plan = toDomainPlan(inForce.plan);
        const placed = planActivities(plan).find((p) => p.activity.id === activityId);
        if (!placed)
          throw AppError.notFound(
            `Kegiatan ${activityId} tidak ada dalam RPKP yang berlaku (versi ${inForce.version}).`,
          );
        if (!mayReportProgress(kawasanActorOf(actor), kawasan, placed.activity.desaCodes))
          throw new AppError('forbidden', PROGRESS_REFUSAL);
        const checked = checkProgressReport(body, plan.period, reportingToday(at));
        if (!checked.ok)
          throw new AppError(
            'invalid_input',
            `Laporan kemajuan belum benar: ${checked.issues.map((i) => i.message).join(' ')}`,
            checked.issues,
          );
        const documentIds = [...new Set(body.documentIds)];
        const found = new Map((await repo.documents(id, documentIds)).map((d) => [d.id, d]));
        const missing = documentIds
          .map((docId, i) => ({ docId, i }))
          .filter(({ docId }) => !found.has(docId))
          .map(({ i }) => ({
            field: `documentIds[${i}]`,
            message:
              'Dokumen bukti tidak ditemukan di antara dokumen kawasan ini; unggah dahulu ke dokumen kawasan.',
          }));
        if (missing.length > 0) throw new AppError('invalid_input', missing[0]!.message, missing);
        const r = checked.report;
        const record = {
          id: randomUUID(),
          kawasanId: id,
          activityId,
          reportedOn: r.reportedOn,
          status: r.status,
          progressBp: r.progressBp,
          quantity: r.quantity,
          spent: r.spent,
          note: r.note,
          documentIds,
          reportedBy: actor.label,
          createdAt: at,
        };
        await repo.insertReport(record);
        await audit(
          tx.orm,
          actor,
          kawasan,
          inForce.version,
          'rpkp.progress',
          null,
          {
            report: record.id,
            activityId,
            activityName: placed.activity.name,
            reportedOn: r.reportedOn,
            status: r.status,
            progressBp: r.progressBp,
            quantity: r.quantity,
            spent: r.spent === null ? null : r.spent.toString(),
            note: r.note,
            documentIds,
          },
          at,
        );
        return reportView(record, found);
      });
    },

    async progress(actorInput: Actor | null, id: string, activityId: string): Promise<ProgressList> {
      const actor = reader(actorInput);
      const { versions } = await visible(db.orm, actor, id);
      // The name from the version in force, else from the newest version that has the activity.
      const ordered = [inForceOf(versions), ...[...versions].reverse()].filter((v) => v !== null);
      const activity = ordered
        .map((v) => planActivities(toDomainPlan(v.plan)).find((p) => p.activity.id === activityId))
        .find((p) => p !== undefined)?.activity;
      if (!activity) throw AppError.notFound(`Kegiatan ${activityId} tidak ada dalam RPKP kawasan ini.`);
      const repo = createRpkpRepository(db.orm);
      const reports = await repo.reports(id, activityId);
      const docs = new Map(
        (await repo.documents(id, [...new Set(reports.flatMap((r) => r.documentIds))])).map((d) => [d.id, d]),
      );
      return { activityId, activityName: activity.name, items: reports.map((r) => reportView(r, docs)) };
    },

    /** The plan in force of a kawasan with a public page; 404 when there is none. */
    async publicView(id: string): Promise<PublicRpkp> {
      const kawasan = await loadKawasan(db.orm, id);
      if (!isPublicState(kawasan.state))
        throw AppError.notFound('Kawasan tidak ditemukan atau belum ditetapkan.');
      const repo = createRpkpRepository(db.orm);
      const inForce = inForceOf(await repo.versions(id));
      if (!inForce) throw AppError.notFound('Kawasan ini belum memiliki RPKP yang disetujui.');
      const plan = toDomainPlan(inForce.plan);
      const ids = new Set(planActivities(plan).map((p) => p.activity.id));
      const reports = (await repo.reports(id)).filter((r) => ids.has(r.activityId));
      const publicDocs = new Map<string, DocumentRecord>(
        (await repo.documents(id, [...new Set(reports.flatMap((r) => r.documentIds))]))
          .filter((d) => d.public)
          .map((d) => [d.id, d]),
      );
      const history = historyView(await repo.history(id, inForce.version));
      return {
        kawasanId: id,
        kawasanName: kawasan.name,
        version: inForce.version,
        title: inForce.title,
        plan: planView(inForce.plan),
        regulation: inForce.regulation
          ? { number: inForce.regulation.number, date: inForce.regulation.date }
          : null,
        totals: totalsView(plan),
        progress: progressView(plan, standings(reports)),
        timeline: reports.map((r) => ({
          activityId: r.activityId,
          reportedOn: r.reportedOn,
          status: r.status as PublicRpkp['timeline'][number]['status'],
          progressBp: r.progressBp,
          note: r.note,
          evidence: r.documentIds.flatMap((docId) => {
            const d = publicDocs.get(docId);
            return d ? [{ id: d.id, title: evidenceView(d).title, fileName: d.fileName }] : [];
          }),
        })),
        history: history.map((h) => ({ action: h.action, from: h.from, to: h.to, at: h.at })),
      };
    },
  };
}
export type RpkpService = ReturnType<typeof createRpkpService>;
