/**
 * Every error leaves the server as RFC 9457 problem JSON with a stable `code` and the
 * offending fields named. This is the only place that maps error codes to HTTP statuses.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../contracts/problem.contract.ts';
import { isDatabaseUnavailable } from '../../db/unavailable.ts';
import { AppError, type ErrorCode, type FieldIssue } from '../../domain/errors.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  unavailable: 503,
  internal: 500,
};

const TITLES: Record<ErrorCode, string> = {
  invalid_input: 'Masukan tidak sah',
  unauthenticated: 'Perlu masuk',
  forbidden: 'Tidak diizinkan',
  not_found: 'Tidak ditemukan',
  conflict: 'Konflik',
  rate_limited: 'Terlalu banyak percobaan',
  too_large: 'Isi permintaan terlalu besar',
  unavailable: 'Layanan tidak tersedia',
  internal: 'Kesalahan server',
};

export function problemOf(error: AppError, instance?: string): Problem {
  return {
    type: `https://kawasan.id/problems/${error.code.replaceAll('_', '-')}`,
    title: TITLES[error.code],
    status: HTTP_STATUS[error.code],
    detail: error.message,
    code: error.code,
    ...(instance ? { instance } : {}),
    ...(error.issues.length ? { errors: error.issues } : {}),
  };
}

/** `67108864` → `64 MB`, `262144` → `256 KB`. */
function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function toAppError(err: FastifyError | Error, request: FastifyRequest): AppError {
  if (err instanceof AppError) return err;
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues: FieldIssue[] = err.validation.map((v) => ({
      field: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || (err.validationContext ?? 'request'),
      message: v.message ?? 'Nilai tidak sah.',
    }));
    return new AppError('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
  }
  if (isDatabaseUnavailable(err))
    return new AppError('unavailable', 'Basis data tidak dapat dihubungi. Coba lagi sebentar lagi.');
  const status = (err as FastifyError).statusCode;
  if (status === 404) return new AppError('not_found', err.message);
  if (status === 413) {
    // Each route may set its own limit (uploads take 64 MB, JSON requests 256 KB): name the one hit.
    const limit = formatLimit(request.routeOptions.bodyLimit ?? request.server.initialConfig.bodyLimit ?? 0);
    const message = `Isi permintaan lebih besar dari ${limit}, batas untuk permintaan ini.`;
    return new AppError('too_large', message, [{ field: 'body', message }]);
  }
  if (status === 429)
    return new AppError('rate_limited', 'Terlalu banyak permintaan. Coba lagi sebentar lagi.', [], 60);
  if (status && status >= 400 && status < 500) return new AppError('invalid_input', err.message);
  return new AppError('internal', 'Terjadi kesalahan di server.');
}

export function sendProblem(reply: FastifyReply, error: AppError, request: FastifyRequest) {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply
    .code(HTTP_STATUS[error.code])
    .type('application/problem+json')
    .send(problemOf(error, request.url));
}

export function registerProblemHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    let error = toAppError(err, request);
    if (error.code === 'unauthenticated' && request.sessionEnded) {
      error = new AppError('unauthenticated', 'Sesi Anda sudah berakhir. Silakan masuk lagi.');
    }
    if (error.code === 'internal') request.log.error({ err }, 'unhandled error');
    else if (error.code === 'unavailable') request.log.warn({ err }, 'database unavailable');
    return sendProblem(reply, error, request);
  });
}
