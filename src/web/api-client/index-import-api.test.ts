import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { setCsrfToken } from './csrf-token';
import { indexFileKind, uploadIndexFile } from './index-import-api';
import { FakeRequest } from './testing';

const file = Object.assign(new Blob(['KODE_DESA\n']), { name: 'IDM 2024 Jateng.xlsx' });

function start(options: { dryRun?: boolean; signal?: AbortSignal; progress?: number[] } = {}) {
  const request = new FakeRequest();
  const promise = uploadIndexFile({
    file,
    kind: 'sheet',
    dryRun: options.dryRun ?? true,
    onProgress: (f) => options.progress?.push(f),
    ...(options.signal ? { signal: options.signal } : {}),
    createRequest: () => request as unknown as XMLHttpRequest,
  });
  return { request, promise };
}

afterEach(() => setCsrfToken(null));

describe('indexFileKind', () => {
  it.each([
    ['idm-2024.csv', 'sheet'],
    ['IDM 2024.XLSX', 'sheet'],
    ['idm.csv.gz', 'sheet'],
    ['lama.xls', 'sheet'], // the server explains how to convert it
    ['3374011001/2024.json', 'api'],
    ['jawaban-api.ZIP', 'api'],
    ['catatan.pdf', null],
    ['tanpa-akhiran', null],
  ])('%s → %s', (name, kind) => expect(indexFileKind(name)).toBe(kind));
});

describe('uploadIndexFile', () => {
  it('posts the file itself with its name, dry-run flag and CSRF token, and reports progress', async () => {
    setCsrfToken('csrf-123');
    const progress: number[] = [];
    const { request, promise } = start({ progress });
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/village-index/imports/sheet?fileName=IDM+2024+Jateng.xlsx&dryRun=true');
    expect(request.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/octet-stream',
      'x-csrf-token': 'csrf-123',
    });
    expect(request.sent).toBe(file);
    request.upload.onprogress?.({ lengthComputable: true, loaded: 5, total: 10 });
    request.upload.onprogress?.({ lengthComputable: false, loaded: 7, total: 0 });
    request.upload.onprogress?.({ lengthComputable: true, loaded: 10, total: 10 });
    request.answer(200, { kind: 'sheet', rows: 3 });
    await expect(promise).resolves.toEqual({ kind: 'sheet', rows: 3 });
    expect(progress).toEqual([0.5, 1]);
  });

  it('rejects with the problem, its line/column errors and Retry-After', async () => {
    const { request, promise } = start({ dryRun: false });
    expect(request.url).toContain('dryRun=false');
    const problem = {
      type: 'https://kawasan.id/problems/invalid-input',
      title: 'Masukan tidak sah',
      status: 400,
      detail: 'Berkas IDM 2024 Jateng.xlsx tidak dapat diimpor (1 masalah).',
      code: 'invalid_input',
      errors: [{ field: 'baris 12, kolom IKS_2024', message: 'Nilai "x" bukan angka antara 0 dan 1.' }],
    };
    request.answer(400, problem, { 'retry-after': '5' });
    const error = (await promise.catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'problem', status: 400, message: problem.detail, problem });
    expect(error.retryAfterSeconds).toBe(5);
  });

  it('rejects a network failure as retryable and an abort as AbortError', async () => {
    const failed = start();
    failed.request.onerror?.();
    await expect(failed.promise).rejects.toMatchObject({ kind: 'network' });

    const controller = new AbortController();
    const aborted = start({ signal: controller.signal });
    controller.abort();
    expect(aborted.request.aborted).toBe(true);
    await expect(aborted.promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects a 2xx answer that is not JSON', async () => {
    const { request, promise } = start();
    request.answer(200, '<html>');
    await expect(promise).rejects.toMatchObject({ kind: 'invalid-response', status: 200 });
  });
});
