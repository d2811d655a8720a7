import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConvergenceView } from '../../contracts/convergence.contract.ts';
import type { Database } from '../../db/client.ts';
import { danaDesaPlan, danaDesaPlanLine } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount, TEST_PASSWORD } from '../../services/access/testing.ts';
import { insertEnterprise, insertPartner } from '../../services/enterprise/testing.ts';
import { insertCapital, insertUnit } from '../../services/enterprise/testing-units.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { createRpkpRepository, toStoredPlan } from '../../services/rpkp/rpkp.repository.ts';
import {
  kedungrejaPlan,
  PLAN_BUDGETS,
  RPKP_MEMBERS,
  seedPlanningKawasan,
} from '../../services/rpkp/testing.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, signIn } from '../testing.ts';

const NOW = new Date('2026-05-20T03:00:00Z');
const [TAMBAKREJA, BUMIREJA, CIKLAPA] = RPKP_MEMBERS;
const KEDUNGREJA = '3301012004';
const TAMBAKSARI = '3301012005';

async function insertRpkpVersion(
  db: Database,
  kawasanId: string,
  version: number,
  state: string,
  budgetA1?: bigint,
) {
  const plan = kedungrejaPlan();
  if (budgetA1 !== undefined) plan.programmes[0]!.activities[0]!.budget = budgetA1.toString();
  const at = new Date('2026-03-01T02:00:00Z');
  await createRpkpRepository(db.orm).insert({
    id: randomUUID(),
    kawasanId,
    version,
    basedOn: version > 1 ? version - 1 : null,
    state: state as 'disetujui',
    submission: 1,
    title: `RPKP versi ${version}`,
    plan: toStoredPlan(plan),
    regulation: null,
    createdAt: at,
    updatedAt: at,
  });
}

async function insertDanaDesaPlan(
  db: Database,
  desaCode: string,
  fiscalYear: number,
  lines: { category: string; amount: bigint; kawasanId?: string; enterpriseId?: string }[],
): Promise<string> {
  const id = randomUUID();
  const at = new Date('2026-01-10T02:00:00Z');
  await db.orm
    .insert(danaDesaPlan)
    .values({ id, desaCode, fiscalYear, pagu: 1_000_000_000n, source: 'form', createdAt: at, updatedAt: at });
  await db.orm.insert(danaDesaPlanLine).values(
    lines.map((l, i) => ({
      planId: id,
      lineId: `L${i + 1}`,
      seq: i,
      category: l.category,
      activity: `Kegiatan ${i + 1}`,
      amount: l.amount,
      kawasanId: l.kawasanId ?? null,
      enterpriseId: l.enterpriseId ?? null,
    })),
  );
  return id;
}

