import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateEntriesBodySchema,
  CreateEntryBodySchema,
  ENTRY_BATCH_MAX,
  EntryActionBodySchema,
  EntryListQuerySchema,
  EntryListSchema,
  type EntryOutcome,
  EntryOutcomesSchema,
  EntryParamsSchema,
  EntryViewSchema,
  EvidenceParamsSchema,
  EvidenceUploadQuerySchema,
  EvidenceViewSchema,
  UpdateEntryBodySchema,
} from '../../contracts/facilitation.contract.ts';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import { AppError } from '../../domain/errors.ts';
import { EVIDENCE_LIMIT_BYTES } from '../../domain/facilitation/activity-log.ts';
import type {
  ActivityEntryService,
  CreateOutcome,
} from '../../services/facilitation/activity-entry.service.ts';
import {
  EVIDENCE_UPLOAD_LIMIT_BYTES,
  type EvidenceService,
} from '../../services/facilitation/evidence.service.ts';
import { HTTP_STATUS, problemOf } from '../plugins/problem.plugin.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['pendampingan'];
const MB = 1024 * 1024;

/** The content types an evidence upload is sent as; its type is judged by its content anyway. */
export const EVIDENCE_UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'application/pdf',
  'application/octet-stream',
];

const UPLOAD_TOO_LARGE =
  `Berkas bukti lebih dari ${EVIDENCE_UPLOAD_LIMIT_BYTES / MB} MB, batas unggahan. ` +
  'Kecilkan foto atau pindai dokumen dengan resolusi lebih rendah, lalu unggah lagi.';

/** One entry's answer in a batch: its id and state, or the problem that refused it. */
function outcomeView(outcome: CreateOutcome, instance: string): EntryOutcome {
  const { idempotencyKey } = outcome;
  if (outcome.ok) {
    const { id, state } = outcome.entry;
    return { idempotencyKey, status: outcome.status, id, state, problem: null };
  }
  const status = HTTP_STATUS[outcome.error.code] as EntryOutcome['status'];
  return { idempotencyKey, status, id: null, state: null, problem: problemOf(outcome.error, instance) };
}

