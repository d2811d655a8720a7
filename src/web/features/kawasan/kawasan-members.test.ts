import { describe, expect, it } from 'vitest';
import type { KawasanMember } from '../../../contracts/kawasan.contract';
import {
  candidateProblem,
  MAX_MEMBERS,
  mapKabupatenOf,
  memberMapResults,
  membersChanged,
  membersWithin,
  roleCounts,
  roleGroups,
} from './kawasan-members';

function member(code: string, role: KawasanMember['role']): KawasanMember {
  return {
    code,
    codeDotted: code,
    name: `Desa ${code}`,
    districtCode: code.slice(0, 6),
    districtName: 'Kec',
    type: 'desa',
    indexYear: role === 'unknown' ? null : 2024,
    indexValue: role === 'unknown' ? null : 0.6,
    status:
      role === 'locomotive'
        ? 'maju'
        : role === 'lagging'
          ? 'tertinggal'
          : role === 'other'
            ? 'berkembang'
            : null,
    role,
  };
}

describe('candidateProblem', () => {
  it('refuses a kelurahan whatever else holds', () => {
    expect(candidateProblem({ code: '3328011001', type: 'kelurahan' }, ['3328'], [])).toBe('kelurahan');
  });

  it('refuses a desa outside the kawasan’s kabupaten, one already chosen, and a 61st', () => {
    expect(candidateProblem({ code: '3329012001', type: 'desa' }, ['3328'], [])).toBe('outsideKabupaten');
    expect(candidateProblem({ code: '3328012001', type: 'desa' }, ['3328'], ['3328012001'])).toBe('chosen');
    const full = Array.from({ length: MAX_MEMBERS }, (_, i) => `3328012${String(i).padStart(3, '0')}`);
    expect(candidateProblem({ code: '3328022001', type: 'desa' }, ['3328'], full)).toBe('full');
  });

  it('accepts a desa or desa adat of one of the kabupaten', () => {
    expect(candidateProblem({ code: '3328012001', type: 'desa' }, ['3328'], [])).toBeNull();
    expect(
      candidateProblem({ code: '3329013001', type: 'desa_adat' }, ['3328', '3329'], ['3328012001']),
    ).toBeNull();
  });
});

describe('member lists', () => {
  const picked = [
    { code: '3328012001', name: 'A', districtName: 'X' },
    { code: '3329012001', name: 'B', districtName: 'Y' },
  ];

  it('keeps only members inside the kabupaten still chosen', () => {
    expect(membersWithin(picked, ['3328']).map((m) => m.code)).toEqual(['3328012001']);
    expect(membersWithin(picked, [])).toEqual([]);
  });

  it('tells a changed member list from a reordered one', () => {
    expect(membersChanged(picked, [...picked].reverse())).toBe(false);
    expect(membersChanged(picked, picked.slice(0, 1))).toBe(true);
    expect(membersChanged(picked.slice(0, 1), [picked[1]!])).toBe(true);
  });
});

describe('roleGroups', () => {
  const members = [
    member('1', 'other'),
    member('2', 'locomotive'),
    member('3', 'lagging'),
    member('4', 'lagging'),
  ];

  it('follows the dashboard’s codes and order when there is one', () => {
    const groups = roleGroups(members, { locomotives: ['2'], lagging: ['4', '3', 'gone'] });
    expect(groups.locomotives.map((m) => m.code)).toEqual(['2']);
    expect(groups.lagging.map((m) => m.code)).toEqual(['4', '3']);
  });

  it('falls back on each member’s role', () => {
    const groups = roleGroups(members, null);
    expect(groups.locomotives.map((m) => m.code)).toEqual(['2']);
    expect(groups.lagging.map((m) => m.code)).toEqual(['3', '4']);
  });

  it('counts the roles', () => {
    expect(roleCounts([...members, member('5', 'unknown')])).toEqual({
      locomotive: 1,
      lagging: 2,
      other: 1,
      unknown: 1,
    });
  });
});

describe('the members map', () => {
  it('shows the kabupaten the kawasan was formed in, else those of its members', () => {
    expect(mapKabupatenOf([member('3301012001', 'other')], ['3301', '3302'])).toEqual(['3301', '3302']);
    expect(
      mapKabupatenOf([
        member('3329012001', 'other'),
        member('3328042008', 'other'),
        member('3329012002', 'other'),
      ]),
    ).toEqual(['3329', '3328']);
    expect(mapKabupatenOf([], [])).toEqual([]);
  });

  it("keeps every desa's own result for a tap, the members' results over them", () => {
    const region = new Map([
      ['3301012001', { status: 'berkembang' as const, value: 0.6 }],
      ['3301012002', { status: 'tertinggal' as const, value: 0.55 }],
    ]);
    const results = memberMapResults([{ code: '3301012001', status: 'maju', indexValue: 0.75 }], region);
    expect(results.get('3301012001')).toEqual({ status: 'maju', value: 0.75 });
    expect(results.get('3301012002')).toEqual({ status: 'tertinggal', value: 0.55 });
    expect(region.get('3301012001')?.status).toBe('berkembang');
  });
});
