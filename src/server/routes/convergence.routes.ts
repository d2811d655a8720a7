import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ConvergenceQuerySchema, ConvergenceViewSchema } from '../../contracts/convergence.contract.ts';
import { MUTATION_PROBLEMS } from '../../contracts/problem.contract.ts';
import type { ConvergenceService } from '../../services/dana-desa/convergence.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['dana-desa'];

/** Funding convergence of a kawasan: every source of money on one page. */
export function convergenceRoutes(convergence: ConvergenceService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dana-desa/konvergensi',
      {
        schema: {
          tags,
          summary: 'Every source of money for a kawasan in a year: source × stage, per desa, per agency',
          description:
            "From the year's activities of the kawasan's RPKP (the version in force, else the newest), " +
            "the capital received in the year by the kawasan's enterprises and the Dana Desa plan lines " +
            'of its member desa: sources (APBN, APBD provinsi, APBD kabupaten, Dana Desa, mitra/swasta, ' +
            'BUM Desa, masyarakat, lainnya) × value-chain stages, per desa and per agency, with possible ' +
            'duplications (the same desa and stage funded by several funders) and gaps (a stage or a ' +
            'member desa with no money). Read by administrators and facilitators whose region holds a ' +
            "member desa and by the kawasan's managers and facilitators (404 otherwise).",
          querystring: ConvergenceQuerySchema,
          response: { 200: ConvergenceViewSchema, ...problems },
        },
      },
      (request) => convergence.get(request.actor, request.query),
    );
  };
}