/** Activity entries, their evidence and their review by the facilitator's supervisor. */
export function activityLogRoutes(services: {
  entries: ActivityEntryService;
  evidence: EvidenceService;
}): FastifyPluginAsyncZod {
  const { entries, evidence } = services;
  return async (app) => {
    // In this scope every body is the file's bytes, whatever the client labels it; a body sent
    // without a type is taken as application/octet-stream (RFC 9110 §8.3).
    await app.register(async (scope) => {
      const uploads = scope.withTypeProvider<ZodTypeProvider>();
      uploads.removeContentTypeParser(['application/json', 'text/plain']);
      const asBytes = { parseAs: 'buffer' as const, bodyLimit: EVIDENCE_UPLOAD_LIMIT_BYTES };
      uploads.addContentTypeParser(EVIDENCE_UPLOAD_TYPES, asBytes, (_request, body, done) =>
        done(null, body),
      );
      uploads.addContentTypeParser('*', asBytes, (_request, body, done) => done(null, body));
      // A body over the limit gets a message about evidence, not about requests in general.
      uploads.setErrorHandler((err: FastifyError) => {
        if (err.statusCode === 413)
          throw new AppError('too_large', UPLOAD_TOO_LARGE, [{ field: 'body', message: UPLOAD_TOO_LARGE }]);
        throw err;
      });

      uploads.post(
        '/api/pendampingan/bukti',
        {
          bodyLimit: EVIDENCE_UPLOAD_LIMIT_BYTES,
          onRequest: async (request) => {
            if (!request.actor)
              throw new AppError(
                'unauthenticated',
                'Perlu masuk terlebih dahulu untuk mengunggah bukti kegiatan.',
              );
          },
          schema: {
            tags,
            summary: 'Upload an evidence file (JPEG, PNG or PDF) of the signed-in facilitator',
            description:
              `The body is the file (image/jpeg, image/png, application/pdf or application/octet-stream), up to ` +
              `${EVIDENCE_UPLOAD_LIMIT_BYTES / MB} MB. Its type is recognised from its content. Photos are turned ` +
              'upright, stripped of EXIF and other metadata and downscaled to 1600 px on the long side; the stored ' +
              `file is at most ${EVIDENCE_LIMIT_BYTES / MB} MB. The same bytes uploaded again by the same ` +
              'facilitator return the existing evidence with 200; a file that cannot be read whole is refused (400).',
            querystring: EvidenceUploadQuerySchema,
            response: { 200: EvidenceViewSchema, 201: EvidenceViewSchema, 413: ProblemSchema, ...problems },
          },
        },
        async (request, reply) => {
          const body = request.body;
          if (!(body instanceof Uint8Array) || body.byteLength === 0)
            throw AppError.invalid(
              'body',
              'Isi permintaan kosong: kirim berkas bukti sebagai isi permintaan (application/octet-stream).',
            );
          const { evidence: view, created } = await evidence.upload(request.actor, request.query, body);
          return reply.code(created ? 201 : 200).send(view);
        },
      );
    });

    app.get(
      '/api/pendampingan/bukti/:evid',
      {
        schema: {
          tags,
          summary: 'Download an evidence file (its uploader, or whoever may read an entry it is attached to)',
          params: EvidenceParamsSchema,
          response: { 200: z.any().describe('The stored file'), ...problems },
        },
      },
      async (request, reply) => {
        const { evidence: view, bytes } = await evidence.read(request.actor, request.params.evid);
        return reply
          .header('content-type', view.mediaType)
          .header(
            'content-disposition',
            // The plain name keeps to ASCII (a header cannot carry more); the UTF-8 one is exact.
            `attachment; filename="${view.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(view.fileName)}`,
          )
          .header('x-content-type-options', 'nosniff')
          .header('etag', `"${view.sha256}"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(bytes));
      },
    );

    app.post(
      '/api/pendampingan/kegiatan',
      {
        schema: {
          tags,
          summary: 'Record an activity of the signed-in facilitator (and submit it with submit: true)',
          description:
            'Only for a place the facilitator is assigned to on that date, not after today (Asia/Jakarta). ' +
            'idempotencyKey is a UUID v4 made on the device: the same key with the same body returns the entry ' +
            'already created (200); the same key with a different body is refused (409).',
          body: CreateEntryBodySchema,
          response: { 200: EntryViewSchema, 201: EntryViewSchema, ...problems },
        },
      },
      async (request, reply) => {
        const { status, entry } = await entries.create(request.actor, request.body);
        return reply.code(status).send(entry);
      },
    );

    app.post(
      '/api/pendampingan/kegiatan/kirim',
      {
        schema: {
          tags,
          summary: 'Record several activities of the signed-in facilitator at once (a phone’s outbox)',
          description:
            `Up to ${ENTRY_BATCH_MAX} entries, each judged as POST /api/pendampingan/kegiatan would judge it ` +
            'and each under its own idempotency key. The answer lists, in the order sent, the status each ' +
            'would have had (201, 200 for a key already used with the same body, 400/403/404/409 with its ' +
            'problem); a refused entry does not hold back the others.',
          body: CreateEntriesBodySchema,
          response: { 200: EntryOutcomesSchema, ...problems },
        },
      },
      async (request) => ({
        results: (await entries.createMany(request.actor, request.body.entries)).map((o) =>
          outcomeView(o, request.url),
        ),
      }),
    );

    app.get(
      '/api/pendampingan/kegiatan',
      {
        schema: {
          tags,
          summary: 'Activity entries you may read, newest date first',
          description:
            'Your own entries; your supervisees’ once submitted (toReview=1: those waiting for your review); ' +
            'submitted entries in your region as an administrator or facilitator; approved ones of your desa or kawasan.',
          querystring: EntryListQuerySchema,
          response: { 200: EntryListSchema, ...problems },
        },
      },
      (request) => entries.list(request.actor, request.query),
    );

    app.get(
      '/api/pendampingan/kegiatan/:eid',
      {
        schema: {
          tags,
          summary: 'One activity entry with its evidence, history and what you may do with it now',
          params: EntryParamsSchema,
          response: { 200: EntryViewSchema, ...problems },
        },
      },
      (request) => entries.get(request.actor, request.params.eid),
    );

    app.patch(
      '/api/pendampingan/kegiatan/:eid',
      {
        schema: {
          tags,
          summary: 'Replace the content of your entry while it is a draft or returned',
          description: 'Approved entries never change (409); entries under review wait for the review (409).',
          params: EntryParamsSchema,
          body: UpdateEntryBodySchema,
          response: { 200: EntryViewSchema, ...problems },
        },
      },
      (request) => entries.update(request.actor, request.params.eid, request.body),
    );

    app.post(
      '/api/pendampingan/kegiatan/:eid/tindakan',
      {
        schema: {
          tags,
          summary: 'Submit or resubmit your entry; return (with a reason) or approve as the supervisor',
          params: EntryParamsSchema,
          body: EntryActionBodySchema,
          response: { 200: EntryViewSchema, ...problems },
        },
      },
      (request) => entries.act(request.actor, request.params.eid, request.body),
    );
  };
}
