import { describe, expect, it } from 'vitest';
import { isPercent, type RuleSet, ruleSetIssues } from './rule-set.ts';
import { ruleSetOf } from './testing.ts';

const base = ruleSetOf(2024);

/** The 2024 set with its first rule (the BLT cap) changed. */
function withFirstRule(change: Record<string, unknown>): RuleSet {
  return {
    ...base,
    rules: [{ ...base.rules[0]!, ...change } as RuleSet['rules'][number], ...base.rules.slice(1)],
  };
}

const fields = (set: RuleSet) => ruleSetIssues(set).map((i) => i.field);

describe('ruleSetIssues', () => {
  it.each([
    ['a percentage that is a float-like text', { percent: '25.00001' }, 'rules.0.percent'],
    ['a percentage above 100', { percent: '101' }, 'rules.0.percent'],
    ['a citation that points nowhere', { citation: 9 }, 'rules.0.citation'],
    ['a category the year does not allow', { categories: ['penanganan_covid'] }, 'rules.0.categories.0'],
    ['no categories', { categories: [] }, 'rules.0.categories'],
    [
      'an unmarked uncertain number',
      { confidence: 'uncertain', uncertainty: undefined },
      'rules.0.uncertainty',
    ],
    ['a blank explanation', { explanation: ' ' }, 'rules.0.explanation'],
    ['a bad id', { id: 'BLT Maks' }, 'rules.0.id'],
    ['a duplicate id', { id: 'pangan-min' }, 'rules.1.id'],
    ['a bound on a cap', { bound: 'at_least' }, 'rules.0.bound'],
    [
      'construction spending of non-construction lines',
      { base: 'construction_spending' },
      'rules.0.categories.0',
    ],
    ['a categories total without saying of what', { base: 'categories_total' }, 'rules.0.baseLabel'],
  ])('finds %s', (_name, change, field) => {
    expect(fields(withFirstRule(change))).toContain(field);
  });

  it('finds set-level problems', () => {
    const broken: RuleSet = {
      ...base,
      version: '2025.1',
      categories: [...base.categories, 'blt_desa'],
      regulations: [{ ...base.regulations[0]!, source: 'http://example.org', note: undefined }],
    };
    expect(fields(broken)).toEqual(
      expect.arrayContaining(['version', 'categories.9', 'regulations.0.source', 'regulations.0.note']),
    );
  });

  it('requires a condition to say its direction', () => {
    const rules = base.rules.map((r) => (r.id === 'upah-pktd-min' ? { ...r, bound: undefined } : r));
    expect(fields({ ...base, rules })).toEqual(['rules.3.bound']);
  });

  it('requires wages to be measured on construction spending', () => {
    const rules = base.rules.map((r) => (r.id === 'upah-pktd-min' ? { ...r, base: 'pagu' as const } : r));
    expect(fields({ ...base, rules })).toEqual(['rules.3.base']);
  });

  it('checks ordering steps', () => {
    const set2020 = ruleSetOf(2020);
    const rules = set2020.rules.map((r) =>
      r.kind === 'ordering'
        ? { ...r, steps: [...r.steps, { categories: ['ekonomi_produktif' as const], label: '' }] }
        : r,
    );
    expect(fields({ ...set2020, rules })).toEqual(['rules.0.steps.3.label', 'rules.0.steps.3.categories']);
  });
});

describe('isPercent', () => {
  it.each([
    ['0', true],
    ['3', true],
    ['2.5', true],
    ['100', true],
    ['100.0', true],
    ['100.5', false],
    ['-1', false],
    ['1e2', false],
    ['', false],
    ['25,5', false],
  ])('%s → %s', (text, ok) => {
    expect(isPercent(text)).toBe(ok);
  });
});
