import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import { RegionCodeParamsSchema } from '../../contracts/regions.contract.ts';
import { VillageIndexHistorySchema } from '../../contracts/village-index.contract.ts';
import type { createVillageIndexService } from '../../services/village-index/village-index.service.ts';

/** Village development index results: public. */
export function villageIndexRoutes(
  indices: ReturnType<typeof createVillageIndexService>,
): FastifyPluginAsyncZod {
  return async (app) => {
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
  };
}
