import { createHmac, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TrainingAttendanceGrid,
  TrainingReactionSummary,
  TrainingRegistrationList,
  TrainingRegistrationView,
  TrainingScores,
  TrainingWithdrawal,
} from '../../contracts/training-participant.contract.ts';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Aspect } from '../../domain/training/aspects.ts';
import { computeGains, type ParticipantScores, summariseGains } from '../../domain/training/gain.ts';
import { type SessionState, stateRefusal } from '../../domain/training/lifecycle.ts';
import { STANDARD_REACTION_QUESTIONS, summariseReactions } from '../../domain/training/reaction.ts';
import { completion, personKeyInput } from '../../domain/training/registration.ts';
import { insertEnterprise } from '../../services/enterprise/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { gainSummaryView } from '../../services/training/scores.service.ts';
import {
  insertProgramme,
  insertProvider,
  insertRegistration,
  insertSession,
  providerAccount,
} from '../../services/training/testing.ts';
import { participantBody, sheetXlsx, threeDays } from '../../services/training/testing-participant.ts';
import { type App, buildApp } from '../app.ts';
import { type Client, regionAccount, signIn, withToken } from '../testing.ts';

/** The server's clock: 13 May 2026, 10:00 in Jakarta, the second of three training days. */
const NOW = new Date('2026-05-13T03:00:00Z');
const DAYS = threeDays('2026-05-12');
const SECRET = 'rahasia-peserta-uji-0123456789abcdef';

/** Desa of Kecamatan Kedungreja (Cilacap) and a kelurahan of Kota Semarang in the mini region list. */
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const MIROTO = '3374011001';
const TESTED: Aspect[] = ['pengetahuan', 'sikap', 'keterampilan'];

