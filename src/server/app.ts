/**
 * The Fastify application: API under /api, OpenAPI at /api/docs, the built web app everywhere else.
 * Dependencies are passed in, so tests build the same app on PGlite or PostgreSQL.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/client.ts';
import { AppError } from '../domain/errors.ts';
import { createRegionService } from '../services/regions/region.service.ts';
import { registerProblemHandler, sendProblem } from './plugins/problem.plugin.ts';
import { healthRoutes } from './routes/health.routes.ts';
import { regionRoutes } from './routes/regions.routes.ts';

/** `.js`, `.css`, `.png`… but not the digits of a dotted region code (`/wilayah/33.74.01.1001`). */
const FILE_EXTENSION = /\.[a-z][a-z0-9]{0,7}$/i;

export interface AppOptions {
  db: Database;
  version: string;
  /** Directory of the built web app (`dist/web`); omitted in API-only tests. */
  webDir?: string;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ db, version, webDir, logger = false }: AppOptions) {
  const app = Fastify({ logger, trustProxy: true }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandler(app);

  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Kawasan API',
        description: 'Pembangunan Kawasan Perdesaan Berbasis Pengembangan Masyarakat',
        version,
      },
      tags: [
        { name: 'wilayah', description: 'Administrative regions (Kemendagri codes)' },
        { name: 'platform', description: 'Health and operations' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(healthRoutes(db, version));
  await app.register(regionRoutes(createRegionService(db.orm)));

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