describeEachEngine('funding convergence route', (ctx) => {
  let app: App;
  let kawasanId: string;
  let otherKawasanId: string;
  let enterpriseId: string;
  let national: Client;
  let cilacap: Client;
  let semarang: Client;
  let villageTambakreja: Client;
  let manager: Client;
  let otherManager: Client;
  let visitor: Client;

  const url = (id: string, year: number | string) =>
    `/api/dana-desa/konvergensi?kawasanId=${id}&year=${year}`;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW });
    ({ id: kawasanId } = await seedPlanningKawasan(ctx.db));
    ({ id: otherKawasanId } = await seedPlanningKawasan(ctx.db, {
      name: 'Kawasan Lain',
      members: [KEDUNGREJA],
    }));
    // Version 1 is in force; version 2 is a draft with another budget that must not be read.
    await insertRpkpVersion(ctx.db, kawasanId, 1, 'disetujui');
    await insertRpkpVersion(ctx.db, kawasanId, 2, 'draf', 1n);

    enterpriseId = await insertEnterprise(ctx.db, {
      name: 'BUM Desa Tambakreja Makmur',
      founders: [TAMBAKREJA],
      kawasanIds: [kawasanId],
    });
    const unit = await insertUnit(ctx.db, enterpriseId, {
      name: 'Rumah produksi gula',
      commodity: 'gula kelapa',
      stage: 'tengah',
      desaCode: BUMIREJA,
    });
    const partner = await insertPartner(ctx.db, { name: 'PT Gula Nusantara' });
    await insertCapital(ctx.db, enterpriseId, {
      unitId: unit,
      source: 'mitra',
      partnerId: partner,
      amount: 300_000_000n,
      receivedOn: '2026-04-10',
    });
    await insertCapital(ctx.db, enterpriseId, {
      source: 'dana_desa',
      form: 'penyertaan_modal',
      desaCode: TAMBAKREJA,
      amount: 50_000_000n,
      receivedOn: '2026-02-01',
    });
    // Another year, and an enterprise outside the kawasan: neither is read.
    await insertCapital(ctx.db, enterpriseId, { amount: 7n, receivedOn: '2025-12-31' });
    const outside = await insertEnterprise(ctx.db, { founders: [TAMBAKSARI] });
    await insertCapital(ctx.db, outside, { amount: 9n, receivedOn: '2026-03-01' });

    await insertDanaDesaPlan(ctx.db, TAMBAKREJA, 2026, [
      { category: 'ketahanan_pangan', amount: 200_000_000n, kawasanId },
      { category: 'penyertaan_modal_bumdes', amount: 50_000_000n, enterpriseId },
      { category: 'blt_desa', amount: 100_000_000n },
    ]);
    await insertDanaDesaPlan(ctx.db, TAMBAKREJA, 2025, [{ category: 'blt_desa', amount: 11n }]);
    await insertDanaDesaPlan(ctx.db, TAMBAKSARI, 2026, [{ category: 'blt_desa', amount: 13n }]);

    const n = await createTestAccount(ctx.db, 'nasional', [{ role: 'national' }]);
    national = await signIn(app, n.username, TEST_PASSWORD);
    cilacap = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    semarang = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    villageTambakreja = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    const km = await createTestAccount(ctx.db, 'pengelola-kawasan', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId }, regionCode: '3301' },
    ]);
    manager = await signIn(app, km.username, TEST_PASSWORD);
    const okm = await createTestAccount(ctx.db, 'pengelola-lain', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: otherKawasanId }, regionCode: '3301' },
    ]);
    otherManager = await signIn(app, okm.username, TEST_PASSWORD);
    visitor = anonymous(app);
  });
  afterAll(() => app.close());

  const view = async (client: Client, id: string, year: number) => {
    const res = await client.request('GET', url(id, year));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ConvergenceView;
  };

  describe('the view', () => {
    let v: ConvergenceView;
    beforeAll(async () => {
      v = await view(manager, kawasanId, 2026);
    });
    const cell = (source: string, stage: string) =>
      v.matrix.find((c) => c.source === source && c.stage === stage)!;

    it("reads the RPKP in force, the year's capital and the member desa's Dana Desa lines", () => {
      expect(v.kawasan).toEqual({ id: kawasanId, name: 'Kawasan Agropolitan Kedungreja', desaCount: 3 });
      expect(v.rpkp).toEqual({ version: 1, inForce: true, title: 'RPKP versi 1' });
      expect(v.items.map((i) => i.key).filter((k) => k.startsWith('rpkp:'))).toEqual(['rpkp:A1', 'rpkp:A3']);
      expect(v.items.find((i) => i.key === 'rpkp:A3')?.desa).toEqual([{ code: CIKLAPA, name: 'Ciklapa' }]);
      expect(v.items.filter((i) => i.origin === 'modal').map((i) => i.amount)).toEqual([
        '50000000',
        '300000000',
      ]);
      expect(
        v.items.filter((i) => i.origin === 'dana_desa').map((i) => [i.title, i.amount, i.linked]),
      ).toEqual([
        ['Ketahanan pangan dan hewani: Kegiatan 1', '200000000', true],
        ['Penyertaan modal BUM Desa: Kegiatan 2', '50000000', true],
        ['BLT Desa: Kegiatan 3', '100000000', false],
      ]);
    });

    it('sums source × stage exactly, with labels', () => {
      expect(cell('apbd_kabupaten', 'hulu').total).toBe(PLAN_BUDGETS.A1.toString());
      expect(cell('apbd_provinsi', 'hilir').total).toBe(PLAN_BUDGETS.A3.toString());
      expect(cell('mitra_swasta', 'pengolahan').total).toBe('300000000');
      expect(cell('dana_desa', 'belum_dialokasikan')).toEqual({
        source: 'dana_desa',
        stage: 'belum_dialokasikan',
        total: '100000000',
        byOrigin: { rpkp: '0', modal: '50000000', dana_desa: '50000000' },
        itemCount: 2,
      });
      expect(cell('dana_desa', 'hulu').total).toBe('200000000');
      expect(cell('dana_desa', 'di_luar_rantai').total).toBe('100000000');
      const total = PLAN_BUDGETS.A1 + PLAN_BUDGETS.A3 + 300_000_000n + 50_000_000n + 350_000_000n;
      expect(v.total.total).toBe(total.toString());
      expect(v.sources.map((s) => s.label)).toContain('Mitra / swasta (CSR)');
      expect(v.stages.find((s) => s.code === 'pengolahan')).toEqual({
        code: 'pengolahan',
        label: 'Pengolahan',
        chain: true,
      });
    });

    it('places capital at the stage of its unit and in its desa, and partner capital under the partner', () => {
      const partner = v.items.find((i) => i.agencyName === 'PT Gula Nusantara')!;
      expect(partner).toMatchObject({
        source: 'mitra_swasta',
        stage: 'pengolahan',
        topic: 'gula kelapa',
        desa: [{ code: BUMIREJA, name: 'Bumireja' }],
      });
      const bumireja = v.desa.find((d) => d.desa?.code === BUMIREJA)!;
      expect(bumireja.bySource).toEqual([
        { source: 'mitra_swasta', sourceLabel: 'Mitra / swasta (CSR)', amount: '300000000' },
      ]);
      expect(bumireja.sharedItemKeys).toEqual(['rpkp:A1']);
      // Dana Desa capital is given by the desa whose budget it came from: one funder with its lines.
      const tambakreja = v.agencies.find((a) => a.agencyName === 'Pemerintah Desa Tambakreja')!;
      expect(tambakreja.itemKeys.filter((k) => k.startsWith('modal:'))).toHaveLength(1);
      expect(tambakreja.total).toBe('400000000');
      const shared = v.desa.at(-1)!;
      expect(shared).toMatchObject({ desa: null, total: PLAN_BUDGETS.A1.toString() });
    });

    it('lists the possible duplication and the gap, in plain Indonesian', () => {
      expect(v.duplications).toHaveLength(1);
      expect(v.duplications[0]).toMatchObject({
        desa: { code: TAMBAKREJA, name: 'Tambakreja' },
        stage: 'hulu',
        topic: 'pertanian',
        agencyNames: ['Dinas Pertanian Kab. Cilacap', 'Pemerintah Desa Tambakreja'],
        amount: (PLAN_BUDGETS.A1 + 200_000_000n).toString(),
      });
      expect(v.duplications[0]!.sentence).toMatch(/^Perlu dicek: mungkin tumpang tindih\. Desa Tambakreja/);
      expect(v.gaps.map((g) => [g.kind, g.stage?.stage ?? g.desa?.code])).toEqual([['stage', 'pendukung']]);
      expect(v.gaps[0]!.sentence).toMatch(/belum mendapat dana dari sumber mana pun pada tahun 2026/);
    });

    it('gives another year only its own records', async () => {
      const y = await view(national, kawasanId, 2028);
      expect(y.items.map((i) => i.key)).toEqual(['rpkp:A4']);
      expect(y.total.total).toBe(PLAN_BUDGETS.A4.toString());
      expect(y.gaps.map((g) => g.stage?.stage ?? g.desa?.code)).toEqual([
        'hulu',
        'pengolahan',
        'hilir',
        BUMIREJA,
      ]);
    });

    it('answers a kawasan without an RPKP with its other sources and says every stage lacks money', async () => {
      const o = await view(national, otherKawasanId, 2026);
      expect(o.rpkp).toBeNull();
      expect(o.total.total).toBe('0');
      expect(o.gaps.map((g) => g.desa?.name ?? g.stage?.stage)).toEqual([
        'hulu',
        'pengolahan',
        'hilir',
        'pendukung',
        'Kedungreja',
      ]);
    });
  });

  describe('scope', () => {
    it('is read by the kawasan manager, the kabupaten of a member desa and national', async () => {
      for (const client of [manager, cilacap, national]) await view(client, kawasanId, 2026);
    });

    it('is hidden (404) from another kawasan manager, another kabupaten and a village operator', async () => {
      for (const client of [otherManager, semarang, villageTambakreja]) {
        const res = await client.request('GET', url(kawasanId, 2026));
        expect(res.statusCode, res.body).toBe(404);
        expect(res.json()).toMatchObject({ detail: 'Kawasan tidak ditemukan.' });
      }
    });

    it('asks a visitor to sign in, and refuses an unknown kawasan or a bad year', async () => {
      expect((await visitor.request('GET', url(kawasanId, 2026))).statusCode).toBe(401);
      expect((await national.request('GET', url(randomUUID(), 2026))).statusCode).toBe(404);
      const bad = await national.request('GET', url(kawasanId, 'dua ribu'));
      expect(bad.statusCode).toBe(400);
      expect((await national.request('GET', url('bukan-uuid', 2026))).statusCode).toBe(400);
    });
  });

  it('is described in the OpenAPI document', async () => {
    const res = await app.inject('/api/docs/json');
    expect(res.statusCode, res.body).toBe(200);
    const spec = res.json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    expect(spec.paths['/api/dana-desa/konvergensi']?.get?.tags).toEqual(['dana-desa']);
  });
});
