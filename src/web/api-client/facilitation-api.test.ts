import { describe, expect, it, vi } from 'vitest';
import type { CreateEntryBody } from '../../contracts/facilitation.contract';
import { fieldErrorsOf } from './api-error';
import { setCsrfToken } from './csrf-token';
import {
  createEntry,
  evidenceUrl,
  facilitationApi,
  monthlyReportUrl,
  uploadEvidence,
} from './facilitation-api';
import { lastCall, respond, restoreFetchAfterEach } from './testing';

const FID = '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60';
const EID = '7f1e2d3c-4b5a-4968-8776-655443322110';
const AID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const EVID = '9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a';

restoreFetchAfterEach();

const entryBody: CreateEntryBody = {
  idempotencyKey: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  date: '2026-03-10',
  place: { kind: 'desa', code: '3301012001' },
  category: 'motivasi_kelompok',
  topic: 'Rapat kelompok tani',
  participants: { perempuan: 4, laki_laki: 6 },
  groups: ['kelompok_tani'],
  activities: 'Membahas jadwal tanam dan pembagian pupuk.',
  outputs: 'Jadwal tanam disepakati',
  followUp: '',
  evidenceIds: [EVID],
  gps: { lat: -7.5, lon: 108.9 },
  submit: true,
};

const problem = {
  type: 'about:blank',
  title: 'Data tidak valid',
  status: 400,
  detail: 'Catatan kegiatan belum lengkap.',
  code: 'invalid_input',
  errors: [
    { field: 'body.participants', message: 'Jumlah peserta harus lebih dari nol.' },
    { field: 'topic', message: 'Topik wajib diisi, paling sedikit 3 karakter.' },
  ],
};

describe('facilitationApi reads', () => {
  it('reads my record, facilitators, one facilitator, entries, one entry, the report and coverage', async () => {
    const fetchMock = respond(200, {});
    await facilitationApi.mine();
    expect(lastCall(fetchMock)).toMatchObject({ url: '/api/pendampingan/saya', method: 'GET' });
    await facilitationApi.facilitators({ region: '3301', type: 'pld', q: 'Sri' });
    expect(lastCall(fetchMock).url).toBe('/api/pendampingan/pendamping?region=3301&type=pld&q=Sri');
    await facilitationApi.facilitators();
    expect(lastCall(fetchMock).url).toBe('/api/pendampingan/pendamping');
    await facilitationApi.facilitator(FID);
    expect(lastCall(fetchMock).url).toBe(`/api/pendampingan/pendamping/${FID}`);
    await facilitationApi.entry(EID);
    expect(lastCall(fetchMock).url).toBe(`/api/pendampingan/kegiatan/${EID}`);
    await facilitationApi.monthlyReport(FID, '2026-03');
    expect(lastCall(fetchMock).url).toBe(`/api/pendampingan/pendamping/${FID}/laporan-bulanan?month=2026-03`);
    await facilitationApi.coverage();
    expect(lastCall(fetchMock).url).toBe('/api/pendampingan/cakupan');
    await facilitationApi.coverage({ region: '330101', asOf: '2026-03-31' });
    expect(lastCall(fetchMock).url).toBe('/api/pendampingan/cakupan?region=330101&asOf=2026-03-31');
  });

  it('asks for the review queue with toReview=1 and leaves out empty filters', async () => {
    const fetchMock = respond(200, { items: [], total: 0 });
    await facilitationApi.entries({ toReview: true, limit: 100 });
    expect(lastCall(fetchMock).url).toBe('/api/pendampingan/kegiatan?limit=100&toReview=1');
    await facilitationApi.entries({ facilitatorId: FID, state: 'diajukan', toReview: false });
    expect(lastCall(fetchMock).url).toBe(`/api/pendampingan/kegiatan?facilitatorId=${FID}&state=diajukan`);
  });

  it('links evidence and the PDF and XLSX monthly reports', () => {
    expect(evidenceUrl(EVID)).toBe(`/api/pendampingan/bukti/${EVID}`);
    expect(monthlyReportUrl(FID, '2026-03', 'pdf')).toBe(
      `/api/pendampingan/pendamping/${FID}/laporan-bulanan.pdf?month=2026-03`,
    );
    expect(monthlyReportUrl(FID, '2026-03', 'xlsx')).toBe(
      `/api/pendampingan/pendamping/${FID}/laporan-bulanan.xlsx?month=2026-03`,
    );
  });

  it('escapes ids in the path', async () => {
    const fetchMock = respond(200, {});
    await facilitationApi.entry('a/b');
    expect(lastCall(fetchMock).url).toBe('/api/pendampingan/kegiatan/a%2Fb');
  });
});

