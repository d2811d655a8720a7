import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BusinessDashboardQuerySchema,
  BusinessDashboardSchema,
  REPORT_UPLOAD_LIMIT_BYTES,
  ReportBodySchema,
  ReportDeleteResultSchema,
  ReportEnterpriseParamsSchema,
  ReportImportQuerySchema,
  ReportImportResultSchema,
  ReportListSchema,
  ReportPeriodParamsSchema,
  ReportSaveResultSchema,
} from '../../contracts/enterprise-report.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import type { BusinessDashboardService } from '../../services/enterprise/business-dashboard.service.ts';
import type { ReportService } from '../../services/enterprise/report.service.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import { fileUploadScope, signedInToUpload, uploadedBytes } from '../file-upload.ts';

const problems = MUTATION_PROBLEMS;
const readProblems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema } as const;
const tags = ['usaha'];
const MB = 1024 * 1024;
const WRITERS =
  'Those who keep the enterprise: its managers, the region administrators holding every founding desa, the ' +
  'village operator of a one-desa enterprise, the kawasan managers holding every founding desa (403 for other ' +
  'readers, 404 for the rest).';
const UPLOAD_TOO_LARGE = `Lembar laporan lebih dari ${REPORT_UPLOAD_LIMIT_BYTES / MB} MB, batas unggahan; simpan lembar laporan saja sebagai berkas tersendiri.`;
const PLACE =
  'region: any region code (default: your own region), the enterprises with a founding desa in it; or kawasanId, ' +
  'those linked to the kawasan or with a founding desa among its members. For administrators and facilitators of ' +
  'the region, and the managers and facilitators of the kawasan (404 otherwise).';

