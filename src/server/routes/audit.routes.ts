import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPageSchema, AuditQuerySchema } from '../../contracts/audit.contract.ts';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import type { createAuditService } from '../../services/access/audit.service.ts';

/** The audit log, read-only, within the reader's scope. */
export function auditRoutes(audit: ReturnType<typeof createAuditService>): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Changes by resource or by user, newest first',
          querystring: AuditQuerySchema,
          response: { 200: AuditPageSchema, 400: ProblemSchema, 401: ProblemSchema },
        },
      },
      (request) => audit.list(request.actor, request.query),
    );
  };
}
