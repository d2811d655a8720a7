import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { SESSION_IDLE_MS } from '../../services/access/session.service.ts';
import { createTestAccount, TEST_PASSWORD } from '../../services/access/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.plugin.ts';
import { anonymous, signIn, withSession, withToken } from '../testing.ts';

describeEachEngine('sign-in, sessions and API tokens', (ctx) => {
  let app: App;
  let clock = new Date('2026-11-28T08:00:00Z');
  let seq = 0;
  const fresh = (role: 'kabupaten' | 'village' = 'kabupaten') =>
    createTestAccount(ctx.db, `akun${++seq}`, [{ role }]);
  const auditCount = async () =>
    (await queryRows<{ n: number }>(ctx.db.orm, sql`select count(*)::int as n from audit_log`))[0]!.n;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => clock });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    clock = new Date(clock.getTime() + 3600_000); // each test an hour later: no throttling carries over
  });

  it('signs in with username or email and sets a strict, HttpOnly session cookie', async () => {
    const account = await fresh();
    for (const login of [account.username, `${account.username}@contoh.id`, account.username.toUpperCase()]) {
      const res = await anonymous(app).request('POST', '/api/auth/login', { login, password: TEST_PASSWORD });
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(res.json()).toMatchObject({
        user: { username: account.username },
        csrfToken: expect.any(String),
      });
    }
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const account = await fresh();
    const wrong = await anonymous(app).request('POST', '/api/auth/login', {
      login: account.username,
      password: 'salah-salah-salah',
    });
    const unknown = await anonymous(app).request('POST', '/api/auth/login', {
      login: 'tidak-ada',
      password: 'salah-salah-salah',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('refuses an inactive account with the same generic answer', async () => {
    const account = await createTestAccount(ctx.db, `nonaktif${++seq}`, [{ role: 'village' }], {
      active: false,
    });
    const res = await anonymous(app).request('POST', '/api/auth/login', {
      login: account.username,
      password: TEST_PASSWORD,
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('Nama pengguna atau kata sandi salah.');
  });

  it('slows down brute force per account, even for the right password, and per address', async () => {
    const account = await fresh();
    const attempt = (password: string, ip = '10.9.8.7') =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: account.username, password },
        remoteAddress: ip,
      });
    for (let i = 0; i < 5; i++) expect((await attempt(`tebakan-${i}-xxxx`)).statusCode).toBe(401);
    const blocked = await attempt(TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The account is throttled from any address.
    expect((await attempt(TEST_PASSWORD, '10.1.1.1')).statusCode).toBe(429);
    // The wait doubles with each further failure; once it has passed, the right password works.
    clock = new Date(clock.getTime() + 3_000);
    expect((await attempt('tebakan-lagi-xxxx')).statusCode).toBe(401);
    expect(Number((await attempt(TEST_PASSWORD)).headers['retry-after'])).toBeGreaterThanOrEqual(3);
    clock = new Date(clock.getTime() + 5_000);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);

    // One address trying many accounts is throttled too.
    for (let i = 0; i < 5; i++) {
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: `orang${i}`, password: 'x' },
        remoteAddress: '10.2.2.2',
      });
    }
    const other = await fresh();
    const fromSprayer = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: other.username, password: TEST_PASSWORD },
      remoteAddress: '10.2.2.2',
    });
    expect(fromSprayer.statusCode).toBe(429);
  });

  it('answers /api/me for a session and 401 without one', async () => {
    const account = await fresh('village');
    const client = await signIn(app, account.username, TEST_PASSWORD);
    const me = await client.request('GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: {
        username: account.username,
        assignments: [{ role: 'village', scope: { kind: 'region', code: '3374011001', label: 'Miroto' } }],
      },
      csrfToken: client.csrfToken,
    });
    expect((await anonymous(app).request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated change without the CSRF token, and writes nothing', async () => {
    const account = await fresh();
    const client = await signIn(app, account.username, TEST_PASSWORD);
    const before = await auditCount();
    const res = await client.request('POST', '/api/me/tokens', { name: 'tanpa csrf' }, { csrf: false });
    expect(res.statusCode).toBe(403);
    expect(res.json().detail).toMatch(/CSRF/);
    const forged = await withSession(app, client.cookie!, 'token-palsu').request('POST', '/api/me/tokens', {
      name: 'palsu',
    });
    expect(forged.statusCode).toBe(403);
    expect(await auditCount()).toBe(before);
    expect((await client.request('GET', '/api/me/tokens')).json()).toEqual([]);
  });

  it('ends a session after inactivity, and says so', async () => {
    const account = await fresh();
    const client = await signIn(app, account.username, TEST_PASSWORD);
    clock = new Date(clock.getTime() + SESSION_IDLE_MS / 2);
    expect((await client.request('GET', '/api/me')).statusCode).toBe(200); // activity extends it
    clock = new Date(clock.getTime() + SESSION_IDLE_MS * 0.9);
    expect((await client.request('GET', '/api/me')).statusCode).toBe(200);
    clock = new Date(clock.getTime() + SESSION_IDLE_MS + 1000);
    const expired = await client.request('GET', '/api/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/Sesi Anda sudah berakhir/);
    expect(expired.cookies.find((c) => c.name === SESSION_COOKIE)?.value).toBe('');
  });

  it('signs out', async () => {
    const account = await fresh();
    const client = await signIn(app, account.username, TEST_PASSWORD);
    expect((await client.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/me')).statusCode).toBe(401);
  });

  it('changes the password, keeps this session and ends the others', async () => {
    const account = await fresh();
    const here = await signIn(app, account.username, TEST_PASSWORD);
    const elsewhere = await signIn(app, account.username, TEST_PASSWORD);
    const wrong = await here.request('POST', '/api/me/password', {
      currentPassword: 'bukan-ini-123',
      newPassword: 'baru-sekali-12345',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const short = await here.request('POST', '/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'pendek',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors[0].field).toBe('newPassword');
    const ok = await here.request('POST', '/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'baru-sekali-12345',
    });
    expect(ok.statusCode).toBe(204);
    expect((await here.request('GET', '/api/me')).statusCode).toBe(200);
    expect((await elsewhere.request('GET', '/api/me')).statusCode).toBe(401);
    await expect(signIn(app, account.username, TEST_PASSWORD)).rejects.toThrow(/401/);
    await signIn(app, account.username, 'baru-sekali-12345');
  });

  it('issues API tokens shown once, stored hashed, read-only by default, revocable and expiring', async () => {
    const admin = await fresh('kabupaten');
    const client = await signIn(app, admin.username, TEST_PASSWORD);
    const created = await client.request('POST', '/api/me/tokens', { name: 'integrasi', expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { secret, token } = created.json();
    expect(secret).toMatch(/^kwn_/);
    expect(token).toMatchObject({ name: 'integrasi', readOnly: true, prefix: secret.slice(0, 10) });
    const listed = await client.request('GET', '/api/me/tokens');
    expect(listed.body).not.toContain(secret);
    const stored = await queryRows<{ token_hash: string }>(
      ctx.db.orm,
      sql`select token_hash from api_token where id = ${token.id}`,
    );
    expect(stored[0]!.token_hash).not.toContain(secret.slice(4));

    const bearer = withToken(app, secret);
    expect((await bearer.request('GET', '/api/users')).statusCode).toBe(200);
    const write = await bearer.request('POST', '/api/users', {
      username: 'dari-token',
      name: 'Dari Token',
      password: 'kata-sandi-panjang',
      assignments: [{ role: 'village', scope: { kind: 'region', code: '3374011002' } }],
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().detail).toMatch(/hanya untuk membaca/);

    expect((await client.request('DELETE', `/api/me/tokens/${token.id}`)).statusCode).toBe(204);
    expect((await bearer.request('GET', '/api/users')).statusCode).toBe(401);

    const short = (
      await client.request('POST', '/api/me/tokens', { name: 'sebentar', expiresInDays: 1 })
    ).json();
    clock = new Date(clock.getTime() + 2 * 24 * 3600_000);
    const expired = await withToken(app, short.secret).request('GET', '/api/users');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().detail).toMatch(/kedaluwarsa/);
  });

  it.each([
    ['Bearer bukan-token', /tidak sah/],
    ['Basic dXNlcjpwYXNz', /Bearer/],
    [`Bearer kwn_${'A'.repeat(43)}`, /tidak dikenal/],
  ])('refuses the Authorization header %j with 401', async (header, message) => {
    const res = await app.inject({ method: 'GET', url: '/api/users', headers: { authorization: header } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toMatch(message);
  });

  it('narrows a token to part of its owner scope, and refuses a scope outside it', async () => {
    const admin = await fresh('kabupaten');
    const client = await signIn(app, admin.username, TEST_PASSWORD);
    const outside = await client.request('POST', '/api/me/tokens', {
      name: 'x',
      scope: { kind: 'region', code: '3301' },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0].field).toBe('scope');
    const unknown = await client.request('POST', '/api/me/tokens', {
      name: 'x',
      scope: { kind: 'region', code: '3399' },
    });
    expect(unknown.statusCode).toBe(400);
    const narrow = await client.request('POST', '/api/me/tokens', {
      name: 'kecamatan',
      readOnly: false,
      scope: { kind: 'region', code: '337401' },
    });
    expect(narrow.statusCode).toBe(201);
    const bearer = withToken(app, narrow.json().secret);
    const inside = await bearer.request('POST', '/api/users', {
      username: `tok${++seq}`,
      name: 'Di dalam',
      password: 'kata-sandi-panjang',
      assignments: [{ role: 'village', scope: { kind: 'region', code: '3374011002' } }],
    });
    expect(inside.statusCode).toBe(201);
    const beyond = await bearer.request('POST', '/api/users', {
      username: `tok${++seq}`,
      name: 'Di luar kecamatan',
      password: 'kata-sandi-panjang',
      assignments: [{ role: 'village', scope: { kind: 'region', code: '3374021001' } }],
    });
    expect(beyond.statusCode).toBe(403);
  });

  it('sets security headers', async () => {
    const res = await app.inject('/api/health');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('refuses an oversized request body', async () => {
    const res = await anonymous(app).request('POST', '/api/auth/login', {
      login: 'x',
      password: 'y'.repeat(300 * 1024),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'too_large', errors: [{ field: 'body' }] });
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