describe('facilitationApi changes', () => {
  it.each([
    [
      'create facilitator',
      () =>
        facilitationApi.createFacilitator({
          username: 'pld-sri',
          type: 'pld',
          name: 'Sri Lestari',
          gender: 'perempuan',
          phone: '081234567890',
          homeRegionCode: '330101',
          activeFrom: '2026-01-01',
        }),
      'POST',
      '/api/pendampingan/pendamping',
      {
        username: 'pld-sri',
        type: 'pld',
        name: 'Sri Lestari',
        gender: 'perempuan',
        phone: '081234567890',
        homeRegionCode: '330101',
        activeFrom: '2026-01-01',
      },
    ],
    [
      'update facilitator',
      () => facilitationApi.updateFacilitator(FID, { supervisorId: null, activeTo: '2026-12-31' }),
      'PATCH',
      `/api/pendampingan/pendamping/${FID}`,
      { supervisorId: null, activeTo: '2026-12-31' },
    ],
    [
      'add assignment',
      () =>
        facilitationApi.addAssignment(FID, {
          place: { kind: 'desa', code: '3301012001' },
          from: '2026-01-01',
        }),
      'POST',
      `/api/pendampingan/pendamping/${FID}/penugasan`,
      { place: { kind: 'desa', code: '3301012001' }, from: '2026-01-01' },
    ],
    [
      'end assignment',
      () => facilitationApi.endAssignment(AID, { to: '2026-06-30' }),
      'POST',
      `/api/pendampingan/penugasan/${AID}/akhiri`,
      { to: '2026-06-30' },
    ],
    [
      'update entry',
      () => {
        const { idempotencyKey: _k, submit: _s, ...content } = entryBody;
        return facilitationApi.updateEntry(EID, content);
      },
      'PATCH',
      `/api/pendampingan/kegiatan/${EID}`,
      (() => {
        const { idempotencyKey: _k, submit: _s, ...content } = entryBody;
        return content;
      })(),
    ],
    [
      'return entry',
      () => facilitationApi.act(EID, { action: 'return', reason: 'Foto kegiatan belum dilampirkan.' }),
      'POST',
      `/api/pendampingan/kegiatan/${EID}/tindakan`,
      { action: 'return', reason: 'Foto kegiatan belum dilampirkan.' },
    ],
  ] as const)('%s sends its body with the CSRF token', async (_name, call, method, url, body) => {
    setCsrfToken('csrf-1');
    const fetchMock = respond(200, { id: FID });
    await call();
    const sent = lastCall(fetchMock);
    expect(sent).toMatchObject({ url, method });
    expect(sent.body).toEqual(body);
    expect(sent.headers['x-csrf-token']).toBe('csrf-1');
  });
});

describe('createEntry', () => {
  it('sends the entry with the CSRF token and tells a new entry (201) from a replay (200)', async () => {
    setCsrfToken('csrf-2');
    let fetchMock = respond(201, { id: EID, state: 'diajukan' });
    const created = await createEntry(entryBody);
    expect(created).toEqual({ status: 201, body: { id: EID, state: 'diajukan' } });
    const sent = lastCall(fetchMock);
    expect(sent).toMatchObject({ url: '/api/pendampingan/kegiatan', method: 'POST' });
    expect(sent.body).toEqual(entryBody);
    expect(sent.headers['x-csrf-token']).toBe('csrf-2');
    expect(sent.headers['content-type']).toBe('application/json');

    fetchMock = respond(200, { id: EID, state: 'diajukan' });
    expect((await createEntry(entryBody)).status).toBe(200);
  });

  it('rejects with the problem and keeps every field error', async () => {
    respond(400, problem);
    const error = await createEntry(entryBody).catch((e: unknown) => e);
    expect(error).toMatchObject({
      kind: 'problem',
      status: 400,
      message: 'Catatan kegiatan belum lengkap.',
      problem: { errors: problem.errors },
    });
    expect(fieldErrorsOf(error)).toEqual({
      participants: 'Jumlah peserta harus lebih dari nol.',
      topic: 'Topik wajib diisi, paling sedikit 3 karakter.',
    });
  });

  it('rejects a changed body under a used key with the 409 problem', async () => {
    respond(409, { ...problem, status: 409, title: 'Konflik', detail: 'Kunci sudah dipakai.', errors: [] });
    await expect(createEntry(entryBody)).rejects.toMatchObject({
      status: 409,
      message: 'Kunci sudah dipakai.',
    });
  });

  it('turns a failed connection into a network error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(createEntry(entryBody)).rejects.toMatchObject({ kind: 'network' });
  });
});

describe('uploadEvidence', () => {
  const sentInit = (fetchMock: ReturnType<typeof respond>) => {
    const [url, init] = fetchMock.mock.calls.at(-1) as unknown as [string, RequestInit];
    return { url, init, headers: init.headers as Record<string, string> };
  };

  it('posts the raw bytes under their file name with the blob type and answers the status', async () => {
    setCsrfToken('csrf-3');
    const fetchMock = respond(201, { id: EVID, fileName: 'foto 1.jpg' });
    const blob = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const answer = await uploadEvidence('foto 1.jpg', blob);
    expect(answer).toEqual({ status: 201, body: { id: EVID, fileName: 'foto 1.jpg' } });
    const { url, init, headers } = sentInit(fetchMock);
    expect(url).toBe('/api/pendampingan/bukti?fileName=foto+1.jpg');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(blob);
    expect(headers['content-type']).toBe('image/jpeg');
    expect(headers['x-csrf-token']).toBe('csrf-3');
  });

  it('sends an unknown type as octet-stream (the server sniffs the content) and reports a replay as 200', async () => {
    const fetchMock = respond(200, { id: EVID });
    const answer = await uploadEvidence('scan.heic', new Blob(['x'], { type: 'image/heic' }));
    expect(answer.status).toBe(200);
    expect(sentInit(fetchMock).headers['content-type']).toBe('application/octet-stream');
  });

  it('rejects a refused type with the problem and its message', async () => {
    respond(400, {
      ...problem,
      detail: 'Jenis berkas bukti tidak diterima.',
      errors: [
        { field: 'body', message: 'Jenis berkas bukti tidak diterima: unggah foto JPEG/PNG atau PDF.' },
      ],
    });
    await expect(uploadEvidence('a.txt', new Blob(['hello']))).rejects.toMatchObject({
      status: 400,
      problem: { errors: [{ field: 'body', message: expect.stringContaining('JPEG/PNG') }] },
    });
  });

  it('rejects a file over the limit with the 413 status', async () => {
    respond(413, { ...problem, status: 413, title: 'Terlalu besar', detail: 'Berkas lebih dari 25 MB.' });
    await expect(uploadEvidence('besar.jpg', new Blob(['x']))).rejects.toMatchObject({ status: 413 });
  });
});
