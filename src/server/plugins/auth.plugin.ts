/**
 * Who is asking: a bearer API token, a session cookie, or nobody (public). Cookie-authenticated
 * changes must carry the session's CSRF token in `x-csrf-token`; bearer requests need none.
 */
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import {
  SESSION_MAX_MS,
  type SessionContext,
  type SessionService,
} from '../../services/access/session.service.ts';
import type { TokenService } from '../../services/access/token.service.ts';

export const SESSION_COOKIE = 'kawasan_session';
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: SessionContext | null;
    /** A session cookie came with the request but its session had ended. */
    sessionEnded: boolean;
  }
  interface FastifyContextConfig {
    /** false on routes that must work without a CSRF token (signing in). */
    csrf?: boolean;
  }
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: SESSION_MAX_MS / 1000,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export async function registerAuth(
  app: FastifyInstance,
  deps: { sessions: SessionService; tokens: TokenService },
) {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('sessionEnded', false);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!bearer)
        throw new AppError('unauthenticated', 'Header Authorization harus berbentuk "Bearer <token>".');
      request.actor = await deps.tokens.resolve(bearer[1]!);
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const session = await deps.sessions.resolve(cookie);
    if (!session) {
      request.sessionEnded = true;
      clearSessionCookie(reply);
      return;
    }
    request.session = session;
    request.actor = session.actor;
    const csrfExempt = request.routeOptions.config?.csrf === false;
    if (
      MUTATING.has(request.method) &&
      !csrfExempt &&
      request.headers['x-csrf-token'] !== session.csrfToken
    ) {
      throw new AppError('forbidden', 'Token CSRF tidak ada atau salah. Muat ulang halaman, lalu coba lagi.');
    }
  });
}
