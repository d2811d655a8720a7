import { randomUUID } from 'node:crypto';
import { and } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { activityEntry, kawasan } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Actor } from '../../domain/access/policy.ts';
import type { Assignment, Role, Scope } from '../../domain/access/role.ts';
import { type EntryFacts, mayReadEntry } from '../../domain/facilitation/facilitation-access.ts';
import { LOG_STATES } from '../../domain/facilitation/review.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { entryReadCondition, facilitatorOfActor } from './activity-entry-access.ts';
import { facilitatorWithAccount } from './testing.ts';

const DESA_CILACAP = '3301012001';
const DESA_PROBOLINGGO = '3513152017';

describeEachEngine('entry read condition = mayReadEntry', (ctx) => {
  const facts = new Map<string, EntryFacts>();
  const users: Record<'owner' | 'supervisor' | 'other', string> = { owner: '', supervisor: '', other: '' };
  const kawasanIds: Record<'cilacap' | 'probolinggo', string> = {
    cilacap: randomUUID(),
    probolinggo: randomUUID(),
  };

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    const at = new Date();
    for (const [key, code] of [
      ['cilacap', '3301'],
      ['probolinggo', '3513'],
    ] as const)
      await ctx.db.orm.insert(kawasan).values({
        id: kawasanIds[key],
        name: `Kawasan ${key}`,
        regionCode: code,
        kabupatenCodes: [code],
        state: 'perencanaan',
        createdAt: at,
        updatedAt: at,
      });
    // The supervisor's role lies elsewhere (Kota Semarang): only supervision lets them read.
    const supervisor = await facilitatorWithAccount(ctx.db, 'akses-penyelia', '337401');
    const owner = await facilitatorWithAccount(ctx.db, 'akses-pemilik', '330101', {
      supervisorId: supervisor.facilitatorId,
    });
    // Supervised by the owner; their role is scoped to the Probolinggo kawasan.
    const other = await facilitatorWithAccount(ctx.db, 'akses-lain', '351315', {
      supervisorId: owner.facilitatorId,
    });
    users.owner = owner.userId;
    users.supervisor = supervisor.userId;
    users.other = other.userId;
    const places = [
      { desaCode: DESA_CILACAP, kawasanId: null, regionCode: DESA_CILACAP },
      { desaCode: DESA_PROBOLINGGO, kawasanId: null, regionCode: DESA_PROBOLINGGO },
      { desaCode: null, kawasanId: kawasanIds.cilacap, regionCode: '3301' },
      { desaCode: null, kawasanId: kawasanIds.probolinggo, regionCode: '3513' },
    ];
    const owners = [
      { facilitatorId: owner.facilitatorId, userId: owner.userId, supervisorUserId: supervisor.userId },
      { facilitatorId: other.facilitatorId, userId: other.userId, supervisorUserId: owner.userId },
    ];
    for (const who of owners)
      for (const place of places)
        for (const state of LOG_STATES) {
          const id = randomUUID();
          await ctx.db.orm.insert(activityEntry).values({
            id,
            facilitatorId: who.facilitatorId,
            idempotencyKey: randomUUID(),
            requestHash: 'uji',
            date: '2026-03-10',
            placeKind: place.desaCode ? 'desa' : 'kawasan',
            ...place,
            category: 'kewirausahaan',
            topic: 'Uji akses',
            women: 1,
            men: 1,
            groups: ['bum_desa'],
            activities: 'Uji akses membaca catatan.',
            outputs: 'Tidak ada.',
            followUp: '',
            gpsLat: null,
            gpsLon: null,
            state,
            submission: state === 'draf' ? 0 : 1,
            returnReason: null,
            createdAt: at,
            updatedAt: at,
            approvedAt: null,
          });
          facts.set(id, {
            state,
            regionCode: place.regionCode,
            kawasanId: place.kawasanId,
            ownerUserId: who.userId,
            supervisorUserId: who.supervisorUserId,
          });
        }
  });

  const grant = (role: Role, scope: Scope): Assignment => ({ id: randomUUID(), role, scope });
  const user = (userId: string, assignments: Assignment[], readOnly = false): Actor => ({
    kind: 'user',
    userId,
    label: 'uji',
    assignments,
    readOnly,
  });

  it('selects exactly the entries mayReadEntry allows, for every kind of reader', async () => {
    const region = (code: string): Scope => ({ kind: 'region', code });
    const actors: Record<string, Actor> = {
      system: { kind: 'system', label: 'baris perintah' },
      owner: user(users.owner, [grant('facilitator', region('330101'))]),
      supervisor: user(users.supervisor, [grant('facilitator', region('337401'))]),
      'supervised, kawasan facilitator': user(users.other, [
        grant('facilitator', { kind: 'kawasan', id: kawasanIds.probolinggo }),
      ]),
      national: user(randomUUID(), [grant('national', { kind: 'national' })]),
      province: user(randomUUID(), [grant('province', region('33'))]),
      'kabupaten, read-only token': user(randomUUID(), [grant('kabupaten', region('3513'))], true),
      'facilitator without record': user(randomUUID(), [grant('facilitator', region('3301'))]),
      'village of the Cilacap desa': user(randomUUID(), [grant('village', region(DESA_CILACAP))]),
      'village and kawasan manager': user(randomUUID(), [
        grant('village', region(DESA_PROBOLINGGO)),
        grant('kawasan_manager', { kind: 'kawasan', id: kawasanIds.cilacap }),
      ]),
      enterprise: user(randomUUID(), [grant('enterprise', { kind: 'enterprise', id: 'bumdes-uji' })]),
      'no role': user(randomUUID(), []),
    };
    const sizes = new Set<number>();
    for (const [name, actor] of Object.entries(actors)) {
      const own = await facilitatorOfActor(ctx.db.orm, actor);
      const rows = await ctx.db.orm
        .select({ id: activityEntry.id })
        .from(activityEntry)
        .where(and(entryReadCondition(actor, own?.id ?? null)));
      const bySql = rows.map((r) => r.id).sort();
      const byRule = [...facts]
        .filter(([, f]) => mayReadEntry(actor, f))
        .map(([id]) => id)
        .sort();
      expect(bySql, name).toEqual(byRule);
      sizes.add(byRule.length);
    }
    // The fixture tells the readers apart: from nothing to everything, with steps between.
    expect(sizes.has(0)).toBe(true);
    expect(sizes.has(facts.size)).toBe(true);
    expect(sizes.size).toBeGreaterThanOrEqual(6);
  });
});
