/**
 * A desa's Dana Desa plan for one fiscal year: creating it, replacing its pagu, facts and lines,
 * reading it with its latest check, the list of readable plans, deleting it, re-running its check,
 * and the plan sheet (an XLSX template per year and its import: every line or none). Every write
 * runs the year's rule set on the plan and stores the check in the same transaction; a year
 * without a rule set stores the plan and says so. Each change is audited in its transaction
 * (resource `dana_desa_plan`, the desa's code) with amounts as digit strings.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type {
  CheckView,
  PlanCreateBody,
  PlanDeleteResult,
  PlanImportResult,
  PlanLineInput,
  PlanList,
  PlanListQuery,
  PlanReplaceBody,
  PlanView,
} from '../../contracts/dana-desa.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  danaDesaCheck,
  danaDesaPlan,
  danaDesaPlanLine,
  enterprise,
  enterpriseFounder,
  kawasan,
  kawasanMember,
  region,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { CATEGORIES, type CategoryCode, categoryLabel } from '../../domain/dana-desa/categories.ts';
import { mayKeepDanaDesaPlan } from '../../domain/dana-desa/dana-desa-access.ts';
import {
  type DanaDesaLine,
  type DanaDesaPlan,
  type PlanFacts,
  planIssues,
} from '../../domain/dana-desa/plan.ts';
import { anyCategoryRuleSet, readPlanSheet } from '../../domain/dana-desa/plan-sheet.ts';
import { ruleSetFor } from '../../domain/dana-desa/rule-sets.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { parseRupiah, rupiahToJson, sumRupiah } from '../../domain/money/rupiah.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { sheetFieldIssues } from '../../domain/sheet-table.ts';
import { recordAudit } from '../access/audit.service.ts';
import { CONTENT_TYPES, type ExportFile } from '../export/table-export.ts';
import { checkView, latestCheck, storeCheck } from './check.service.ts';
import {
  type DesaInfo,
  desaInfo,
  keptPlan,
  type LoadedPlan,
  PLAN_RESOURCE,
  type PlanRow,
  prefixRange,
  readablePlan,
  readablePlansCondition,
  requestedDesa,
  signedIn,
} from './dana-desa-facts.ts';
import { planTemplateXlsx, readPlanWorkbook } from './plan-sheet-xlsx.ts';

export interface PlanDeps {
  db: Database;
  now: () => Date;
}

type Source = 'formulir' | 'impor';
type LineRow = typeof danaDesaPlanLine.$inferSelect;

/** A plan line as stored: the domain line, its place and its links. */
export interface StoredLine extends DanaDesaLine {
  location: string;
}

export function invalid(issues: FieldIssue[], prefix = ''): AppError {
  return new AppError('invalid_input', prefix + issues.map((i) => i.message).join(' '), issues);
}

/** Facts without empty values, as stored and as the rules read them. */
export function cleanFacts(input: PlanCreateBody['facts']): PlanFacts {
  const facts: PlanFacts = {};
  if (!input) return facts;
  if (typeof input.publishedPreviousYear === 'boolean')
    facts.publishedPreviousYear = input.publishedPreviousYear;
  if (input.notNeeded && input.notNeeded.length > 0)
    facts.notNeeded = [...new Set(input.notNeeded.map((c) => c.trim()))];
  if (typeof input.bltFamilies === 'number') facts.bltFamilies = input.bltFamilies;
  return facts;
}

/** Request lines → stored lines, with the amounts' problems at their paths (`lines.3.amount`). */
export function linesOfInput(input: readonly PlanLineInput[]): { lines: StoredLine[]; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const lines = input.map((l, i): StoredLine => {
    const amount = parseRupiah(l.amount, `lines.${i}.amount`);
    if (!amount.ok) issues.push(amount.issue);
    let wages: bigint | undefined;
    if (l.wages !== null && l.wages !== undefined && l.wages !== '') {
      const parsed = parseRupiah(l.wages, `lines.${i}.wages`);
      if (parsed.ok) wages = parsed.value;
      else issues.push(parsed.issue);
    }
    return {
      id: l.id.trim(),
      category: l.category.trim(),
      activity: l.activity.trim(),
      location: (l.location ?? '').trim(),
      amount: amount.ok ? amount.value : 1n,
      ...(wages === undefined ? {} : { wages }),
      ...(l.kawasanId ? { kawasanId: l.kawasanId } : {}),
      ...(l.enterpriseId ? { enterpriseId: l.enterpriseId } : {}),
    };
  });
  return { lines, issues };
}

