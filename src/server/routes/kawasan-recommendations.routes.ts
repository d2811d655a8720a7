import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  KawasanDetailSchema,
  ProposalParamsSchema,
  ProposalToKawasanBodySchema,
  RecommendationBodySchema,
  RecommendationParamsSchema,
  RecommendationSchema,
} from '../../contracts/kawasan.contract.ts';
import { MUTATION_PROBLEMS } from '../../contracts/problem.contract.ts';
import type { KawasanRecommendationService } from '../../services/kawasan/kawasan-recommendation.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['kawasan'];

/** The formation recommender: runs stored with their seed, and proposals turned into kawasan. */
export function kawasanRecommendationRoutes(
  recommendations: KawasanRecommendationService,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/kawasan/recommendations',
      {
        schema: {
          tags,
          summary: 'Propose kawasan for a kabupaten (stored with its seed)',
          description:
            'Candidate kawasan of contiguous desa, each with a locomotive (Maju/Mandiri) and a lagging desa ' +
            '(Tertinggal/Sangat Tertinggal), from the latest IDM year and the stored desa adjacency. See ADR 0009.',
          body: RecommendationBodySchema,
          response: { 201: RecommendationSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await recommendations.run(request.actor, request.body)),
    );

    app.get(
      '/api/kawasan/recommendations/:id',
      {
        schema: {
          tags,
          summary: 'A stored recommender run',
          params: RecommendationParamsSchema,
          response: { 200: RecommendationSchema, ...problems },
        },
      },
      (request) => recommendations.get(request.actor, request.params.id),
    );

    app.post(
      '/api/kawasan/recommendations/:id/proposals/:proposalId/kawasan',
      {
        schema: {
          tags,
          summary: 'Turn a proposal into a kawasan, proposed at once (state usulan)',
          params: ProposalParamsSchema,
          body: ProposalToKawasanBodySchema,
          response: { 201: KawasanDetailSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await recommendations.toKawasan(
              request.actor,
              request.params.id,
              request.params.proposalId,
              request.body,
            ),
          ),
    );
  };
}
