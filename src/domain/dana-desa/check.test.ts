import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isConstructionCategory } from './categories.ts';
import { checkPlan, checkResultToJson } from './check.ts';
import type { DanaDesaLine, DanaDesaPlan } from './plan.ts';
import { boundOf, type RuleSet } from './rule-set.ts';
import { RULE_SETS } from './rule-sets.ts';
import { PAGU, planOf, resultOf, ruleSetOf } from './testing.ts';

/** A percentage as an exact fraction, computed here without the money module. */
function fraction(percent: string): { num: bigint; den: bigint } {
  const [whole, decimals = ''] = percent.split('.');
  return { num: BigInt(`${whole}${decimals}`), den: 100n * 10n ** BigInt(decimals.length) };
}

const planArb = fc.constantFrom(...RULE_SETS).chain((set) =>
  fc
    .record({
      pagu: fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 10n ** 13n })),
      lines: fc.array(
        fc.record({
          category: fc.constantFrom<string>(...set.categories, 'penanganan_covid', 'tidak_dikenal'),
          amount: fc.bigInt({ min: 1n, max: 10n ** 12n }),
          wagePercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
          enterprise: fc.boolean(),
        }),
        { maxLength: 14 },
      ),
      published: fc.option(fc.boolean(), { nil: undefined }),
      notNeeded: fc.subarray([...set.categories]),
      families: fc.option(fc.nat(400), { nil: undefined }),
    })
    .map(({ pagu, lines, published, notNeeded, families }) => {
      const planLines: DanaDesaLine[] = lines.map((l, i) => ({
        id: `L${i + 1}`,
        category: l.category,
        activity: `Kegiatan ${i + 1}`,
        amount: l.amount,
        ...(l.wagePercent !== undefined && isConstructionCategory(l.category)
          ? { wages: (l.amount * BigInt(l.wagePercent)) / 100n }
          : {}),
        ...(l.enterprise ? { enterpriseId: 'bumdes-1' } : {}),
      }));
      const plan: DanaDesaPlan = {
        fiscalYear: set.fiscalYear,
        pagu,
        lines: planLines,
        facts: {
          ...(published === undefined ? {} : { publishedPreviousYear: published }),
          notNeeded,
          ...(families === undefined ? {} : { bltFamilies: families }),
        },
      };
      return { set, plan };
    }),
);

