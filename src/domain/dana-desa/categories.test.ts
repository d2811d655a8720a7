import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CATEGORY_CODES,
  CONSTRUCTION_CATEGORIES,
  categoryLabel,
  isCategoryCode,
  isConstructionCategory,
} from './categories.ts';
import { RULE_SETS } from './rule-sets.ts';

describe('categories', () => {
  it('has a label and a one-line explanation for every code, keyed by that code', () => {
    for (const code of CATEGORY_CODES) {
      expect(CATEGORIES[code].code).toBe(code);
      expect(CATEGORIES[code].label).toMatch(/\S/);
      expect(CATEGORIES[code].explanation).toMatch(/^[A-Z].+\.$/);
    }
    expect(Object.keys(CATEGORIES).sort()).toEqual([...CATEGORY_CODES].sort());
  });

  it('treats PKTD and village infrastructure as the construction whose wages are counted', () => {
    expect(CONSTRUCTION_CATEGORIES).toEqual(['padat_karya_tunai', 'infrastruktur_desa']);
    expect(isConstructionCategory('padat_karya_tunai')).toBe(true);
    expect(isConstructionCategory('blt_desa')).toBe(false);
    expect(isConstructionCategory('tidak_dikenal')).toBe(false);
  });

  it('recognises codes and labels them, leaving unknown ones as written', () => {
    expect(isCategoryCode('koperasi_merah_putih')).toBe(true);
    expect(isCategoryCode('toString')).toBe(false);
    expect(isCategoryCode(3)).toBe(false);
    expect(categoryLabel('blt_desa')).toBe('BLT Desa');
    expect(categoryLabel('bansos')).toBe('bansos');
  });

  it('is used: every code belongs to at least one year', () => {
    const used = new Set(RULE_SETS.flatMap((s) => s.categories));
    expect(CATEGORY_CODES.filter((c) => !used.has(c))).toEqual([]);
  });

  it('keeps COVID-19 handling to 2020 and Koperasi Desa Merah Putih to 2026', () => {
    const yearsOf = (code: string) =>
      RULE_SETS.filter((s) => (s.categories as readonly string[]).includes(code)).map((s) => s.fiscalYear);
    expect(yearsOf('penanganan_covid')).toEqual([2020]);
    expect(yearsOf('koperasi_merah_putih')).toEqual([2026]);
  });
});
