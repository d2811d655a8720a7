/**
 * Reads and writes of the RPKP tables, and the one place where stored plan content (budgets as
 * decimal strings, JSON) becomes the domain's plan (budgets as bigint) and back.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Plan } from '../../contracts/rpkp.contract.ts';
import type { Orm } from '../../db/client.ts';
import type { StoredActivity, StoredPlan } from '../../db/deliberation-records.ts';
import { auditLog, kawasanDocument, rpkpProgress, rpkpVersion } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import type { AgencyKind, FundingSource, RpkpPlan, ValueChainStage } from '../../domain/rpkp/plan.ts';
import type { ProgressStatus } from '../../domain/rpkp/progress.ts';
import type { RpkpState, RpkpVersionSummary } from '../../domain/rpkp/review.ts';

export type RpkpVersionRecord = typeof rpkpVersion.$inferSelect;
export interface RpkpVersionRow extends Omit<RpkpVersionRecord, 'state'> {
  state: RpkpState;
}
export type ProgressRecord = typeof rpkpProgress.$inferSelect;
export type DocumentRecord = typeof kawasanDocument.$inferSelect;
export type AuditRecord = typeof auditLog.$inferSelect;

/** The audit resource of one version: every change to it and every progress report under it. */
export const RPKP_RESOURCE = 'rpkp';
export const rpkpResourceId = (kawasanId: string, version: number) => `${kawasanId}:${version}`;

/** Whole rupiah as stored: digits without leading zeros; an empty entry is 0 (the plan check reports it). */
function storedRupiah(text: string): string {
  const digits = text.trim();
  return /^\d+$/.test(digits) ? BigInt(digits).toString() : '0';
}

/** A desa code as stored: canonical when it is one, else as written (the plan check names it). */
function storedDesa(code: string): string {
  const parsed = parseRegionCode(code);
  return parsed.ok ? parsed.value.code : code.trim();
}

/** What the request, stored and domain forms of a plan share; they differ in their activities. */
interface PlanOf<A> {
  period: { startYear: number; endYear: number };
  vision: string;
  strategies: readonly { id: string; text: string }[];
  programmes: readonly { id: string; name: string; strategyId: string | null; activities: readonly A[] }[];
}

/** A copy of `plan` with each activity as `activity` makes it. */
function mapActivities<A, B>(plan: PlanOf<A>, activity: (a: A) => B) {
  return {
    period: { startYear: plan.period.startYear, endYear: plan.period.endYear },
    vision: plan.vision,
    strategies: plan.strategies.map((s) => ({ id: s.id, text: s.text })),
    programmes: plan.programmes.map((p) => ({
      id: p.id,
      name: p.name,
      strategyId: p.strategyId,
      activities: p.activities.map(activity),
    })),
  };
}

/** The plan as sent in a request, in its stored form. */
export function toStoredPlan(plan: Plan): StoredPlan {
  return mapActivities(
    plan,
    (a): StoredActivity => ({
      id: a.id,
      name: a.name,
      desaCodes: a.desaCodes.map(storedDesa),
      year: a.year,
      stage: a.stage,
      sector: a.sector,
      agencyKind: a.agencyKind,
      agencyName: a.agencyName,
      fundingSource: a.fundingSource,
      budget: storedRupiah(a.budget),
      outputs: a.outputs.map((o) => ({ name: o.name, unit: o.unit, target: o.target })),
      proposalIds: [...(a.proposalIds ?? [])],
      indicatorRefs: [...(a.indicatorRefs ?? [])],
    }),
  );
}

/**
 * The stored plan as the domain reads it. Enumerations not yet chosen stay as stored (empty):
 * the domain's plan check reports them by field path, and the roll-ups keep them apart.
 */
export function toDomainPlan(stored: StoredPlan): RpkpPlan {
  return mapActivities(stored, (a) => ({
    id: a.id,
    name: a.name,
    desaCodes: [...a.desaCodes],
    year: a.year,
    stage: a.stage as ValueChainStage,
    sector: a.sector,
    agencyKind: a.agencyKind as AgencyKind,
    agencyName: a.agencyName,
    fundingSource: a.fundingSource as FundingSource,
    budget: /^\d+$/.test(a.budget) ? BigInt(a.budget) : 0n,
    outputs: a.outputs.map((o) => ({ ...o })),
    proposalIds: [...a.proposalIds],
    indicatorRefs: [...a.indicatorRefs],
  }));
}

type PlanActivity = Plan['programmes'][number]['activities'][number];

/** The plan as a response carries it (the stored form, with every list present). */
export function planView(stored: StoredPlan): Plan {
  return mapActivities(stored, (a) => ({
    ...a,
    stage: a.stage as PlanActivity['stage'],
    agencyKind: a.agencyKind as PlanActivity['agencyKind'],
    fundingSource: a.fundingSource as PlanActivity['fundingSource'],
    desaCodes: [...a.desaCodes],
    outputs: a.outputs.map((o) => ({ ...o })),
    proposalIds: [...a.proposalIds],
    indicatorRefs: [...a.indicatorRefs],
  }));
}

