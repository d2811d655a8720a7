/**
 * The periodic reports of a village enterprise: the list with its trend and performance class,
 * entering or replacing one period's report, removing it, and the report sheet (an XLSX template
 * filled with what is stored, and its import: every row or none). The rules are the domain's
 * (domain/enterprise/report.ts, report-sheet.ts). Reading follows `mayReadEnterprise` (404
 * otherwise, so the enterprise is not revealed), changing `mayManageEnterprise` (403 for a
 * reader). Writes lock the enterprise row, so two saves of one enterprise do not interleave, and
 * each change is audited in its transaction (resource `enterprise_report`, the enterprise's
 * region) with its amounts as digit strings.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type {
  ReportBody,
  ReportDeleteResult,
  ReportImportResult,
  ReportList,
  ReportSaveResult,
  ReportView,
} from '../../contracts/enterprise-report.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { enterprise, enterpriseReport } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { mayManageEnterprise, mayReadEnterprise } from '../../domain/enterprise/enterprise-access.ts';
import {
  annualConsistencyWarnings,
  checkReport,
  entryOpensOn,
  PERFORMANCE_LABELS,
  parsePeriod,
  performance,
  type ReportDraft,
  type ReportFigures,
  type ReportPeriod,
  type ReportWarning,
  reportTrend,
  sortByPeriod,
  type TrendPoint,
} from '../../domain/enterprise/report.ts';
import { readReportSheet } from '../../domain/enterprise/report-sheet.ts';
import { enterpriseKindLabel } from '../../domain/enterprise/vocabulary.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { rupiahToJson } from '../../domain/money/rupiah.ts';
import { sheetFieldIssues } from '../../domain/sheet-table.ts';
import { recordAudit } from '../access/audit.service.ts';
import { CONTENT_TYPES, type ExportFile, fileSlug } from '../export/table-export.ts';
import { type LoadedEnterpriseFacts, loadEnterpriseFacts } from './enterprise-facts.ts';
import { readReportWorkbook, reportTemplateXlsx } from './report-sheet-xlsx.ts';

export interface ReportDeps {
  db: Database;
  now: () => Date;
}

export const REPORT_RESOURCE = 'enterprise_report';

export const PERFORMANCE_NOTE =
  'Kelas kinerja ini klasifikasi sistem sendiri, bukan pemeringkatan kementerian: "belum melapor" bila tidak ada ' +
  'laporan untuk dua semester terakhir yang telah berakhir; selain itu rugi, impas atau laba menurut hasil usaha ' +
  'bersih laporan terakhir.';

type ReportRow = typeof enterpriseReport.$inferSelect;
type Source = 'formulir' | 'impor';

function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  return actor;
}

const notFound = (id: string) => AppError.notFound(`Tidak ada badan usaha dengan id ${id}.`);

/** The enterprise's facts when the actor may read it; 404 otherwise. */
export async function readableEnterprise(orm: Orm, actor: Actor, id: string): Promise<LoadedEnterpriseFacts> {
  const facts = await loadEnterpriseFacts(orm, id);
  if (!facts || !mayReadEnterprise(actor, facts).allowed) throw notFound(id);
  return facts;
}

/** The enterprise's facts when the actor keeps it: 404 for who may not read it, 403 for a reader. */
export async function managedEnterprise(orm: Orm, actor: Actor, id: string): Promise<LoadedEnterpriseFacts> {
  const facts = await readableEnterprise(orm, actor, id);
  const decision = mayManageEnterprise(actor, facts);
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
  return facts;
}

function periodOf(code: string): ReportPeriod {
  const parsed = parsePeriod(code);
  if (!parsed.ok) throw new AppError('internal', `Periode tersimpan tidak sah: ${code}`);
  return parsed.period;
}

/** A stored row as the domain's figures. */
export function rowFigures(row: ReportRow): ReportFigures & { womenWorkers: number | null } {
  return {
    period: periodOf(row.period),
    revenue: row.revenue,
    costs: row.costs,
    netResult: row.netResult,
    assets: row.assets,
    workers: row.workers,
    womenWorkers: row.womenWorkers,
    splitPades: row.splitPades,
  };
}

