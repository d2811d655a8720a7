/**
 * The Fastify application: API under /api, OpenAPI at /api/docs, the built web app everywhere else.
 * Dependencies are passed in, so tests build the same app on PGlite or PostgreSQL.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { AppError } from '../domain/errors.ts';
import { createAccountService } from '../services/access/account.service.ts';
import { createAuditService } from '../services/access/audit.service.ts';
import { createSessionService } from '../services/access/session.service.ts';
import { createTokenService } from '../services/access/token.service.ts';
import { createAdjacencyService } from '../services/boundaries/adjacency.service.ts';
import { createBoundaryMapService } from '../services/boundaries/boundary-map.service.ts';
import { createConvergenceService } from '../services/dana-desa/convergence.service.ts';
import { createPlanService } from '../services/dana-desa/plan.service.ts';
import { createRealisationService } from '../services/dana-desa/realisation.service.ts';
import { createSummaryService } from '../services/dana-desa/summary.service.ts';
import { createBusinessDashboardService } from '../services/enterprise/business-dashboard.service.ts';
import { createBusinessUnitService } from '../services/enterprise/business-unit.service.ts';
import { createCapitalService } from '../services/enterprise/capital.service.ts';
import { createEnterpriseService } from '../services/enterprise/enterprise.service.ts';
import { createEnterpriseDocumentService } from '../services/enterprise/enterprise-documents.service.ts';
import { createPartnerService } from '../services/enterprise/partner.service.ts';
import { createReportService } from '../services/enterprise/report.service.ts';
import { createValueChainService } from '../services/enterprise/value-chain.service.ts';
import { createIndexExportService } from '../services/export/index-export.service.ts';
import { createActivityEntryService } from '../services/facilitation/activity-entry.service.ts';
import { createCoverageService } from '../services/facilitation/coverage.service.ts';
import { createEvidenceService } from '../services/facilitation/evidence.service.ts';
import { createFacilitatorService } from '../services/facilitation/facilitator.service.ts';
import { createMonthlyReportService } from '../services/facilitation/monthly-report.service.ts';
import type { NikSecret } from '../services/facilitation/nik-hash.ts';
import { createDocumentStore, filesDirFromEnv } from '../services/kawasan/document-store.ts';
import { createKawasanService } from '../services/kawasan/kawasan.service.ts';
import { createKawasanDashboardService } from '../services/kawasan/kawasan-dashboard.service.ts';
import { createKawasanDocumentService } from '../services/kawasan/kawasan-documents.service.ts';
import { createKawasanInstitutionService } from '../services/kawasan/kawasan-institutions.service.ts';
import { createKawasanRecommendationService } from '../services/kawasan/kawasan-recommendation.service.ts';
import { createMusyawarahService } from '../services/musyawarah/musyawarah.service.ts';
import { createProposalService } from '../services/musyawarah/proposal.service.ts';
import { createRegionService } from '../services/regions/region.service.ts';
import { createRpkpService } from '../services/rpkp/rpkp.service.ts';
import { createAttendanceService } from '../services/training/attendance.service.ts';
import { createCertificateService } from '../services/training/certificate.service.ts';
import { createFollowUpService } from '../services/training/follow-up.service.ts';
import { createProgrammeService } from '../services/training/programme.service.ts';
import { createProviderService } from '../services/training/provider.service.ts';
import { createReactionService } from '../services/training/reaction.service.ts';
import { createRegistrationService } from '../services/training/registration.service.ts';
import { createScoreService } from '../services/training/scores.service.ts';
import { createTrainingSessionService } from '../services/training/session.service.ts';
import { createTrainingDashboardService } from '../services/training/training-dashboard.service.ts';
import { createTrainingNeedsService } from '../services/training/training-needs.service.ts';
import { createIndexImportService } from '../services/village-index/index-import.service.ts';
import { createIndexSummaryService } from '../services/village-index/index-summary.service.ts';
import { createVillageIndexService } from '../services/village-index/village-index.service.ts';
import { registerAuth } from './plugins/auth.plugin.ts';
import { registerProblemHandler, sendProblem } from './plugins/problem.plugin.ts';
import { responseSerializerCompiler } from './plugins/response-serializer.ts';
import { activityLogRoutes } from './routes/activity-log.routes.ts';
import { auditRoutes } from './routes/audit.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { boundaryRoutes } from './routes/boundaries.routes.ts';
import { businessRoutes } from './routes/business.routes.ts';
import { convergenceRoutes } from './routes/convergence.routes.ts';
import { danaDesaRoutes } from './routes/dana-desa.routes.ts';
import { enterpriseRoutes } from './routes/enterprise.routes.ts';
import { enterpriseReportRoutes } from './routes/enterprise-report.routes.ts';
import { exportRoutes } from './routes/export.routes.ts';
import { facilitationReportRoutes } from './routes/facilitation-reports.routes.ts';
import { facilitatorRoutes } from './routes/facilitators.routes.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { indexImportRoutes } from './routes/index-import.routes.ts';
import { kawasanRoutes } from './routes/kawasan.routes.ts';
import { kawasanDocumentRoutes } from './routes/kawasan-documents.routes.ts';
import { kawasanRecommendationRoutes } from './routes/kawasan-recommendations.routes.ts';
import { musyawarahRoutes } from './routes/musyawarah.routes.ts';
import { regionRoutes } from './routes/regions.routes.ts';
import { rpkpRoutes } from './routes/rpkp.routes.ts';
import { trainingOutcomeRoutes } from './routes/training-outcome.routes.ts';
import { trainingParticipantRoutes } from './routes/training-participant.routes.ts';
import { trainingProgrammeRoutes } from './routes/training-programme.routes.ts';
import { userRoutes } from './routes/users.routes.ts';
import { villageIndexRoutes } from './routes/village-index.routes.ts';

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: readonly { method: string; url: string }[];
  }
}

/** JSON requests are small; uploads get their own limits on their routes. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** `.js`, `.css`, `.png`… but not the digits of a dotted region code (`/wilayah/33.74.01.1001`). */
const FILE_EXTENSION = /\.[a-z][a-z0-9]{0,7}$/i;

