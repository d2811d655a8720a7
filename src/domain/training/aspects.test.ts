import { describe, expect, it } from 'vitest';
import {
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  ASPECT_LABELS,
  ASPECTS,
  ageGroupOf,
  ENTERPRISE_ROLES,
  FACILITATOR_ROLES,
  isAspect,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  PROVIDER_KIND_LABELS,
  PROVIDER_KINDS,
  ROLE_TARGET_GROUP,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
} from './aspects.ts';

describe('vocabulary', () => {
  it('has the four aspects of UU 6/2014 Pasal 1(12) in order, with Indonesian labels', () => {
    expect(ASPECTS).toEqual(['pengetahuan', 'sikap', 'keterampilan', 'perilaku']);
    expect(ASPECTS.map((a) => ASPECT_LABELS[a])).toEqual([
      'Pengetahuan',
      'Sikap',
      'Keterampilan',
      'Perilaku',
    ]);
    expect(isAspect('sikap')).toBe(true);
    expect(isAspect('kesadaran')).toBe(false);
  });

  it('has the four kinds of provider', () => {
    expect(PROVIDER_KINDS).toEqual(['balai_pelatihan', 'perguruan_tinggi', 'lsm', 'instansi_pemerintah']);
    expect(PROVIDER_KIND_LABELS.balai_pelatihan).toContain('BPPMDDTT');
  });

  it('labels every target group, role and age group', () => {
    for (const g of TARGET_GROUPS) expect(TARGET_GROUP_LABELS[g]).toMatch(/\S/);
    for (const r of PARTICIPANT_ROLES) expect(PARTICIPANT_ROLE_LABELS[r]).toMatch(/\S/);
    for (const a of AGE_GROUPS) expect(AGE_GROUP_LABELS[a]).toMatch(/\S/);
  });

  it('puts every role in a target group, and reaches every target group from some role', () => {
    for (const r of PARTICIPANT_ROLES) expect(TARGET_GROUPS).toContain(ROLE_TARGET_GROUP[r]);
    expect(new Set(Object.values(ROLE_TARGET_GROUP))).toEqual(new Set(TARGET_GROUPS));
    expect(ROLE_TARGET_GROUP.kepala_desa).toBe('pemerintah_desa');
    expect(ROLE_TARGET_GROUP.pengelola_bumdes).toBe('pengelola_bumdes');
  });

  it('links enterprises only to managers and facilitator records only to cadres', () => {
    expect(ENTERPRISE_ROLES).toEqual(['pengelola_bumdes', 'pengurus_koperasi']);
    expect(FACILITATOR_ROLES).toEqual(['kpmd', 'pendamping_desa']);
  });
});

describe('ageGroupOf', () => {
  it.each([
    [2012, 2026, 'usia_di_bawah_16'],
    [2011, 2026, 'usia_di_bawah_16'],
    [2010, 2026, 'usia_16_30'],
    [1996, 2026, 'usia_16_30'],
    [1995, 2026, 'usia_31_45'],
    [1981, 2026, 'usia_31_45'],
    [1980, 2026, 'usia_46_59'],
    [1967, 2026, 'usia_46_59'],
    [1966, 2026, 'usia_60_ke_atas'],
    [1930, 2026, 'usia_60_ke_atas'],
  ] as const)('born %i, in %i → %s', (birthYear, atYear, group) => {
    expect(ageGroupOf(birthYear, atYear)).toBe(group);
  });
});
