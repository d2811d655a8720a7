import { describe, expect, it } from 'vitest';
import { isNotFound } from './api-error';
import { kawasanPublicApi } from './kawasan-public-api';
import { respond, restoreFetchAfterEach } from './testing';

const urlOf = (fetchMock: ReturnType<typeof respond>, i = 0) =>
  (fetchMock.mock.calls[i] as unknown as [string])[0];

const ID = '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6';

restoreFetchAfterEach();

describe('kawasanPublicApi', () => {
  it('lists designated kawasan, filtered by region when asked', async () => {
    const fetchMock = respond(200, { items: [], page: 1, pageSize: 20, total: 0 });
    await expect(kawasanPublicApi.list({})).resolves.toMatchObject({ total: 0 });
    expect(urlOf(fetchMock)).toBe('/api/public/kawasan');
    await kawasanPublicApi.list({ region: '3301', page: 2, pageSize: 20 });
    expect(urlOf(fetchMock, 1)).toBe('/api/public/kawasan?region=3301&page=2&pageSize=20');
  });

  it('reads the public page of a kawasan, and a 404 for one not designated', async () => {
    let fetchMock = respond(200, { id: ID, name: 'Kawasan Minapolitan' });
    await expect(kawasanPublicApi.kawasan(ID)).resolves.toMatchObject({ name: 'Kawasan Minapolitan' });
    expect(urlOf(fetchMock)).toBe(`/api/public/kawasan/${ID}`);

    fetchMock = respond(404, { title: 'Tidak ditemukan', status: 404, detail: 'Kawasan belum ditetapkan.' });
    const error = await kawasanPublicApi.kawasan(ID).catch((e: unknown) => e);
    expect(isNotFound(error)).toBe(true);
  });
});
