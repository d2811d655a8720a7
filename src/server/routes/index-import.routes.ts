import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  INDEX_UPLOAD_LIMIT_BYTES,
  IndexImportQuerySchema,
  IndexImportReportSchema,
} from '../../contracts/index-import.contract.ts';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import { canSomewhere } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { readApiResponsesFromBytes } from '../../services/village-index/idm-api-source.ts';
import type { IndexImportService } from '../../services/village-index/index-import.service.ts';
import { readSheetBytes } from '../../services/village-index/index-source.ts';

const tags = ['indeks desa'];
const response = {
  200: IndexImportReportSchema,
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  413: ProblemSchema,
  503: ProblemSchema,
};

/**
 * Refuses, before the body is read, whoever may not import at all: a large upload is not parsed
 * for a visitor, a read-only token or a role that never imports.
 */
async function refuseEarly(request: FastifyRequest) {
  const actor = request.actor;
  if (!actor)
    throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu untuk mengimpor data indeks.');
  const decision = canSomewhere(actor, 'index.import');
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
}

function bytesOf(body: unknown): Uint8Array {
  if (!(body instanceof Uint8Array) || body.byteLength === 0) {
    throw AppError.invalid(
      'body',
      'Isi permintaan kosong: kirim berkasnya sebagai isi permintaan (application/octet-stream).',
    );
  }
  return body;
}

/**
 * Uploads of village index files: the body is the file itself. Only here are bodies raw bytes
 * and up to 64 MB; the rest of the API keeps JSON bodies of 256 KB.
 */
export function indexImportRoutes(imports: IndexImportService): FastifyPluginAsyncZod {
  return async (app) => {
    // Browsers and curl label files every way (text/csv, application/json, application/zip…):
    // in this scope every body is the file's bytes, never parsed as JSON or text.
    app.removeContentTypeParser(['application/json', 'text/plain']);
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: INDEX_UPLOAD_LIMIT_BYTES },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/api/village-index/imports/sheet',
      {
        bodyLimit: INDEX_UPLOAD_LIMIT_BYTES,
        onRequest: refuseEarly,
        schema: {
          tags,
          summary: 'Import (or with dryRun check) an official IDM spreadsheet: XLSX, CSV or CSV.gz',
          description:
            'The body is the file (application/octet-stream, up to 64 MB). XLSX: the sheet "IDM <year>", else ' +
            'the first with a KODE_DESA header. All-or-nothing; every bad line and column is reported (400). ' +
            'Allowed for national, province, kabupaten and village roles, for the desa in their scope.',
          querystring: IndexImportQuerySchema,
          response,
        },
      },
      async (request) => {
        const { fileName, cells } = await readSheetBytes(request.query.fileName, bytesOf(request.body));
        return imports.importIdmSheet(request.actor, { fileName, cells, dryRun: request.query.dryRun });
      },
    );

    app.post(
      '/api/village-index/imports/api',
      {
        bodyLimit: INDEX_UPLOAD_LIMIT_BYTES,
        onRequest: refuseEarly,
        schema: {
          tags,
          summary: 'Import (or with dryRun check) ministry IDM API responses: one JSON file or a ZIP of them',
          description:
            'The body is the file (application/octet-stream, up to 64 MB): a JSON response of ' +
            '/open/api/desa/rumusan/{kode}/{tahun}, or a ZIP of such files. Files that cannot be read are ' +
            'listed as rejected; records whose scores do not add up are listed as inconsistent.',
          querystring: IndexImportQuerySchema,
          response,
        },
      },
      async (request) => {
        const { fileName, files } = readApiResponsesFromBytes(request.query.fileName, bytesOf(request.body));
        return imports.importIdmApi(request.actor, { fileName, files, dryRun: request.query.dryRun });
      },
    );
  };
}
