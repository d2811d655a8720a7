import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BusinessLinkView,
  BusinessUnitList,
  BusinessUnitView,
  CapitalList,
  CapitalView,
  ValueChainView,
} from '../../contracts/business.contract.ts';
import { queryRows } from '../../db/client.ts';
import { enterpriseReport } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount, TEST_PASSWORD } from '../../services/access/testing.ts';
import { enterpriseAccount, insertEnterprise, insertPartner } from '../../services/enterprise/testing.ts';
import {
  type CoffeeKawasan,
  insertCapital,
  insertLink,
  insertUnit,
  seedCoffeeKawasan,
} from '../../services/enterprise/testing-units.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { type Client, regionAccount, signIn, withToken } from '../testing.ts';

/** The server's clock: 20 May 2026, 10:00 in Jakarta. */
const NOW = new Date('2026-05-20T03:00:00Z');
/** Desa of Kedungreja outside the coffee kawasan (its members are 2001–2004). */
const TAMBAKSARI = '3301012005';
const REJAMULYA = '3301012006';
const SIDANEGARA = '3301012007';
const BRUMBUNGAN = '3374011002';

describeEachEngine('business routes', (ctx) => {
  let app: App;
  let coffee: CoffeeKawasan;
  let national: Client;
  let cilacap: Client;
  let semarang: Client;
  let villageTambaksari: Client;
  let facilitator: Client;
  let kawasanManager: Client;
  let otherKawasanManager: Client;
  let readOnly: Client;
  /** A BUM Desa of Tambaksari and its manager. */
  let bumdes: string;
  let bumdesManager: Client;
  /** A BUM Desa Bersama of Tambaksari and Rejamulya and its manager. */
  let bersama: string;
  let bersamaManager: Client;
  /** A BUM Desa of Brumbungan (Kota Semarang). */
  let brumbungan: string;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW });
    coffee = await seedCoffeeKawasan(ctx.db);
    const n = await createTestAccount(ctx.db, 'nasional', [{ role: 'national' }]);
    national = await signIn(app, n.username, TEST_PASSWORD);
    cilacap = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    semarang = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    villageTambaksari = await regionAccount(app, ctx.db, 'operator-tambaksari', 'village', TAMBAKSARI);
    facilitator = await regionAccount(app, ctx.db, 'pendamping-kedungreja', 'facilitator', '330101');
    const km = await createTestAccount(ctx.db, 'pengelola-kawasan-kopi', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: coffee.kawasanId }, regionCode: '3301' },
    ]);
    kawasanManager = await signIn(app, km.username, TEST_PASSWORD);
    const okm = await createTestAccount(ctx.db, 'pengelola-kota-lama', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: coffee.otherKawasanId }, regionCode: '3374' },
    ]);
    otherKawasanManager = await signIn(app, okm.username, TEST_PASSWORD);
    const token = await cilacap.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
    readOnly = withToken(app, token.json().secret);

    bumdes = await insertEnterprise(ctx.db, { founders: [TAMBAKSARI] });
    bersama = await insertEnterprise(ctx.db, { kind: 'bumdesma', founders: [TAMBAKSARI, REJAMULYA] });
    brumbungan = await insertEnterprise(ctx.db, { founders: [BRUMBUNGAN] });
    const m1 = await enterpriseAccount(ctx.db, 'pengelola-bumdes', bumdes);
    bumdesManager = await signIn(app, m1.username, TEST_PASSWORD);
    const m2 = await enterpriseAccount(ctx.db, 'pengelola-bersama', bersama);
    bersamaManager = await signIn(app, m2.username, TEST_PASSWORD);
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
          where resource_type in ('business_unit', 'capital_injection') order by id`,
    );
  const auditCount = async () => (await auditRows()).length;
  const lastAudit = async () => (await auditRows()).at(-1)!;

  /** Sends a mutation; checks it wrote one audit row when it succeeded and none when refused. */
  async function mutate(
    client: Client,
    method: 'POST' | 'PATCH' | 'DELETE',
    url: string,
    body: object | undefined,
    status: number,
  ) {
    const before = await auditCount();
    const res = await client.request(method, url, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(await auditCount()).toBe(before + (status < 300 ? 1 : 0));
    return res;
  }
  const errorsOf = (res: { json(): unknown }) =>
    ((res.json() as { errors?: { field: string; message: string }[] }).errors ?? []).map((e) => [
      e.field,
      e.message,
    ]);
  const fieldsOf = (res: { json(): unknown }) => errorsOf(res).map(([field]) => field);
  const get = (client: Client, url: string) => client.request('GET', url);

  describe('units', () => {
    it('adds a unit: normalised commodity, labels, the desa by name, audited in the enterprise region', async () => {
      const res = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/unit`,
        {
          name: '  Kebun   Kopi Tambaksari ',
          commodity: ' Kopi  Robusta ',
          stage: 'hulu',
          desaCode: '33.01.01.2005',
          workers: 10,
          womenWorkers: 4,
          startedOn: '2025-01-15',
        },
        201,
      );
      const unit = res.json() as BusinessUnitView;
      expect(unit).toMatchObject({
        enterprise: { id: bumdes, kind: 'bumdes', kindLabel: 'BUM Desa' },
        name: 'Kebun Kopi Tambaksari',
        commodity: 'kopi robusta',
        stage: 'hulu',
        stageLabel: 'Hulu: input dan produksi',
        status: 'berjalan',
        statusLabel: 'Berjalan',
        desa: { code: TAMBAKSARI, name: 'Tambaksari' },
        workers: 10,
        womenWorkers: 4,
        startedOn: '2025-01-15',
        capitalTotal: '0',
        suppliers: [],
        buyers: [],
        canManage: true,
      });
      expect(await lastAudit()).toMatchObject({
        action: 'business_unit.create',
        resource_type: 'business_unit',
        resource_id: unit.id,
        region_code: TAMBAKSARI,
      });
      const again = await get(bumdesManager, `/api/usaha/unit/${unit.id}`);
      expect(again.json()).toEqual(unit);
    });

    it('refuses a bad unit with every field and its Indonesian message', async () => {
      const res = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/unit`,
        {
          name: 'K',
          commodity: 'kopi',
          stage: 'produksi',
          workers: 2,
          womenWorkers: 3,
          startedOn: '2026-05-21',
        },
        400,
      );
      expect(errorsOf(res)).toEqual([
        ['name', 'Nama unit usaha wajib diisi, 2–120 karakter.'],
        ['stage', 'Tahap rantai nilai harus salah satu dari: hulu, tengah, hilir, jasa.'],
        ['womenWorkers', 'Pekerja perempuan (3) tidak boleh lebih dari jumlah pekerja (2).'],
        [
          'startedOn',
          'Tanggal mulai 2026-05-21 belum tiba (hari ini 2026-05-20); unit yang belum mulai berstatus rencana tanpa tanggal mulai.',
        ],
      ]);
      const unknownDesa = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/unit`,
        { name: 'Kebun Kopi', commodity: 'kopi', stage: 'hulu', desaCode: '3301012099' },
        400,
      );
      expect(errorsOf(unknownDesa)).toEqual([
        ['desaCode', 'Desa 3301012099 tidak ditemukan dalam data wilayah.'],
      ]);
    });

    it('lists the units of an enterprise by stage and name, with links on both sides and exact capital', async () => {
      const shop = await insertUnit(ctx.db, bersama, { name: 'Kedai Kopi Bersama', stage: 'hilir' });
      const roastery = await insertUnit(ctx.db, bersama, { name: 'Rumah Sangrai', stage: 'tengah' });
      const garden = await insertUnit(ctx.db, bumdes, { name: 'Kebun Kopi Rejo' });
      await insertLink(ctx.db, garden, roastery, 'biji kopi basah');
      await insertLink(ctx.db, roastery, shop, 'kopi sangrai');
      await insertCapital(ctx.db, bersama, { unitId: roastery, amount: 9_007_199_254_740_993n });
      await insertCapital(ctx.db, bersama, { unitId: roastery, amount: 7n });
      const res = await get(bersamaManager, `/api/usaha/badan-usaha/${bersama}/unit`);
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json() as BusinessUnitList;
      const mine = list.items.filter((u) => u.id === roastery || u.id === shop);
      expect(mine.map((u) => u.name)).toEqual(['Rumah Sangrai', 'Kedai Kopi Bersama']);
      const [r] = mine;
      expect(r!.capitalTotal).toBe('9007199254741000');
      expect(r!.capitalCount).toBe(2);
      expect(
        r!.suppliers.map((l) => [l.supplier.name, l.supplier.enterprise.id, l.product, l.supplier.readable]),
      ).toEqual([['Kebun Kopi Rejo', bumdes, 'biji kopi basah', false]]);
      expect(r!.buyers.map((l) => [l.buyer.name, l.product, l.canDelete])).toEqual([
        ['Kedai Kopi Bersama', 'kopi sangrai', true],
      ]);
      expect(list.canManage).toBe(true);
    });

    it('lets a manager see and change only their own enterprise', async () => {
      // The BUM Desa's manager does not read the BUM Desa Bersama, though Tambaksari founded both.
      expect((await get(bumdesManager, `/api/usaha/badan-usaha/${bersama}/unit`)).statusCode).toBe(404);
      await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bersama}/unit`,
        { name: 'Kedai', commodity: 'kopi', stage: 'hilir' },
        404,
      );
      const foreign = await insertUnit(ctx.db, bersama, { name: 'Gudang Bersama', stage: 'tengah' });
      await mutate(bumdesManager, 'PATCH', `/api/usaha/unit/${foreign}`, { workers: 3 }, 404);
      await mutate(bumdesManager, 'DELETE', `/api/usaha/unit/${foreign}`, undefined, 404);
      // The operator of a founding desa reads the BUM Desa Bersama but does not keep it.
      const read = await get(villageTambaksari, `/api/usaha/badan-usaha/${bersama}/unit`);
      expect(read.statusCode).toBe(200);
      expect((read.json() as BusinessUnitList).canManage).toBe(false);
      const refused = await mutate(
        villageTambaksari,
        'PATCH',
        `/api/usaha/unit/${foreign}`,
        { workers: 3 },
        403,
      );
      expect(refused.json().detail).toBe('Badan usaha ini di luar cakupan Anda untuk diubah.');
      // Another kabupaten sees nothing; a read-only token changes nothing.
      expect((await get(semarang, `/api/usaha/unit/${foreign}`)).statusCode).toBe(404);
      await mutate(readOnly, 'PATCH', `/api/usaha/unit/${foreign}`, { workers: 3 }, 403);
      await mutate(bersamaManager, 'PATCH', `/api/usaha/unit/${foreign}`, { workers: 3 }, 200);
    });

    it('changes a unit with the audit before and after, and stops it with status berhenti', async () => {
      const id = await insertUnit(ctx.db, bumdes, { name: 'Kebun Kopi Lama', workers: 5 });
      const res = await mutate(
        cilacap,
        'PATCH',
        `/api/usaha/unit/${id}`,
        { status: 'berhenti', workers: 0 },
        200,
      );
      expect(res.json()).toMatchObject({ status: 'berhenti', statusLabel: 'Berhenti', workers: 0 });
      const audit = await lastAudit();
      expect(audit).toMatchObject({
        action: 'business_unit.update',
        resource_id: id,
        region_code: TAMBAKSARI,
      });
      expect(JSON.stringify(audit.changes)).toContain('berhenti');
      // The same values again change nothing and write no audit row.
      const count = await auditCount();
      const same = await cilacap.request('PATCH', `/api/usaha/unit/${id}`, { status: 'berhenti' });
      expect(same.statusCode).toBe(200);
      expect(await auditCount()).toBe(count);
      const bad = await mutate(cilacap, 'PATCH', `/api/usaha/unit/${id}`, { status: 'tutup' }, 400);
      expect(fieldsOf(bad)).toEqual(['status']);
    });

    it('deletes a unit without capital (its links with it), and refuses one with capital', async () => {
      const funded = await insertUnit(ctx.db, bumdes, { name: 'Kebun Bermodal' });
      await insertCapital(ctx.db, bumdes, { unitId: funded, amount: 1_500_000n });
      const refused = await mutate(bumdesManager, 'DELETE', `/api/usaha/unit/${funded}`, undefined, 409);
      expect(refused.json().detail).toBe(
        'Unit usaha Kebun Bermodal sudah menerima modal (1 catatan, Rp1.500.000), jadi tidak dihapus: ' +
          'catatan modal tidak boleh kehilangan unitnya. Ubah statusnya menjadi berhenti.',
      );
      const plain = await insertUnit(ctx.db, bumdes, { name: 'Kebun Tanpa Modal' });
      const link = await insertLink(ctx.db, plain, funded);
      await mutate(bumdesManager, 'DELETE', `/api/usaha/unit/${plain}`, undefined, 204);
      expect(await lastAudit()).toMatchObject({ action: 'business_unit.delete', resource_id: plain });
      expect((await get(bumdesManager, `/api/usaha/unit/${plain}`)).statusCode).toBe(404);
      const [left] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from business_unit_link where id = ${link}`,
      );
      expect(left!.n).toBe(0);
    });
  });

  describe('supply links', () => {
    it('links a grower to the processing unit of a BUM Desa Bersama the keeper can read', async () => {
      const garden = await insertUnit(ctx.db, bumdes, { name: 'Kebun Kopi Atas' });
      const roastery = await insertUnit(ctx.db, bersama, { name: 'Sangrai Bersama', stage: 'tengah' });
      const res = await mutate(
        villageTambaksari,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: roastery, product: ' Biji  kopi ', note: 'Panen raya Juli' },
        201,
      );
      const link = res.json() as BusinessLinkView;
      expect(link).toMatchObject({
        supplier: { id: garden, enterprise: { id: bumdes }, readable: true },
        buyer: { id: roastery, enterprise: { id: bersama }, stage: 'tengah', readable: true },
        product: 'Biji kopi',
        note: 'Panen raya Juli',
        directionNote: null,
        canDelete: true,
      });
      expect(await lastAudit()).toMatchObject({
        action: 'business_unit.link_add',
        resource_type: 'business_unit',
        resource_id: garden,
        region_code: TAMBAKSARI,
      });
      const again = await mutate(
        villageTambaksari,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: roastery, product: 'biji KOPI' },
        400,
      );
      expect(errorsOf(again)).toEqual([
        ['product', 'Pasokan biji KOPI dari Kebun Kopi Atas ke Sangrai Bersama sudah tercatat.'],
      ]);
      const self = await mutate(
        villageTambaksari,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: garden, product: 'bibit' },
        400,
      );
      expect(fieldsOf(self)).toEqual(['buyerUnitId']);
      const noProduct = await mutate(
        villageTambaksari,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: roastery, product: ' ' },
        400,
      );
      expect(fieldsOf(noProduct)).toEqual(['product']);
    });

    it('answers 404 on a buyer the keeper cannot read', async () => {
      const garden = await insertUnit(ctx.db, bumdes, { name: 'Kebun Kopi Bawah' });
      const roastery = await insertUnit(ctx.db, bersama, { name: 'Sangrai Dua', stage: 'tengah' });
      // The BUM Desa's own manager does not read the BUM Desa Bersama.
      const res = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: roastery, product: 'biji kopi' },
        404,
      );
      expect(res.json().detail).toBe('Unit usaha pembeli tidak ditemukan.');
      const batik = await insertUnit(ctx.db, brumbungan, { name: 'Batik Brumbungan', commodity: 'batik' });
      const far = await mutate(
        semarang,
        'POST',
        `/api/usaha/unit/${batik}/pasokan`,
        { buyerUnitId: roastery, product: 'kain' },
        404,
      );
      expect(far.json().detail).toBe('Unit usaha pembeli tidak ditemukan.');
      // The supplier's side decides the right to record: the reader of both who keeps neither is refused.
      await mutate(
        facilitator,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: roastery, product: 'biji kopi' },
        403,
      );
      await mutate(
        cilacap,
        'POST',
        `/api/usaha/unit/${garden}/pasokan`,
        { buyerUnitId: roastery, product: 'biji kopi' },
        201,
      );
    });

    it('notes a link that runs against the chain (inputs from the shop)', async () => {
      const shop = await insertUnit(ctx.db, bumdes, {
        name: 'Toko Tani',
        commodity: 'sarana produksi',
        stage: 'hilir',
      });
      const garden = await insertUnit(ctx.db, bumdes, { name: 'Kebun Kopi Tengah' });
      const res = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/unit/${shop}/pasokan`,
        { buyerUnitId: garden, product: 'pupuk organik' },
        201,
      );
      expect((res.json() as BusinessLinkView).directionNote).toContain('pasokan input');
    });

    it('removes a link by the keeper of either side, audited on the supplier', async () => {
      const garden = await insertUnit(ctx.db, bumdes, { name: 'Kebun Kopi Timur' });
      const roastery = await insertUnit(ctx.db, bersama, { name: 'Sangrai Tiga', stage: 'tengah' });
      const first = await insertLink(ctx.db, garden, roastery, 'biji kopi');
      const second = await insertLink(ctx.db, garden, roastery, 'kulit kopi');
      await mutate(facilitator, 'DELETE', `/api/usaha/pasokan/${first}`, undefined, 403);
      await mutate(semarang, 'DELETE', `/api/usaha/pasokan/${first}`, undefined, 404);
      await mutate(national, 'DELETE', `/api/usaha/pasokan/${randomUUID()}`, undefined, 404);
      // The buyer's manager removes it, though they cannot read the supplier.
      await mutate(bersamaManager, 'DELETE', `/api/usaha/pasokan/${first}`, undefined, 204);
      expect(await lastAudit()).toMatchObject({
        action: 'business_unit.link_remove',
        resource_id: garden,
        region_code: TAMBAKSARI,
      });
      await mutate(bumdesManager, 'DELETE', `/api/usaha/pasokan/${second}`, undefined, 204);
      const unit = (await get(bumdesManager, `/api/usaha/unit/${garden}`)).json() as BusinessUnitView;
      expect(unit.buyers).toEqual([]);
    });
  });

  describe('capital', () => {
    const body = (over: Record<string, unknown> = {}) => ({
      source: 'dana_desa',
      form: 'penyertaan_modal',
      amount: 'Rp 1.500.000',
      receivedOn: '2025-04-10',
      documentNumber: 'Perdes Tambaksari No. 2 Tahun 2025 tentang APBDes',
      desaCode: TAMBAKSARI,
      ...over,
    });

    it('records capital written the Indonesian way, exactly, audited with the amount as digits', async () => {
      const unit = await insertUnit(ctx.db, bumdes, { name: 'Kebun Modal' });
      const res = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/modal`,
        body({ unitId: unit }),
        201,
      );
      const row = res.json() as CapitalView;
      expect(row).toMatchObject({
        enterpriseId: bumdes,
        unit: { id: unit, name: 'Kebun Modal', stage: 'hulu' },
        source: 'dana_desa',
        sourceLabel: 'Dana Desa (penyertaan modal desa)',
        form: 'penyertaan_modal',
        formLabel: 'Penyertaan modal',
        partner: null,
        desa: { code: TAMBAKSARI, name: 'Tambaksari' },
        amount: '1500000',
      });
      const audit = await lastAudit();
      expect(audit).toMatchObject({
        action: 'capital_injection.create',
        resource_type: 'capital_injection',
        resource_id: row.id,
        region_code: TAMBAKSARI,
      });
      expect(JSON.stringify(audit.changes)).toContain('"1500000"');
    });

    it.each<[string, Record<string, unknown>, [string, string][]]>([
      [
        'sen in the amount',
        { amount: '1.500.000,50' },
        [['amount', 'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.']],
      ],
      [
        'a partner source without the partner',
        { source: 'mitra', desaCode: null },
        [
          [
            'partnerId',
            'Modal dari mitra wajib menyebut mitranya (daftarkan dulu di daftar mitra pendanaan).',
          ],
        ],
      ],
      [
        'Dana Desa from a desa that is no founder',
        { desaCode: '3301012004' },
        [
          [
            'desaCode',
            'Desa 3301012004 bukan desa pendiri badan usaha ini; Dana Desa disertakan oleh desa pendiri (3301012005).',
          ],
        ],
      ],
      [
        'a date not yet come',
        { receivedOn: '2026-05-21' },
        [
          [
            'receivedOn',
            'Tanggal diterima 2026-05-21 belum tiba (hari ini 2026-05-20); modal dicatat setelah diterima.',
          ],
        ],
      ],
    ])('refuses %s with its message', async (_label, over, errors) => {
      const res = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/modal`,
        body(over),
        400,
      );
      expect(errorsOf(res)).toEqual(errors);
    });

    it('checks the partner, the unit and the document against the records', async () => {
      const unknownPartner = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/modal`,
        body({ source: 'mitra', desaCode: null, partnerId: randomUUID() }),
        400,
      );
      expect(fieldsOf(unknownPartner)).toEqual(['partnerId']);
      const foreignUnit = await insertUnit(ctx.db, bersama, { name: 'Unit Lain' });
      const wrongUnit = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/modal`,
        body({ unitId: foreignUnit }),
        400,
      );
      expect(errorsOf(wrongUnit)).toEqual([['unitId', 'Unit usaha itu bukan unit badan usaha ini.']]);
      const noDocument = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/modal`,
        body({ documentId: randomUUID() }),
        400,
      );
      expect(fieldsOf(noDocument)).toEqual(['documentId']);
      const partnerId = await insertPartner(ctx.db, { name: 'Yayasan Kopi Lestari' });
      const ok = await mutate(
        bumdesManager,
        'POST',
        `/api/usaha/badan-usaha/${bumdes}/modal`,
        body({ source: 'mitra', form: 'hibah', desaCode: null, partnerId, amount: 2_000_000 }),
        201,
      );
      expect(ok.json()).toMatchObject({
        partner: { id: partnerId, name: 'Yayasan Kopi Lestari' },
        amount: '2000000',
      });
    });

    it('takes Dana Desa from each founding desa of a BUM Desa Bersama, and only from its keepers', async () => {
      await mutate(
        cilacap,
        'POST',
        `/api/usaha/badan-usaha/${bersama}/modal`,
        body({ desaCode: REJAMULYA }),
        201,
      );
      await mutate(
        cilacap,
        'POST',
        `/api/usaha/badan-usaha/${bersama}/modal`,
        body({ desaCode: TAMBAKSARI }),
        201,
      );
      await mutate(villageTambaksari, 'POST', `/api/usaha/badan-usaha/${bersama}/modal`, body(), 403);
      await mutate(bumdesManager, 'POST', `/api/usaha/badan-usaha/${bersama}/modal`, body(), 404);
      await mutate(semarang, 'POST', `/api/usaha/badan-usaha/${bersama}/modal`, body(), 404);
    });

    it('corrects and removes a capital record, audited before and after', async () => {
      const id = await insertCapital(ctx.db, bumdes, { amount: 1_000_000n });
      const res = await mutate(cilacap, 'PATCH', `/api/usaha/modal/${id}`, { amount: '1.250.000' }, 200);
      expect((res.json() as CapitalView).amount).toBe('1250000');
      const audit = await lastAudit();
      expect(audit).toMatchObject({ action: 'capital_injection.update', resource_id: id });
      expect(JSON.stringify(audit.changes)).toContain('"1000000"');
      expect(JSON.stringify(audit.changes)).toContain('"1250000"');
      const bad = await mutate(cilacap, 'PATCH', `/api/usaha/modal/${id}`, { source: 'mitra' }, 400);
      expect(fieldsOf(bad)).toEqual(['partnerId']);
      await mutate(villageTambaksari, 'PATCH', `/api/usaha/modal/${id}`, { note: 'koreksi' }, 200);
      await mutate(semarang, 'DELETE', `/api/usaha/modal/${id}`, undefined, 404);
      await mutate(bumdesManager, 'DELETE', `/api/usaha/modal/${id}`, undefined, 204);
      expect(await lastAudit()).toMatchObject({ action: 'capital_injection.delete', resource_id: id });
      await mutate(bumdesManager, 'DELETE', `/api/usaha/modal/${id}`, undefined, 404);
    });

    it('sums any amounts exactly: the summary of the route equals the bigint sum', async () => {
      const amount = fc.bigInt({ min: 1n, max: 10n ** 15n });
      const written = fc
        .tuple(amount, fc.constantFrom('digits', 'grouped', 'rupiah', 'number'))
        .map(([value, form]) => {
          const grouped = value.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
          if (form === 'number' && value <= BigInt(Number.MAX_SAFE_INTEGER))
            return { value, sent: Number(value) };
          if (form === 'grouped') return { value, sent: `${grouped},00` };
          if (form === 'rupiah') return { value, sent: `Rp ${grouped}` };
          return { value, sent: value.toString() };
        });
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(written, fc.constantFrom('apbn', 'apbd_kabupaten', 'masyarakat')), {
            minLength: 1,
            maxLength: 6,
          }),
          async (rows) => {
            const enterpriseId = await insertEnterprise(ctx.db, { founders: [SIDANEGARA] });
            for (const [{ sent }, source] of rows) {
              const res = await cilacap.request('POST', `/api/usaha/badan-usaha/${enterpriseId}/modal`, {
                source,
                form: 'hibah',
                amount: sent,
                receivedOn: '2025-06-30',
                documentNumber: 'SK No. 9/2025',
              });
              expect(res.statusCode, res.body).toBe(201);
            }
            const list = (
              await get(cilacap, `/api/usaha/badan-usaha/${enterpriseId}/modal`)
            ).json() as CapitalList;
            const total = rows.reduce((t, [{ value }]) => t + value, 0n);
            expect(list.summary.total).toBe(total.toString());
            expect(list.items.map((i) => BigInt(i.amount)).sort()).toEqual(
              rows.map(([{ value }]) => value).sort(),
            );
            for (const s of list.summary.bySource) {
              const expected = rows
                .filter(([, src]) => src === s.source)
                .reduce((t, [{ value }]) => t + value, 0n);
              expect(s.amount).toBe(expected.toString());
            }
            expect(list.summary.byYear).toEqual([{ year: 2025, amount: total.toString() }]);
          },
        ),
        { numRuns: 6 },
      );
    });

    it('lists capital latest first with labels and a summary by source, form, year and unit', async () => {
      const enterpriseId = await insertEnterprise(ctx.db, { founders: [SIDANEGARA] });
      const unit = await insertUnit(ctx.db, enterpriseId, { name: 'Kebun Sidanegara' });
      await insertCapital(ctx.db, enterpriseId, { amount: 300n, receivedOn: '2024-01-01', unitId: unit });
      await insertCapital(ctx.db, enterpriseId, {
        amount: 50n,
        receivedOn: '2025-07-01',
        source: 'masyarakat',
        form: 'penyertaan_modal',
      });
      const list = (
        await get(facilitator, `/api/usaha/badan-usaha/${enterpriseId}/modal`)
      ).json() as CapitalList;
      expect(list.items.map((i) => i.receivedOn)).toEqual(['2025-07-01', '2024-01-01']);
      expect(list.canManage).toBe(false);
      expect(list.summary).toEqual({
        total: '350',
        bySource: [
          { source: 'apbd_kabupaten', sourceLabel: 'APBD kabupaten/kota', amount: '300' },
          { source: 'masyarakat', sourceLabel: 'Masyarakat', amount: '50' },
        ],
        byForm: [
          { form: 'penyertaan_modal', formLabel: 'Penyertaan modal', amount: '50' },
          { form: 'hibah', formLabel: 'Hibah', amount: '300' },
        ],
        byYear: [
          { year: 2024, amount: '300' },
          { year: 2025, amount: '50' },
        ],
        byUnit: [
          { unit: { id: unit, name: 'Kebun Sidanegara' }, amount: '300' },
          { unit: null, amount: '50' },
        ],
      });
      expect((await get(semarang, `/api/usaha/badan-usaha/${enterpriseId}/modal`)).statusCode).toBe(404);
    });
  });

  describe('value chain', () => {
    const chainOf = async (client: Client, query: string) => {
      const res = await get(client, `/api/usaha/rantai-nilai?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as ValueChainView;
    };

    it('shows the coffee kawasan: its enterprises, units by stage, the flows and the gaps', async () => {
      const view = await chainOf(kawasanManager, `kawasanId=${coffee.kawasanId}`);
      const u = coffee.units;
      expect(view.place).toEqual({
        kind: 'kawasan',
        id: coffee.kawasanId,
        name: 'Kawasan Kopi Kedungreja',
        desaCount: 4,
      });
      expect(view.flagshipCommodities).toEqual(['kopi', 'gula aren']);
      expect(view.enterprises.map((e) => [e.name, e.linkedToKawasan, e.unitCount])).toEqual([
        ['BUM Desa Bersama Kopi Kedungreja', true, 2],
        ['BUM Desa Bumireja Sejahtera', false, 1],
        ['BUM Desa Ciklapa Jaya', false, 1],
        ['BUM Desa Tambakreja Makmur', false, 2],
      ]);
      expect(view.commodities.map((c) => [c.commodity, c.flagship])).toEqual([
        ['kopi', true],
        ['gula aren', true],
        ['wisata desa', false],
      ]);
      const kopi = view.commodities[0]!;
      expect(kopi.stages.map((s) => [s.stage, s.running, s.notRunning])).toEqual([
        ['hulu', [u.kebunBumireja, u.kebunCiklapa, u.kebunTambakreja], []],
        ['tengah', [], [u.sangrai]],
        ['hilir', [u.kedai], []],
        ['jasa', [], []],
      ]);
      expect(view.flows).toEqual([
        {
          id: coffee.links.kebunToKedai,
          supplierUnitId: u.kebunTambakreja,
          buyerUnitId: u.kedai,
          product: 'biji kopi kering',
          directionNote: null,
        },
      ]);
      expect(view.gaps.map((g) => [g.kind, g.commodity, g.stage, g.unitIds])).toEqual([
        ['stage_missing', 'kopi', 'tengah', [u.sangrai]],
        ['imbalance', 'kopi', 'tengah', [u.kebunBumireja, u.kebunCiklapa, u.kebunTambakreja]],
        ['no_buyer', 'kopi', 'hulu', [u.kebunBumireja]],
        ['no_buyer', 'kopi', 'hulu', [u.kebunCiklapa]],
        ['no_units', 'gula aren', null, []],
      ]);
      expect(view.gaps[0]).toMatchObject({
        kindLabel: 'Tahap rantai nilai kosong',
        message: 'Belum ada unit pengolahan (tengah) untuk kopi (1 unit belum berjalan).',
      });
      const kedai = view.units.find((x) => x.id === u.kedai)!;
      expect(kedai).toMatchObject({
        name: 'Kedai Kopi Kawasan',
        enterprise: { id: coffee.enterprises.bersama, name: 'BUM Desa Bersama Kopi Kedungreja' },
        desa: { code: '3301012004', name: 'Kedungreja' },
        capitalTotal: '200000000',
        inPlace: true,
      });
      expect(view.units.some((x) => x.id === coffee.units.batik)).toBe(false);
    });

    it('puts the capital behind each stage by source, the rest per enterprise as not yet allocated', async () => {
      const view = await chainOf(cilacap, `kawasanId=${coffee.kawasanId}`);
      expect(
        view.capital.byStage.map((s) => [s.stage, s.total, s.bySource.map((b) => [b.source, b.amount])]),
      ).toEqual([
        [
          'hulu',
          '160000001',
          [
            ['apbd_kabupaten', '10000001'],
            ['dana_desa', '150000000'],
          ],
        ],
        ['tengah', '25000000', [['masyarakat', '25000000']]],
        ['hilir', '200000000', [['apbd_kabupaten', '200000000']]],
        ['jasa', '0', []],
      ]);
      expect(view.capital.unallocated).toEqual([
        {
          enterprise: { id: coffee.enterprises.bersama, name: 'BUM Desa Bersama Kopi Kedungreja' },
          label: 'Belum dialokasikan ke unit',
          total: '75000000',
          bySource: [{ source: 'mitra', sourceLabel: 'Mitra (swasta/CSR)', amount: '75000000' }],
        },
      ]);
      expect(view.capital.total).toBe('460000001');
    });

    it("shows each enterprise's latest report, the year report closing its year", async () => {
      const at = new Date();
      const report = (period: string, revenue: bigint) => ({
        id: randomUUID(),
        enterpriseId: coffee.enterprises.bumireja,
        period,
        revenue,
        costs: 0n,
        netResult: revenue,
        assets: 0n,
        workers: 8,
        womenWorkers: null,
        splitPades: revenue / 2n,
        splitCapital: revenue / 2n,
        splitOther: 0n,
        splitOtherNote: '',
        decidedOn: null,
        source: 'form',
        createdAt: at,
        updatedAt: at,
      });
      await ctx.db.orm
        .insert(enterpriseReport)
        .values([
          report('2025-S1', 10_000_000n),
          report('2025', 24_000_000n),
          report('2025-S2', 14_000_000n),
        ]);
      const view = await chainOf(national, `kawasanId=${coffee.kawasanId}`);
      const bumireja = view.enterprises.find((e) => e.id === coffee.enterprises.bumireja)!;
      expect(bumireja.latestReport).toEqual({
        period: '2025',
        revenue: '24000000',
        netResult: '24000000',
        splitPades: '12000000',
      });
      expect(view.enterprises.find((e) => e.id === coffee.enterprises.ciklapa)!.latestReport).toBeNull();
    });

    it('shows one commodity when asked', async () => {
      const view = await chainOf(kawasanManager, `kawasanId=${coffee.kawasanId}&commodity=%20Wisata%20Desa`);
      expect(view.commodity).toBe('wisata desa');
      expect(view.commodities.map((c) => c.commodity)).toEqual(['wisata desa']);
      expect(view.units.map((x) => x.id)).toEqual([coffee.units.wisata]);
      expect(view.gaps).toEqual([]);
    });

    it("lets the kawasan's managers and the region's readers see it, and no one else", async () => {
      await chainOf(facilitator, `kawasanId=${coffee.kawasanId}`);
      await chainOf(national, `kawasanId=${coffee.kawasanId}`);
      for (const outsider of [otherKawasanManager, semarang, bumdesManager]) {
        const res = await get(outsider, `/api/usaha/rantai-nilai?kawasanId=${coffee.kawasanId}`);
        expect(res.statusCode, res.body).toBe(404);
        expect(res.json().detail).toBe('Kawasan tidak ditemukan.');
      }
      const own = await chainOf(otherKawasanManager, `kawasanId=${coffee.otherKawasanId}`);
      expect(own.enterprises.map((e) => e.name)).toEqual(['BUM Desa Miroto Berdikari']);
      expect(
        (await get(kawasanManager, `/api/usaha/rantai-nilai?kawasanId=${randomUUID()}`)).statusCode,
      ).toBe(404);
    });

    it('shows a region: the units of enterprises founded in it', async () => {
      const view = await chainOf(cilacap, 'region=33.01');
      expect(view.place).toEqual({ kind: 'region', code: '3301', name: expect.any(String) });
      expect(view.flagshipCommodities).toEqual([]);
      const ids = new Set(view.units.map((x) => x.id));
      for (const id of Object.values(coffee.units).filter((id) => id !== coffee.units.batik))
        expect(ids.has(id)).toBe(true);
      expect(ids.has(coffee.units.batik)).toBe(false);
      expect((await get(semarang, '/api/usaha/rantai-nilai?region=3301')).statusCode).toBe(404);
      const both = await get(cilacap, `/api/usaha/rantai-nilai?region=3301&kawasanId=${coffee.kawasanId}`);
      expect(both.statusCode).toBe(400);
      expect((await get(cilacap, '/api/usaha/rantai-nilai')).statusCode).toBe(400);
    });
  });

  it('lists the business paths in the OpenAPI document', async () => {
    const doc = (await app.inject('/api/docs/json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths['/api/usaha/badan-usaha/{eid}/unit'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/usaha/unit/{uid}'] ?? {}).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(doc.paths['/api/usaha/unit/{uid}/pasokan'] ?? {})).toEqual(['post']);
    expect(Object.keys(doc.paths['/api/usaha/pasokan/{lid}'] ?? {})).toEqual(['delete']);
    expect(Object.keys(doc.paths['/api/usaha/badan-usaha/{eid}/modal'] ?? {}).sort()).toEqual([
      'get',
      'post',
    ]);
    expect(Object.keys(doc.paths['/api/usaha/modal/{cid}'] ?? {}).sort()).toEqual(['delete', 'patch']);
    expect(Object.keys(doc.paths['/api/usaha/rantai-nilai'] ?? {})).toEqual(['get']);
  });
});
