import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AssignmentParamsSchema,
  AssignmentViewSchema,
  CreateUserBodySchema,
  GrantBodySchema,
  IdParamsSchema,
  ResetPasswordBodySchema,
  UpdateUserBodySchema,
  UserListPageSchema,
  UserListQuerySchema,
  UserViewSchema,
} from '../../contracts/access.contract.ts';
import { MUTATION_PROBLEMS } from '../../contracts/problem.contract.ts';
import type { AccountService } from '../../services/access/account.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['pengguna'];

/** Account administration, within the administrator's region scope. */
export function userRoutes(accounts: AccountService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Accounts within your scope',
          querystring: UserListQuerySchema,
          response: { 200: UserListPageSchema, ...problems },
        },
      },
      (request) => accounts.list(request.actor, request.query),
    );

    app.post(
      '/api/users',
      {
        schema: {
          tags,
          summary: 'Create an account with its roles',
          body: CreateUserBodySchema,
          response: { 201: UserViewSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await accounts.create(request.actor, request.body)),
    );

    app.get(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'One account',
          params: IdParamsSchema,
          response: { 200: UserViewSchema, ...problems },
        },
      },
      (request) => accounts.get(request.actor, request.params.id),
    );

    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags,
          summary: 'Change name, email, or activate/deactivate',
          params: IdParamsSchema,
          body: UpdateUserBodySchema,
          response: { 200: UserViewSchema, ...problems },
        },
      },
      (request) => accounts.update(request.actor, request.params.id, request.body),
    );

    app.post(
      '/api/users/:id/password',
      {
        schema: {
          tags,
          summary: 'Reset the password; the account is signed out',
          params: IdParamsSchema,
          body: ResetPasswordBodySchema,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await accounts.resetPassword(request.actor, request.params.id, request.body.newPassword);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/users/:id/assignments',
      {
        schema: {
          tags,
          summary: 'Grant a role within a scope',
          params: IdParamsSchema,
          body: GrantBodySchema,
          response: { 201: AssignmentViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await accounts.grant(request.actor, request.params.id, request.body)),
    );

    app.delete(
      '/api/users/:id/assignments/:assignmentId',
      {
        schema: {
          tags,
          summary: 'Revoke a role',
          params: AssignmentParamsSchema,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await accounts.revoke(request.actor, request.params.id, request.params.assignmentId);
        return reply.code(204).send(null);
      },
    );
  };
}
