/**
 * The RPKP as the API sends it: roll-ups and progress from the domain with rupiah as strings,
 * the review history read back from the audit rows, progress reports with their evidence.
 */
import type {
  Convergence,
  Evidence,
  ProgressReport,
  Regulation,
  RpkpHistoryEntry,
  RpkpProgress,
  RpkpState,
  RpkpTotals,
} from '../../contracts/rpkp.contract.ts';
import {
  type BudgetLine,
  budgetByAgencyKind,
  budgetByFundingSource,
  budgetByProgramme,
  budgetByStage,
  budgetByYear,
  convergenceMatrix,
  planProgress,
  totalBudget,
} from '../../domain/rpkp/budget.ts';
import {
  AGENCY_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  planActivities,
  type RpkpPlan,
  VALUE_CHAIN_STAGE_LABELS,
} from '../../domain/rpkp/plan.ts';
import type { ProgressStatus } from '../../domain/rpkp/progress.ts';
import type { AuditRecord, DocumentRecord, ProgressRecord } from './rpkp.repository.ts';

const NOT_CHOSEN = 'Belum dipilih';

function lines<K extends string | number>(
  rollUp: readonly BudgetLine<K>[],
  label: (key: K) => string | undefined,
): { key: K; label: string; total: string; activityCount: number }[] {
  return rollUp.map((l) => ({
    key: l.key,
    label: label(l.key) ?? (l.key === '' ? NOT_CHOSEN : String(l.key)),
    total: l.total.toString(),
    activityCount: l.activityCount,
  }));
}

export function totalsView(plan: RpkpPlan): RpkpTotals {
  const names = new Map(plan.programmes.map((p) => [p.id, p.name]));
  return {
    total: totalBudget(plan).toString(),
    byProgramme: lines(budgetByProgramme(plan), (k) => names.get(k)),
    byYear: lines(budgetByYear(plan), (k) => String(k)),
    bySource: lines(budgetByFundingSource(plan), (k) => FUNDING_SOURCE_LABELS[k]),
    byAgencyKind: lines(budgetByAgencyKind(plan), (k) => AGENCY_KIND_LABELS[k]),
    byStage: lines(budgetByStage(plan), (k) => VALUE_CHAIN_STAGE_LABELS[k]),
  };
}

/** Progress of the plan from the newest report of each of its activities (budget-weighted, exact). */
export function progressView(plan: RpkpPlan, standing: ReadonlyMap<string, ProgressRecord>): RpkpProgress {
  const ids = new Set(planActivities(plan).map((p) => p.activity.id));
  const byActivity: RpkpProgress['byActivity'] = {};
  const basisPoints = new Map<string, number>();
  for (const [id, report] of standing) {
    if (!ids.has(id)) continue;
    basisPoints.set(id, report.progressBp);
    byActivity[id] = {
      status: report.status as ProgressStatus,
      progressBp: report.progressBp,
      reportedOn: report.reportedOn,
    };
  }
  const p = planProgress(plan, basisPoints);
  return {
    plan: p.basisPoints,
    activityCount: p.activityCount,
    completedCount: p.completedCount,
    byProgramme: p.programmes.map((q) => ({
      programmeId: q.programmeId,
      basisPoints: q.basisPoints,
      budget: q.budget.toString(),
      activityCount: q.activityCount,
      completedCount: q.completedCount,
    })),
    byActivity,
  };
}

type Changes = Record<string, { before: unknown; after: unknown }>;
const after = (changes: Changes, field: string): unknown => changes[field]?.after ?? null;

/** The review steps of a version (its creation and every transition), from its audit rows. */
export function historyView(rows: readonly AuditRecord[]): RpkpHistoryEntry[] {
  return rows
    .filter((r) => r.action === 'rpkp.create' || (r.changes as Changes).to !== undefined)
    .map((r) => {
      const changes = r.changes as Changes;
      const reason = after(changes, 'reason');
      const submission = after(changes, 'submission');
      const regulation = after(changes, 'regulation') as Regulation | null;
      return {
        action: r.action,
        from: (after(changes, 'from') as RpkpState | null) ?? null,
        to: (after(changes, 'to') as RpkpState | null) ?? null,
        at: r.at.toISOString(),
        actorLabel: r.actorLabel,
        reason: typeof reason === 'string' ? reason : null,
        submission: typeof submission === 'number' ? submission : null,
        regulation: regulation
          ? { number: regulation.number, date: regulation.date, documentId: regulation.documentId ?? null }
          : null,
      };
    });
}

export function evidenceView(d: DocumentRecord): Evidence {
  return { id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, public: d.public };
}

export function reportView(
  r: ProgressRecord,
  documents: ReadonlyMap<string, DocumentRecord>,
): ProgressReport {
  return {
    id: r.id,
    activityId: r.activityId,
    reportedOn: r.reportedOn,
    status: r.status as ProgressStatus,
    progressBp: r.progressBp,
    quantity: r.quantity,
    spent: r.spent === null ? null : r.spent.toString(),
    note: r.note,
    documents: r.documentIds.flatMap((id) => {
      const d = documents.get(id);
      return d ? [evidenceView(d)] : [];
    }),
    reportedBy: r.reportedBy,
    createdAt: r.createdAt.toISOString(),
  };
}

export function convergenceView(version: number, plan: RpkpPlan): Convergence {
  const m = convergenceMatrix(plan);
  return {
    version,
    years: m.years,
    stages: [...m.stages],
    agencyKinds: [...m.agencyKinds],
    cells: m.cells.map((c) => ({ ...c, budget: c.budget.toString() })),
    gaps: m.gaps,
    overlaps: m.overlaps,
    outsidePeriod: m.outsidePeriod,
    bySource: totalsView(plan).bySource,
    activities: planActivities(plan).map((p) => ({
      id: p.activity.id,
      name: p.activity.name,
      programmeId: p.programmeId,
    })),
  };
}

/** Everything an export of one version shows. */
export interface RpkpExportData {
  kawasanName: string;
  version: number;
  title: string;
  state: RpkpState;
  stateLabel: string;
  standing: string;
  submission: number;
  regulation: Regulation | null;
  plan: RpkpPlan;
  totals: RpkpTotals;
  progress: RpkpProgress;
  convergence: Convergence;
  /** Member desa code → name. */
  desaNames: ReadonlyMap<string, string>;
  /** Plan issues still open (a draft may have some). */
  issueCount: number;
  generatedAt: Date;
}
