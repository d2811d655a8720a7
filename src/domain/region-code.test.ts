import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ancestorCodes,
  childLevel,
  formatRegionCode,
  parentCode,
  parseRegionCode,
  regencyTypeOf,
  villageTypeOf,
} from './region-code.ts';

describe('parseRegionCode', () => {
  it.each([
    ['33', '33', 'province'],
    ['3374', '3374', 'regency'],
    ['33.74', '3374', 'regency'],
    ['337401', '337401', 'district'],
    ['33.74.01', '337401', 'district'],
    ['3374011001', '3374011001', 'village'],
    ['33.74.01.1001', '3374011001', 'village'],
    ['  33.74.01.1001 ', '3374011001', 'village'],
    ['9103013007', '9103013007', 'village'],
  ])('accepts %j as %s (%s)', (input, code, level) => {
    expect(parseRegionCode(input)).toEqual({ ok: true, value: { code, level } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12x', 'invalid_characters'],
    ['33-74', 'invalid_characters'],
    ['3', 'invalid_length'],
    ['337', 'invalid_length'],
    ['33740110', 'invalid_length'],
    ['33740110011', 'invalid_length'],
    ['337.4', 'invalid_dots'],
    ['33.74.01.1001.5', 'invalid_dots'],
    ['33..74', 'invalid_dots'],
    ['.33', 'invalid_dots'],
    ['00', 'zero_segment'],
    ['33.00', 'zero_segment'],
    ['3374010000', 'zero_segment'],
    ['3374014001', 'invalid_village_type'],
    ['3374010001', 'invalid_village_type'],
  ])('rejects %j with %s and a message', (input, problem) => {
    const result = parseRegionCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toBe(problem);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  const villageCode = fc
    .tuple(
      fc.integer({ min: 11, max: 99 }),
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom('1', '2', '3'),
      fc.integer({ min: 1, max: 999 }),
    )
    .map(
      ([p, k, c, t, d]) =>
        `${p}${String(k).padStart(2, '0')}${String(c).padStart(2, '0')}${t}${String(d).padStart(3, '0')}`,
    );

  it('round-trips any village code through its dotted form', () => {
    fc.assert(
      fc.property(villageCode, (code) => {
        const dotted = formatRegionCode(code);
        expect(dotted).toMatch(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);
        const parsed = parseRegionCode(dotted);
        expect(parsed).toEqual({ ok: true, value: { code, level: 'village' } });
      }),
    );
  });

  it('finds each ancestor as a valid code of the level above', () => {
    fc.assert(
      fc.property(villageCode, (code) => {
        const chain = ancestorCodes(code);
        expect(chain.map((c) => parseRegionCode(c).ok)).toEqual([true, true, true]);
        expect(chain.every((c) => code.startsWith(c))).toBe(true);
      }),
    );
  });
});

describe('hierarchy helpers', () => {
  it.each([
    ['33', '33'],
    ['3374', '33.74'],
    ['337401', '33.74.01'],
    ['3374011001', '33.74.01.1001'],
  ])('formats %s as %s', (code, dotted) => expect(formatRegionCode(code)).toBe(dotted));

  it.each([
    ['3374011001', ['33', '3374', '337401'], '337401'],
    ['337401', ['33', '3374'], '3374'],
    ['3374', ['33'], '33'],
    ['33', [], null],
  ])('ancestors of %s', (code, chain, parent) => {
    expect(ancestorCodes(code)).toEqual(chain);
    expect(parentCode(code)).toBe(parent);
  });

  it.each([
    ['province', 'regency'],
    ['regency', 'district'],
    ['district', 'village'],
    ['village', null],
  ] as const)('below %s is %s', (level, child) => expect(childLevel(level)).toBe(child));

  it.each([
    ['3374011001', 'kelurahan'],
    ['3301012001', 'desa'],
    ['9103013007', 'desa_adat'],
  ] as const)('village %s is a %s (7th digit)', (code, type) => expect(villageTypeOf(code)).toBe(type));

  it.each([
    ['3301', 'kabupaten'],
    ['3370', 'kabupaten'],
    ['3371', 'kota'],
    ['3374', 'kota'],
  ] as const)('regency %s is a %s', (code, type) => expect(regencyTypeOf(code)).toBe(type));

  it('refuses to type a code of the wrong level', () => {
    expect(() => villageTypeOf('3374')).toThrow(RangeError);
    expect(() => regencyTypeOf('33')).toThrow(RangeError);
  });
});
