import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { trainingProgramme } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Actor } from '../../domain/access/policy.ts';
import type { Assignment, Role, Scope } from '../../domain/access/role.ts';
import type { SessionDraft } from '../../domain/training/programme.ts';
import { mayReadProgramme, type ProgrammeFacts } from '../../domain/training/training-access.ts';
import { insertKawasan } from '../facilitation/testing.ts';
import { programmeReadCondition } from './programme-access.ts';
import { insertProgramme, insertProvider, insertRegistration, insertSession } from './testing.ts';
import { programmeFacts } from './training.repository.ts';

const MIROTO = '3374011001';
const BANDARHARJO = '3374021001';
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const TEMENGGUNGAN = '3513152001';

describeEachEngine('programme read condition = mayReadProgramme', (ctx) => {
  const ids: Record<string, string> = {};
  const providers = { a: '', b: '' };
  const kawasan: Record<'cilacap' | 'probolinggo', string> = { cilacap: '', probolinggo: randomUUID() };

  beforeAll(async () => {
    // Served kawasan touch their member desa; this one is stored with two.
    kawasan.cilacap = await insertKawasan(ctx.db, {
      name: 'Kawasan Uji Cilacap',
      members: [TAMBAKREJA, BUMIREJA],
    });
    providers.a = await insertProvider(ctx.db, { seatRegionCode: '3374', name: 'Balai A' });
    providers.b = await insertProvider(ctx.db, { seatRegionCode: '3513', name: 'Balai B' });
    const online = { mode: 'daring' as const, name: 'Zoom', regionCode: null };
    const session = async (
      programme: string,
      overrides: Partial<SessionDraft>,
      participants: string[] = [],
    ) => {
      const sid = await insertSession(ctx.db, programme, {
        overrides: { desaCodes: [], kawasanIds: [], ...overrides },
      });
      for (const desaCode of participants)
        await insertRegistration(ctx.db, sid, { participant: { desaCode } });
    };
    // Held in Semarang Tengah for Miroto.
    ids.tengah = await insertProgramme(ctx.db, providers.a);
    await session(ids.tengah, {
      place: { mode: 'luring', name: 'Aula', regionCode: '337401' },
      desaCodes: [MIROTO],
    });
    // Online for a Cilacap kawasan, with a participant from Tambakreja.
    ids.online = await insertProgramme(ctx.db, providers.a);
    await session(ids.online, { place: online, kawasanIds: [kawasan.cilacap] }, [TAMBAKREJA]);
    // No session yet: it touches only its provider's seat.
    ids.empty = await insertProgramme(ctx.db, providers.b);
    // In Kabupaten Probolinggo, with a participant from Bandarharjo (Kota Semarang).
    ids.probolinggo = await insertProgramme(ctx.db, providers.b);
    await session(ids.probolinggo, { place: { mode: 'luring', name: 'Pendopo', regionCode: '3513' } }, [
      BANDARHARJO,
    ]);
    // Held in the desa Tambakreja itself, for a Probolinggo kawasan.
    ids.desaPlace = await insertProgramme(ctx.db, providers.b);
    await session(ids.desaPlace, {
      place: { mode: 'luring', name: 'Balai Desa', regionCode: TAMBAKREJA },
      kawasanIds: [kawasan.probolinggo],
    });
    // Two sessions: one in Krejengan for Temenggungan, one online touching nothing.
    ids.twoSessions = await insertProgramme(ctx.db, providers.a);
    await session(ids.twoSessions, {
      place: { mode: 'luring', name: 'Aula', regionCode: '351315' },
      desaCodes: [TEMENGGUNGAN],
    });
    await session(ids.twoSessions, { place: online });
  });

  it('reads the facts of a programme: its provider’s seat, and the places, desa served (kawasan members too), participants and kawasan of every session', async () => {
    expect(await programmeFacts(ctx.db.orm, ids.tengah!)).toEqual({
      providerId: providers.a,
      regionCodes: ['3374', '337401', MIROTO],
      kawasanIds: [],
    } satisfies ProgrammeFacts);
    expect(await programmeFacts(ctx.db.orm, ids.online!)).toEqual({
      providerId: providers.a,
      regionCodes: [TAMBAKREJA, BUMIREJA, '3374'],
      kawasanIds: [kawasan.cilacap],
    });
    expect(await programmeFacts(ctx.db.orm, ids.empty!)).toEqual({
      providerId: providers.b,
      regionCodes: ['3513'],
      kawasanIds: [],
    });
    expect((await programmeFacts(ctx.db.orm, ids.twoSessions!)).regionCodes).toEqual([
      '3374',
      '351315',
      TEMENGGUNGAN,
    ]);
    await expect(programmeFacts(ctx.db.orm, randomUUID())).rejects.toThrow(
      'Program pelatihan tidak ditemukan.',
    );
  });

  const grant = (role: Role, scope: Scope): Assignment => ({ id: randomUUID(), role, scope });
  const region = (code: string): Scope => ({ kind: 'region', code });
  const user = (assignments: Assignment[], readOnly = false): Actor => ({
    kind: 'user',
    userId: randomUUID(),
    label: 'uji',
    assignments,
    readOnly,
  });

  it('selects exactly the programmes mayReadProgramme allows, for every kind of reader', async () => {
    const provider = (id: string) => grant('training_provider', { kind: 'training_provider', id });
    const actors: Record<string, Actor> = {
      system: { kind: 'system', label: 'baris perintah' },
      'provider A': user([provider(providers.a)]),
      'provider B': user([provider(providers.b)]),
      'providers A and B': user([provider(providers.a), provider(providers.b)]),
      national: user([grant('national', { kind: 'national' })]),
      'province 33': user([grant('province', region('33'))]),
      'kabupaten Cilacap, read-only token': user([grant('kabupaten', region('3301'))], true),
      'kabupaten Probolinggo': user([grant('kabupaten', region('3513'))]),
      'facilitator Semarang Tengah': user([grant('facilitator', region('337401'))]),
      'facilitator of the Cilacap kawasan': user([
        grant('facilitator', { kind: 'kawasan', id: kawasan.cilacap }),
      ]),
      'village Miroto': user([grant('village', region(MIROTO))]),
      'village Tambakreja and Probolinggo kawasan manager': user([
        grant('village', region(TAMBAKREJA)),
        grant('kawasan_manager', { kind: 'kawasan', id: kawasan.probolinggo }),
      ]),
      'village Bandarharjo': user([grant('village', region(BANDARHARJO))]),
      'kawasan manager with an id that is no uuid': user([
        grant('kawasan_manager', { kind: 'kawasan', id: 'kawasan-uji' }),
      ]),
      enterprise: user([grant('enterprise', { kind: 'enterprise', id: 'bumdes-uji' })]),
      'no role': user([]),
    };
    const facts = new Map<string, ProgrammeFacts>();
    for (const id of Object.values(ids)) facts.set(id, await programmeFacts(ctx.db.orm, id));
    const sizes = new Set<number>();
    for (const [name, actor] of Object.entries(actors)) {
      const rows = await ctx.db.orm
        .select({ id: trainingProgramme.id })
        .from(trainingProgramme)
        .where(programmeReadCondition(actor));
      const bySql = rows.map((r) => r.id).sort();
      const byRule = [...facts]
        .filter(([, f]) => mayReadProgramme(actor, f).allowed)
        .map(([id]) => id)
        .sort();
      expect(bySql, name).toEqual(byRule);
      sizes.add(byRule.length);
    }
    // The fixture tells the readers apart: from nothing to everything, with steps between.
    expect(sizes.has(0)).toBe(true);
    expect(sizes.has(facts.size)).toBe(true);
    expect(sizes.size).toBeGreaterThanOrEqual(5);
  });
});
