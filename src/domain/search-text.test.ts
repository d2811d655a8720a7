import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './search-text.ts';

describe('normalizeSearchText', () => {
  it.each([
    ['Miroto', 'miroto'],
    ['MIROTO', 'miroto'],
    ['  Miroto  ', 'miroto'],
    ['Regapu’u', 'regapuu'],
    ["Regapu'u", 'regapuu'],
    ['Soka"an', 'sokaan'],
    ['Lubuk Pakam I,II', 'lubuk pakam i ii'],
    ['Émpang', 'empang'],
    ['Kota  Semarang', 'kota semarang'],
    ['Desa-Adat (Yoboi)', 'desa adat yoboi'],
  ])('%j → %j', (input, expected) => expect(normalizeSearchText(input)).toBe(expected));

  it('is idempotent and yields only [a-z0-9 ] (safe inside LIKE)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizeSearchText(s);
        expect(normalizeSearchText(once)).toBe(once);
        expect(once).toMatch(/^[a-z0-9 ]*$/);
      }),
    );
  });
});
