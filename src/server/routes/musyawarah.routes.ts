import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { KawasanParamsSchema } from '../../contracts/kawasan.contract.ts';
import {
  CreateMusyawarahBodySchema,
  CreateProposalBodySchema,
  DeliberationProposalParamsSchema,
  MusyawarahDetailSchema,
  MusyawarahListSchema,
  MusyawarahParamsSchema,
  ParticipantsBodySchema,
  ProposalListQuerySchema,
  ProposalListSchema,
  ProposalViewSchema,
  PublicMusyawarahListSchema,
  PublicResultParamsSchema,
  PublicResultSchema,
  ResultBodySchema,
  ResultParamsSchema,
  UpdateMusyawarahBodySchema,
  UpdateProposalBodySchema,
} from '../../contracts/musyawarah.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import type { MusyawarahService } from '../../services/musyawarah/musyawarah.service.ts';
import type { ProposalService } from '../../services/musyawarah/proposal.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['kawasan'];
const RECORDERS =
  'Desa-level kinds: the village operator of the holding member desa, a facilitator covering it or assigned to the kawasan, ' +
  'or the kawasan management. Kawasan kinds: a facilitator of the kawasan or a member area, or the management. ' +
  '409 once the berita acara is fixed, or for a kawasan not in a recording state.';

export interface MusyawarahRouteServices {
  meetings: MusyawarahService;
  proposals: ProposalService;
}

/** Musyawarah of a kawasan, their attendance, results and berita acara, and the proposals they choose among. */
export function musyawarahRoutes({ meetings, proposals }: MusyawarahRouteServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/kawasan/:id/musyawarah',
      {
        schema: {
          tags,
          summary: 'Musyawarah of a kawasan, newest first',
          params: KawasanParamsSchema,
          response: { 200: MusyawarahListSchema, ...problems },
        },
      },
      (request) => meetings.list(request.actor, request.params.id),
    );

    app.post(
      '/api/kawasan/:id/musyawarah',
      {
        schema: {
          tags,
          summary: 'Record a musyawarah (draf)',
          description: RECORDERS,
          params: KawasanParamsSchema,
          body: CreateMusyawarahBodySchema,
          response: { 201: MusyawarahDetailSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await meetings.create(request.actor, request.params.id, request.body)),
    );

    app.get(
      '/api/musyawarah/:mid',
      {
        schema: {
          tags,
          summary: 'One musyawarah with its attendance list, quorum report and results',
          params: MusyawarahParamsSchema,
          response: { 200: MusyawarahDetailSchema, ...problems },
        },
      },
      (request) => meetings.detail(request.actor, request.params.mid),
    );

    app.patch(
      '/api/musyawarah/:mid',
      {
        schema: {
          tags,
          summary: 'Change the record of a draf musyawarah',
          description: RECORDERS,
          params: MusyawarahParamsSchema,
          body: UpdateMusyawarahBodySchema,
          response: { 200: MusyawarahDetailSchema, ...problems },
        },
      },
      (request) => meetings.update(request.actor, request.params.mid, request.body),
    );

    app.put(
      '/api/musyawarah/:mid/participants',
      {
        schema: {
          tags,
          summary: 'Replace the attendance list (entered from the paper list)',
          description: `${RECORDERS} No identity numbers are stored. Refused (409) while a result's vote no longer matches the list.`,
          params: MusyawarahParamsSchema,
          body: ParticipantsBodySchema,
          response: { 200: MusyawarahDetailSchema, ...problems },
        },
      },
      (request) => meetings.setParticipants(request.actor, request.params.mid, request.body),
    );

    app.post(
      '/api/musyawarah/:mid/results',
      {
        schema: {
          tags,
          summary: 'Publish a result: scoring, vote, both, or mufakat, optionally with funding',
          description: `${RECORDERS} Issues of the inputs come back as 400 with field paths.`,
          params: MusyawarahParamsSchema,
          body: ResultBodySchema,
          response: { 200: MusyawarahDetailSchema, ...problems },
        },
      },
      (request) => meetings.addResult(request.actor, request.params.mid, request.body),
    );

    app.delete(
      '/api/musyawarah/:mid/results/:rid',
      {
        schema: {
          tags,
          summary: 'Remove a result of a draf musyawarah',
          params: ResultParamsSchema,
          response: { 200: MusyawarahDetailSchema, ...problems },
        },
      },
      (request) => meetings.deleteResult(request.actor, request.params.mid, request.params.rid),
    );

    app.post(
      '/api/musyawarah/:mid/fix',
      {
        schema: {
          tags,
          summary: 'Fix the berita acara and apply the results to the proposals',
          description:
            'Refused with 409 listing the failing wajib checks while the quorum report is not valid. Chosen proposals ' +
            'become terpilih (didanai when funded), carried-over ones dibawa with a history line, the rest tidak_terpilih.',
          params: MusyawarahParamsSchema,
          response: { 200: MusyawarahDetailSchema, ...problems },
        },
      },
      (request) => meetings.fix(request.actor, request.params.mid),
    );

    app.get(
      '/api/musyawarah/:mid/berita-acara.pdf',
      {
        schema: {
          tags,
          summary: 'The berita acara (minutes) as PDF',
          params: MusyawarahParamsSchema,
          response: { 200: z.any().describe('application/pdf'), ...problems },
        },
      },
      async (request, reply) => {
        const file = await meetings.beritaAcara(request.actor, request.params.mid);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );

    app.get(
      '/api/kawasan/:id/proposals',
      {
        schema: {
          tags,
          summary: 'Proposals (usulan) of a kawasan, carried-over ones first',
          params: KawasanParamsSchema,
          querystring: ProposalListQuerySchema,
          response: { 200: ProposalListSchema, ...problems },
        },
      },
      (request) => proposals.list(request.actor, request.params.id, request.query),
    );

    app.post(
      '/api/kawasan/:id/proposals',
      {
        schema: {
          tags,
          summary: 'Add a proposal (usulan)',
          description:
            'A desa’s proposal by those who record its musyawarah desa; the kawasan’s by those who record its kawasan musyawarah.',
          params: KawasanParamsSchema,
          body: CreateProposalBodySchema,
          response: { 201: ProposalViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await proposals.create(request.actor, request.params.id, request.body)),
    );

    app.patch(
      '/api/proposals/:pid',
      {
        schema: {
          tags,
          summary: 'Change a proposal while it is diajukan or dibawa',
          params: DeliberationProposalParamsSchema,
          body: UpdateProposalBodySchema,
          response: { 200: ProposalViewSchema, ...problems },
        },
      },
      (request) => proposals.update(request.actor, request.params.pid, request.body),
    );

    app.get(
      '/api/public/kawasan/:id/musyawarah',
      {
        schema: {
          tags,
          summary:
            'Fixed musyawarah of a designated kawasan: counts, quorum, decisions and results (no names)',
          params: KawasanParamsSchema,
          response: { 200: PublicMusyawarahListSchema, 404: ProblemSchema },
        },
      },
      (request) => meetings.publicList(request.params.id),
    );

    app.get(
      '/api/public/musyawarah-results/:rid',
      {
        schema: {
          tags,
          summary: 'A published result with its inputs, so anyone can recompute it',
          params: PublicResultParamsSchema,
          response: { 200: PublicResultSchema, 404: ProblemSchema },
        },
      },
      (request) => meetings.publicResult(request.params.rid),
    );
  };
}
