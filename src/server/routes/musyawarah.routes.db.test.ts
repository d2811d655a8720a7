import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  MusyawarahDetail,
  MusyawarahList,
  ProposalList,
  ProposalView,
  PublicMusyawarahList,
  PublicResult,
} from '../../contracts/musyawarah.contract.ts';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Role } from '../../domain/access/role.ts';
import { recompute, type ScoringInput, type ScoringResult } from '../../domain/deliberation/scoring.ts';
import { pdfText } from '../../services/export/testing.ts';
import { CILACAP, seedKedungreja } from '../../services/kawasan/testing.ts';
import {
  antarDesaParticipants,
  KAWASAN_MEMBERS,
  seedMusyawarahKawasan,
} from '../../services/musyawarah/testing.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, withToken } from '../testing.ts';

const [TAMBAKREJA, CIKLAPA, KEDUNGREJA] = KAWASAN_MEMBERS;

describeEachEngine('musyawarah routes', (ctx) => {
  let app: App;
  let kabupaten: Client;
  let facilitator: Client;
  let villageMember: Client;
  let villageOutside: Client;
  let facilitatorElsewhere: Client;
  let province: Client;
  let readOnly: Client;
  let visitor: Client;
  let kawasanId: string;

  beforeAll(async () => {
    await seedKedungreja(ctx.db);
    app = await buildApp({ db: ctx.db, version: 'test' });
    const account = (username: string, role: Role, code: string) =>
      regionAccount(app, ctx.db, username, role, code);
    kabupaten = await account('kab-cilacap', 'kabupaten', CILACAP);
    facilitator = await account('pendamping-kedungreja', 'facilitator', '330101');
    villageMember = await account('operator-tambakreja', 'village', TAMBAKREJA!);
    villageOutside = await account('operator-tambaksari', 'village', '3301012005');
    facilitatorElsewhere = await account('pendamping-semarang', 'facilitator', '337401');
    province = await account('prov-jateng', 'province', '33');
    const token = await kabupaten.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
    readOnly = withToken(app, token.json().secret);
    visitor = anonymous(app);
    kawasanId = await seedMusyawarahKawasan(ctx.db, 'perencanaan');
  });
  afterAll(() => app.close());

  const antarDesa = (title = 'Musyawarah Antar Desa Kawasan Kedungreja') => ({
    kind: 'musyawarah_antar_desa',
    title,
    organiser: 'BKAD Kedungreja',
    heldOn: '2026-02-09',
    place: 'Balai Desa Tambakreja',
    agenda: ['Penetapan program prioritas kawasan', 'Pemilihan produk unggulan kawasan'],
    chair: 'Sutrisno',
    secretary: 'Wahyuni',
  });
  const createMeeting = (client: Client, body: object, id = kawasanId) =>
    client.request('POST', `/api/kawasan/${id}/musyawarah`, body);
  const setParticipants = (client: Client, mid: string, participants: object[]) =>
    client.request('PUT', `/api/musyawarah/${mid}/participants`, { participants });
  const proposal = async (client: Client, body: object, id = kawasanId): Promise<ProposalView> => {
    const res = await client.request('POST', `/api/kawasan/${id}/proposals`, body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const statuses = async () =>
    Object.fromEntries(
      (
        (await kabupaten.request('GET', `/api/kawasan/${kawasanId}/proposals`)).json() as ProposalList
      ).items.map((p) => [p.title, p.status]),
    );

  const criteria = [
    {
      code: 'manfaat',
      label: 'Manfaat bagi warga',
      weight: 3,
      direction: 'higher_better',
      scale: { min: 1, max: 5 },
    },
    {
      code: 'biaya',
      label: 'Besarnya biaya',
      weight: 1,
      direction: 'lower_better',
      scale: { min: 1, max: 5 },
    },
  ];
  /** Two scorers; totals: embung > jalan > pelatihan. */
  const scoresFor = (ids: { jalan: string; embung: string; pelatihan: string }) =>
    (
      [
        [ids.jalan, 4, 2],
        [ids.embung, 5, 2],
        [ids.pelatihan, 2, 1],
      ] as const
    ).flatMap(([proposalId, manfaat, biaya]) =>
      ['Darmo', 'Warsini'].flatMap((scorerId) => [
        { proposalId, criterionCode: 'manfaat', scorerId, value: manfaat },
        { proposalId, criterionCode: 'biaya', scorerId, value: biaya },
      ]),
    );

  describe('one cycle: from the attendance list to the fixed berita acara', () => {
    let meeting: MusyawarahDetail;
    let programmes: { jalan: string; embung: string; pelatihan: string };
    let products: { gula: string; kopi: string };

    it('records a musyawarah antar desa as a draft, audited with its kawasan', async () => {
      const res = await createMeeting(facilitator, { ...antarDesa(), desaCode: null });
      expect(res.statusCode, res.body).toBe(201);
      meeting = res.json();
      expect(meeting).toMatchObject({
        kawasanId,
        kind: 'musyawarah_antar_desa',
        desaCode: null,
        state: 'draf',
        allowed: { edit: true, fix: false },
        quorum: { valid: false, kind: 'musyawarah_antar_desa' },
      });
      expect(meeting.memberDesa.map((d) => d.name)).toEqual(['Tambakreja', 'Ciklapa', 'Kedungreja']);
      const [audit] = await queryRows<{
        action: string;
        region_code: string;
        changes: Record<string, { after: unknown }>;
      }>(
        ctx.db.orm,
        sql`select action, region_code, changes from audit_log where resource_type = 'musyawarah' and resource_id = ${meeting.id}`,
      );
      expect(audit).toMatchObject({ action: 'musyawarah.create', region_code: CILACAP });
      expect(audit!.changes.kawasanId!.after).toBe(kawasanId);
    });

    it('takes the paper list and reports a member desa without its BPD, so fixing is refused naming it', async () => {
      const res = await setParticipants(
        facilitator,
        meeting.id,
        antarDesaParticipants(KAWASAN_MEMBERS, { withoutBpd: CIKLAPA }),
      );
      expect(res.statusCode, res.body).toBe(200);
      meeting = res.json();
      expect(meeting.participants).toHaveLength(9);
      expect(meeting.summary).toMatchObject({
        invited: 9,
        attended: 9,
        women: 2,
        youth: 1,
        poorOrMarginal: 1,
      });
      expect(meeting.summary.byDesa.map((d) => [d.desaCode, d.attended])).toEqual([
        [TAMBAKREJA, 3],
        [CIKLAPA, 2],
        [KEDUNGREJA, 3],
      ]);
      const check = meeting.quorum.checks.find((c) => c.code === 'mad_wakil_desa')!;
      expect(check).toMatchObject({ severity: 'wajib', passed: false, desaCodes: [CIKLAPA] });
      expect(meeting.quorum.valid).toBe(false);
      expect(meeting.allowed.fix).toBe(false);

      const fix = await facilitator.request('POST', `/api/musyawarah/${meeting.id}/fix`);
      expect(fix.statusCode).toBe(409);
      const problem = fix.json();
      expect(problem.errors).toEqual([
        { field: 'quorum.mad_wakil_desa', message: expect.stringContaining('Ciklapa (3301012003)') },
      ]);
      expect(problem.detail).toMatch(/belum dapat ditetapkan/);
    });

    it('refuses a list with a desa outside the kawasan, a duplicate-free id it does not know, or a blank name', async () => {
      const rows = antarDesaParticipants();
      const res = await setParticipants(facilitator, meeting.id, [
        { ...rows[0], desaCode: '3301012005' },
        { ...rows[1], id: '00000000-0000-4000-8000-000000000000' },
      ]);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'participants[1].id',
        'participants[0].desaCode',
      ]);
      const blank = await setParticipants(facilitator, meeting.id, [{ ...rows[0], name: ' ' }]);
      expect(blank.statusCode).toBe(400);
    });

    it('becomes valid once every member desa has its BPD member, keeping the ids of the rows already entered', async () => {
      const kept = meeting.participants.map(({ id, position: _p, desaName: _d, ...rest }) => ({
        id,
        ...rest,
      }));
      const res = await setParticipants(facilitator, meeting.id, [
        ...kept,
        {
          name: 'Anggota BPD Ciklapa',
          gender: 'perempuan',
          element: 'bpd',
          desaCode: '33.01.01.2003',
          invited: false,
          attended: true,
        },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const next = res.json() as MusyawarahDetail;
      expect(next.participants.slice(0, 9).map((p) => p.id)).toEqual(meeting.participants.map((p) => p.id));
      expect(next.summary).toMatchObject({ invited: 9, attended: 10, walkIns: 1 });
      expect(next.quorum.valid).toBe(true);
      expect(next.allowed).toEqual({ edit: true, fix: true });
      meeting = next;
    });

    it('keeps proposals of the kawasan and of member desa by those who may record them', async () => {
      const jalan = await proposal(facilitator, {
        kind: 'program',
        title: 'Jalan usaha tani',
        requestedBudget: '300000000',
      });
      const embung = await proposal(facilitator, {
        kind: 'program',
        title: 'Embung kawasan',
        requestedBudget: '500000000',
      });
      const pelatihan = await proposal(kabupaten, {
        kind: 'program',
        title: 'Pelatihan olahan gula kelapa',
        requestedBudget: '200000000',
        proposer: 'KWT Melati',
      });
      programmes = { jalan: jalan.id, embung: embung.id, pelatihan: pelatihan.id };
      const gula = await proposal(facilitator, { kind: 'produk_unggulan_kawasan', title: 'Gula kelapa' });
      const kopi = await proposal(facilitator, { kind: 'produk_unggulan_kawasan', title: 'Kopi robusta' });
      products = { gula: gula.id, kopi: kopi.id };
      expect(jalan).toMatchObject({
        status: 'diajukan',
        requestedBudget: '300000000',
        carriedOver: false,
        history: [],
      });

      const own = await proposal(villageMember, {
        kind: 'produk_unggulan_desa',
        title: 'Kerupuk',
        desaCode: TAMBAKREJA,
      });
      expect(own.desaName).toBe('Tambakreja');
      const kawasanLevel = await villageMember.request('POST', `/api/kawasan/${kawasanId}/proposals`, {
        kind: 'program',
        title: 'Pasar kawasan',
      });
      expect(kawasanLevel.statusCode).toBe(403);
      const wrongKind = await facilitator.request('POST', `/api/kawasan/${kawasanId}/proposals`, {
        kind: 'produk_unggulan_desa',
        title: 'Tanpa desa',
      });
      expect(wrongKind.statusCode).toBe(400);
      expect(wrongKind.json().errors[0].field).toBe('desaCode');
    });

    it('publishes a scoring result with funding, stored with its inputs and reproducible', async () => {
      const res = await facilitator.request('POST', `/api/musyawarah/${meeting.id}/results`, {
        title: 'Program prioritas kawasan 2026',
        subject: 'program',
        cycleYear: 2026,
        proposalIds: [programmes.jalan, programmes.embung, programmes.pelatihan],
        method: 'skor',
        criteria,
        scores: scoresFor(programmes),
        chosenCount: 2,
        funding: { availableBudget: '600000000', rule: 'skip_and_continue' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const result = (res.json() as MusyawarahDetail).results[0]!;
      expect(result.ranking.map((e) => [e.title, e.rank, e.outcome, e.amount])).toEqual([
        ['Embung kawasan', 1, 'didanai', '500000000'],
        ['Jalan usaha tani', 2, 'dibawa', null],
        ['Pelatihan olahan gula kelapa', 3, 'tidak_terpilih', null],
      ]);
      expect(result.ranking[0]!.totalDecimal).toBe('0.937500');
      expect(result.funding).toEqual({
        rule: 'skip_and_continue',
        availableBudget: '600000000',
        fundedTotal: '500000000',
        remainingBudget: '100000000',
      });
      const stored = result.stored as { inputs: ScoringInput & { attended: number }; scoring: ScoringResult };
      expect(stored.inputs.attended).toBe(10);
      expect(recompute({ inputs: stored.inputs, result: stored.scoring })).toEqual({ ok: true });
      expect([...new Set(stored.inputs.scores.map((s) => s.scorerId))].sort()).toEqual(['Darmo', 'Warsini']);
      // The same inputs in another order give the same published ranking.
      const again = await facilitator.request('POST', `/api/musyawarah/${meeting.id}/results`, {
        title: 'Uji ulang',
        subject: 'program',
        cycleYear: 2026,
        proposalIds: [programmes.pelatihan, programmes.jalan, programmes.embung],
        method: 'skor',
        criteria: [...criteria].reverse(),
        scores: scoresFor(programmes).reverse(),
      });
      const second = (again.json() as MusyawarahDetail).results[1]!;
      expect((second.stored.scoring as ScoringResult).ranking).toEqual(stored.scoring.ranking);
      const removed = await facilitator.request(
        'DELETE',
        `/api/musyawarah/${meeting.id}/results/${second.id}`,
      );
      expect((removed.json() as MusyawarahDetail).results).toHaveLength(1);
    });

    it('refuses proposals of another kind, and a hand count that does not match the attendance list', async () => {
      const kind = await facilitator.request('POST', `/api/musyawarah/${meeting.id}/results`, {
        title: 'Salah jenis',
        subject: 'produk_unggulan_kawasan',
        cycleYear: 2026,
        proposalIds: [products.gula, programmes.jalan],
        method: 'mufakat',
        vote: { kind: 'mufakat', chosenProposalIds: [products.gula] },
      });
      expect(kind.statusCode).toBe(400);
      expect(kind.json().errors[0].field).toBe('proposalIds[1]');
      const tally = (attendeeCount: number) =>
        facilitator.request('POST', `/api/musyawarah/${meeting.id}/results`, {
          title: 'Produk unggulan kawasan',
          subject: 'produk_unggulan_kawasan',
          cycleYear: 2026,
          proposalIds: [products.gula, products.kopi],
          method: 'suara',
          vote: {
            kind: 'tally',
            votesPerAttendee: 1,
            attendeeCount,
            counts: [
              { proposalId: products.gula, votes: 7 },
              { proposalId: products.kopi, votes: 3 },
            ],
          },
        });
      const wrong = await tally(12);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0]).toEqual({
        field: 'vote.attendeeCount',
        message: expect.stringMatching(/12 peserta hadir.*mencatat 10/),
      });
      const ballots = await facilitator.request('POST', `/api/musyawarah/${meeting.id}/results`, {
        title: 'Produk unggulan kawasan',
        subject: 'produk_unggulan_kawasan',
        cycleYear: 2026,
        proposalIds: [products.gula, products.kopi],
        method: 'suara',
        vote: {
          kind: 'ballots',
          votesPerAttendee: 1,
          attendeeIds: [meeting.participants[0]!.id, 'orang-luar'],
          ballots: [{ attendeeId: meeting.participants[0]!.id, proposalIds: [products.gula] }],
        },
      });
      expect(ballots.json().errors[0].field).toBe('vote.attendeeIds[1]');
      const right = await tally(10);
      expect(right.statusCode, right.body).toBe(200);
      const result = (right.json() as MusyawarahDetail).results[1]!;
      expect(result.chosenProposalIds).toEqual([products.gula]);
      expect(result.voteMajority).toMatchObject({ code: 'keputusan_suara_terbanyak', passed: true });
      // The list cannot drop below the count the vote was taken with.
      const shorter = await setParticipants(
        facilitator,
        meeting.id,
        meeting.participants.slice(1).map(({ id, position: _p, desaName: _d, ...rest }) => ({ id, ...rest })),
      );
      expect(shorter.statusCode).toBe(409);
      expect(shorter.json().detail).toMatch(/Produk unggulan kawasan/);
    });

    it('fixes the berita acara and applies the outcomes to the proposals with their history, in one audited change', async () => {
      const current = (
        await facilitator.request('GET', `/api/musyawarah/${meeting.id}`)
      ).json() as MusyawarahDetail;
      const patched = await facilitator.request('PATCH', `/api/musyawarah/${meeting.id}`, {
        decisions: [{ text: 'Embung kawasan didanai tahun 2026.', resultId: current.results[0]!.id }],
        notes: 'Musyawarah dibuka pukul 09.00.',
      });
      expect(patched.json()).toMatchObject({
        notes: 'Musyawarah dibuka pukul 09.00.',
        decisions: [{ resultId: current.results[0]!.id }],
      });
      const foreign = await facilitator.request('PATCH', `/api/musyawarah/${meeting.id}`, {
        decisions: [{ text: 'Rujukan salah', resultId: '00000000-0000-4000-8000-000000000000' }],
      });
      expect(foreign.statusCode).toBe(400);
      const res = await facilitator.request('POST', `/api/musyawarah/${meeting.id}/fix`);
      expect(res.statusCode, res.body).toBe(200);
      meeting = res.json();
      expect(meeting).toMatchObject({ state: 'ditetapkan', allowed: { edit: false, fix: false } });
      expect(meeting.fixedAt).not.toBeNull();
      expect(await statuses()).toMatchObject({
        'Embung kawasan': 'didanai',
        'Jalan usaha tani': 'dibawa',
        'Pelatihan olahan gula kelapa': 'tidak_terpilih',
        'Gula kelapa': 'terpilih',
        'Kopi robusta': 'tidak_terpilih',
        Kerupuk: 'diajukan',
      });
      const decided = await queryRows<{ action: string; resource_id: string }>(
        ctx.db.orm,
        sql`select action, resource_id from audit_log where resource_type = 'proposal' and action = 'proposal.decide' order by id`,
      );
      expect(decided).toHaveLength(5);
      const fixed = await queryRows<{ changes: Record<string, { after: unknown }> }>(
        ctx.db.orm,
        sql`select changes from audit_log where action = 'musyawarah.fix' and resource_id = ${meeting.id}`,
      );
      expect(fixed[0]!.changes).toMatchObject({
        state: { after: 'ditetapkan' },
        kawasanId: { after: kawasanId },
      });

      // The kawasan's timeline shows the meeting and its berita acara, not the edits in between.
      const dashboard = (await facilitator.request('GET', `/api/kawasan/${kawasanId}/dashboard`)).json() as {
        timeline: { action: string; summary: string }[];
      };
      const lines = dashboard.timeline.filter((e) => e.action.startsWith('musyawarah.'));
      expect(lines.map((e) => e.summary)).toContain(`Berita acara ditetapkan: ${meeting.title}.`);
      expect(lines.map((e) => e.summary)).toContain(`Musyawarah dicatat: ${meeting.title}.`);
      expect(lines.map((e) => e.action)).not.toContain('musyawarah.participants');
    });

    it('changes nothing after it is fixed', async () => {
      const refused = [
        await facilitator.request('PATCH', `/api/musyawarah/${meeting.id}`, { notes: 'Tambahan' }),
        await setParticipants(facilitator, meeting.id, antarDesaParticipants()),
        await facilitator.request('POST', `/api/musyawarah/${meeting.id}/results`, {
          title: 'Tambahan',
          subject: 'program',
          cycleYear: 2026,
          proposalIds: [programmes.jalan],
          method: 'mufakat',
          vote: { kind: 'mufakat', chosenProposalIds: [programmes.jalan] },
        }),
        await facilitator.request(
          'DELETE',
          `/api/musyawarah/${meeting.id}/results/${meeting.results[0]!.id}`,
        ),
        await facilitator.request('POST', `/api/musyawarah/${meeting.id}/fix`),
      ];
      expect(refused.map((r) => r.statusCode)).toEqual([409, 409, 409, 409, 409]);
      expect(refused[0]!.json().detail).toMatch(/sudah ditetapkan/);
      const edit = await facilitator.request('PATCH', `/api/proposals/${programmes.embung}`, {
        title: 'Embung besar',
      });
      expect(edit.statusCode).toBe(409);
    });

    it('lists the carried proposal first in the next cycle, with its history, and funds it there', async () => {
      const list = (
        await facilitator.request('GET', `/api/kawasan/${kawasanId}/proposals?kind=program`)
      ).json() as ProposalList;
      expect(list.items[0]).toMatchObject({
        id: programmes.jalan,
        status: 'dibawa',
        carriedOver: true,
        history: [
          {
            cycleYear: 2026,
            rank: 2,
            requestedBudget: '300000000',
            reason: 'exceeds_remaining_budget',
            musyawarahId: meeting.id,
          },
        ],
      });
      const carried = await facilitator.request('GET', `/api/kawasan/${kawasanId}/proposals?status=dibawa`);
      expect((carried.json() as ProposalList).items.map((p) => p.id)).toEqual([programmes.jalan]);
      const changed = await facilitator.request('PATCH', `/api/proposals/${programmes.jalan}`, {
        requestedBudget: '280000000',
      });
      expect(changed.json()).toMatchObject({ requestedBudget: '280000000', status: 'dibawa' });

      const next = (
        await createMeeting(kabupaten, {
          ...antarDesa('Musrenbang Kawasan Kedungreja 2027'),
          kind: 'musrenbang_kawasan',
          heldOn: '2027-02-08',
        })
      ).json() as MusyawarahDetail;
      await setParticipants(kabupaten, next.id, antarDesaParticipants());
      const pasar = await proposal(kabupaten, {
        kind: 'program',
        title: 'Pasar kawasan',
        requestedBudget: '400000000',
      });
      const res = await kabupaten.request('POST', `/api/musyawarah/${next.id}/results`, {
        title: 'Program prioritas kawasan 2027',
        subject: 'program',
        cycleYear: 2027,
        proposalIds: [programmes.jalan, pasar.id],
        method: 'mufakat',
        vote: { kind: 'mufakat', chosenProposalIds: [programmes.jalan, pasar.id] },
        funding: { availableBudget: '300000000', rule: 'skip_and_continue' },
      });
      expect(res.statusCode, res.body).toBe(200);
      const ranking = (res.json() as MusyawarahDetail).results[0]!.ranking;
      expect(ranking.map((e) => [e.title, e.outcome, e.carriedOver])).toEqual([
        ['Jalan usaha tani', 'didanai', true],
        ['Pasar kawasan', 'dibawa', false],
      ]);
      expect((await kabupaten.request('POST', `/api/musyawarah/${next.id}/fix`)).statusCode).toBe(200);
      const after = (
        await facilitator.request('GET', `/api/kawasan/${kawasanId}/proposals?kind=program`)
      ).json() as ProposalList;
      const rows = after.items.map((p) => [p.title, p.status, p.history.length]);
      expect(rows[0]).toEqual(['Pasar kawasan', 'dibawa', 1]);
      expect(rows.slice(1).sort()).toEqual([
        ['Embung kawasan', 'didanai', 0],
        ['Jalan usaha tani', 'didanai', 1],
        ['Pelatihan olahan gula kelapa', 'tidak_terpilih', 0],
      ]);
    });

    it('gives the berita acara as a PDF with the title and the attendance list', async () => {
      const res = await visitor.request('GET', `/api/musyawarah/${meeting.id}/berita-acara.pdf`);
      expect(res.statusCode).toBe(401);
      const pdf = await province.request('GET', `/api/musyawarah/${meeting.id}/berita-acara.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(
        'attachment; filename="berita-acara-musyawarah-antar-desa-kawasan-kedungreja.pdf"',
      );
      const bytes = pdf.rawPayload;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(bytes);
      expect(text).toContain('BERITA ACARA');
      expect(text).toContain('Musyawarah Antar Desa Kawasan Kedungreja');
      expect(text).toContain('Siti Rahayu');
      expect(text).toContain('Anggota BPD Ciklapa');
      expect(text).toContain('DAFTAR HADIR');
      expect(text.replace(/\s+/g, ' ')).toContain(
        'dihadiri 10 peserta (9 dari 9 undangan dan 1 tanpa undangan), 3 perempuan',
      );
      expect(text).not.toContain('Kawasan Kawasan');
      expect(text).toContain('Embung kawasan');
    });

    it('shows visitors only fixed musyawarah of a designated kawasan, with counts and no names', async () => {
      const draft = (
        await createMeeting(facilitator, { ...antarDesa('Rapat Draf'), desaCode: null })
      ).json() as MusyawarahDetail;
      await setParticipants(facilitator, draft.id, antarDesaParticipants());
      const res = await visitor.request('GET', `/api/public/kawasan/${kawasanId}/musyawarah`);
      expect(res.statusCode).toBe(200);
      const list = res.json() as PublicMusyawarahList;
      expect(list.items.map((m) => m.title).sort()).toEqual([
        'Musrenbang Kawasan Kedungreja 2027',
        'Musyawarah Antar Desa Kawasan Kedungreja',
      ]);
      const first = list.items.find((m) => m.id === meeting.id)!;
      expect(first.summary).toMatchObject({ attended: 10, women: 3 });
      expect(first.results.map((r) => r.title)).toEqual([
        'Program prioritas kawasan 2026',
        'Produk unggulan kawasan',
      ]);
      for (const name of [
        'Siti Rahayu',
        'Anggota BPD Ciklapa',
        'Ketua BPD',
        'Pendamping Desa Kedungreja',
        'Sutrisno',
        'Darmo',
        'Warsini',
      ]) {
        expect(res.body).not.toContain(name);
      }
      expect(res.body).not.toContain('Rapat Draf');

      const published = await visitor.request(
        'GET',
        `/api/public/musyawarah-results/${meeting.results[0]!.id}`,
      );
      expect(published.statusCode).toBe(200);
      const result = published.json() as PublicResult;
      expect(result).toMatchObject({ kawasanId, musyawarahTitle: meeting.title, method: 'skor' });
      const stored = result.stored as { inputs: ScoringInput; scoring: ScoringResult };
      expect(recompute({ inputs: stored.inputs, result: stored.scoring })).toEqual({ ok: true });
      // Scorers are published under neutral codes; the result recomputes the same.
      expect([...new Set(stored.inputs.scores.map((s) => s.scorerId))].sort()).toEqual([
        'penilai-1',
        'penilai-2',
      ]);

      const draftResult = await facilitator.request('POST', `/api/musyawarah/${draft.id}/results`, {
        title: 'Draf',
        subject: 'produk_unggulan_desa',
        cycleYear: 2026,
        proposalIds: [(await statusesOf('produk_unggulan_desa'))[0]!],
        method: 'mufakat',
        vote: { kind: 'mufakat', chosenProposalIds: [(await statusesOf('produk_unggulan_desa'))[0]!] },
      });
      expect(draftResult.statusCode, draftResult.body).toBe(200);
      const draftId = (draftResult.json() as MusyawarahDetail).results[0]!.id;
      expect((await visitor.request('GET', `/api/public/musyawarah-results/${draftId}`)).statusCode).toBe(
        404,
      );

      const proposed = await seedMusyawarahKawasan(ctx.db, 'usulan', ['3301012007', '3301012009']);
      expect((await visitor.request('GET', `/api/public/kawasan/${proposed}/musyawarah`)).statusCode).toBe(
        404,
      );
    });

    const statusesOf = async (kind: string) =>
      (
        (
          await kabupaten.request('GET', `/api/kawasan/${kawasanId}/proposals?kind=${kind}`)
        ).json() as ProposalList
      ).items.map((p) => p.id);
  });

  it('documents every musyawarah route in /api/docs', async () => {
    const res = await app.inject('/api/docs/json');
    expect(res.statusCode, res.body).toBe(200);
    const spec = res.json() as {
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/kawasan/{id}/musyawarah',
        '/api/musyawarah/{mid}',
        '/api/musyawarah/{mid}/participants',
        '/api/musyawarah/{mid}/results',
        '/api/musyawarah/{mid}/results/{rid}',
        '/api/musyawarah/{mid}/fix',
        '/api/musyawarah/{mid}/berita-acara.pdf',
        '/api/kawasan/{id}/proposals',
        '/api/proposals/{pid}',
        '/api/public/kawasan/{id}/musyawarah',
        '/api/public/musyawarah-results/{rid}',
      ]),
    );
    expect(Object.keys(spec.components.schemas)).toEqual(
      expect.arrayContaining([
        'MusyawarahDetail',
        'QuorumReport',
        'MusyawarahResult',
        'DeliberationProposal',
      ]),
    );
  });

  describe('scope', () => {
    const desaMeeting = (desaCode: string) => ({
      kind: 'musyawarah_desa',
      title: 'Musyawarah Desa Tambakreja',
      desaCode,
      organiser: 'BPD Tambakreja',
      heldOn: '2026-01-20',
      place: 'Balai Desa Tambakreja',
    });

    it('lets the village operator record a musyawarah of their own member desa only', async () => {
      const own = await createMeeting(villageMember, desaMeeting(TAMBAKREJA!));
      expect(own.statusCode, own.body).toBe(201);
      const other = await createMeeting(villageMember, desaMeeting(CIKLAPA!));
      expect(other.statusCode).toBe(403);
      const kawasanLevel = await createMeeting(villageMember, { ...antarDesa(), desaCode: null });
      expect(kawasanLevel.statusCode).toBe(403);
      const mid = (own.json() as MusyawarahDetail).id;
      const res = await setParticipants(villageMember, mid, [
        {
          name: 'Ketua BPD',
          gender: 'laki_laki',
          element: 'bpd',
          desaCode: TAMBAKREJA,
          invited: true,
          attended: true,
        },
        {
          name: 'Sekdes',
          gender: 'perempuan',
          element: 'pemerintah_desa',
          desaCode: CIKLAPA,
          invited: true,
          attended: true,
        },
      ]);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('participants[1].desaCode');
    });

    it('hides the kawasan’s musyawarah from a village operator of a non-member desa and a facilitator elsewhere', async () => {
      const list = (
        await kabupaten.request('GET', `/api/kawasan/${kawasanId}/musyawarah`)
      ).json() as MusyawarahList;
      expect(list.items.length).toBeGreaterThan(0);
      const mid = list.items[0]!.id;
      for (const client of [villageOutside, facilitatorElsewhere]) {
        expect((await client.request('GET', `/api/kawasan/${kawasanId}/musyawarah`)).statusCode).toBe(404);
        expect((await client.request('GET', `/api/musyawarah/${mid}`)).statusCode).toBe(404);
        expect((await createMeeting(client, desaMeeting(TAMBAKREJA!))).statusCode).toBe(404);
        expect((await client.request('PATCH', `/api/musyawarah/${mid}`, { notes: 'x' })).statusCode).toBe(
          404,
        );
      }
    });

    it('lets the province officer read but not record, and refuses visitors and read-only tokens', async () => {
      const list = await province.request('GET', `/api/kawasan/${kawasanId}/musyawarah`);
      expect(list.statusCode).toBe(200);
      expect((await createMeeting(province, { ...antarDesa(), desaCode: null })).statusCode).toBe(403);
      expect((await createMeeting(visitor, { ...antarDesa(), desaCode: null })).statusCode).toBe(401);
      expect((await visitor.request('GET', `/api/kawasan/${kawasanId}/musyawarah`)).statusCode).toBe(401);
      expect((await readOnly.request('GET', `/api/kawasan/${kawasanId}/musyawarah`)).statusCode).toBe(200);
      expect((await createMeeting(readOnly, { ...antarDesa(), desaCode: null })).statusCode).toBe(403);
    });

    it('records a musyawarah antar desa for a draft kawasan, other kinds only once proposed, nothing after rejection', async () => {
      const draft = await seedMusyawarahKawasan(ctx.db, 'draf', ['3301012006', '3301012010']);
      expect((await createMeeting(facilitator, { ...antarDesa(), desaCode: null }, draft)).statusCode).toBe(
        201,
      );
      const desa = await createMeeting(facilitator, { ...desaMeeting('3301012006'), title: 'Musdes' }, draft);
      expect(desa.statusCode).toBe(409);
      const rejected = await seedMusyawarahKawasan(ctx.db, 'ditolak', ['3301012011']);
      const refused = await createMeeting(kabupaten, { ...antarDesa(), desaCode: null }, rejected);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toMatch(/ditolak/);
    });
  });
});
