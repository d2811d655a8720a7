import { describe, expect, it } from 'vitest';
import { CreateEntryBodySchema } from '../src/contracts/facilitation.contract.ts';
import { parseCsv } from '../src/domain/csv.ts';
import { activityEntryIssues } from '../src/domain/facilitation/activity-log.ts';
import { assignmentIssues, type FacilitatorAssignment } from '../src/domain/facilitation/assignment.ts';
import { type Facilitator, facilitatorIssues } from '../src/domain/facilitation/facilitator.ts';
import { isUuidV4 } from '../src/domain/facilitation/idempotency.ts';
import {
  buildWorld,
  calendarDays,
  clientSteps,
  ENTRY_COPY_COLUMNS,
  entriesPerDay,
  entryCsvChunks,
  entryCsvLine,
  type FacilitationWorld,
  ingestionWorkload,
  KAWASAN_SHARE,
  type ProvinceVillage,
  RACE_SHARE,
  RETRY_SHARE,
  rng,
  STATE_SHARES,
  type SyntheticFacilitator,
  syntheticEntries,
  uuidV4,
} from './facilitation-data.ts';

/** Two kabupaten of four kecamatan; each kecamatan 5 + 9 × its number desa and two kelurahan. */
const VILLAGES: ProvinceVillage[] = ['3322', '3301'].flatMap((regency) =>
  [1, 2, 3, 4].flatMap((d) => {
    const district = `${regency}0${d}`;
    const desa = Array.from({ length: 5 + 9 * d }, (_, i) => ({
      code: `${district}2${String(i + 1).padStart(3, '0')}`,
      name: `Desa ${i + 1}`,
    }));
    const kelurahan = [1, 2].map((i) => ({ code: `${district}100${i}`, name: `Kelurahan ${i}` }));
    return [...kelurahan, ...desa];
  }),
);
const PERIOD = { from: '2024-07-01', to: '2026-06-30' };
const world = buildWorld(7, [...VILLAGES].reverse(), PERIOD);

const asFacilitator = (f: SyntheticFacilitator): Facilitator => ({
  id: f.id,
  userId: f.userId,
  type: f.type,
  name: f.name,
  gender: f.gender,
  phone: f.phone,
  email: null,
  homeRegionCode: f.homeRegionCode,
  activeFrom: f.activeFrom,
  activeTo: null,
  supervisorId: f.supervisorId,
});

function assignmentsOf(w: FacilitationWorld): FacilitatorAssignment[] {
  return w.facilitators.flatMap((f) => [
    ...f.desaCodes.map((code, i) => ({
      id: `${f.id}-d${i}`,
      facilitatorId: f.id,
      place: { kind: 'desa' as const, code },
      from: f.activeFrom,
      to: null,
    })),
    ...f.kawasanIds.map((id, i) => ({
      id: `${f.id}-k${i}`,
      facilitatorId: f.id,
      place: { kind: 'kawasan' as const, id },
      from: f.activeFrom,
      to: null,
    })),
  ]);
}