/**
 * The plan's problems: the domain's `planIssues` of the year's rule set (or, for a year without
 * one, of a set allowing every known category), and links that do not hold: a kawasan must hold the desa, an
 * enterprise must be founded by it.
 */
async function planProblems(orm: Orm, desaCode: string, plan: DanaDesaPlan): Promise<FieldIssue[]> {
  const issues = planIssues(plan, ruleSetFor(plan.fiscalYear).ruleSet ?? anyCategoryRuleSet(plan.fiscalYear));

  const kawasanIds = [...new Set(plan.lines.flatMap((l) => (l.kawasanId ? [l.kawasanId] : [])))];
  const enterpriseIds = [...new Set(plan.lines.flatMap((l) => (l.enterpriseId ? [l.enterpriseId] : [])))];
  const holding =
    kawasanIds.length === 0
      ? []
      : await orm
          .select({ id: kawasanMember.kawasanId })
          .from(kawasanMember)
          .where(and(eq(kawasanMember.desaCode, desaCode), inArray(kawasanMember.kawasanId, kawasanIds)));
  const founded =
    enterpriseIds.length === 0
      ? []
      : await orm
          .select({ id: enterpriseFounder.enterpriseId })
          .from(enterpriseFounder)
          .where(
            and(
              eq(enterpriseFounder.desaCode, desaCode),
              inArray(enterpriseFounder.enterpriseId, enterpriseIds),
            ),
          );
  const holdingIds = new Set(holding.map((r) => r.id));
  const foundedIds = new Set(founded.map((r) => r.id));
  plan.lines.forEach((l, i) => {
    if (l.kawasanId && !holdingIds.has(l.kawasanId))
      issues.push({
        field: `lines.${i}.kawasanId`,
        message: 'Kawasan ini tidak mencakup desa pemilik rencana.',
      });
    if (l.enterpriseId && !foundedIds.has(l.enterpriseId))
      issues.push({
        field: `lines.${i}.enterpriseId`,
        message: 'Badan usaha ini tidak didirikan oleh desa pemilik rencana.',
      });
  });
  return issues;
}

function auditValues(p: {
  desaCode: string;
  fiscalYear: number;
  pagu: bigint;
  facts: PlanFacts;
  source: string;
  lines: readonly StoredLine[];
}): Record<string, unknown> {
  return {
    desaCode: p.desaCode,
    fiscalYear: p.fiscalYear,
    pagu: rupiahToJson(p.pagu),
    total: rupiahToJson(sumRupiah(p.lines.map((l) => l.amount))),
    facts: p.facts,
    source: p.source,
    lines: p.lines.map((l) => ({
      id: l.id,
      category: l.category,
      amount: rupiahToJson(l.amount),
      wages: l.wages === undefined ? null : rupiahToJson(l.wages),
      kawasanId: l.kawasanId ?? null,
      enterpriseId: l.enterpriseId ?? null,
    })),
  };
}

export function storedLineOf(row: LineRow): StoredLine {
  return {
    id: row.lineId,
    category: row.category,
    activity: row.activity,
    location: row.location,
    amount: row.amount,
    ...(row.wages === null ? {} : { wages: row.wages }),
    ...(row.kawasanId ? { kawasanId: row.kawasanId } : {}),
    ...(row.enterpriseId ? { enterpriseId: row.enterpriseId } : {}),
  };
}

export async function loadLines(orm: Orm, planId: string): Promise<LineRow[]> {
  return orm
    .select()
    .from(danaDesaPlanLine)
    .where(eq(danaDesaPlanLine.planId, planId))
    .orderBy(asc(danaDesaPlanLine.seq));
}

export function domainPlan(plan: PlanRow, lines: readonly StoredLine[]): DanaDesaPlan {
  return { fiscalYear: plan.fiscalYear, pagu: plan.pagu, facts: plan.facts as PlanFacts, lines };
}

type StoredFacts = typeof danaDesaPlan.$inferInsert.facts;

function storedFacts(facts: PlanFacts): StoredFacts {
  const { notNeeded, ...rest } = facts;
  return notNeeded ? { ...rest, notNeeded: [...notNeeded] } : rest;
}

interface PlanDraft {
  fiscalYear: number;
  pagu: bigint;
  facts: PlanFacts;
  lines: StoredLine[];
}

