import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndexSummary } from '../../../contracts/village-index.contract';
import {
  countStep,
  histogramBars,
  movementShares,
  type RegionIndexChild,
  type RegionVillage,
  rankChildren,
  rankVillages,
  statusShares,
  weakestVillages,
} from './region-index-figures';

const summary = (value: number | null, statuses: Partial<IndexSummary['statuses']> = {}): IndexSummary => ({
  villages: 10,
  scored: value === null ? 0 : 10,
  mean: { value, iks: value, ike: value, ikl: value },
  statuses: { sangat_tertinggal: 0, tertinggal: 0, berkembang: 0, maju: 0, mandiri: 0, ...statuses },
  histogram: [],
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

const desa = (code: string, name: string, value: number | null, status: RegionVillage['status'] = null) => ({
  code,
  name: name.toUpperCase(),
  regionName: name,
  value,
  iks: value,
  ike: value,
  ikl: value,
  status,
  computedStatus: value === null ? null : ('maju' as const),
  placed: true,
});

const kecamatan: RegionVillage[] = [
  desa('3301012001', 'Tambakreja', 0.6),
  desa('3301012002', 'bumireja', 0.75, 'maju'),
  desa('3301012003', 'Ciklapa', null),
  desa('3301012004', 'Kedungreja', 0.6, 'berkembang'),
  desa('3301012005', 'Desa 10', 0.8),
  desa('3301012006', 'Desa 9', 0.5),
];

describe('desa of a kecamatan', () => {
  it('rank by IDM, highest first; equal values share a rank, unscored desa have none and come last', () => {
    const ranked = rankVillages(kecamatan, 'idm', 'id-ID');
    expect(ranked.map((v) => [v.rank, v.code.slice(-1)])).toEqual([
      [1, '5'],
      [2, '2'],
      [3, '1'],
      [3, '4'],
      [5, '6'],
      [null, '3'],
    ]);
    // The published status, else the one the value gives.
    expect(ranked.map((v) => v.shownStatus)).toEqual(['maju', 'maju', 'maju', 'berkembang', 'maju', null]);
  });

  it('keep their rank when ordered by name (numbers in names in numeric order) or code', () => {
    const byName = rankVillages(kecamatan, 'name', 'id-ID');
    expect(byName.map((v) => v.shownName)).toEqual([
      'bumireja',
      'Ciklapa',
      'Desa 9',
      'Desa 10',
      'Kedungreja',
      'Tambakreja',
    ]);
    expect(byName.map((v) => v.rank)).toEqual([2, null, 5, 1, 3, 3]);
    expect(rankVillages(kecamatan, 'code', 'id-ID').map((v) => v.code.slice(-1))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
  });

  it('are named as the region list writes them, or as published when their code is not in it', () => {
    const named = rankVillages(
      [{ ...desa('3301012999', 'x', 0.5), name: 'DESA BARU', regionName: null }, kecamatan[0]!],
      'idm',
      'id-ID',
    );
    expect(named.map((v) => v.shownName)).toEqual(['Tambakreja', 'DESA BARU']);
  });

  it('give the weakest scored desa, lowest first', () => {
    expect(weakestVillages(kecamatan, 3).map((v) => [v.rank, v.value])).toEqual([
      [1, 0.5],
      [2, 0.6],
      [3, 0.6],
    ]);
    expect(weakestVillages(kecamatan, 10)).toHaveLength(5);
  });

  it('rank every desa once: ranks never decrease from the best value down', () => {
    const values = fc.array(
      fc.option(
        fc.integer({ min: 0, max: 20 }).map((n) => n / 20),
        { nil: null },
      ),
    );
    fc.assert(
      fc.property(values, (list) => {
        const ranked = rankVillages(
          list.map((v, i) => desa(String(i).padStart(10, '0'), `D${i}`, v)),
          'idm',
          'id-ID',
        );
        expect(ranked).toHaveLength(list.length);
        const ranks = ranked.filter((v) => v.rank !== null).map((v) => v.rank!);
        ranks.forEach((r, i) => {
          expect(r).toBeLessThanOrEqual(i + 1);
          if (i > 0) expect(r).toBeGreaterThanOrEqual(ranks[i - 1]!);
        });
      }),
    );
  });
});

describe('histogram and movement figures', () => {
  it('give each bin its range, status, count and share; nothing for a histogram not computed yet', () => {
    const bars = histogramBars([...Array(14).fill(0), 3, 1, ...Array(4).fill(0)]);
    expect(bars).toHaveLength(20);
    expect(bars[14]).toMatchObject({ from: 0.7, to: 0.75, status: 'maju', count: 3, share: 0.75 });
    expect(bars[0]).toMatchObject({ from: 0, status: 'sangat_tertinggal', count: 0, share: 0 });
    expect(histogramBars([])).toEqual([]);
  });

  it.each([
    [0, 1],
    [3, 1],
    [7, 5],
    [13_494, 5_000],
    [940, 500],
    [60, 20],
  ])('count axis under %i steps by %i', (max, step) => {
    expect(countStep(max)).toBe(step);
  });

  it('share the movement among up, down and same', () => {
    expect(movementShares({ compared: 8, up: 2, down: 1, same: 5 })).toEqual({
      up: 0.25,
      down: 0.125,
      same: 0.625,
    });
    expect(movementShares({ compared: 0, up: 0, down: 0, same: 0 })).toEqual({ up: 0, down: 0, same: 0 });
  });
});
