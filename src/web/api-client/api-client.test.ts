import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiUrl, getJson } from './api-client';
import { ApiError, isBadRequest, isNotFound, isRetryable } from './api-error';

function respond(status: number, body: string, contentType = 'application/json') {
  const fetchMock = vi.fn(
    async () => new Response(body, { status, headers: { 'content-type': contentType } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiUrl', () => {
  it('adds only the parameters that have a value', () => {
    expect(apiUrl('/api/regions/search', { q: 'miro to', within: undefined, limit: 20, x: '' })).toBe(
      '/api/regions/search?q=miro+to&limit=20',
    );
    expect(apiUrl('/api/regions')).toBe('/api/regions');
  });
});

describe('getJson', () => {
  it('returns the parsed body of a 2xx answer', async () => {
    const fetchMock = respond(200, '{"status":"ok"}');
    await expect(getJson('/api/health')).resolves.toEqual({ status: 'ok' });
    expect(fetchMock).toHaveBeenCalledWith('/api/health', expect.objectContaining({ signal: undefined }));
  });

  it("turns problem JSON into an ApiError carrying the server's detail", async () => {
    const problem = {
      type: 'https://kawasan.id/problems/invalid-input',
      title: 'Masukan tidak sah',
      status: 400,
      detail: 'Kode wilayah hanya boleh berisi angka dan titik.',
      code: 'invalid_input',
      errors: [{ field: 'code', message: 'Kode wilayah hanya boleh berisi angka dan titik.' }],
    };
    respond(400, JSON.stringify(problem), 'application/problem+json');
    const error = await getJson('/api/regions/12x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'problem', status: 400, message: problem.detail, problem });
    expect(isBadRequest(error)).toBe(true);
    expect(isRetryable(error)).toBe(false);
  });

  it('reports a 404 as not found and a 503 as worth retrying', async () => {
    respond(
      404,
      '{"title":"Tidak ditemukan","status":404,"detail":"Wilayah dengan kode 99 tidak ditemukan."}',
    );
    const notFound = await getJson('/api/regions/99').catch((e: unknown) => e);
    expect(isNotFound(notFound)).toBe(true);

    respond(503, '<html>Service Unavailable</html>', 'text/html');
    const unavailable = await getJson('/api/regions').catch((e: unknown) => e);
    expect(unavailable).toMatchObject({ kind: 'problem', status: 503, problem: null });
    expect(isRetryable(unavailable)).toBe(true);
  });

  it('reports an unreachable server as a retryable network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await getJson('/api/regions').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', status: null });
    expect(isRetryable(error)).toBe(true);
  });

  it('lets an aborted request fail with the abort error itself', async () => {
    const controller = new AbortController();
    controller.abort();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('aborted', 'AbortError');
      }),
    );
    const error = await getJson('/api/regions', undefined, controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
  });

  it('rejects a 2xx answer that is not JSON', async () => {
    respond(200, '<!doctype html><html></html>', 'text/html');
    await expect(getJson('/api/regions')).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});
