import { randomUUID } from 'node:crypto';
import { and, inArray } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { enterprise } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { mayReadEnterprise } from '../../domain/enterprise/enterprise-access.ts';
import {
  DESA_A,
  DESA_B,
  DESA_OTHER,
  enterpriseScope,
  kawasanScope,
  region,
  SYSTEM,
  user,
} from '../../domain/enterprise/testing.ts';
import { insertKawasan } from '../facilitation/testing.ts';
import { loadEnterpriseFacts } from './enterprise-facts.ts';
import { readableEnterpriseFilter } from './enterprise-read-filter.ts';
import { insertEnterprise } from './testing.ts';

describeEachEngine('enterprise read filter = mayReadEnterprise', (ctx) => {
  const ids: Record<string, string> = {};
  const k: Record<'all' | 'some' | 'linked' | 'other', string> = { all: '', some: '', linked: '', other: '' };

  beforeAll(async () => {
    // Memberships need not be active: access follows membership (one active membership per desa).
    k.all = await insertKawasan(ctx.db, { name: 'Kawasan A dan B', members: [DESA_A, DESA_B] });
    k.some = await insertKawasan(ctx.db, { name: 'Kawasan A', members: [DESA_A], active: false });
    k.linked = await insertKawasan(ctx.db, { name: 'Kawasan tanpa pendiri', members: [] });
    k.other = await insertKawasan(ctx.db, { name: 'Kawasan lain', members: [DESA_OTHER] });
    ids.bumdesma = await insertEnterprise(ctx.db, {
      kind: 'bumdesma',
      name: 'BUM Desa Bersama Lintas Kabupaten',
      founders: [DESA_A, DESA_B],
      kawasanIds: [k.all, k.linked],
    });
    ids.bumdes = await insertEnterprise(ctx.db, {
      kind: 'bumdes',
      name: 'BUM Desa Maju A',
      founders: [DESA_A],
    });
    ids.koperasi = await insertEnterprise(ctx.db, {
      kind: 'koperasi',
      name: 'Koperasi Lain Tempat',
      founders: [DESA_OTHER],
      kawasanIds: [k.linked],
    });
    ids.kelompok = await insertEnterprise(ctx.db, {
      kind: 'kelompok_usaha',
      name: 'Kelompok Tani Desa B',
      founders: [DESA_B],
    });
    ids.crossProvince = await insertEnterprise(ctx.db, {
      kind: 'bumdesma',
      name: 'BUM Desa Bersama Dua Provinsi',
      founders: [DESA_B, '3513152001'],
    });
  });

  it('selects exactly the enterprises mayReadEnterprise allows, for every kind of reader', async () => {
    const actors: Record<string, Actor> = {
      system: SYSTEM,
      national: user('nas', [['national', { kind: 'national' }]]),
      'national, read-only token': user('nas-token', [['national', { kind: 'national' }]], true),
      'province 33': user('prov', [['province', region('33')]]),
      'province 35': user('prov35', [['province', region('35')]]),
      'kabupaten Cilacap (founder A)': user('kab-a', [['kabupaten', region('3301')]]),
      'kabupaten Banyumas (founder B)': user('kab-b', [['kabupaten', region('3302')]]),
      'kabupaten Semarang (neither)': user('kab-x', [['kabupaten', region('3374')]]),
      'facilitator Kedungreja': user('pd-a', [['facilitator', region('330101')]]),
      'facilitator of desa B': user('pd-b', [['facilitator', region(DESA_B)]]),
      'village A': user('desa-a', [['village', region(DESA_A)]]),
      'village B': user('desa-b', [['village', region(DESA_B)]]),
      'village elsewhere': user('desa-x', [['village', region('3374011001')]]),
      'kawasan manager holding both': user('km-all', [['kawasan_manager', kawasanScope(k.all)]]),
      'kawasan manager holding A': user('km-some', [['kawasan_manager', kawasanScope(k.some)]]),
      'kawasan manager linked, holding none': user('km-linked', [
        ['kawasan_manager', kawasanScope(k.linked)],
      ]),
      'kawasan facilitator of the other kawasan': user('kf-other', [['facilitator', kawasanScope(k.other)]]),
      'kawasan manager of an unknown kawasan': user('km-none', [
        ['kawasan_manager', kawasanScope(randomUUID())],
      ]),
      'kawasan manager with an id that is no uuid': user('km-bad', [
        ['kawasan_manager', kawasanScope('kawasan-uji')],
      ]),
      'enterprise manager of the BUM Desa': user('em', [['enterprise', enterpriseScope(ids.bumdes!)]]),
      'enterprise manager of two': user('em2', [
        ['enterprise', enterpriseScope(ids.koperasi!)],
        ['enterprise', enterpriseScope(ids.kelompok!)],
      ]),
      'enterprise manager with an id that is no uuid': user('em-bad', [
        ['enterprise', enterpriseScope('bumdes-uji')],
      ]),
      'village B and kawasan manager holding A': user('mix', [
        ['village', region(DESA_B)],
        ['kawasan_manager', kawasanScope(k.some)],
      ]),
      'training provider': user('balai', [
        ['training_provider', { kind: 'training_provider', id: randomUUID() }],
      ]),
      'no role': user('none', []),
    };
    const facts = new Map(
      await Promise.all(
        Object.values(ids).map(async (id) => [id, (await loadEnterpriseFacts(ctx.db.orm, id))!] as const),
      ),
    );
    const name = new Map(Object.entries(ids).map(([n, id]) => [id, n]));
    const seenBy: Record<string, string[]> = {};
    for (const [label, actor] of Object.entries(actors)) {
      const expected = [...facts]
        .filter(([, f]) => mayReadEnterprise(actor, f).allowed)
        .map(([id]) => name.get(id)!)
        .sort();
      const rows = await ctx.db.orm
        .select({ id: enterprise.id })
        .from(enterprise)
        .where(and(inArray(enterprise.id, Object.values(ids)), readableEnterpriseFilter(actor)));
      const actual = rows.map((r) => name.get(r.id)!).sort();
      expect({ label, actual }).toEqual({ label, actual: expected });
      seenBy[label] = actual;
    }
    // The rule table is not trivial: readers see different, partial sets.
    expect(seenBy['kabupaten Cilacap (founder A)']).toEqual(['bumdes', 'bumdesma']);
    expect(seenBy['kawasan manager linked, holding none']).toEqual(['bumdesma', 'koperasi']);
    expect(seenBy['enterprise manager of the BUM Desa']).toEqual(['bumdes']);
    expect(seenBy['province 33']).toEqual(['bumdes', 'bumdesma', 'crossProvince', 'kelompok', 'koperasi']);
    expect(seenBy['no role']).toEqual([]);
    expect(seenBy.system).toHaveLength(5);
    expect(new Set(Object.values(seenBy).map((s) => s.join())).size).toBeGreaterThanOrEqual(10);
  });
});
