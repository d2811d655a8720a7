import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CheckViewSchema,
  PLAN_UPLOAD_LIMIT_BYTES,
  PlanCreateBodySchema,
  PlanDeleteResultSchema,
  PlanImportQuerySchema,
  PlanImportResultSchema,
  PlanListQuerySchema,
  PlanListSchema,
  PlanParamsSchema,
  PlanReplaceBodySchema,
  PlanTemplateQuerySchema,
  PlanViewSchema,
  RealisationBodySchema,
  RealisationViewSchema,
  RuleSetListSchema,
  RuleSetViewSchema,
  RuleSetYearParamsSchema,
  SummaryQuerySchema,
  SummarySchema,
} from '../../contracts/dana-desa.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import { AppError } from '../../domain/errors.ts';
import { ruleSetList, ruleSetOfYear } from '../../services/dana-desa/check.service.ts';
import type { PlanService } from '../../services/dana-desa/plan.service.ts';
import type { RealisationService } from '../../services/dana-desa/realisation.service.ts';
import type { SummaryService } from '../../services/dana-desa/summary.service.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import { fileUploadScope, signedInToUpload, uploadedBytes } from '../file-upload.ts';

const problems = MUTATION_PROBLEMS;
const readProblems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema } as const;
const tags = ['dana desa'];
const MB = 1024 * 1024;
const KEEPERS =
  'Kept by the village operator of the desa and the region administrators (national, province, kabupaten/kota) ' +
  'holding it (403 for other readers, 404 for the rest).';
const READERS =
  'Read by those who keep it, facilitators whose region holds the desa, and the managers and facilitators of a ' +
  'kawasan holding the desa (404 otherwise).';
const UPLOAD_TOO_LARGE = `Lembar rencana lebih dari ${PLAN_UPLOAD_LIMIT_BYTES / MB} MB, batas unggahan; simpan lembar rencana saja sebagai berkas tersendiri.`;

