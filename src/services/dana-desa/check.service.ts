/**
 * Compliance checks of Dana Desa plans: the year's rule set (domain/dana-desa) run on the plan, or
 * on the actual spending, and stored with the rule-set version and the whole result (amounts as
 * digit strings) so a result reads the same after the rules of a year are corrected. Also the rule
 * sets as data for display and for other clients.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { CheckView, RuleSetList, RuleSetView } from '../../contracts/dana-desa.contract.ts';
import type { Orm } from '../../db/client.ts';
import { danaDesaCheck } from '../../db/schema.ts';
import { CATEGORIES } from '../../domain/dana-desa/categories.ts';
import {
  type CheckResultJson,
  checkPlan,
  checkResultToJson,
  RULE_STATUS_LABELS,
} from '../../domain/dana-desa/check.ts';
import type { DanaDesaPlan } from '../../domain/dana-desa/plan.ts';
import { CONFIDENCE_LABELS, type RuleSet } from '../../domain/dana-desa/rule-set.ts';
import { COVERED_YEARS, ruleSetFor } from '../../domain/dana-desa/rule-sets.ts';
import { AppError } from '../../domain/errors.ts';

export type CheckBasis = 'rencana' | 'realisasi';
export type CheckRow = typeof danaDesaCheck.$inferSelect;

/** A rule set as data: its regulations, categories and rules with their citations and confidence. */
export function ruleSetView(set: RuleSet): RuleSetView {
  return {
    fiscalYear: set.fiscalYear,
    version: set.version,
    title: set.title,
    regulations: set.regulations.map((r) => ({
      citation: r.citation,
      title: r.title,
      confidence: r.confidence,
      confidenceLabel: CONFIDENCE_LABELS[r.confidence],
      source: r.source,
      note: r.note ?? null,
    })),
    categories: set.categories.map((code) => ({ ...CATEGORIES[code] })),
    rules: set.rules.map((rule) => {
      const regulation = set.regulations[rule.citation]!;
      return {
        id: rule.id,
        kind: rule.kind,
        title: rule.title,
        subject: rule.subject,
        categories: [...rule.categories],
        percent: rule.kind === 'ordering' || rule.kind === 'information' ? null : rule.percent,
        base: rule.kind === 'ordering' ? null : rule.base,
        measure: rule.kind === 'ordering' ? null : rule.measure,
        citation: {
          citation: regulation.citation,
          confidence: regulation.confidence,
          confidenceLabel: CONFIDENCE_LABELS[regulation.confidence],
        },
        confidence: rule.confidence,
        confidenceLabel: CONFIDENCE_LABELS[rule.confidence],
        explanation: rule.explanation,
        uncertainty: rule.uncertainty ?? null,
        note: rule.kind === 'information' ? rule.note : null,
      };
    }),
  };
}

/** The covered years and the newest rule set of each. */
export function ruleSetList(): RuleSetList {
  return {
    years: [...COVERED_YEARS],
    ruleSets: COVERED_YEARS.map((year) => ruleSetView(ruleSetFor(year).ruleSet!)),
  };
}

/** The newest rule set of a year; 404 with the covered years for a year without one. */
export function ruleSetOfYear(year: number): RuleSetView {
  const found = ruleSetFor(year);
  if (!found.ruleSet) throw AppError.notFound(found.message);
  return ruleSetView(found.ruleSet);
}

/**
 * Runs the year's rule set on `plan` and stores the result; null (nothing stored) with the
 * Indonesian message when the year has no rule set.
 */
export async function storeCheck(
  orm: Orm,
  planId: string,
  basis: CheckBasis,
  plan: DanaDesaPlan,
  at: Date,
): Promise<{ row: CheckRow; message: null } | { row: null; message: string }> {
  const found = ruleSetFor(plan.fiscalYear);
  if (!found.ruleSet) return { row: null, message: found.message };
  const result = checkResultToJson(checkPlan(plan, found.ruleSet));
  // The checks of a plan are ordered by time: a check stored in the same millisecond as the one
  // before it (a clock held still, a fast re-check) is placed just after it.
  const previous = await latestCheck(orm, planId, basis);
  const checkedAt =
    previous && previous.checkedAt.getTime() >= at.getTime()
      ? new Date(previous.checkedAt.getTime() + 1)
      : at;
  const [row] = await orm
    .insert(danaDesaCheck)
    .values({
      id: randomUUID(),
      planId,
      basis,
      ruleSetVersion: result.ruleSetVersion,
      passed: result.summary.passed,
      failed: result.summary.failed,
      result: result as unknown as Record<string, unknown>,
      checkedAt,
    })
    .returning();
  return { row: row!, message: null };
}

/** The latest stored check of a plan on a basis, or null. */
export async function latestCheck(orm: Orm, planId: string, basis: CheckBasis): Promise<CheckRow | null> {
  const [row] = await orm
    .select()
    .from(danaDesaCheck)
    .where(and(eq(danaDesaCheck.planId, planId), eq(danaDesaCheck.basis, basis)))
    .orderBy(desc(danaDesaCheck.checkedAt), desc(danaDesaCheck.id))
    .limit(1);
  return row ?? null;
}

/** The stored result as JSON (amounts as digit strings). */
export function storedResult(row: CheckRow): CheckResultJson {
  return row.result as unknown as CheckResultJson;
}

export function checkView(row: CheckRow): CheckView {
  const result = storedResult(row);
  return {
    id: row.id,
    basis: row.basis as CheckBasis,
    ruleSetVersion: row.ruleSetVersion,
    fiscalYear: result.fiscalYear,
    checkedAt: row.checkedAt.toISOString(),
    passed: row.passed,
    failed: row.failed,
    summary: result.summary,
    issues: result.issues,
    results: result.results.map((r) => ({
      ...r,
      statusLabel: RULE_STATUS_LABELS[r.status],
      baseKind: r.baseKind ?? null,
    })),
  };
}