const OPEN_INDEX = 'rpkp_version_one_open_idx';
const NUMBER_INDEX = 'rpkp_version_number_idx';

/** A second open version (or the same number) refused by a unique index: a concurrent start won. */
export function openVersionConflict(err: unknown): AppError | null {
  let e = err as
    | { code?: string; constraint?: string; detail?: string; message?: string; cause?: unknown }
    | undefined;
  while (e && e.code !== '23505') e = e.cause as typeof e;
  if (!e) return null;
  const text = `${e.constraint ?? ''} ${e.detail ?? ''} ${e.message ?? ''}`;
  if (!text.includes(OPEN_INDEX) && !text.includes(NUMBER_INDEX) && !text.includes('kawasan_id')) return null;
  const message =
    'Versi RPKP lain baru saja dibuat untuk kawasan ini: hanya satu versi yang boleh dikerjakan pada satu waktu.';
  return new AppError('conflict', message, [{ field: 'version', message }]);
}

const asRow = (r: RpkpVersionRecord): RpkpVersionRow => ({ ...r, state: r.state as RpkpState });

export function createRpkpRepository(orm: Orm) {
  return {
    /** Every version of the kawasan, oldest first. */
    async versions(kawasanId: string): Promise<RpkpVersionRow[]> {
      const rows = await orm
        .select()
        .from(rpkpVersion)
        .where(eq(rpkpVersion.kawasanId, kawasanId))
        .orderBy(asc(rpkpVersion.version));
      return rows.map(asRow);
    },

    /** One version, or null; `lock` holds the row until the transaction ends. */
    async find(kawasanId: string, version: number, lock = false): Promise<RpkpVersionRow | null> {
      const base = orm
        .select()
        .from(rpkpVersion)
        .where(and(eq(rpkpVersion.kawasanId, kawasanId), eq(rpkpVersion.version, version)));
      const [row] = lock ? await base.for('update') : await base;
      return row ? asRow(row) : null;
    },

    async insert(row: RpkpVersionRecord): Promise<void> {
      await orm.insert(rpkpVersion).values(row);
    },

    async update(
      id: string,
      values: Partial<
        Pick<RpkpVersionRecord, 'state' | 'submission' | 'title' | 'plan' | 'regulation' | 'updatedAt'>
      >,
    ): Promise<void> {
      await orm.update(rpkpVersion).set(values).where(eq(rpkpVersion.id, id));
    },

    /** Every progress report of the kawasan, newest first (by date reported, then by entry). */
    async reports(kawasanId: string, activityId?: string): Promise<ProgressRecord[]> {
      return orm
        .select()
        .from(rpkpProgress)
        .where(
          and(
            eq(rpkpProgress.kawasanId, kawasanId),
            activityId === undefined ? undefined : eq(rpkpProgress.activityId, activityId),
          ),
        )
        .orderBy(desc(rpkpProgress.reportedOn), desc(rpkpProgress.createdAt), desc(rpkpProgress.id));
    },

    async insertReport(row: ProgressRecord): Promise<void> {
      await orm.insert(rpkpProgress).values(row);
    },

    /** Of `ids`, the documents that belong to the kawasan. */
    async documents(kawasanId: string, ids: readonly string[]): Promise<DocumentRecord[]> {
      if (ids.length === 0) return [];
      return orm
        .select()
        .from(kawasanDocument)
        .where(and(eq(kawasanDocument.kawasanId, kawasanId), inArray(kawasanDocument.id, [...ids])));
    },

    /** The audit rows of one version, oldest first: its history. */
    async history(kawasanId: string, version: number): Promise<AuditRecord[]> {
      return orm
        .select()
        .from(auditLog)
        .where(
          and(
            eq(auditLog.resourceType, RPKP_RESOURCE),
            eq(auditLog.resourceId, rpkpResourceId(kawasanId, version)),
          ),
        )
        .orderBy(asc(auditLog.id));
    },
  };
}
export type RpkpRepository = ReturnType<typeof createRpkpRepository>;

/** What versioning reads of the rows. */
export const summariesOf = (rows: readonly RpkpVersionRow[]): RpkpVersionSummary[] =>
  rows.map((r) => ({ version: r.version, state: r.state }));

/** The newest report of each activity (the reports come newest first). */
export function standings(reports: readonly ProgressRecord[]): Map<string, ProgressRecord> {
  const byActivity = new Map<string, ProgressRecord>();
  for (const r of reports) if (!byActivity.has(r.activityId)) byActivity.set(r.activityId, r);
  return byActivity;
}

export type { ProgressStatus };
