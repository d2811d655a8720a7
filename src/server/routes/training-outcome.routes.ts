import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MUTATION_PROBLEMS, ProblemSchema } from '../../contracts/problem.contract.ts';
import {
  CertificateListSchema,
  CertificateParamsSchema,
  CertificateViewSchema,
  DashboardQuerySchema,
  DashboardSchema,
  FollowUpBodySchema,
  FollowUpRecordViewSchema,
  FollowUpSheetSchema,
  IssueCertificatesBodySchema,
  IssueResultSchema,
  NeedsQuerySchema,
  NeedsSchema,
  OutcomeRegistrationParamsSchema,
  OutcomeSessionParamsSchema,
  RevokeBodySchema,
  VerificationParamsSchema,
  VerificationSchema,
} from '../../contracts/training-outcome.contract.ts';
import { AppError } from '../../domain/errors.ts';
import { downloadHeaders } from '../../services/export/download.ts';
import type { CertificateService } from '../../services/training/certificate.service.ts';
import type { FollowUpService } from '../../services/training/follow-up.service.ts';
import type { TrainingDashboardService } from '../../services/training/training-dashboard.service.ts';
import type { TrainingNeedsService } from '../../services/training/training-needs.service.ts';
import { createRateLimiter, VERIFICATION_LIMIT } from '../../services/training/verification-limit.ts';

const problems = MUTATION_PROBLEMS;
const readProblems = { 400: ProblemSchema, 401: ProblemSchema, 404: ProblemSchema } as const;
const tags = ['pelatihan'];

