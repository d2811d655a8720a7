import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkIdmScores,
  computeIdm,
  type IdmScores,
  idmFromSubIndices,
  idmGain,
  idmOpportunities,
  idmStatus,
  parseIdmStatus,
} from './idm.scheme.ts';
import { IDM_STATUSES } from './idm.types.ts';
import { IDM_DIMENSIONS, IDM_INDICATORS } from './idm-indicators.ts';

const allScores = (score: number | ((code: string) => number)): IdmScores =>
  Object.fromEntries(IDM_INDICATORS.map((i) => [i.code, typeof score === 'number' ? score : score(i.code)]));

/** Any score the rubric of each indicator allows. */
const validScores = fc
  .tuple(...IDM_INDICATORS.map((i) => fc.constantFrom(...Object.keys(i.rubric).map(Number))))
  .map((values) => Object.fromEntries(IDM_INDICATORS.map((i, n) => [i.code, values[n]!])));

describe('the IDM indicator set', () => {
  it('has 50 indicators: 35 social, 12 economic, 3 ecological, with matching maxima', () => {
    const count = (d: string) => IDM_INDICATORS.filter((i) => i.dimension === d).length;
    expect([IDM_INDICATORS.length, count('IKS'), count('IKE'), count('IKL')]).toEqual([50, 35, 12, 3]);
    expect(IDM_DIMENSIONS.map((d) => [d.key, d.maxScore])).toEqual([
      ['IKS', 175],
      ['IKE', 60],
      ['IKL', 15],
    ]);
  });

  it('gives every indicator a rubric topping at 5, an API label and someone who can act', () => {
    for (const i of IDM_INDICATORS) {
      expect(Object.keys(i.rubric)).toContain('5');
      expect(i.apiLabel.length).toBeGreaterThan(3);
      expect(i.actors.length).toBeGreaterThan(0);
    }
    expect(new Set(IDM_INDICATORS.map((i) => i.code)).size).toBe(50);
  });
});

describe('idmStatus (4-decimal thresholds)', () => {
  it.each([
    [0.2176, 'sangat_tertinggal'],
    [0.4907, 'sangat_tertinggal'],
    [0.4908, 'tertinggal'],
    [0.5989, 'tertinggal'],
    [0.599, 'berkembang'],
    [0.7072, 'berkembang'],
    [0.7073, 'maju'],
    [0.8155, 'maju'],
    [0.8156, 'mandiri'],
    [1, 'mandiri'],
    [0.49074, 'sangat_tertinggal'],
    [0.49075, 'tertinggal'],
  ])('%s → %s', (idm, status) => expect(idmStatus(idm)).toBe(status));

  it('never goes down as the value goes up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(IDM_STATUSES.indexOf(idmStatus(lo))).toBeLessThanOrEqual(
            IDM_STATUSES.indexOf(idmStatus(hi)),
          );
        },
      ),
    );
  });

  it.each([
    ['SANGAT TERTINGGAL', 'sangat_tertinggal'],
    ['Tertinggal', 'tertinggal'],
    [' MANDIRI ', 'mandiri'],
    ['maju', 'maju'],
    ['Pra-Madya', null],
    ['', null],
  ])('parses %j as %s', (text, status) => expect(parseIdmStatus(text)).toBe(status));
});

describe('computeIdm', () => {
  it.each([
    [5, { iks: 1, ike: 1, ikl: 1, idm: 1, status: 'mandiri' }],
    [0, { iks: 0, ike: 0, ikl: 0, idm: 0, status: 'sangat_tertinggal' }],
  ])('all scores %i', (score, expected) => expect(computeIdm(allScores(score))).toEqual(expected));

  it('divides each dimension by its own maximum and averages the three', () => {
    // Social all 5, economic all 3, ecological all 1.
    const byDimension = { IKS: 5, IKE: 3, IKL: 1 } as const;
    const scores = allScores((code) => byDimension[IDM_INDICATORS.find((i) => i.code === code)!.dimension]);
    expect(computeIdm(scores)).toEqual({ iks: 1, ike: 0.6, ikl: 0.2, idm: 0.6, status: 'berkembang' });
    expect(idmFromSubIndices(0.7662, 0.6198, 0.7502).idm).toBe(0.7121);
  });

  it('stays within 0..1 and never falls when a score rises', () => {
    fc.assert(
      fc.property(validScores, fc.integer({ min: 0, max: 49 }), (scores, n) => {
        const result = computeIdm(scores);
        expect(result.idm).toBeGreaterThanOrEqual(0);
        expect(result.idm).toBeLessThanOrEqual(1);
        const indicator = IDM_INDICATORS[n]!;
        const higher = { ...scores, [indicator.code]: 5 };
        expect(computeIdm(higher).idm).toBeGreaterThanOrEqual(result.idm);
      }),
    );
  });
});

describe('checkIdmScores', () => {
  it('accepts a full set of rubric scores', () => {
    fc.assert(
      fc.property(validScores, (scores) => {
        expect(checkIdmScores(scores)).toEqual([]);
      }),
    );
  });

  it('names missing, unknown and disallowed scores', () => {
    const scores: Record<string, number> = { ...allScores(5), IKS02_DOKTER: 3, XYZ: 1 };
    delete scores.IKL01_KUALITAS_LINGKUNGAN;
    const codes = checkIdmScores(scores).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['IKS02_DOKTER', 'XYZ']));
    expect(codes.length).toBe(3);
  });
});

describe('what would raise the score', () => {
  it.each([
    ['IKS', 4, 1 / 525],
    ['IKS', 1, 4 / 525],
    ['IKE', 0, 5 / 180],
    ['IKL', 3, 2 / 45],
    ['IKS', 5, 0],
  ] as const)('raising a %s indicator from %i to 5 adds %d', (dimension, score, gain) => {
    expect(idmGain({ dimension }, score)).toBeCloseTo(gain, 10);
  });

  it('lists indicators below 5, largest gain first, with the recommended activity and who can act', () => {
    const scores = allScores(5);
    const weak = { ...scores, IKS01_AKSES_SARKES: 1, IKL02_RAWAN_BENCANA: 4, IKE01_KERAGAMAN_PRODUKSI: 3 };
    const codes = Object.keys(weak).filter(
      (c) => c.startsWith('IKS01') || c.startsWith('IKL02') || c.startsWith('IKE01'),
    );
    expect(codes).toHaveLength(3); // the codes above exist
    const list = idmOpportunities(weak);
    expect(list.map((o) => o.indicator.code)).toEqual([
      'IKL02_RAWAN_BENCANA',
      'IKE01_KERAGAMAN_PRODUKSI',
      'IKS01_AKSES_SARKES',
    ]);
    const sarkes = list.at(-1)!;
    expect(sarkes).toMatchObject({ score: 1, activity: 'Pembangunan sarana kesehatan' });
    expect(sarkes.indicator.actors[0]).toEqual({ level: 'kabupaten', agencies: 'Dinkes, PU' });
    // Raising every listed indicator to 5 adds up to the whole gap.
    const total = list.reduce((sum, o) => sum + o.gain, 0);
    expect(total).toBeCloseTo(computeIdm(scores).idm - computeIdm(weak).idm, 3);
  });
});
