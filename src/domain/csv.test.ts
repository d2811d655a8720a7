import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it.each([
    [
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      '\uFEFFcode,name\n11,Aceh',
      [
        ['code', 'name'],
        ['11', 'Aceh'],
      ],
    ],
    ['x,"Lubuk Pakam I,II"', [['x', 'Lubuk Pakam I,II']]],
    ['x,"Soka""an"', [['x', 'Soka"an']]],
    ['x,"two\nlines"', [['x', 'two\nlines']]],
    ['a,,c', [['a', '', 'c']]],
  ])('parses %j', (text, rows) => expect(parseCsv(text)).toEqual(rows));

  it('refuses an unterminated quote', () => {
    expect(() => parseCsv('a,"open\n')).toThrow(SyntaxError);
  });

  it('reads back whatever csvLine wrote', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 5 }), { minLength: 1 }),
        (rows) => {
          expect(parseCsv(rows.map((r) => csvLine(r)).join(''))).toEqual(rows);
        },
      ),
    );
  });

  it('writes null as an unquoted empty field and the empty string quoted', () => {
    expect(csvLine(['a', null, '', 3])).toBe('a,,"",3\n');
  });
});
