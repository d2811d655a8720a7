/**
 * What a kawasan looks like over time: its members' IDM figures per year (mean and spread), the
 * locomotive and lagging desa of the latest year, and the timeline of every change from the
 * audit log. The public page shows a designated kawasan without its history or private documents.
 */
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type {
  KawasanDashboard,
  KawasanList,
  KawasanListQuery,
  PublicKawasan,
  TimelineEntry,
} from '../../contracts/kawasan.contract.ts';
import type { Database } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { KawasanState } from '../../domain/kawasan/lifecycle.ts';
import { isPublicState } from '../../domain/kawasan/registry.ts';
import { describeKawasanChange, TIMELINE_MILESTONES } from '../../domain/kawasan/timeline.ts';
import { createKawasanRepository, loadKawasan } from './kawasan.repository.ts';
import { regionPrefix } from './kawasan.service.ts';
import { reader, requireVisible } from './kawasan-access.ts';
import { createKawasanViews } from './kawasan-view.ts';

/** Entries shown on a dashboard; the full history stays in the audit log. */
const TIMELINE_LIMIT = 200;

type Changes = Record<string, { before: unknown; after: unknown }>;

export function createKawasanDashboardService(db: Database) {
  const repo = createKawasanRepository(db.orm);
  const views = createKawasanViews(db.orm);

  /**
   * The kawasan's own changes and the milestones of its musyawarah and RPKP, whose audit rows
   * name the kawasan in their changes (and lie in its region, which the index narrows to).
   */
  async function timeline(id: string, regionCode: string): Promise<TimelineEntry[]> {
    const rows = await db.orm
      .select()
      .from(auditLog)
      .where(
        or(
          and(eq(auditLog.resourceType, 'kawasan'), eq(auditLog.resourceId, id)),
          and(
            eq(auditLog.regionCode, regionCode),
            inArray(auditLog.action, [...TIMELINE_MILESTONES]),
            sql`${auditLog.changes} -> 'kawasanId' ->> 'after' = ${id}`,
          ),
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(TIMELINE_LIMIT);
    return rows.map((r) => {
      const changes = r.changes as Changes;
      const state = changes.state;
      const reason = changes.reason?.after;
      return {
        at: r.at.toISOString(),
        actor: r.actorLabel,
        action: r.action,
        from: r.action === 'kawasan.create' ? null : ((state?.before as KawasanState | undefined) ?? null),
        to: (state?.after as KawasanState | undefined) ?? null,
        reason: typeof reason === 'string' ? reason : null,
        summary: describeKawasanChange(r.action, changes),
      };
    });
  }

  async function latestRoles(codes: readonly string[]) {
    const members = await repo.memberViews(codes);
    return {
      members,
      locomotives: members.filter((m) => m.role === 'locomotive').map((m) => m.code),
      lagging: members.filter((m) => m.role === 'lagging').map((m) => m.code),
    };
  }

  return {
    async dashboard(actorInput: Actor | null, id: string): Promise<KawasanDashboard> {
      const actor = reader(actorInput);
      const row = await loadKawasan(db.orm, id);
      requireVisible(actor, row);
      const [years, roles, entries] = await Promise.all([
        repo.yearFigures(row.memberCodes),
        latestRoles(row.memberCodes),
        timeline(id, row.regionCode),
      ]);
      return { id, years, locomotives: roles.locomotives, lagging: roles.lagging, timeline: entries };
    },

    /** The public page of a designated kawasan; 404 for any other (its existence is not public). */
    async publicView(id: string): Promise<PublicKawasan> {
      const row = await loadKawasan(db.orm, id);
      if (!isPublicState(row.state))
        throw AppError.notFound('Kawasan tidak ditemukan atau belum ditetapkan.');
      const [[summary], { members }, institutions, documents, years] = await Promise.all([
        views.summaries([row]),
        latestRoles(row.memberCodes),
        views.institutions(id),
        views.documents(id, true),
        repo.yearFigures(row.memberCodes),
      ]);
      return {
        id,
        name: row.name,
        state: row.state,
        theme: summary!.theme,
        regionCode: row.regionCode,
        regionName: summary!.regionName,
        commodities: row.commodities,
        decree: row.skNumber && row.skDate ? { number: row.skNumber, date: row.skDate } : null,
        members,
        institutions,
        documents,
        years,
      };
    },

    /** Designated kawasan, for visitors. */
    async publicList(
      query: Pick<KawasanListQuery, 'region' | 'q' | 'page' | 'pageSize'>,
    ): Promise<KawasanList> {
      const region = regionPrefix(query.region);
      const { items, total } = await repo.list('all', {
        ...query,
        ...(region ? { region } : {}),
        states: ['ditetapkan', 'perencanaan', 'pelaksanaan', 'evaluasi'],
      });
      return { items: await views.summaries(items), page: query.page, pageSize: query.pageSize, total };
    },
  };
}
export type KawasanDashboardService = ReturnType<typeof createKawasanDashboardService>;
