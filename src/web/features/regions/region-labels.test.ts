import { describe, expect, it } from 'vitest';
import type { VillageHit } from '../../../contracts/regions.contract';
import { countKeysFor, showsTypeColumn } from './region-count-columns';
import { ancestorsByLevel, childLevelOf, regionPath, regionTypeKey } from './region-labels';

const miroto: VillageHit = {
  code: '3374011001',
  codeDotted: '33.74.01.1001',
  name: 'Miroto',
  level: 'village',
  type: 'kelurahan',
  ancestors: [
    { code: '33', codeDotted: '33', name: 'Jawa Tengah', level: 'province' },
    { code: '3374', codeDotted: '33.74', name: 'Kota Semarang', level: 'regency' },
    { code: '337401', codeDotted: '33.74.01', name: 'Semarang Tengah', level: 'district' },
  ],
};

describe('region labels', () => {
  it('name a region by its type, or by its level when it has none', () => {
    expect(regionTypeKey(miroto)).toBe('kelurahan');
    expect(regionTypeKey({ level: 'regency', type: 'kota' })).toBe('kota');
    expect(regionTypeKey({ level: 'province', type: null })).toBe('province');
    expect(regionTypeKey({ level: 'district', type: null })).toBe('district');
  });

  it('find the kecamatan, kabupaten/kota and provinsi of a search hit', () => {
    const { district, regency, province } = ancestorsByLevel(miroto);
    expect([district?.name, regency?.name, province?.name]).toEqual([
      'Semarang Tengah',
      'Kota Semarang',
      'Jawa Tengah',
    ]);
    expect(ancestorsByLevel({ ancestors: [] }).district).toBeNull();
  });

  it('walk down the levels and link to region pages', () => {
    expect(childLevelOf('province')).toBe('regency');
    expect(childLevelOf('regency')).toBe('district');
    expect(childLevelOf('district')).toBe('village');
    expect(childLevelOf('village')).toBeNull();
    expect(regionPath('3374011001')).toBe('/wilayah/3374011001');
  });

  it('show only the counts that exist below each level', () => {
    expect(countKeysFor('province')).toEqual(['regencies', 'districts', 'villages']);
    expect(countKeysFor('district')).toEqual(['villages']);
    expect(countKeysFor('village')).toEqual([]);
    expect(showsTypeColumn('regency')).toBe(true);
    expect(showsTypeColumn('district')).toBe(false);
  });
});
