import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import {
  ConvergenceSchema,
  CreateRpkpBodySchema,
  ProgressBodySchema,
  ProgressListSchema,
  ProgressReportSchema,
  PublicRpkpSchema,
  RpkpActivityParamsSchema,
  RpkpKawasanParamsSchema,
  RpkpListSchema,
  RpkpTransitionBodySchema,
  RpkpVersionDetailSchema,
  RpkpVersionParamsSchema,
  UpdatePlanBodySchema,
} from '../../contracts/rpkp.contract.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import type { RpkpService } from '../../services/rpkp/rpkp.service.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['kawasan'];

/** The RPKP of a kawasan: versions, review, convergence, exports, progress and the public view. */
export function rpkpRoutes(rpkp: RpkpService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/kawasan/:id/rpkp',
      {
        schema: {
          tags,
          summary: 'The RPKP versions of a kawasan, newest first, and the version in force',
          params: RpkpKawasanParamsSchema,
          response: { 200: RpkpListSchema, ...problems },
        },
      },
      (request) => rpkp.list(request.actor, request.params.id),
    );

    app.post(
      '/api/kawasan/:id/rpkp',
      {
        schema: {
          tags,
          summary: 'Start a new RPKP version (the first plan, or a revisi of the version in force)',
          description:
            'By the kawasan manager or the designating government, while the kawasan is in perencanaan, ' +
            'pelaksanaan or evaluasi and no other version is open (409 otherwise). A revisi copies the approved ' +
            'content; the approved version stays in force until the revisi is approved.',
          params: RpkpKawasanParamsSchema,
          body: CreateRpkpBodySchema,
          response: { 201: RpkpVersionDetailSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await rpkp.create(request.actor, request.params.id, request.body)),
    );

    app.get(
      '/api/kawasan/:id/rpkp/:version',
      {
        schema: {
          tags,
          summary: 'One RPKP version: plan, issues, totals, progress, review history and what you may do',
          params: RpkpVersionParamsSchema,
          response: { 200: RpkpVersionDetailSchema, ...problems },
        },
      },
      (request) => rpkp.get(request.actor, request.params.id, request.params.version),
    );

    app.put(
      '/api/kawasan/:id/rpkp/:version/plan',
      {
        schema: {
          tags,
          summary: 'Save the plan content of a version in draf or perlu_klarifikasi',
          description:
            'Saved even when incomplete: the issues are returned with field paths; submitting refuses them.',
          params: RpkpVersionParamsSchema,
          body: UpdatePlanBodySchema,
          response: { 200: RpkpVersionDetailSchema, ...problems },
        },
      },
      (request) => rpkp.updatePlan(request.actor, request.params.id, request.params.version, request.body),
    );

    app.post(
      '/api/kawasan/:id/rpkp/:version/transitions',
      {
        schema: {
          tags,
          summary:
            'Submit, review, ask for or answer a clarification, complete the review, approve or withdraw',
          description:
            'submit/resubmit/withdraw: kawasan management; start_review/request_clarification/complete_review: the ' +
            'province officer; approve: the designating government with the regulation number and date.',
          params: RpkpVersionParamsSchema,
          body: RpkpTransitionBodySchema,
          response: { 200: RpkpVersionDetailSchema, ...problems },
        },
      },
      (request) => rpkp.transition(request.actor, request.params.id, request.params.version, request.body),
    );

    app.get(
      '/api/kawasan/:id/rpkp/:version/convergence',
      {
        schema: {
          tags,
          summary:
            'Agency kind × value-chain stage × year, with gaps, possible overlaps and budget by source',
          params: RpkpVersionParamsSchema,
          response: { 200: ConvergenceSchema, ...problems },
        },
      },
      (request) => rpkp.convergence(request.actor, request.params.id, request.params.version),
    );

    const exports = [
      {
        format: 'pdf',
        summary: 'The version as a PDF (summary, budgets, activity table on A4 landscape)',
        body: 'application/pdf',
        file: rpkp.exportPdf,
      },
      {
        format: 'xlsx',
        summary: 'The version as an XLSX workbook (Ringkasan, Program dan kegiatan, Anggaran, Konvergensi)',
        body: 'XLSX workbook',
        file: rpkp.exportXlsx,
      },
    ] as const;
    for (const e of exports) {
      app.get(
        `/api/kawasan/:id/rpkp/:version/export.${e.format}`,
        {
          schema: {
            tags,
            summary: e.summary,
            params: RpkpVersionParamsSchema,
            response: { 200: z.any().describe(e.body), ...problems },
          },
        },
        async (request, reply) => {
          const file = await e.file(request.actor, request.params.id, request.params.version);
          return reply.headers(downloadHeaders(file)).send(file.body);
        },
      );
    }

    app.post(
      '/api/kawasan/:id/rpkp/activities/:activityId/progress',
      {
        schema: {
          tags,
          summary: 'Report progress on an activity of the RPKP in force, with evidence documents',
          description:
            'By the kawasan management, a facilitator of the kawasan or of the activity’s desa, a kabupaten or ' +
            'province officer of that area, or the village operator of one of the activity’s desa.',
          params: RpkpActivityParamsSchema,
          body: ProgressBodySchema,
          response: { 201: ProgressReportSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await rpkp.reportProgress(
              request.actor,
              request.params.id,
              request.params.activityId,
              request.body,
            ),
          ),
    );

    app.get(
      '/api/kawasan/:id/rpkp/activities/:activityId/progress',
      {
        schema: {
          tags,
          summary: 'The progress reports of an activity, newest first',
          params: RpkpActivityParamsSchema,
          response: { 200: ProgressListSchema, ...problems },
        },
      },
      (request) => rpkp.progress(request.actor, request.params.id, request.params.activityId),
    );

    app.get(
      '/api/public/kawasan/:id/rpkp',
      {
        schema: {
          tags,
          summary: 'The RPKP in force of a designated kawasan, for everyone',
          description:
            'Plan, totals, progress, the progress timeline without personal data, review dates. 404 when none.',
          params: RpkpKawasanParamsSchema,
          response: { 200: PublicRpkpSchema, 404: ProblemSchema },
        },
      },
      (request) => rpkp.publicView(request.params.id),
    );
  };
}
