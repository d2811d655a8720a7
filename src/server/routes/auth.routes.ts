import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema } from '../../contracts/access.contract.ts';
import {
  ApiTokenViewSchema,
  ChangePasswordBodySchema,
  CreateTokenBodySchema,
  LoginBodySchema,
  SessionInfoSchema,
  TokenCreatedSchema,
} from '../../contracts/auth.contract.ts';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import { AppError } from '../../domain/errors.ts';
import type { SessionService } from '../../services/access/session.service.ts';
import type { TokenService } from '../../services/access/token.service.ts';
import { clearSessionCookie, setSessionCookie } from '../plugins/auth.plugin.ts';

const problems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  429: ProblemSchema,
};
const tags = ['akun'];

/** Signing in and out, one's own account and API tokens. */
export function authRoutes(sessions: SessionService, tokens: TokenService): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { csrf: false },
        schema: {
          tags,
          summary: 'Sign in; sets the session cookie',
          body: LoginBodySchema,
          response: { 200: SessionInfoSchema, ...problems },
        },
      },
      async (request, reply) => {
        const { token, info } = await sessions.login({ ...request.body, ip: request.ip });
        setSessionCookie(request, reply, token);
        return info;
      },
    );

    app.post(
      '/api/auth/logout',
      { schema: { tags, summary: 'Sign out of this session', response: { 204: z.null(), ...problems } } },
      async (request, reply) => {
        if (request.session) await sessions.logout(request.session);
        clearSessionCookie(reply);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        schema: {
          tags,
          summary: 'The signed-in user, roles and CSRF token',
          response: { 200: SessionInfoSchema, ...problems },
        },
      },
      (request) => {
        if (!request.session) throw new AppError('unauthenticated', 'Belum masuk.');
        return sessions.current(request.session);
      },
    );

    app.post(
      '/api/me/password',
      {
        schema: {
          tags,
          summary: 'Change own password; other sessions end',
          body: ChangePasswordBodySchema,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        const { currentPassword, newPassword } = request.body;
        await sessions.changePassword(
          request.actor,
          request.session?.tokenHash ?? null,
          currentPassword,
          newPassword,
        );
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/me/tokens',
      {
        schema: {
          tags,
          summary: 'Own API tokens',
          response: { 200: z.array(ApiTokenViewSchema), ...problems },
        },
      },
      (request) => tokens.list(request.actor),
    );

    app.post(
      '/api/me/tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token (the secret is shown once)',
          body: CreateTokenBodySchema,
          response: { 201: TokenCreatedSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await tokens.create(request.actor, request.body)),
    );

    app.delete(
      '/api/me/tokens/:id',
      {
        schema: {
          tags,
          summary: 'Revoke an API token',
          params: IdParamsSchema,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await tokens.revoke(request.actor, request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}
