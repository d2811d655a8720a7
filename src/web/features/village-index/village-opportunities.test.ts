import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VillageIndicatorScore } from '../../../contracts/village-index-indicators.contract';
import { opportunityView, yearsWithScores } from './village-opportunities';

const score = (code: string, value: number, gain: number): VillageIndicatorScore => ({
  code,
  name: code,
  dimension: 'IKS',
  subdimension: 'Kesehatan',
  score: value,
  condition: null,
  activity: null,
  actors: [],
  recovered: false,
  gain,
});

describe('opportunityView', () => {
  it('keeps the largest gains below 5, counts those at 5 and projects the value and status', () => {
    const view = opportunityView(
      [
        score('a', 2, 0.0667),
        score('b', 0, 0.0095),
        score('c', 5, 0),
        score('d', 4, 0.0019),
        score('e', 3, 0.0111),
      ],
      0.7183,
      2,
    );
    expect(view.top.map((i) => i.code)).toEqual(['a', 'e']);
    expect(view.rest.map((i) => i.code)).toEqual(['b', 'd']);
    expect(view.atMaximum).toBe(1);
    expect(view.topGain).toBeCloseTo(0.0778, 6);
    expect(view.projected).toEqual({ value: 0.7183 + 0.0778, status: 'maju' });
  });

  it('projects nothing for a desa already at 5 everywhere, or without a value', () => {
    expect(opportunityView([score('a', 5, 0)], 1).projected).toBeNull();
    expect(opportunityView([score('a', 1, 0.1)], null).projected).toBeNull();
  });

  it('never projects beyond 1 and never loses an indicator', () => {
    const item = fc.record({
      value: fc.integer({ min: 0, max: 5 }),
      gain: fc.double({ min: 0, max: 0.2, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (items, value) => {
          const list = items.map((x, i) => score(String(i), x.value, x.value === 5 ? 0 : x.gain));
          const view = opportunityView(list, value);
          expect(view.top.length + view.rest.length + view.atMaximum).toBe(list.length);
          if (view.projected) expect(view.projected.value).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('yearsWithScores', () => {
  it('lists the IDM years with imported scores', () => {
    const result = (year: number, indicatorScores: boolean) =>
      ({ scheme: 'idm-2016', year, indicatorScores }) as Parameters<typeof yearsWithScores>[0][number];
    expect(yearsWithScores([result(2022, true), result(2023, false), result(2024, true)])).toEqual([
      2022, 2024,
    ]);
  });
});