/** Checks the draft (400 with every problem), writes plan and lines, stores the check, audits. */
async function writePlan(
  orm: Orm,
  actor: Actor,
  desa: DesaInfo,
  draft: PlanDraft,
  source: Source,
  earlier: { plan: PlanRow; lines: StoredLine[] } | null,
  at: Date,
  prefix = '',
  readIssues: readonly FieldIssue[] = [],
): Promise<string> {
  const domain: DanaDesaPlan = {
    fiscalYear: draft.fiscalYear,
    pagu: draft.pagu,
    facts: draft.facts,
    lines: draft.lines,
  };
  // Amounts that could not be read stand in as placeholders: their own message is the one reported.
  const unread = new Set(readIssues.map((i) => i.field));
  const problems = [
    ...readIssues,
    ...(await planProblems(orm, desa.desaCode, domain)).filter((i) => !unread.has(i.field)),
  ];
  if (problems.length > 0) throw invalid(problems, prefix);
  const id = earlier?.plan.id ?? randomUUID();
  if (earlier) {
    await orm
      .update(danaDesaPlan)
      .set({ pagu: draft.pagu, facts: storedFacts(draft.facts), source, updatedAt: at })
      .where(eq(danaDesaPlan.id, id));
    await orm.delete(danaDesaPlanLine).where(eq(danaDesaPlanLine.planId, id));
  } else {
    await orm.insert(danaDesaPlan).values({
      id,
      desaCode: desa.desaCode,
      fiscalYear: draft.fiscalYear,
      pagu: draft.pagu,
      facts: storedFacts(draft.facts),
      source,
      createdAt: at,
      updatedAt: at,
    });
  }
  if (draft.lines.length > 0) {
    await orm.insert(danaDesaPlanLine).values(
      draft.lines.map((l, seq) => ({
        planId: id,
        lineId: l.id,
        seq,
        category: l.category,
        activity: l.activity,
        location: l.location,
        amount: l.amount,
        wages: l.wages ?? null,
        kawasanId: l.kawasanId ?? null,
        enterpriseId: l.enterpriseId ?? null,
      })),
    );
  }
  const check = await storeCheck(orm, id, 'rencana', domain, at);
  await recordAudit(
    orm,
    actor,
    {
      action: source === 'impor' ? 'import' : earlier ? 'replace' : 'create',
      resourceType: PLAN_RESOURCE,
      resourceId: id,
      regionCode: desa.desaCode,
      before: earlier
        ? auditValues({
            desaCode: desa.desaCode,
            fiscalYear: earlier.plan.fiscalYear,
            pagu: earlier.plan.pagu,
            facts: earlier.plan.facts as PlanFacts,
            source: earlier.plan.source,
            lines: earlier.lines,
          })
        : null,
      after: {
        ...auditValues({ desaCode: desa.desaCode, ...draft, source }),
        check: check.row
          ? { ruleSetVersion: check.row.ruleSetVersion, passed: check.row.passed, failed: check.row.failed }
          : { message: check.message },
      },
    },
    at,
  );
  return id;
}