describe('checkPlan properties', () => {
  it('never depends on the order of the plan’s lines', () => {
    fc.assert(
      fc.property(
        planArb.chain(({ set, plan }) =>
          fc
            .shuffledSubarray([...plan.lines], { minLength: plan.lines.length, maxLength: plan.lines.length })
            .map((shuffled) => ({ set, plan, shuffled: { ...plan, lines: shuffled } })),
        ),
        ({ set, plan, shuffled }) => {
          const a = checkPlan(plan, set);
          const b = checkPlan(shuffled, set);
          expect(b.results).toEqual(a.results);
          expect(b.summary).toEqual(a.summary);
          expect(b.issues.map((i) => i.message).sort()).toEqual(a.issues.map((i) => i.message).sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is exact: bigint sums of the lines, limits of pagu × percent / 100 rounded the safe way, exact excess and shortfall', () => {
    fc.assert(
      fc.property(planArb, ({ set, plan }) => {
        const result = checkPlan(plan, set);
        for (const rule of set.rules) {
          if (rule.kind === 'ordering') continue;
          const r = resultOf(result, rule.id);
          const mine = plan.lines.filter(
            (l) =>
              (rule.categories as readonly string[]).includes(l.category) &&
              set.categories.includes(l.category as never),
          );
          let amount = 0n;
          for (const l of mine) {
            if (rule.measure === 'wages') amount += l.wages ?? 0n;
            else if (rule.measure === 'enterprise_linked') amount += l.enterpriseId ? l.amount : 0n;
            else amount += l.amount;
          }
          expect(typeof r.amount).toBe('bigint');
          expect(r.amount).toBe(amount);
          if (rule.kind === 'information') continue;
          let base = 0n;
          for (const l of mine) base += l.amount;
          if (rule.base === 'pagu') base = plan.pagu;
          expect(r.base).toBe(base);
          if (base <= 0n) {
            expect(r.status).toBe('tidak_berlaku');
            continue;
          }
          const percent =
            rule.gate && plan.facts?.publishedPreviousYear === false
              ? rule.gate.percentWhenFalse
              : rule.percent;
          const { num, den } = fraction(percent);
          if (boundOf(rule) === 'at_most') {
            const limit = (base * num) / den;
            expect(r.limit).toBe(limit);
            expect(r.status).toBe(amount * den <= base * num ? 'lulus' : 'tidak_lulus');
            expect(r.excess).toBe(amount > limit ? amount - limit : 0n);
          } else {
            const limit = (base * num + den - 1n) / den;
            expect(r.limit).toBe(limit);
            expect(r.status).toBe(amount * den >= base * num ? 'lulus' : 'tidak_lulus');
            expect(r.shortfall).toBe(amount < limit ? limit - amount : 0n);
          }
        }
        const s = result.summary;
        expect(s.passed + s.failed + s.notApplicable + s.information).toBe(set.rules.length);
      }),
      { numRuns: 300 },
    );
  });

  it('lands exactly on every cap and floor: at the limit passes, one rupiah beyond fails by 1', () => {
    const shareRules = RULE_SETS.flatMap((set) =>
      set.rules.flatMap((rule) =>
        (rule.kind === 'cap' || rule.kind === 'floor') && rule.base === 'pagu' ? [{ set, rule }] : [],
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...shareRules),
        fc.bigInt({ min: 100n, max: 10n ** 13n }),
        ({ set, rule }, pagu) => {
          const facts = { publishedPreviousYear: true };
          const run = (amount: bigint) =>
            resultOf(
              checkPlan(
                planOf(set.fiscalYear, pagu, [{ category: rule.categories[0]!, amount }], facts),
                set,
              ),
              rule.id,
            );
          const limit = run(0n).limit!;
          expect(run(limit).status).toBe('lulus');
          if (rule.kind === 'cap') {
            const over = run(limit + 1n);
            expect([over.status, over.excess]).toEqual(['tidak_lulus', 1n]);
          } else if (limit > 0n) {
            const under = run(limit - 1n);
            expect([under.status, under.shortfall]).toEqual(['tidak_lulus', 1n]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the wage share of construction spending, never of the pagu or of other lines', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.bigInt({ min: 1n, max: 10n ** 13n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        ({ set, plan }, otherPagu, extra) => {
          const before = resultOf(checkPlan(plan, set), 'upah-pktd-min');
          const construction = plan.lines.filter((l) => isConstructionCategory(l.category));
          expect(before.base).toBe(construction.reduce((sum, l) => sum + l.amount, 0n));
          const changed: DanaDesaPlan = {
            ...plan,
            pagu: otherPagu,
            lines: [...plan.lines, { id: 'X', category: 'blt_desa', activity: 'BLT', amount: extra }],
          };
          const after = resultOf(checkPlan(changed, set), 'upah-pktd-min');
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('takes caps and floors of the pagu, whatever the construction wages', () => {
    fc.assert(
      fc.property(planArb, ({ set, plan }) => {
        const noWages: DanaDesaPlan = { ...plan, lines: plan.lines.map(({ wages: _w, ...l }) => l) };
        const a = checkPlan(plan, set);
        const b = checkPlan(noWages, set);
        for (const rule of set.rules) {
          if (rule.kind === 'cap' || rule.kind === 'floor')
            expect(resultOf(b, rule.id)).toEqual(resultOf(a, rule.id));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('checkPlan', () => {
  const set: RuleSet = ruleSetOf(2025);

  it('summarises the results', () => {
    const result = checkPlan(
      planOf(2025, PAGU, [
        { category: 'blt_desa', amount: 200_000_000n },
        { category: 'ketahanan_pangan', amount: 250_000_000n },
        { category: 'operasional_pemerintah_desa', amount: 30_000_000n },
      ]),
      set,
    );
    expect(result.results.map((r) => [r.ruleId, r.status])).toEqual([
      ['blt-maks', 'tidak_lulus'],
      ['pangan-min', 'lulus'],
      ['operasional-maks', 'lulus'],
      ['pangan-lewat-lembaga-ekonomi', 'informasi'],
      ['upah-pktd-min', 'tidak_berlaku'],
      ['di-luar-prioritas', 'informasi'],
    ]);
    expect(result.summary).toEqual({ passed: 2, failed: 1, notApplicable: 1, information: 2 });
  });

  it('has a JSON form with amounts as digit strings', () => {
    const result = checkPlan(
      planOf(2025, PAGU, [{ category: 'blt_desa', amount: 9_007_199_254_740_993n }]),
      set,
    );
    const json = JSON.parse(JSON.stringify(checkResultToJson(result)));
    expect(json.ruleSetVersion).toBe('2025.1');
    expect(json.results[0]).toMatchObject({
      ruleId: 'blt-maks',
      amount: '9007199254740993',
      base: '1000000000',
      limit: '150000000',
      excess: '9007199104740993',
      shortfall: null,
    });
    expect(json.issues.map((i: { field: string }) => i.field)).toEqual(['lines.0.amount', 'lines']);
  });
});
