import { describe, expect, it } from 'vitest';
import { INDICATOR_STATES } from '../../../domain/training/follow-up';
import {
  barPercent,
  byPeople,
  dashboardPath,
  dashboardQueryOf,
  indicatorBreakdown,
  localDecimal,
  needsPath,
  needsQueryOf,
} from './dashboard-model';

const KAWASAN = '5b0c6b8e-1f0a-4c57-9d7c-3a2f1e0d9c8b';

describe('dashboard scope in the address', () => {
  it('reads a kawasan before a region, and a region without its dots', () => {
    expect(dashboardQueryOf(new URLSearchParams({ kawasan: KAWASAN, region: '33' }))).toEqual({
      kawasanId: KAWASAN,
    });
    expect(dashboardQueryOf(new URLSearchParams({ region: '33.22 01' }))).toEqual({ region: '332201' });
  });

  it('asks for the reader own region when nothing usable is given', () => {
    expect(dashboardQueryOf(new URLSearchParams())).toEqual({});
    expect(dashboardQueryOf(new URLSearchParams({ kawasan: 'not-an-id' }))).toEqual({});
  });

  it('writes the same address back', () => {
    expect(dashboardPath()).toBe('/pelatihan/dasbor');
    expect(dashboardPath({ region: '33.22' })).toBe('/pelatihan/dasbor?region=3322');
    expect(dashboardPath({ kawasanId: KAWASAN })).toBe(`/pelatihan/dasbor?kawasan=${KAWASAN}`);
    const round = dashboardQueryOf(new URL(`http://x${dashboardPath({ region: '3322' })}`).searchParams);
    expect(round).toEqual({ region: '3322' });
  });
});

describe('needs place in the address', () => {
  it('is a desa or a kawasan, or none yet', () => {
    expect(needsQueryOf(new URLSearchParams({ desa: '33.22.01.2001' }))).toEqual({ desa: '3322012001' });
    expect(needsQueryOf(new URLSearchParams({ kawasan: KAWASAN, desa: '3322012001' }))).toEqual({
      kawasanId: KAWASAN,
    });
    expect(needsQueryOf(new URLSearchParams())).toBeNull();
    expect(needsQueryOf(new URLSearchParams({ kawasan: 'x' }))).toBeNull();
  });

  it('writes the address of a place', () => {
    expect(needsPath()).toBe('/pelatihan/kebutuhan');
    expect(needsPath({ desa: '33.22.01.2001' })).toBe('/pelatihan/kebutuhan?desa=3322012001');
    expect(needsPath({ kawasanId: KAWASAN })).toBe(`/pelatihan/kebutuhan?kawasan=${KAWASAN}`);
  });
});

describe('bars', () => {
  it('are sized against the largest count, a small count still visible', () => {
    expect(barPercent(50, 100)).toBe(50);
    expect(barPercent(100, 100)).toBe(100);
    expect(barPercent(1, 900)).toBe(2);
    expect(barPercent(0, 900)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
  });

  it('list the most people first, ties by name', () => {
    const rows = [
      { name: 'Sumberejo', people: 3 },
      { name: 'Bringin', people: 7 },
      { name: 'Andong', people: 3 },
    ];
    const sorted = byPeople(rows, (r) => r.name);
    expect(sorted.rows.map((r) => r.name)).toEqual(['Bringin', 'Andong', 'Sumberejo']);
    expect(sorted.largest).toBe(7);
    expect(byPeople([], (r: { name: string; people: number }) => r.name).largest).toBe(0);
  });
});

describe('indicatorBreakdown', () => {
  it('counts every state in order with shares rounded down', () => {
    const { total, parts } = indicatorBreakdown({ tercapai: 2, sebagian: 1 }, INDICATOR_STATES);
    expect(total).toBe(3);
    expect(parts).toEqual([
      { state: 'tercapai', count: 2, percent: 66 },
      { state: 'sebagian', count: 1, percent: 33 },
      { state: 'belum', count: 0, percent: 0 },
      { state: 'tidak_berlaku', count: 0, percent: 0 },
    ]);
  });

  it('has no shares when nothing was counted', () => {
    const { total, parts } = indicatorBreakdown({}, INDICATOR_STATES);
    expect(total).toBe(0);
    expect(parts.every((p) => p.percent === null && p.count === 0)).toBe(true);
  });
});

describe('localDecimal', () => {
  it('writes a decimal with the reader decimal point, anything else as it came', () => {
    expect(localDecimal('0.75', ',')).toBe('0,75');
    expect(localDecimal('50.0', ',')).toBe('50,0');
    expect(localDecimal('-0.10', ',')).toBe('-0,10');
    expect(localDecimal('0.75', '.')).toBe('0.75');
    expect(localDecimal('100', ',')).toBe('100');
    expect(localDecimal('1.2.3', ',')).toBe('1.2.3');
  });
});
