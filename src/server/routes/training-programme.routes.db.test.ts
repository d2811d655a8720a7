import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  TrainingProgrammeList,
  TrainingProgrammeView,
  TrainingProviderList,
  TrainingProviderView,
  TrainingSessionList,
  TrainingSessionView,
} from '../../contracts/training-programme.contract.ts';
import { queryRows } from '../../db/client.ts';
import { trainingAttendance } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Aspect, TargetGroup } from '../../domain/training/aspects.ts';
import { stateRefusal, transition } from '../../domain/training/lifecycle.ts';
import { programmeIssues } from '../../domain/training/programme.ts';
import { programme as programmeDraft, snapshot } from '../../domain/training/testing.ts';
import type { TrainingTopicId } from '../../domain/training/topics.ts';
import { createTestAccount, TEST_PASSWORD } from '../../services/access/testing.ts';
import { facilitatorWithAccount } from '../../services/facilitation/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import {
  insertProgramme,
  insertProvider,
  insertRegistration,
  insertSession,
  providerAccount,
} from '../../services/training/testing.ts';
import {
  DESA_MIROTO,
  DESA_SEKAYU,
  programmeBody,
  SEMARANG_SESSION,
  sessionBody,
} from '../../services/training/testing-programme.ts';
import { type App, buildApp } from '../app.ts';
import { insertKawasan } from '../authorization-matrix.fixtures.ts';
import { anonymous, type Client, regionAccount, signIn, withToken } from '../testing.ts';

/** The server's clock: 20 May 2026, 10:00 in Jakarta, after the fixture session (12–14 May). */
const NOW = new Date('2026-05-20T03:00:00Z');
const TAMBAKREJA = '3301012001';
const BANDARHARJO = '3374021001';