function signedInOnly(request: { actor: unknown }) {
  if (!request.actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
}

/** Dana Desa: rule sets, plans with their checks, the plan sheet, realisation and summaries. */
export function danaDesaRoutes(services: {
  plans: PlanService;
  realisation: RealisationService;
  summaries: SummaryService;
}): FastifyPluginAsyncZod {
  const { plans, realisation, summaries } = services;
  return async (app) => {
    app.get(
      '/api/dana-desa/aturan',
      {
        schema: {
          tags,
          summary:
            'The Dana Desa rule sets: the covered fiscal years and the newest rule set of each, as data',
          description:
            'Per year: the regulations read (with confidence), the categories allowed, and the rules with kind, ' +
            'categories, percent (a decimal string), base, citation with confidence and a plain explanation. For ' +
            'every signed-in user.',
          response: { 200: RuleSetListSchema, 401: ProblemSchema },
        },
      },
      async (request) => {
        signedInOnly(request);
        return ruleSetList();
      },
    );

    app.get(
      '/api/dana-desa/aturan/:year',
      {
        schema: {
          tags,
          summary: 'The newest Dana Desa rule set of one fiscal year',
          description: '404 with the covered years for a year without a rule set.',
          params: RuleSetYearParamsSchema,
          response: { 200: RuleSetViewSchema, ...readProblems },
        },
      },
      async (request) => {
        signedInOnly(request);
        return ruleSetOfYear(request.params.year);
      },
    );

    app.get(
      '/api/dana-desa/rencana',
      {
        schema: {
          tags,
          summary: 'The Dana Desa plans you may read, with desa name, pagu, total and latest check status',
          querystring: PlanListQuerySchema,
          response: { 200: PlanListSchema, ...readProblems },
        },
      },
      (request) => plans.list(request.actor, request.query),
    );

    app.post(
      '/api/dana-desa/rencana',
      {
        schema: {
          tags,
          summary: 'Create the Dana Desa plan of a desa for a fiscal year, checked at once',
          description:
            'Lines are checked as the year’s rule set reads them (400 with paths like lines.3.amount); a kawasanId ' +
            'must be a kawasan holding the desa and an enterpriseId an enterprise founded by it. 409 when the desa ' +
            'already has a plan that year. The check is stored with the rule-set version; a year without a rule ' +
            `set stores the plan and says so. ${KEEPERS}`,
          body: PlanCreateBodySchema,
          response: { 200: PlanViewSchema, ...problems },
        },
      },
      (request) => plans.create(request.actor, request.body),
    );

    app.get(
      '/api/dana-desa/rencana/templat.xlsx',
      {
        schema: {
          tags,
          summary: 'The plan sheet template (XLSX) of a fiscal year',
          description:
            'Sheet "Rencana": Kode Kegiatan, Kategori, Kegiatan, Lokasi, Jumlah (Rp), Upah (Rp) (construction lines ' +
            'only); sheet "Kategori": the year’s codes and labels; sheet "Petunjuk": how to fill it in. For every ' +
            'signed-in user.',
          querystring: PlanTemplateQuerySchema,
          response: { 200: z.any().describe('XLSX workbook'), 401: ProblemSchema, 400: ProblemSchema },
        },
      },
      async (request, reply) => {
        const file = await plans.template(request.actor, request.query.year);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );

    app.get(
      '/api/dana-desa/rencana/:pid',
      {
        schema: {
          tags,
          summary: 'A Dana Desa plan with its lines and its latest check (results per rule with sentences)',
          description: READERS,
          params: PlanParamsSchema,
          response: { 200: PlanViewSchema, ...readProblems },
        },
      },
      (request) => plans.get(request.actor, request.params.pid),
    );

    app.put(
      '/api/dana-desa/rencana/:pid',
      {
        schema: {
          tags,
          summary: 'Replace the pagu, facts and all lines of a plan; the check is run again and stored',
          description: `400 with every problem at its path (lines.3.amount). ${KEEPERS}`,
          params: PlanParamsSchema,
          body: PlanReplaceBodySchema,
          response: { 200: PlanViewSchema, ...problems },
        },
      },
      (request) => plans.replace(request.actor, request.params.pid, request.body),
    );

    app.delete(
      '/api/dana-desa/rencana/:pid',
      {
        schema: {
          tags,
          summary: 'Delete a plan with its lines, checks and realisation',
          description: KEEPERS,
          params: PlanParamsSchema,
          response: { 200: PlanDeleteResultSchema, ...problems },
        },
      },
      (request) => plans.remove(request.actor, request.params.pid),
    );

    app.post(
      '/api/dana-desa/rencana/:pid/periksa',
      {
        schema: {
          tags,
          summary: 'Run the year’s newest rule set on the plan again and store the check',
          description: `E.g. after a corrected reading of the year (a new rule-set version). ${KEEPERS}`,
          params: PlanParamsSchema,
          response: {
            200: z.object({ check: CheckViewSchema.nullable(), checkUnavailable: z.string().nullable() }),
            ...problems,
          },
        },
      },
      (request) => plans.recheck(request.actor, request.params.pid),
    );

    app.get(
      '/api/dana-desa/rencana/:pid/realisasi',
      {
        schema: {
          tags,
          summary:
            'Realisation of a plan: disbursements per stage, spending per category, and the check of the actual',
          description: READERS,
          params: PlanParamsSchema,
          response: { 200: RealisationViewSchema, ...readProblems },
        },
      },
      (request) => realisation.get(request.actor, request.params.pid),
    );

    app.post(
      '/api/dana-desa/rencana/:pid/realisasi',
      {
        schema: {
          tags,
          summary: 'Record a disbursement (pencairan, stage 1–3) or a spending (belanja) of a plan',
          description:
            'Stages in order, once each; the disbursed total may not exceed the pagu, and spending may not exceed ' +
            'what was disbursed (400 with the amounts). Each spending runs the rule set on the actual spending per ' +
            `category and stores it as a check with basis realisasi. ${KEEPERS}`,
          params: PlanParamsSchema,
          body: RealisationBodySchema,
          response: { 200: RealisationViewSchema, ...problems },
        },
      },
      (request) => realisation.record(request.actor, request.params.pid, request.body),
    );

    app.get(
      '/api/dana-desa/ringkasan',
      {
        schema: {
          tags,
          summary: 'Compliance summary of the plans of a year in a region or kawasan',
          description:
            'Per rule: plans passing and failing, and the desa whose plans break it (amount, excess or shortfall, ' +
            'sentence); grouped per kabupaten for a province, per kecamatan for a kabupaten, per desa for a ' +
            'kecamatan or kawasan; desa without a plan counted apart. For administrators and facilitators of the ' +
            'region, and the managers and facilitators of the kawasan (404 otherwise).',
          querystring: SummaryQuerySchema,
          response: { 200: SummarySchema, ...readProblems },
        },
      },
      (request) => summaries.summary(request.actor, request.query),
    );

    // In this scope the body is the workbook's bytes, whatever the client labels it.
    await fileUploadScope(
      app,
      { limitBytes: PLAN_UPLOAD_LIMIT_BYTES, tooLargeMessage: UPLOAD_TOO_LARGE },
      (uploads) => {
        uploads.post(
          '/api/dana-desa/rencana/:pid/impor',
          {
            bodyLimit: PLAN_UPLOAD_LIMIT_BYTES,
            onRequest: signedInToUpload('Perlu masuk terlebih dahulu untuk mengimpor rencana.'),
            schema: {
              tags,
              summary: 'Import a filled plan sheet (XLSX): all lines of the plan replaced, or none',
              description:
                `The body is the file (application/octet-stream, up to ${PLAN_UPLOAD_LIMIT_BYTES / MB} MB). The header ` +
                'is found within the first 20 rows; every row is checked as the form checks a line. Any bad row: 400 ' +
                'listing every problem with its row and column, nothing stored. A line keeping its kode keeps its ' +
                `kawasan and enterprise links. The check is run and stored. ${KEEPERS}`,
              params: PlanParamsSchema,
              querystring: PlanImportQuerySchema,
              response: { 200: PlanImportResultSchema, 413: ProblemSchema, ...problems },
            },
          },
          async (request) => {
            const body = uploadedBytes(request.body, 'berkas lembar rencana');
            return plans.importSheet(
              request.actor,
              request.params.pid,
              request.query.fileName || 'rencana-dana-desa.xlsx',
              body,
            );
          },
        );
      },
    );
  };
}
