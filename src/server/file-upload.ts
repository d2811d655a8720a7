/**
 * Routes whose body is a file: in the scope they are registered in, every body is the request's
 * bytes whatever the client labels it (browsers and curl label files every way), up to a limit,
 * and a body over it answers 413 with a message about that file, not about requests in general.
 */
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../domain/errors.ts';

const withZod = (scope: FastifyInstance) => scope.withTypeProvider<ZodTypeProvider>();
/** The scope's instance, typed for zod schemas like every other route. */
export type UploadRoutes = ReturnType<typeof withZod>;

export interface FileUploadScope {
  limitBytes: number;
  /** The 413 message; without it the server's general one is kept. */
  tooLargeMessage?: string;
}

/** Registers `routes` in a scope whose bodies are file bytes (see the module comment). */
export async function fileUploadScope(
  app: FastifyInstance,
  options: FileUploadScope,
  routes: (uploads: UploadRoutes) => void,
): Promise<void> {
  await app.register(async (scope) => {
    const uploads = withZod(scope);
    uploads.removeContentTypeParser(['application/json', 'text/plain']);
    uploads.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: options.limitBytes },
      (_request, body, done) => done(null, body),
    );
    const message = options.tooLargeMessage;
    if (message) {
      uploads.setErrorHandler((err: FastifyError) => {
        if (err.statusCode === 413) throw new AppError('too_large', message, [{ field: 'body', message }]);
        throw err;
      });
    }
    routes(uploads);
  });
}

/** An `onRequest` hook refusing a signed-out upload before its bytes are read. */
export function signedInToUpload(message: string) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!request.actor) throw new AppError('unauthenticated', message);
  };
}

/** The uploaded bytes, or a 400 when the body is empty (`what`: the file, as the message names it). */
export function uploadedBytes(body: unknown, what = 'berkasnya'): Uint8Array {
  if (!(body instanceof Uint8Array) || body.byteLength === 0) {
    throw AppError.invalid(
      'body',
      `Isi permintaan kosong: kirim ${what} sebagai isi permintaan (application/octet-stream).`,
    );
  }
  return body;
}
