import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AssignmentParamsSchema,
  AssignmentViewSchema,
  CreateAssignmentBodySchema,
  CreateFacilitatorBodySchema,
  EndAssignmentBodySchema,
  FacilitatorDetailSchema,
  FacilitatorListQuerySchema,
  FacilitatorListSchema,
  FacilitatorParamsSchema,
  FacilitatorViewSchema,
  MyFacilitationSchema,
  UpdateFacilitatorBodySchema,
} from '../../contracts/facilitation.contract.ts';
import { MUTATION_PROBLEMS } from '../../contracts/problem.contract.ts';
import type { FacilitatorService } from '../../services/facilitation/facilitator.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['pendampingan'];

/** Facilitators, their assignments, and the signed-in facilitator's own page. */
export function facilitatorRoutes(facilitators: FacilitatorService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/pendampingan/pendamping',
      {
        schema: {
          tags,
          summary: 'Facilitators you may read, by name',
          description:
            'Administrators see the facilitators based in their region; a facilitator sees their own record, ' +
            `their supervisor and their supervisees. At most 1000 items; \`total\` counts every match.`,
          querystring: FacilitatorListQuerySchema,
          response: { 200: FacilitatorListSchema, ...problems },
        },
      },
      (request) => facilitators.list(request.actor, request.query),
    );

    app.post(
      '/api/pendampingan/pendamping',
      {
        schema: {
          tags,
          summary: 'Register a facilitator, linked to an account holding the facilitator role',
          description:
            'By a national, province or kabupaten/kota administrator whose region holds the home region. ' +
            'One record per account (409). The NIK is optional; only a keyed hash and its last four digits ' +
            'are kept, and a NIK already registered is refused (409).',
          body: CreateFacilitatorBodySchema,
          response: { 201: FacilitatorViewSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await facilitators.create(request.actor, request.body)),
    );

    app.get(
      '/api/pendampingan/pendamping/:fid',
      {
        schema: {
          tags,
          summary: 'One facilitator with every assignment (newest first) and their supervisees',
          params: FacilitatorParamsSchema,
          response: { 200: FacilitatorDetailSchema, ...problems },
        },
      },
      (request) => facilitators.get(request.actor, request.params.fid),
    );

    app.patch(
      '/api/pendampingan/pendamping/:fid',
      {
        schema: {
          tags,
          summary: 'Change the person, the end of the active period or the supervisor',
          description:
            'A supervisor must work in the same area and may not close a loop of supervisors. ' +
            'Send `nik: null` to remove a recorded NIK.',
          params: FacilitatorParamsSchema,
          body: UpdateFacilitatorBodySchema,
          response: { 200: FacilitatorDetailSchema, ...problems },
        },
      },
      (request) => facilitators.update(request.actor, request.params.fid, request.body),
    );

    app.post(
      '/api/pendampingan/pendamping/:fid/penugasan',
      {
        schema: {
          tags,
          summary: 'Assign the facilitator to a desa or a kawasan for a period',
          description:
            'Within the active period; a desa (not a kelurahan) in the home region, or a visible kawasan ' +
            'there; no overlap with another assignment of the same facilitator to the same place.',
          params: FacilitatorParamsSchema,
          body: CreateAssignmentBodySchema,
          response: { 201: AssignmentViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await facilitators.addAssignment(request.actor, request.params.fid, request.body)),
    );

    app.post(
      '/api/pendampingan/penugasan/:aid/akhiri',
      {
        schema: {
          tags,
          summary: 'End an assignment on a last day; it stays in the history',
          params: AssignmentParamsSchema,
          body: EndAssignmentBodySchema,
          response: { 200: AssignmentViewSchema, ...problems },
        },
      },
      (request) => facilitators.endAssignment(request.actor, request.params.aid, request.body),
    );

    app.get(
      '/api/pendampingan/saya',
      {
        schema: {
          tags,
          summary: 'The signed-in facilitator: record, assignments, today, counts of entries',
          response: { 200: MyFacilitationSchema, ...problems },
        },
      },
      (request) => facilitators.mine(request.actor),
    );
  };
}
