import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { mulberry32 } from '../kawasan/prng.ts';
import { ACTIVITY_CATEGORIES } from './activity-log.ts';
import {
  activitiesByKawasan,
  type CoverageEntry,
  dayNumber,
  desaCoverage,
  facilitatorWorkload,
} from './coverage.ts';

let seq = 0;
function visit(code: string, date: string, over: Partial<CoverageEntry> = {}): CoverageEntry {
  seq += 1;
  return {
    id: `v${seq}`,
    facilitatorId: 'f1',
    date,
    place: { kind: 'desa', code },
    category: 'motivasi_kelompok',
    state: 'disetujui',
    ...over,
  };
}

const scope = [
  { code: 'A', name: 'Ancol' },
  { code: 'B', name: 'Bojong' },
  { code: 'C', name: 'Cibodas' },
  { code: 'D', name: 'Dukuh' },
  { code: 'E', name: 'Empang' },
  { code: 'F', name: 'Ciomas' },
];
const ASOF = '2026-03-31';

describe('dayNumber', () => {
  it('reads real calendar dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-02-29')).not.toBeNull();
    expect(dayNumber('2026-02-29')).toBeNull();
    expect(dayNumber('2026-3-1')).toBeNull();
  });
});

describe('desaCoverage', () => {
  const entries = [
    visit('A', '2026-03-31'), // today: 0 days
    visit('A', '2026-01-01'),
    visit('B', '2026-03-02'), // 29 days: inside the 30-day window (its first day)
    visit('C', '2026-03-01'), // 30 days: just outside it
    visit('D', '2026-01-01'), // 89 days: inside the 90-day window
    visit('E', '2025-12-31'), // 90 days: outside every window
    visit('F', '2026-04-01'), // after the as-of date: ignored
    visit('F', '2026-03-30', { state: 'diajukan' }), // not approved: ignored
    visit('F', '2026-03-30', { state: 'dikembalikan' }),
    visit('F', '2026-03-30', { place: { kind: 'kawasan', id: 'k1' } }), // kawasan-wide, not a visit
    visit('Z', '2026-03-30'), // outside the scope
  ];
  const cov = desaCoverage(entries, scope, ASOF);

  it('gives days since the last visit per desa, never-visited and longest gap first', () => {
    expect(cov.desa.map((d) => [d.code, d.lastVisit, d.daysSinceLastVisit, d.visits])).toEqual([
      ['F', null, null, 0],
      ['E', '2025-12-31', 90, 1],
      ['D', '2026-01-01', 89, 1],
      ['C', '2026-03-01', 30, 1],
      ['B', '2026-03-02', 29, 1],
      ['A', '2026-03-31', 0, 2],
    ]);
  });

  it('lists desa without activity in the inclusive 30/60/90-day windows', () => {
    expect(cov.noActivity).toEqual({ 30: ['F', 'E', 'D', 'C'], 60: ['F', 'E', 'D'], 90: ['F', 'E'] });
  });

  it('does not depend on the input order and counts a repeated entry once', () => {
    const again = desaCoverage([...entries].reverse().concat(entries[1]!), scope, ASOF);
    expect(again).toEqual(cov);
  });

  it('orders equal gaps by name and refuses a bad as-of date', () => {
    const none = desaCoverage([], scope, ASOF);
    expect(none.desa.map((d) => d.name)).toEqual(['Ancol', 'Bojong', 'Cibodas', 'Ciomas', 'Dukuh', 'Empang']);
    expect(none.noActivity[30]).toHaveLength(6);
    expect(() => desaCoverage([], scope, '31-03-2026')).toThrowError(AppError);
  });
});

describe('activitiesByKawasan', () => {
  const kawasan = [
    { id: 'k1', name: 'Agropolitan', desaCodes: ['A', 'B'] },
    { id: 'k2', name: 'Minapolitan', desaCodes: ['B', 'C'] },
    { id: 'k3', name: 'Kosong', desaCodes: [] },
  ];
  const entries = [
    visit('A', '2026-03-05', { category: 'kewirausahaan' }),
    visit('B', '2026-03-06', { category: 'dokumen_perencanaan' }), // in k1 and k2
    visit('C', '2026-02-28', { category: 'dokumen_perencanaan' }), // before the range
    visit('X', '2026-03-05', { place: { kind: 'kawasan', id: 'k2' }, category: 'membangun_komitmen' }),
    visit('C', '2026-03-07', { state: 'diajukan' }),
  ];

  it('counts per category per kawasan, kawasan-wide and member-desa activity', () => {
    const rows = activitiesByKawasan(entries, kawasan, { from: '2026-03-01', to: '2026-03-31' });
    expect(rows.map((r) => [r.kawasanId, r.total])).toEqual([
      ['k1', 2],
      ['k2', 2],
      ['k3', 0],
    ]);
    expect(Object.keys(rows[0]!.byCategory)).toEqual([...ACTIVITY_CATEGORIES]);
    expect(rows[0]!.byCategory).toMatchObject({
      kewirausahaan: 1,
      dokumen_perencanaan: 1,
      motivasi_kelompok: 0,
    });
    expect(rows[1]!.byCategory).toMatchObject({ dokumen_perencanaan: 1, membangun_komitmen: 1 });
    expect(activitiesByKawasan(entries, kawasan)[1]!.byCategory.dokumen_perencanaan).toBe(2);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() =>
      activitiesByKawasan(entries, kawasan, { from: '2026-03-02', to: '2026-03-01' }),
    ).toThrowError('Tanggal awal harus sebelum atau sama dengan tanggal akhir.');
  });
});

