import { describe, expect, it } from 'vitest';
import type {
  CreateMusyawarahBodyInput,
  ParticipantsBodyInput,
  ResultBody,
} from '../../contracts/musyawarah.contract';
import { setCsrfToken } from './csrf-token';
import { beritaAcaraUrl, musyawarahApi, publicResultUrl } from './musyawarah-api';
import { lastCall, respond, restoreFetchAfterEach } from './testing';

const KAWASAN = '0b6c2f9e-3c1a-4d6e-9f7a-2b1c3d4e5f60';
const MID = '7f1e2d3c-4b5a-4968-8776-655443322110';
const RID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const PID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

restoreFetchAfterEach();

describe('musyawarahApi reads', () => {
  it('reads the list, one musyawarah and the public views', async () => {
    const fetchMock = respond(200, { items: [] });
    await musyawarahApi.list(KAWASAN);
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${KAWASAN}/musyawarah`);
    await musyawarahApi.get(MID);
    expect(lastCall(fetchMock).url).toBe(`/api/musyawarah/${MID}`);
    await musyawarahApi.publicList(KAWASAN);
    expect(lastCall(fetchMock).url).toBe(`/api/public/kawasan/${KAWASAN}/musyawarah`);
    await musyawarahApi.publicResult(RID);
    expect(lastCall(fetchMock).url).toBe(`/api/public/musyawarah-results/${RID}`);
  });

  it('lists proposals with only the filters given', async () => {
    const fetchMock = respond(200, { items: [] });
    await musyawarahApi.proposals(KAWASAN, { kind: 'program', status: 'dibawa' });
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${KAWASAN}/proposals?kind=program&status=dibawa`);
    await musyawarahApi.proposals(KAWASAN);
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${KAWASAN}/proposals`);
    await musyawarahApi.proposals(KAWASAN, { status: 'diajukan' });
    expect(lastCall(fetchMock).url).toBe(`/api/kawasan/${KAWASAN}/proposals?status=diajukan`);
  });

  it('links the berita acara and a public result', () => {
    expect(beritaAcaraUrl(MID)).toBe(`/api/musyawarah/${MID}/berita-acara.pdf`);
    expect(publicResultUrl(RID)).toBe(`/api/public/musyawarah-results/${RID}`);
  });

  it('escapes ids in paths', async () => {
    const fetchMock = respond(200, {});
    await musyawarahApi.get('a/b?c');
    expect(lastCall(fetchMock).url).toBe('/api/musyawarah/a%2Fb%3Fc');
  });
});

const MEETING: CreateMusyawarahBodyInput = {
  kind: 'musyawarah_antar_desa',
  title: 'MAD penetapan produk unggulan',
  organiser: 'BKAD',
  heldOn: '2026-03-02',
  place: 'Balai desa',
  agenda: ['Pembukaan', 'Penilaian usulan'],
};

const PARTICIPANT: ParticipantsBodyInput['participants'][number] = {
  name: 'Sri Wahyuni',
  gender: 'perempuan',
  youth: false,
  poorOrMarginal: false,
  disability: false,
  element: 'bpd',
  desaCode: '3328012001',
  invited: true,
  attended: true,
};

const RESULT: ResultBody = {
  title: 'Produk unggulan kawasan',
  subject: 'produk_unggulan_kawasan',
  cycleYear: 2026,
  proposalIds: [PID],
  method: 'mufakat',
  vote: { kind: 'mufakat', chosenProposalIds: [PID] },
};

describe('musyawarahApi changes', () => {
  it.each([
    [
      'create',
      () => musyawarahApi.create(KAWASAN, MEETING),
      'POST',
      `/api/kawasan/${KAWASAN}/musyawarah`,
      MEETING,
    ],
    [
      'update',
      () =>
        musyawarahApi.update(MID, {
          postponedThenContinued: true,
          decisions: [{ text: 'Setuju', resultId: null }],
        }),
      'PATCH',
      `/api/musyawarah/${MID}`,
      { postponedThenContinued: true, decisions: [{ text: 'Setuju', resultId: null }] },
    ],
    [
      'participants',
      () => musyawarahApi.setParticipants(MID, [PARTICIPANT]),
      'PUT',
      `/api/musyawarah/${MID}/participants`,
      { participants: [PARTICIPANT] },
    ],
    ['result', () => musyawarahApi.addResult(MID, RESULT), 'POST', `/api/musyawarah/${MID}/results`, RESULT],
    [
      'proposal',
      () =>
        musyawarahApi.createProposal(KAWASAN, {
          kind: 'program',
          title: 'Rumah pengering bawang',
          requestedBudget: '150000000',
        }),
      'POST',
      `/api/kawasan/${KAWASAN}/proposals`,
      { kind: 'program', title: 'Rumah pengering bawang', requestedBudget: '150000000' },
    ],
    [
      'proposal update',
      () => musyawarahApi.updateProposal(PID, { requestedBudget: null }),
      'PATCH',
      `/api/proposals/${PID}`,
      { requestedBudget: null },
    ],
  ] as const)('%s sends its body with the CSRF token', async (_name, call, method, url, body) => {
    setCsrfToken('csrf-1');
    const fetchMock = respond(200, { id: MID });
    await call();
    const sent = lastCall(fetchMock);
    expect(sent).toEqual({
      url,
      method,
      body,
      headers: expect.objectContaining({ 'x-csrf-token': 'csrf-1' }),
    });
  });

  it('fixes without a body and deletes a result', async () => {
    setCsrfToken('csrf-2');
    const fetchMock = respond(200, { id: MID, state: 'ditetapkan' });
    await expect(musyawarahApi.fix(MID)).resolves.toMatchObject({ state: 'ditetapkan' });
    expect(lastCall(fetchMock)).toMatchObject({
      url: `/api/musyawarah/${MID}/fix`,
      method: 'POST',
      body: undefined,
    });
    const deleted = respond(204, null);
    await expect(musyawarahApi.deleteResult(MID, RID)).resolves.toBeUndefined();
    expect(lastCall(deleted)).toMatchObject({
      url: `/api/musyawarah/${MID}/results/${RID}`,
      method: 'DELETE',
    });
  });

  it('turns a refused fix into an error carrying the failing checks', async () => {
    respond(409, {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Kuorum belum terpenuhi.',
      errors: [
        {
          field: 'quorum.musdes_kuorum_2_3',
          message: 'Hadir 5 dari 12 undangan; perlu paling sedikit 8 (2/3).',
        },
      ],
    });
    const error = await musyawarahApi.fix(MID).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, message: 'Kuorum belum terpenuhi.' });
    expect((error as { problem: { errors: unknown[] } }).problem.errors).toHaveLength(1);
  });
});
