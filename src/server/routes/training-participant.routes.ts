import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import {
  AttendanceBodySchema,
  ParticipantDraftBodySchema,
  ReactionBodySchema,
  SCORE_UPLOAD_LIMIT_BYTES,
  ScoreImportQuerySchema,
  ScoresBodySchema,
  TrainingAttendanceGridSchema,
  TrainingReactionSchema,
  TrainingReactionSummarySchema,
  TrainingRegistrationListSchema,
  TrainingRegistrationParamsSchema,
  TrainingRegistrationSchema,
  TrainingScoreImportSchema,
  TrainingScoresSchema,
  TrainingSessionParamsSchema,
  TrainingWithdrawalSchema,
} from '../../contracts/training-participant.contract.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import type { AttendanceService } from '../../services/training/attendance.service.ts';
import type { ReactionService } from '../../services/training/reaction.service.ts';
import type { RegistrationService } from '../../services/training/registration.service.ts';
import type { ScoreService } from '../../services/training/scores.service.ts';
import { fileUploadScope, signedInToUpload, uploadedBytes } from '../file-upload.ts';

const problems = MUTATION_PROBLEMS;
const tags = ['pelatihan'];
const MB = 1024 * 1024;
const WRITERS = 'Only users of the session’s training provider (403 for other readers, 404 for the rest).';

const UPLOAD_TOO_LARGE = `Lembar nilai lebih dari ${SCORE_UPLOAD_LIMIT_BYTES / MB} MB, batas unggahan; simpan lembar nilai saja sebagai berkas tersendiri.`;

