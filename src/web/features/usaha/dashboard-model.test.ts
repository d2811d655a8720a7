import { describe, expect, it } from 'vitest';
import type { BusinessDashboardView } from '../../../contracts/enterprise-report.contract';
import {
  breakdownRows,
  businessDashboardPath,
  businessDashboardQueryOf,
  countPercent,
  isNegative,
  largestMoney,
  moneyPercent,
  pickedSearch,
  scopeValue,
  shownCounts,
  shownQuery,
} from './dashboard-model';

const KAWASAN = '5b0c6b8e-1f0a-4c57-9d7c-3a2f1e0d9c8b';

const place = (code: string, name: string) => ({
  code,
  name,
  enterprises: 1,
  active: 1,
  legalEntities: 0,
  byPerformance: { belum_melapor: 1, rugi: 0, impas: 0, laba: 0 },
  workers: 0,
  padesTotal: '0',
  capitalTotal: '0',
});

function view(change: Partial<BusinessDashboardView> = {}): BusinessDashboardView {
  return {
    scope: { kind: 'region', ref: '33.01', name: 'Kabupaten Cilacap' },
    today: '2026-08-01',
    enterprises: 0,
    byKind: [],
    byLegalStatus: [],
    byActivity: [],
    byPerformance: [],
    byDesa: [place('3301012001', 'Tambakreja'), place('3301012002', 'Bumireja')],
    byKecamatan: [place('330101', 'Kedungreja')],
    byKawasan: [],
    years: [],
    padesTotal: '0',
    capital: { total: '0', bySource: [], byYear: [] },
    workers: { total: 0, women: 0, reporting: 0 },
    list: [],
    notes: [],
    ...change,
  };
}

describe('dashboard scope in the address', () => {
  it('reads a kawasan before a region, a region without its dots, and nothing as the own region', () => {
    expect(businessDashboardQueryOf(new URLSearchParams({ kawasan: KAWASAN, region: '33' }))).toEqual({
      kawasanId: KAWASAN,
    });
    expect(businessDashboardQueryOf(new URLSearchParams({ region: '33.01 01' }))).toEqual({
      region: '330101',
    });
    expect(businessDashboardQueryOf(new URLSearchParams({ kawasan: 'not-an-id' }))).toEqual({});
  });

  it('writes the same address back', () => {
    expect(businessDashboardPath()).toBe('/usaha/dasbor');
    expect(businessDashboardPath({ region: '33.01' })).toBe('/usaha/dasbor?region=3301');
    expect(businessDashboardPath({ kawasanId: KAWASAN })).toBe(`/usaha/dasbor?kawasan=${KAWASAN}`);
  });

  it('exports the place shown, whatever the address said', () => {
    expect(shownQuery(view())).toEqual({ region: '3301' });
    expect(shownQuery(view({ scope: { kind: 'kawasan', ref: KAWASAN, name: 'K' } }))).toEqual({
      kawasanId: KAWASAN,
    });
  });

  it('names the picked scope and turns a pick into the address', () => {
    expect(scopeValue({ kawasanId: KAWASAN }, undefined)).toBe(`kawasan:${KAWASAN}`);
    expect(scopeValue({}, view())).toBe('region:3301');
    expect(scopeValue({}, undefined)).toBeNull();
    expect(pickedSearch(`kawasan:${KAWASAN}`).toString()).toBe(`kawasan=${KAWASAN}`);
    expect(pickedSearch('region:3301').toString()).toBe('region=3301');
    expect(pickedSearch(null).toString()).toBe('');
  });
});

describe('bars', () => {
  it('size counts against the largest, a small count still visible', () => {
    expect(countPercent(2, 4)).toBe(50);
    expect(countPercent(1, 500)).toBe(2);
    expect(countPercent(0, 5)).toBe(0);
  });

  it('size amounts exactly as bigint, losses by their size', () => {
    const largest = largestMoney(['11000000', '-22000000', 'x']);
    expect(largest).toBe(22_000_000n);
    expect(moneyPercent('11000000', largest)).toBe(50);
    expect(moneyPercent('-22000000', largest)).toBe(100);
    expect(moneyPercent('0', largest)).toBe(0);
    expect(moneyPercent('999999999999999', 999_999_999_999_999n)).toBe(100);
    expect(isNegative('-1')).toBe(true);
    expect(isNegative('0')).toBe(false);
  });

  it('leave out what has no enterprise, keeping the order', () => {
    expect(
      shownCounts([
        { code: 'bumdes', label: 'BUM Desa', count: 3 },
        { code: 'koperasi', label: 'Koperasi', count: 0 },
        { code: 'bumdesma', label: 'BUM Desa Bersama', count: 1 },
      ]).map((r) => r.code),
    ).toEqual(['bumdes', 'bumdesma']);
  });
});

describe('the breakdown table', () => {
  it('is per desa inside one kecamatan, per kecamatan when a region holds several', () => {
    expect(breakdownRows(view()).level).toBe('desa');
    expect(breakdownRows(view()).rows.map((r) => r.name)).toEqual(['Tambakreja', 'Bumireja']);
    const wide = view({ byKecamatan: [place('330101', 'Kedungreja'), place('330102', 'Kesugihan')] });
    expect(breakdownRows(wide).level).toBe('kecamatan');
    expect(breakdownRows(wide).rows.map((r) => r.key)).toEqual(['330101', '330102']);
    const kawasan = view({
      scope: { kind: 'kawasan', ref: KAWASAN, name: 'K' },
      byKecamatan: wide.byKecamatan,
    });
    expect(breakdownRows(kawasan).level).toBe('desa');
  });
});