export interface AppOptions {
  db: Database;
  version: string;
  /** The clock; tests move it to expire sessions. */
  now?: () => Date;
  /** Trust X-Forwarded-* from a reverse proxy (for client addresses and https). */
  trustProxy?: boolean;
  /** Directory of the built web app (`dist/web`); omitted in API-only tests. */
  webDir?: string;
  /** Where uploaded documents are stored; by default `berkas/` in the data directory. */
  filesDir?: string;
  /** Secret of the NIK hash; by default `KAWASAN_NIK_SECRET` or `nik-secret` in the data directory. */
  nikSecret?: NikSecret | string;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({
  db,
  version,
  webDir,
  filesDir = filesDirFromEnv(),
  logger = false,
  now = () => new Date(),
  trustProxy = false,
  nikSecret,
}: AppOptions) {
  const app = Fastify({
    logger,
    trustProxy,
    bodyLimit: BODY_LIMIT_BYTES,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  // The route table, for the authorisation matrix test and for people reading /api/docs.
  const routeTable: { method: string; url: string }[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  app.decorate('routeTable', routeTable);
  registerProblemHandler(app);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets inline styles; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    referrerPolicy: { policy: 'same-origin' },
  });
  // A province's desa list is about 1.3 MB of JSON and the web bundle is larger still: on a
  // phone's connection compression matters more than the few milliseconds it costs. Bodies
  // that are already compressed (the stored map layers) are sent as they are.
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });

