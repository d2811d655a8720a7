import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIndeksDesaScores,
  computeIndeksDesa,
  INDEKS_DESA_DIMENSIONS,
  INDEKS_DESA_FORMULAS,
  type IndeksDesaScores,
} from './indeks-desa.scheme.ts';

const uniform = (v: number) =>
  Object.fromEntries(INDEKS_DESA_DIMENSIONS.map((d) => [d.key, v])) as IndeksDesaScores;
const scores = fc
  .tuple(...INDEKS_DESA_DIMENSIONS.map(() => fc.double({ min: 0, max: 1, noNaN: true })))
  .map((v) => Object.fromEntries(INDEKS_DESA_DIMENSIONS.map((d, i) => [d.key, v[i]!])) as IndeksDesaScores);

describe('Indeks Desa', () => {
  it('has six dimensions whose weights sum to 100', () => {
    expect(INDEKS_DESA_DIMENSIONS).toHaveLength(6);
    expect(INDEKS_DESA_DIMENSIONS.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(100, 10);
  });

  it.each(Object.keys(INDEKS_DESA_FORMULAS))(
    '%s: equal dimensions give that value, results stay in 0..1',
    (id) => {
      expect(computeIndeksDesa(uniform(0.6), id).value).toBeCloseTo(0.6, 4);
      fc.assert(
        fc.property(scores, (s) => {
          const { value } = computeIndeksDesa(s, id);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }),
      );
    },
  );

  it('records the formula, marks the result provisional and claims no status', () => {
    const s = { DLD: 0.9, DS: 0.5, DE: 0.4, DL: 0.8, DA: 0.7, DTKPD: 0.6 };
    expect(computeIndeksDesa(s)).toEqual({
      value: 0.6527,
      formula: 'indeks-desa-2024/weighted-mean',
      provisional: true,
      status: null,
    });
    expect(computeIndeksDesa(s, 'indeks-desa-2024/geometric-mean').value).toBe(0.6265);
    expect(() => computeIndeksDesa(s, 'tebakan')).toThrow(RangeError);
  });

  it('names missing and out-of-range dimensions', () => {
    expect(checkIndeksDesaScores({ DLD: 0.5, DS: 1.2, DE: -0.1, DL: 0.5, DA: Number.NaN })).toEqual([
      'DS: nilai harus di antara 0 dan 1',
      'DE: nilai harus di antara 0 dan 1',
      'DA: nilai harus di antara 0 dan 1',
      'DTKPD: nilai tidak ada',
    ]);
  });
});