describeEachEngine('training participant routes', (ctx) => {
  let app: App;
  let providerId: string;
  let programmeId: string;
  let provider: Client;
  let otherProvider: Client;
  let cilacap: Client;
  let semarang: Client;
  let jatim: Client;
  let readOnly: Client;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW, nikSecret: SECRET });
    providerId = await insertProvider(ctx.db, { seatRegionCode: '3301', name: 'Balai Latihan Cilacap' });
    programmeId = await insertProgramme(ctx.db, providerId);
    const account = await providerAccount(ctx.db, 'balai-cilacap', providerId);
    provider = await signIn(app, account.username, account.password);
    const otherId = await insertProvider(ctx.db, { seatRegionCode: '3301', name: 'Universitas Uji' });
    const other = await providerAccount(ctx.db, 'kampus-uji', otherId);
    otherProvider = await signIn(app, other.username, other.password);
    cilacap = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    semarang = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    jatim = await regionAccount(app, ctx.db, 'prov-jatim', 'province', '35');
    const token = await provider.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
    readOnly = withToken(app, token.json().secret);
  });
  afterAll(() => app.close());

  /** A session of the provider's programme in `state`, at Kedungreja for its two desa. */
  const newSession = (state: SessionState, capacity = 3) =>
    insertSession(ctx.db, programmeId, {
      state,
      overrides: {
        schedule: DAYS,
        startDate: '2026-05-12',
        endDate: '2026-05-14',
        place: { mode: 'luring', name: 'Aula Kecamatan Kedungreja', regionCode: '330101' },
        desaCodes: [TAMBAKREJA, BUMIREJA],
        kawasanIds: [],
        capacity,
      },
    });

  /** Registered participants (straight in the database) with registration numbers 1, 2, … */
  async function seat(
    sessionId: string,
    names: string[],
    status: 'terdaftar' | 'daftar_tunggu' = 'terdaftar',
  ) {
    const ids: string[] = [];
    for (const [i, name] of names.entries()) {
      const { registrationId } = await insertRegistration(ctx.db, sessionId, {
        status,
        seq: i + 1,
        participant: { name, desaCode: TAMBAKREJA },
      });
      ids.push(registrationId);
    }
    return ids;
  }

  const auditRows = () =>
    queryRows<{
      action: string;
      resource_type: string;
      resource_id: string;
      region_code: string | null;
      changes: Record<string, { before: unknown; after: unknown }>;
    }>(
      ctx.db.orm,
      sql`select action, resource_type, resource_id, region_code, changes from audit_log
          where resource_type in ('training_registration', 'training_session') order by id`,
    );
  const auditCount = async () => (await auditRows()).length;
  const count = async (table: string) =>
    (
      await queryRows<{ n: number }>(ctx.db.orm, sql`select count(*)::int as n from ${sql.identifier(table)}`)
    )[0]!.n;
  const fieldsOf = (res: { json(): unknown }) =>
    ((res.json() as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
  const messagesOf = (res: { json(): unknown }) =>
    ((res.json() as { errors?: { field: string; message: string }[] }).errors ?? []).map(
      (e) => `${e.field}: ${e.message}`,
    );

  /** Sends a mutation and checks it wrote `audits` audit rows when it succeeded, none when refused. */
  async function mutate(
    client: Client,
    method: 'POST' | 'PUT',
    url: string,
    body: unknown,
    status: number,
    audits = 1,
  ) {
    const before = await auditCount();
    const res = await client.request(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(await auditCount()).toBe(before + (status < 300 ? audits : 0));
    return res;
  }

  const register = (sid: string, body: object, status: number) =>
    mutate(provider, 'POST', `/api/pelatihan/angkatan/${sid}/peserta`, body, status);

  describe('registration', () => {
    it.each(['rencana', 'berjalan', 'selesai', 'batal'] as const)(
      'refuses registration in state %s with the domain reason (409)',
      async (state) => {
        const sid = await newSession(state);
        const res = await register(sid, participantBody(TAMBAKREJA), 409);
        expect(res.json().detail).toBe(stateRefusal(state, 'register'));
      },
    );

    it('seats up to the capacity, then fills the waiting list, then refuses; a duplicate is refused', async () => {
      const sid = await newSession('pendaftaran', 2);
      const people = ['Siti Aminah', 'Budi Santoso', 'Wati Lestari', 'Joko Susilo', 'Rina Marlina'];
      const views: TrainingRegistrationView[] = [];
      for (const name of people.slice(0, 4)) {
        views.push((await register(sid, participantBody(TAMBAKREJA, { name }), 201)).json());
      }
      expect(views.map((v) => [v.status, v.waitingPosition, v.code])).toEqual([
        ['terdaftar', null, 'P001'],
        ['terdaftar', null, 'P002'],
        ['daftar_tunggu', 1, 'P003'],
        ['daftar_tunggu', 2, 'P004'],
      ]);
      expect(views[0]).toMatchObject({
        statusLabel: 'Terdaftar',
        participant: {
          name: 'Siti Aminah',
          genderLabel: 'Perempuan',
          ageGroup: 'usia_31_45',
          desa: { code: TAMBAKREJA, name: 'Tambakreja' },
          roleLabel: 'Pengelola BUM Desa / BUM Desa Bersama',
          targetGroup: 'pengelola_bumdes',
        },
        completion: { attendedHours: 0, scheduledHours: 24, completed: false },
        canWithdraw: true,
      });
      const full = await register(sid, participantBody(TAMBAKREJA, { name: people[4] }), 409);
      expect(full.json().detail).toContain('Kuota (2 peserta) dan daftar tunggu (2 orang) sudah penuh');
      // The same person typed with other case and spacing: the same key, so a duplicate.
      const duplicate = await register(sid, participantBody(TAMBAKREJA, { name: '  siti   AMINAH ' }), 409);
      expect(duplicate.json().detail).toContain('sudah terdaftar di angkatan ini');
      expect(fieldsOf(duplicate)).toEqual(['name']);
      const waitingDuplicate = await register(
        sid,
        participantBody(TAMBAKREJA, { name: 'Wati Lestari' }),
        409,
      );
      expect(waitingDuplicate.json().detail).toContain('sudah ada di daftar tunggu');

      const audit = (await auditRows()).filter((a) => views.some((v) => v.id === a.resource_id));
      expect(audit.map((a) => [a.action, a.resource_type, a.region_code])).toEqual(
        views.map(() => ['register', 'training_registration', TAMBAKREJA]),
      );
      expect(audit[2]!.changes.status).toEqual({ before: null, after: 'daftar_tunggu' });

      const list: TrainingRegistrationList = (
        await provider.request('GET', `/api/pelatihan/angkatan/${sid}/peserta`)
      ).json();
      expect(list).toMatchObject({
        counts: { terdaftar: 2, daftar_tunggu: 2, dibatalkan: 0 },
        hiddenCount: 0,
        canManage: true,
        canRegister: true,
        registerRefusal: null,
      });
      expect(list.items.map((i) => i.participant.name)).toEqual(people.slice(0, 4));
    });

    it('keys the person by HMAC of the domain input and keeps one participant across sessions', async () => {
      const first = await newSession('pendaftaran');
      const second = await newSession('pendaftaran');
      const body = participantBody(BUMIREJA, { name: 'Ahmad Fauzi', gender: 'laki_laki', birthYear: 1979 });
      const a: TrainingRegistrationView = (await register(first, body, 201)).json();
      const b: TrainingRegistrationView = (
        await register(
          second,
          { ...body, name: 'AHMAD  fauzi', role: 'kepala_desa', enterpriseId: null },
          201,
        )
      ).json();
      expect(b.participant.id).toBe(a.participant.id);
      expect(b.participant.roleLabel).toBe('Kepala desa');
      const expected = createHmac('sha256', SECRET)
        .update(personKeyInput({ name: 'Ahmad Fauzi', birthYear: 1979, desaCode: BUMIREJA }))
        .digest('hex');
      const [row] = await queryRows<{ person_key: string; role: string }>(
        ctx.db.orm,
        sql`select person_key, role from training_participant where id = ${a.participant.id}`,
      );
      expect(row).toEqual({ person_key: expected, role: 'kepala_desa' });
    });

    it('withdrawal gives the seat to the first waiting; a waiting withdrawal promotes nobody', async () => {
      const sid = await newSession('pendaftaran', 1);
      const seated: TrainingRegistrationView = (
        await register(sid, participantBody(TAMBAKREJA, { name: 'Dewi Sartika' }), 201)
      ).json();
      const first: TrainingRegistrationView = (
        await register(sid, participantBody(TAMBAKREJA, { name: 'Eko Prasetyo' }), 201)
      ).json();
      expect(first.status).toBe('daftar_tunggu');
      const res = await mutate(
        provider,
        'POST',
        `/api/pelatihan/angkatan/${sid}/peserta/${seated.id}/batal`,
        undefined,
        200,
        2,
      );
      const w: TrainingWithdrawal = res.json();
      expect(w.withdrawn).toMatchObject({ id: seated.id, status: 'dibatalkan', canWithdraw: false });
      expect(w.withdrawn.withdrawnAt).toBe(NOW.toISOString());
      expect(w.promoted).toMatchObject({ id: first.id, status: 'terdaftar', waitingPosition: null });
      const audit = (await auditRows()).slice(-2);
      expect(audit.map((a) => [a.action, a.resource_id])).toEqual([
        ['withdraw', seated.id],
        ['promote', first.id],
      ]);
      // Withdrawn twice: a conflict; another session's id: not found.
      const again = await mutate(
        provider,
        'POST',
        `/api/pelatihan/angkatan/${sid}/peserta/${seated.id}/batal`,
        undefined,
        409,
      );
      expect(again.json().detail).toBe('Pendaftaran ini sudah dibatalkan.');
      await mutate(
        provider,
        'POST',
        `/api/pelatihan/angkatan/${sid}/peserta/${randomUUID()}/batal`,
        undefined,
        404,
      );
      // The one who withdrew registers again: the same registration row, now waiting behind nobody.
      const back: TrainingRegistrationView = (
        await register(sid, participantBody(TAMBAKREJA, { name: 'Dewi Sartika' }), 201)
      ).json();
      expect(back).toMatchObject({
        id: seated.id,
        status: 'daftar_tunggu',
        waitingPosition: 1,
        code: 'P003',
      });
      const waiting = await mutate(
        provider,
        'POST',
        `/api/pelatihan/angkatan/${sid}/peserta/${back.id}/batal`,
        undefined,
        200,
      );
      expect((waiting.json() as TrainingWithdrawal).promoted).toBeNull();
    });

    it('refuses withdrawal once the session is finished', async () => {
      const sid = await newSession('selesai');
      const [rid] = await seat(sid, ['Gita Permata']);
      const res = await mutate(
        provider,
        'POST',
        `/api/pelatihan/angkatan/${sid}/peserta/${rid}/batal`,
        undefined,
        409,
      );
      expect(res.json().detail).toBe(stateRefusal('selesai', 'withdraw'));
    });

    it('names every bad field of a participant (400) and checks the desa and the facilitator exist', async () => {
      const sid = await newSession('pendaftaran');
      const bad = await register(
        sid,
        participantBody('123', { name: 'A', birthYear: 2020, role: 'warga', enterpriseId: randomUUID() }),
        400,
      );
      expect(fieldsOf(bad)).toEqual(['name', 'birthYear', 'desaCode', 'enterpriseId']);
      const shape = await register(sid, participantBody(TAMBAKREJA, { gender: 'lain', role: 'ketua' }), 400);
      expect(messagesOf(shape)).toEqual([
        'gender: Jenis kelamin harus perempuan atau laki_laki.',
        expect.stringMatching(/^role: Peran peserta harus salah satu dari: kepala_desa, /),
      ]);
      const unknownDesa = await register(sid, participantBody('3301012099'), 400);
      expect(messagesOf(unknownDesa)).toEqual([
        'desaCode: Desa 3301012099 tidak ditemukan dalam data wilayah.',
      ]);
      const unknownFacilitator = await register(
        sid,
        participantBody(TAMBAKREJA, { role: 'kpmd', enterpriseId: null, facilitatorId: randomUUID() }),
        400,
      );
      expect(fieldsOf(unknownFacilitator)).toEqual(['facilitatorId']);
      // The enterprise a manager manages must be in the enterprise registry.
      const unknownEnterprise = await register(
        sid,
        participantBody(TAMBAKREJA, { name: 'Lina Marlina', enterpriseId: randomUUID() }),
        400,
      );
      expect(messagesOf(unknownEnterprise)).toEqual([
        'enterpriseId: Badan usaha tidak ditemukan dalam daftar badan usaha; daftarkan dulu BUM Desa atau koperasinya.',
      ]);
      const bumdes = await insertEnterprise(ctx.db, {
        name: 'BUM Desa Uji Peserta Tambakreja',
        founders: [TAMBAKREJA],
      });
      const linked = await register(
        sid,
        participantBody(TAMBAKREJA, { name: 'Lina Marlina', enterpriseId: bumdes }),
        201,
      );
      expect((linked.json() as TrainingRegistrationView).participant.enterpriseId).toBe(bumdes);
      // A dotted code is read as the desa.
      const dotted: TrainingRegistrationView = (
        await register(sid, participantBody('33.01.01.2002', { name: 'Hadi Purnomo' }), 201)
      ).json();
      expect(dotted.participant.desa).toEqual({ code: BUMIREJA, name: 'Bumireja' });
    });

    it('holds the capacity when six register at once (capacity 3: three seats, three waiting)', async () => {
      const sid = await newSession('pendaftaran', 3);
      const names = ['Indah', 'Joko', 'Kartini', 'Lukman', 'Maya', 'Nanda'].map((n) => `${n} Serentak`);
      const results = await Promise.all(
        names.map((name) =>
          provider.request(
            'POST',
            `/api/pelatihan/angkatan/${sid}/peserta`,
            participantBody(TAMBAKREJA, { name }),
          ),
        ),
      );
      expect(results.map((r) => r.statusCode)).toEqual(names.map(() => 201));
      const views = results.map((r) => r.json() as TrainingRegistrationView);
      expect(views.filter((v) => v.status === 'terdaftar')).toHaveLength(3);
      expect(views.filter((v) => v.status === 'daftar_tunggu')).toHaveLength(3);
      const list: TrainingRegistrationList = (
        await provider.request('GET', `/api/pelatihan/angkatan/${sid}/peserta`)
      ).json();
      expect(list.counts).toEqual({ terdaftar: 3, daftar_tunggu: 3, dibatalkan: 0 });
      expect(list.items.map((i) => i.seq)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(list.items.map((i) => i.status)).toEqual([
        'terdaftar',
        'terdaftar',
        'terdaftar',
        'daftar_tunggu',
        'daftar_tunggu',
        'daftar_tunggu',
      ]);
      expect(list.items.map((i) => i.waitingPosition)).toEqual([null, null, null, 1, 2, 3]);
    });
  });

  describe('scope', () => {
    it('shows each reader what the rules allow: 404 out of scope, 403 for readers who do not manage', async () => {
      const sid = await newSession('pendaftaran', 5);
      await register(sid, participantBody(TAMBAKREJA, { name: 'Oki Setiawan' }), 201);
      const url = `/api/pelatihan/angkatan/${sid}/peserta`;
      const body = participantBody(TAMBAKREJA, { name: 'Putri Ayu' });
      // Another provider's user, a province that the session does not touch, Kota Semarang: not found.
      for (const client of [otherProvider, jatim, semarang]) {
        expect((await client.request('GET', url)).statusCode).toBe(404);
        await mutate(client, 'POST', url, body, 404);
      }
      // Cilacap reads (its desa) but does not manage: 403.
      const read: TrainingRegistrationList = (await cilacap.request('GET', url)).json();
      expect(read).toMatchObject({ canManage: false, canRegister: false, hiddenCount: 0 });
      expect(read.items[0]!.canWithdraw).toBe(false);
      const refused = await mutate(cilacap, 'POST', url, body, 403);
      expect(refused.json().detail).toBe(
        'Hanya pengguna penyelenggara pelatihan ini yang dapat mengelola programnya.',
      );
      await mutate(readOnly, 'POST', url, body, 403);
      expect((await readOnly.request('GET', url)).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
      // A participant from Kota Semarang: Semarang now reads the session, and only that person's details.
      await register(sid, participantBody(MIROTO, { name: 'Rudi Hartono' }), 201);
      const partial: TrainingRegistrationList = (await semarang.request('GET', url)).json();
      expect(partial.items.map((i) => i.participant.name)).toEqual(['Rudi Hartono']);
      expect(partial.hiddenCount).toBe(1);
      expect(partial.counts.terdaftar).toBe(2);
      for (const path of ['kehadiran', 'nilai', 'reaksi']) {
        expect(
          (await otherProvider.request('GET', `/api/pelatihan/angkatan/${sid}/${path}`)).statusCode,
        ).toBe(404);
      }
      expect(
        (await provider.request('GET', `/api/pelatihan/angkatan/${randomUUID()}/peserta`)).statusCode,
      ).toBe(404);
    });
  });

  describe('attendance', () => {
    it('refuses bad marks with their field paths and stores nothing', async () => {
      const sid = await newSession('berjalan');
      const [r1] = await seat(sid, ['Sari Dewi']);
      const { registrationId: waiting } = await insertRegistration(ctx.db, sid, {
        status: 'daftar_tunggu',
        seq: 9,
        participant: { desaCode: TAMBAKREJA },
      });
      const before = await count('training_attendance');
      const res = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${sid}/kehadiran`,
        {
          marks: [
            { registrationId: r1, date: '2026-05-14', present: true },
            { registrationId: waiting, date: '2026-05-12', present: true },
            { registrationId: r1, date: '2026-05-15', present: true },
            { registrationId: r1, date: '2026-05-12', present: true },
            { registrationId: r1, date: '2026-05-12', present: false },
            { registrationId: randomUUID(), date: '2026-05-12', present: true },
          ],
        },
        400,
      );
      expect(fieldsOf(res)).toEqual([
        'marks[0].date',
        'marks[1].registrationId',
        'marks[2].date',
        'marks[4]',
        'marks[5].registrationId',
      ]);
      expect(messagesOf(res)[0]).toBe(
        'marks[0].date: Kehadiran tanggal 2026-05-14 belum dapat dicatat: hari itu belum tiba (hari ini 2026-05-13).',
      );
      expect(await count('training_attendance')).toBe(before);
    });

    it('records marks, replaces a mark of the same day, and computes completion as the domain does', async () => {
      const sid = await newSession('berjalan');
      const [r1, r2] = await seat(sid, ['Tono Sugiarto', 'Umi Kalsum']);
      const url = `/api/pelatihan/angkatan/${sid}/kehadiran`;
      const marks = [
        { registrationId: r1!, date: '2026-05-12', present: true },
        { registrationId: r1!, date: '2026-05-13', present: true },
        { registrationId: r2!, date: '2026-05-12', present: true },
        { registrationId: r2!, date: '2026-05-13', present: false },
      ];
      const res = await mutate(provider, 'PUT', url, { marks }, 200);
      const grid: TrainingAttendanceGrid = res.json();
      expect(grid.days.map((d) => [d.date, d.present, d.absent, d.unmarked, d.future])).toEqual([
        ['2026-05-12', 2, 0, 0, false],
        ['2026-05-13', 1, 1, 0, false],
        ['2026-05-14', 0, 0, 2, true],
      ]);
      expect(grid.rows.map((r) => r.marks)).toEqual([
        ['hadir', 'hadir', null],
        ['hadir', 'tidak_hadir', null],
      ]);
      const domain = completion(DAYS, ['2026-05-12', '2026-05-13'], 80);
      expect(grid.rows[0]!.completion).toEqual({
        attendedHours: domain.attendedHours,
        scheduledHours: domain.scheduledHours,
        percentText: domain.percentText,
        minAttendancePercent: 80,
        completed: domain.completed,
        missedDates: domain.missedDates,
      });
      expect(grid.rows[0]!.completion).toMatchObject({
        attendedHours: 16,
        percentText: '66.6',
        completed: false,
      });
      const audit = (await auditRows()).at(-1)!;
      expect(audit).toMatchObject({
        action: 'record_attendance',
        resource_type: 'training_session',
        resource_id: sid,
        region_code: '3301',
      });
      expect(audit.changes).toMatchObject({
        marks: { after: 4 },
        present: { after: 3 },
        absent: { after: 1 },
        dates: { after: ['2026-05-12', '2026-05-13'] },
      });
      const replaced: TrainingAttendanceGrid = (
        await mutate(
          provider,
          'PUT',
          url,
          { marks: [{ registrationId: r2!, date: '2026-05-13', present: true }] },
          200,
        )
      ).json();
      expect(replaced.rows[1]!.marks).toEqual(['hadir', 'hadir', null]);
      const [stored] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from training_attendance where registration_id in (${r1!}::uuid, ${r2!}::uuid)`,
      );
      expect(stored!.n).toBe(4);
      expect((await cilacap.request('GET', url)).json()).toMatchObject({ canRecord: false, hiddenCount: 0 });
      await mutate(cilacap, 'PUT', url, { marks }, 403);
    });

    it('refuses attendance before the session runs (409)', async () => {
      const sid = await newSession('pendaftaran');
      const [r1] = await seat(sid, ['Vina Melati']);
      const res = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${sid}/kehadiran`,
        { marks: [{ registrationId: r1, date: '2026-05-12', present: true }] },
        409,
      );
      expect(res.json().detail).toBe(stateRefusal('pendaftaran', 'recordAttendance'));
    });
  });

  describe('scores', () => {
    it('names every invalid score and stores nothing', async () => {
      const sid = await newSession('berjalan');
      const [r1, r2] = await seat(sid, ['Wahyu Hidayat', 'Yuni Astuti']);
      const { registrationId: waiting } = await insertRegistration(ctx.db, sid, {
        status: 'daftar_tunggu',
        seq: 5,
        participant: { desaCode: TAMBAKREJA },
      });
      const before = await count('training_score');
      const res = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${sid}/nilai`,
        {
          scores: [
            { registrationId: r1, pre: { pengetahuan: 'abc', sikap: 101 }, post: { perilaku: 50 } },
            { registrationId: r1, pre: { pengetahuan: 40 } },
            { registrationId: waiting, pre: { pengetahuan: 50 } },
            { registrationId: r2, pre: { pengetahuan: 72.555 }, post: { sikap: '-1' } },
          ],
        },
        400,
      );
      expect(messagesOf(res)).toEqual([
        'scores[2].registrationId: Nilai hanya dicatat untuk peserta terdaftar; status peserta ini Daftar tunggu.',
        'scores[0].post.perilaku: Aspek perilaku tidak diuji dalam program ini.',
        'scores[0].pre.pengetahuan: Nilai harus angka 0–100; "abc" bukan angka.',
        'scores[0].pre.sikap: Nilai harus angka 0–100; 101 di luar rentang.',
        'scores[1].registrationId: Peserta ini tercantum lebih dari sekali.',
        'scores[3].post.sikap: Nilai harus angka 0–100; -1 di luar rentang.',
        'scores[3].pre.pengetahuan: Nilai paling banyak dua angka di belakang koma (misalnya 72,75).',
      ]);
      expect(await count('training_score')).toBe(before);
    });

    it('computes the gains and the summary exactly as the domain does', async () => {
      const sid = await newSession('berjalan');
      const [r1, r2, r3] = await seat(sid, ['Zainal Abidin', 'Ani Suryani', 'Bayu Aji']);
      const entered = [
        {
          registrationId: r1!,
          pre: { pengetahuan: 40, sikap: '60,5', keterampilan: 100 },
          post: { pengetahuan: 70, sikap: 80, keterampilan: 90 },
        },
        { registrationId: r2!, pre: { pengetahuan: 50 }, post: { pengetahuan: 45 } },
        { registrationId: r3!, pre: { pengetahuan: 20 } },
      ];
      const res = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${sid}/nilai`,
        { scores: entered },
        200,
      );
      const view: TrainingScores = res.json();
      const domainInput: ParticipantScores[] = entered.map((e) => ({
        participantId: e.registrationId,
        pre: e.pre,
        post: e.post ?? {},
      }));
      const domain = computeGains(domainInput, TESTED);
      if (!domain.ok) throw new Error('domain refused the scores');
      expect(view.summary).toEqual(summariseGains(domain.participants, TESTED).map(gainSummaryView));
      const knowledge = view.rows.map((r) => r.aspects.find((a) => a.aspect === 'pengetahuan')!);
      expect(
        knowledge.map((k) => [
          k.pre,
          k.post,
          k.status,
          k.gain?.exact ?? null,
          k.gain?.text ?? null,
          k.gain?.category ?? null,
        ]),
      ).toEqual([
        ['40', '70', 'dihitung', '1/2', '0.50', 'sedang'],
        ['50', '45', 'dihitung', '-1/10', '-0.10', 'turun'],
        ['20', null, 'belum_post_test', null, null, null],
      ]);
      expect(view.rows[0]!.aspects.find((a) => a.aspect === 'keterampilan')).toMatchObject({
        status: 'pre_test_sempurna',
        gain: null,
      });
      expect(view.rows[0]!.aspects.find((a) => a.aspect === 'sikap')).toMatchObject({ pre: '60.5' });
      const summary = view.summary.find((s) => s.aspect === 'pengetahuan')!;
      expect(summary.meanOfGains).toMatchObject({ exact: '1/5', text: '0.20', n: 2, category: 'rendah' });
      expect(summary.gainOfMeans).toMatchObject({
        exact: '5/22',
        text: '0.22',
        n: 2,
        meanPre: { exact: '45', text: '45.00' },
        meanPost: { exact: '115/2', text: '57.50' },
      });
      expect(summary).toMatchObject({
        participants: 3,
        excludedFromMeanOfGains: 1,
        excludedFromGainOfMeans: 1,
      });
      const audit = (await auditRows()).at(-1)!;
      expect(audit).toMatchObject({ action: 'record_scores', resource_id: sid, region_code: '3301' });
      expect(audit.changes).toMatchObject({ participants: { after: 3 }, values: { after: 9 } });

      // A missing key keeps the stored score; null erases it.
      const erased: TrainingScores = (
        await mutate(
          provider,
          'PUT',
          `/api/pelatihan/angkatan/${sid}/nilai`,
          { scores: [{ registrationId: r2!, post: { pengetahuan: null } }] },
          200,
        )
      ).json();
      expect(erased.rows[1]!.aspects.find((a) => a.aspect === 'pengetahuan')).toMatchObject({
        pre: '50',
        post: null,
        status: 'belum_post_test',
      });
      // Cilacap reads the same numbers but cannot enter any.
      const read: TrainingScores = (
        await cilacap.request('GET', `/api/pelatihan/angkatan/${sid}/nilai`)
      ).json();
      expect(read).toMatchObject({ canManage: false, canRecordPreTest: false });
      expect(read.summary).toEqual(erased.summary);
    });

    it('takes pre-tests and post-tests only in the states that allow them (409)', async () => {
      const finished = await newSession('selesai');
      const [f1] = await seat(finished, ['Citra Kirana']);
      const late = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${finished}/nilai`,
        { scores: [{ registrationId: f1, pre: { pengetahuan: 50 } }] },
        409,
      );
      expect(late.json().detail).toBe(stateRefusal('selesai', 'recordPreTest'));
      await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${finished}/nilai`,
        { scores: [{ registrationId: f1, post: { pengetahuan: 80 } }] },
        200,
      );
      const open = await newSession('pendaftaran');
      const [o1] = await seat(open, ['Dodi Kurnia']);
      const early = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${open}/nilai`,
        { scores: [{ registrationId: o1, post: { pengetahuan: 80 } }] },
        409,
      );
      expect(early.json().detail).toBe(stateRefusal('pendaftaran', 'recordPostTest'));
    });
  });

  describe('score sheet import', () => {
    const importUrl = (sid: string) =>
      `/api/pelatihan/angkatan/${sid}/nilai/impor?fileName=nilai-angkatan.xlsx`;

    it('downloads a template that, filled in, imports back', async () => {
      const sid = await newSession('berjalan');
      const [r1] = await seat(sid, ['Eka Putri', 'Fajar Nugroho']);
      await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${sid}/nilai`,
        { scores: [{ registrationId: r1!, pre: { pengetahuan: 62.5 } }] },
        200,
      );
      const res = await provider.request('GET', `/api/pelatihan/angkatan/${sid}/nilai/templat.xlsx`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="nilai-pelatihan-pengelolaan-bum-desa-angkatan-i\.xlsx"$/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as never);
      const sheet = workbook.getWorksheet('Nilai')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        'No. Peserta',
        'Nama Peserta',
        'Asal Desa',
        'Pre-test Pengetahuan',
        'Post-test Pengetahuan',
        'Pre-test Sikap',
        'Post-test Sikap',
        'Pre-test Keterampilan',
        'Post-test Keterampilan',
      ]);
      expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual([
        'P001',
        'Eka Putri',
        'Tambakreja',
        62.5,
      ]);
      expect((sheet.getRow(3).values as unknown[]).slice(1, 4)).toEqual([
        'P002',
        'Fajar Nugroho',
        'Tambakreja',
      ]);
      // Fill in the post-tests and Fajar's pre-test, as a provider would in Excel.
      sheet.getCell('E2').value = 87.5;
      sheet.getCell('D3').value = 30;
      sheet.getCell('E3').value = '65,5';
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const imported = await mutate(provider, 'POST', importUrl(sid), filled, 200);
      expect(imported.json()).toEqual({
        imported: 2,
        values: 4,
        aspects: ['pengetahuan', 'sikap', 'keterampilan'],
        missingCodes: [],
      });
      const view: TrainingScores = (
        await provider.request('GET', `/api/pelatihan/angkatan/${sid}/nilai`)
      ).json();
      const knowledge = view.rows.map((r) => r.aspects.find((a) => a.aspect === 'pengetahuan')!);
      expect(knowledge.map((k) => [k.pre, k.post, k.gain?.exact])).toEqual([
        ['62.5', '87.5', '2/3'],
        ['30', '65.5', '71/140'],
      ]);
      const audit = (await auditRows()).at(-1)!;
      expect(audit).toMatchObject({ action: 'import_scores', resource_id: sid });
      expect(audit.changes).toMatchObject({ rows: { after: 2 }, values: { after: 4 } });
    });

    it('refuses a sheet with bad rows, listing each, and stores nothing', async () => {
      const sid = await newSession('berjalan');
      await seat(sid, ['Gilang Ramadhan', 'Hesti Wulandari', 'Irfan Hakim']);
      const sheet = await sheetXlsx([
        ['Daftar nilai Angkatan I'],
        [],
        ['No', 'Kode Peserta', 'Nama', 'Nilai Awal Pengetahuan', 'Nilai Akhir Pengetahuan'],
        [1, 'P001', 'Gilang Ramadhan', 50, 80],
        [2, 'P002', 'Irfan Hakim', 'x', 150],
        [3, 'P009', 'Siapa Saja', 50, 60],
        [4, 'p001', 'Gilang Ramadhan', 55, 70],
        [5, 'P003', 'Irfan Hakim', 40.125, 70],
      ]);
      const before = await count('training_score');
      const res = await mutate(provider, 'POST', importUrl(sid), sheet, 400);
      expect(res.json().detail).toContain('tidak ada nilai yang disimpan');
      expect(messagesOf(res)).toEqual([
        'baris 5, kolom C (Nama): Nama "Irfan Hakim" tidak sesuai dengan peserta nomor P002 (Hesti Wulandari); periksa apakah barisnya bergeser.',
        'baris 5, kolom D (Nilai Awal Pengetahuan): Nilai harus angka 0–100; "x" bukan angka.',
        'baris 5, kolom E (Nilai Akhir Pengetahuan): Nilai harus angka 0–100; 150 di luar rentang.',
        'baris 6, kolom B (Kode Peserta): Nomor peserta P009 tidak terdaftar di angkatan ini.',
        'baris 7, kolom B (Kode Peserta): Nomor peserta P001 sudah ada di baris 4.',
      ]);
      expect(await count('training_score')).toBe(before);
      // A good sheet but for one score with three decimals: refused too, naming its cell.
      const decimals = await sheetXlsx([
        ['Kode Peserta', 'Pre-test Pengetahuan'],
        ['P001', 50],
        ['P003', 40.125],
      ]);
      const refused = await mutate(provider, 'POST', importUrl(sid), decimals, 400);
      expect(messagesOf(refused)).toEqual([
        'baris 3, kolom B (Pre-test Pengetahuan): Nilai paling banyak dua angka di belakang koma (misalnya 72,75).',
      ]);
      expect(await count('training_score')).toBe(before);
    });

    it('refuses what is not a workbook, and uploads of those who do not manage the session', async () => {
      const sid = await newSession('berjalan');
      await seat(sid, ['Joni Iskandar']);
      const notXlsx = await mutate(provider, 'POST', importUrl(sid), Buffer.from('kode,nilai\n'), 400);
      expect(notXlsx.json().detail).toBe(
        'nilai-angkatan.xlsx rusak atau bukan berkas XLSX (isinya tidak dikenali).',
      );
      const good = await sheetXlsx([
        ['No. Peserta', 'Pre-test Pengetahuan'],
        ['P001', 50],
      ]);
      await mutate(cilacap, 'POST', importUrl(sid), good, 403);
      await mutate(otherProvider, 'POST', importUrl(sid), good, 404);
      expect(
        (await cilacap.request('GET', `/api/pelatihan/angkatan/${sid}/nilai/templat.xlsx`)).statusCode,
      ).toBe(403);
      expect(
        (await otherProvider.request('GET', `/api/pelatihan/angkatan/${sid}/nilai/templat.xlsx`)).statusCode,
      ).toBe(404);
      const finished = await newSession('selesai');
      await seat(finished, ['Kiki Amalia']);
      const closed = await mutate(provider, 'POST', importUrl(finished), good, 409);
      expect(closed.json().detail).toBe(stateRefusal('selesai', 'recordPreTest'));
    });
  });

  describe('reaction survey', () => {
    it('enters questionnaires, refuses bad answers, and summarises as the domain does', async () => {
      const sid = await newSession('berjalan');
      const [r1, r2] = await seat(sid, ['Lina Marlina', 'Mamat Rahmat']);
      const { registrationId: waiting } = await insertRegistration(ctx.db, sid, {
        status: 'daftar_tunggu',
        seq: 7,
        participant: { desaCode: TAMBAKREJA },
      });
      const url = (rid: string) => `/api/pelatihan/angkatan/${sid}/peserta/${rid}/reaksi`;
      const bad = await mutate(
        provider,
        'PUT',
        url(r1!),
        { answers: { materi_sesuai: 6, tidak_ada: 3 }, comment: '' },
        400,
      );
      expect(fieldsOf(bad)).toEqual(['answers.materi_sesuai', 'answers.tidak_ada']);
      const first = {
        answers: { materi_sesuai: 5, materi_jelas: 4, bermanfaat: 2 },
        comment: ' Materinya bagus. ',
      };
      const second = { answers: { materi_sesuai: 3, materi_jelas: null }, comment: '' };
      await mutate(provider, 'PUT', url(r1!), { answers: { materi_sesuai: 1 }, comment: 'salah ketik' }, 200);
      const saved = await mutate(provider, 'PUT', url(r1!), first, 200);
      expect(saved.json()).toMatchObject({
        registrationId: r1,
        comment: 'Materinya bagus.',
        submittedAt: NOW.toISOString(),
      });
      await mutate(provider, 'PUT', url(r2!), second, 200);
      const audit = (await auditRows()).at(-1)!;
      expect(audit).toMatchObject({
        action: 'record_reaction',
        resource_type: 'training_registration',
        region_code: TAMBAKREJA,
      });
      expect(Object.keys(audit.changes).sort()).toEqual(['answered', 'comment', 'sessionId']);
      const waitingRes = await mutate(provider, 'PUT', url(waiting), first, 409);
      expect(waitingRes.json().detail).toContain('status peserta ini Daftar tunggu');
      const elsewhere = await newSession('berjalan');
      await mutate(provider, 'PUT', `/api/pelatihan/angkatan/${elsewhere}/peserta/${r1}/reaksi`, first, 404);

      const summary: TrainingReactionSummary = (
        await cilacap.request('GET', `/api/pelatihan/angkatan/${sid}/reaksi`)
      ).json();
      const domain = summariseReactions(
        [
          { answers: first.answers, comment: 'Materinya bagus.' },
          { answers: second.answers, comment: '' },
        ],
        STANDARD_REACTION_QUESTIONS,
      );
      expect(summary.responses).toBe(2);
      const q = summary.questions.find((x) => x.id === 'materi_sesuai')!;
      expect(q).toMatchObject({
        n: 2,
        mean: { exact: '4', text: '4.00' },
        agreeShare: { exact: '1/2', percentText: '50.0' },
        categoryLabel: 'Materi',
      });
      expect(q.distribution.map((d) => d.n)).toEqual([0, 0, 1, 0, 1]);
      expect(summary.questions.map((x) => x.n)).toEqual(domain.questions.map((x) => x.n));
      expect(summary.overallMean?.exact).toBe('7/2');
      expect(summary.categories.find((c) => c.category === 'materi')).toMatchObject({
        n: 3,
        mean: { exact: '4' },
      });
      expect(summary.comments).toEqual(['Materinya bagus.']);
      expect(summary).toMatchObject({ canRecord: false, recordRefusal: null });
    });

    it('refuses questionnaires before the session starts (409)', async () => {
      const sid = await newSession('pendaftaran');
      const [r1] = await seat(sid, ['Nina Zatulini']);
      const res = await mutate(
        provider,
        'PUT',
        `/api/pelatihan/angkatan/${sid}/peserta/${r1}/reaksi`,
        { answers: { materi_sesuai: 4 }, comment: '' },
        409,
      );
      expect(res.json().detail).toBe(stateRefusal('pendaftaran', 'recordReaction'));
    });
  });

  it('lists the routes in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, object>;
    };
    for (const path of [
      '/api/pelatihan/angkatan/{sid}/peserta',
      '/api/pelatihan/angkatan/{sid}/peserta/{rid}/batal',
      '/api/pelatihan/angkatan/{sid}/kehadiran',
      '/api/pelatihan/angkatan/{sid}/nilai',
      '/api/pelatihan/angkatan/{sid}/nilai/templat.xlsx',
      '/api/pelatihan/angkatan/{sid}/nilai/impor',
      '/api/pelatihan/angkatan/{sid}/reaksi',
      '/api/pelatihan/angkatan/{sid}/peserta/{rid}/reaksi',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
