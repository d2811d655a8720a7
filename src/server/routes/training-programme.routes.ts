import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MUTATION_PROBLEMS } from '../../contracts/problem.contract.ts';
import {
  CreateTrainingProgrammeBodySchema,
  CreateTrainingProviderBodySchema,
  CreateTrainingSessionBodySchema,
  TrainingProgrammeListQuerySchema,
  TrainingProgrammeListSchema,
  TrainingProgrammeParamsSchema,
  TrainingProgrammeViewSchema,
  TrainingProviderListQuerySchema,
  TrainingProviderListSchema,
  TrainingProviderParamsSchema,
  TrainingProviderViewSchema,
  TrainingSessionActionBodySchema,
  TrainingSessionListQuerySchema,
  TrainingSessionListSchema,
  TrainingSessionParamsSchema,
  TrainingSessionViewSchema,
  UpdateTrainingProgrammeBodySchema,
  UpdateTrainingProviderBodySchema,
  UpdateTrainingSessionBodySchema,
} from '../../contracts/training-programme.contract.ts';
import type { ProgrammeService } from '../../services/training/programme.service.ts';
import type { ProviderService } from '../../services/training/provider.service.ts';
import type { TrainingSessionService } from '../../services/training/session.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['pelatihan'];

export interface TrainingProgrammeRouteServices {
  providers: ProviderService;
  programmes: ProgrammeService;
  sessions: TrainingSessionService;
}

/** Training providers, their programmes and the sessions (angkatan) of a programme with their lifecycle. */
export function trainingProgrammeRoutes({
  providers,
  programmes,
  sessions,
}: TrainingProgrammeRouteServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/pelatihan/penyelenggara',
      {
        schema: {
          tags,
          summary: 'Training providers, by name',
          description:
            'Every signed-in user reads the providers. At most 500 items; `total` counts every match.',
          querystring: TrainingProviderListQuerySchema,
          response: { 200: TrainingProviderListSchema, ...problems },
        },
      },
      (request) => providers.list(request.actor, request.query),
    );

    app.post(
      '/api/pelatihan/penyelenggara',
      {
        schema: {
          tags,
          summary: 'Register a training provider seated in a region',
          description:
            'By a national, province or kabupaten/kota administrator whose region holds the seat. ' +
            'A name is unique within a seat region (409).',
          body: CreateTrainingProviderBodySchema,
          response: { 201: TrainingProviderViewSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await providers.create(request.actor, request.body)),
    );

    app.get(
      '/api/pelatihan/penyelenggara/:pid',
      {
        schema: {
          tags,
          summary: 'One training provider',
          params: TrainingProviderParamsSchema,
          response: { 200: TrainingProviderViewSchema, ...problems },
        },
      },
      (request) => providers.get(request.actor, request.params.pid),
    );

    app.patch(
      '/api/pelatihan/penyelenggara/:pid',
      {
        schema: {
          tags,
          summary: 'Change a training provider',
          description: 'Moving the seat needs the right over the old and the new seat region.',
          params: TrainingProviderParamsSchema,
          body: UpdateTrainingProviderBodySchema,
          response: { 200: TrainingProviderViewSchema, ...problems },
        },
      },
      (request) => providers.update(request.actor, request.params.pid, request.body),
    );

    app.get(
      '/api/pelatihan/program',
      {
        schema: {
          tags,
          summary: 'Training programmes you may read, by title',
          description:
            "A provider's users read its programmes; administrators and facilitators those touching " +
            'their region (session places, desa served, participants); village operators those touching ' +
            'their desa; kawasan managers and facilitators those serving their kawasan.',
          querystring: TrainingProgrammeListQuerySchema,
          response: { 200: TrainingProgrammeListSchema, ...problems },
        },
      },
      (request) => programmes.list(request.actor, request.query),
    );

    app.post(
      '/api/pelatihan/program',
      {
        schema: {
          tags,
          summary: 'Create a programme of a provider you work for',
          description:
            'Topic, target aspects with their competencies, target groups, curriculum hours (JP), ' +
            'tested aspects, attendance needed to complete (80 % when left out) and the follow-up ' +
            'month (3 when left out).',
          body: CreateTrainingProgrammeBodySchema,
          response: { 201: TrainingProgrammeViewSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await programmes.create(request.actor, request.body)),
    );

    app.get(
      '/api/pelatihan/program/:prid',
      {
        schema: {
          tags,
          summary: 'One programme with labels and its sessions (state, registered, waiting)',
          params: TrainingProgrammeParamsSchema,
          response: { 200: TrainingProgrammeViewSchema, ...problems },
        },
      },
      (request) => programmes.get(request.actor, request.params.prid),
    );

    app.patch(
      '/api/pelatihan/program/:prid',
      {
        schema: {
          tags,
          summary: 'Change a programme',
          params: TrainingProgrammeParamsSchema,
          body: UpdateTrainingProgrammeBodySchema,
          response: { 200: TrainingProgrammeViewSchema, ...problems },
        },
      },
      (request) => programmes.update(request.actor, request.params.prid, request.body),
    );

    app.post(
      '/api/pelatihan/program/:prid/angkatan',
      {
        schema: {
          tags,
          summary: 'Plan a session (angkatan) of the programme',
          description:
            'Dates, a schedule whose JP add up to the curriculum, place (a region code face to face), ' +
            'trainers, capacity, the desa and kawasan it serves. It starts as `rencana`.',
          params: TrainingProgrammeParamsSchema,
          body: CreateTrainingSessionBodySchema,
          response: { 201: TrainingSessionViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await sessions.create(request.actor, request.params.prid, request.body)),
    );

    app.get(
      '/api/pelatihan/angkatan',
      {
        schema: {
          tags,
          summary: 'Sessions you may read, first day first',
          description: "For a provider's home page and a region's training calendar.",
          querystring: TrainingSessionListQuerySchema,
          response: { 200: TrainingSessionListSchema, ...problems },
        },
      },
      (request) => sessions.list(request.actor, request.query),
    );

    app.get(
      '/api/pelatihan/angkatan/:sid',
      {
        schema: {
          tags,
          summary: 'One session: schedule, place, trainers, places served, state, counts, actions',
          params: TrainingSessionParamsSchema,
          response: { 200: TrainingSessionViewSchema, ...problems },
        },
      },
      (request) => sessions.get(request.actor, request.params.sid),
    );

    app.patch(
      '/api/pelatihan/angkatan/:sid',
      {
        schema: {
          tags,
          summary: 'Change the schedule, place, trainers, capacity or places served',
          description:
            'While planned or open for registration (409 later); the capacity never below the registered.',
          params: TrainingSessionParamsSchema,
          body: UpdateTrainingSessionBodySchema,
          response: { 200: TrainingSessionViewSchema, ...problems },
        },
      },
      (request) => sessions.update(request.actor, request.params.sid, request.body),
    );

    app.post(
      '/api/pelatihan/angkatan/:sid/tindakan',
      {
        schema: {
          tags,
          summary: 'Move the session through its lifecycle',
          description:
            '`open_registration` (rencana → pendaftaran, complete data), `start` (→ berjalan, at least one ' +
            'registered), `finish` (→ selesai, on or after the last day, attendance recorded every day), ' +
            '`cancel` (→ batal, with a reason of at least 10 characters). A wrong state or no participants ' +
            'is 409, another unmet condition 400.',
          params: TrainingSessionParamsSchema,
          body: TrainingSessionActionBodySchema,
          response: { 200: TrainingSessionViewSchema, ...problems },
        },
      },
      (request) => sessions.act(request.actor, request.params.sid, request.body),
    );
  };
}