describe('the seeded generator', () => {
  it('draws the same numbers from the same seed and others from another', () => {
    const a = rng(42);
    const b = rng(42);
    const c = rng(43);
    const xs = Array.from({ length: 100 }, () => a.next32());
    expect(Array.from({ length: 100 }, () => b.next32())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next32())).not.toEqual(xs);
    const r = rng(1);
    for (let i = 0; i < 1000; i++) {
      const f = r.float();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      expect(r.int(7)).toBeLessThan(7);
    }
  });

  it('makes UUID version 4 keys, all different', () => {
    const r = rng(9);
    const keys = Array.from({ length: 2000 }, () => uuidV4(r));
    for (const k of keys) expect(isUuidV4(k), k).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('spreads a count over the days exactly, a Sunday a third of a working day', () => {
    const days = calendarDays('2025-01-01', '2025-12-31');
    expect(days).toHaveLength(365);
    expect(days[0]).toEqual({ date: '2025-01-01', weekday: 3 });
    const perDay = entriesPerDay(days, 100_000);
    expect(perDay.reduce((a, b) => a + b, 0)).toBe(100_000);
    const sunday = perDay[days.findIndex((d) => d.weekday === 0)]!;
    const monday = perDay[days.findIndex((d) => d.weekday === 1)]!;
    expect(sunday / monday).toBeCloseTo(1 / 3, 1);
  });
});

describe('the synthetic province', () => {
  it('is the same for the same seed whatever the order of the villages', () => {
    expect(buildWorld(7, VILLAGES, PERIOD)).toEqual(world);
    expect(buildWorld(8, VILLAGES, PERIOD).facilitators[0]!.id).not.toBe(world.facilitators[0]!.id);
  });

  it('has a PLD for every desa (not kelurahan) within its kecamatan, and a TA per kabupaten over them', () => {
    expect(world.desa.map((d) => d.code).every((c) => c[6] === '2')).toBe(true);
    expect(world.desa).toHaveLength(VILLAGES.filter((v) => v.code[6] === '2').length);
    const plds = world.facilitators.filter((f) => f.type === 'pld');
    const tas = world.facilitators.filter((f) => f.type === 'ta');
    expect(tas.map((t) => t.homeRegionCode).sort()).toEqual(['3301', '3322']);
    const assigned = plds.flatMap((p) => p.desaCodes);
    expect([...assigned].sort()).toEqual(world.desa.map((d) => d.code));
    for (const p of plds) {
      expect(p.desaCodes.length).toBeGreaterThan(0);
      expect(p.desaCodes.length).toBeLessThanOrEqual(12);
      const supervisor = tas.find((t) => t.id === p.supervisorId)!;
      expect(p.homeRegionCode.startsWith(supervisor.homeRegionCode)).toBe(true);
    }
    // Kecamatan 4 of each kabupaten has 41 desa: four PLD (12, 12, 12, 5).
    expect(plds.filter((p) => p.homeRegionCode === '332204').map((p) => p.desaCodes.length)).toEqual([
      12, 12, 12, 5,
    ]);
    expect(new Set(world.facilitators.map((f) => f.username)).size).toBe(world.facilitators.length);
    for (const f of world.facilitators) expect(f.phone).toMatch(/^08\d{10}$/);
  });

  it('passes the domain rules for facilitators and assignments', () => {
    const byId = new Map(world.facilitators.map((f) => [f.id, f]));
    const assignments = assignmentsOf(world);
    for (const f of world.facilitators) expect(facilitatorIssues(asFacilitator(f)), f.username).toEqual([]);
    for (const a of assignments) {
      const f = asFacilitator(byId.get(a.facilitatorId)!);
      expect(assignmentIssues(a, f, assignments), `${f.id} ${JSON.stringify(a.place)}`).toEqual([]);
    }
    for (const k of world.kawasan) {
      expect(k.desaCodes.length).toBe(6);
      for (const code of k.desaCodes) expect(code.startsWith(k.regionCode)).toBe(true);
    }
  });
});

describe('the synthetic entries', () => {
  const count = 20_000;
  const entries = [...syntheticEntries(world, count, 11)];

  it('are the same for the same seed, in date order within the period', () => {
    expect(entries).toHaveLength(count);
    expect([...syntheticEntries(world, count, 11)]).toEqual(entries);
    expect([...syntheticEntries(world, 200, 12)][0]!.id).not.toBe(
      [...syntheticEntries(world, 200, 11)][0]!.id,
    );
    const dates = entries.map((e) => e.date);
    expect(dates[0]! >= PERIOD.from && dates.at(-1)! <= PERIOD.to).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(entries.map((e) => e.idempotencyKey)).size).toBe(count);
    expect(new Set(entries.map((e) => e.id)).size).toBe(count);
  });

  it('have the states and kawasan share they are drawn with', () => {
    for (const [state, share] of STATE_SHARES) {
      expect(entries.filter((e) => e.state === state).length / count, state).toBeCloseTo(share, 1);
    }
    const kawasanShare = entries.filter((e) => e.place.kind === 'kawasan').length / count;
    expect(Math.abs(kawasanShare - KAWASAN_SHARE)).toBeLessThan(0.005);
    for (const e of entries) {
      expect(e.approvedAt !== null).toBe(e.state === 'disetujui');
      expect(e.updatedAt >= e.createdAt, e.id).toBe(true);
      expect(e.submission === 0).toBe(e.state === 'draf');
      expect(e.returnReason !== null).toBe(e.state === 'dikembalikan');
    }
  });

  it('never visit a never-visited desa, nor a lapsed one after its last day', () => {
    const days = calendarDays(PERIOD.from, PERIOD.to);
    const profile = new Map(world.profiles.map((p) => [p.code, p]));
    const visited = new Set<string>();
    for (const e of entries) {
      if (e.place.kind !== 'desa') continue;
      const p = profile.get(e.place.code)!;
      visited.add(p.code);
      expect(p.weight).toBeGreaterThan(0);
      expect(e.date <= days[p.lastDay]!.date).toBe(true);
    }
    const never = world.profiles.filter((p) => p.weight === 0).map((p) => p.code);
    expect(never.length).toBe(world.neverVisited);
    for (const code of never) expect(visited.has(code)).toBe(false);
  });

  it('are entries the domain accepts, by their own facilitator at an assigned place', () => {
    const assignments = assignmentsOf(world);
    for (const e of entries.slice(0, 3000)) {
      const draft = {
        date: e.date,
        place: e.place,
        category: e.category,
        topic: e.topic,
        participants: { perempuan: e.women, laki_laki: e.men },
        groups: e.groups,
        activities: e.activities,
        outputs: e.outputs,
        followUp: e.followUp,
        evidence: [],
        gps: e.gps,
      };
      const context = { today: PERIOD.to, facilitatorId: e.facilitatorId, assignments };
      expect(activityEntryIssues(draft, context), e.id).toEqual([]);
      const place = e.place;
      const regionCode =
        place.kind === 'desa' ? place.code : world.kawasan.find((k) => k.id === place.id)?.regionCode;
      expect(e.regionCode).toBe(regionCode);
    }
  });

  it('come out as CSV bytes, one line per entry with every COPY column', () => {
    const some = [...syntheticEntries(world, 500, 11)];
    const bytes = Buffer.concat([...entryCsvChunks(world, 500, 11, 128)]).toString('latin1');
    expect(bytes).toBe(`${some.map(entryCsvLine).join('\n')}\n`);
    const rows = parseCsv(bytes);
    expect(rows).toHaveLength(500);
    for (const [i, row] of rows.entries()) {
      const e = some[i]!;
      expect(row).toHaveLength(ENTRY_COPY_COLUMNS.length);
      const field = (name: (typeof ENTRY_COPY_COLUMNS)[number]) => row[ENTRY_COPY_COLUMNS.indexOf(name)];
      expect(field('id')).toBe(e.id);
      expect(field('groups')).toBe(`{${e.groups.join(',')}}`);
      expect(field('activities')).toBe(e.activities);
      expect(field('desa_code')).toBe(e.place.kind === 'desa' ? e.place.code : '');
      expect(field('gps_lat')).toBe(e.gps === null ? '' : String(e.gps.lat));
      expect(field('approved_at')).toBe(e.approvedAt ?? '');
    }
  });
});

