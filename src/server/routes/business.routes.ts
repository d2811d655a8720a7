import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BusinessEnterpriseParamsSchema,
  BusinessLinkParamsSchema,
  BusinessLinkViewSchema,
  BusinessUnitListSchema,
  BusinessUnitParamsSchema,
  BusinessUnitViewSchema,
  CapitalListSchema,
  CapitalParamsSchema,
  CapitalViewSchema,
  CreateBusinessLinkBodySchema,
  CreateBusinessUnitBodySchema,
  CreateCapitalBodySchema,
  UpdateBusinessUnitBodySchema,
  UpdateCapitalBodySchema,
  ValueChainQuerySchema,
  ValueChainViewSchema,
} from '../../contracts/business.contract.ts';
import { MUTATION_PROBLEMS } from '../../contracts/problem.contract.ts';
import type { BusinessUnitService } from '../../services/enterprise/business-unit.service.ts';
import type { CapitalService } from '../../services/enterprise/capital.service.ts';
import type { ValueChainService } from '../../services/enterprise/value-chain.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['usaha'];
const removed = z.null().describe('Removed');

export interface BusinessRouteServices {
  units: BusinessUnitService;
  capital: CapitalService;
  valueChain: ValueChainService;
}

/** Business units and their supply links, capital by source, and the value chain of a kawasan or region. */
export function businessRoutes({ units, capital, valueChain }: BusinessRouteServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/usaha/badan-usaha/:eid/unit',
      {
        schema: {
          tags,
          summary: 'The business units of an enterprise, with their supply links and capital',
          description: 'Read by whoever reads the enterprise (404 otherwise). By stage, then name.',
          params: BusinessEnterpriseParamsSchema,
          response: { 200: BusinessUnitListSchema, ...problems },
        },
      },
      (request) => units.list(request.actor, request.params.eid),
    );

    app.post(
      '/api/usaha/badan-usaha/:eid/unit',
      {
        schema: {
          tags,
          summary: 'Add a business unit to an enterprise',
          description:
            'Commodity or service (normalised like kawasan flagship commodities), value-chain stage ' +
            '(hulu, tengah, hilir, jasa), status (berjalan when left out), desa, workers. By the ' +
            "enterprise's keepers (403 otherwise).",
          params: BusinessEnterpriseParamsSchema,
          body: CreateBusinessUnitBodySchema,
          response: { 201: BusinessUnitViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await units.create(request.actor, request.params.eid, request.body)),
    );

    app.get(
      '/api/usaha/unit/:uid',
      {
        schema: {
          tags,
          summary: 'One business unit with its suppliers, buyers and capital',
          params: BusinessUnitParamsSchema,
          response: { 200: BusinessUnitViewSchema, ...problems },
        },
      },
      (request) => units.get(request.actor, request.params.uid),
    );

    app.patch(
      '/api/usaha/unit/:uid',
      {
        schema: {
          tags,
          summary: 'Change a business unit (stop it with status berhenti)',
          params: BusinessUnitParamsSchema,
          body: UpdateBusinessUnitBodySchema,
          response: { 200: BusinessUnitViewSchema, ...problems },
        },
      },
      (request) => units.update(request.actor, request.params.uid, request.body),
    );

    app.delete(
      '/api/usaha/unit/:uid',
      {
        schema: {
          tags,
          summary: 'Delete a business unit that has received no capital',
          description:
            'A unit with capital recorded is 409: set its status to berhenti instead. Its links go with it.',
          params: BusinessUnitParamsSchema,
          response: { 204: removed, ...problems },
        },
      },
      async (request, reply) => {
        await units.remove(request.actor, request.params.uid);
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/usaha/unit/:uid/pasokan',
      {
        schema: {
          tags,
          summary: 'Record that this unit supplies another with a product',
          description:
            "By the keepers of this unit's enterprise. The buyer may be a unit of another enterprise you " +
            'may read (404 on the buyer otherwise). No unit supplies itself; a product is recorded once ' +
            'per buyer. A link against the chain (inputs from a later stage) is allowed and noted.',
          params: BusinessUnitParamsSchema,
          body: CreateBusinessLinkBodySchema,
          response: { 201: BusinessLinkViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await units.addLink(request.actor, request.params.uid, request.body)),
    );

    app.delete(
      '/api/usaha/pasokan/:lid',
      {
        schema: {
          tags,
          summary: 'Remove a supply link',
          description: "By the keepers of either side's enterprise.",
          params: BusinessLinkParamsSchema,
          response: { 204: removed, ...problems },
        },
      },
      async (request, reply) => {
        await units.removeLink(request.actor, request.params.lid);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/usaha/badan-usaha/:eid/modal',
      {
        schema: {
          tags,
          summary: 'The capital of an enterprise, latest first, with totals by source, form, year and unit',
          params: BusinessEnterpriseParamsSchema,
          response: { 200: CapitalListSchema, ...problems },
        },
      },
      (request) => capital.list(request.actor, request.params.eid),
    );

    app.post(
      '/api/usaha/badan-usaha/:eid/modal',
      {
        schema: {
          tags,
          summary: 'Record capital put into or granted to an enterprise',
          description:
            'Source, form (penyertaan_modal or hibah), amount in whole rupiah ("Rp 1.500.000" accepted, ' +
            'sen refused), the date received (not in the future), the number of the document it rests on. ' +
            'Source mitra needs a registered partner; Dana Desa needs the founding desa it came from.',
          params: BusinessEnterpriseParamsSchema,
          body: CreateCapitalBodySchema,
          response: { 201: CapitalViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await capital.create(request.actor, request.params.eid, request.body)),
    );

    app.patch(
      '/api/usaha/modal/:cid',
      {
        schema: {
          tags,
          summary: 'Correct a capital record (audited before and after)',
          params: CapitalParamsSchema,
          body: UpdateCapitalBodySchema,
          response: { 200: CapitalViewSchema, ...problems },
        },
      },
      (request) => capital.update(request.actor, request.params.cid, request.body),
    );

    app.delete(
      '/api/usaha/modal/:cid',
      {
        schema: {
          tags,
          summary: 'Remove a capital record recorded in error',
          params: CapitalParamsSchema,
          response: { 204: removed, ...problems },
        },
      },
      async (request, reply) => {
        await capital.remove(request.actor, request.params.cid);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/usaha/rantai-nilai',
      {
        schema: {
          tags,
          summary:
            'The value chain of a kawasan or a region: units by commodity and stage, flows, gaps, capital',
          description:
            'Give `kawasanId` (enterprises linked to the kawasan or founded by one of its desa; its flagship ' +
            'commodities first) or `region` (enterprises founded in it). Gaps: a stage with no running unit, ' +
            'many producers and no processing, output with no buyer, processing or sales with no supplier in ' +
            'the place, a flagship commodity with no unit. Capital tied to a unit is counted on its stage; ' +
            'the rest is shown per enterprise as not yet allocated. Read by administrators and facilitators ' +
            "of the place and the kawasan's own managers (404 otherwise).",
          querystring: ValueChainQuerySchema,
          response: { 200: ValueChainViewSchema, ...problems },
        },
      },
      (request) => valueChain.get(request.actor, request.query),
    );
  };
}
