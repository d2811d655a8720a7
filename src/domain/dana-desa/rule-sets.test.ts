import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../money/rupiah.ts';
import { CONSTRUCTION_CATEGORIES } from './categories.ts';
import { checkRule, type RuleStatus, STATUSES_BY_KIND } from './check.ts';
import type { DanaDesaPlan } from './plan.ts';
import { boundOf, type Rule, type RuleSet, ruleSetIssues } from './rule-set.ts';
import { COVERED_YEARS, RULE_SETS, ruleSetByVersion, ruleSetFor } from './rule-sets.ts';
import { lines, PAGU } from './testing.ts';

describe('the registry', () => {
  it('covers 2020, 2024, 2025 and 2026', () => {
    expect(COVERED_YEARS).toEqual([2020, 2024, 2025, 2026]);
    for (const year of COVERED_YEARS) {
      const found = ruleSetFor(year);
      expect(found.message).toBeNull();
      expect(found.ruleSet?.fiscalYear).toBe(year);
    }
  });

  it('answers a year it does not cover with a message, not a guess', () => {
    expect(ruleSetFor(2023)).toEqual({
      ruleSet: null,
      message:
        'Aturan prioritas Dana Desa tahun 2023 belum tersedia. Tahun yang tersedia: 2020, 2024, 2025, 2026.',
    });
  });

  it('finds a stored result’s rule set by version', () => {
    expect(ruleSetByVersion('2025.1')?.fiscalYear).toBe(2025);
    expect(ruleSetByVersion('2025.9')).toBeNull();
  });

  it('has unique versions', () => {
    expect(new Set(RULE_SETS.map((s) => s.version)).size).toBe(RULE_SETS.length);
  });

  it.each(RULE_SETS.map((s) => [s.version, s] as const))('%s has well-formed data', (_v, set) => {
    expect(ruleSetIssues(set)).toEqual([]);
  });
});

/** A plan of the rule's year that gives `status` for `rule`, or null when the kind cannot give it. */
function planFor(set: RuleSet, rule: Rule, status: RuleStatus): DanaDesaPlan {
  const plan = (pagu: bigint, specs: Parameters<typeof lines>[0], facts = {}): DanaDesaPlan => ({
    fiscalYear: set.fiscalYear,
    pagu,
    lines: lines(specs),
    facts,
  });
  const first = rule.categories[0]!;
  if (rule.kind === 'ordering') {
    if (status === 'tidak_berlaku') return plan(PAGU, []);
    if (status === 'tidak_lulus') return plan(PAGU, [{ category: first, amount: 1_000n }]);
    return plan(PAGU, [
      ...rule.steps.map((s) => ({ category: s.categories[0]!, amount: 1_000n })),
      { category: first, amount: 1_000n },
    ]);
  }
  if (rule.kind === 'information') {
    return plan(PAGU, [{ category: first, amount: 123_456_789n, enterpriseId: 'bumdes-1' }], {
      bltFamilies: 12,
    });
  }
  const facts = rule.gate ? { [rule.gate.fact]: true } : {};
  if (rule.measure === 'wages') {
    const construction = CONSTRUCTION_CATEGORIES.find((c) => rule.categories.includes(c))!;
    if (status === 'tidak_berlaku') return plan(PAGU, []);
    const wages = status === 'lulus' ? 500_000_000n : 0n;
    return plan(PAGU, [{ category: construction, amount: 500_000_000n, wages }], facts);
  }
  if (status === 'tidak_berlaku') return plan(0n, [{ category: first, amount: 1_000n }], facts);
  const high = boundOf(rule) === 'at_most' ? status === 'tidak_lulus' : status === 'lulus';
  return plan(PAGU, high ? [{ category: first, amount: PAGU }] : [], facts);
}

const cases = RULE_SETS.flatMap((set) =>
  set.rules.flatMap((rule) =>
    STATUSES_BY_KIND[rule.kind].map((status) => [set.version, rule.id, status, set, rule] as const),
  ),
);

describe('every rule of every set', () => {
  it.each(RULE_SETS.flatMap((set) => set.rules.map((rule) => [set.version, rule.id, set, rule] as const)))(
    '%s %s cites a regulation and explains itself',
    (_v, _id, set, rule) => {
      const regulation = set.regulations[rule.citation];
      expect(regulation?.citation).toMatch(/\S/);
      expect(regulation?.source).toMatch(/^https:\/\//);
      expect(rule.explanation.length).toBeGreaterThan(30);
      if (rule.confidence !== 'verified') expect(rule.uncertainty).toMatch(/\S/);
    },
  );

  it.each(cases)('%s %s has a sentence for %s', (_v, _id, status, set, rule) => {
    const result = checkRule(planFor(set, rule, status), set, rule);
    expect(result.status).toBe(status);
    expect(result.sentence).toMatch(/^[A-Z0-9].+\.$/);
    expect(result.sentence).not.toMatch(/undefined|null|NaN|\{|\}/);
    if (result.limit !== null && status !== 'tidak_berlaku') {
      expect(result.sentence).toContain(formatRupiah(result.limit));
    }
    if (status === 'tidak_lulus' && result.excess !== null) {
      expect(result.sentence).toContain(`Kurangi ${formatRupiah(result.excess)}`);
    }
    if (status === 'tidak_lulus' && result.shortfall !== null) {
      expect(result.sentence).toContain(formatRupiah(result.shortfall));
    }
    expect(result.citation).toBe(set.regulations[rule.citation]!.citation);
  });
});