describeEachEngine('training programme routes', (ctx) => {
  let app: App;
  let national: Client;
  let province: Client;
  let semarang: Client;
  let cilacap: Client;
  let villageMiroto: Client;
  let villageBandarharjo: Client;
  let facilitatorTengah: Client;
  let readOnly: Client;
  let balai: Client;
  let otherProviderUser: Client;
  let provider: TrainingProviderView;
  let otherProviderId: string;
  let programme: TrainingProgrammeView;
  let servedKawasanId: string;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW });
    const nationalAccount = await createTestAccount(ctx.db, 'nasional', [{ role: 'national' }]);
    national = await signIn(app, nationalAccount.username, TEST_PASSWORD);
    province = await regionAccount(app, ctx.db, 'prov-jateng', 'province', '33');
    semarang = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    cilacap = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    villageMiroto = await regionAccount(app, ctx.db, 'operator-miroto', 'village', DESA_MIROTO);
    villageBandarharjo = await regionAccount(app, ctx.db, 'operator-bandarharjo', 'village', BANDARHARJO);
    facilitatorTengah = await regionAccount(app, ctx.db, 'pendamping-tengah', 'facilitator', '337401');
    const token = await semarang.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
    readOnly = withToken(app, token.json().secret);
    otherProviderId = await insertProvider(ctx.db, { seatRegionCode: '3301', name: 'Universitas Lain' });
    const other = await providerAccount(ctx.db, 'penyelenggara-lain', otherProviderId);
    otherProviderUser = await signIn(app, other.username, other.password);
  });
  afterAll(() => app.close());

  const auditRows = () =>
    queryRows<{
      action: string;
      resource_type: string;
      resource_id: string;
      region_code: string | null;
      changes: unknown;
    }>(
      ctx.db.orm,
      sql`select action, resource_type, resource_id, region_code, changes from audit_log
          where resource_type in ('training_provider', 'training_programme', 'training_session') order by id`,
    );
  const auditCount = async () => (await auditRows()).length;

  /** Sends a mutation; checks it wrote one audit row when it succeeded and none when refused. */
  async function mutate(client: Client, method: 'POST' | 'PATCH', url: string, body: object, status: number) {
    const before = await auditCount();
    const res = await client.request(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(await auditCount()).toBe(before + (status < 300 ? 1 : 0));
    return res;
  }
  const fieldsOf = (res: { json(): unknown }) =>
    ((res.json() as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
  const get = (client: Client, url: string) => client.request('GET', url);

  describe('providers', () => {
    it('registers a provider seated in the administrator region, audited there', async () => {
      const res = await mutate(
        semarang,
        'POST',
        '/api/pelatihan/penyelenggara',
        {
          kind: 'balai_pelatihan',
          name: '  Balai Latihan Masyarakat Semarang ',
          seatRegionCode: '33.74',
          address: 'Jl. Pemuda No. 1',
          phone: '(024) 351 2345',
          email: 'blm@contoh.id',
        },
        201,
      );
      provider = res.json();
      expect(provider).toMatchObject({
        name: 'Balai Latihan Masyarakat Semarang',
        kind: 'balai_pelatihan',
        kindLabel: 'Balai pelatihan (BBPPMDDTT, BPPMDDTT, balai latihan masyarakat)',
        seatRegion: { code: '3374', name: 'Kota Semarang' },
        programmeCount: 0,
        canManage: true,
        canManageProgrammes: false,
      });
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_provider.create',
        resource_id: provider.id,
        region_code: '3374',
      });
    });

    it('refuses the same name in the same seat region (409), not in another', async () => {
      const same = await mutate(
        province,
        'POST',
        '/api/pelatihan/penyelenggara',
        { kind: 'lsm', name: 'balai latihan masyarakat semarang', seatRegionCode: '3374' },
        409,
      );
      expect(fieldsOf(same)).toEqual(['name']);
      expect(same.json().detail).toBe(
        'Penyelenggara bernama "balai latihan masyarakat semarang" sudah terdaftar dengan kedudukan di Kota Semarang.',
      );
      await mutate(
        province,
        'POST',
        '/api/pelatihan/penyelenggara',
        { kind: 'lsm', name: 'Balai Latihan Masyarakat Semarang', seatRegionCode: '3301' },
        201,
      );
    });

    it('is registered only by administrators whose region holds the seat', async () => {
      const body = { kind: 'perguruan_tinggi', name: 'Universitas Uji', seatRegionCode: '3374' };
      const refused = await mutate(cilacap, 'POST', '/api/pelatihan/penyelenggara', body, 403);
      expect(refused.json().detail).toMatch(/kedudukan penyelenggara/);
      await mutate(villageMiroto, 'POST', '/api/pelatihan/penyelenggara', body, 403);
      await mutate(otherProviderUser, 'POST', '/api/pelatihan/penyelenggara', body, 403);
      await mutate(readOnly, 'POST', '/api/pelatihan/penyelenggara', body, 403);
      await mutate(anonymous(app), 'POST', '/api/pelatihan/penyelenggara', body, 401);
    });

    it.each([
      [{ name: 'AB' }, ['name']],
      [{ email: 'bukan-surel', phone: 'telepon' }, ['phone', 'email']],
      [{ address: 'x'.repeat(501) }, ['address']],
      [{ seatRegionCode: '337499' }, ['seatRegionCode']],
      [{ seatRegionCode: '33x' }, ['seatRegionCode']],
    ])('refuses bad input %# naming the fields, writing nothing', async (overrides, fields) => {
      const res = await mutate(
        semarang,
        'POST',
        '/api/pelatihan/penyelenggara',
        { kind: 'lsm', name: 'Yayasan Desa Maju', seatRegionCode: '3374', ...overrides },
        400,
      );
      expect(fieldsOf(res)).toEqual(fields);
    });

    it('lists providers to every signed-in user, by part of the name and region', async () => {
      const all = (await get(villageMiroto, '/api/pelatihan/penyelenggara')).json() as TrainingProviderList;
      expect(all.items.map((p) => p.name)).toEqual([
        'Balai Latihan Masyarakat Semarang',
        'Balai Latihan Masyarakat Semarang',
        'Universitas Lain',
      ]);
      expect(all.items.every((p) => !p.canManage)).toBe(true);
      const inSemarang = (
        await get(villageMiroto, '/api/pelatihan/penyelenggara?region=33.74&q=latihan')
      ).json() as TrainingProviderList;
      expect(inSemarang.items.map((p) => p.id)).toEqual([provider.id]);
      expect(inSemarang.total).toBe(1);
      expect((await get(villageMiroto, '/api/pelatihan/penyelenggara?q=univ')).json().total).toBe(1);
      expect((await get(anonymous(app), '/api/pelatihan/penyelenggara')).statusCode).toBe(401);
      expect((await get(villageMiroto, `/api/pelatihan/penyelenggara/${randomUUID()}`)).statusCode).toBe(404);
    });

    it('is changed by the seat administrators; moving the seat needs the new region too', async () => {
      const url = `/api/pelatihan/penyelenggara/${provider.id}`;
      await mutate(cilacap, 'PATCH', url, { address: 'Jl. Lain' }, 403);
      const changed = await mutate(semarang, 'PATCH', url, { address: 'Jl. Pandanaran No. 5' }, 200);
      expect(changed.json().address).toBe('Jl. Pandanaran No. 5');
      const audit = (await auditRows()).at(-1)!;
      expect(audit).toMatchObject({ action: 'training_provider.update', region_code: '3374' });
      expect(JSON.stringify(audit.changes)).toContain('Jl. Pandanaran No. 5');
      await mutate(semarang, 'PATCH', url, { seatRegionCode: '3301' }, 403);
      // Unchanged: answered, nothing to audit.
      const before = await auditCount();
      const same = await semarang.request('PATCH', url, { address: 'Jl. Pandanaran No. 5' });
      expect(same.statusCode).toBe(200);
      expect(await auditCount()).toBe(before);
    });
  });

  describe('the training_provider role scoped to a provider', () => {
    const grant = (providerId: string) => ({
      role: 'training_provider',
      scope: { kind: 'training_provider', id: providerId },
    });
    const newAccount = (username: string, providerId: string) => ({
      username,
      name: 'Staf Balai',
      password: 'kata-sandi-panjang',
      assignments: [grant(providerId)],
    });

    it('is granted by an administrator of the seat region, labelled with the provider name', async () => {
      const res = await semarang.request('POST', '/api/users', newAccount('staf-balai', provider.id));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().assignments).toMatchObject([
        {
          role: 'training_provider',
          scope: { kind: 'training_provider', id: provider.id, label: 'Balai Latihan Masyarakat Semarang' },
        },
      ]);
      balai = await signIn(app, 'staf-balai', 'kata-sandi-panjang');
      const mine = (await get(balai, `/api/pelatihan/penyelenggara/${provider.id}`)).json();
      expect(mine.canManageProgrammes).toBe(true);
    });

    it('is refused to an administrator of another region and for an unknown provider', async () => {
      const elsewhere = await cilacap.request('POST', '/api/users', newAccount('staf-lain', provider.id));
      expect(elsewhere.statusCode, elsewhere.body).toBe(403);
      const unknown = await semarang.request('POST', '/api/users', newAccount('staf-x', randomUUID()));
      expect(unknown.statusCode).toBe(400);
      expect(fieldsOf(unknown)).toEqual(['assignments.0.scope.id']);
      const operator = (
        await semarang.request('POST', '/api/users', {
          username: 'calon-staf',
          name: 'Calon Staf',
          password: 'kata-sandi-panjang',
          assignments: [{ role: 'village', scope: { kind: 'region', code: DESA_SEKAYU } }],
        })
      ).json();
      expect(
        (await cilacap.request('POST', `/api/users/${operator.id}/assignments`, grant(provider.id)))
          .statusCode,
      ).toBe(403);
      const granted = await semarang.request(
        'POST',
        `/api/users/${operator.id}/assignments`,
        grant(provider.id),
      );
      expect(granted.statusCode, granted.body).toBe(201);
      expect(granted.json().scope.label).toBe('Balai Latihan Masyarakat Semarang');
    });
  });

  describe('programmes', () => {
    it('are created by the provider users with the domain defaults, audited in the seat region', async () => {
      const res = await mutate(balai, 'POST', '/api/pelatihan/program', programmeBody(provider.id), 201);
      programme = res.json();
      expect(programme).toMatchObject({
        provider: { id: provider.id, name: 'Balai Latihan Masyarakat Semarang' },
        title: 'Pelatihan Pengelolaan BUM Desa',
        topicLabel: 'Tata kelola dan manajemen BUM Desa / BUM Desa Bersama',
        targetAspects: [
          { id: 'pengetahuan', label: 'Pengetahuan' },
          { id: 'sikap', label: 'Sikap' },
          { id: 'keterampilan', label: 'Keterampilan' },
        ],
        targetGroups: [{ id: 'pengelola_bumdes', label: 'Pengelola BUM Desa / BUM Desa Bersama' }],
        curriculumHours: 24,
        minAttendancePercent: 80,
        followUpMonths: 3,
        sessions: [],
        canManage: true,
      });
      expect(programme.competencies[0]).toMatchObject({ aspect: 'pengetahuan', aspectLabel: 'Pengetahuan' });
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_programme.create',
        resource_id: programme.id,
        region_code: '3374',
      });
    });

    it('are refused to anyone not working for the provider', async () => {
      const body = programmeBody(provider.id);
      const refused = await mutate(otherProviderUser, 'POST', '/api/pelatihan/program', body, 403);
      expect(refused.json().detail).toBe(
        'Hanya pengguna penyelenggara pelatihan ini yang dapat mengelola programnya.',
      );
      await mutate(semarang, 'POST', '/api/pelatihan/program', body, 403);
      await mutate(national, 'POST', '/api/pelatihan/program', body, 403);
      const unknown = await mutate(balai, 'POST', '/api/pelatihan/program', programmeBody(randomUUID()), 400);
      expect(fieldsOf(unknown)).toEqual(['providerId']);
    });

    it('answer the domain issues with their field paths, writing nothing', async () => {
      const overrides = {
        title: 'BUM',
        targetAspects: ['pengetahuan', 'sikap'],
        competencies: [{ aspect: 'pengetahuan', description: 'Menjelaskan organ BUM Desa' }],
        testedAspects: ['keterampilan'],
        curriculumHours: 0,
        minAttendancePercent: 150,
      };
      const res = await mutate(
        balai,
        'POST',
        '/api/pelatihan/program',
        programmeBody(provider.id, overrides),
        400,
      );
      const expected = programmeIssues(
        programmeDraft({
          providerId: provider.id,
          ...overrides,
          targetAspects: overrides.targetAspects as Aspect[],
          competencies: overrides.competencies as { aspect: Aspect; description: string }[],
          testedAspects: overrides.testedAspects as Aspect[],
        }),
      );
      expect(res.json().errors).toEqual(expected);
      expect(fieldsOf(res)).toEqual(
        expect.arrayContaining([
          'title',
          'competencies',
          'testedAspects[0]',
          'curriculumHours',
          'minAttendancePercent',
        ]),
      );
      const unknownTopic = await mutate(
        balai,
        'POST',
        '/api/pelatihan/program',
        programmeBody(provider.id, {
          topicId: 'memasak',
          targetGroups: ['pengelola_bumdes', 'pengelola_bumdes'],
        }),
        400,
      );
      expect(fieldsOf(unknownTopic)).toEqual(['topicId', 'targetGroups[1]']);
      expect(
        programmeIssues(
          programmeDraft({
            topicId: 'memasak' as TrainingTopicId,
            targetGroups: ['pengelola_bumdes', 'pengelola_bumdes'] as TargetGroup[],
          }),
        ).map((i) => i.message),
      ).toEqual(unknownTopic.json().errors.map((e: { message: string }) => e.message));
    });

    it('are changed by the provider users; another provider does not see them, a reader may not change them', async () => {
      const url = `/api/pelatihan/program/${programme.id}`;
      const changed = await mutate(
        balai,
        'PATCH',
        url,
        { followUpMonths: 6, description: 'Tata kelola BUM Desa.' },
        200,
      );
      expect(changed.json()).toMatchObject({ followUpMonths: 6, description: 'Tata kelola BUM Desa.' });
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_programme.update',
        region_code: '3374',
      });
      await mutate(otherProviderUser, 'PATCH', url, { followUpMonths: 4 }, 404);
      const bad = await mutate(balai, 'PATCH', url, { testedAspects: ['perilaku'] }, 400);
      expect(fieldsOf(bad)).toEqual(['testedAspects[0]']);
    });

    it('are read, before any session, by the provider and the administrators of its seat only', async () => {
      const url = `/api/pelatihan/program/${programme.id}`;
      for (const reader of [balai, semarang, national]) expect((await get(reader, url)).statusCode).toBe(200);
      for (const reader of [cilacap, villageMiroto, otherProviderUser])
        expect((await get(reader, url)).statusCode).toBe(404);
    });
  });

  describe('sessions', () => {
    let session: TrainingSessionView;

    it('are planned by the provider users with names of places, and state rencana', async () => {
      const res = await mutate(
        balai,
        'POST',
        `/api/pelatihan/program/${programme.id}/angkatan`,
        sessionBody(),
        201,
      );
      session = res.json();
      expect(session).toMatchObject({
        programme: { id: programme.id, title: 'Pelatihan Pengelolaan BUM Desa', curriculumHours: 24 },
        provider: { id: provider.id },
        label: 'Angkatan I',
        scheduledHours: 24,
        place: {
          mode: 'luring',
          modeLabel: 'Tatap muka (luring)',
          region: { code: '337401', name: 'Semarang Tengah' },
        },
        desa: [
          { code: DESA_MIROTO, name: 'Miroto', district: 'Semarang Tengah' },
          { code: DESA_SEKAYU, name: 'Sekayu', district: 'Semarang Tengah' },
        ],
        state: 'rencana',
        stateLabel: 'Rencana',
        counts: { registered: 0, waiting: 0, withdrawn: 0 },
        canManage: true,
      });
      expect(session.allows.editSchedule).toBe(true);
      expect(session.allows.register).toBe(false);
      expect(session.actions).toEqual([
        { action: 'open_registration', label: 'Buka pendaftaran', refusal: null },
        { action: 'cancel', label: 'Batalkan pelatihan', refusal: null },
      ]);
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_session.create',
        resource_type: 'training_session',
        resource_id: session.id,
        region_code: '3374',
      });
    });

    it('make the programme readable where they take place, and only there', async () => {
      const url = `/api/pelatihan/program/${programme.id}`;
      for (const reader of [semarang, province, national, villageMiroto, facilitatorTengah]) {
        const res = await get(reader, url);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().canManage).toBe(false);
      }
      for (const reader of [cilacap, villageBandarharjo, otherProviderUser])
        expect((await get(reader, url)).statusCode).toBe(404);
      const view = (await get(semarang, url)).json() as TrainingProgrammeView;
      expect(view.sessions.map((s) => [s.id, s.stateLabel])).toEqual([[session.id, 'Rencana']]);
      expect((await get(villageMiroto, `/api/pelatihan/angkatan/${session.id}`)).json().actions).toEqual([]);
      expect((await get(cilacap, `/api/pelatihan/angkatan/${session.id}`)).statusCode).toBe(404);
      // A reader may not change what they read.
      await mutate(semarang, 'PATCH', url, { followUpMonths: 4 }, 403);
      await mutate(semarang, 'PATCH', `/api/pelatihan/angkatan/${session.id}`, { label: 'Angkatan X' }, 403);
    });

    it('answer the domain and reference issues with field paths, writing nothing', async () => {
      const url = `/api/pelatihan/program/${programme.id}/angkatan`;
      const short = await mutate(
        balai,
        'POST',
        url,
        sessionBody({ schedule: sessionBody().schedule.slice(0, 2), endDate: '2026-05-11' }),
        400,
      );
      expect(short.json().errors).toEqual([
        {
          field: 'endDate',
          message: 'Tanggal selesai (2026-05-11) tidak boleh sebelum tanggal mulai (2026-05-12).',
        },
        {
          field: 'schedule',
          message: 'Jumlah JP dalam jadwal (16) harus sama dengan JP kurikulum program (24).',
        },
      ]);
      const unknown = await mutate(
        balai,
        'POST',
        url,
        sessionBody({
          desaCodes: ['33.74.01.1099'],
          kawasanIds: [randomUUID()],
          trainers: [{ name: 'Sri Rahayu', facilitatorId: randomUUID() }],
          place: { mode: 'luring', name: 'Aula Desa', regionCode: '337499' },
        }),
        400,
      );
      expect(unknown.json().errors).toEqual([
        { field: 'place.regionCode', message: 'Wilayah 337499 tidak ditemukan dalam data wilayah.' },
        { field: 'desaCodes[0]', message: 'Desa 3374011099 tidak ditemukan dalam data wilayah.' },
        { field: 'kawasanIds[0]', message: 'Kawasan tidak ditemukan.' },
        { field: 'trainers[0].facilitatorId', message: 'Pendamping tidak ditemukan.' },
      ]);
      const offline = await mutate(
        balai,
        'POST',
        url,
        sessionBody({ place: { mode: 'luring', name: 'Aula' } }),
        400,
      );
      expect(fieldsOf(offline)).toEqual(['place.regionCode']);
      await mutate(otherProviderUser, 'POST', url, sessionBody(), 404);
      await mutate(semarang, 'POST', url, sessionBody(), 403);
    });

    it('serve kawasan by name; the kawasan manager reads them', async () => {
      const kawasanId = await insertKawasan(ctx.db, {
        name: 'Kawasan Agropolitan Kedungreja',
        kabupaten: '3301',
        state: 'perencanaan',
        members: [TAMBAKREJA],
      });
      const manager = await createTestAccount(ctx.db, 'pengelola-kawasan', [
        { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId } },
      ]);
      const managerClient = await signIn(app, manager.username, manager.password);
      servedKawasanId = kawasanId;
      const { facilitatorId } = await facilitatorWithAccount(ctx.db, 'pendamping-pelatih', '330101', {
        name: 'Budi Santoso',
      });
      const daring = sessionBody({
        label: 'Angkatan Daring',
        place: { mode: 'daring', name: 'Zoom Balai' },
        desaCodes: [],
        kawasanIds: [kawasanId],
        trainers: [{ name: 'Budi Santoso', affiliation: 'Pendamping Desa', facilitatorId }],
      });
      const res = await mutate(balai, 'POST', `/api/pelatihan/program/${programme.id}/angkatan`, daring, 201);
      const view = res.json() as TrainingSessionView;
      expect(view.kawasan).toEqual([{ id: kawasanId, name: 'Kawasan Agropolitan Kedungreja' }]);
      expect(view.place).toMatchObject({ mode: 'daring', modeLabel: 'Daring', region: null });
      expect(view.trainers).toEqual([
        {
          name: 'Budi Santoso',
          affiliation: 'Pendamping Desa',
          facilitator: { id: facilitatorId, name: 'Budi Santoso' },
        },
      ]);
      expect((await get(managerClient, `/api/pelatihan/angkatan/${view.id}`)).statusCode).toBe(200);
      const list = (
        await get(managerClient, `/api/pelatihan/program?kawasanId=${kawasanId}`)
      ).json() as TrainingProgrammeList;
      expect(list.items.map((p) => p.id)).toEqual([programme.id]);
      const other = await createTestAccount(ctx.db, 'pengelola-lain', [
        { role: 'kawasan_manager', scope: { kind: 'kawasan', id: randomUUID() } },
      ]);
      const otherClient = await signIn(app, other.username, other.password);
      expect((await get(otherClient, `/api/pelatihan/angkatan/${view.id}`)).statusCode).toBe(404);
    });

    it('are changed while planned or open; the capacity never below the registered; later 409', async () => {
      const url = `/api/pelatihan/angkatan/${session.id}`;
      const changed = await mutate(balai, 'PATCH', url, { label: 'Angkatan I Semarang', capacity: 20 }, 200);
      expect(changed.json()).toMatchObject({ label: 'Angkatan I Semarang', capacity: 20 });
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_session.update',
        resource_id: session.id,
      });
      await insertRegistration(ctx.db, session.id, { participant: { desaCode: DESA_MIROTO } });
      await insertRegistration(ctx.db, session.id, { participant: { desaCode: DESA_MIROTO } });
      const below = await mutate(balai, 'PATCH', url, { capacity: 1 }, 400);
      expect(below.json().errors).toEqual([
        { field: 'capacity', message: 'Kuota (1) tidak boleh kurang dari peserta yang sudah terdaftar (2).' },
      ]);
      const running = await insertSession(ctx.db, programme.id, {
        state: 'berjalan',
        overrides: SEMARANG_SESSION,
      });
      const late = await mutate(balai, 'PATCH', `/api/pelatihan/angkatan/${running}`, { capacity: 30 }, 409);
      expect(late.json().detail).toBe(stateRefusal('berjalan', 'editSchedule'));
    });
  });

  describe('the lifecycle through the route', () => {
    const act = (client: Client, sid: string, body: object, status: number) =>
      mutate(client, 'POST', `/api/pelatihan/angkatan/${sid}/tindakan`, body, status);
    const stored = (options: Parameters<typeof insertSession>[2]) =>
      insertSession(ctx.db, programme.id, options);
    /** Attendance on `dates` (absent on the first: a mark all the same). */
    const markDays = async (registrationId: string, dates: readonly string[]) => {
      await ctx.db.orm
        .insert(trainingAttendance)
        .values(dates.map((date) => ({ registrationId, date, present: date !== dates[0], recordedAt: NOW })));
    };

    it('opens, starts and finishes a session, each step audited with from and to', async () => {
      const sid = await stored({ overrides: SEMARANG_SESSION });
      const opened = await act(balai, sid, { action: 'open_registration' }, 200);
      expect(opened.json()).toMatchObject({ state: 'pendaftaran', stateLabel: 'Pendaftaran dibuka' });
      expect(opened.json().allows.register).toBe(true);
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_session.open_registration',
        resource_id: sid,
        region_code: '3374',
        changes: { state: { before: 'rencana', after: 'pendaftaran' } },
      });
      const started = await act(balai, sid, { action: 'start' }, 409);
      const rule = transition(snapshot({ state: 'pendaftaran', registeredCount: 0 }), 'start', {
        today: '2026-05-20',
      });
      expect(rule.ok).toBe(false);
      expect(started.json().detail).toBe(rule.ok ? '' : rule.reason);
      expect(started.json().detail).toBe(
        'Syarat "peserta terdaftar" belum terpenuhi: Belum ada peserta terdaftar; pelatihan tanpa peserta tidak dapat dimulai.',
      );
      const { registrationId } = await insertRegistration(ctx.db, sid, {
        participant: { desaCode: DESA_SEKAYU },
      });
      await insertRegistration(ctx.db, sid, {
        status: 'daftar_tunggu',
        participant: { desaCode: DESA_SEKAYU },
      });
      const running = await act(balai, sid, { action: 'start' }, 200);
      expect(running.json()).toMatchObject({ state: 'berjalan', counts: { registered: 1, waiting: 1 } });
      expect(running.json().actions.map((a: { action: string }) => a.action)).toEqual(['finish', 'cancel']);
      expect(running.json().actions[0].refusal).toMatch(/Kehadiran belum dicatat/);

      const unmarked = await act(balai, sid, { action: 'finish' }, 400);
      expect(unmarked.json().detail).toBe(
        'Syarat "kehadiran setiap hari tercatat" belum terpenuhi: Kehadiran belum dicatat untuk tanggal 2026-05-12, 2026-05-13, 2026-05-14; kelulusan peserta dihitung dari kehadiran.',
      );
      expect(fieldsOf(unmarked)).toEqual(['attendance']);
      await markDays(registrationId, ['2026-05-12', '2026-05-13']);
      const oneDay = await act(balai, sid, { action: 'finish' }, 400);
      expect(oneDay.json().detail).toMatch(/tanggal 2026-05-14;/);
      await markDays(registrationId, ['2026-05-14']);
      const finished = await act(balai, sid, { action: 'finish' }, 200);
      expect(finished.json()).toMatchObject({ state: 'selesai', actions: [] });
      expect(finished.json().allows.issueCertificate).toBe(true);
      const final = await act(balai, sid, { action: 'cancel', reason: 'Tidak jadi dilaksanakan.' }, 409);
      expect(final.json().detail).toBe(
        'Tindakan "Batalkan pelatihan" tidak berlaku untuk pelatihan berstatus Selesai: statusnya final dan tidak dapat diubah lagi.',
      );
      const actions = (await auditRows()).filter((r) => r.resource_id === sid).map((r) => r.action);
      expect(actions).toEqual([
        'training_session.open_registration',
        'training_session.start',
        'training_session.finish',
      ]);
    });

    it('refuses to finish before the last day, and an action the state does not allow', async () => {
      const later = await stored({
        state: 'berjalan',
        overrides: {
          ...SEMARANG_SESSION,
          startDate: '2026-05-19',
          endDate: '2026-05-21',
          schedule: [
            { date: '2026-05-19', hours: 8, agenda: 'Hari 1' },
            { date: '2026-05-20', hours: 8, agenda: 'Hari 2' },
            { date: '2026-05-21', hours: 8, agenda: 'Hari 3' },
          ],
        },
      });
      const early = await act(balai, later, { action: 'finish' }, 400);
      expect(early.json().detail).toBe(
        'Syarat "jadwal telah berakhir" belum terpenuhi: Hari terakhir jadwal (2026-05-21) belum tiba (hari ini 2026-05-20); pelatihan diselesaikan pada atau setelah hari terakhir.',
      );
      expect(fieldsOf(early)).toEqual(['endDate']);
      const wrong = await act(balai, later, { action: 'open_registration' }, 409);
      expect(wrong.json().detail).toBe(
        'Tindakan "Buka pendaftaran" tidak berlaku untuk pelatihan berstatus Berjalan; yang dapat dilakukan: Selesaikan pelatihan, Batalkan pelatihan.',
      );
    });

    it('refuses to open an incomplete draft, naming its issues', async () => {
      const incomplete = await stored({
        overrides: { ...SEMARANG_SESSION, schedule: [{ date: '2026-05-12', hours: 8, agenda: '' }] },
      });
      const res = await act(balai, incomplete, { action: 'open_registration' }, 400);
      expect(res.json().detail).toBe(
        'Syarat "kelengkapan data pelatihan" belum terpenuhi: Jumlah JP dalam jadwal (8) harus sama dengan JP kurikulum program (24).',
      );
      expect(fieldsOf(res)).toEqual(['schedule']);
      const view = (await get(balai, `/api/pelatihan/angkatan/${incomplete}`)).json() as TrainingSessionView;
      expect(view.actions[0]).toMatchObject({ action: 'open_registration', refusal: res.json().detail });
    });

    it('cancels only with a reason, kept on the session and in the audit', async () => {
      const sid = await stored({ state: 'pendaftaran', overrides: SEMARANG_SESSION });
      const bare = await act(balai, sid, { action: 'cancel', reason: 'batal' }, 400);
      expect(fieldsOf(bare)).toEqual(['reason']);
      const res = await act(
        balai,
        sid,
        { action: 'cancel', reason: '  Narasumber berhalangan hadir.  ' },
        200,
      );
      expect(res.json()).toMatchObject({ state: 'batal', cancelReason: 'Narasumber berhalangan hadir.' });
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'training_session.cancel',
        changes: {
          state: { before: 'pendaftaran', after: 'batal' },
          reason: { before: null, after: 'Narasumber berhalangan hadir.' },
        },
      });
    });

    it('is taken only by the provider users (others 404 or 403, visitors 401)', async () => {
      const sid = await stored({ overrides: SEMARANG_SESSION });
      await act(otherProviderUser, sid, { action: 'open_registration' }, 404);
      await act(semarang, sid, { action: 'open_registration' }, 403);
      await act(readOnly, sid, { action: 'open_registration' }, 403);
      await act(anonymous(app), sid, { action: 'open_registration' }, 401);
      await act(balai, randomUUID(), { action: 'open_registration' }, 404);
      const bad = await balai.request('POST', `/api/pelatihan/angkatan/${sid}/tindakan`, { action: 'tutup' });
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual(['action']);
    });

    it('keeps what a programme is measured by once a session of it has started; its texts still change', async () => {
      const sid = await stored({ state: 'selesai', overrides: SEMARANG_SESSION });
      expect((await get(balai, `/api/pelatihan/angkatan/${sid}`)).json().state).toBe('selesai');
      const url = `/api/pelatihan/program/${programme.id}`;
      const refused = await mutate(balai, 'PATCH', url, { followUpMonths: 5, minAttendancePercent: 70 }, 409);
      expect(fieldsOf(refused)).toEqual(['minAttendancePercent', 'followUpMonths']);
      expect(refused.json().detail).toContain('sudah berjalan atau selesai');
      const renamed = await mutate(balai, 'PATCH', url, { description: 'Uraian yang diperbarui.' }, 200);
      expect(renamed.json().description).toBe('Uraian yang diperbarui.');
    });
  });

  describe('lists', () => {
    it('lists the sessions a reader may read, by state, dates, region and programme', async () => {
      const mine = (await get(balai, '/api/pelatihan/angkatan?limit=500')).json() as TrainingSessionList;
      expect(mine.total).toBeGreaterThanOrEqual(8);
      expect(mine.items.every((s) => s.provider.id === provider.id)).toBe(true);
      const starts = mine.items.map((s) => s.startDate);
      expect(starts).toEqual([...starts].sort());
      expect((await get(otherProviderUser, '/api/pelatihan/angkatan')).json().total).toBe(0);

      const finished = (
        await get(balai, '/api/pelatihan/angkatan?state=selesai')
      ).json() as TrainingSessionList;
      expect(finished.items.map((s) => s.state)).toEqual(finished.items.map(() => 'selesai'));
      expect(finished.total).toBe(2);
      const late = (
        await get(balai, '/api/pelatihan/angkatan?from=2026-05-15')
      ).json() as TrainingSessionList;
      expect(late.items.map((s) => s.endDate)).toEqual(['2026-05-21']);
      const early = (await get(balai, '/api/pelatihan/angkatan?to=2026-05-18')).json() as TrainingSessionList;
      expect(early.total).toBe(mine.total - 1);

      // The kawasan session (online, Cilacap kawasan) touches no region of Kota Semarang.
      // Sessions are read by their programme's rule: Kota Semarang reads every session of a
      // programme held there, and narrows to its own region for its calendar.
      expect((await get(semarang, '/api/pelatihan/angkatan?limit=500')).json().total).toBe(mine.total);
      const semarangCalendar = (
        await get(semarang, '/api/pelatihan/angkatan?region=3374&limit=500')
      ).json() as TrainingSessionList;
      expect(semarangCalendar.total).toBe(mine.total - 1);
      expect(semarangCalendar.items.map((s) => s.label)).not.toContain('Angkatan Daring');
      const tengah = (await get(national, '/api/pelatihan/angkatan?region=33.74.01&limit=500')).json();
      expect(tengah.total).toBe(mine.total - 1);
      // The kawasan served has a member desa in Kabupaten Cilacap: Cilacap reads the programme,
      // so its sessions, and its own calendar holds that one session.
      expect((await get(cilacap, '/api/pelatihan/angkatan?limit=500')).json().total).toBe(mine.total);
      const cilacapCalendar = (
        await get(cilacap, '/api/pelatihan/angkatan?region=3301&limit=500')
      ).json() as TrainingSessionList;
      expect(cilacapCalendar.items.map((s) => s.label)).toEqual(['Angkatan Daring']);
      expect((await get(otherProviderUser, '/api/pelatihan/angkatan?region=3301')).json().total).toBe(0);
      const served = (
        await get(balai, `/api/pelatihan/angkatan?kawasanId=${servedKawasanId}`)
      ).json() as TrainingSessionList;
      expect(served.items.map((s) => s.label)).toEqual(['Angkatan Daring']);
      const byProgramme = (
        await get(villageMiroto, `/api/pelatihan/angkatan?programmeId=${programme.id}&limit=500`)
      ).json() as TrainingSessionList;
      expect(byProgramme.total).toBe(mine.total);
      expect(byProgramme.items.find((s) => s.label === 'Angkatan I Semarang')).toMatchObject({
        programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
        placeRegion: { code: '337401', name: 'Semarang Tengah' },
      });
    });

    it('lists the programmes a reader may read, with their sessions span, by provider, topic and region', async () => {
      const second = await insertProgramme(ctx.db, provider.id, {
        title: 'Pelatihan Pemasaran Daring',
        topicId: 'pemasaran_digital',
      });
      await insertSession(ctx.db, second, {
        overrides: {
          ...SEMARANG_SESSION,
          desaCodes: [],
          place: { mode: 'luring', name: 'Aula', regionCode: '337402' },
        },
      });
      const mine = (await get(balai, '/api/pelatihan/program')).json() as TrainingProgrammeList;
      expect(mine.items.map((p) => p.title)).toEqual([
        'Pelatihan Pemasaran Daring',
        'Pelatihan Pengelolaan BUM Desa',
      ]);
      expect(mine.items[1]).toMatchObject({
        canManage: true,
        firstDate: '2026-05-12',
        lastDate: '2026-05-21',
      });
      expect(mine.items[1]!.sessionCount).toBeGreaterThanOrEqual(8);
      const byTopic = (await get(balai, '/api/pelatihan/program?topicId=pemasaran_digital')).json();
      expect(byTopic.items.map((p: { id: string }) => p.id)).toEqual([second]);
      const utara = (await get(semarang, '/api/pelatihan/program?region=337402')).json();
      expect(utara.items.map((p: { id: string }) => p.id)).toEqual([second]);
      expect(utara.items[0].canManage).toBe(false);
      expect((await get(villageMiroto, '/api/pelatihan/program')).json().total).toBe(1);
      expect((await get(villageBandarharjo, '/api/pelatihan/program')).json().total).toBe(0);
      const paged = (await get(balai, '/api/pelatihan/program?limit=1&offset=1')).json();
      expect(paged).toMatchObject({ total: 2, items: [{ title: 'Pelatihan Pengelolaan BUM Desa' }] });
      expect(
        (await get(otherProviderUser, `/api/pelatihan/program?providerId=${provider.id}`)).json().total,
      ).toBe(0);
      const count = (await get(villageMiroto, `/api/pelatihan/penyelenggara/${provider.id}`)).json();
      expect(count.programmeCount).toBe(2);
    });

    it('documents every route in /api/docs', async () => {
      const spec = (await app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([
          '/api/pelatihan/penyelenggara',
          '/api/pelatihan/penyelenggara/{pid}',
          '/api/pelatihan/program',
          '/api/pelatihan/program/{prid}',
          '/api/pelatihan/program/{prid}/angkatan',
          '/api/pelatihan/angkatan',
          '/api/pelatihan/angkatan/{sid}',
          '/api/pelatihan/angkatan/{sid}/tindakan',
        ]),
      );
    });
  });
});