/** The plan with its lines (their kawasan and enterprise named) and its latest check. */
export async function planView(orm: Orm, actor: Actor, loaded: LoadedPlan): Promise<PlanView> {
  const { plan, desa } = loaded;
  const rows = await loadLines(orm, plan.id);
  const kawasanIds = [...new Set(rows.flatMap((r) => (r.kawasanId ? [r.kawasanId] : [])))];
  const enterpriseIds = [...new Set(rows.flatMap((r) => (r.enterpriseId ? [r.enterpriseId] : [])))];
  const kawasanRows =
    kawasanIds.length === 0
      ? []
      : await orm
          .select({ id: kawasan.id, name: kawasan.name })
          .from(kawasan)
          .where(inArray(kawasan.id, kawasanIds));
  const enterpriseRows =
    enterpriseIds.length === 0
      ? []
      : await orm
          .select({ id: enterprise.id, name: enterprise.name })
          .from(enterprise)
          .where(inArray(enterprise.id, enterpriseIds));
  const check = await latestCheck(orm, plan.id, 'rencana');
  const kawasanNames = new Map(kawasanRows.map((r) => [r.id, r.name]));
  const enterpriseNames = new Map(enterpriseRows.map((r) => [r.id, r.name]));
  const total = sumRupiah(rows.map((r) => r.amount));
  const facts = plan.facts as PlanFacts;
  const found = ruleSetFor(plan.fiscalYear);
  return {
    id: plan.id,
    desaCode: desa.desaCode,
    desaName: desa.desaName,
    kecamatanCode: desa.kecamatanCode,
    kecamatanName: desa.kecamatanName,
    fiscalYear: plan.fiscalYear,
    pagu: rupiahToJson(plan.pagu),
    total: rupiahToJson(total),
    remaining: rupiahToJson(plan.pagu - total),
    facts: {
      publishedPreviousYear: facts.publishedPreviousYear ?? null,
      notNeeded: [...(facts.notNeeded ?? [])],
      bltFamilies: facts.bltFamilies ?? null,
    },
    source: plan.source as Source,
    lines: rows.map((r) => ({
      id: r.lineId,
      seq: r.seq,
      category: r.category,
      categoryLabel: categoryLabel(r.category),
      activity: r.activity,
      location: r.location,
      amount: rupiahToJson(r.amount),
      wages: r.wages === null ? null : rupiahToJson(r.wages),
      kawasanId: r.kawasanId,
      kawasanName: r.kawasanId ? (kawasanNames.get(r.kawasanId) ?? null) : null,
      enterpriseId: r.enterpriseId,
      enterpriseName: r.enterpriseId ? (enterpriseNames.get(r.enterpriseId) ?? null) : null,
    })),
    check: check ? checkView(check) : null,
    checkUnavailable: found.message,
    canEdit: mayKeepDanaDesaPlan(actor, desa.desaCode).allowed,
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
  };
}

const STATUS_LABELS = {
  lulus: 'Lulus semua aturan',
  tidak_lulus: 'Ada aturan yang tidak dipenuhi',
  belum_diperiksa: 'Belum diperiksa',
};