/** Participants of a session: registration and waiting list, attendance, scores and gains, reaction. */
export function trainingParticipantRoutes(services: {
  registrations: RegistrationService;
  attendance: AttendanceService;
  scores: ScoreService;
  reactions: ReactionService;
}): FastifyPluginAsyncZod {
  const { registrations, attendance, scores, reactions } = services;
  return async (app) => {
    app.get(
      '/api/pelatihan/angkatan/:sid/peserta',
      {
        schema: {
          tags,
          summary: 'The registrations of a session: seats, waiting list (in order) and withdrawals',
          description:
            'For readers of the programme (404 for anyone else). Personal details only of the participants ' +
            'the user may read (the provider’s users; administrators of the participant’s desa); the rest are ' +
            'counted in hiddenCount.',
          params: TrainingSessionParamsSchema,
          response: { 200: TrainingRegistrationListSchema, ...problems },
        },
      },
      (request) => registrations.list(request.actor, request.params.sid),
    );

    app.post(
      '/api/pelatihan/angkatan/:sid/peserta',
      {
        schema: {
          tags,
          summary: 'Register a participant: a seat, or the waiting list when the seats are taken',
          description:
            'Only while registration is open (409 otherwise). The same person (name, birth year and desa) is one ' +
            'participant across sessions, recognised by a keyed hash; no NIK is asked or kept. A person already ' +
            'registered or waiting is refused (409), as is anyone once seats and waiting list are full. ' +
            WRITERS,
          params: TrainingSessionParamsSchema,
          body: ParticipantDraftBodySchema,
          response: { 201: TrainingRegistrationSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await registrations.register(request.actor, request.params.sid, request.body)),
    );

    app.post(
      '/api/pelatihan/angkatan/:sid/peserta/:rid/batal',
      {
        schema: {
          tags,
          summary:
            'Withdraw a registration; while registration is open the first waiting person takes the seat',
          description: `During registration or while the session runs (409 otherwise). ${WRITERS}`,
          params: TrainingRegistrationParamsSchema,
          response: { 200: TrainingWithdrawalSchema, ...problems },
        },
      },
      (request) => registrations.withdraw(request.actor, request.params.sid, request.params.rid),
    );

    app.get(
      '/api/pelatihan/angkatan/:sid/kehadiran',
      {
        schema: {
          tags,
          summary: 'The attendance grid: scheduled days × registered participants, with completion',
          params: TrainingSessionParamsSchema,
          response: { 200: TrainingAttendanceGridSchema, ...problems },
        },
      },
      (request) => attendance.grid(request.actor, request.params.sid),
    );

    app.put(
      '/api/pelatihan/angkatan/:sid/kehadiran',
      {
        schema: {
          tags,
          summary: 'Record attendance marks (present or absent) of registered participants',
          description:
            'While the session runs (409 otherwise), on scheduled days not after today (Asia/Jakarta). A stored ' +
            `mark of the same participant and day is replaced. All or nothing: 400 names every bad mark. ${WRITERS}`,
          params: TrainingSessionParamsSchema,
          body: AttendanceBodySchema,
          response: { 200: TrainingAttendanceGridSchema, ...problems },
        },
      },
      (request) => attendance.record(request.actor, request.params.sid, request.body),
    );

    app.get(
      '/api/pelatihan/angkatan/:sid/nilai',
      {
        schema: {
          tags,
          summary: 'Pre-test and post-test scores with normalised gains, and the session summary per aspect',
          description:
            'g = (post − pre) / (100 − pre) per participant and aspect (Hake), categories tinggi/sedang/rendah/turun; ' +
            'per aspect the mean of the gains and the gain of the means, each with its n.',
          params: TrainingSessionParamsSchema,
          response: { 200: TrainingScoresSchema, ...problems },
        },
      },
      (request) => scores.scores(request.actor, request.params.sid),
    );

    app.put(
      '/api/pelatihan/angkatan/:sid/nilai',
      {
        schema: {
          tags,
          summary: 'Record scores typed in by hand',
          description:
            'Per registration, pre and post map each tested aspect to a score 0–100 (decimal point or comma, at ' +
            'most two decimals); null or "" erases it, a missing key keeps it. Pre-tests from registration until ' +
            `the session ends, post-tests from its start (409 otherwise). All or nothing (400). ${WRITERS}`,
          params: TrainingSessionParamsSchema,
          body: ScoresBodySchema,
          response: { 200: TrainingScoresSchema, ...problems },
        },
      },
      (request) => scores.record(request.actor, request.params.sid, request.body),
    );

    app.get(
      '/api/pelatihan/angkatan/:sid/nilai/templat.xlsx',
      {
        schema: {
          tags,
          summary: 'The score sheet template (XLSX) of the session, with stored scores filled in',
          description:
            'Sheet "Nilai": No. Peserta, Nama Peserta, Asal Desa, then Pre-test and Post-test columns per tested ' +
            `aspect; filled in, it is imported by POST …/nilai/impor. ${WRITERS}`,
          params: TrainingSessionParamsSchema,
          response: { 200: z.any().describe('XLSX workbook'), ...problems },
        },
      },
      async (request, reply) => {
        const file = await scores.template(request.actor, request.params.sid);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );

    // In this scope the body is the workbook's bytes, whatever the client labels it.
    await fileUploadScope(
      app,
      { limitBytes: SCORE_UPLOAD_LIMIT_BYTES, tooLargeMessage: UPLOAD_TOO_LARGE },
      (uploads) => {
        uploads.post(
          '/api/pelatihan/angkatan/:sid/nilai/impor',
          {
            bodyLimit: SCORE_UPLOAD_LIMIT_BYTES,
            onRequest: signedInToUpload('Perlu masuk terlebih dahulu untuk mengimpor nilai.'),
            schema: {
              tags,
              summary: 'Import a filled score sheet (XLSX): every row or nothing',
              description:
                `The body is the file (application/octet-stream, up to ${SCORE_UPLOAD_LIMIT_BYTES / MB} MB). Headers ` +
                'are found within the first 20 rows and read in their usual spellings (Kode/No. Peserta, Pre-test/' +
                'Nilai Awal …). Any bad row: 400 listing every problem with its line and column, nothing stored. ' +
                `An empty score cell keeps the stored score. ${WRITERS}`,
              params: TrainingSessionParamsSchema,
              querystring: ScoreImportQuerySchema,
              response: { 200: TrainingScoreImportSchema, 413: ProblemSchema, ...problems },
            },
          },
          async (request) => {
            const body = uploadedBytes(request.body, 'berkas lembar nilai');
            return scores.importSheet(
              request.actor,
              request.params.sid,
              request.query.fileName || 'lembar-nilai.xlsx',
              body,
            );
          },
        );
      },
    );

    app.get(
      '/api/pelatihan/angkatan/:sid/reaksi',
      {
        schema: {
          tags,
          summary: 'The reaction survey summary (Likert 1–5) of the session, pooled over every questionnaire',
          params: TrainingSessionParamsSchema,
          response: { 200: TrainingReactionSummarySchema, ...problems },
        },
      },
      (request) => reactions.summary(request.actor, request.params.sid),
    );

    app.put(
      '/api/pelatihan/angkatan/:sid/peserta/:rid/reaksi',
      {
        schema: {
          tags,
          summary: 'Enter (or replace) the paper questionnaire of a registered participant',
          description:
            'answers maps the standard question ids to 1–5 (null: skipped; at least one answered). From the start ' +
            `of the session on (409 before). ${WRITERS}`,
          params: TrainingRegistrationParamsSchema,
          body: ReactionBodySchema,
          response: { 200: TrainingReactionSchema, ...problems },
        },
      },
      (request) => reactions.record(request.actor, request.params.sid, request.params.rid, request.body),
    );
  };
}
