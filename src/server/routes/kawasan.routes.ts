import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateKawasanBodySchema,
  CreateThemeBodySchema,
  InstitutionBodySchema,
  InstitutionParamsSchema,
  InstitutionSchema,
  KawasanDashboardSchema,
  KawasanDetailSchema,
  KawasanListQuerySchema,
  KawasanListSchema,
  KawasanParamsSchema,
  KawasanThemeSchema,
  MembersBodySchema,
  PublicKawasanSchema,
  TransitionBodySchema,
  UpdateKawasanBodySchema,
} from '../../contracts/kawasan.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import type { KawasanService } from '../../services/kawasan/kawasan.service.ts';
import type { KawasanDashboardService } from '../../services/kawasan/kawasan-dashboard.service.ts';
import type { KawasanInstitutionService } from '../../services/kawasan/kawasan-institutions.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['kawasan'];

export interface KawasanRouteServices {
  registry: KawasanService;
  institutions: KawasanInstitutionService;
  dashboards: KawasanDashboardService;
}

/** The kawasan registry, its lifecycle, institutions, dashboard and public pages. */
export function kawasanRoutes({
  registry,
  institutions,
  dashboards,
}: KawasanRouteServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/kawasan/themes',
      {
        schema: {
          tags,
          summary: 'Themes a kawasan can have',
          response: { 200: z.array(KawasanThemeSchema) },
        },
      },
      () => registry.themes(),
    );

    app.post(
      '/api/kawasan/themes',
      {
        schema: {
          tags,
          summary: 'Add a theme (national roles)',
          body: CreateThemeBodySchema,
          response: { 201: KawasanThemeSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await registry.createTheme(request.actor, request.body)),
    );

    app.get(
      '/api/kawasan',
      {
        schema: {
          tags,
          summary: 'Kawasan within your scope',
          querystring: KawasanListQuerySchema,
          response: { 200: KawasanListSchema, ...problems },
        },
      },
      (request) => registry.list(request.actor, request.query),
    );

    app.post(
      '/api/kawasan',
      {
        schema: {
          tags,
          summary: 'Create a draft kawasan',
          description:
            'Members are desa or desa adat of the chosen kabupaten (kelurahan are refused with the reason). ' +
            'Allowed for village operators, facilitators, kabupaten and province officers whose region holds the members.',
          body: CreateKawasanBodySchema,
          response: { 201: KawasanDetailSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await registry.create(request.actor, request.body)),
    );

    app.get(
      '/api/kawasan/:id',
      {
        schema: {
          tags,
          summary: 'One kawasan, with what you may do to it now',
          params: KawasanParamsSchema,
          response: { 200: KawasanDetailSchema, ...problems },
        },
      },
      (request) => registry.get(request.actor, request.params.id),
    );

    app.patch(
      '/api/kawasan/:id',
      {
        schema: {
          tags,
          summary: 'Change name, theme, commodities or delineation notes',
          params: KawasanParamsSchema,
          body: UpdateKawasanBodySchema,
          response: { 200: KawasanDetailSchema, ...problems },
        },
      },
      (request) => registry.update(request.actor, request.params.id, request.body),
    );

    app.put(
      '/api/kawasan/:id/members',
      {
        schema: {
          tags,
          summary: 'Replace the member desa of a draft',
          params: KawasanParamsSchema,
          body: MembersBodySchema,
          response: { 200: KawasanDetailSchema, ...problems },
        },
      },
      (request) => registry.setMembers(request.actor, request.params.id, request.body),
    );

    app.post(
      '/api/kawasan/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Move the kawasan through its lifecycle (propose, verify, designate…)',
          description:
            'Refused with 403 for who may not act, 409 for a wrong state or a desa already in another active ' +
            'kawasan, 400 for a missing reason or SK. See ADR 0009 for the rule table.',
          params: KawasanParamsSchema,
          body: TransitionBodySchema,
          response: { 200: KawasanDetailSchema, ...problems },
        },
      },
      (request) => registry.transition(request.actor, request.params.id, request.body),
    );

    app.get(
      '/api/kawasan/:id/dashboard',
      {
        schema: {
          tags,
          summary: "Members' IDM over the years, locomotive and lagging desa, timeline",
          params: KawasanParamsSchema,
          response: { 200: KawasanDashboardSchema, ...problems },
        },
      },
      (request) => dashboards.dashboard(request.actor, request.params.id),
    );

    app.put(
      '/api/kawasan/:id/institutions/:kind',
      {
        schema: {
          tags,
          summary: 'Set the TKPKP or the BKAD of a kawasan (replaced as a whole)',
          params: InstitutionParamsSchema,
          body: InstitutionBodySchema,
          response: { 200: InstitutionSchema, ...problems },
        },
      },
      (request) => institutions.put(request.actor, request.params.id, request.params.kind, request.body),
    );

    app.delete(
      '/api/kawasan/:id/institutions/:kind',
      {
        schema: {
          tags,
          summary: 'Remove the TKPKP or the BKAD of a kawasan',
          params: InstitutionParamsSchema,
          response: { 204: z.null().describe('Removed'), ...problems },
        },
      },
      async (request, reply) => {
        await institutions.remove(request.actor, request.params.id, request.params.kind);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/public/kawasan',
      {
        schema: {
          tags,
          summary: 'Designated kawasan, for everyone',
          querystring: KawasanListQuerySchema.omit({ state: true }),
          response: { 200: KawasanListSchema, 400: ProblemSchema },
        },
      },
      (request) => dashboards.publicList(request.query),
    );

    app.get(
      '/api/public/kawasan/:id',
      {
        schema: {
          tags,
          summary: 'The public page of a designated kawasan',
          params: KawasanParamsSchema,
          response: { 200: PublicKawasanSchema, 400: ProblemSchema, 404: ProblemSchema },
        },
      },
      (request) => dashboards.publicView(request.params.id),
    );
  };
}