export function createPlanService({ db, now }: PlanDeps) {
  async function view(orm: Orm, actor: Actor, id: string): Promise<PlanView> {
    return planView(orm, actor, await readablePlan(orm, actor, id));
  }

  return {
    /** The plans the actor reads, filtered by desa, region and year, with their latest check status. */
    async list(actorInput: Actor | null, query: PlanListQuery): Promise<PlanList> {
      const actor = signedIn(actorInput);
      const conditions: SQL[] = [];
      const scope = readablePlansCondition(actor);
      if (scope) conditions.push(scope);
      for (const [field, input] of [
        ['desa', query.desa],
        ['region', query.region],
      ] as const) {
        if (!input) continue;
        const parsed = parseRegionCode(input);
        if (!parsed.ok) throw AppError.invalid(field, parsed.message);
        if (field === 'desa' && parsed.value.level !== 'village')
          throw AppError.invalid('desa', `Kode ${input} bukan kode desa.`);
        conditions.push(
          field === 'desa'
            ? eq(danaDesaPlan.desaCode, parsed.value.code)
            : prefixRange(sql`${danaDesaPlan.desaCode}`, parsed.value.code),
        );
      }
      if (query.year !== undefined) conditions.push(eq(danaDesaPlan.fiscalYear, query.year));
      const plans = await db.orm
        .select({
          id: danaDesaPlan.id,
          desaCode: danaDesaPlan.desaCode,
          desaName: region.name,
          fiscalYear: danaDesaPlan.fiscalYear,
          pagu: danaDesaPlan.pagu,
          total: sql<string>`(select coalesce(sum(l.amount), 0)::text from dana_desa_plan_line l where l.plan_id = ${danaDesaPlan.id})`,
          lineCount: sql<number>`(select count(*)::int from dana_desa_plan_line l where l.plan_id = ${danaDesaPlan.id})`,
        })
        .from(danaDesaPlan)
        .leftJoin(region, eq(region.code, danaDesaPlan.desaCode))
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(asc(danaDesaPlan.desaCode), asc(danaDesaPlan.fiscalYear));
      const ids = plans.map((p) => p.id);
      const checks =
        ids.length === 0
          ? []
          : await db.orm
              .select()
              .from(danaDesaCheck)
              .where(and(inArray(danaDesaCheck.planId, ids), eq(danaDesaCheck.basis, 'rencana')))
              .orderBy(asc(danaDesaCheck.checkedAt));
      const latest = new Map(checks.map((c) => [c.planId, c]));
      return {
        plans: plans.map((p) => {
          const c = latest.get(p.id);
          const status = !c ? 'belum_diperiksa' : c.failed > 0 ? 'tidak_lulus' : 'lulus';
          return {
            id: p.id,
            desaCode: p.desaCode,
            desaName: p.desaName ?? p.desaCode,
            fiscalYear: p.fiscalYear,
            pagu: rupiahToJson(p.pagu),
            total: String(p.total),
            lineCount: Number(p.lineCount),
            status,
            statusLabel: STATUS_LABELS[status],
            ruleSetVersion: c?.ruleSetVersion ?? null,
            passed: c?.passed ?? null,
            failed: c?.failed ?? null,
            checkedAt: c ? c.checkedAt.toISOString() : null,
          };
        }),
      };
    },

    async get(actorInput: Actor | null, id: string): Promise<PlanView> {
      return view(db.orm, signedIn(actorInput), id);
    },

    /** Creates the plan of a desa for a year (409 when there is one), checked and audited. */
    async create(actorInput: Actor | null, body: PlanCreateBody): Promise<PlanView> {
      const actor = signedIn(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const desaCode = await requestedDesa(orm, body.desaCode);
        const desa = await desaInfo(orm, desaCode);
        const decision = mayKeepDanaDesaPlan(actor, desaCode);
        if (!decision.allowed) throw new AppError('forbidden', decision.reason);
        const [existing] = await orm
          .select({ id: danaDesaPlan.id })
          .from(danaDesaPlan)
          .where(and(eq(danaDesaPlan.desaCode, desaCode), eq(danaDesaPlan.fiscalYear, body.fiscalYear)));
        if (existing)
          throw new AppError(
            'conflict',
            `Desa ${desa.desaName} sudah punya rencana Dana Desa tahun ${body.fiscalYear}; ubah rencana itu.`,
            [
              {
                field: 'fiscalYear',
                message: `Rencana tahun ${body.fiscalYear} sudah ada (id ${existing.id}).`,
              },
            ],
          );
        const pagu = parseRupiah(body.pagu, 'pagu');
        const parsed = linesOfInput(body.lines);
        const issues = [...(pagu.ok ? [] : [pagu.issue]), ...parsed.issues];
        const id = await writePlan(
          orm,
          actor,
          desa,
          {
            fiscalYear: body.fiscalYear,
            pagu: pagu.ok ? pagu.value : 0n,
            facts: cleanFacts(body.facts),
            lines: parsed.lines,
          },
          'formulir',
          null,
          at,
          '',
          issues,
        );
        return view(orm, actor, id);
      });
    },

    /** Replaces pagu, facts and all lines; the check is run again and stored. */
    async replace(actorInput: Actor | null, id: string, body: PlanReplaceBody): Promise<PlanView> {
      const actor = signedIn(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const loaded = await keptPlan(orm, actor, id);
        const pagu = parseRupiah(body.pagu, 'pagu');
        const parsed = linesOfInput(body.lines);
        const issues = [...(pagu.ok ? [] : [pagu.issue]), ...parsed.issues];
        const earlierLines = (await loadLines(orm, id)).map(storedLineOf);
        await writePlan(
          orm,
          actor,
          loaded.desa,
          {
            fiscalYear: loaded.plan.fiscalYear,
            pagu: pagu.ok ? pagu.value : 0n,
            facts: cleanFacts(body.facts),
            lines: parsed.lines,
          },
          'formulir',
          { plan: loaded.plan, lines: earlierLines },
          at,
          '',
          issues,
        );
        return view(orm, actor, id);
      });
    },

    /** Deletes the plan with its lines, checks and realisation. */
    async remove(actorInput: Actor | null, id: string): Promise<PlanDeleteResult> {
      const actor = signedIn(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const loaded = await keptPlan(orm, actor, id);
        const lines = (await loadLines(orm, id)).map(storedLineOf);
        await orm.delete(danaDesaPlan).where(eq(danaDesaPlan.id, id));
        await recordAudit(
          orm,
          actor,
          {
            action: 'delete',
            resourceType: PLAN_RESOURCE,
            resourceId: id,
            regionCode: loaded.desa.desaCode,
            before: auditValues({
              desaCode: loaded.desa.desaCode,
              fiscalYear: loaded.plan.fiscalYear,
              pagu: loaded.plan.pagu,
              facts: loaded.plan.facts as PlanFacts,
              source: loaded.plan.source,
              lines,
            }),
            after: null,
          },
          at,
        );
        return { id, deleted: true as const };
      });
    },

    /** Runs the year's newest rule set on the plan again and stores the check (e.g. after a new version). */
    async recheck(
      actorInput: Actor | null,
      id: string,
    ): Promise<{ check: CheckView | null; checkUnavailable: string | null }> {
      const actor = signedIn(actorInput);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const loaded = await keptPlan(orm, actor, id);
        const lines = (await loadLines(orm, id)).map(storedLineOf);
        const check = await storeCheck(orm, id, 'rencana', domainPlan(loaded.plan, lines), at);
        await recordAudit(
          orm,
          actor,
          {
            action: 'check',
            resourceType: PLAN_RESOURCE,
            resourceId: id,
            regionCode: loaded.desa.desaCode,
            before: null,
            after: check.row
              ? {
                  basis: 'rencana',
                  ruleSetVersion: check.row.ruleSetVersion,
                  passed: check.row.passed,
                  failed: check.row.failed,
                }
              : { basis: 'rencana', message: check.message },
          },
          at,
        );
        return { check: check.row ? checkView(check.row) : null, checkUnavailable: check.message };
      });
    },

    /** The plan sheet template of a year: the year's categories; for any signed-in user. */
    async template(actorInput: Actor | null, year: number): Promise<ExportFile> {
      signedIn(actorInput);
      const found = ruleSetFor(year);
      const categories: readonly CategoryCode[] = found.ruleSet
        ? found.ruleSet.categories
        : (Object.keys(CATEGORIES) as CategoryCode[]);
      const at = now();
      return {
        fileName: `rencana-dana-desa-${year}.xlsx`,
        contentType: CONTENT_TYPES.xlsx,
        body: await planTemplateXlsx({
          fiscalYear: year,
          categories,
          ruleSetNote: found.ruleSet
            ? `${found.ruleSet.title} (versi ${found.ruleSet.version})`
            : found.message,
          lines: [],
          generatedAt: at,
        }),
      };
    },

    /** Imports a filled sheet: all lines of the plan are replaced, or nothing is stored. */
    async importSheet(
      actorInput: Actor | null,
      id: string,
      fileName: string,
      bytes: Uint8Array,
    ): Promise<PlanImportResult> {
      const actor = signedIn(actorInput);
      // Who may import is settled before the file is read: a stranger learns nothing from its errors.
      await db.transaction(async (tx) => keptPlan(tx.orm, actor, id));
      const cells = await readPlanWorkbook(fileName, bytes);
      const at = now();
      return db.transaction(async (tx) => {
        const orm = tx.orm;
        const loaded = await keptPlan(orm, actor, id);
        const found = ruleSetFor(loaded.plan.fiscalYear);
        const sheet = readPlanSheet(
          cells,
          found.ruleSet ?? anyCategoryRuleSet(loaded.plan.fiscalYear),
          loaded.plan.pagu,
        );
        if (!sheet.ok) {
          const issues = sheetFieldIssues(sheet.issues);
          throw new AppError(
            'invalid_input',
            `${fileName}: ${issues.length} masalah; tidak ada baris yang disimpan. ` +
              issues.map((i) => `${i.field}: ${i.message}`).join(' '),
            issues,
          );
        }
        const earlierLines = (await loadLines(orm, id)).map(storedLineOf);
        // A line keeping its kode keeps its links to a kawasan and an enterprise.
        const links = new Map(earlierLines.map((l) => [l.id, l]));
        const lines: StoredLine[] = sheet.lines.map(({ value }) => {
          const before = links.get(value.id);
          return {
            ...value,
            ...(before?.kawasanId ? { kawasanId: before.kawasanId } : {}),
            ...(before?.enterpriseId ? { enterpriseId: before.enterpriseId } : {}),
          };
        });
        await writePlan(
          orm,
          actor,
          loaded.desa,
          {
            fiscalYear: loaded.plan.fiscalYear,
            pagu: loaded.plan.pagu,
            facts: loaded.plan.facts as PlanFacts,
            lines,
          },
          'impor',
          { plan: loaded.plan, lines: earlierLines },
          at,
          `${fileName}: tidak ada baris yang disimpan. `,
        );
        return { imported: lines.length, plan: await view(orm, actor, id) };
      });
    },
  };
}
export type PlanService = ReturnType<typeof createPlanService>;
