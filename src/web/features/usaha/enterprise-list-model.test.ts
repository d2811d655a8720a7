import { describe, expect, it } from 'vitest';
import {
  filtersFromParams,
  hasFilters,
  LIST_PAGE_SIZE,
  legalStatusColor,
  listQuery,
  paramsFromFilters,
} from './enterprise-list-model';

describe('the enterprise list filters', () => {
  it('come from the address and go back to it unchanged', () => {
    const params = new URLSearchParams(
      'kind=bumdesma&legalStatus=nama_kedaluwarsa&region=33.01&kawasanId=k1&page=3&q=kopi',
    );
    const filters = filtersFromParams(params);
    expect(filters).toEqual({
      q: 'kopi',
      kind: 'bumdesma',
      legalStatus: 'nama_kedaluwarsa',
      region: '33.01',
      kawasanId: 'k1',
      page: 3,
    });
    expect(Object.fromEntries(paramsFromFilters(filters))).toEqual(Object.fromEntries(params));
  });

  it('drop unknown kinds and statuses and bad pages', () => {
    const filters = filtersFromParams(new URLSearchParams('kind=pt&legalStatus=lunas&page=-2'));
    expect(filters).toMatchObject({ kind: '', legalStatus: '', page: 1 });
    expect(hasFilters(filters)).toBe(false);
    expect(paramsFromFilters(filters).toString()).toBe('');
  });

  it('send a whole region code without dots, and the page as an offset', () => {
    const base = filtersFromParams(new URLSearchParams());
    expect(listQuery({ ...base, region: '33.01', page: 2 })).toEqual({
      limit: LIST_PAGE_SIZE,
      offset: LIST_PAGE_SIZE,
      region: '3301',
    });
    // A code still being typed is not sent.
    expect(listQuery({ ...base, region: '330' })).toEqual({ limit: LIST_PAGE_SIZE, offset: 0 });
  });
});

describe('legal status colours', () => {
  it('show an expired name approval in red and a legal entity in green', () => {
    expect(legalStatusColor('nama_kedaluwarsa')).toBe('red');
    expect(legalStatusColor('berbadan_hukum')).toBe('green');
    expect(legalStatusColor('belum_terdaftar')).toBe('gray');
  });
});
