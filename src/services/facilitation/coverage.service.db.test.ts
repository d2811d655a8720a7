import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoverageView } from '../../contracts/facilitation.contract.ts';
import { region } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Actor } from '../../domain/access/policy.ts';
import type { Role, Scope } from '../../domain/access/role.ts';
import { ACTIVITY_CATEGORIES } from '../../domain/facilitation/activity-log.ts';
import { covers, type FacilitatorAssignment, type Place } from '../../domain/facilitation/assignment.ts';
import {
  activitiesByKawasan,
  type CoverageEntry,
  dayNumber,
  desaCoverage,
  facilitatorWorkload,
} from '../../domain/facilitation/coverage.ts';
import { LOG_STATES, type LogState } from '../../domain/facilitation/review.ts';
import { mulberry32 } from '../../domain/kawasan/prng.ts';
import { villageTypeOf } from '../../domain/region-code.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { COVERAGE_WINDOW_DAYS, createCoverageService, windowEndingOn } from './coverage.service.ts';
import { facilitatorWithAccount, insertAssignment, insertEntries, insertKawasan } from './testing.ts';

const SYSTEM: Actor = { kind: 'system', label: 'uji' };
const NOW = new Date('2026-03-31T05:00:00Z');

function actorWith(role: Role, scope: Scope): Actor {
  return {
    kind: 'user',
    userId: randomUUID(),
    label: `uji ${role}`,
    assignments: [{ id: randomUUID(), role, scope }],
    readOnly: false,
  };
}

const DAY_MS = 86_400_000;
const shift = (date: string, days: number) =>
  new Date((dayNumber(date)! + days) * DAY_MS).toISOString().slice(0, 10);

