import { createHmac, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AssignmentView,
  FacilitatorDetail,
  FacilitatorList,
  FacilitatorView,
  MyFacilitation,
} from '../../contracts/facilitation.contract.ts';
import { queryRows } from '../../db/client.ts';
import { activityEntry } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { DUPLICATE_NIK } from '../../services/facilitation/facilitator.service.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { insertKawasan } from '../authorization-matrix.fixtures.ts';
import { type Client, regionAccount, signIn, withToken } from '../testing.ts';

/** The server's clock: 15 March 2026, 10:00 in Jakarta. */
const NOW = new Date('2026-03-15T03:00:00Z');
const TODAY = '2026-03-15';
const MONTH_AGO = '2026-02-13';
const SECRET = 'rahasia-nik-uji-0123456789abcdef';
/** Two well-formed NIKs (Cilacap, women born 5 Aug 1990 and 12 Mar 1985). */
const NIK_SRI = '3301014508900001';
const NIK_OTHER = '3301011203850002';
const hashOf = (nik: string) => createHmac('sha256', SECRET).update(`kawasan:nik:v1:${nik}`).digest('hex');

/** Desa of Kecamatan Kedungreja (Cilacap) in the mini region list. */
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';

describeEachEngine('facilitator routes', (ctx) => {
  let app: App;
  let kabupaten: Client;
  let province: Client;
  let semarang: Client;
  let village: Client;
  let readOnly: Client;
  let ta: FacilitatorView;
  let pld: FacilitatorView;
  let pldLogin: Client;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW, nikSecret: SECRET });
    kabupaten = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    province = await regionAccount(app, ctx.db, 'prov-jateng', 'province', '33');
    semarang = await regionAccount(app, ctx.db, 'kab-semarang', 'kabupaten', '3374');
    village = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    const token = await kabupaten.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
    readOnly = withToken(app, token.json().secret);
  });
  afterAll(() => app.close());

  /** A fresh account with the facilitator role over `code`. */
  const facilitatorAccount = (username: string, code = '330101') =>
    createTestAccount(ctx.db, username, [{ role: 'facilitator', scope: { kind: 'region', code } }]);

  const auditRows = () =>
    queryRows<{ action: string; resource_type: string; region_code: string | null; changes: unknown }>(
      ctx.db.orm,
      sql`select action, resource_type, region_code, changes from audit_log
          where resource_type in ('facilitator', 'facilitator_assignment') order by id`,
    );
  const auditCount = async () => (await auditRows()).length;

  /** Sends a mutation and checks that it wrote exactly one audit row when it succeeded, none when refused. */
  async function mutate(client: Client, method: 'POST' | 'PATCH', url: string, body: object, status: number) {
    const before = await auditCount();
    const res = await client.request(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(await auditCount()).toBe(before + (status < 300 ? 1 : 0));
    return res;
  }

  const person = (name: string) => ({ name, gender: 'perempuan', phone: '0812 3456 7890' });
  const createBody = (username: string, overrides: object = {}) => ({
    username,
    type: 'pld',
    ...person('Sri Wahyuni'),
    homeRegionCode: '33.01.01',
    activeFrom: '2026-01-01',
    ...overrides,
  });
  const fieldsOf = (res: { json(): unknown }) =>
    ((res.json() as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);
  const assign = (client: Client, fid: string, body: object, status: number) =>
    mutate(client, 'POST', `/api/pendampingan/pendamping/${fid}/penugasan`, body, status);

  describe('registering facilitators', () => {
    it('registers a TA with a facilitator account, audited in the kabupaten', async () => {
      await facilitatorAccount('ta-budi', '3301');
      const res = await mutate(
        kabupaten,
        'POST',
        '/api/pendampingan/pendamping',
        createBody('TA-Budi', {
          type: 'ta',
          name: 'Budi Santoso',
          gender: 'laki_laki',
          homeRegionCode: '3301',
        }),
        201,
      );
      ta = res.json();
      expect(ta).toMatchObject({
        username: 'ta-budi',
        type: 'ta',
        typeLabel: 'Tenaga Ahli (TA)',
        homeRegion: { code: '3301', name: 'Kabupaten Cilacap' },
        nikMasked: null,
        active: true,
        supervisor: null,
        canManage: true,
      });
      const audit = (await auditRows()).at(-1)!;
      expect(audit).toMatchObject({
        action: 'facilitator.create',
        resource_type: 'facilitator',
        region_code: '3301',
      });
    });

    it('registers a PLD with a NIK supervised by the TA; the NIK is kept only as a keyed hash and last four digits', async () => {
      await facilitatorAccount('pld-sri');
      const res = await mutate(
        kabupaten,
        'POST',
        '/api/pendampingan/pendamping',
        createBody('pld-sri', { nik: '3301 0145 0890 0001', supervisorId: ta.id }),
        201,
      );
      pld = res.json();
      expect(pld.nikMasked).toBe('************0001');
      expect(pld.supervisor).toEqual({ id: ta.id, name: 'Budi Santoso', typeLabel: 'Tenaga Ahli (TA)' });
      expect(pld.homeRegion).toEqual({ code: '330101', name: 'Kedungreja' });
      const [row] = await queryRows<Record<string, unknown>>(
        ctx.db.orm,
        sql`select * from facilitator where id = ${pld.id}`,
      );
      expect(row).toMatchObject({ nik_hash: hashOf(NIK_SRI), nik_last4: '0001' });
      expect(JSON.stringify(row)).not.toMatch(/\d{16}/);
      expect(JSON.stringify(row)).not.toContain(NIK_SRI);
      const audits = JSON.stringify((await auditRows()).map((r) => r.changes));
      expect(audits).not.toMatch(/\d{16}/);
      expect(audits).not.toContain(NIK_SRI);
      expect(audits).not.toContain(hashOf(NIK_SRI));
      expect((await auditRows()).at(-1)!.changes).toMatchObject({ nik: { before: null, after: 'tercatat' } });
      pldLogin = await signIn(app, 'pld-sri', 'kata-sandi-uji-123');
    });

    it('refuses an account without the facilitator role, an unknown account and a second record for one account', async () => {
      await createTestAccount(ctx.db, 'hanya-operator', [
        { role: 'village', scope: { kind: 'region', code: TAMBAKREJA } },
      ]);
      const url = '/api/pendampingan/pendamping';
      const noRole = await mutate(kabupaten, 'POST', url, createBody('hanya-operator'), 400);
      expect(fieldsOf(noRole)).toEqual(['username']);
      expect(noRole.json().detail).toContain('peran pendamping');
      const unknown = await mutate(kabupaten, 'POST', url, createBody('tidak-ada'), 400);
      expect(fieldsOf(unknown)).toEqual(['username']);
      const twice = await mutate(kabupaten, 'POST', url, createBody('pld-sri'), 409);
      expect(fieldsOf(twice)).toEqual(['username']);
    });

    it('refuses a NIK already registered (409), and a malformed one (400)', async () => {
      await facilitatorAccount('pld-kedua');
      const url = '/api/pendampingan/pendamping';
      const duplicate = await mutate(kabupaten, 'POST', url, createBody('pld-kedua', { nik: NIK_SRI }), 409);
      expect(duplicate.json()).toMatchObject({ detail: DUPLICATE_NIK, errors: [{ field: 'nik' }] });
      const bad = await mutate(kabupaten, 'POST', url, createBody('pld-kedua', { nik: '12345' }), 400);
      expect(fieldsOf(bad)).toEqual(['nik']);
    });

    it('leaves facilitators of other regions to their administrators', async () => {
      await facilitatorAccount('pld-lain');
      const url = '/api/pendampingan/pendamping';
      await mutate(semarang, 'POST', url, createBody('pld-lain'), 403);
      await mutate(village, 'POST', url, createBody('pld-lain'), 403);
      await mutate(readOnly, 'POST', url, createBody('pld-lain'), 403);
      // Out of scope: not found on reads and on changes.
      expect((await semarang.request('GET', `${url}/${pld.id}`)).statusCode).toBe(404);
      expect((await village.request('GET', `${url}/${pld.id}`)).statusCode).toBe(404);
      await mutate(semarang, 'PATCH', `${url}/${pld.id}`, { name: 'Bukan Urusan' }, 404);
      await mutate(village, 'PATCH', `${url}/${pld.id}`, { name: 'Bukan Urusan' }, 404);
      await assign(semarang, pld.id, { place: { kind: 'desa', code: TAMBAKREJA }, from: TODAY }, 404);
      // The facilitator reads their own record but does not manage it.
      expect((await pldLogin.request('GET', `${url}/${pld.id}`)).json()).toMatchObject({ canManage: false });
      await mutate(pldLogin, 'PATCH', `${url}/${pld.id}`, { name: 'Ganti Sendiri' }, 403);
      // The province manages what lies in it.
      const res = await mutate(province, 'PATCH', `${url}/${pld.id}`, { phone: '+62 813 0000 1111' }, 200);
      expect(res.json()).toMatchObject({ phone: '+62 813 0000 1111', canManage: true });
    });

    it('changes the NIK and removes it, saying only that it changed', async () => {
      const url = `/api/pendampingan/pendamping/${pld.id}`;
      const changed = await mutate(kabupaten, 'PATCH', url, { nik: NIK_OTHER }, 200);
      expect(changed.json().nikMasked).toBe('************0002');
      expect((await auditRows()).at(-1)!.changes).toEqual({ nik: { before: 'tercatat', after: 'diubah' } });
      const removed = await mutate(kabupaten, 'PATCH', url, { nik: null }, 200);
      expect(removed.json().nikMasked).toBeNull();
      const [row] = await queryRows<{ nik_hash: string | null; nik_last4: string | null }>(
        ctx.db.orm,
        sql`select nik_hash, nik_last4 from facilitator where id = ${pld.id}`,
      );
      expect(row).toEqual({ nik_hash: null, nik_last4: null });
      await mutate(kabupaten, 'PATCH', url, { nik: NIK_SRI }, 200);
      expect(JSON.stringify((await auditRows()).map((r) => r.changes))).not.toMatch(/\d{16}/);
    });

    it('refuses a loop of supervisors and being one’s own supervisor', async () => {
      const url = `/api/pendampingan/pendamping/${ta.id}`;
      const loop = await mutate(kabupaten, 'PATCH', url, { supervisorId: pld.id }, 400);
      expect(loop.json().errors).toEqual([
        { field: 'supervisorId', message: 'Penyelia ini membentuk lingkaran penyelia; pilih penyelia lain.' },
      ]);
      const self = await mutate(kabupaten, 'PATCH', url, { supervisorId: ta.id }, 400);
      expect(fieldsOf(self)).toEqual(['supervisorId']);
    });
  });

  describe('assignments', () => {
    let first: AssignmentView;

    it('refuses a desa outside the home region and a kelurahan, with the domain’s messages', async () => {
      const outside = await assign(
        kabupaten,
        pld.id,
        { place: { kind: 'desa', code: '3513152001' }, from: TODAY },
        400,
      );
      expect(outside.json().errors).toEqual([
        {
          field: 'place.code',
          message: 'Desa 3513152001 berada di luar wilayah asal pendamping (330101).',
        },
      ]);
      await facilitatorAccount('pld-semarang', '337401');
      const semarangPld: FacilitatorView = (
        await mutate(
          semarang,
          'POST',
          '/api/pendampingan/pendamping',
          createBody('pld-semarang', { homeRegionCode: '337401', name: 'Rina' }),
          201,
        )
      ).json();
      const kelurahan = await assign(
        semarang,
        semarangPld.id,
        { place: { kind: 'desa', code: '33.74.01.1001' }, from: TODAY },
        400,
      );
      expect(kelurahan.json().errors[0].message).toBe(
        '3374011001 adalah kelurahan; pendampingan desa ditugaskan ke desa atau desa adat.',
      );
    });

    it('assigns a desa from a month ago and refuses an overlapping period there', async () => {
      first = (
        await assign(kabupaten, pld.id, { place: { kind: 'desa', code: TAMBAKREJA }, from: MONTH_AGO }, 201)
      ).json();
      expect(first).toMatchObject({
        facilitatorId: pld.id,
        place: { kind: 'desa', ref: TAMBAKREJA, name: 'Tambakreja, Kec. Kedungreja' },
        from: MONTH_AGO,
        to: null,
        current: true,
      });
      const overlap = await assign(
        kabupaten,
        pld.id,
        { place: { kind: 'desa', code: TAMBAKREJA }, from: '2026-03-01', to: '2026-03-31' },
        400,
      );
      expect(overlap.json().errors[0]).toMatchObject({ field: 'from' });
      expect(overlap.json().errors[0].message).toContain('tumpang tindih');
      await assign(kabupaten, pld.id, { place: { kind: 'desa', code: BUMIREJA }, from: MONTH_AGO }, 201);
      // Before the active period, and a kawasan for a PLD: refused.
      const early = await assign(
        kabupaten,
        pld.id,
        { place: { kind: 'desa', code: '3301012005' }, from: '2025-12-01' },
        400,
      );
      expect(fieldsOf(early)).toEqual(['from']);
    });

    it('lets only one of six simultaneous overlapping assignments through', async () => {
      const before = await auditCount();
      const body = { place: { kind: 'desa', code: '3301012006' }, from: '2026-03-01' };
      const url = `/api/pendampingan/pendamping/${pld.id}/penugasan`;
      const results = await Promise.all(
        ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((from) =>
          kabupaten.request('POST', url, { ...body, from }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400, 400, 400, 400, 400]);
      expect(await auditCount()).toBe(before + 1);
    });

    it('assigns the TA to a kawasan of the kabupaten, and refuses a kawasan to a PLD', async () => {
      const kawasanId = await insertKawasan(ctx.db, {
        name: 'Kawasan Minapolitan Kedungreja',
        kabupaten: '3301',
        state: 'perencanaan',
        members: ['3301012003', '3301012004'],
      });
      const res = await assign(
        kabupaten,
        ta.id,
        { place: { kind: 'kawasan', id: kawasanId }, from: TODAY },
        201,
      );
      expect(res.json().place).toEqual({
        kind: 'kawasan',
        ref: kawasanId,
        name: 'Kawasan Minapolitan Kedungreja',
      });
      const forPld = await assign(
        kabupaten,
        pld.id,
        { place: { kind: 'kawasan', id: kawasanId }, from: TODAY },
        400,
      );
      expect(fieldsOf(forPld)).toEqual(['place.kind']);
      const unknown = await assign(
        kabupaten,
        ta.id,
        { place: { kind: 'kawasan', id: randomUUID() }, from: TODAY },
        400,
      );
      expect(fieldsOf(unknown)).toEqual(['place.id']);
    });

    it('ends an assignment; a new one after it keeps both in the history', async () => {
      const end = (to: string, status: number) =>
        mutate(kabupaten, 'POST', `/api/pendampingan/penugasan/${first.id}/akhiri`, { to }, status);
      const before = await end('2026-02-01', 400);
      expect(fieldsOf(before)).toEqual(['to']);
      // An entry logged on 10 March keeps the assignment from ending before that day.
      const at = new Date();
      await ctx.db.orm.insert(activityEntry).values({
        id: randomUUID(),
        facilitatorId: pld.id,
        idempotencyKey: randomUUID(),
        requestHash: 'uji',
        date: '2026-03-10',
        placeKind: 'desa',
        desaCode: TAMBAKREJA,
        kawasanId: null,
        regionCode: TAMBAKREJA,
        category: 'dokumen_perencanaan',
        topic: 'Penyusunan RKPDes',
        women: 3,
        men: 4,
        groups: [],
        activities: 'Memfasilitasi musyawarah dusun.',
        outputs: 'Daftar usulan.',
        followUp: 'Dibahas di musyawarah desa.',
        state: 'diajukan',
        submission: 1,
        createdAt: at,
        updatedAt: at,
      });
      const blocked = await end('2026-03-05', 409);
      expect(blocked.json().detail).toContain('2026-03-10');
      const ended = (await end('2026-03-10', 200)).json() as AssignmentView;
      expect(ended).toMatchObject({ id: first.id, to: '2026-03-10', current: false });
      expect((await auditRows()).at(-1)).toMatchObject({
        action: 'facilitator_assignment.end',
        resource_type: 'facilitator_assignment',
        region_code: '330101',
        changes: { to: { before: null, after: '2026-03-10' } },
      });
      await assign(kabupaten, pld.id, { place: { kind: 'desa', code: TAMBAKREJA }, from: '2026-03-12' }, 201);
      const detail: FacilitatorDetail = (
        await kabupaten.request('GET', `/api/pendampingan/pendamping/${pld.id}`)
      ).json();
      expect(detail.assignments.map((a) => [a.place.ref, a.from, a.to, a.current])).toEqual([
        [TAMBAKREJA, '2026-03-12', null, true],
        ['3301012006', expect.stringMatching(/^2026-03-0[1-6]$/), null, true],
        [BUMIREJA, MONTH_AGO, null, true],
        [TAMBAKREJA, MONTH_AGO, '2026-03-10', false],
      ]);
      const ta_: FacilitatorDetail = (
        await kabupaten.request('GET', `/api/pendampingan/pendamping/${ta.id}`)
      ).json();
      expect(ta_.supervisees).toEqual([
        { id: pld.id, name: 'Sri Wahyuni', typeLabel: 'Pendamping Lokal Desa (PLD)' },
      ]);
      // An unknown assignment, and one of another region's facilitator.
      await mutate(
        kabupaten,
        'POST',
        `/api/pendampingan/penugasan/${randomUUID()}/akhiri`,
        { to: TODAY },
        404,
      );
      await mutate(
        semarang,
        'POST',
        `/api/pendampingan/penugasan/${first.id}/akhiri`,
        { to: '2026-03-10' },
        404,
      );
    });

    it('refuses to end the active period before a running assignment', async () => {
      const res = await mutate(
        kabupaten,
        'PATCH',
        `/api/pendampingan/pendamping/${pld.id}`,
        { activeTo: '2026-03-31' },
        400,
      );
      expect(fieldsOf(res)).toEqual(['activeTo']);
    });
  });

  describe('reading', () => {
    it('shows the signed-in facilitator their record and today’s assignments', async () => {
      const res = await pldLogin.request('GET', '/api/pendampingan/saya');
      expect(res.statusCode, res.body).toBe(200);
      const mine: MyFacilitation = res.json();
      expect(mine.facilitator).toMatchObject({ id: pld.id, nikMasked: '************0001', canManage: false });
      expect(mine.today).toBe(TODAY);
      expect(mine.currentAssignments.map((a) => a.place.ref)).toEqual([TAMBAKREJA, '3301012006', BUMIREJA]);
      expect(mine.assignments).toHaveLength(4);
      expect(mine.counts).toEqual({ draf: 0, diajukan: 1, dikembalikan: 0, disetujui: 0, toReview: 0 });
      const taLogin = await signIn(app, 'ta-budi', 'kata-sandi-uji-123');
      const taMine: MyFacilitation = (await taLogin.request('GET', '/api/pendampingan/saya')).json();
      expect(taMine.counts.toReview).toBe(1);
      const none = await kabupaten.request('GET', '/api/pendampingan/saya');
      expect(none.statusCode).toBe(404);
      expect(none.json().detail).toBe('Akun ini belum terdaftar sebagai pendamping.');
    });

    it('lists what each reader may see, with filters', async () => {
      const names = async (client: Client, query = '') =>
        (
          (await client.request('GET', `/api/pendampingan/pendamping${query}`)).json() as FacilitatorList
        ).items.map((f) => f.name);
      expect(await names(kabupaten)).toEqual(['Budi Santoso', 'Sri Wahyuni']);
      expect(await names(province)).toEqual(['Budi Santoso', 'Rina', 'Sri Wahyuni']);
      expect(await names(semarang)).toEqual(['Rina']);
      expect(await names(village)).toEqual([]);
      // The PLD sees their own record and their supervisor; the TA their supervisee.
      expect(await names(pldLogin)).toEqual(['Budi Santoso', 'Sri Wahyuni']);
      expect(await names(province, '?type=pld&region=33.01')).toEqual(['Sri Wahyuni']);
      expect(await names(province, '?q=bud')).toEqual(['Budi Santoso']);
      expect(await names(province, '?activeOn=2025-12-31')).toEqual([]);
      const list: FacilitatorList = (await province.request('GET', '/api/pendampingan/pendamping')).json();
      expect(list.total).toBe(3);
    });

    it('documents the routes under the pendampingan tag', async () => {
      const spec = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
      expect(spec.tags).toContainEqual(expect.objectContaining({ name: 'pendampingan' }));
      for (const [path, method] of [
        ['/api/pendampingan/pendamping', 'get'],
        ['/api/pendampingan/pendamping', 'post'],
        ['/api/pendampingan/pendamping/{fid}', 'get'],
        ['/api/pendampingan/pendamping/{fid}', 'patch'],
        ['/api/pendampingan/pendamping/{fid}/penugasan', 'post'],
        ['/api/pendampingan/penugasan/{aid}/akhiri', 'post'],
        ['/api/pendampingan/saya', 'get'],
      ] as const)
        expect(spec.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['pendampingan']);
    });

    it('wrote one audit row per change, none containing a NIK', async () => {
      const rows = await auditRows();
      const byAction = rows.reduce<Record<string, number>>((acc, r) => {
        acc[r.action] = (acc[r.action] ?? 0) + 1;
        return acc;
      }, {});
      // Three facilitators, four changes of the PLD, five assignments, one end.
      expect(byAction).toEqual({
        'facilitator.create': 3,
        'facilitator.update': 4,
        'facilitator_assignment.create': 5,
        'facilitator_assignment.end': 1,
      });
      expect(JSON.stringify(rows)).not.toMatch(/\d{16}/);
    });
  });
});