describe('the ingestion workload', () => {
  const plds = world.facilitators.filter((f) => f.type === 'pld').slice(0, 3);
  const world2025 = buildWorld(7, VILLAGES, { from: '2025-01-01', to: '2025-12-31' });

  it('is valid requests under fresh keys, for desa of each facilitator, the same for the same seed', () => {
    const workload = ingestionWorkload(world2025, plds, 40, 3);
    expect(ingestionWorkload(world2025, plds, 40, 3)).toEqual(workload);
    const keys = workload.flatMap((w) => w.bodies.map((b) => b.idempotencyKey));
    expect(new Set(keys).size).toBe(120);
    for (const w of workload) {
      for (const body of w.bodies) {
        expect(CreateEntryBodySchema.safeParse(body).success).toBe(true);
        expect(isUuidV4(body.idempotencyKey)).toBe(true);
        expect(body.place.kind === 'desa' && w.facilitator.desaCodes.includes(body.place.code)).toBe(true);
        expect(body.date >= '2025-01-01' && body.date <= '2025-12-31').toBe(true);
        expect(body.submit).toBe(true);
      }
    }
  });

  it('sends every body once as new, and repeats only bodies already sent', () => {
    const steps = clientSteps(5000, 4);
    const firsts = steps.filter((s) => s.kind !== 'retry').map((s) => s.body);
    expect(firsts).toEqual(Array.from({ length: 5000 }, (_, i) => i));
    let sent = -1;
    for (const s of steps) {
      if (s.kind === 'retry') expect(s.body).toBeLessThanOrEqual(sent);
      else sent = s.body;
    }
    const share = (kind: string) => steps.filter((s) => s.kind === kind).length / 5000;
    expect(share('retry')).toBeGreaterThan(RETRY_SHARE * 0.7);
    expect(share('retry')).toBeLessThan(RETRY_SHARE * 1.3);
    expect(share('race')).toBeGreaterThan(RACE_SHARE * 0.5);
    expect(share('race')).toBeLessThan(RACE_SHARE * 1.5);
    expect(clientSteps(5000, 4)).toEqual(steps);
  });
});