describe('facilitatorWorkload', () => {
  it('counts entries, days active, desa and kawasan covered, and what waits for review', () => {
    const entries = [
      visit('A', '2026-03-01', { facilitatorId: 'f2' }),
      visit('A', '2026-03-01', { facilitatorId: 'f2' }),
      visit('B', '2026-03-02', { facilitatorId: 'f2' }),
      visit('X', '2026-03-03', { facilitatorId: 'f2', place: { kind: 'kawasan', id: 'k1' } }),
      visit('C', '2026-03-04', { facilitatorId: 'f2', state: 'diajukan' }),
      visit('C', '2026-03-04', { facilitatorId: 'f2', state: 'draf' }),
      visit('C', '2026-04-01', { facilitatorId: 'f2' }), // outside the range
      visit('A', '2026-03-09', { facilitatorId: 'f1' }),
    ];
    expect(facilitatorWorkload(entries, { from: '2026-03-01', to: '2026-03-31' }, ['f3'])).toEqual([
      {
        facilitatorId: 'f1',
        entries: 1,
        daysActive: 1,
        desaCovered: 1,
        kawasanCovered: 0,
        awaitingReview: 0,
      },
      {
        facilitatorId: 'f2',
        entries: 4,
        daysActive: 3,
        desaCovered: 2,
        kawasanCovered: 1,
        awaitingReview: 1,
      },
      {
        facilitatorId: 'f3',
        entries: 0,
        daysActive: 0,
        desaCovered: 0,
        kawasanCovered: 0,
        awaitingReview: 0,
      },
    ]);
  });
});

describe('at scale', () => {
  it('handles 200,000 synthetic entries and agrees with a direct count', () => {
    const random = mulberry32(20260301);
    const desaCodes = Array.from({ length: 2000 }, (_, i) => `32${String(i).padStart(8, '0')}`);
    const base = dayNumber('2025-01-01')!;
    const entries: CoverageEntry[] = [];
    for (let i = 0; i < 200_000; i++) {
      const date = new Date((base + Math.floor(random() * 455)) * 86_400_000).toISOString().slice(0, 10);
      const kawasanWide = random() < 0.05;
      entries.push({
        id: `e${i}`,
        facilitatorId: `f${Math.floor(random() * 500)}`,
        date,
        place: kawasanWide
          ? { kind: 'kawasan', id: `k${Math.floor(random() * 200)}` }
          : { kind: 'desa', code: desaCodes[Math.floor(random() * desaCodes.length)]! },
        category: ACTIVITY_CATEGORIES[Math.floor(random() * 7)]!,
        state: random() < 0.8 ? 'disetujui' : 'diajukan',
      });
    }
    const scopeAll = desaCodes.map((code) => ({ code, name: `Desa ${code}` }));
    const kawasan = Array.from({ length: 200 }, (_, k) => ({
      id: `k${k}`,
      name: `Kawasan ${k}`,
      desaCodes: desaCodes.slice(k * 10, k * 10 + 10),
    }));

    const cov = desaCoverage(entries, scopeAll, '2026-03-31');
    const byKawasan = activitiesByKawasan(entries, kawasan, { from: '2026-01-01', to: '2026-03-31' });
    const workload = facilitatorWorkload(entries);

    const approved = entries.filter((e) => e.state === 'disetujui');
    const target = desaCodes[7]!;
    const visits = approved.filter((e) => e.place.kind === 'desa' && e.place.code === target);
    const last = visits
      .map((e) => e.date)
      .sort()
      .at(-1)!;
    const row = cov.desa.find((d) => d.code === target)!;
    expect(row.visits).toBe(visits.length);
    expect(row.lastVisit).toBe(last);
    expect(cov.desa).toHaveLength(2000);

    const k0 = approved.filter(
      (e) =>
        e.date >= '2026-01-01' &&
        e.date <= '2026-03-31' &&
        (e.place.kind === 'kawasan' ? e.place.id === 'k0' : kawasan[0]!.desaCodes.includes(e.place.code)),
    );
    expect(byKawasan[0]!.total).toBe(k0.length);
    expect(workload.reduce((s, w) => s + w.entries, 0)).toBe(approved.length);
    expect(workload.reduce((s, w) => s + w.awaitingReview, 0)).toBe(entries.length - approved.length);
  });
});
