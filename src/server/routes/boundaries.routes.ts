import { gunzipSync } from 'node:zlib';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MapLayerSchema,
  MapQuerySchema,
  RegionNeighboursSchema,
} from '../../contracts/boundaries.contract.ts';
import { ProblemSchema } from '../../contracts/problem.contract.ts';
import { RegionCodeParamsSchema } from '../../contracts/regions.contract.ts';
import type { AdjacencyService } from '../../services/boundaries/adjacency.service.ts';
import type { BoundaryMapService } from '../../services/boundaries/boundary-map.service.ts';

/** Layers change only with an import; browsers revalidate hourly with the etag (a 304 costs one indexed read). */
const CACHE_CONTROL = 'public, max-age=3600, must-revalidate';

/** The opaque part of an entity tag, for the weak comparison If-None-Match uses (RFC 9110 §13.1.2). */
const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

export function matchesEtag(ifNoneMatch: string, etag: string): boolean {
  const wanted = opaque(etag);
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** Whether Accept-Encoding allows gzip (explicitly or by `*`, with a non-zero quality). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== 'x-gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** Map layers of imported boundaries (public, sent compressed as stored) and desa neighbours. */
export function boundaryRoutes(maps: BoundaryMapService, adjacency: AdjacencyService): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/regions/:code/neighbours',
      {
        schema: {
          tags: ['wilayah'],
          summary: 'The desa and kelurahan next to a desa, from the imported boundaries',
          description:
            'Two desa are neighbours when their boundaries come within 30 m of each other or overlap (the ' +
            'boundaries are simplified, so neighbours rarely share vertices); computed at each boundary import. ' +
            '400 for a code that is not a desa, 404 until its boundary is imported (`kawasan import boundaries`). ' +
            'Batas wilayah: Badan Informasi Geospasial.',
          params: RegionCodeParamsSchema,
          response: {
            200: RegionNeighboursSchema,
            400: ProblemSchema,
            404: ProblemSchema,
            503: ProblemSchema,
          },
        },
      },
      async (request) => adjacency.neighbours(request.params.code),
    );

    app.get(
      '/api/regions/:code/map',
      {
        schema: {
          tags: ['wilayah'],
          summary:
            'Boundaries of the desa (or kecamatan, kabupaten) inside a province or kabupaten, for a map',
          description:
            'The layer built at import, sent as stored with content-encoding gzip (decompressed for a client ' +
            'that does not accept gzip), an etag and 304 on If-None-Match. 404 until boundaries are imported ' +
            '(`kawasan import boundaries`). Batas wilayah: Badan Informasi Geospasial.',
          params: RegionCodeParamsSchema,
          querystring: MapQuerySchema,
          response: { 200: MapLayerSchema, 400: ProblemSchema, 404: ProblemSchema, 503: ProblemSchema },
        },
      },
      async (request, typedReply) => {
        const { code } = request.params;
        const { level } = request.query;
        // The body goes out as the stored bytes, never serialised; the schema documents what they decode to.
        const reply = typedReply as unknown as FastifyReply;
        reply.header('cache-control', CACHE_CONTROL).header('vary', 'accept-encoding');
        const ifNoneMatch = request.headers['if-none-match'];
        if (ifNoneMatch) {
          const etag = await maps.etag(code, level);
          if (matchesEtag(ifNoneMatch, etag)) return reply.code(304).header('etag', etag).send();
        }
        const layer = await maps.layer(code, level);
        const body = Buffer.from(layer.body.buffer, layer.body.byteOffset, layer.body.byteLength);
        reply.header('etag', layer.etag).type('application/json; charset=utf-8');
        if (acceptsGzip(request.headers['accept-encoding']))
          return reply.header('content-encoding', 'gzip').send(body);
        return reply.send(gunzipSync(body));
      },
    );
  };
}
