import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount, TEST_PASSWORD } from '../../services/access/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { type Client, signIn } from '../testing.ts';

const villageUser = (username: string, code: string) => ({
  username,
  name: `Operator ${username}`,
  password: 'kata-sandi-panjang',
  assignments: [{ role: 'village', scope: { kind: 'region', code } }],
});

describeEachEngine('account administration', (ctx) => {
  let app: App;
  let national: Client;
  let semarang: Client;
  const auditRows = () =>
    queryRows<{ action: string; resource_id: string; changes: Record<string, unknown> }>(
      ctx.db.orm,
      sql`select action, resource_id, changes from audit_log order by id`,
    );

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test' });
    await createTestAccount(ctx.db, 'nasional', [{ role: 'national' }]);
    national = await signIn(app, 'nasional', TEST_PASSWORD);
    // The national administrator creates a kabupaten officer for Kota Semarang through the API.
    const created = await national.request('POST', '/api/users', {
      username: 'Semarang',
      name: 'Petugas Kota Semarang',
      email: 'semarang@contoh.id',
      password: 'kata-sandi-semarang',
      assignments: [{ role: 'kabupaten', scope: { kind: 'region', code: '33.74' } }],
    });
    expect(created.statusCode).toBe(201);
    semarang = await signIn(app, 'semarang', 'kata-sandi-semarang');
  });
  afterAll(() => app.close());

  describe('a kabupaten officer for Kota Semarang', () => {
    it('acts on villages under 3374 and is refused everywhere else', async () => {
      const inside = await semarang.request('POST', '/api/users', villageUser('op-miroto', '3374011001'));
      expect(inside.statusCode).toBe(201);
      expect(inside.json()).toMatchObject({
        username: 'op-miroto',
        assignments: [
          {
            role: 'village',
            scope: { kind: 'region', code: '3374011001', codeDotted: '33.74.01.1001', label: 'Miroto' },
          },
        ],
      });
      for (const code of ['3301012001', '3513152017']) {
        const outside = await semarang.request('POST', '/api/users', villageUser(`op-${code}`, code));
        expect(outside.statusCode).toBe(403);
        expect(outside.json().code).toBe('forbidden');
      }
    });

    it('cannot make peers or superiors', async () => {
      for (const grant of [
        { role: 'kabupaten', scope: { kind: 'region', code: '3374' } },
        { role: 'province', scope: { kind: 'region', code: '33' } },
        { role: 'national', scope: { kind: 'national' } },
      ]) {
        const res = await semarang.request('POST', '/api/users', {
          ...villageUser(`x-${grant.role}`, '3374011001'),
          assignments: [grant],
        });
        expect(res.statusCode).toBe(403);
      }
    });

    it('cannot change an account that also holds a role elsewhere', async () => {
      const both = await createTestAccount(ctx.db, 'dua-wilayah', [
        { role: 'village', scope: { kind: 'region', code: '3374011002' } },
        { role: 'village', scope: { kind: 'region', code: '3301012001' } },
      ]);
      expect((await semarang.request('GET', `/api/users/${both.id}`)).statusCode).toBe(200); // may see it
      expect((await semarang.request('PATCH', `/api/users/${both.id}`, { active: false })).statusCode).toBe(
        403,
      );
      expect((await national.request('PATCH', `/api/users/${both.id}`, { active: false })).statusCode).toBe(
        200,
      );
    });
  });

  it('never lists accounts outside the reader scope', async () => {
    await createTestAccount(ctx.db, 'op-cilacap', [
      { role: 'village', scope: { kind: 'region', code: '3301012001' } },
    ]);
    await createTestAccount(ctx.db, 'op-probolinggo', [
      { role: 'village', scope: { kind: 'region', code: '3513152017' } },
    ]);
    const listed = await semarang.request('GET', '/api/users?pageSize=200');
    expect(listed.statusCode).toBe(200);
    const page = listed.json() as {
      items: { username: string; assignments: { scope: { code?: string } }[] }[];
      total: number;
    };
    expect(page.items.length).toBe(page.total);
    expect(page.items.map((u) => u.username)).not.toEqual(expect.arrayContaining(['op-cilacap']));
    for (const user of page.items) {
      expect(user.assignments.some((a) => a.scope.code?.startsWith('3374'))).toBe(true);
    }
    const all = (await national.request('GET', '/api/users?pageSize=200')).json() as { total: number };
    expect(all.total).toBeGreaterThan(page.total);
    const search = (await semarang.request('GET', '/api/users?q=cilacap')).json() as { total: number };
    expect(search.total).toBe(0);
  });

  it('writes exactly one audit row for a change and none for a refused or failed one', async () => {
    const before = (await auditRows()).length;
    const ok = await semarang.request('POST', '/api/users', villageUser('op-brumbungan', '3374011002'));
    expect(ok.statusCode).toBe(201);
    const rows = await auditRows();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1)!;
    expect(row).toMatchObject({ action: 'user.create', resource_id: ok.json().id });
    expect(row.changes).toMatchObject({
      username: { before: null, after: 'op-brumbungan' },
      password: { after: '[disembunyikan]' },
    });
    expect(JSON.stringify(row.changes)).not.toContain('kata-sandi-panjang');

    const refused = await semarang.request('POST', '/api/users', villageUser('op-luar', '3301012001'));
    const duplicate = await semarang.request(
      'POST',
      '/api/users',
      villageUser('op-brumbungan', '3374011002'),
    );
    const badScope = await semarang.request('POST', '/api/users', villageUser('op-fiktif', '3374019999'));
    expect([refused.statusCode, duplicate.statusCode, badScope.statusCode]).toEqual([403, 409, 400]);
    expect(await auditRows()).toHaveLength(before + 1);
  });

  it.each([
    [
      {
        ...villageUser('uji-a1', '3374011001'),
        assignments: [{ role: 'lurah', scope: { kind: 'region', code: '3374011001' } }],
      },
      'assignments.0.role',
    ],
    [villageUser('uji-a2', '33.74.01.9999'), 'assignments.0.scope.code'],
    [villageUser('uji-a3', '12x'), 'assignments.0.scope.code'],
    [villageUser('uji-a4', '3374'), 'assignments.0.scope'],
    [
      {
        ...villageUser('uji-a5', '3374011001'),
        assignments: [{ role: 'kawasan_manager', scope: { kind: 'kawasan', id: 'tidak-ada' } }],
      },
      'assignments.0.scope.id',
    ],
    [{ ...villageUser('uji-a6', '3374011001'), password: 'pendek' }, 'password'],
    [{ ...villageUser('A b', '3374011001') }, 'username'],
    [{ ...villageUser('uji-a7', '3374011001'), email: 'bukan-email' }, 'email'],
  ])('refuses bad input %# naming the field, writing nothing', async (body, field) => {
    const before = (await auditRows()).length;
    const res = await national.request('POST', '/api/users', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await auditRows()).toHaveLength(before);
  });

  it('deactivates an account: its sessions end and it can no longer sign in', async () => {
    const created = (
      await semarang.request('POST', '/api/users', villageUser('op-kauman', '3374011010'))
    ).json();
    const operator = await signIn(app, 'op-kauman', 'kata-sandi-panjang');
    const off = await semarang.request('PATCH', `/api/users/${created.id}`, { active: false });
    expect(off.json()).toMatchObject({ active: false });
    expect((await operator.request('GET', '/api/me')).statusCode).toBe(401);
    await expect(signIn(app, 'op-kauman', 'kata-sandi-panjang')).rejects.toThrow(/401/);
    await semarang.request('PATCH', `/api/users/${created.id}`, { active: true });
    await signIn(app, 'op-kauman', 'kata-sandi-panjang');
  });

  it('resets a password: the old one stops working and sessions end', async () => {
    const created = (
      await semarang.request('POST', '/api/users', villageUser('op-sekayu', '3374011007'))
    ).json();
    const operator = await signIn(app, 'op-sekayu', 'kata-sandi-panjang');
    const reset = await semarang.request('POST', `/api/users/${created.id}/password`, {
      newPassword: 'sandi-baru-sekayu',
    });
    expect(reset.statusCode).toBe(204);
    expect((await operator.request('GET', '/api/me')).statusCode).toBe(401);
    await signIn(app, 'op-sekayu', 'sandi-baru-sekayu');
  });

  it('grants and revokes roles within scope', async () => {
    const created = (
      await semarang.request('POST', '/api/users', villageUser('pendamping', '3374011003'))
    ).json();
    const granted = await semarang.request('POST', `/api/users/${created.id}/assignments`, {
      role: 'facilitator',
      scope: { kind: 'region', code: '337401' },
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({
      role: 'facilitator',
      scope: { code: '337401', label: 'Semarang Tengah' },
    });
    const again = await semarang.request('POST', `/api/users/${created.id}/assignments`, {
      role: 'facilitator',
      scope: { kind: 'region', code: '337401' },
    });
    expect(again.statusCode).toBe(409);
    const elsewhere = await semarang.request('POST', `/api/users/${created.id}/assignments`, {
      role: 'facilitator',
      scope: { kind: 'region', code: '330101' },
    });
    expect(elsewhere.statusCode).toBe(403);
    const revoked = await semarang.request(
      'DELETE',
      `/api/users/${created.id}/assignments/${granted.json().id}`,
    );
    expect(revoked.statusCode).toBe(204);
    const user = (await semarang.request('GET', `/api/users/${created.id}`)).json();
    expect(user.assignments.map((a: { role: string }) => a.role)).toEqual(['village']);
  });

  it('shows each reader only the audit rows in their scope, or of their own actions', async () => {
    await createTestAccount(ctx.db, 'cilacap-admin', [
      { role: 'kabupaten', scope: { kind: 'region', code: '3301' } },
    ]);
    const cilacap = await signIn(app, 'cilacap-admin', TEST_PASSWORD);
    await cilacap.request('POST', '/api/users', villageUser('op-cilacap-2', '3301012002'));
    const mine = (await semarang.request('GET', '/api/audit?pageSize=200')).json() as {
      items: { regionCode: string | null; actor: { label: string } }[];
    };
    expect(mine.items.length).toBeGreaterThan(0);
    for (const entry of mine.items) {
      expect(entry.regionCode?.startsWith('3374') || entry.actor.label.endsWith('(semarang)')).toBe(true);
    }
    const all = (await national.request('GET', '/api/audit?pageSize=200')).json() as {
      items: { regionCode: string | null }[];
    };
    expect(all.items.some((e) => e.regionCode?.startsWith('3301'))).toBe(true);
    const byUser = (
      await national.request(
        'GET',
        `/api/audit?resourceType=user&resourceId=${(await semarang.request('GET', '/api/me')).json().user.id}`,
      )
    ).json();
    expect(byUser.items.length).toBeGreaterThan(0);
    expect((await app.inject('/api/audit')).statusCode).toBe(401);
  });

  it('offers no way to change or delete audit rows', () => {
    const auditRoutes = app.routeTable.filter((r) => r.url.startsWith('/api/audit'));
    expect(auditRoutes.map((r) => r.method).sort()).toEqual(['GET', 'HEAD']);
  });
});
