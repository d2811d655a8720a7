import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import { RegionCodeParamsSchema } from '../../contracts/regions.contract.ts';
import {
  IndexSummaryQuerySchema,
  RegionIndexSummarySchema,
  VillageIndexHistorySchema,
  VillageIndexListQuerySchema,
  VillageIndexListSchema,
} from '../../contracts/village-index.contract.ts';
import {
  VillageIndexIndicatorsSchema,
  VillageIndicatorsParamsSchema,
} from '../../contracts/village-index-indicators.contract.ts';
import type { createIndexSummaryService } from '../../services/village-index/index-summary.service.ts';
import type { createVillageIndexService } from '../../services/village-index/village-index.service.ts';

/** Village development index results: public. */
export function villageIndexRoutes(
  indices: ReturnType<typeof createVillageIndexService>,
  summaries: ReturnType<typeof createIndexSummaryService>,
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/village-index/summary',
      {
        schema: {
          tags: ['indeks desa'],
          summary: 'Status counts and means for the country or a region, with its child regions',
          querystring: IndexSummaryQuerySchema,
          response: {
            200: RegionIndexSummarySchema,
            400: ProblemSchema,
            404: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      (request) => summaries.summary(request.query),
    );

    app.get(
      '/api/village-index/villages',
      {
        schema: {
          tags: ['indeks desa'],
          summary: 'Every desa’s result in a province, kabupaten or kecamatan for a year',
          querystring: VillageIndexListQuerySchema,
          response: {
            200: VillageIndexListSchema,
            400: ProblemSchema,
            404: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      (request) => summaries.villages(request.query),
    );

    app.get(
      '/api/regions/:code/index',
      {
        schema: {
          tags: ['indeks desa'],
          summary: 'A desa’s index results (IDM and later schemes), oldest year first',
          params: RegionCodeParamsSchema,
          response: { 200: VillageIndexHistorySchema, 400: ProblemSchema, 503: ProblemSchema },
        },
      },
      (request) => indices.history(request.params.code),
    );

    app.get(
      '/api/regions/:code/index/:year/indicators',
      {
        schema: {
          tags: ['indeks desa'],
          summary: 'A desa’s IDM indicator scores for a year: what would raise its score, and who can act',
          params: VillageIndicatorsParamsSchema,
          response: {
            200: VillageIndexIndicatorsSchema,
            400: ProblemSchema,
            404: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      (request) => indices.indicators(request.params.code, request.params.year),
    );
  };
}
