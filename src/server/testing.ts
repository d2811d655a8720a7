/** Helpers for route tests: signing in through the API and sending requests as that person. */
import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/client.ts';
import type { Role } from '../domain/access/role.ts';
import { createTestAccount } from '../services/access/testing.ts';
import type { App } from './app.ts';
import { SESSION_COOKIE } from './plugins/auth.plugin.ts';

export interface Client {
  /** Sends a request; with `csrf: false` the CSRF header is left out. */
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    options?: { csrf?: boolean },
  ): Promise<LightMyRequestResponse>;
  cookie: string | null;
  csrfToken: string | null;
}

/** A visitor who has not signed in. */
export function anonymous(app: App): Client {
  return {
    cookie: null,
    csrfToken: null,
    request: (method, url, payload) =>
      app.inject({ method, url, ...(payload !== undefined ? { payload: payload as object } : {}) }),
  };
}

/** Signs in through `POST /api/auth/login` and returns a client carrying the cookie and CSRF token. */
export async function signIn(app: App, login: string, password: string, ip = '127.0.0.1'): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login, password },
    remoteAddress: ip,
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${login} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
  const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
  return withSession(app, cookie, csrfToken);
}

export function withSession(app: App, cookie: string, csrfToken: string): Client {
  return {
    cookie,
    csrfToken,
    request: (method, url, payload, options) =>
      app.inject({
        method,
        url,
        cookies: { [SESSION_COOKIE]: cookie },
        headers: options?.csrf === false ? {} : { 'x-csrf-token': csrfToken },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      }),
  };
}

/** A client authenticating with an API token. */
export function withToken(app: App, secret: string): Client {
  return {
    cookie: null,
    csrfToken: null,
    request: (method, url, payload) =>
      app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${secret}` },
        ...(payload !== undefined ? { payload: payload as object } : {}),
      }),
  };
}

/** A new account holding `role` over region `code`, signed in. */
export async function regionAccount(
  app: App,
  db: Database,
  username: string,
  role: Role,
  code: string,
): Promise<Client> {
  const a = await createTestAccount(db, username, [{ role, scope: { kind: 'region', code } }]);
  return signIn(app, a.username, a.password);
}
