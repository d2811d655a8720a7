import { describe, expect, it } from 'vitest';
import type { Institution } from '../../../contracts/kawasan.contract';
import { kawasanPublicPath } from '../kawasan/kawasan-paths';
import {
  formatDay,
  orderedInstitutions,
  orderedMembers,
  pageOf,
  regionFilterOf,
} from './public-kawasan-model';

describe('members', () => {
  const members = [
    { name: 'Tambakreja', districtName: 'Kedungreja', role: 'lagging' as const },
    { name: 'Bumireja', districtName: 'Kedungreja', role: 'locomotive' as const },
    { name: 'Adipala', districtName: 'Adipala', role: 'other' as const },
    { name: 'Ciklapa', districtName: 'Kedungreja', role: 'lagging' as const },
  ];

  it('orders by kecamatan, then name', () => {
    expect(orderedMembers(members).map((m) => m.name)).toEqual([
      'Adipala',
      'Bumireja',
      'Ciklapa',
      'Tambakreja',
    ]);
  });
});

describe('orderedInstitutions', () => {
  it('puts the TKPKP before the BKAD', () => {
    const of = (kind: Institution['kind']): Institution => ({
      kind,
      name: kind,
      decreeNumber: null,
      decreeDate: null,
      decreeDocumentId: null,
      notes: null,
      members: [],
      updatedAt: '2026-01-01T00:00:00Z',
    });
    expect(orderedInstitutions([of('bkad'), of('tkpkp')]).map((i) => i.kind)).toEqual(['tkpkp', 'bkad']);
  });
});

describe('the public list address', () => {
  it('reads a province or kabupaten filter, dotted or not', () => {
    expect(regionFilterOf('33')).toEqual({ province: '33', kabupaten: null });
    expect(regionFilterOf('33.01')).toEqual({ province: '33', kabupaten: '3301' });
    expect(regionFilterOf('3301')).toEqual({ province: '33', kabupaten: '3301' });
    expect(regionFilterOf('330101')).toBeNull();
    expect(regionFilterOf('x')).toBeNull();
    expect(regionFilterOf(null)).toBeNull();
  });

  it('reads the page number', () => {
    expect(pageOf('3')).toBe(3);
    expect(pageOf(null)).toBe(1);
    expect(pageOf('0')).toBe(1);
    expect(pageOf('2.5')).toBe(1);
    expect(pageOf('dua')).toBe(1);
  });

  it('links to the public page of a kawasan', () => {
    expect(kawasanPublicPath('0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6')).toBe(
      '/kawasan/0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6/publik',
    );
  });
});

describe('formatDay', () => {
  it('writes a decree date as the same calendar day in every time zone', () => {
    expect(formatDay('2026-11-30', 'id-ID')).toBe('30 Nov 2026');
    expect(formatDay('2026-01-01', 'en')).toBe('Jan 1, 2026');
    expect(formatDay('30/11/2026', 'id-ID')).toBe('30/11/2026');
    expect(formatDay('2026-13-45', 'id-ID')).toBe('2026-13-45');
  });
});
