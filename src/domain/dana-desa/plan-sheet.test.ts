import { describe, expect, it } from 'vitest';
import {
  anyCategoryRuleSet,
  findPlanHeaderRow,
  planColumnOf,
  readPlanSheet,
  sheetCategory,
} from './plan-sheet.ts';
import { ruleSetOf } from './testing.ts';

const PAGU = 1_000_000_000n;
const HEADER = ['Kode Kegiatan', 'Kategori', 'Kegiatan', 'Lokasi', 'Jumlah (Rp)', 'Upah (Rp)'];
const RULES_2025 = ruleSetOf(2025);

describe('plan sheet headers', () => {
  it('reads the usual spellings, with or without (Rp)', () => {
    expect(planColumnOf('Jumlah (Rp)')).toBe('amount');
    expect(planColumnOf('ANGGARAN')).toBe('amount');
    expect(planColumnOf('Uraian Kegiatan')).toBe('activity');
    expect(planColumnOf('Upah')).toBe('wages');
    expect(planColumnOf('Catatan')).toBeNull();
  });

  it('finds the header under a title block', () => {
    expect(findPlanHeaderRow([['Rencana Dana Desa 2025'], [], HEADER])).toBe(2);
    expect(findPlanHeaderRow([['nothing here']])).toBe(-1);
  });

  it('reads a category by code or by label', () => {
    expect(sheetCategory('ketahanan_pangan')).toBe('ketahanan_pangan');
    expect(sheetCategory('Ketahanan pangan dan hewani')).toBe('ketahanan_pangan');
    expect(sheetCategory(' BLT Desa ')).toBe('blt_desa');
    expect(sheetCategory('sesuatu')).toBe('sesuatu');
  });
});

describe('readPlanSheet', () => {
  it('turns good rows into plan lines, skipping empty rows', () => {
    const sheet = readPlanSheet(
      [
        ['Rencana penggunaan Dana Desa'],
        HEADER,
        ['1.1', 'BLT Desa', 'BLT 12 keluarga', 'Dusun I', '100.000.000', ''],
        ['', '', '', '', '', ''],
        ['2.1', 'infrastruktur_desa', 'Jalan usaha tani', 'Dusun II', 'Rp 300.000.000', '100000000'],
      ],
      RULES_2025,
      PAGU,
    );
    expect(sheet).toEqual({
      ok: true,
      lines: [
        {
          line: 3,
          value: {
            id: '1.1',
            category: 'blt_desa',
            activity: 'BLT 12 keluarga',
            location: 'Dusun I',
            amount: 100_000_000n,
          },
        },
        {
          line: 5,
          value: {
            id: '2.1',
            category: 'infrastruktur_desa',
            activity: 'Jalan usaha tani',
            location: 'Dusun II',
            amount: 300_000_000n,
            wages: 100_000_000n,
          },
        },
      ],
    });
  });

  it('lists every bad row with its line and column, and keeps none', () => {
    const sheet = readPlanSheet(
      [
        HEADER,
        ['1', 'blt_desa', 'BLT', '', 'seratus juta', ''],
        ['2', 'kategori_asing', 'Sesuatu', '', '5.000.000', ''],
        ['2', 'blt_desa', '', '', '5.000.000', '1000'],
        ['3', 'infrastruktur_desa', 'Jalan', '', '10.000.000', '20.000.000'],
        ['4', 'penanganan_covid', 'Posko', '', '1.000.000', ''],
      ],
      RULES_2025,
      PAGU,
    );
    expect(sheet.ok).toBe(false);
    if (sheet.ok) return;
    const where = sheet.issues.map((i) => `${i.line}:${i.columnLetter}:${i.column}`);
    expect(where).toEqual([
      '2:E:Jumlah (Rp)',
      '3:B:Kategori',
      '4:A:Kode Kegiatan',
      '4:C:Kegiatan',
      '4:F:Upah (Rp)',
      '5:F:Upah (Rp)',
      '6:B:Kategori',
    ]);
    expect(sheet.issues[0]!.message).toMatch(/angka/);
    expect(sheet.issues[2]!.message).toBe('Kode baris 2 sudah dipakai pada baris ke-2.');
    expect(sheet.issues[5]!.message).toMatch(/melebihi jumlah kegiatan/);
    expect(sheet.issues[6]!.message).toMatch(/tidak termasuk penggunaan Dana Desa tahun 2025/);
  });

  it('refuses a sheet whose total is above the pagu', () => {
    const sheet = readPlanSheet([HEADER, ['1', 'blt_desa', 'BLT', '', '150', '']], RULES_2025, 100n);
    expect(sheet.ok).toBe(false);
    if (sheet.ok) return;
    expect(sheet.issues).toEqual([
      expect.objectContaining({
        line: 1,
        columnLetter: 'E',
        message: expect.stringMatching(/melebihi pagu/),
      }),
    ]);
  });

  it('reports missing columns, a missing header and an empty sheet', () => {
    const missing = readPlanSheet([['Kategori', 'Jumlah']], RULES_2025, PAGU);
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues.map((i) => i.column)).toEqual(['Kode Kegiatan', 'Kegiatan']);
    }
    const noHeader = readPlanSheet([['a', 'b']], RULES_2025, PAGU);
    expect(noHeader.ok).toBe(false);
    const empty = readPlanSheet([HEADER, ['', '', '', '', '', '']], RULES_2025, PAGU);
    expect(empty).toEqual({
      ok: false,
      issues: [expect.objectContaining({ message: 'Lembar rencana tidak berisi satu pun kegiatan.' })],
    });
  });

  it('reads a year without a rule set with every known category, and its shape still checked', () => {
    const any2023 = anyCategoryRuleSet(2023);
    const sheet = readPlanSheet([HEADER, ['1', 'penanganan_covid', 'Posko', '', '10', '']], any2023, PAGU);
    expect(sheet.ok).toBe(true);
    const bad = readPlanSheet([HEADER, ['', 'apa saja', '', '', '10', '']], any2023, PAGU);
    expect(bad.ok ? [] : bad.issues.map((i) => i.columnLetter)).toEqual(['A', 'B', 'C']);
  });

  it('does not blame the wages of a row whose amount could not be read', () => {
    const sheet = readPlanSheet(
      [HEADER, ['1', 'infrastruktur_desa', 'Jalan', '', 'banyak', '5.000']],
      RULES_2025,
      PAGU,
    );
    expect(sheet.ok ? [] : sheet.issues.map((i) => i.columnLetter)).toEqual(['E']);
  });
});
