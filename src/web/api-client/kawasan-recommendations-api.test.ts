import { describe, expect, it } from 'vitest';
import { isNotFound } from './api-error';
import { setCsrfToken } from './csrf-token';
import { kawasanRecommendationsApi } from './kawasan-recommendations-api';
import { respond, restoreFetchAfterEach } from './testing';

function call(fetchMock: ReturnType<typeof respond>, i = 0) {
  const [url, init] = fetchMock.mock.calls[i] as unknown as [string, RequestInit];
  return { url, init, body: init.body === undefined ? undefined : JSON.parse(String(init.body)) };
}

const RUN_ID = '7f0c8a3e-4b1d-4c55-9a55-0c8d6a1b2c3d';

restoreFetchAfterEach();

describe('kawasanRecommendationsApi', () => {
  it('runs the recommender with only the options given, and the CSRF token', async () => {
    setCsrfToken('csrf-1');
    const fetchMock = respond(201, { id: RUN_ID, seed: 99 });
    await expect(kawasanRecommendationsApi.run({ kabupatenCode: '3328' })).resolves.toEqual({
      id: RUN_ID,
      seed: 99,
    });
    const first = call(fetchMock);
    expect(first.url).toBe('/api/kawasan/recommendations');
    expect(first.init.method).toBe('POST');
    expect(first.body).toEqual({ kabupatenCode: '3328' });
    expect(first.init.headers).toMatchObject({ 'x-csrf-token': 'csrf-1' });

    await kawasanRecommendationsApi.run({ kabupatenCode: '3328', seed: 0, minSize: 2, maxSize: 6 });
    // A seed of 0 is a real seed, not "none".
    expect(call(fetchMock, 1).body).toEqual({ kabupatenCode: '3328', seed: 0, minSize: 2, maxSize: 6 });
  });

  it('reads a stored run by its id', async () => {
    const fetchMock = respond(200, { id: RUN_ID, proposals: [] });
    await expect(kawasanRecommendationsApi.get(RUN_ID)).resolves.toMatchObject({ id: RUN_ID });
    expect(call(fetchMock).url).toBe(`/api/kawasan/recommendations/${RUN_ID}`);
    expect(call(fetchMock).init.method).toBeUndefined();
  });

  it('reports an unknown run as not found', async () => {
    respond(404, { title: 'Tidak ditemukan', status: 404, detail: 'Hasil rekomendasi tidak ditemukan.' });
    const error = await kawasanRecommendationsApi.get(RUN_ID).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
    expect(error).toMatchObject({ message: 'Hasil rekomendasi tidak ditemukan.' });
  });

  it('turns a proposal into a kawasan', async () => {
    setCsrfToken('csrf-2');
    const fetchMock = respond(201, { id: 'k1', state: 'usulan' });
    const body = { name: 'Kawasan Jatisari', theme: 'agropolitan', commodities: ['padi'] };
    await expect(kawasanRecommendationsApi.toKawasan(RUN_ID, 'U2', body)).resolves.toMatchObject({
      id: 'k1',
      state: 'usulan',
    });
    const sent = call(fetchMock);
    expect(sent.url).toBe(`/api/kawasan/recommendations/${RUN_ID}/proposals/U2/kawasan`);
    expect(sent.init.method).toBe('POST');
    expect(sent.body).toEqual(body);
    expect(sent.init.headers).toMatchObject({ 'x-csrf-token': 'csrf-2' });
  });
});
