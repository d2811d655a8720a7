import { describe, expect, it } from 'vitest';
import { regionFilterOf } from '../kawasan-public/public-kawasan-model';
import {
  designatingRegionShown,
  notShownCount,
  publicKawasanListPath,
  regionKawasanView,
} from './region-kawasan';

describe('regionKawasanView', () => {
  it('shows a desa’s membership, and a desa adat’s too', () => {
    expect(regionKawasanView({ level: 'village', type: 'desa' })).toBe('membership');
    expect(regionKawasanView({ level: 'village', type: 'desa_adat' })).toBe('membership');
    expect(regionKawasanView({ level: 'village', type: null })).toBe('membership');
  });

  it('explains a kelurahan instead of looking anything up', () => {
    expect(regionKawasanView({ level: 'village', type: 'kelurahan' })).toBe('kelurahan');
  });

  it('lists the designated kawasan of a province and of a kabupaten or kota', () => {
    expect(regionKawasanView({ level: 'province', type: null })).toBe('designated');
    expect(regionKawasanView({ level: 'regency', type: 'kabupaten' })).toBe('designated');
    expect(regionKawasanView({ level: 'regency', type: 'kota' })).toBe('designated');
  });

  it('shows nothing on a kecamatan page', () => {
    expect(regionKawasanView({ level: 'district', type: null })).toBe('none');
  });
});

describe('publicKawasanListPath', () => {
  it('filters the public list to a province or a kabupaten/kota, as that page reads it', () => {
    expect(publicKawasanListPath('33')).toBe('/kawasan-publik?wilayah=33');
    expect(publicKawasanListPath('3301')).toBe('/kawasan-publik?wilayah=3301');
    const query = new URL(publicKawasanListPath('3301'), 'http://x').searchParams.get('wilayah');
    expect(regionFilterOf(query)).toEqual({ province: '33', kabupaten: '3301' });
  });

  it('leaves the list unfiltered for a code the list cannot filter by', () => {
    expect(publicKawasanListPath('330101')).toBe('/kawasan-publik');
    expect(publicKawasanListPath('3301012010')).toBe('/kawasan-publik');
    expect(publicKawasanListPath('')).toBe('/kawasan-publik');
  });
});

describe('designatingRegionShown', () => {
  it('leaves out the region that goes without saying', () => {
    expect(designatingRegionShown('33', '33')).toBe(false);
    expect(designatingRegionShown('3301', '3301')).toBe(false);
    expect(designatingRegionShown('3301', '3301012010')).toBe(false);
  });

  it('names a kabupaten on a province page and a province on a kabupaten or desa page', () => {
    expect(designatingRegionShown('3301', '33')).toBe(true);
    expect(designatingRegionShown('33', '3301')).toBe(true);
    expect(designatingRegionShown('33', '3301012010')).toBe(true);
  });
});

describe('notShownCount', () => {
  it('counts the kawasan beyond the shown page', () => {
    expect(notShownCount({ items: [], total: 0 })).toBe(0);
    expect(notShownCount({ items: new Array(8).fill(null), total: 8 })).toBe(0);
    expect(notShownCount({ items: new Array(8).fill(null), total: 13 })).toBe(5);
  });
});
