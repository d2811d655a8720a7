import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckNameBodySchema,
  CheckNameResultSchema,
  CreateEnterpriseBodySchema,
  CreateFundingPartnerBodySchema,
  EnterpriseDocumentParamsSchema,
  EnterpriseDocumentSchema,
  EnterpriseDocumentUploadQuerySchema,
  EnterpriseListQuerySchema,
  EnterpriseListSchema,
  EnterpriseParamsSchema,
  EnterpriseViewSchema,
  FundingPartnerListQuerySchema,
  FundingPartnerListSchema,
  FundingPartnerParamsSchema,
  FundingPartnerViewSchema,
  LegalStepBodySchema,
  OrgansBodySchema,
  UpdateEnterpriseBodySchema,
  UpdateFundingPartnerBodySchema,
} from '../../contracts/enterprise.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import { DOCUMENT_LIMIT_BYTES } from '../../domain/kawasan/registry.ts';
import type { EnterpriseService } from '../../services/enterprise/enterprise.service.ts';
import type { EnterpriseDocumentService } from '../../services/enterprise/enterprise-documents.service.ts';
import type { PartnerService } from '../../services/enterprise/partner.service.ts';
import { fileUploadScope, signedInToUpload, uploadedBytes } from '../file-upload.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['usaha'];

export interface EnterpriseRouteServices {
  enterprises: EnterpriseService;
  documents: EnterpriseDocumentService;
  partners: PartnerService;
}

