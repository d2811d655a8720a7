import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import {
  IndexSummaryQuerySchema,
  VillageIndexListQuerySchema,
} from '../../contracts/village-index.contract.ts';
import { VillageIndicatorsParamsSchema } from '../../contracts/village-index-indicators.contract.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import type { IndexExportService } from '../../services/export/index-export.service.ts';
import type { ExportFile } from '../../services/export/table-export.ts';

const Format = z
  .enum(['csv', 'xlsx'])
  .default('csv')
  .describe('csv: UTF-8 with a byte-order mark; xlsx: one sheet, bold frozen header');

const ERRORS = { 400: ProblemSchema, 404: ProblemSchema, 503: ProblemSchema } as const;

/** The schema of an export route: the table's own query plus `format`. */
function exportSchema<Shape extends z.ZodRawShape>(
  query: z.ZodObject<Shape>,
  summary: string,
  description: string,
) {
  return {
    tags: ['indeks desa'],
    summary,
    description,
    querystring: query.extend({ format: Format }),
    response: ERRORS,
  };
}

const FormatQuerySchema = z.object({});

/** Sends a table as a download named for what it holds. */
function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply.headers(downloadHeaders(file, 'no-cache')).send(file.body);
}

/** Village index tables as CSV or XLSX files: public, like the tables they come from. */
export function exportRoutes(exports: IndexExportService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/village-index/summary/export',
      {
        schema: exportSchema(
          IndexSummaryQuerySchema,
          'The child-region table of a summary as a CSV or XLSX file',
          'Code, name, desa, desa scored, mean IDM/IKS/IKE/IKL and the desa per published status of each ' +
            'province (or each kabupaten/kota, kecamatan of the region). Ends with the data attribution.',
        ),
      },
      async (request, reply) => {
        const { format, ...query } = request.query;
        return sendFile(reply, await exports.summary(query, format));
      },
    );

    app.get(
      '/api/village-index/villages/export',
      {
        schema: exportSchema(
          VillageIndexListQuerySchema,
          'Every desa’s result in a province, kabupaten or kecamatan as a CSV or XLSX file',
          'Code, name, IDM, IKS, IKE, IKL, published and computed status, and whether the code is in ' +
            'the region list. Ends with the data attribution.',
        ),
      },
      async (request, reply) => {
        const { format, ...query } = request.query;
        return sendFile(reply, await exports.villages(query, format));
      },
    );

    app.get(
      '/api/regions/:code/index/:year/indicators/export',
      {
        schema: {
          ...exportSchema(
            FormatQuerySchema,
            'One desa’s IDM indicator scores for a year as a CSV or XLSX file',
            'Indicator, dimension, score, the ministry’s condition and recommended activity, who can act, ' +
              'and the IDM gain if raised to 5, largest gain first: the table to print for a musyawarah.',
          ),
          params: VillageIndicatorsParamsSchema,
        },
      },
      async (request, reply) =>
        sendFile(
          reply,
          await exports.indicators(request.params.code, request.params.year, request.query.format),
        ),
    );
  };
}
