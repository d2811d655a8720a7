import { describe, expect, it } from 'vitest';
import { setCsrfToken } from './csrf-token';
import { kawasanApi, kawasanDocumentUrl } from './kawasan-api';
import { FakeRequest, lastCall, respond, restoreFetchAfterEach } from './testing';

const ID = '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60';
const DOC = '7f1e2d3c-4b5a-4968-8776-655443322110';

restoreFetchAfterEach();

describe('kawasanApi reads', () => {
  it('lists with only the filters given', async () => {
    const fetchMock = respond(200, { items: [], page: 2, pageSize: 20, total: 0 });
    await kawasanApi.list({ state: 'usulan', q: 'bahari', page: 2, pageSize: 20 });
    expect(lastCall(fetchMock).url).toBe('/api/kawasan?state=usulan&q=bahari&page=2&pageSize=20');
    await kawasanApi.list({ page: 1, pageSize: 20, q: '' });
    expect(lastCall(fetchMock).url).toBe('/api/kawasan?page=1&pageSize=20');
  });

  it('reads themes, a kawasan and its dashboard', async () => {
    const fetchMock = respond(200, {});
    await kawasanApi.themes();
    expect(lastCall(fetchMock).url).toBe('/api/kawasan/themes');
    await kawasanApi.get(ID);
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${ID}`);
    await kawasanApi.dashboard(ID);
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${ID}/dashboard`);
  });

  it('links documents for download', () => {
    expect(kawasanDocumentUrl(ID, DOC)).toBe(`/api/kawasan/${ID}/documents/${DOC}`);
  });
});

describe('kawasanApi changes', () => {
  it.each([
    [
      'create',
      () =>
        kawasanApi.create({ name: 'Kawasan Bahari', kabupatenCodes: ['3328'], commodities: [], members: [] }),
      'POST',
      '/api/kawasan',
      { name: 'Kawasan Bahari', kabupatenCodes: ['3328'], commodities: [], members: [] },
    ],
    [
      'update',
      () => kawasanApi.update(ID, { name: 'Baru' }),
      'PATCH',
      `/api/kawasan/${ID}`,
      { name: 'Baru' },
    ],
    [
      'members',
      () => kawasanApi.setMembers(ID, ['3328012001', '3328012002']),
      'PUT',
      `/api/kawasan/${ID}/members`,
      { members: ['3328012001', '3328012002'] },
    ],
    [
      'transition',
      () => kawasanApi.transition(ID, { action: 'reject', reason: 'Belum ada berita acara.' }),
      'POST',
      `/api/kawasan/${ID}/transitions`,
      { action: 'reject', reason: 'Belum ada berita acara.' },
    ],
    [
      'document',
      () => kawasanApi.updateDocument(ID, DOC, { public: true }),
      'PATCH',
      `/api/kawasan/${ID}/documents/${DOC}`,
      { public: true },
    ],
    [
      'institution',
      () => kawasanApi.saveInstitution(ID, 'bkad', { name: 'BKAD Bahari', members: [] }),
      'PUT',
      `/api/kawasan/${ID}/institutions/bkad`,
      { name: 'BKAD Bahari', members: [] },
    ],
    [
      'theme',
      () => kawasanApi.createTheme({ code: 'bahari', label: 'Bahari' }),
      'POST',
      '/api/kawasan/themes',
      { code: 'bahari', label: 'Bahari' },
    ],
  ] as const)('%s sends its body with the CSRF token', async (_name, call, method, url, body) => {
    setCsrfToken('csrf-1');
    const fetchMock = respond(200, { id: ID });
    await call();
    const sent = lastCall(fetchMock);
    expect(sent).toMatchObject({ url, method, body });
    expect(sent.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('deletes documents and institutions', async () => {
    const fetchMock = respond(204, null);
    await expect(kawasanApi.deleteDocument(ID, DOC)).resolves.toBeUndefined();
    expect(lastCall(fetchMock)).toMatchObject({
      url: `/api/kawasan/${ID}/documents/${DOC}`,
      method: 'DELETE',
    });
    await kawasanApi.deleteInstitution(ID, 'tkpkp');
    expect(lastCall(fetchMock)).toMatchObject({
      url: `/api/kawasan/${ID}/institutions/tkpkp`,
      method: 'DELETE',
    });
  });
});

describe('kawasanApi.uploadDocument', () => {
  const file = Object.assign(new Blob(['%PDF-1.7']), { name: 'SK Bupati 12.pdf' });

  it('posts the raw file with its name, kind, title and visibility, reporting progress', async () => {
    setCsrfToken('csrf-2');
    const request = new FakeRequest();
    const progress: number[] = [];
    const promise = kawasanApi.uploadDocument({
      kawasanId: ID,
      file,
      kind: 'sk',
      title: 'SK Penetapan',
      public: true,
      onProgress: (f) => progress.push(f),
      createRequest: () => request as unknown as XMLHttpRequest,
    });
    expect(request.method).toBe('POST');
    expect(request.url).toBe(
      `/api/kawasan/${ID}/documents?fileName=SK+Bupati+12.pdf&kind=sk&title=SK+Penetapan&public=true`,
    );
    expect(request.headers).toMatchObject({
      'content-type': 'application/octet-stream',
      'x-csrf-token': 'csrf-2',
    });
    expect(request.sent).toBe(file);
    request.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 });
    request.answer(201, { id: DOC, kind: 'sk' });
    await expect(promise).resolves.toEqual({ id: DOC, kind: 'sk' });
    expect(progress).toEqual([0.25]);
  });

  it('rejects a file too large with the server problem', async () => {
    const request = new FakeRequest();
    const promise = kawasanApi.uploadDocument({
      kawasanId: ID,
      file,
      kind: 'peta',
      title: 'Peta',
      public: false,
      createRequest: () => request as unknown as XMLHttpRequest,
    });
    expect(request.url).toContain('public=false');
    request.answer(413, { title: 'Berkas terlalu besar', status: 413, detail: 'Paling besar 20 MB.' });
    await expect(promise).rejects.toMatchObject({
      kind: 'problem',
      status: 413,
      message: 'Paling besar 20 MB.',
    });
  });
});
