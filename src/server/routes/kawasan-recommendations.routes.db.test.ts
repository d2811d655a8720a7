import { afterAll, beforeAll, expect, it } from 'vitest';
import type { KawasanDetail, Recommendation } from '../../contracts/kawasan.contract.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { createAdjacencyService } from '../../services/boundaries/adjacency.service.ts';
import { CILACAP, KEDUNGREJA_IDM, seedKedungreja } from '../../services/kawasan/testing.ts';
import { type App, buildApp } from '../app.ts';
import { type Client, signIn } from '../testing.ts';

describeEachEngine('kawasan recommender routes', (ctx) => {
  let app: App;
  let officer: Client;
  let outsider: Client;
  let graph: Map<string, string[]>;

  beforeAll(async () => {
    await seedKedungreja(ctx.db);
    app = await buildApp({ db: ctx.db, version: 'test' });
    const a = await createTestAccount(ctx.db, 'kab-cilacap', [
      { role: 'kabupaten', scope: { kind: 'region', code: CILACAP } },
    ]);
    const b = await createTestAccount(ctx.db, 'kab-semarang', [
      { role: 'kabupaten', scope: { kind: 'region', code: '3374' } },
    ]);
    officer = await signIn(app, a.username, a.password);
    outsider = await signIn(app, b.username, b.password);
    graph = await createAdjacencyService(ctx.db.orm).graphWithin(CILACAP);
  });
  afterAll(() => app.close());

  const run = (client: Client, body: object) => client.request('POST', '/api/kawasan/recommendations', body);

  /** Whether `members` are connected through the stored boundary adjacency. */
  function contiguous(members: readonly string[]): boolean {
    const inside = new Set(members);
    const seen = new Set([members[0]!]);
    const queue = [members[0]!];
    while (queue.length > 0) {
      for (const n of graph.get(queue.shift()!) ?? []) {
        if (inside.has(n) && !seen.has(n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return seen.size === inside.size;
  }

  it('proposes contiguous kawasan with a locomotive and a lagging desa, from the latest IDM year and stored boundaries', async () => {
    const res = await run(officer, { kabupatenCode: '33.01', seed: 2024, maxSize: 5 });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json() as Recommendation;
    expect(r).toMatchObject({
      kabupatenCode: '3301',
      seed: 2024,
      indexYear: 2024,
      graphSource: 'boundaries',
      recommender: 'kawasan-recommender-1',
    });
    expect(r.proposals.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const p of r.proposals) {
      const codes = p.members.map((m) => m.code);
      expect(codes.length).toBeGreaterThanOrEqual(3);
      expect(codes.length).toBeLessThanOrEqual(5);
      expect(contiguous(codes), codes.join(',')).toBe(true);
      const status = (c: string) => KEDUNGREJA_IDM.find((d) => d.code === c)!.status;
      expect(p.locomotives.some((c) => ['MAJU', 'MANDIRI'].includes(status(c)))).toBe(true);
      expect(p.lagging.length).toBeGreaterThan(0);
      for (const c of codes) {
        expect(seen.has(c)).toBe(false);
        seen.add(c);
      }
      expect(p.explanation.length).toBeGreaterThan(0);
    }
    const again = (
      await run(officer, { kabupatenCode: '3301', seed: 2024, maxSize: 5 })
    ).json() as Recommendation;
    expect(again.id).not.toBe(r.id);
    expect(again.proposals).toEqual(r.proposals);
    expect((await officer.request('GET', `/api/kawasan/recommendations/${r.id}`)).json()).toEqual(r);
  });

  it('turns a proposal into a proposed kawasan in one step, once, and leaves its desa out of later runs', async () => {
    const r = (await run(officer, { kabupatenCode: '3301', seed: 7, maxSize: 4 })).json() as Recommendation;
    const proposal = r.proposals[0]!;
    const made = await officer.request(
      'POST',
      `/api/kawasan/recommendations/${r.id}/proposals/${proposal.id}/kawasan`,
      {
        name: 'Kawasan Usulan Pertama',
        theme: 'agropolitan',
      },
    );
    expect(made.statusCode, made.body).toBe(201);
    const k = made.json() as KawasanDetail;
    expect(k).toMatchObject({ state: 'usulan', recommendationId: r.id });
    expect(k.members.map((m) => m.code)).toEqual(proposal.members.map((m) => m.code));
    const twice = await officer.request(
      'POST',
      `/api/kawasan/recommendations/${r.id}/proposals/${proposal.id}/kawasan`,
      {
        name: 'Kawasan Usulan Lagi',
      },
    );
    expect(twice.statusCode).toBe(409);
    const reopened = (
      await officer.request('GET', `/api/kawasan/recommendations/${r.id}`)
    ).json() as Recommendation;
    expect(reopened.proposals[0]!.kawasanId).toBe(k.id);

    const later = (
      await run(officer, { kabupatenCode: '3301', seed: 7, maxSize: 4 })
    ).json() as Recommendation;
    const taken = later.leftOut.filter((l) => l.reason === 'taken').map((l) => l.code);
    expect(taken.sort()).toEqual(proposal.members.map((m) => m.code).sort());
    expect(later.proposals.flatMap((p) => p.members.map((m) => m.code))).not.toContain(
      proposal.members[0]!.code,
    );
  });

  it('is documented in the OpenAPI document', async () => {
    const spec = (await app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/kawasan',
        '/api/kawasan/{id}/transitions',
        '/api/kawasan/{id}/documents',
        '/api/kawasan/recommendations',
        '/api/kawasan/recommendations/{id}/proposals/{proposalId}/kawasan',
        '/api/public/kawasan/{id}',
      ]),
    );
  });

  it('refuses kabupaten outside the scope, codes that are not kabupaten, and bad sizes', async () => {
    expect((await run(outsider, { kabupatenCode: '3301' })).statusCode).toBe(403);
    expect((await run(officer, { kabupatenCode: '330101' })).statusCode).toBe(400);
    expect((await run(officer, { kabupatenCode: '3399' })).statusCode).toBe(400);
    expect((await run(officer, { kabupatenCode: '3301', minSize: 9, maxSize: 4 })).statusCode).toBe(400);
    const r = (await run(officer, { kabupatenCode: '3301' })).json() as Recommendation;
    expect((await outsider.request('GET', `/api/kawasan/recommendations/${r.id}`)).statusCode).toBe(404);
  });
});
