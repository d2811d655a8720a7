import { describe, expect, it } from 'vitest';
import {
  bandCounts,
  byLongestGap,
  coverageLayerCodes,
  isMonth,
  localDate,
  monthOf,
  placeInputOf,
  placeValue,
  recentMonths,
  reportMonth,
  shiftMonth,
  VISIT_BAND_COLORS,
  visitBand,
} from './pendampingan-model';

describe('visit bands', () => {
  it.each([
    [0, 'recent'],
    [29, 'recent'],
    [30, 'days30'],
    [59, 'days30'],
    [60, 'days60'],
    [89, 'days60'],
    [90, 'days90'],
    [400, 'days90'],
    [null, 'days90'],
  ] as const)('%s days since the last visit is %s', (days, band) => {
    expect(visitBand(days)).toBe(band);
  });

  it('colours green, yellow, orange, red from recent to never', () => {
    expect(VISIT_BAND_COLORS).toEqual({
      recent: 'green.6',
      days30: 'yellow.5',
      days60: 'orange.6',
      days90: 'red.7',
    });
  });

  it('counts desa per band, never visited with the 90-day band', () => {
    const desa = [0, 12, 30, 61, 95, null, null].map((d) => ({ daysSinceLastVisit: d }));
    expect(bandCounts(desa)).toEqual({ recent: 2, days30: 1, days60: 1, days90: 3 });
  });
});

describe('byLongestGap', () => {
  const row = (code: string, name: string, days: number | null, district = 'Kedungreja') => ({
    code,
    name,
    district,
    lastVisit: days === null ? null : '2026-01-01',
    daysSinceLastVisit: days,
    visits90: 0,
  });

  it('puts never visited first, then the longest gap, then kecamatan and name', () => {
    const sorted = byLongestGap([
      row('3301012003', 'Tambakreja', 3),
      row('3301012001', 'Bangunreja', null),
      row('3301012004', 'Ciklapa', 45),
      row('3301012002', 'Babakan', null),
      row('3301022001', 'Adireja', 45, 'Adipala'),
    ]);
    expect(sorted.map((d) => d.name)).toEqual(['Babakan', 'Bangunreja', 'Adireja', 'Ciklapa', 'Tambakreja']);
  });

  it('leaves the input as it was', () => {
    const input = [row('1', 'B', 1), row('2', 'A', 5)];
    byLongestGap(input);
    expect(input.map((d) => d.name)).toEqual(['B', 'A']);
  });
});

describe('coverageLayerCodes', () => {
  it('shows a province or kabupaten on its own layer, a kecamatan or desa on its kabupaten', () => {
    expect(coverageLayerCodes({ kind: 'region', ref: '33', name: 'Jawa Tengah' }, [])).toEqual(['33']);
    expect(coverageLayerCodes({ kind: 'region', ref: '3301', name: 'Cilacap' }, [])).toEqual(['3301']);
    expect(coverageLayerCodes({ kind: 'region', ref: '33.01.01', name: 'Kedungreja' }, [])).toEqual(['3301']);
    expect(coverageLayerCodes({ kind: 'region', ref: '3301012001', name: 'Tambakreja' }, [])).toEqual([
      '3301',
    ]);
  });

  it('shows a kawasan on the kabupaten of its desa, each once', () => {
    const scope = { kind: 'kawasan' as const, ref: 'k-1', name: 'Kawasan Kedungreja' };
    expect(coverageLayerCodes(scope, ['3302011001', '3301012001', '3301012002'])).toEqual(['3301', '3302']);
    expect(coverageLayerCodes(scope, [])).toEqual([]);
  });
});

describe('months', () => {
  it('reads and moves months across years', () => {
    expect(isMonth('2026-03')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
    expect(monthOf('2026-03-31')).toBe('2026-03');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(shiftMonth('2026-03', -15)).toBe('2024-12');
    expect(() => shiftMonth('2026-3', 1)).toThrow(RangeError);
  });

  it('opens the report on the asked month when it is not in the future, else this month', () => {
    expect(reportMonth(null, '2026-03-05')).toBe('2026-03');
    expect(reportMonth('2026-01', '2026-03-05')).toBe('2026-01');
    expect(reportMonth('2026-04', '2026-03-05')).toBe('2026-03');
    expect(reportMonth('januari', '2026-03-05')).toBe('2026-03');
  });

  it('offers this month and the ones before it, newest first', () => {
    expect(recentMonths('2026-02-10', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('takes today from the local calendar, not UTC', () => {
    // 00.30 on 1 March in the browser's zone, whatever UTC says.
    expect(localDate(new Date(2026, 2, 1, 0, 30))).toBe('2026-03-01');
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('places', () => {
  it('turns a place into a select value and back into the API form', () => {
    expect(placeValue({ kind: 'desa', ref: '3301012001' })).toBe('desa:3301012001');
    expect(placeInputOf('desa:3301012001')).toEqual({ kind: 'desa', code: '3301012001' });
    expect(placeInputOf('kawasan:0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60')).toEqual({
      kind: 'kawasan',
      id: '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60',
    });
    expect(placeInputOf('')).toBeNull();
    expect(placeInputOf('desa:')).toBeNull();
    expect(placeInputOf('kota:3374')).toBeNull();
  });
});