/** `https://host[:port]` the request came to (behind a trusted proxy: the forwarded one). */
export function requestOrigin(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * Pelatihan outcomes: follow-up and judgement of a session, certificates and their public
 * verification, training needs of a place, and the dashboard of a region or kawasan.
 */
export function trainingOutcomeRoutes(services: {
  followUps: FollowUpService;
  certificates: CertificateService;
  needs: TrainingNeedsService;
  dashboards: TrainingDashboardService;
}): FastifyPluginAsyncZod {
  const { followUps, certificates, needs, dashboards } = services;
  const verifications = createRateLimiter(VERIFICATION_LIMIT);
  return async (app) => {
    app.get(
      '/api/pelatihan/angkatan/:sid/tindak-lanjut',
      {
        schema: {
          tags,
          summary: 'The follow-up of a session (levels 3 and 4) and its judgement',
          description:
            'For everyone who may read the programme (404 otherwise). Per registered participant: the due date ' +
            '(last day + the programme’s follow-up months), the status, the indicators of their role with the ' +
            'states last recorded, and the records; participants whose details you may not read (and whose ' +
            'follow-up you do not record) are only counted. The judgement (once the session is finished) combines ' +
            'level 2 gains from the scores with the shares of completers who applied the training and achieved results.',
          params: OutcomeSessionParamsSchema,
          response: { 200: FollowUpSheetSchema, ...readProblems },
        },
      },
      (request) => followUps.sheet(request.actor, request.params.sid),
    );

    app.post(
      '/api/pelatihan/angkatan/:sid/peserta/:rid/tindak-lanjut',
      {
        schema: {
          tags,
          summary: 'Record the follow-up of one participant',
          description:
            'By the provider’s users or a facilitator of the participant’s desa or kawasan. Only for a participant ' +
            'who completed a finished session, on a day from the due date to today; a participant not reached ' +
            'carries no indicators, one reached at least one that applies.',
          params: OutcomeRegistrationParamsSchema,
          body: FollowUpBodySchema,
          response: { 201: FollowUpRecordViewSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await followUps.record(request.actor, request.params.sid, request.params.rid, request.body)),
    );

    app.get(
      '/api/pelatihan/angkatan/:sid/sertifikat',
      {
        schema: {
          tags,
          summary: 'The certificates of a session',
          description:
            'For everyone who may read the programme (404 otherwise); certificates of participants whose details ' +
            'you may not read are only counted.',
          params: OutcomeSessionParamsSchema,
          response: { 200: CertificateListSchema, ...readProblems },
        },
      },
      (request) => certificates.list(request.actor, request.params.sid),
    );

    app.post(
      '/api/pelatihan/angkatan/:sid/sertifikat',
      {
        schema: {
          tags,
          summary: 'Issue certificates to the eligible participants of a finished session',
          description:
            'By the provider’s users. Without registrationIds: every registered participant without a valid ' +
            'certificate. Eligible: registered, attendance at least the programme’s minimum, every post-test taken ' +
            'when required. The others are listed with every unmet condition. Each certificate gets a new ' +
            'verification code and states what it certifies as of today.',
          params: OutcomeSessionParamsSchema,
          body: IssueCertificatesBodySchema,
          response: { 200: IssueResultSchema, ...problems },
        },
      },
      (request) => certificates.issue(request.actor, request.params.sid, request.body),
    );

    app.get(
      '/api/pelatihan/sertifikat/:cid.pdf',
      {
        schema: {
          tags,
          summary: 'A certificate as a PDF to print (A4 landscape) with its verification code and address',
          description:
            'For the provider’s users and the administrators of the participant’s region (404 otherwise); a revoked ' +
            'certificate is not printed (409).',
          params: CertificateParamsSchema,
          response: { 200: z.any().describe('application/pdf'), ...problems },
        },
      },
      async (request, reply) => {
        const file = await certificates.pdf(request.actor, request.params.cid, requestOrigin(request));
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );

    app.post(
      '/api/pelatihan/sertifikat/:cid/cabut',
      {
        schema: {
          tags,
          summary: 'Revoke a certificate',
          description:
            'By the provider’s users, as of today. The reason is one of the fixed public reasons shown on the ' +
            'verification page; the note (at least 10 characters) stays internal.',
          params: CertificateParamsSchema,
          body: RevokeBodySchema,
          response: { 200: CertificateViewSchema, ...problems },
        },
      },
      (request) => certificates.revoke(request.actor, request.params.cid, request.body),
    );

    app.get(
      '/api/public/sertifikat/:code',
      {
        schema: {
          tags,
          summary: 'Verify a certificate by its code (public, no sign-in)',
          description:
            'Always 200 with the outcome: valid (what the certificate states), revoked (with the date and the ' +
            'public reason), unknown (a well-formed code never issued) or malformed (with why: a wrong check ' +
            'character means a mistyped code and is never looked up). Case, spaces and dashes are ignored. ' +
            `At most ${VERIFICATION_LIMIT.limit} look-ups a minute from one address (429 beyond).`,
          params: VerificationParamsSchema,
          response: { 200: VerificationSchema, 400: ProblemSchema, 429: ProblemSchema },
        },
      },
      async (request, reply) => {
        const taken = verifications.take(request.ip);
        if (!taken.ok) {
          throw new AppError(
            'rate_limited',
            `Terlalu banyak pemeriksaan sertifikat dari alamat ini. Coba lagi dalam ${taken.retryAfterSeconds} detik.`,
            [],
            taken.retryAfterSeconds,
          );
        }
        // A revocation must show at once: no cache keeps an older answer.
        reply.header('cache-control', 'no-store');
        return certificates.verify(request.params.code);
      },
    );

    app.get(
      '/api/pelatihan/kebutuhan',
      {
        schema: {
          tags,
          summary: 'Suggested training topics for a desa or a kawasan, each with its evidence',
          description:
            'From facilitators’ approved activity notes of the last 365 days (their agreed follow-ups matched ' +
            'against each topic’s keywords), weak IDM indicators of the latest year, and leaving out topics ' +
            'trained there in the last 12 months or planned (listed apart). For whoever reads the place’s ' +
            'facilitation coverage, the village operator of the desa and every training provider (404 otherwise).',
          querystring: NeedsQuerySchema,
          response: { 200: NeedsSchema, ...readProblems },
        },
      },
      (request) => needs.needs(request.actor, request.query),
    );

    app.get(
      '/api/pelatihan/dasbor',
      {
        schema: {
          tags,
          summary: 'The training dashboard of a region or kawasan',
          description:
            'People trained (distinct participants from the place who completed a finished session) per desa, ' +
            'kawasan, aspect, target group and gender; mean gains per aspect (both measures, with n); follow-up ' +
            'outcomes per indicator; BUM Desa with a trained manager. region: any region code (default: your own ' +
            'region); or kawasanId. For administrators and facilitators of the region, and the managers and ' +
            'facilitators of the kawasan (404 otherwise).',
          querystring: DashboardQuerySchema,
          response: { 200: DashboardSchema, ...readProblems },
        },
      },
      (request) => dashboards.dashboard(request.actor, request.query),
    );

    app.get(
      '/api/pelatihan/dasbor.xlsx',
      {
        schema: {
          tags,
          summary: 'The training dashboard as an XLSX workbook (one sheet per breakdown)',
          querystring: DashboardQuerySchema,
          response: { 200: z.any().describe('XLSX workbook'), ...readProblems },
        },
      },
      async (request, reply) => {
        const file = await dashboards.exportXlsx(request.actor, request.query);
        return reply.headers(downloadHeaders(file)).send(file.body);
      },
    );
  };
}
