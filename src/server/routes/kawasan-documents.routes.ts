import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  DocumentParamsSchema,
  DocumentUploadQuerySchema,
  KawasanDocumentSchema,
  KawasanParamsSchema,
  UpdateDocumentBodySchema,
} from '../../contracts/kawasan.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import { DOCUMENT_LIMIT_BYTES } from '../../domain/kawasan/registry.ts';
import type { KawasanDocumentService } from '../../services/kawasan/kawasan-documents.service.ts';
import { fileUploadScope, signedInToUpload, uploadedBytes } from '../file-upload.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['kawasan'];

/** Documents of a kawasan. Uploads are the file's bytes as the body, up to 20 MB. */
export function kawasanDocumentRoutes(documents: KawasanDocumentService): FastifyPluginAsyncZod {
  return async (app) => {
    // In this scope every body is the file's bytes, whatever the client labels it (a PDF, an image, text…).
    await fileUploadScope(app, { limitBytes: DOCUMENT_LIMIT_BYTES }, (uploads) => {
      uploads.post(
        '/api/kawasan/:id/documents',
        {
          bodyLimit: DOCUMENT_LIMIT_BYTES,
          onRequest: signedInToUpload('Perlu masuk terlebih dahulu untuk mengunggah dokumen.'),
          schema: {
            tags,
            summary: 'Upload a document (SK, map, minutes): PDF, PNG or JPEG up to 20 MB',
            description:
              'The body is the file (application/octet-stream). Its type is recognised from its content; a file ' +
              'named with the extension of another type is refused. Stored on disk with its SHA-256.',
            params: KawasanParamsSchema,
            querystring: DocumentUploadQuerySchema,
            response: { 201: KawasanDocumentSchema, 413: ProblemSchema, ...problems },
          },
        },
        async (request, reply) => {
          const body = uploadedBytes(request.body);
          return reply
            .code(201)
            .send(await documents.add(request.actor, request.params.id, request.query, body));
        },
      );
    });

    app.get(
      '/api/kawasan/:id/documents/:documentId',
      {
        schema: {
          tags,
          summary: 'Download a document (public documents of a designated kawasan: for everyone)',
          params: DocumentParamsSchema,
          response: { 200: z.any().describe('The file'), ...problems },
        },
      },
      async (request, reply) => {
        const { document, bytes } = await documents.read(
          request.actor,
          request.params.id,
          request.params.documentId,
        );
        return reply
          .header('content-type', document.mediaType)
          .header(
            'content-disposition',
            // The plain name for old clients keeps to ASCII (a header cannot carry more); the UTF-8 one is exact.
            `attachment; filename="${document.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .header('etag', `"${document.sha256}"`)
          .header('cache-control', document.public ? 'public, max-age=300' : 'private, no-store')
          .send(Buffer.from(bytes));
      },
    );

    app.patch(
      '/api/kawasan/:id/documents/:documentId',
      {
        schema: {
          tags,
          summary: 'Change whether a document is public, or its title',
          params: DocumentParamsSchema,
          body: UpdateDocumentBodySchema,
          response: { 200: KawasanDocumentSchema, ...problems },
        },
      },
      (request) =>
        documents.update(request.actor, request.params.id, request.params.documentId, request.body),
    );

    app.delete(
      '/api/kawasan/:id/documents/:documentId',
      {
        schema: {
          tags,
          summary: 'Remove a document',
          params: DocumentParamsSchema,
          response: { 204: z.null().describe('Removed'), ...problems },
        },
      },
      async (request, reply) => {
        await documents.remove(request.actor, request.params.id, request.params.documentId);
        return reply.code(204).send(null);
      },
    );
  };
}