/** The enterprise registry (badan usaha) and the registry of funding partners (mitra). */
export function enterpriseRoutes({
  enterprises,
  documents,
  partners,
}: EnterpriseRouteServices): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/usaha/periksa-nama',
      {
        schema: {
          tags,
          summary: 'Check an enterprise name against the naming rules (nothing is written)',
          description:
            'Permendesa 3/2021 Pasal 4: a BUM Desa begins with "BUM Desa" and ends with the founding ' +
            'desa\'s name, a BUM Desa Bersama begins with "BUM Desa Bersama"; letters forming words; ' +
            'unique; no government or international body. Warnings: a word saying the purpose, no ' +
            'foreign words, the Koperasi Desa/Kelurahan Merah Putih naming. For any signed-in user.',
          body: CheckNameBodySchema,
          response: { 200: CheckNameResultSchema, ...problems },
        },
      },
      (request) => enterprises.checkName(request.actor, request.body),
    );

    app.get(
      '/api/usaha/badan-usaha',
      {
        schema: {
          tags,
          summary: 'Enterprises you may read, by name',
          description:
            'Administrators and facilitators read those with a founding desa in their region; village ' +
            'operators those their desa founded; kawasan managers and facilitators those linked to ' +
            'their kawasan or founded by one of its desa; an enterprise manager only their own.',
          querystring: EnterpriseListQuerySchema,
          response: { 200: EnterpriseListSchema, ...problems },
        },
      },
      (request) => enterprises.list(request.actor, request.query),
    );

    app.post(
      '/api/usaha/badan-usaha',
      {
        schema: {
          tags,
          summary: 'Register an enterprise with its founding desa',
          description:
            'A BUM Desa has one founding desa, a BUM Desa Bersama two or more (any kecamatan, kabupaten ' +
            'or province). By an administrator whose region holds every founder, the village operator ' +
            'of a lone founder, or a manager of a linked kawasan holding every founder. A taken name ' +
            'answers 409; other naming errors 400.',
          body: CreateEnterpriseBodySchema,
          response: { 201: EnterpriseViewSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await enterprises.create(request.actor, request.body)),
    );

    app.get(
      '/api/usaha/badan-usaha/:eid',
      {
        schema: {
          tags,
          summary: 'One enterprise: legal status, organs, documents, kawasan, warnings',
          params: EnterpriseParamsSchema,
          response: { 200: EnterpriseViewSchema, ...problems },
        },
      },
      (request) => enterprises.get(request.actor, request.params.eid),
    );

    app.patch(
      '/api/usaha/badan-usaha/:eid',
      {
        schema: {
          tags,
          summary: 'Rename an enterprise or change its profile, activity or kawasan links',
          description: 'Founders are fixed after registration (409 when others are sent).',
          params: EnterpriseParamsSchema,
          body: UpdateEnterpriseBodySchema,
          response: { 200: EnterpriseViewSchema, ...problems },
        },
      },
      (request) => enterprises.update(request.actor, request.params.eid, request.body),
    );

    app.post(
      '/api/usaha/badan-usaha/:eid/status-hukum',
      {
        schema: {
          tags,
          summary: 'Record a legal-entity step: name submitted, name approved, certificate',
          description:
            'An approved name is valid 40 working days (Monday–Friday; national holidays are not known ' +
            'to the system). The certificate is dated on or after approval and within that validity. ' +
            'Cooperatives record only the certificate (their Kemenkumham/AHU decree); business groups ' +
            'take no steps. A step that does not fit the record answers 409.',
          params: EnterpriseParamsSchema,
          body: LegalStepBodySchema,
          response: { 200: EnterpriseViewSchema, ...problems },
        },
      },
      (request) => enterprises.legalStep(request.actor, request.params.eid, request.body),
    );

    app.put(
      '/api/usaha/badan-usaha/:eid/organ',
      {
        schema: {
          tags,
          summary: 'Replace the organ members (penasihat, pelaksana operasional, pengawas; pengurus)',
          description: 'Names, positions, gender and term only: no NIK, no personal phone numbers.',
          params: EnterpriseParamsSchema,
          body: OrgansBodySchema,
          response: { 200: EnterpriseViewSchema, ...problems },
        },
      },
      (request) => enterprises.replaceOrgans(request.actor, request.params.eid, request.body),
    );

    // In this scope every body is the file's bytes, whatever the client labels it.
    await fileUploadScope(app, { limitBytes: DOCUMENT_LIMIT_BYTES }, (uploads) => {
      uploads.post(
        '/api/usaha/badan-usaha/:eid/dokumen',
        {
          bodyLimit: DOCUMENT_LIMIT_BYTES,
          onRequest: signedInToUpload('Perlu masuk terlebih dahulu untuk mengunggah dokumen.'),
          schema: {
            tags,
            summary: 'Upload a founding or legal document: PDF, PNG or JPEG up to 20 MB',
            description:
              'The body is the file (application/octet-stream); kind, title, number and date in the query. ' +
              'Its type is recognised from its content. Stored on disk with its SHA-256.',
            params: EnterpriseParamsSchema,
            querystring: EnterpriseDocumentUploadQuerySchema,
            response: { 201: EnterpriseDocumentSchema, 413: ProblemSchema, ...problems },
          },
        },
        async (request, reply) => {
          const body = uploadedBytes(request.body);
          return reply
            .code(201)
            .send(await documents.add(request.actor, request.params.eid, request.query, body));
        },
      );
    });

    app.get(
      '/api/usaha/badan-usaha/:eid/dokumen/:did',
      {
        schema: {
          tags,
          summary: 'Download a document of an enterprise you may read',
          params: EnterpriseDocumentParamsSchema,
          response: { 200: z.any().describe('The file'), ...problems },
        },
      },
      async (request, reply) => {
        const { document, bytes } = await documents.read(
          request.actor,
          request.params.eid,
          request.params.did,
        );
        return reply
          .header('content-type', document.mediaType)
          .header(
            'content-disposition',
            `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .header('etag', `"${document.sha256}"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(bytes));
      },
    );

    app.delete(
      '/api/usaha/badan-usaha/:eid/dokumen/:did',
      {
        schema: {
          tags,
          summary: 'Remove a document',
          params: EnterpriseDocumentParamsSchema,
          response: { 204: z.null().describe('Removed'), ...problems },
        },
      },
      async (request, reply) => {
        await documents.remove(request.actor, request.params.eid, request.params.did);
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/usaha/mitra',
      {
        schema: {
          tags,
          summary: 'Funding partners, by name',
          description:
            'Every signed-in user reads the registry. At most 500 items; `total` counts every match.',
          querystring: FundingPartnerListQuerySchema,
          response: { 200: FundingPartnerListSchema, ...problems },
        },
      },
      (request) => partners.list(request.actor, request.query),
    );

    app.post(
      '/api/usaha/mitra',
      {
        schema: {
          tags,
          summary: 'Register a funding partner (company CSR, state enterprise, NGO, university, donor)',
          description: 'By a national, province or kabupaten/kota administrator. A name is unique (409).',
          body: CreateFundingPartnerBodySchema,
          response: { 201: FundingPartnerViewSchema, ...problems },
        },
      },
      async (request, reply) => reply.code(201).send(await partners.create(request.actor, request.body)),
    );

    app.get(
      '/api/usaha/mitra/:pid',
      {
        schema: {
          tags,
          summary: 'One funding partner',
          params: FundingPartnerParamsSchema,
          response: { 200: FundingPartnerViewSchema, ...problems },
        },
      },
      (request) => partners.get(request.actor, request.params.pid),
    );

    app.patch(
      '/api/usaha/mitra/:pid',
      {
        schema: {
          tags,
          summary: 'Change a funding partner',
          params: FundingPartnerParamsSchema,
          body: UpdateFundingPartnerBodySchema,
          response: { 200: FundingPartnerViewSchema, ...problems },
        },
      },
      (request) => partners.update(request.actor, request.params.pid, request.body),
    );
  };
}