function reportView(row: ReportRow): ReportView {
  const period = periodOf(row.period);
  return {
    id: row.id,
    period: period.code,
    periodKind: period.kind,
    label: period.label,
    revenue: rupiahToJson(row.revenue),
    costs: rupiahToJson(row.costs),
    netResult: rupiahToJson(row.netResult),
    assets: rupiahToJson(row.assets),
    workers: row.workers,
    womenWorkers: row.womenWorkers,
    split: {
      pades: rupiahToJson(row.splitPades),
      capital: rupiahToJson(row.splitCapital),
      other: rupiahToJson(row.splitOther),
      otherNote: row.splitOtherNote,
      decidedOn: row.decidedOn,
    },
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit row shows of a report: amounts as digit strings, never bigint. */
function auditValues(
  r: Omit<ReportDraft, 'period'> & { period: string; source: string },
): Record<string, unknown> {
  return {
    period: r.period,
    revenue: rupiahToJson(r.revenue),
    costs: rupiahToJson(r.costs),
    netResult: rupiahToJson(r.netResult),
    assets: rupiahToJson(r.assets),
    workers: r.workers,
    womenWorkers: r.womenWorkers,
    splitPades: rupiahToJson(r.splitPades),
    splitCapital: rupiahToJson(r.splitCapital),
    splitOther: rupiahToJson(r.splitOther),
    splitOtherNote: r.splitOtherNote,
    decidedOn: r.decidedOn,
    source: r.source,
  };
}

const rowAudit = (row: ReportRow) => auditValues({ ...row, period: row.period });

function trendPointView(p: TrendPoint) {
  const change = (c: { amount: bigint; percentText: string | null }) => ({
    amount: rupiahToJson(c.amount),
    percentText: c.percentText,
  });
  return {
    period: p.period.code,
    label: p.period.label,
    revenue: rupiahToJson(p.revenue),
    costs: rupiahToJson(p.costs),
    netResult: rupiahToJson(p.netResult),
    assets: rupiahToJson(p.assets),
    workers: p.workers,
    pades: rupiahToJson(p.splitPades),
    change: p.change
      ? {
          revenue: change(p.change.revenue),
          costs: change(p.change.costs),
          netResult: change(p.change.netResult),
          assets: change(p.change.assets),
        }
      : null,
  };
}

async function loadReports(orm: Orm, enterpriseId: string): Promise<ReportRow[]> {
  const rows = await orm
    .select()
    .from(enterpriseReport)
    .where(eq(enterpriseReport.enterpriseId, enterpriseId));
  return sortByPeriod(rows.map((row) => ({ row, period: periodOf(row.period) }))).map((r) => r.row);
}

/** Periods of this and the previous year open for entry on `today` and not yet reported. */
function openPeriods(reported: ReadonlySet<string>, today: string): { period: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const codes = [year - 1, year].flatMap((y) => [`${y}-S1`, `${y}-S2`, String(y)]);
  return codes
    .map(periodOf)
    .filter((p) => entryOpensOn(p) <= today && !reported.has(p.code))
    .map((p) => ({ period: p.code, label: p.label }));
}

/** Locks the enterprise row: report writes of one enterprise run one after the other. */
async function lockEnterprise(orm: Orm, id: string): Promise<void> {
  await orm.select({ id: enterprise.id }).from(enterprise).where(eq(enterprise.id, id)).for('update');
}

/** Creates or replaces the report of `draft.period`, audited; returns the row and whether it was new. */
async function writeReport(
  orm: Orm,
  actor: Actor,
  facts: LoadedEnterpriseFacts,
  draft: ReportDraft,
  source: Source,
  at: Date,
): Promise<{ row: ReportRow; created: boolean }> {
  const [earlier] = await orm
    .select()
    .from(enterpriseReport)
    .where(and(eq(enterpriseReport.enterpriseId, facts.id), eq(enterpriseReport.period, draft.period.code)));
  const values = {
    revenue: draft.revenue,
    costs: draft.costs,
    netResult: draft.netResult,
    assets: draft.assets,
    workers: draft.workers,
    womenWorkers: draft.womenWorkers,
    splitPades: draft.splitPades,
    splitCapital: draft.splitCapital,
    splitOther: draft.splitOther,
    splitOtherNote: draft.splitOtherNote,
    decidedOn: draft.decidedOn,
    source,
    updatedAt: at,
  };
  const [row] = earlier
    ? await orm.update(enterpriseReport).set(values).where(eq(enterpriseReport.id, earlier.id)).returning()
    : await orm
        .insert(enterpriseReport)
        .values({
          id: randomUUID(),
          enterpriseId: facts.id,
          period: draft.period.code,
          createdAt: at,
          ...values,
        })
        .returning();
  await recordAudit(
    orm,
    actor,
    {
      action: source === 'impor' ? 'import' : earlier ? 'replace' : 'create',
      resourceType: REPORT_RESOURCE,
      resourceId: row!.id,
      regionCode: facts.regionCode,
      before: earlier ? rowAudit(earlier) : null,
      after: auditValues({ ...draft, period: draft.period.code, source }),
    },
    at,
  );
  return { row: row!, created: !earlier };
}

const warningsOf = (rows: readonly ReportRow[], periods?: ReadonlySet<string>): ReportWarning[] =>
  annualConsistencyWarnings(rows.map(rowFigures)).filter(
    (w) =>
      periods === undefined ||
      periods.has(w.period) ||
      [...periods].some((p) => p.startsWith(`${w.period}-`)),
  );

export function createReportService({ db, now }: ReportDeps) {
  return {
    /** The reports, warnings, trend, performance class and open periods; 404 outside the reader's reach. */
    async list(actorInput: Actor | null, enterpriseId: string): Promise<ReportList> {
      const actor = signedIn(actorInput);
      const facts = await readableEnterprise(db.orm, actor, enterpriseId);
      const today = facilitationToday(now());
      const rows = await loadReports(db.orm, enterpriseId);
      const figures = rows.map(rowFigures);
      const trend = reportTrend(figures);
      const perf = performance(figures, today);
      return {
        enterprise: {
          id: facts.id,
          name: facts.name,
          kind: facts.kind,
          kindLabel: enterpriseKindLabel(facts.kind),
        },
        today,
        reports: rows.map(reportView),
        warnings: annualConsistencyWarnings(figures),
        trend: {
          semester: trend.semester.map(trendPointView),
          tahun: trend.tahun.map(trendPointView),
          padesByYear: trend.padesByYear.map((p) => ({ year: p.year, amount: rupiahToJson(p.amount) })),
          padesTotal: rupiahToJson(trend.padesTotal),
        },
        latest: trend.latest
          ? {
              period: trend.latest.period.code,
              label: trend.latest.period.label,
              netResult: rupiahToJson(trend.latest.netResult),
            }
          : null,
        performance: perf,
        performanceLabel: PERFORMANCE_LABELS[perf],
        performanceNote: PERFORMANCE_NOTE,
        openPeriods: openPeriods(new Set(rows.map((r) => r.period)), today),
        canManage: mayManageEnterprise(actor, facts).allowed,
      };
    },

    /** Creates or replaces the report of one period; 400 with every problem, the split's difference shown. */
    async save(
      actorInput: Actor | null,
      enterpriseId: string,
      periodCode: string,
      body: ReportBody,
    ): Promise<ReportSaveResult> {
      const actor = signedIn(actorInput);
      const at = now();
      const today = facilitationToday(at);
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const facts = await managedEnterprise(orm, actor, enterpriseId);
        const parsed = parsePeriod(periodCode);
        if (!parsed.ok) throw invalid([parsed.issue]);
        const checked = checkReport(parsed.period, body, today);
        if (!checked.ok) throw invalid(checked.issues);
        await lockEnterprise(orm, facts.id);
        const { row, created } = await writeReport(orm, actor, facts, checked.draft, 'formulir', at);
        const rows = await loadReports(orm, facts.id);
        return { report: reportView(row), created, warnings: warningsOf(rows, new Set([row.period])) };
      });
    },

    /** Removes the report of one period (404 when there is none). */
    async remove(
      actorInput: Actor | null,
      enterpriseId: string,
      periodCode: string,
    ): Promise<ReportDeleteResult> {
      const actor = signedIn(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const facts = await managedEnterprise(orm, actor, enterpriseId);
        const parsed = parsePeriod(periodCode);
        if (!parsed.ok) throw invalid([parsed.issue]);
        await lockEnterprise(orm, facts.id);
        const [row] = await orm
          .delete(enterpriseReport)
          .where(
            and(eq(enterpriseReport.enterpriseId, facts.id), eq(enterpriseReport.period, parsed.period.code)),
          )
          .returning();
        if (!row) throw AppError.notFound(`Belum ada laporan ${parsed.period.label} untuk ${facts.name}.`);
        await recordAudit(
          orm,
          actor,
          {
            action: 'delete',
            resourceType: REPORT_RESOURCE,
            resourceId: row.id,
            regionCode: facts.regionCode,
            before: rowAudit(row),
            after: null,
          },
          at,
        );
        return { period: parsed.period.code, label: parsed.period.label, deleted: true };
      });
    },

    /** The report sheet template (XLSX), with the stored reports filled in; for those who keep it. */
    async template(actorInput: Actor | null, enterpriseId: string): Promise<ExportFile> {
      const actor = signedIn(actorInput);
      const facts = await managedEnterprise(db.orm, actor, enterpriseId);
      const at = now();
      const rows = await loadReports(db.orm, enterpriseId);
      return {
        fileName: `laporan-${fileSlug(facts.name, { fallback: 'badan-usaha', maxLength: 60 })}.xlsx`,
        contentType: CONTENT_TYPES.xlsx,
        body: await reportTemplateXlsx({
          enterpriseName: facts.name,
          kindLabel: enterpriseKindLabel(facts.kind),
          today: facilitationToday(at),
          rows: rows.map((r) => ({
            period: r.period,
            label: periodOf(r.period).label,
            revenue: r.revenue,
            costs: r.costs,
            netResult: r.netResult,
            assets: r.assets,
            workers: r.workers,
            womenWorkers: r.womenWorkers,
            splitPades: r.splitPades,
            splitCapital: r.splitCapital,
            splitOther: r.splitOther,
            splitOtherNote: r.splitOtherNote,
            decidedOn: r.decidedOn,
          })),
          generatedAt: at,
        }),
      };
    },

    /** Imports a filled sheet: every row creates or replaces its period's report, or nothing is stored. */
    async importSheet(
      actorInput: Actor | null,
      enterpriseId: string,
      fileName: string,
      bytes: Uint8Array,
    ): Promise<ReportImportResult> {
      const actor = signedIn(actorInput);
      // Who may import is settled before the file is read: a stranger learns nothing from its errors.
      await managedEnterprise(db.orm, actor, enterpriseId);
      const cells = await readReportWorkbook(fileName, bytes);
      const at = now();
      const sheet = readReportSheet(cells, facilitationToday(at));
      if (!sheet.ok) {
        const issues = sheetFieldIssues(sheet.issues);
        throw new AppError(
          'invalid_input',
          `${fileName}: ${issues.length} masalah; tidak ada laporan yang disimpan. ` +
            issues.map((i) => `${i.field}: ${i.message}`).join(' '),
          issues,
        );
      }
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const facts = await managedEnterprise(orm, actor, enterpriseId);
        await lockEnterprise(orm, facts.id);
        const created: string[] = [];
        const replaced: string[] = [];
        for (const { draft } of sheet.rows) {
          const result = await writeReport(orm, actor, facts, draft, 'impor', at);
          (result.created ? created : replaced).push(draft.period.code);
        }
        const rows = await loadReports(orm, facts.id);
        return {
          imported: sheet.rows.length,
          created,
          replaced,
          warnings: warningsOf(rows, new Set([...created, ...replaced])),
        };
      });
    },
  };
}
export type ReportService = ReturnType<typeof createReportService>;
