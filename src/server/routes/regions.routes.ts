import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import {
  ChildrenPageSchema,
  NationalSummarySchema,
  PageQuerySchema,
  RegionCodeParamsSchema,
  RegionDetailSchema,
  SearchQuerySchema,
  SearchResultSchema,
} from '../../contracts/regions.contract.ts';
import type { RegionService } from '../../services/regions/region.service.ts';

const problems = { 400: ProblemSchema, 404: ProblemSchema, 503: ProblemSchema };

/** Wilayah: public, read-only. */
export function regionRoutes(regions: RegionService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/regions',
      {
        schema: {
          tags: ['wilayah'],
          summary: 'All provinces with counts, and national totals',
          response: { 200: NationalSummarySchema, 503: ProblemSchema },
        },
      },
      () => regions.national(),
    );

    app.get(
      '/api/regions/search',
      {
        schema: {
          tags: ['wilayah'],
          summary: 'Search desa/kelurahan by name (case- and accent-insensitive, ranked)',
          querystring: SearchQuerySchema,
          response: { 200: SearchResultSchema, ...problems },
        },
      },
      (request) => regions.searchVillages(request.query),
    );

    app.get(
      '/api/regions/:code',
      {
        schema: {
          tags: ['wilayah'],
          summary: 'One region by code, with its parent chain and counts',
          params: RegionCodeParamsSchema,
          response: { 200: RegionDetailSchema, ...problems },
        },
      },
      (request) => regions.get(request.params.code),
    );

    app.get(
      '/api/regions/:code/children',
      {
        schema: {
          tags: ['wilayah'],
          summary: 'Direct children of a region, paginated, in Kemendagri code order',
          params: RegionCodeParamsSchema,
          querystring: PageQuerySchema,
          response: { 200: ChildrenPageSchema, ...problems },
        },
      },
      (request) => regions.children(request.params.code, request.query),
    );
  };
}
