/**
 * The registry of Dana Desa rule sets. Adding a year (or a corrected reading of a year) is one new
 * data file `rules-<year>.ts`, one line here, and its tests; `rule-sets.test.ts` requires every
 * registered set to pass `ruleSetIssues`.
 */
import type { RuleSet } from './rule-set.ts';
import { RULES_2020 } from './rules-2020.ts';
import { RULES_2024 } from './rules-2024.ts';
import { RULES_2025 } from './rules-2025.ts';
import { RULES_2026 } from './rules-2026.ts';

/** Every rule set, every version, in order of year and version. */
export const RULE_SETS: readonly RuleSet[] = [RULES_2020, RULES_2024, RULES_2025, RULES_2026];

/** The fiscal years with a rule set, ascending. */
export const COVERED_YEARS: readonly number[] = [...new Set(RULE_SETS.map((s) => s.fiscalYear))].sort(
  (a, b) => a - b,
);

export type RuleSetLookup = { ruleSet: RuleSet; message: null } | { ruleSet: null; message: string };

const versionNumber = (set: RuleSet) => Number(set.version.split('.')[1]);

/** The newest version of a year's rule set, or null with an Indonesian message for a year not covered. */
export function ruleSetFor(fiscalYear: number): RuleSetLookup {
  const candidates = RULE_SETS.filter((s) => s.fiscalYear === fiscalYear);
  const newest = candidates.reduce<RuleSet | null>(
    (best, s) => (best === null || versionNumber(s) > versionNumber(best) ? s : best),
    null,
  );
  if (newest) return { ruleSet: newest, message: null };
  return {
    ruleSet: null,
    message: `Aturan prioritas Dana Desa tahun ${fiscalYear} belum tersedia. Tahun yang tersedia: ${COVERED_YEARS.join(', ')}.`,
  };
}

/** The rule set of a stored result's version (e.g. `"2025.1"`), so an old result can be explained again. */
export function ruleSetByVersion(version: string): RuleSet | null {
  return RULE_SETS.find((s) => s.version === version) ?? null;
}
