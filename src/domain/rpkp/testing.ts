/** Test fixtures for the RPKP: a kawasan's members and a complete plan to vary. */
import type { Activity, Programme, RpkpPlan } from './plan.ts';

/** Three desa of Kab. Semarang (3322), province Jawa Tengah (33). */
export const MEMBERS = ['3322012001', '3322012002', '3322022003'] as const;
/** Semarang and Demak: a kawasan across kabupaten, designated by the province. */
export const CROSS_MEMBERS = ['3322012001', '3321012001'] as const;

/** A complete activity; override what a test varies. */
export function activity(id: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    name: `Kegiatan ${id}`,
    desaCodes: ['3322012001'],
    year: 2026,
    stage: 'hulu',
    sector: 'pertanian',
    agencyKind: 'kabupaten',
    agencyName: 'Dinas Pertanian Kab. Semarang',
    fundingSource: 'apbd_kabupaten',
    budget: 100_000_000n,
    outputs: [{ name: 'Kebun kopi diremajakan', unit: 'ha', target: 25 }],
    ...overrides,
  };
}

export function programme(id: string, activities: Activity[], overrides: Partial<Programme> = {}): Programme {
  return { id, name: `Program ${id}`, strategyId: 'S1', activities, ...overrides };
}

/** A complete 2026–2030 plan with one programme and one activity unless given others. */
export function plan(programmes: Programme[] = [programme('P1', [activity('A1')])]): RpkpPlan {
  return {
    period: { startYear: 2026, endYear: 2030 },
    vision: 'Kawasan kopi Getasan yang mandiri dan berkelanjutan',
    strategies: [{ id: 'S1', text: 'Hilirisasi kopi melalui BUM Desa Bersama' }],
    programmes,
  };
}
