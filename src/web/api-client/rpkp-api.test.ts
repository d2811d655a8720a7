import { describe, expect, it } from 'vitest';
import { setCsrfToken } from './csrf-token';
import { rpkpApi, rpkpExportUrl } from './rpkp-api';
import { lastCall, respond, restoreFetchAfterEach } from './testing';

const ID = '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60';
const DOC = '7f1e2d3c-4b5a-4968-8776-655443322110';

restoreFetchAfterEach();

const plan = {
  period: { startYear: 2026, endYear: 2030 },
  vision: 'Kawasan kopi yang mandiri',
  strategies: [],
  programmes: [],
};

describe('rpkpApi reads', () => {
  it('reads the versions, one version, its convergence, progress and the public plan', async () => {
    const fetchMock = respond(200, {});
    await rpkpApi.list(ID);
    expect(lastCall(fetchMock)).toMatchObject({ url: `/api/kawasan/${ID}/rpkp`, method: 'GET' });
    await rpkpApi.get(ID, 2);
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${ID}/rpkp/2`);
    await rpkpApi.convergence(ID, 2);
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${ID}/rpkp/2/convergence`);
    await rpkpApi.progress(ID, 'K-1.2');
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${ID}/rpkp/activities/K-1.2/progress`);
    await rpkpApi.publicPlan(ID);
    expect(lastCall(fetchMock).url).toBe(`/api/public/kawasan/${ID}/rpkp`);
  });

  it('links the PDF and XLSX exports of a version', () => {
    expect(rpkpExportUrl(ID, 3, 'pdf')).toBe(`/api/kawasan/${ID}/rpkp/3/export.pdf`);
    expect(rpkpExportUrl(ID, 3, 'xlsx')).toBe(`/api/kawasan/${ID}/rpkp/3/export.xlsx`);
  });

  it('escapes an activity id in the path', async () => {
    const fetchMock = respond(200, {});
    await rpkpApi.progress(ID, 'a/b');
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${ID}/rpkp/activities/a%2Fb/progress`);
  });
});

describe('rpkpApi changes', () => {
  it.each([
    [
      'create',
      () => rpkpApi.create(ID, { title: 'RPKP 2026–2030' }),
      'POST',
      `/api/kawasan/${ID}/rpkp`,
      {
        title: 'RPKP 2026–2030',
      },
    ],
    ['create without title', () => rpkpApi.create(ID), 'POST', `/api/kawasan/${ID}/rpkp`, {}],
    ['save plan', () => rpkpApi.savePlan(ID, 1, { plan }), 'PUT', `/api/kawasan/${ID}/rpkp/1/plan`, { plan }],
    [
      'approve',
      () =>
        rpkpApi.transition(ID, 1, {
          action: 'approve',
          regulation: { number: 'Perbup 12 Tahun 2026', date: '2026-03-14', documentId: DOC },
        }),
      'POST',
      `/api/kawasan/${ID}/rpkp/1/transitions`,
      {
        action: 'approve',
        regulation: { number: 'Perbup 12 Tahun 2026', date: '2026-03-14', documentId: DOC },
      },
    ],
    [
      'progress',
      () =>
        rpkpApi.reportProgress(ID, 'K1', {
          reportedOn: '2026-08-17',
          status: 'berjalan',
          progressBp: 3750,
          spent: '125000000',
          documentIds: [DOC],
        }),
      'POST',
      `/api/kawasan/${ID}/rpkp/activities/K1/progress`,
      {
        reportedOn: '2026-08-17',
        status: 'berjalan',
        progressBp: 3750,
        spent: '125000000',
        documentIds: [DOC],
      },
    ],
  ] as const)('%s sends its body with the CSRF token', async (_name, call, method, url, body) => {
    setCsrfToken('csrf-1');
    const fetchMock = respond(200, { version: 1 });
    await call();
    const sent = lastCall(fetchMock);
    expect(sent).toMatchObject({ url, method });
    expect(sent.body).toEqual(body);
    expect(sent.headers['x-csrf-token']).toBe('csrf-1');
  });

  it('rejects with the problem and its field errors', async () => {
    respond(400, {
      type: 'about:blank',
      title: 'Data tidak valid',
      status: 400,
      detail: 'Syarat "kelengkapan RPKP" belum terpenuhi.',
      code: 'invalid_input',
      errors: [{ field: 'plan.programmes[0].activities[0].budget', message: 'Anggaran wajib diisi.' }],
    });
    await expect(rpkpApi.transition(ID, 1, { action: 'submit' })).rejects.toMatchObject({
      kind: 'problem',
      status: 400,
      message: 'Syarat "kelengkapan RPKP" belum terpenuhi.',
      problem: { errors: [{ field: 'plan.programmes[0].activities[0].budget' }] },
    });
  });
});
