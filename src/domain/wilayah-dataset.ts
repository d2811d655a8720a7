/**
 * Turns the four region lists of the Kemendagri hierarchy (as published by idn-area-data:
 * provinces, regencies, districts, villages) into validated rows with descendant counts.
 * Pure: the caller reads the files and writes the rows.
 */
import type { FieldIssue } from './errors.ts';
import {
  parentCode,
  parseRegionCode,
  REGION_LEVELS,
  type RegionLevel,
  villageTypeOf,
} from './region-code.ts';
import { normalizeSearchText } from './search-text.ts';

export interface WilayahFile {
  /** File name, used in error messages (`villages.csv`). */
  name: string;
  /** Parsed CSV rows, header first. */
  rows: string[][];
}

export type WilayahFiles = Record<RegionLevel, WilayahFile>;

/** Expected header of each file; the middle column names the parent. */
export const WILAYAH_HEADERS: Record<RegionLevel, readonly string[]> = {
  province: ['code', 'name'],
  regency: ['code', 'province_code', 'name'],
  district: ['code', 'regency_code', 'name'],
  village: ['code', 'district_code', 'name'],
};

export interface RegionRow {
  code: string;
  parentCode: string | null;
  level: 1 | 2 | 3 | 4;
  name: string;
  searchName: string;
  regencyCount: number;
  districtCount: number;
  desaCount: number;
  kelurahanCount: number;
  desaAdatCount: number;
}

export type BuildResult = { ok: true; rows: RegionRow[] } | { ok: false; issues: FieldIssue[] };

const MESSY_SPACE = /\s\s|[^\S ]/;

/** Stop collecting after this many problems: a broken file would otherwise flood the report. */
const MAX_ISSUES = 50;

/**
 * Validates every row (code format, level, parent present and consistent, name, duplicates)
 * and returns rows ordered province → village with counts of everything below each region.
 */
export function buildRegionRows(files: WilayahFiles): BuildResult {
  const issues: FieldIssue[] = [];
  const byCode = new Map<string, RegionRow>();
  const ordered: RegionRow[] = [];
  const report = (file: WilayahFile, rowIndex: number | null, column: string, message: string) => {
    if (issues.length < MAX_ISSUES) {
      const where = rowIndex === null ? file.name : `${file.name} baris ${rowIndex + 1}`;
      issues.push({ field: `${where}, kolom ${column}`, message });
    }
  };

  REGION_LEVELS.forEach((level, depth) => {
    const file = files[level];
    const expected = WILAYAH_HEADERS[level];
    const header = (file.rows[0] ?? []).map((h) => h.trim());
    if (header.join(',') !== expected.join(',')) {
      report(file, 0, header.join(',') || '(kosong)', `Header harus "${expected.join(',')}".`);
      return;
    }
    for (let i = 1; i < file.rows.length; i++) {
      const cells = file.rows[i]!;
      if (cells.length === 1 && cells[0]!.trim() === '') continue; // blank line
      if (cells.length !== expected.length) {
        report(file, i, '*', `Baris harus berisi ${expected.length} kolom, ditemukan ${cells.length}.`);
        continue;
      }
      const parsed = parseRegionCode(cells[0]!);
      if (!parsed.ok) {
        report(file, i, 'code', `${parsed.message} (nilai: "${cells[0]}")`);
        continue;
      }
      const { code } = parsed.value;
      if (parsed.value.level !== level) {
        report(file, i, 'code', `Kode ${cells[0]} bukan kode tingkat ${level}.`);
        continue;
      }
      const rawName = cells[expected.length - 1]!.trim();
      const name = MESSY_SPACE.test(rawName) ? rawName.replace(/\s+/g, ' ') : rawName;
      if (name === '') {
        report(file, i, 'name', 'Nama wilayah kosong.');
        continue;
      }
      const parent = parentCode(code);
      if (parent !== null) {
        const declared = cells[1]!.trim();
        if (declared !== parent && declared.replaceAll('.', '') !== parent) {
          report(file, i, expected[1]!, `Kode induk "${cells[1]}" tidak cocok dengan kode ${cells[0]}.`);
          continue;
        }
        if (!byCode.has(parent)) {
          report(file, i, expected[1]!, `Wilayah induk ${cells[1]} tidak ada di daftar tingkat di atasnya.`);
          continue;
        }
      }
      if (byCode.has(code)) {
        report(file, i, 'code', `Kode ${cells[0]} muncul lebih dari sekali.`);
        continue;
      }
      const row: RegionRow = {
        code,
        parentCode: parent,
        level: (depth + 1) as RegionRow['level'],
        name,
        searchName: normalizeSearchText(name),
        regencyCount: 0,
        districtCount: 0,
        desaCount: 0,
        kelurahanCount: 0,
        desaAdatCount: 0,
      };
      byCode.set(code, row);
      ordered.push(row);
    }
  });

  if (issues.length > 0) return { ok: false, issues };
  for (const row of ordered) addToAncestors(row, byCode);
  return { ok: true, rows: ordered };
}

function addToAncestors(row: RegionRow, byCode: Map<string, RegionRow>): void {
  if (row.parentCode === null) return;
  const counter = counterFor(row);
  for (let code: string | null = row.parentCode; code !== null; ) {
    const ancestor: RegionRow = byCode.get(code)!;
    ancestor[counter]++;
    code = ancestor.parentCode;
  }
}

function counterFor(
  row: RegionRow,
): 'regencyCount' | 'districtCount' | 'desaCount' | 'kelurahanCount' | 'desaAdatCount' {
  if (row.level === 2) return 'regencyCount';
  if (row.level === 3) return 'districtCount';
  if (row.level === 1) throw new RangeError('a province has no parent');
  const type = villageTypeOf(row.code);
  return type === 'desa' ? 'desaCount' : type === 'kelurahan' ? 'kelurahanCount' : 'desaAdatCount';
}
