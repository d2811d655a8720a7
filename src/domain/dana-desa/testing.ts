/**
 * Test fixtures for the Dana Desa check: plans built from short line specs, and lookups that fail
 * loudly when a rule or a rule set is missing.
 */
import type { CategoryCode } from './categories.ts';
import { type CheckResult, checkPlan, type RuleResult } from './check.ts';
import type { DanaDesaLine, DanaDesaPlan, PlanFacts } from './plan.ts';
import type { Rule, RuleSet } from './rule-set.ts';
import { ruleSetFor } from './rule-sets.ts';

export const PAGU = 1_000_000_000n;
/** A pagu that no percentage divides evenly. */
export const UNEVEN_PAGU = 1_000_000_003n;
export const DESA = '3322012001';

export interface LineSpec {
  category: CategoryCode | string;
  amount: bigint;
  wages?: bigint;
  enterpriseId?: string;
  id?: string;
}

export function lines(specs: readonly LineSpec[]): DanaDesaLine[] {
  return specs.map((s, i) => ({
    id: s.id ?? `L${i + 1}`,
    category: s.category,
    activity: `Kegiatan ${i + 1}`,
    amount: s.amount,
    ...(s.wages === undefined ? {} : { wages: s.wages }),
    ...(s.enterpriseId === undefined ? {} : { enterpriseId: s.enterpriseId }),
  }));
}

export function planOf(
  fiscalYear: number,
  pagu: bigint,
  specs: readonly LineSpec[],
  facts?: PlanFacts,
): DanaDesaPlan {
  return { fiscalYear, pagu, lines: lines(specs), ...(facts ? { facts } : {}) };
}

export function ruleSetOf(fiscalYear: number): RuleSet {
  const { ruleSet, message } = ruleSetFor(fiscalYear);
  if (!ruleSet) throw new Error(message);
  return ruleSet;
}

export function ruleOf(set: RuleSet, ruleId: string): Rule {
  const rule = set.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId} in ${set.version}`);
  return rule;
}

export function resultOf(check: CheckResult, ruleId: string): RuleResult {
  const result = check.results.find((r) => r.ruleId === ruleId);
  if (!result) throw new Error(`no result for ${ruleId}`);
  return result;
}

/** Checks a plan of the year and returns one rule's result. */
export function check(
  fiscalYear: number,
  ruleId: string,
  pagu: bigint,
  specs: readonly LineSpec[],
  facts?: PlanFacts,
): RuleResult {
  return resultOf(checkPlan(planOf(fiscalYear, pagu, specs, facts), ruleSetOf(fiscalYear)), ruleId);
}
