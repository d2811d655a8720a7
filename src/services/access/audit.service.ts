/** The audit log: written inside each change's transaction, read within the reader's scope. */
import { and, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { AuditPage, AuditQuery } from '../../contracts/audit.contract.ts';
import type { Orm } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { diffFields } from '../../domain/access/audit-diff.ts';
import { type Actor, regionFilter } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';

export interface AuditInput {
  action: string;
  resourceType: string;
  resourceId: string;
  /** The region the change concerns (for scoped reading), or null for national-level records. */
  regionCode: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The audit row of a change, as stored (for writing several rows in one statement). */
export function auditRow(actor: Actor | null, input: AuditInput, at: Date) {
  return {
    at,
    actorUserId: actor?.kind === 'user' ? actor.userId : null,
    actorLabel: actor ? actor.label : 'publik',
    action: input.action,
    resourceType: input.resourceType,
    resourceId: input.resourceId,
    regionCode: input.regionCode,
    changes: diffFields(input.before, input.after),
  } satisfies typeof auditLog.$inferInsert;
}

/** Writes one audit row; call it with the transaction's `orm`, so it commits or rolls back with the change. */
export async function recordAudit(orm: Orm, actor: Actor | null, input: AuditInput, at: Date): Promise<void> {
  await orm.insert(auditLog).values(auditRow(actor, input, at));
}

export function createAuditService(orm: Orm) {
  return {
    /** Audit rows the actor may read: within their administered regions, or their own actions. */
    async list(actor: Actor | null, query: AuditQuery): Promise<AuditPage> {
      if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
      const filter = regionFilter(actor, 'audit.read');
      const visible: SQL | undefined =
        filter === 'all'
          ? undefined
          : or(
              ...(actor.kind === 'user' ? [eq(auditLog.actorUserId, actor.userId)] : []),
              ...filter.map((prefix) => like(auditLog.regionCode, `${prefix}%`)),
            );
      const where = and(
        visible,
        query.resourceType ? eq(auditLog.resourceType, query.resourceType) : undefined,
        query.resourceId ? eq(auditLog.resourceId, query.resourceId) : undefined,
        query.actorUserId ? eq(auditLog.actorUserId, query.actorUserId) : undefined,
      );
      const [rows, total] = await Promise.all([
        orm
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.id))
          .offset((query.page - 1) * query.pageSize)
          .limit(query.pageSize),
        orm.select({ n: count() }).from(auditLog).where(where),
      ]);
      return {
        items: rows.map((r) => ({
          id: String(r.id),
          at: r.at.toISOString(),
          actor: { userId: r.actorUserId, label: r.actorLabel },
          action: r.action,
          resourceType: r.resourceType,
          resourceId: r.resourceId,
          regionCode: r.regionCode,
          changes: r.changes as AuditPage['items'][number]['changes'],
        })),
        page: query.page,
        pageSize: query.pageSize,
        total: total[0]!.n,
      };
    },
  };
}