  const deps = { db, now };
  const sessions = createSessionService(deps);
  const tokens = createTokenService(deps);
  await registerAuth(app, { sessions, tokens });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Kawasan API',
        description: 'Pembangunan Kawasan Perdesaan Berbasis Pengembangan Masyarakat',
        version,
      },
      tags: [
        { name: 'wilayah', description: 'Administrative regions (Kemendagri codes)' },
        { name: 'indeks desa', description: 'Village development indices (IDM, Indeks Desa)' },
        {
          name: 'kawasan',
          description: 'Kawasan perdesaan: registry, lifecycle, institutions, documents, recommender',
        },
        { name: 'akun', description: 'Signing in, own account, API tokens' },
        { name: 'pengguna', description: 'Account administration within a region scope' },
        { name: 'audit', description: 'The audit log of every change' },
        {
          name: 'pendampingan',
          description: 'Pendampingan: facilitators, assignments, activity log, review, reports, coverage',
        },
        {
          name: 'pelatihan',
          description: 'Pelatihan: providers, programmes, sessions, participants, outcomes, certificates',
        },
        {
          name: 'usaha',
          description: 'Stimulan usaha: enterprises (BUM Desa, BUM Desa Bersama, cooperatives), partners',
        },
        {
          name: 'dana desa',
          description:
            'Dana Desa: rule sets per fiscal year, village plans and their checks, realisation, summaries',
        },
        { name: 'platform', description: 'Health and operations' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  const indices = createVillageIndexService(db.orm);
  const summaries = createIndexSummaryService(db.orm);
  await app.register(healthRoutes(db, version));
  await app.register(regionRoutes(createRegionService(db.orm)));
  await app.register(boundaryRoutes(createBoundaryMapService(db.orm), createAdjacencyService(db.orm)));
  await app.register(villageIndexRoutes(indices, summaries));
  await app.register(exportRoutes(createIndexExportService(summaries, indices)));
  await app.register(indexImportRoutes(createIndexImportService(deps)));
  const registry = createKawasanService(deps);
  await app.register(
    kawasanRoutes({
      registry,
      institutions: createKawasanInstitutionService(deps),
      dashboards: createKawasanDashboardService(db),
    }),
  );
  await app.register(
    kawasanDocumentRoutes(createKawasanDocumentService({ ...deps, files: createDocumentStore(filesDir) })),
  );
  await app.register(kawasanRecommendationRoutes(createKawasanRecommendationService(deps, registry)));
  await app.register(
    musyawarahRoutes({ meetings: createMusyawarahService(deps), proposals: createProposalService(deps) }),
  );
  await app.register(rpkpRoutes(createRpkpService(deps)));
  await app.register(
    activityLogRoutes({
      entries: createActivityEntryService(deps),
      // Evidence files in their own folder of the store: a kawasan document removed never takes one along.
      evidence: createEvidenceService({
        ...deps,
        files: createDocumentStore(join(filesDir, 'pendampingan')),
      }),
    }),
  );
  await app.register(
    facilitatorRoutes(createFacilitatorService({ ...deps, ...(nikSecret ? { nikSecret } : {}) })),
  );
  await app.register(
    facilitationReportRoutes({
      reports: createMonthlyReportService(deps),
      coverage: createCoverageService(deps),
    }),
  );
  await app.register(
    trainingProgrammeRoutes({
      providers: createProviderService(deps),
      programmes: createProgrammeService(deps),
      sessions: createTrainingSessionService(deps),
    }),
  );
  await app.register(
    trainingParticipantRoutes({
      registrations: createRegistrationService({ ...deps, ...(nikSecret ? { nikSecret } : {}) }),
      attendance: createAttendanceService(deps),
      scores: createScoreService(deps),
      reactions: createReactionService(deps),
    }),
  );
  await app.register(
    trainingOutcomeRoutes({
      followUps: createFollowUpService(deps),
      certificates: createCertificateService(deps),
      needs: createTrainingNeedsService(deps),
      dashboards: createTrainingDashboardService(deps),
    }),
  );
  await app.register(
    enterpriseRoutes({
      enterprises: createEnterpriseService(deps),
      // Enterprise documents in their own folder of the store.
      documents: createEnterpriseDocumentService({
        ...deps,
        files: createDocumentStore(join(filesDir, 'usaha')),
      }),
      partners: createPartnerService(deps),
    }),
  );
  await app.register(
    enterpriseReportRoutes({
      reports: createReportService(deps),
      dashboards: createBusinessDashboardService(deps),
    }),
  );
  await app.register(
    businessRoutes({
      units: createBusinessUnitService(deps),
      capital: createCapitalService(deps),
      valueChain: createValueChainService(deps),
    }),
  );
  await app.register(
    danaDesaRoutes({
      plans: createPlanService(deps),
      realisation: createRealisationService(deps),
      summaries: createSummaryService(deps),
    }),
  );
  await app.register(convergenceRoutes(createConvergenceService(deps)));
  await app.register(authRoutes(sessions, tokens));
  await app.register(userRoutes(createAccountService(deps)));
  await app.register(auditRoutes(createAuditService(db.orm)));

  const indexHtml = webDir ? join(webDir, 'index.html') : null;
  const hasWeb = indexHtml !== null && existsSync(indexHtml);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir!,
      index: 'index.html',
      setHeaders: (reply, path) => {
        // Built assets carry a content hash in their names: cache them for good. The page
        // itself is revalidated, so a new release is picked up at once.
        const hashed = path.includes(`${sep}assets${sep}`);
        reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // A missing file (/assets/x.js) is a 404; any other page path is a route of the web app.
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !FILE_EXTENSION.test(path);
    if (isPage && hasWeb) {
      // Client-side routes (/wilayah/3374011001) all load the single-page app.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    }
    return sendProblem(
      reply,
      AppError.notFound(`Tidak ada ${request.method} ${request.url.split('?')[0]}.`),
      request,
    );
  });
  return app;
}
export type App = Awaited<ReturnType<typeof buildApp>>;
