import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiUrl, getJson, sendJson } from './api-client';
import {
  ApiError,
  fieldErrorsOf,
  isBadRequest,
  isNotFound,
  isRetryable,
  isTooManyRequests,
  parseRetryAfter,
} from './api-error';
import { setCsrfToken } from './csrf-token';

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

describe('sendJson', () => {
  afterEach(() => setCsrfToken(null));

  it("sends the body as JSON with the session's CSRF token", async () => {
    const fetchMock = respond(201, '{"id":"u1"}');
    setCsrfToken('csrf-123');
    await expect(sendJson('POST', '/api/users', { name: 'Budi' })).resolves.toEqual({ id: 'u1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/users');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"Budi"}');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json', 'x-csrf-token': 'csrf-123' });
  });

  it('resolves to undefined for 204 and sends no token when signed out', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(sendJson('DELETE', '/api/me/tokens/1')).resolves.toBeUndefined();
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.headers).not.toHaveProperty('x-csrf-token');
    expect(init.body).toBeUndefined();
  });

  it('reads Retry-After from a 429 and the fields of a 400', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('{"title":"Terlalu banyak percobaan","status":429,"detail":"Tunggu."}', {
            status: 429,
            headers: { 'content-type': 'application/problem+json', 'retry-after': '42' },
          }),
      ),
    );
    const limited = await sendJson('POST', '/api/auth/login', {}).catch((e: unknown) => e);
    expect(isTooManyRequests(limited)).toBe(true);
    expect(limited).toMatchObject({ retryAfterSeconds: 42, message: 'Tunggu.' });

    const problem = {
      title: 'Masukan tidak sah',
      status: 400,
      detail: 'x',
      errors: [
        { field: 'username', message: 'Nama pengguna sudah dipakai.' },
        { field: 'body.assignments.0.scope.code', message: 'Kode salah.' },
        { field: 'username', message: 'second' },
      ],
    };
    respond(400, JSON.stringify(problem), 'application/problem+json');
    const invalid = await sendJson('POST', '/api/users', {}).catch((e: unknown) => e);
    expect(fieldErrorsOf(invalid)).toEqual({
      username: 'Nama pengguna sudah dipakai.',
      'assignments.0.scope.code': 'Kode salah.',
    });
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds or an HTTP date', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:30 GMT', now)).toBe(90);
  });
});
