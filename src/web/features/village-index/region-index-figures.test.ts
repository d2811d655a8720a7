import { describe, expect, it } from 'vitest';
import type { IndexSummary } from '../../../contracts/village-index.contract';
import { type RegionIndexChild, rankChildren, statusShares } from './region-index-figures';

const summary = (value: number | null, statuses: Partial<IndexSummary['statuses']> = {}): IndexSummary => ({
  villages: 10,
  scored: value === null ? 0 : 10,
  mean: { value, iks: value, ike: value, ikl: value },
  statuses: { sangat_tertinggal: 0, tertinggal: 0, berkembang: 0, maju: 0, mandiri: 0, ...statuses },
});

const child = (code: string, name: string, s: IndexSummary): RegionIndexChild => ({
  region: { code, codeDotted: code, name },
  summary: s,
});

const children = [
  child('11', 'Aceh', summary(0.6848, { sangat_tertinggal: 33, tertinggal: 602, mandiri: 519 })),
  child('12', 'Sumatera Utara', summary(0.6436)),
  child('13', 'bali', summary(null)),
  child('14', 'Riau', summary(0.7)),
];

describe('regional IDM figures', () => {
  it('rank by mean IDM, best first, regions without a mean last', () => {
    const ranked = rankChildren(children, 'idm', 'id-ID');
    expect(ranked.map((c) => [c.rank, c.region.code])).toEqual([
      [1, '14'],
      [2, '11'],
      [3, '12'],
      [4, '13'],
    ]);
    expect(ranked[1]?.lagging).toBe(635);
  });

  it('keep the rank when ordered by name or code', () => {
    const byName = rankChildren(children, 'name', 'id-ID');
    expect(byName.map((c) => c.region.name)).toEqual(['Aceh', 'bali', 'Riau', 'Sumatera Utara']);
    expect(byName.map((c) => c.rank)).toEqual([2, 4, 1, 3]);
    expect(rankChildren(children, 'code', 'id-ID').map((c) => c.region.code)).toEqual([
      '11',
      '12',
      '13',
      '14',
    ]);
  });

  it('share the desa among the five statuses', () => {
    const shares = statusShares({ sangat_tertinggal: 1, tertinggal: 1, berkembang: 2, maju: 0, mandiri: 4 });
    expect(shares.map((s) => s.status)).toEqual([
      'sangat_tertinggal',
      'tertinggal',
      'berkembang',
      'maju',
      'mandiri',
    ]);
    expect(shares.map((s) => s.share)).toEqual([0.125, 0.125, 0.25, 0, 0.5]);
    expect(statusShares(summary(null).statuses).every((s) => s.share === 0)).toBe(true);
  });
});
