import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CheckNameResult,
  EnterpriseDocumentView,
  EnterpriseList,
  EnterpriseView,
  FundingPartnerList,
  FundingPartnerView,
} from '../../contracts/enterprise.contract.ts';
import { queryRows } from '../../db/client.ts';
import { businessUnit, enterpriseReport } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount, TEST_PASSWORD } from '../../services/access/testing.ts';
import { addBanyumas, CINGEBUL, insertEnterprise } from '../../services/enterprise/testing.ts';
import { insertKawasan } from '../../services/facilitation/testing.ts';
import { TINY_PDF } from '../../services/kawasan/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.plugin.ts';
import { anonymous, type Client, regionAccount, signIn, withToken } from '../testing.ts';

/** The server's clock: Wednesday 20 May 2026, 10:00 in Jakarta. */
const NOW = new Date('2026-05-20T03:00:00Z');
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const CIKLAPA = '3301012003';
const MIROTO = '3374011001';

describeEachEngine('enterprise registry routes', (ctx) => {
  let app: App;
  let national: Client;
  let province: Client;
  let cilacap: Client;
  let banyumas: Client;
  let semarang: Client;
  let villageTambakreja: Client;
  let villageBumireja: Client;
  let facilitatorKedungreja: Client;
  let kawasanManager: Client;
  let readOnly: Client;
  let visitor: Client;
  let kawasanId: string;
  let otherKawasanId: string;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    await addBanyumas(ctx.db);
    const filesDir = mkdtempSync(join(tmpdir(), 'usaha-files-'));
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW, filesDir });
    const nationalAccount = await createTestAccount(ctx.db, 'nasional', [{ role: 'national' }]);
    national = await signIn(app, nationalAccount.username, TEST_PASSWORD);
    province = await regionAccount(app, ctx.db, 'prov-jateng', 'province', '33');
    cilacap = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    banyumas = await regionAccount(app, ctx.db, 'kab-banyumas', 'kabupaten', '3302');
    semarang = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    villageTambakreja = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    villageBumireja = await regionAccount(app, ctx.db, 'operator-bumireja', 'village', BUMIREJA);
    facilitatorKedungreja = await regionAccount(
      app,
      ctx.db,
      'pendamping-kedungreja',
      'facilitator',
      '330101',
    );
    kawasanId = await insertKawasan(ctx.db, {
      name: 'Kawasan Minapadi Kedungreja',
      members: [TAMBAKREJA, BUMIREJA],
    });
    otherKawasanId = await insertKawasan(ctx.db, { name: 'Kawasan Lain', members: [CIKLAPA] });
    const manager = await createTestAccount(ctx.db, 'bkad-kedungreja', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId }, regionCode: '3301' },
    ]);
    kawasanManager = await signIn(app, manager.username, TEST_PASSWORD);
    const token = await cilacap.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
    readOnly = withToken(app, token.json().secret);
    visitor = anonymous(app);
  });
  afterAll(() => app.close());

  const bumdesBody = (overrides: Record<string, unknown> = {}) => ({
    kind: 'bumdes',
    name: 'BUM Desa Mina Sejahtera Tambakreja',
    founderDesaCodes: ['33.01.01.2001'],
    address: 'Jl. Balai Desa No. 1, Tambakreja',
    businessFields: ['Perikanan air tawar', ' Perdagangan  hasil pertanian '],
    foundedOn: '2025-11-03',
    ...overrides,
  });
  const register = (client: Client, body: object) => client.request('POST', '/api/usaha/badan-usaha', body);
  const fieldsOf = (res: { json(): unknown }) =>
    ((res.json() as { errors?: { field: string; message: string }[] }).errors ?? []).map(
      (e) => `${e.field}: ${e.message}`,
    );
  const auditRows = (id: string) =>
    queryRows<{ action: string; region_code: string | null; resource_type: string; changes: unknown }>(
      ctx.db.orm,
      sql`select action, region_code, resource_type, changes from audit_log where resource_id = ${id} order by id`,
    );

  describe('name checks as the user types', () => {
    it('answers the naming rules with founders named, without writing', async () => {
      const res = await villageBumireja.request('POST', '/api/usaha/periksa-nama', {
        kind: 'bumdes',
        name: 'BUMDes Mart 2 Tambakreja',
        founderDesaCodes: [TAMBAKREJA],
      });
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json() as CheckNameResult;
      expect(result.ok).toBe(false);
      expect(result.founders).toEqual([{ code: TAMBAKREJA, name: 'Tambakreja' }]);
      expect(result.checks.map((c) => `${c.rule}:${c.severity}`)).toEqual([
        'huruf:error',
        'awalan:error',
        'bahasa_asing:warning',
      ]);
      const ok = await villageBumireja.request('POST', '/api/usaha/periksa-nama', {
        kind: 'bumdesma',
        name: 'BUM Desa Bersama Minapadi',
        founderDesaCodes: [TAMBAKREJA],
      });
      expect(ok.json()).toMatchObject({
        ok: true,
        checks: [],
        foundingIssues: [
          {
            field: 'founderDesaCodes',
            message: 'BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.',
          },
        ],
      });
      const unknown = await villageBumireja.request('POST', '/api/usaha/periksa-nama', {
        kind: 'kelompok_usaha',
        name: 'Kelompok Tani Maju',
        founderDesaCodes: ['3301019999'],
      });
      expect((unknown.json() as CheckNameResult).foundingIssues).toEqual([
        { field: 'founderDesaCodes.0', message: 'Desa 3301019999 tidak ada dalam data wilayah.' },
      ]);
      expect(
        (
          await visitor.request('POST', '/api/usaha/periksa-nama', {
            kind: 'bumdes',
            name: 'x',
            founderDesaCodes: [],
          })
        ).statusCode,
      ).toBe(401);
      expect(await queryRows(ctx.db.orm, sql`select 1 from enterprise`)).toEqual([]);
    });
  });

  describe('registering', () => {
    let bumdes: EnterpriseView;

    it('registers a BUM Desa of one desa by its village operator, audited in its region', async () => {
      const res = await register(villageTambakreja, bumdesBody());
      expect(res.statusCode, res.body).toBe(201);
      bumdes = res.json() as EnterpriseView;
      expect(bumdes).toMatchObject({
        kind: 'bumdes',
        kindLabel: 'BUM Desa',
        name: 'BUM Desa Mina Sejahtera Tambakreja',
        region: { code: TAMBAKREJA, name: 'Tambakreja' },
        founders: [{ code: TAMBAKREJA, name: 'Tambakreja' }],
        kawasan: [],
        legalStatus: 'belum_terdaftar',
        legalStatusLabel: 'Belum terdaftar',
        activity: 'aktif',
        businessFields: ['Perikanan air tawar', 'Perdagangan hasil pertanian'],
        founding: { deliberation: 'Musyawarah Desa', instrument: 'Peraturan Desa' },
        legal: { required: true, nameStep: true, certificateLabel: 'Sertifikat pendaftaran badan hukum' },
        unitCount: 0,
        latestReportPeriod: null,
        canManage: true,
        nameWarnings: [],
      });
      expect(bumdes.organGaps.map((g) => g.organ)).toEqual([
        'penasihat',
        'pelaksana_operasional',
        'pengawas',
      ]);
      expect(bumdes.missingDocuments.map((d) => d.kind)).toEqual([
        'berita_acara_musdes',
        'peraturan_desa',
        'anggaran_dasar',
        'anggaran_rumah_tangga',
        'rencana_program_kerja',
      ]);
      const audit = await auditRows(bumdes.id);
      expect(audit.map((a) => [a.action, a.resource_type, a.region_code])).toEqual([
        ['enterprise.create', 'enterprise', TAMBAKREJA],
      ]);
    });

    it('refuses a taken name (any case or spacing) with 409 naming its holder', async () => {
      const res = await register(cilacap, bumdesBody({ name: '  bum desa  MINA sejahtera tambakreja' }));
      expect(res.statusCode, res.body).toBe(409);
      expect(fieldsOf(res)).toEqual([
        'name: Nama "BUM Desa Mina Sejahtera Tambakreja" sudah dipakai badan usaha lain (Tambakreja); nama badan usaha harus unik.',
      ]);
    });

    it('refuses a BUM Desa Bersama of one desa, with the message', async () => {
      const res = await register(cilacap, {
        kind: 'bumdesma',
        name: 'BUM Desa Bersama Minapadi',
        founderDesaCodes: [TAMBAKREJA],
      });
      expect(res.statusCode, res.body).toBe(400);
      expect(fieldsOf(res)).toEqual([
        'founderDesaCodes: BUM Desa Bersama didirikan oleh dua desa atau lebih; baru 1 desa dipilih.',
      ]);
    });

    it('answers every family of invalid input with 400 and the field', async () => {
      const cases: [object, string[]][] = [
        [
          bumdesBody({ name: 'Badan Usaha Mina Tambakreja' }),
          ['name: Nama BUM Desa diawali dengan frasa "BUM Desa".'],
        ],
        [
          bumdesBody({ name: 'BUM Desa Mina Sejahtera' }),
          ['name: Nama BUM Desa diakhiri dengan nama desa pendirinya: "… Tambakreja".'],
        ],
        [
          bumdesBody({ founderDesaCodes: [MIROTO], name: 'BUM Desa Maju Miroto' }),
          ['founderDesaCodes.0: Kode 3374011001 adalah kelurahan; BUM Desa hanya didirikan oleh desa.'],
        ],
        [
          bumdesBody({ founderDesaCodes: ['3301019999'], name: 'BUM Desa Maju Entah' }),
          ['founderDesaCodes.0: Desa 3301019999 tidak ada dalam data wilayah.'],
        ],
        [
          bumdesBody({ name: 'BUM Desa Tani Tambakreja', kawasanIds: [randomUUID()] }),
          [expect.stringMatching(/^kawasanIds\.0: Tidak ada kawasan dengan id /) as unknown as string],
        ],
        [
          bumdesBody({ name: 'BUM Desa Tani Tambakreja', email: 'bukan-surel', foundedOn: '2026-06-01' }),
          [
            'email: Alamat surel tidak valid (contoh bumdes@contoh.id).',
            'foundedOn: Tanggal pendirian harus tanggal yang sah, tidak sesudah hari ini (2026-05-20).',
          ],
        ],
        [
          bumdesBody({
            name: 'BUM Desa Tani Tambakreja',
            legalSteps: [{ step: 'setujui_nama', date: '2026-05-01' }],
          }),
          ['legalSteps.0.step: Nama belum diajukan; catat pengajuan nama lebih dulu.'],
        ],
        [
          { kind: 'kelompok_usaha', name: 'Kube 7', founderDesaCodes: [TAMBAKREJA] },
          [
            'name: Nama badan usaha 8–120 karakter; nama ini 6 karakter.',
            'name: Nama hanya boleh terdiri atas huruf yang membentuk kata; hapus angka atau tanda "7".',
          ],
        ],
      ];
      for (const [body, expected] of cases) {
        const res = await register(cilacap, body);
        expect({ body, status: res.statusCode }).toEqual({ body, status: 400 });
        expect(fieldsOf(res)).toEqual(expected);
      }
    });

    it('refuses those outside the founders (403), read-only tokens (403) and visitors (401)', async () => {
      const body = bumdesBody({ name: 'BUM Desa Tani Makmur Tambakreja' });
      expect((await register(villageBumireja, body)).statusCode).toBe(403);
      expect((await register(semarang, body)).statusCode).toBe(403);
      expect((await register(facilitatorKedungreja, body)).statusCode).toBe(403);
      expect((await register(readOnly, body)).statusCode).toBe(403);
      expect((await register(visitor, body)).statusCode).toBe(401);
      // A kawasan manager registers only a BUM Desa Bersama of its kawasan, linked to it.
      const bersama = {
        kind: 'bumdesma',
        name: 'BUM Desa Bersama Minapadi Kedungreja',
        founderDesaCodes: [TAMBAKREJA, BUMIREJA],
      };
      expect((await register(kawasanManager, bersama)).statusCode).toBe(403);
      const linked = await register(kawasanManager, { ...bersama, kawasanIds: [kawasanId] });
      expect(linked.statusCode, linked.body).toBe(201);
      expect(linked.json()).toMatchObject({
        region: { code: '330101', name: 'Kedungreja' },
        kawasan: [{ id: kawasanId, name: 'Kawasan Minapadi Kedungreja' }],
        founding: { deliberation: 'Musyawarah Antar Desa', instrument: 'Peraturan Bersama Kepala Desa' },
        canManage: true,
      });
    });

    it('registers with legal steps already taken', async () => {
      const res = await register(cilacap, {
        ...bumdesBody({ name: 'BUM Desa Tirta Bumireja', founderDesaCodes: [BUMIREJA] }),
        legalSteps: [
          { step: 'ajukan_nama', date: '2026-05-11', number: 'REG-001' },
          { step: 'setujui_nama', date: '2026-05-18' },
        ],
      });
      expect(res.statusCode, res.body).toBe(201);
      // Monday 18 May + 40 working days = Monday 13 July; 38 working days after Wednesday 20 May.
      expect((res.json() as EnterpriseView).legal).toMatchObject({
        status: 'nama_disetujui',
        nameRegistrationNumber: 'REG-001',
        nameValidUntil: '2026-07-13',
        workingDaysLeft: 38,
        note: expect.stringContaining('hari libur nasional tidak diketahui sistem'),
      });
    });
  });

  describe('a BUM Desa Bersama across two kabupaten', () => {
    let id: string;

    beforeAll(async () => {
      const res = await register(province, {
        kind: 'bumdesma',
        name: 'BUM Desa Bersama Lintas Serayu',
        founderDesaCodes: [TAMBAKREJA, CINGEBUL],
      });
      expect(res.statusCode, res.body).toBe(201);
      id = (res.json() as EnterpriseView).id;
    });

    it('lies in the province; each kabupaten and founding village reads it but cannot edit it', async () => {
      const seen = await cilacap.request('GET', `/api/usaha/badan-usaha/${id}`);
      expect(seen.statusCode, seen.body).toBe(200);
      expect(seen.json()).toMatchObject({
        region: { code: '33', name: 'Jawa Tengah' },
        founders: [
          { code: TAMBAKREJA, name: 'Tambakreja' },
          { code: CINGEBUL, name: 'Cingebul' },
        ],
        canManage: false,
      });
      for (const client of [cilacap, banyumas, villageTambakreja, facilitatorKedungreja]) {
        expect((await client.request('GET', `/api/usaha/badan-usaha/${id}`)).statusCode).toBe(200);
        const res = await client.request('PATCH', `/api/usaha/badan-usaha/${id}`, { address: 'Jl. Baru' });
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().detail).toBe('Badan usaha ini di luar cakupan Anda untuk diubah.');
      }
      expect(
        (await province.request('PATCH', `/api/usaha/badan-usaha/${id}`, { address: 'Jl. Baru' })).statusCode,
      ).toBe(200);
      // Outside: not found, for reading and writing alike.
      expect((await semarang.request('GET', `/api/usaha/badan-usaha/${id}`)).statusCode).toBe(404);
      expect(
        (await semarang.request('PATCH', `/api/usaha/badan-usaha/${id}`, { address: 'x' })).statusCode,
      ).toBe(404);
      expect((await villageBumireja.request('GET', `/api/usaha/badan-usaha/${id}`)).statusCode).toBe(404);
      expect((await visitor.request('GET', `/api/usaha/badan-usaha/${id}`)).statusCode).toBe(401);
    });
  });

  describe('changing an enterprise', () => {
    let id: string;

    beforeAll(async () => {
      const res = await register(
        cilacap,
        bumdesBody({ name: 'BUM Desa Karya Ciklapa', founderDesaCodes: [CIKLAPA] }),
      );
      expect(res.statusCode, res.body).toBe(201);
      id = (res.json() as EnterpriseView).id;
    });
    const patch = (client: Client, body: object) =>
      client.request('PATCH', `/api/usaha/badan-usaha/${id}`, body);

    it('renames by the naming rules, showing warnings and refusing errors', async () => {
      const warned = await patch(cilacap, { name: 'BUM Desa Fresh Mart Ciklapa' });
      expect(warned.statusCode, warned.body).toBe(200);
      expect((warned.json() as EnterpriseView).nameWarnings.map((w) => w.message)).toEqual([
        'Nama hendaknya tidak mengandung bahasa asing: "mart", "fresh".',
      ]);
      const refused = await patch(cilacap, { name: 'BUM Desa Karya Tambakreja' });
      expect(refused.statusCode).toBe(400);
      expect(fieldsOf(refused)).toEqual([
        'name: Nama BUM Desa diakhiri dengan nama desa pendirinya: "… Ciklapa".',
      ]);
      const taken = await register(
        cilacap,
        bumdesBody({ name: 'BUM Desa Sari Ciklapa', founderDesaCodes: [CIKLAPA] }),
      );
      expect(taken.statusCode).toBe(201);
      expect((await patch(cilacap, { name: 'bum desa sari ciklapa' })).statusCode).toBe(409);
      // Its own name in another case is no clash.
      const same = await patch(cilacap, { name: 'BUM Desa FRESH MART Ciklapa' });
      expect(same.statusCode, same.body).toBe(200);
    });

    it('keeps founders fixed (409), changes activity and kawasan links, audited', async () => {
      const moved = await patch(cilacap, { founderDesaCodes: [BUMIREJA] });
      expect(moved.statusCode).toBe(409);
      expect(fieldsOf(moved)).toEqual([
        'founderDesaCodes: Desa pendiri tidak dapat diubah setelah pendaftaran; daftarkan badan usaha baru bila pendirinya berbeda.',
      ]);
      expect((await patch(cilacap, { founderDesaCodes: ['33.01.01.2003'] })).statusCode).toBe(200);
      const res = await patch(cilacap, { activity: 'tidak_aktif', kawasanIds: [otherKawasanId] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        activity: 'tidak_aktif',
        activityLabel: 'Tidak aktif',
        kawasan: [{ id: otherKawasanId, name: 'Kawasan Lain' }],
      });
      expect((await patch(cilacap, { kawasanIds: [randomUUID()] })).statusCode).toBe(400);
      const audit = await auditRows(id);
      expect(audit.map((a) => a.action)).toEqual([
        'enterprise.create',
        'enterprise.update',
        'enterprise.update',
        'enterprise.update',
      ]);
      expect(audit.at(-1)!.changes).toMatchObject({
        activity: { before: 'aktif', after: 'tidak_aktif' },
        kawasanIds: { before: [], after: [otherKawasanId] },
      });
      expect(audit.every((a) => a.region_code === CIKLAPA)).toBe(true);
    });
  });

  describe('legal steps', () => {
    const step = (client: Client, id: string, body: object) =>
      client.request('POST', `/api/usaha/badan-usaha/${id}/status-hukum`, body);

    it('walks a BUM Desa through name, approval, expiry after 40 working days and the certificate', async () => {
      const created = await register(
        villageTambakreja,
        bumdesBody({ name: 'BUM Desa Tani Lestari Tambakreja' }),
      );
      const id = (created.json() as EnterpriseView).id;
      expect(
        (await step(villageTambakreja, id, { step: 'setujui_nama', date: '2026-03-02' })).statusCode,
      ).toBe(409);
      const submitted = await step(villageTambakreja, id, {
        step: 'ajukan_nama',
        date: '2026-02-27',
        number: 'NAMA-77',
      });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().legal.status).toBe('nama_diajukan');
      const early = await step(villageTambakreja, id, { step: 'setujui_nama', date: '2026-02-26' });
      expect(early.statusCode).toBe(400);
      expect(fieldsOf(early)).toEqual([
        'date: Tanggal persetujuan tidak boleh sebelum tanggal pengajuan nama (2026-02-27).',
      ]);
      const future = await step(villageTambakreja, id, { step: 'setujui_nama', date: '2026-05-21' });
      expect(fieldsOf(future)).toEqual(['date: Tanggal tidak boleh sesudah hari ini (2026-05-20).']);
      // Approved Monday 2 March: valid to Monday 27 April; on 20 May it has expired.
      const approved = await step(villageTambakreja, id, { step: 'setujui_nama', date: '2026-03-02' });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json().legal).toMatchObject({
        status: 'nama_kedaluwarsa',
        statusLabel: 'Persetujuan nama kedaluwarsa',
        nameValidUntil: '2026-04-27',
        nameRegistrationNumber: 'NAMA-77',
      });
      const expired = await cilacap.request('GET', '/api/usaha/badan-usaha?legalStatus=nama_kedaluwarsa');
      expect((expired.json() as EnterpriseList).items.map((e) => e.name)).toEqual([
        'BUM Desa Tani Lestari Tambakreja',
      ]);
      // A certificate dated 41 working days after approval is refused; the 40th is accepted.
      const late = await step(villageTambakreja, id, {
        step: 'sertifikat',
        date: '2026-04-28',
        number: 'AHU-1',
      });
      expect(late.statusCode).toBe(400);
      expect(fieldsOf(late)[0]).toMatch(
        /^date: Sertifikat harus terbit dalam masa berlaku persetujuan nama \(40 hari kerja, sampai 2026-04-27\)/,
      );
      const noNumber = await step(villageTambakreja, id, { step: 'sertifikat', date: '2026-04-27' });
      expect(fieldsOf(noNumber)).toEqual(['number: Nomor sertifikat badan hukum wajib diisi.']);
      const certified = await step(villageTambakreja, id, {
        step: 'sertifikat',
        date: '2026-04-27',
        number: 'AHU-0012345.AH.01.33.2026',
      });
      expect(certified.statusCode, certified.body).toBe(200);
      expect(certified.json()).toMatchObject({
        legalStatus: 'berbadan_hukum',
        legal: {
          status: 'berbadan_hukum',
          certificateNumber: 'AHU-0012345.AH.01.33.2026',
          nameValidUntil: null,
        },
      });
      expect(
        (await step(villageTambakreja, id, { step: 'ajukan_nama', date: '2026-05-19' })).statusCode,
      ).toBe(409);
      expect((await step(villageBumireja, id, { step: 'ajukan_nama', date: '2026-05-19' })).statusCode).toBe(
        404,
      );
      const audit = await auditRows(id);
      expect(audit.map((a) => a.action)).toEqual([
        'enterprise.create',
        'enterprise.legal.ajukan_nama',
        'enterprise.legal.setujui_nama',
        'enterprise.legal.sertifikat',
      ]);
      expect(audit[3]!.changes).toMatchObject({
        legalStatus: { before: 'nama_kedaluwarsa', after: 'berbadan_hukum' },
      });
    });

    it('takes only the AHU decree for a cooperative and no step for a business group', async () => {
      const koperasi = await register(villageTambakreja, {
        kind: 'koperasi_merah_putih',
        name: 'Koperasi Desa Merah Putih Tambakreja',
        founderDesaCodes: [TAMBAKREJA],
      });
      expect(koperasi.statusCode, koperasi.body).toBe(201);
      const kid = (koperasi.json() as EnterpriseView).id;
      expect(koperasi.json()).toMatchObject({
        nameWarnings: [],
        legal: { nameStep: false, certificateLabel: 'SK pengesahan badan hukum (Kemenkumham/AHU)' },
      });
      expect(
        (await step(villageTambakreja, kid, { step: 'ajukan_nama', date: '2026-05-01' })).statusCode,
      ).toBe(409);
      const decree = await step(villageTambakreja, kid, {
        step: 'sertifikat',
        date: '2026-05-04',
        number: 'AHU-0000001.AH.01.29.2026',
      });
      expect(decree.statusCode, decree.body).toBe(200);
      expect(decree.json().legalStatus).toBe('berbadan_hukum');

      const group = await register(villageTambakreja, {
        kind: 'kelompok_usaha',
        name: 'Kelompok Wanita Tani Melati',
        founderDesaCodes: [TAMBAKREJA],
      });
      const gid = (group.json() as EnterpriseView).id;
      expect(group.json()).toMatchObject({
        legalStatusLabel: 'Tidak wajib berbadan hukum',
        legal: { required: false },
      });
      const refused = await step(villageTambakreja, gid, {
        step: 'sertifikat',
        date: '2026-05-04',
        number: 'X-1',
      });
      expect(refused.statusCode).toBe(409);
      expect(fieldsOf(refused)).toEqual([
        'step: Kelompok usaha tidak wajib berbadan hukum; tidak ada tahap pendaftaran badan hukum.',
      ]);
    });
  });

  describe('organs and documents', () => {
    let id: string;

    beforeAll(async () => {
      const res = await register(
        cilacap,
        bumdesBody({ name: 'BUM Desa Organ Lengkap Bumireja', founderDesaCodes: [BUMIREJA] }),
      );
      id = (res.json() as EnterpriseView).id;
    });

    it('replaces the organ members, validated, with the gaps left shown', async () => {
      const put = (client: Client, members: object[]) =>
        client.request('PUT', `/api/usaha/badan-usaha/${id}/organ`, { members });
      const bad = await put(villageBumireja, [
        { organ: 'pengurus', name: 'Siti Aminah', position: 'Ketua' },
        { organ: 'pengawas', name: 'Budi 3301014501900001', position: 'Ketua' },
        {
          organ: 'penasihat',
          name: 'Slamet',
          position: 'Kepala Desa',
          startDate: '2026-01-01',
          endDate: '2025-01-01',
        },
      ]);
      expect(bad.statusCode).toBe(400);
      expect(fieldsOf(bad)).toEqual([
        'members.0.organ: Organ "Pengurus" tidak ada pada jenis badan usaha ini; pilih Penasihat, Pelaksana operasional, Pengawas.',
        'members.1.name: Nama anggota hanya berisi huruf (boleh titik, koma, tanda petik dan tanda hubung); jangan menulis NIK atau nomor telepon.',
        'members.2.endDate: Tanggal selesai tidak boleh sebelum tanggal mulai (2026-01-01).',
      ]);
      const ok = await put(villageBumireja, [
        { organ: 'penasihat', name: 'Slamet Riyadi', position: 'Kepala Desa (ex officio)', gender: 'L' },
        {
          organ: 'pelaksana_operasional',
          name: 'Siti Aminah, S.E.',
          position: 'Direktur',
          gender: 'P',
          startDate: '2026-01-05',
        },
        { organ: 'pengawas', name: 'Wahyu Hidayat', position: 'Ketua Pengawas', endDate: '2026-04-30' },
      ]);
      expect(ok.statusCode, ok.body).toBe(200);
      const view = ok.json() as EnterpriseView;
      expect(
        view.organs.map((o) => [o.organ, o.members.map((m) => `${m.name}${m.serving ? '' : ' (selesai)'}`)]),
      ).toEqual([
        ['penasihat', ['Slamet Riyadi']],
        ['pelaksana_operasional', ['Siti Aminah, S.E.']],
        ['pengawas', ['Wahyu Hidayat (selesai)']],
      ]);
      expect(view.organGaps).toEqual([
        { organ: 'pengawas', label: 'Pengawas', message: 'Belum ada anggota pengawas yang menjabat.' },
      ]);
      expect((await put(villageTambakreja, [])).statusCode).toBe(404);
      expect((await put(facilitatorKedungreja, [])).statusCode).toBe(403);
      expect((await auditRows(id)).map((a) => a.action)).toEqual(['enterprise.create', 'enterprise.organs']);
    });

    it('uploads, lists, downloads and removes documents, naming the attachments still missing', async () => {
      const upload = (client: Client, query: string, bytes: Uint8Array) =>
        app.inject({
          method: 'POST',
          url: `/api/usaha/badan-usaha/${id}/dokumen?${query}`,
          cookies: client.cookie ? { [SESSION_COOKIE]: client.cookie } : {},
          headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': client.csrfToken ?? '' },
          payload: Buffer.from(bytes),
        });
      const query = new URLSearchParams({
        fileName: 'perdes-bumdes.pdf',
        kind: 'peraturan_desa',
        title: 'Peraturan Desa Bumireja tentang Pendirian BUM Desa',
        number: '3/2025',
        issuedOn: '2025-11-03',
      }).toString();
      const res = await upload(villageBumireja, query, TINY_PDF);
      expect(res.statusCode, res.body).toBe(201);
      const doc = res.json() as EnterpriseDocumentView;
      expect(doc).toMatchObject({
        kind: 'peraturan_desa',
        kindLabel: 'Peraturan Desa tentang pendirian',
        number: '3/2025',
        mediaType: 'application/pdf',
      });
      const notPdf = await upload(villageBumireja, query, new TextEncoder().encode('bukan pdf'));
      expect(notPdf.statusCode).toBe(400);
      expect((await upload(villageTambakreja, query, TINY_PDF)).statusCode).toBe(404);
      expect((await upload(facilitatorKedungreja, query, TINY_PDF)).statusCode).toBe(403);
      expect((await upload(visitor, query, TINY_PDF)).statusCode).toBe(401);

      const view = (await cilacap.request('GET', `/api/usaha/badan-usaha/${id}`)).json() as EnterpriseView;
      expect(view.documents.map((d) => d.id)).toEqual([doc.id]);
      expect(view.missingDocuments.map((d) => d.kind)).not.toContain('peraturan_desa');
      expect(view.missingDocuments).toHaveLength(4);

      const download = await facilitatorKedungreja.request(
        'GET',
        `/api/usaha/badan-usaha/${id}/dokumen/${doc.id}`,
      );
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(Buffer.from(download.rawPayload).equals(Buffer.from(TINY_PDF))).toBe(true);
      expect(
        (await semarang.request('GET', `/api/usaha/badan-usaha/${id}/dokumen/${doc.id}`)).statusCode,
      ).toBe(404);
      expect(
        (await cilacap.request('GET', `/api/usaha/badan-usaha/${id}/dokumen/${randomUUID()}`)).statusCode,
      ).toBe(404);

      expect(
        (await facilitatorKedungreja.request('DELETE', `/api/usaha/badan-usaha/${id}/dokumen/${doc.id}`))
          .statusCode,
      ).toBe(403);
      expect(
        (await villageBumireja.request('DELETE', `/api/usaha/badan-usaha/${id}/dokumen/${doc.id}`))
          .statusCode,
      ).toBe(204);
      expect(
        (await cilacap.request('GET', `/api/usaha/badan-usaha/${id}/dokumen/${doc.id}`)).statusCode,
      ).toBe(404);
      const audit = await auditRows(id);
      expect(audit.map((a) => a.action).slice(-2)).toEqual([
        'enterprise.document.add',
        'enterprise.document.remove',
      ]);
    });
  });

  describe('funding partners', () => {
    it('are kept by region administrators and read by every signed-in user', async () => {
      const created = await cilacap.request('POST', '/api/usaha/mitra', {
        kind: 'bumn',
        name: 'PT Bank Rakyat  Indonesia (Persero) Tbk',
        seatRegionCode: '33.01',
        contact: 'Kantor Cabang Cilacap',
      });
      expect(created.statusCode, created.body).toBe(201);
      const partner = created.json() as FundingPartnerView;
      expect(partner).toMatchObject({
        kind: 'bumn',
        kindLabel: 'BUMN/BUMD',
        name: 'PT Bank Rakyat Indonesia (Persero) Tbk',
        seatRegion: { code: '3301', name: 'Kabupaten Cilacap' },
        canManage: true,
      });
      const same = await semarang.request('POST', '/api/usaha/mitra', {
        kind: 'bumn',
        name: 'pt bank rakyat indonesia (persero) tbk',
      });
      expect(same.statusCode).toBe(409);
      expect(fieldsOf(same)).toEqual([
        'name: Mitra bernama "PT Bank Rakyat Indonesia (Persero) Tbk" sudah terdaftar.',
      ]);
      expect(
        (await villageTambakreja.request('POST', '/api/usaha/mitra', { kind: 'lsm', name: 'Yayasan Desa' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await readOnly.request('POST', '/api/usaha/mitra', { kind: 'lsm', name: 'Yayasan Desa' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await cilacap.request('POST', '/api/usaha/mitra', { kind: 'lsm', name: 'Ya' })).statusCode,
      ).toBe(400);
      expect(
        (
          await cilacap.request('POST', '/api/usaha/mitra', {
            kind: 'lsm',
            name: 'Yayasan X',
            seatRegionCode: '9999',
          })
        ).statusCode,
      ).toBe(400);

      const list = await villageTambakreja.request('GET', '/api/usaha/mitra?q=rakyat');
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({ total: 1, items: [{ id: partner.id, canManage: false }] });
      expect((await visitor.request('GET', '/api/usaha/mitra')).statusCode).toBe(401);
      expect(
        ((await kawasanManager.request('GET', '/api/usaha/mitra?kind=lsm')).json() as FundingPartnerList)
          .total,
      ).toBe(0);

      const changed = await semarang.request('PATCH', `/api/usaha/mitra/${partner.id}`, {
        kind: 'swasta',
        seatRegionCode: null,
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ kind: 'swasta', seatRegion: null });
      expect(
        (await villageTambakreja.request('PATCH', `/api/usaha/mitra/${partner.id}`, { contact: 'x' }))
          .statusCode,
      ).toBe(403);
      expect((await cilacap.request('GET', `/api/usaha/mitra/${partner.id}`)).json().name).toBe(partner.name);
      const audit = await auditRows(partner.id);
      expect(audit.map((a) => [a.action, a.resource_type, a.region_code])).toEqual([
        ['funding_partner.create', 'funding_partner', '3301'],
        ['funding_partner.update', 'funding_partner', null],
      ]);
    });
  });

  describe('the enterprise role', () => {
    it('is granted through the account routes by an administrator holding the enterprise; its manager sees and keeps only theirs', async () => {
      const mine = await insertEnterprise(ctx.db, {
        kind: 'bumdes',
        name: 'BUM Desa Milik Pengelola Ciklapa',
        founders: [CIKLAPA],
      });
      const other = await insertEnterprise(ctx.db, {
        kind: 'bumdes',
        name: 'BUM Desa Tetangga Ciklapa',
        founders: [CIKLAPA],
      });
      const body = (username: string) => ({
        username,
        name: 'Pengelola BUM Desa',
        password: TEST_PASSWORD,
        assignments: [{ role: 'enterprise', scope: { kind: 'enterprise', id: mine } }],
      });
      const refused = await semarang.request('POST', '/api/users', body('pengelola-ditolak'));
      expect(refused.statusCode, refused.body).toBe(403);
      const granted = await cilacap.request('POST', '/api/users', body('pengelola-ciklapa'));
      expect(granted.statusCode, granted.body).toBe(201);
      expect(granted.json().assignments[0].scope).toMatchObject({
        kind: 'enterprise',
        id: mine,
        label: 'BUM Desa Milik Pengelola Ciklapa',
      });
      const manager = await signIn(app, 'pengelola-ciklapa', TEST_PASSWORD);

      const list = (await manager.request('GET', '/api/usaha/badan-usaha')).json() as EnterpriseList;
      expect(list).toMatchObject({ total: 1, items: [{ id: mine, canManage: true }] });
      expect((await manager.request('GET', `/api/usaha/badan-usaha/${other}`)).statusCode).toBe(404);
      expect(
        (await manager.request('PATCH', `/api/usaha/badan-usaha/${other}`, { address: 'x' })).statusCode,
      ).toBe(404);
      const edited = await manager.request('PATCH', `/api/usaha/badan-usaha/${mine}`, {
        address: 'Jl. Pasar Ciklapa',
      });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json().address).toBe('Jl. Pasar Ciklapa');
      // Registering is not theirs: it comes before the role.
      expect(
        (await register(manager, bumdesBody({ name: 'BUM Desa Baru Ciklapa', founderDesaCodes: [CIKLAPA] })))
          .statusCode,
      ).toBe(403);

      // An enterprise across provinces lies in no region: only the national administrator grants its role.
      const wide = await insertEnterprise(ctx.db, {
        kind: 'bumdesma',
        name: 'BUM Desa Bersama Antar Provinsi',
        founders: [TAMBAKREJA, '3513152001'],
      });
      const wideBody = {
        ...body('pengelola-lintas'),
        assignments: [{ role: 'enterprise', scope: { kind: 'enterprise', id: wide } }],
      };
      expect((await province.request('POST', '/api/users', wideBody)).statusCode).toBe(403);
      expect((await national.request('POST', '/api/users', wideBody)).statusCode).toBe(201);
    });
  });

  describe('the list', () => {
    it('filters by name, kind, legal status, region and kawasan, sorted by name, with counts and the latest report', async () => {
      const [first] = (
        (await cilacap.request('GET', '/api/usaha/badan-usaha?q=tirta')).json() as EnterpriseList
      ).items;
      expect(first).toMatchObject({
        name: 'BUM Desa Tirta Bumireja',
        unitCount: 0,
        latestReportPeriod: null,
      });
      const at = new Date();
      await ctx.db.orm.insert(businessUnit).values({
        id: randomUUID(),
        enterpriseId: first!.id,
        name: 'Unit Air Bersih',
        commodity: 'air bersih',
        stage: 'jasa',
        status: 'berjalan',
        createdAt: at,
        updatedAt: at,
      });
      for (const period of ['2025', '2026-S1', '2025-S2'])
        await ctx.db.orm.insert(enterpriseReport).values({
          id: randomUUID(),
          enterpriseId: first!.id,
          period,
          revenue: 0n,
          costs: 0n,
          netResult: 0n,
          assets: 0n,
          workers: 1,
          splitPades: 0n,
          splitCapital: 0n,
          splitOther: 0n,
          source: 'form',
          createdAt: at,
          updatedAt: at,
        });
      const again = (await cilacap.request('GET', '/api/usaha/badan-usaha?q=tirta')).json() as EnterpriseList;
      expect(again.items[0]).toMatchObject({ unitCount: 1, latestReportPeriod: '2026-S1' });

      const names = async (client: Client, query: string) =>
        ((await client.request('GET', `/api/usaha/badan-usaha${query}`)).json() as EnterpriseList).items.map(
          (e) => e.name,
        );
      const all = await names(cilacap, '');
      expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(all).toContain('BUM Desa Bersama Lintas Serayu');
      expect(await names(cilacap, '?kind=koperasi_merah_putih')).toEqual([
        'Koperasi Desa Merah Putih Tambakreja',
      ]);
      expect(await names(cilacap, '?legalStatus=nama_disetujui')).toEqual(['BUM Desa Tirta Bumireja']);
      expect(await names(cilacap, '?legalStatus=berbadan_hukum')).toEqual([
        'BUM Desa Tani Lestari Tambakreja',
        'Koperasi Desa Merah Putih Tambakreja',
      ]);
      expect(await names(cilacap, `?kawasanId=${kawasanId}`)).toEqual([
        'BUM Desa Bersama Minapadi Kedungreja',
      ]);
      expect(await names(banyumas, '')).toEqual(['BUM Desa Bersama Lintas Serayu']);
      expect(await names(national, '?region=33.02')).toEqual(['BUM Desa Bersama Lintas Serayu']);
      expect(await names(semarang, '')).toEqual([]);
      // The kawasan manager: linked to their kawasan or founded by one of its desa.
      const managed = await names(kawasanManager, '');
      expect(managed).toContain('BUM Desa Bersama Minapadi Kedungreja');
      expect(managed).toContain('BUM Desa Tirta Bumireja');
      expect(managed).not.toContain('BUM Desa Karya Ciklapa');
      const page = (
        await cilacap.request('GET', '/api/usaha/badan-usaha?limit=2&offset=1')
      ).json() as EnterpriseList;
      expect(page.items.map((e) => e.name)).toEqual(all.slice(1, 3));
      expect(page.total).toBe(all.length);
      expect((await cilacap.request('GET', '/api/usaha/badan-usaha?region=abc')).statusCode).toBe(400);
    });
  });

  it('lists its paths in the OpenAPI document', async () => {
    const res = await app.inject('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const spec = res.json() as { paths: Record<string, object> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/usaha/periksa-nama',
        '/api/usaha/badan-usaha',
        '/api/usaha/badan-usaha/{eid}',
        '/api/usaha/badan-usaha/{eid}/status-hukum',
        '/api/usaha/badan-usaha/{eid}/organ',
        '/api/usaha/badan-usaha/{eid}/dokumen',
        '/api/usaha/badan-usaha/{eid}/dokumen/{did}',
        '/api/usaha/mitra',
        '/api/usaha/mitra/{pid}',
      ]),
    );
  });
});
