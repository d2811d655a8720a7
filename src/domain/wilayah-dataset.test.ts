import { describe, expect, it } from 'vitest';
import { buildRegionRows, WILAYAH_HEADERS, type WilayahFiles } from './wilayah-dataset.ts';

function files(over: Partial<Record<keyof WilayahFiles, string[][]>> = {}): WilayahFiles {
  return {
    province: {
      name: 'provinces.csv',
      rows: over.province ?? [
        ['code', 'name'],
        ['33', 'Jawa Tengah'],
        ['91', 'Papua'],
      ],
    },
    regency: {
      name: 'regencies.csv',
      rows: over.regency ?? [
        ['code', 'province_code', 'name'],
        ['33.74', '33', 'Kota Semarang'],
        ['91.03', '91', 'Kabupaten Jayapura'],
      ],
    },
    district: {
      name: 'districts.csv',
      rows: over.district ?? [
        ['code', 'regency_code', 'name'],
        ['33.74.01', '33.74', 'Semarang Tengah'],
        ['91.03.01', '91.03', 'Sentani'],
      ],
    },
    village: {
      name: 'villages.csv',
      rows: over.village ?? [
        ['code', 'district_code', 'name'],
        ['33.74.01.1001', '33.74.01', 'Miroto'],
        ['33.74.01.1002', '33.74.01', 'Brumbungan'],
        ['91.03.01.2001', '91.03.01', 'Sereh'],
        ['91.03.01.3007', '91.03.01', 'Desa Adat Yoboi'],
      ],
    },
  };
}

describe('buildRegionRows', () => {
  it('builds canonical rows ordered by level, with counts of everything below', () => {
    const result = buildRegionRows(files());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => r.code)).toEqual([
      '33',
      '91',
      '3374',
      '9103',
      '337401',
      '910301',
      '3374011001',
      '3374011002',
      '9103012001',
      '9103013007',
    ]);
    const byCode = new Map(result.rows.map((r) => [r.code, r]));
    expect(byCode.get('33')).toMatchObject({
      regencyCount: 1,
      districtCount: 1,
      kelurahanCount: 2,
      desaCount: 0,
      desaAdatCount: 0,
    });
    expect(byCode.get('910301')).toMatchObject({ desaCount: 1, desaAdatCount: 1, kelurahanCount: 0 });
    expect(byCode.get('3374011001')).toMatchObject({
      parentCode: '337401',
      level: 4,
      name: 'Miroto',
      searchName: 'miroto',
      desaCount: 0,
    });
  });

  const V = 'village' as const;
  it.each([
    [V, [['33.74.01.1001', '33.74.02', 'Miroto']], 'villages.csv baris 2, kolom district_code'],
    [V, [['33.74.09.1001', '33.74.09', 'Orphan']], 'villages.csv baris 2, kolom district_code'],
    [V, [['33.74.01.9001', '33.74.01', 'Bad type']], 'villages.csv baris 2, kolom code'],
    [V, [['33.74.01', '33.74', 'Wrong level']], 'villages.csv baris 2, kolom code'],
    [V, [['33.74.01.1001', '33.74.01', '  ']], 'villages.csv baris 2, kolom name'],
    [V, [['33.74.01.1001', '33.74.01']], 'villages.csv baris 2, kolom *'],
    [
      V,
      [
        ['33.74.01.1001', '33.74.01', 'A'],
        ['3374011001', '33.74.01', 'B'],
      ],
      'villages.csv baris 3, kolom code',
    ],
  ])('reports a bad %s row at its row and column (%#)', (level, dataRows, field) => {
    const result = buildRegionRows(files({ [level]: [[...WILAYAH_HEADERS[level]], ...dataRows] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.field)).toContain(field);
    expect(result.issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('rejects a file whose header is not the expected one', () => {
    const result = buildRegionRows(
      files({
        province: [
          ['kode', 'nama'],
          ['33', 'Jawa Tengah'],
        ],
      }),
    );
    expect(result.ok === false && result.issues[0]!.field).toBe('provinces.csv baris 1, kolom kode,nama');
  });

  it('caps the report so a broken file cannot flood it', () => {
    const rows = [['code', 'district_code', 'name'], ...Array.from({ length: 500 }, () => ['x', 'y', 'z'])];
    const result = buildRegionRows(files({ village: rows }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(50);
  });

  it('normalises whitespace in names and skips blank lines', () => {
    const result = buildRegionRows(
      files({
        village: [['code', 'district_code', 'name'], ['33.74.01.1001', '33.74.01', '  Miroto   Baru '], ['']],
      }),
    );
    expect(result.ok && result.rows.at(-1)!.name).toBe('Miroto Baru');
  });
});
