import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareShare,
  formatRupiah,
  parseRupiah,
  percentCeiling,
  percentFloor,
  percentText,
  RUPIAH_MAX,
  sumRupiah,
} from './rupiah.ts';

const value = (input: unknown, allowNegative = false) => {
  const r = parseRupiah(input, 'jumlah', { allowNegative });
  return r.ok ? r.value : r.issue.message;
};

describe('parseRupiah', () => {
  it.each([
    ['1500000', '1500000'],
    ['1.500.000', '1500000'],
    ['Rp 1.500.000', '1500000'],
    ['Rp1.500.000,00', '1500000'],
    ['rp. 250.000,-', '250000'],
    [' 7 ', '7'],
    [0, '0'],
    [2_500_000, '2500000'],
    ['1000000000000000', RUPIAH_MAX.toString()],
  ])('reads %j as %s', (input, expected) => {
    expect(value(input)).toBe(BigInt(expected));
  });

  it('takes a bigint as it is', () => {
    expect(value(12n)).toBe(12n);
  });

  it.each([
    ['', 'Jumlah rupiah wajib diisi.'],
    [null, 'Jumlah rupiah wajib diisi.'],
    ['1.500.000,50', 'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.'],
    [1.5, 'Jumlah rupiah harus bilangan bulat (tanpa sen).'],
    ['1,5 juta', 'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.'],
    ['15.00', 'Jumlah rupiah hanya angka, dengan titik sebagai pemisah ribuan, misalnya 1.500.000.'],
    ['1.5000.000', 'Jumlah rupiah hanya angka, dengan titik sebagai pemisah ribuan, misalnya 1.500.000.'],
    ['abc', 'Jumlah rupiah hanya angka, dengan titik sebagai pemisah ribuan, misalnya 1.500.000.'],
    ['-5', 'Jumlah rupiah tidak boleh negatif.'],
    ['1000000000000001', 'Jumlah rupiah terlalu besar (paling banyak Rp1.000.000.000.000.000).'],
  ])('refuses %j', (input, message) => {
    expect(value(input)).toBe(message);
  });

  it('takes a loss when asked to', () => {
    expect(value('-Rp 250.000', true)).toBe(-250_000n);
    expect(value('- 1.000', true)).toBe(-1_000n);
  });

  it('names the field', () => {
    const r = parseRupiah('x', 'lines.3.amount');
    expect(r.ok || r.issue.field).toBe('lines.3.amount');
  });
});

describe('formatRupiah', () => {
  it.each([
    ['0', 'Rp0'],
    ['999', 'Rp999'],
    ['1000', 'Rp1.000'],
    ['60570000000000', 'Rp60.570.000.000.000'],
    ['-250000', '-Rp250.000'],
  ])('%s → %s', (v, text) => {
    expect(formatRupiah(BigInt(v))).toBe(text);
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -RUPIAH_MAX, max: RUPIAH_MAX }), (v) => {
        expect(value(formatRupiah(v), true)).toBe(v);
      }),
    );
  });
});

describe('sums and shares', () => {
  it('sums exactly, in any order, where floats would not', () => {
    const amounts = fc.array(fc.bigInt({ min: 0n, max: RUPIAH_MAX }), { maxLength: 60 });
    fc.assert(
      fc.property(amounts, (list) => {
        const total = sumRupiah(list);
        expect(sumRupiah([...list].reverse())).toBe(total);
        expect(total - sumRupiah(list.slice(1))).toBe(list[0] ?? 0n);
      }),
    );
    // 9,007,199,254,740,993 is not a double: a float sum would say …992.
    expect(sumRupiah([9_007_199_254_740_992n, 1n])).toBe(9_007_199_254_740_993n);
  });

  it('compares shares exactly at the boundary', () => {
    expect(compareShare(25n, 100n, 25)).toBe(0);
    expect(compareShare(250_000_001n, 1_000_000_000n, 25)).toBe(1);
    expect(compareShare(249_999_999n, 1_000_000_000n, '25')).toBe(-1);
    expect(compareShare(25n, 1000n, '2.5')).toBe(0);
    expect(() => compareShare(1n, 0n, 10)).toThrow(RangeError);
    expect(() => compareShare(1n, 10n, '1,5')).toThrow(RangeError);
  });

  it('gives the floor and ceiling amounts a share rule needs', () => {
    expect(percentFloor(1_000_000_001n, 20)).toBe(200_000_001n);
    expect(percentCeiling(1_000_000_001n, 20)).toBe(200_000_000n);
    expect(percentCeiling(1_000n, '2.5')).toBe(25n);
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: RUPIAH_MAX }), fc.integer({ min: 0, max: 100 }), (whole, pct) => {
        const floor = percentFloor(whole, pct);
        expect(compareShare(floor, whole, pct)).toBeGreaterThanOrEqual(0);
        if (floor > 0n) expect(compareShare(floor - 1n, whole, pct)).toBe(-1);
        const ceiling = percentCeiling(whole, pct);
        expect(compareShare(ceiling, whole, pct)).toBeLessThanOrEqual(0);
        expect(compareShare(ceiling + 1n, whole, pct)).toBe(1);
      }),
    );
  });

  it('prints percentages rounded half up', () => {
    expect(percentText(1n, 8n)).toBe('12.5');
    expect(percentText(1n, 3n, 2)).toBe('33.33');
    expect(percentText(2n, 3n, 0)).toBe('67');
    expect(percentText(-1n, 4n)).toBe('-25.0');
    expect(percentText(1n, 0n)).toBeNull();
  });
});
