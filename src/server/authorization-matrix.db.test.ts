import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAssignment } from '../db/schema.ts';
import { describeEachEngine } from '../db/testing.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../services/access/testing.ts';
import { miniWilayah } from '../services/regions/testing.ts';
import { importWilayah } from '../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from './app.ts';
import { ALL_ROLES, AUTHORIZATION_MATRIX, type MatrixContext, type Who } from './authorization.matrix.ts';
import { anonymous, type Client, signIn } from './testing.ts';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WHO: readonly Who[] = [...ALL_ROLES, 'public'];

describeEachEngine('authorisation matrix', (ctx) => {
  let app: App;
  const accounts = new Map<Who, TestAccount>();
  let seq = 0;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test' });
    for (const role of ALL_ROLES)
      accounts.set(role, await createTestAccount(ctx.db, `matrix-${role}`, [{ role }]));
    await createTestAccount(ctx.db, 'matrix-public-login', [{ role: 'village' }]);
  });
  afterAll(() => app.close());

  it('has a row for every mutating route, and no row for a route that does not exist', () => {
    const routes = app.routeTable
      .filter((r) => MUTATING.has(r.method) && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`);
    const rows = AUTHORIZATION_MATRIX.map((r) => `${r.method} ${r.route}`);
    expect(routes.filter((r) => !rows.includes(r))).toEqual([]);
    expect(rows.filter((r) => !routes.includes(r))).toEqual([]);
  });

  async function contextFor(who: Who): Promise<MatrixContext> {
    const self = who === 'public' ? undefined : accounts.get(who)!;
    const client: Client = self ? await signIn(app, self.username, self.password) : anonymous(app);
    const tokenOf = async (owner: Client) => {
      const res = await owner.request('POST', '/api/me/tokens', { name: `matrix-${++seq}` });
      return (res.json() as { token: { id: string } }).token.id;
    };
    return {
      app,
      db: ctx.db,
      who,
      ...(self ? { self } : {}),
      client,
      async target(villageCode) {
        const account = await createTestAccount(ctx.db, `target-${++seq}`, [
          { role: 'village', scope: { kind: 'region', code: villageCode } },
        ]);
        const [assignment] = await ctx.db.orm
          .select()
          .from(roleAssignment)
          .where(eq(roleAssignment.userId, account.id));
        return { userId: account.id, assignmentId: assignment!.id };
      },
      async token(owner) {
        if (owner === 'mine' && self) return tokenOf(client); // a visitor has no tokens of their own
        const other = await createTestAccount(ctx.db, `token-owner-${++seq}`, [{ role: 'village' }]);
        return tokenOf(await signIn(app, other.username, TEST_PASSWORD));
      },
    };
  }

  for (const row of AUTHORIZATION_MATRIX) {
    describe(`${row.method} ${row.route}`, () => {
      const cases = WHO.flatMap((who) =>
        ([true, false] as const).map((inScope) => ({
          who,
          inScope,
          allowed: (inScope ? row.allow.inScope : row.allow.outOfScope).includes(who),
        })),
      );
      it.each(cases)(
        '$who, target in scope: $inScope → allowed: $allowed',
        async ({ who, inScope, allowed }) => {
          const context = await contextFor(who);
          const { url, payload } = await row.request(context, inScope);
          const res = await context.client.request(row.method, url, payload);
          const status = row.statusOf ? row.statusOf(res) : res.statusCode;
          if (allowed) {
            expect(status, res.body).toBeGreaterThanOrEqual(200);
            expect(status, res.body).toBeLessThan(300);
          } else {
            expect(who === 'public' ? [401] : [403, 404], res.body).toContain(status);
          }
        },
      );
    });
  }
});
