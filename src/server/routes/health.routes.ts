import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HealthSchema, PingSchema } from '../../contracts/health.contract.ts';
import type { Database } from '../../db/client.ts';

/** Liveness (`/api/ping`) and readiness with database reachability (`/api/health`). */
export function healthRoutes(db: Database, version: string): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/ping',
      {
        schema: {
          tags: ['platform'],
          summary: 'Liveness: the process answers (no database access)',
          response: { 200: PingSchema },
        },
      },
      () => ({ ok: true as const }),
    );

    app.get(
      '/api/health',
      {
        schema: {
          tags: ['platform'],
          summary: 'Server and database health',
          response: { 200: HealthSchema, 503: HealthSchema },
        },
      },
      async (_request, reply) => {
        try {
          const latencyMs = Math.round((await db.ping()) * 100) / 100;
          return { status: 'ok' as const, version, database: { engine: db.engine, ok: true, latencyMs } };
        } catch (err) {
          return reply.code(503).send({
            status: 'unavailable' as const,
            version,
            database: { engine: db.engine, ok: false, latencyMs: null, error: (err as Error).message },
          });
        }
      },
    );
  };
}