/** Periodic reports of an enterprise (forms, XLSX template and import, trend) and the business dashboard. */
export function enterpriseReportRoutes(services: {
  reports: ReportService;
  dashboards: BusinessDashboardService;
}): FastifyPluginAsyncZod {
  const { reports, dashboards } = services;
  return async (app) => {
    app.get(
      '/api/usaha/badan-usaha/:eid/laporan',
      {
        schema: {
          tags,
          summary: 'The periodic reports of an enterprise, with trend, warnings and performance class',
          description:
            'For everyone who may read the enterprise (404 otherwise). Reports in period order (2025-S1, 2025-S2, ' +
            '2025, …); the trend per kind of period with exact changes; PADes per year (the annual report, else the ' +
            'semesters); warnings where an annual report differs from its two semesters; the performance class ' +
            '(the system’s own: belum_melapor, rugi, impas, laba); the periods open for entry.',
          params: ReportEnterpriseParamsSchema,
          response: { 200: ReportListSchema, ...readProblems },
        },
      },
      (request) => reports.list(request.actor, request.params.eid),
    );

    app.put(
      '/api/usaha/badan-usaha/:eid/laporan/:period',
      {
        schema: {
          tags,
          summary: 'Enter or replace the report of one period (2026-S1, 2026-S2 or 2026)',
          description:
            'A report opens on the first day of its period’s last month (1 June for S1, 1 December for S2 and the ' +
            'year). The net result is revenue − costs (a netResult sent must match). A positive net result is split ' +
            '(PADes + capital + other) exactly as decided by the Musdes/MAD, with the decision date; otherwise 400 ' +
            `showing the difference. A zero or negative result takes no split. ${WRITERS}`,
          params: ReportPeriodParamsSchema,
          body: ReportBodySchema,
          response: { 200: ReportSaveResultSchema, ...problems },
        },
      },
      (request) => reports.save(request.actor, request.params.eid, request.params.period, request.body),
    );

    app.delete(
      '/api/usaha/badan-usaha/:eid/laporan/:period',
      {
        schema: {
          tags,
          summary: 'Remove the report of one period',
          description: `404 when the period has no report. ${WRITERS}`,
          params: ReportPeriodParamsSchema,
          response: { 200: ReportDeleteResultSchema, ...problems },
        },
      },
      (request) => reports.remove(request.actor, request.params.eid, request.params.period),
    );

    app.get(
      '/api/usaha/badan-usaha/:eid/laporan/templat.xlsx',
      {
        schema: {
          tags,
          summary: 'The report sheet template (XLSX), with the stored reports filled in',
          description:
            'Sheet "Laporan": Periode, Pendapatan, Biaya, Hasil Usaha Bersih, Aset, Tenaga Kerja, Tenaga Kerja ' +
            'Perempuan, Bagian PADes, Tambahan Modal, Lain-lain, Keterangan Lain-lain, Tanggal Keputusan Musdes/MAD; ' +
            `sheet "Petunjuk": how to fill it in, with an example row. Imported by POST …/laporan/impor. ${WRITERS}`,
          params: ReportEnterpriseParamsSchema,
          response: { 200: z.any().describe('XLSX workbook'), ...problems },
        },
      },
      async (request, reply) => {
        const file = await reports.template(request.actor, request.params.eid);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );

    // In this scope the body is the workbook's bytes, whatever the client labels it.
    await fileUploadScope(
      app,
      { limitBytes: REPORT_UPLOAD_LIMIT_BYTES, tooLargeMessage: UPLOAD_TOO_LARGE },
      (uploads) => {
        uploads.post(
          '/api/usaha/badan-usaha/:eid/laporan/impor',
          {
            bodyLimit: REPORT_UPLOAD_LIMIT_BYTES,
            onRequest: signedInToUpload('Perlu masuk terlebih dahulu untuk mengimpor laporan.'),
            schema: {
              tags,
              summary: 'Import a filled report sheet (XLSX): every row or nothing',
              description:
                `The body is the file (application/octet-stream, up to ${REPORT_UPLOAD_LIMIT_BYTES / MB} MB). The ` +
                'header is found within the first 20 rows and read in its usual spellings; one row per period, each ' +
                'checked as the form is. Any bad row: 400 listing every problem with its row and column, nothing ' +
                `stored. Each row creates or replaces its period's report. ${WRITERS}`,
              params: ReportEnterpriseParamsSchema,
              querystring: ReportImportQuerySchema,
              response: { 200: ReportImportResultSchema, 413: ProblemSchema, ...problems },
            },
          },
          async (request) => {
            const body = uploadedBytes(request.body, 'berkas lembar laporan');
            return reports.importSheet(
              request.actor,
              request.params.eid,
              request.query.fileName || 'lembar-laporan.xlsx',
              body,
            );
          },
        );
      },
    );

    app.get(
      '/api/usaha/dasbor',
      {
        schema: {
          tags,
          summary: 'The business dashboard of a region or kawasan',
          description:
            'Enterprises by kind, legal status (as the legal steps give it today), activity and performance; per ' +
            'founding desa, kecamatan and kawasan; revenue, costs, net result and PADes per year; capital by source ' +
            `and year; workers; and the list of enterprises. Exact rupiah as digit strings. ${PLACE}`,
          querystring: BusinessDashboardQuerySchema,
          response: { 200: BusinessDashboardSchema, ...readProblems },
        },
      },
      (request) => dashboards.dashboard(request.actor, request.query),
    );

    app.get(
      '/api/usaha/dasbor.xlsx',
      {
        schema: {
          tags,
          summary: 'The business dashboard as an XLSX workbook (one sheet per breakdown)',
          description: `Sheets: Ringkasan, Badan usaha, Per desa, Per kecamatan, Per kawasan, Per tahun, Modal per sumber. ${PLACE}`,
          querystring: BusinessDashboardQuerySchema,
          response: { 200: z.any().describe('XLSX workbook'), ...readProblems },
        },
      },
      async (request, reply) => {
        const file = await dashboards.exportXlsx(request.actor, request.query);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );

    app.get(
      '/api/usaha/dasbor.pdf',
      {
        schema: {
          tags,
          summary: 'The business dashboard as an A4 PDF (a summary page, then the tables), in Indonesian',
          querystring: BusinessDashboardQuerySchema,
          response: { 200: z.any().describe('application/pdf'), ...readProblems },
        },
      },
      async (request, reply) => {
        const file = await dashboards.exportPdf(request.actor, request.query);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );
  };
}
