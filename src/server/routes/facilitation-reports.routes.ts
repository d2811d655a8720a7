import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CoverageQuerySchema,
  CoverageSchema,
  FacilitatorParamsSchema,
  MonthlyReportQuerySchema,
  MonthlyReportSchema,
} from '../../contracts/facilitation.contract.ts';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import type { CoverageService } from '../../services/facilitation/coverage.service.ts';
import type { MonthlyReportService } from '../../services/facilitation/monthly-report.service.ts';

const problems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema } as const;
const tags = ['pendampingan'];

/** The monthly report of a facilitator (JSON, PDF, XLSX) and coverage of a region or kawasan. */
export function facilitationReportRoutes(services: {
  reports: MonthlyReportService;
  coverage: CoverageService;
}): FastifyPluginAsyncZod {
  const { reports, coverage } = services;
  return async (app) => {
    app.get(
      '/api/pendampingan/pendamping/:fid/laporan-bulanan',
      {
        schema: {
          tags,
          summary: 'The monthly report of a facilitator, built from the approved entries of the month',
          description:
            'For the facilitator, their supervisor and the administrators of their home region (404 for anyone ' +
            'else). Only approved entries count; entries not yet approved are counted apart in notCounted.',
          params: FacilitatorParamsSchema,
          querystring: MonthlyReportQuerySchema,
          response: { 200: MonthlyReportSchema, ...problems },
        },
      },
      (request) => reports.monthlyReport(request.actor, request.params.fid, request.query.month),
    );

    const exports = [
      {
        format: 'pdf',
        summary: 'The monthly report as a PDF to sign and hand in (A4 portrait)',
        body: 'application/pdf',
        file: reports.exportPdf,
      },
      {
        format: 'xlsx',
        summary:
          'The monthly report as an XLSX workbook (Ringkasan, Kegiatan, Per desa, Keluaran dan tindak lanjut, Bukti)',
        body: 'XLSX workbook',
        file: reports.exportXlsx,
      },
    ] as const;
    for (const e of exports) {
      app.get(
        `/api/pendampingan/pendamping/:fid/laporan-bulanan.${e.format}`,
        {
          schema: {
            tags,
            summary: e.summary,
            params: FacilitatorParamsSchema,
            querystring: MonthlyReportQuerySchema,
            response: { 200: z.any().describe(e.body), ...problems },
          },
        },
        async (request, reply) => {
          const file = await e.file(request.actor, request.params.fid, request.query.month);
          return reply.headers(downloadHeaders(file)).send(file.body);
        },
      );
    }

    app.get(
      '/api/pendampingan/cakupan',
      {
        schema: {
          tags,
          summary: 'Coverage of a region or kawasan: days since the last visit of each desa, gaps, workload',
          description:
            'Only approved entries count. region: a province, kabupaten/kota or kecamatan code (default: your own ' +
            'region); or kawasanId. asOf defaults to today in Asia/Jakarta; the windows are the 30, 60 and 90 days ending on it.',
          querystring: CoverageQuerySchema,
          response: { 200: CoverageSchema, ...problems },
        },
      },
      (request) => coverage.coverage(request.actor, request.query),
    );
  };
}