describeEachEngine('coverage service', (ctx) => {
  const service = () => createCoverageService({ db: ctx.db, now: () => NOW });
  /** Every desa/kelurahan of the fixture with its name. */
  let villages: { code: string; name: string }[] = [];
  const entries: CoverageEntry[] = [];
  const assignments: FacilitatorAssignment[] = [];
  const facilitators: { id: string; home: string; name: string }[] = [];
  const kawasan: { id: string; name: string; members: string[]; active: boolean }[] = [];

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    villages = (
      await ctx.db.orm
        .select({ code: region.code, name: region.name })
        .from(region)
        .where(eq(region.level, 4))
    ).sort((a, b) => (a.code < b.code ? -1 : 1));

    // Kawasan: two active ones in Kedungreja, a draft sharing a desa (not "touching" anything),
    // one active in Papua.
    for (const k of [
      {
        name: 'Kawasan Agropolitan Kedungreja',
        members: ['3301012001', '3301012003', '3301012004'],
        active: true,
      },
      { name: 'Kawasan Minapolitan Pesisir', members: ['3301012005', '3301012006'], active: true },
      { name: 'Draf Kawasan Bumireja', members: ['3301012001', '3301012002'], active: false },
      {
        name: 'Kawasan Sentani',
        members: ['9103012004', '9103013007'],
        active: true,
        regionCode: '9103',
      },
    ])
      kawasan.push({ id: await insertKawasan(ctx.db, k), ...k });

    const homes = ['330101', '330101', '330101', '3301', '910301', '337401'];
    for (const [i, home] of homes.entries()) {
      const name = `Pendamping ${String.fromCharCode(65 + ((i * 7) % 6))}${i}`;
      const f = await facilitatorWithAccount(ctx.db, `pendamping-${i}`, home, {
        name,
        type: home.length === 4 ? 'ta' : 'pld',
      });
      facilitators.push({ id: f.facilitatorId, home, name });
    }

    const random = mulberry32(20260331);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const asOf = '2026-03-31';
    // Four desa keep only the window-edge visits below, so their days are exact.
    const edges = ['3301012007', '3301012008', '3301012009', '3301012010'];
    const desaPlaces = villages.map((v) => v.code).filter((c) => !edges.includes(c));

    // Assignments around the as-of date (some ended, some starting later).
    for (const f of facilitators)
      for (let n = 0; n < 4; n++) {
        const place: Place =
          random() < 0.8
            ? { kind: 'desa', code: pick(desaPlaces) }
            : { kind: 'kawasan', id: pick(kawasan).id };
        const from = shift(asOf, -Math.floor(random() * 200) + 20);
        const to = random() < 0.5 ? null : shift(from, Math.floor(random() * 120));
        const id = await insertAssignment(ctx.db, { facilitatorId: f.id, place, from, to });
        assignments.push({ id, facilitatorId: f.id, place, from, to });
      }

    // Assignment edges: ending on the as-of date (counts), the day before (does not), starting on it (counts).
    for (const [code, from, to] of [
      ['3301012001', '2026-01-01', asOf],
      ['3301012002', '2026-01-01', shift(asOf, -1)],
      ['3301012003', asOf, null],
      ['3301012004', shift(asOf, 1), null],
    ] as const) {
      const place: Place = { kind: 'desa', code };
      const f1 = facilitators[1]!.id;
      const id = await insertAssignment(ctx.db, { facilitatorId: f1, place, from, to });
      assignments.push({ id, facilitatorId: f1, place, from, to });
    }

    // Entries in every state, for desa (kelurahan too) and kawasan, dated around the as-of date
    // and after it; the heavier weight on approved entries keeps the visits frequent.
    const states = [...LOG_STATES, 'disetujui', 'disetujui', 'disetujui'] as const;
    const rows = [];
    for (let n = 0; n < 1800; n++) {
      const f = pick(facilitators);
      const place: Place =
        random() < 0.85
          ? { kind: 'desa', code: pick(desaPlaces) }
          : { kind: 'kawasan', id: pick(kawasan).id };
      const entry: CoverageEntry = {
        id: randomUUID(),
        facilitatorId: f.id,
        date: shift(asOf, -Math.floor(random() * 160) + 12),
        place,
        category: pick(ACTIVITY_CATEGORIES),
        state: pick(states),
      };
      entries.push(entry);
      rows.push({ ...entry, id: entry.id });
    }
    // The window edges exactly: 29, 30, 89 and 90 days before 2026-03-31.
    const f0 = facilitators[0]!.id;
    for (const [code, days] of [
      [edges[0]!, 29],
      [edges[1]!, 30],
      [edges[2]!, 89],
      [edges[3]!, 90],
    ] as const) {
      const e: CoverageEntry = {
        id: randomUUID(),
        facilitatorId: f0,
        date: shift(asOf, -days),
        place: { kind: 'desa', code },
        category: 'kewirausahaan',
        state: 'disetujui',
      };
      entries.push(e);
      rows.push(e);
    }
    // A kawasan post assigned to the first kawasan only (no desa), with its own entries.
    const postName = 'Pendamping Kawasan Kedungreja';
    const post = await facilitatorWithAccount(ctx.db, 'pendamping-kawasan', '3301', {
      name: postName,
      type: 'pendamping_kawasan',
    });
    facilitators.push({ id: post.facilitatorId, home: '3301', name: postName });
    const k0: Place = { kind: 'kawasan', id: kawasan[0]!.id };
    const postAssignment = await insertAssignment(ctx.db, {
      facilitatorId: post.facilitatorId,
      place: k0,
      from: '2026-01-01',
    });
    assignments.push({
      id: postAssignment,
      facilitatorId: post.facilitatorId,
      place: k0,
      from: '2026-01-01',
      to: null,
    });
    for (const [date, state] of [
      ['2026-03-01', 'disetujui'],
      ['2026-03-02', 'disetujui'],
      ['2026-03-03', 'diajukan'],
    ] as const) {
      const e: CoverageEntry = {
        id: randomUUID(),
        facilitatorId: post.facilitatorId,
        date,
        place: k0,
        category: 'penguatan_kelembagaan',
        state,
      };
      entries.push(e);
      rows.push(e);
    }
    // The workload is read in two parts, facilitator ids below 8000… and from it: someone based in
    // Kedungreja with approved and submitted entries in the 90 days to 2026-03-31 on each side
    // (added until there is).
    const side = (id: string) => (id < '8' ? 'below' : 'from');
    const has = (id: string, state: LogState) =>
      entries.some(
        (e) => e.facilitatorId === id && e.state === state && e.date >= '2026-01-01' && e.date <= asOf,
      );
    const sides = () =>
      new Set(
        facilitators
          .filter((f) => f.home.startsWith('3301') && has(f.id, 'disetujui') && has(f.id, 'diajukan'))
          .map((f) => side(f.id)),
      );
    for (let n = 0; sides().size < 2; n++) {
      const name = `Pendamping Tambahan ${n}`;
      const extra = await facilitatorWithAccount(ctx.db, `pendamping-tambahan-${n}`, '330101', {
        name,
        type: 'pld',
      });
      facilitators.push({ id: extra.facilitatorId, home: '330101', name });
      for (const [date, code, state] of [
        ['2026-03-10', '3301012001', 'disetujui'],
        ['2026-03-11', '3301012003', 'disetujui'],
        ['2026-03-11', '3301012001', 'disetujui'],
        ['2026-03-12', '3301012003', 'diajukan'],
      ] as const) {
        const e: CoverageEntry = {
          id: randomUUID(),
          facilitatorId: extra.facilitatorId,
          date,
          place: { kind: 'desa', code },
          category: 'motivasi_kelompok',
          state,
        };
        entries.push(e);
        rows.push(e);
      }
    }
    await insertEntries(ctx.db, rows);
  });

  /** What the pure domain functions say for the same data. */
  function expected(
    asOf: string,
    desaScope: { code: string; name: string }[],
    kawasanScope: typeof kawasan,
    facilitatorIds: string[],
  ) {
    // The 90 days ending on the as-of date, both ends included (computed here, not by the service).
    const w = { from: shift(asOf, -89), to: asOf };
    const all = desaCoverage(entries, desaScope, asOf);
    const recent = new Map(
      desaCoverage(
        entries.filter((e) => e.date >= w.from),
        desaScope,
        asOf,
      ).desa.map((d) => [d.code, d.visits]),
    );
    const workload = facilitatorWorkload(entries, w, facilitatorIds).filter((r) =>
      facilitatorIds.includes(r.facilitatorId),
    );
    const assigned = (id: string) =>
      new Set(
        assignments
          .filter((a) => a.facilitatorId === id && a.place.kind === 'desa' && covers(a, asOf))
          .map((a) => (a.place.kind === 'desa' ? a.place.code : '')),
      ).size;
    return {
      desaCount: desaScope.length,
      noActivity: {
        '30': all.noActivity[30].length,
        '60': all.noActivity[60].length,
        '90': all.noActivity[90].length,
      },
      desa: all.desa.map((d) => ({
        code: d.code,
        lastVisit: d.lastVisit,
        daysSinceLastVisit: d.daysSinceLastVisit,
        visits90: recent.get(d.code),
      })),
      byKawasan: activitiesByKawasan(
        entries,
        kawasanScope.map((k) => ({ id: k.id, name: k.name, desaCodes: k.members })),
        w,
      )
        .map((k) => ({ kawasanId: k.kawasanId, total: k.total, byCategory: k.byCategory }))
        .sort((a, b) => (a.kawasanId < b.kawasanId ? -1 : 1)),
      workload: workload
        .map((r) => ({ ...r, desaAssigned: assigned(r.facilitatorId) }))
        .sort((a, b) => (a.facilitatorId < b.facilitatorId ? -1 : 1)),
    };
  }

  function actual(view: CoverageView) {
    return {
      desaCount: view.desaCount,
      noActivity: view.noActivity,
      desa: view.desa.map((d) => ({
        code: d.code,
        lastVisit: d.lastVisit,
        daysSinceLastVisit: d.daysSinceLastVisit,
        visits90: d.visits90,
      })),
      byKawasan: view.byKawasan
        .map((k) => ({ kawasanId: k.kawasanId, total: k.total, byCategory: k.byCategory }))
        .sort((a, b) => (a.kawasanId < b.kawasanId ? -1 : 1)),
      workload: view.workload
        .map(({ name: _n, typeLabel: _t, ...r }) => r)
        .sort((a, b) => (a.facilitatorId < b.facilitatorId ? -1 : 1)),
    };
  }

  const desaIn = (prefix: string) =>
    villages.filter((v) => v.code.startsWith(prefix) && villageTypeOf(v.code) !== 'kelurahan');
  const kawasanTouching = (prefix: string) =>
    kawasan.filter((k) => k.active && k.members.some((m) => m.startsWith(prefix)));
  const homedIn = (prefix: string) => facilitators.filter((f) => f.home.startsWith(prefix)).map((f) => f.id);

  describe('the SQL gives what the domain functions give on the same entries', () => {
    const cases = [
      ['3301', '2026-03-31'],
      ['33', '2026-03-31'],
      ['330101', '2026-02-28'],
      ['3301', '2026-01-15'],
      ['91', '2026-03-31'],
      ['9103', '2026-04-10'],
    ] as const;
    it.each(cases)('region %s as of %s', async (code, asOf) => {
      const view = await service().coverage(SYSTEM, { region: code, asOf });
      expect(view.scope).toMatchObject({ kind: 'region', ref: code });
      const want = expected(asOf, desaIn(code), kawasanTouching(code), homedIn(code));
      expect(actual(view)).toEqual(want);
      // Not vacuous: the data has visits, gaps, kawasan activity and workload in this scope.
      if (code.startsWith('33')) {
        expect(view.desa.some((d) => d.visits90 > 0)).toBe(true);
        expect(view.byKawasan.some((k) => k.total > 0)).toBe(true);
        expect(view.workload.some((w) => w.entries > 0 && w.awaitingReview > 0)).toBe(true);
      }
    });

    it('at the window edges: 29 days inside the 30-day window, 30 outside; 89 inside the 90-day, 90 outside', async () => {
      const view = await service().coverage(SYSTEM, { region: '330101', asOf: '2026-03-31' });
      const edge = (code: string) => {
        const d = view.desa.find((x) => x.code === code)!;
        return [d.lastVisit, d.daysSinceLastVisit, d.visits90];
      };
      expect(edge('3301012007')).toEqual(['2026-03-02', 29, 1]);
      expect(edge('3301012008')).toEqual(['2026-03-01', 30, 1]);
      expect(edge('3301012009')).toEqual(['2026-01-01', 89, 1]);
      expect(edge('3301012010')).toEqual(['2025-12-31', 90, 0]);
      // Based in the kabupaten, the kawasan post is in its workload and not in the kecamatan's.
      expect(view.workload.map((w) => w.name)).not.toContain('Pendamping Kawasan Kedungreja');
      const kabupaten = await service().coverage(SYSTEM, { region: '3301', asOf: '2026-03-31' });
      const post = kabupaten.workload.find((w) => w.name === 'Pendamping Kawasan Kedungreja')!;
      expect(post).toMatchObject({
        entries: 2,
        daysActive: 2,
        desaCovered: 0,
        kawasanCovered: 1,
        awaitingReview: 1,
      });
    });

    it('for a kawasan: its member desa, its activities and the facilitators assigned to it or its desa', async () => {
      const k = kawasan[0]!;
      const asOf = '2026-03-31';
      const view = await service().coverage(SYSTEM, { kawasanId: k.id, asOf });
      expect(view.scope).toEqual({ kind: 'kawasan', ref: k.id, name: k.name });
      const w = { from: shift(asOf, -89), to: asOf };
      const assignedIds = [
        ...new Set(
          assignments
            .filter(
              (a) =>
                (a.place.kind === 'kawasan' ? a.place.id === k.id : k.members.includes(a.place.code)) &&
                a.from <= w.to &&
                (a.to === null || a.to >= w.from),
            )
            .map((a) => a.facilitatorId),
        ),
      ];
      expect(assignedIds.length).toBeGreaterThan(1);
      expect(view.workload.map((x) => x.name)).toContain('Pendamping Kawasan Kedungreja');
      const scope = villages.filter((v) => k.members.includes(v.code));
      expect(actual(view)).toEqual(expected(asOf, scope, [k], assignedIds));
      expect(view.byKawasan[0]!.total).toBeGreaterThan(0);
      // Each member desa with its kecamatan.
      expect(view.desa.map((d) => d.district)).toEqual(k.members.map(() => 'Kedungreja'));
    });

    it('gives the workload of the facilitators on both sides of the id that splits its reading', async () => {
      const view = await service().coverage(SYSTEM, { region: '3301', asOf: '2026-03-31' });
      const busy = view.workload.filter((w) => w.entries > 0 && w.awaitingReview > 0);
      expect(new Set(busy.map((w) => (w.facilitatorId < '8' ? 'below' : 'from')))).toEqual(
        new Set(['below', 'from']),
      );
      expect(actual(view).workload).toEqual(
        expected('2026-03-31', desaIn('3301'), kawasanTouching('3301'), homedIn('3301')).workload,
      );
    });
  });

  it('takes the 90 days ending on the as-of date, both ends included', () => {
    expect(COVERAGE_WINDOW_DAYS).toBe(90);
    expect(windowEndingOn('2026-03-31', 90)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(windowEndingOn('2024-03-01', 30)).toEqual({ from: '2024-02-01', to: '2024-03-01' });
  });

  describe('scope', () => {
    it('gives a kabupaten administrator the desa of their kabupaten by default, with their kecamatan', async () => {
      const view = await service().coverage(actorWith('kabupaten', { kind: 'region', code: '3301' }), {});
      expect(view.asOf).toBe('2026-03-31');
      expect(view.scope).toEqual({ kind: 'region', ref: '3301', name: 'Kabupaten Cilacap' });
      expect(view.desaCount).toBe(11);
      expect(view.desa.every((d) => d.code.startsWith('3301') && d.district === 'Kedungreja')).toBe(true);
      // Longest without a visit first: never visited, then by days.
      const days = view.desa.map((d) => d.daysSinceLastVisit ?? Number.POSITIVE_INFINITY);
      expect([...days].sort((a, b) => b - a)).toEqual(days);
    });

    it('leaves kelurahan out: Kota Semarang has none in scope, Sentani its desa and desa adat only', async () => {
      const semarang = await service().coverage(SYSTEM, { region: '3374', asOf: '2026-03-31' });
      expect(semarang.desaCount).toBe(0);
      expect(semarang.desa).toEqual([]);
      const sentani = await service().coverage(SYSTEM, { region: '910301', asOf: '2026-03-31' });
      expect(sentani.desa.map((d) => d.code).sort()).toEqual([
        '9103012004',
        '9103012005',
        '9103012006',
        '9103012011',
        '9103012017',
        '9103013007',
        '9103013010',
      ]);
      const province = await service().coverage(SYSTEM, { region: '33.01', asOf: '2026-03-31' });
      expect(province.desaCount).toBe(11);
    });

    it('answers 404 outside the reader’s region or kawasan, and 400 when no region can be chosen', async () => {
      const semarangAdmin = actorWith('kabupaten', { kind: 'region', code: '3374' });
      await expect(service().coverage(semarangAdmin, { region: '3301' })).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(service().coverage(semarangAdmin, { kawasanId: kawasan[0]!.id })).rejects.toMatchObject({
        code: 'not_found',
      });
      const village = actorWith('village', { kind: 'region', code: '3301012001' });
      await expect(service().coverage(village, { region: '3301' })).rejects.toMatchObject({
        code: 'not_found',
      });
      const national = actorWith('national', { kind: 'national' });
      await expect(service().coverage(national, {})).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ field: 'region' }],
      });
      expect((await service().coverage(national, { region: '91' })).desaCount).toBe(7);
      await expect(service().coverage(national, { region: '33.7' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
      await expect(service().coverage(null, { region: '33' })).rejects.toMatchObject({
        code: 'unauthenticated',
      });
    });

    it('lets a kawasan manager read their kawasan and not another', async () => {
      const [mine, other] = kawasan;
      const manager = actorWith('kawasan_manager', { kind: 'kawasan', id: mine!.id });
      const view = await service().coverage(manager, { kawasanId: mine!.id, asOf: '2026-03-31' });
      expect(view.desa.map((d) => d.code).sort()).toEqual([...mine!.members].sort());
      expect(view.byKawasan.map((k) => k.kawasanId)).toEqual([mine!.id]);
      await expect(service().coverage(manager, { kawasanId: other!.id })).rejects.toMatchObject({
        code: 'not_found',
      });
      await expect(service().coverage(manager, { region: '3301' })).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });
});
