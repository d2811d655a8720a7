import { and, asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CheckView,
  PlanImportResult,
  PlanList,
  PlanView,
  RealisationView,
  RuleSetList,
  RuleSetView,
  Summary,
} from '../../contracts/dana-desa.contract.ts';
import { auditLog, danaDesaCheck, danaDesaPlanLine } from '../../db/schema.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { PLAN_SHEET_HEADER, planWorkbook } from '../../services/dana-desa/testing.ts';
import { insertEnterprise } from '../../services/enterprise/testing.ts';
import { insertKawasan } from '../../services/facilitation/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.plugin.ts';
import { anonymous, type Client, regionAccount, signIn } from '../testing.ts';

const NOW = new Date('2025-06-10T03:00:00Z');

// Kedungreja, Kabupaten Cilacap (33.01.01); Soka'an, Probolinggo (35.13); Miroto, a kelurahan of Kota Semarang.
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const CIKLAPA = '3301012003';
const KEDUNGREJA = '3301012004';
const SOKAAN = '3513152017';
const MIROTO = '3374011001';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Pagu Rp1.000.000.000: BLT 21% (cap 15%: reduce by Rp60.000.000), food 20%, wages 33,3%. */
const LINES_2025 = [
  { id: '1.1', category: 'blt_desa', activity: 'BLT Desa 35 keluarga', amount: '210.000.000' },
  {
    id: '2.1',
    category: 'ketahanan_pangan',
    activity: 'Lumbung pangan',
    location: 'Dusun I',
    amount: 200_000_000,
  },
  {
    id: '3.1',
    category: 'infrastruktur_desa',
    activity: 'Jalan usaha tani',
    amount: 'Rp 300.000.000',
    wages: '100000000',
  },
];

describeEachEngine('dana desa: plans, checks, sheet, realisation, summaries', (ctx) => {
  let app: App;
  let kawasanId: string;
  let otherKawasanId: string;
  let enterpriseId: string;
  let otherEnterpriseId: string;
  let asVillage: Client;
  let asOtherVillage: Client;
  let asKabupaten: Client;
  let asOtherKabupaten: Client;
  let asFacilitator: Client;
  let asKawasanManager: Client;
  let publicClient: Client;
  let planId: string;

  const errorsOf = (res: { json(): unknown }) =>
    (res.json() as { errors?: { field: string; message: string }[] }).errors ?? [];
  const planAudits = () =>
    ctx.db.orm
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'dana_desa_plan'))
      .orderBy(asc(auditLog.id));
  const resultOf = (check: CheckView | null, ruleId: string) =>
    check!.results.find((r) => r.ruleId === ruleId)!;
  const upload = (client: Client, pid: string, body: Buffer, fileName = 'rencana.xlsx') =>
    app.inject({
      method: 'POST',
      url: `/api/dana-desa/rencana/${pid}/impor?fileName=${fileName}`,
      cookies: { [SESSION_COOKIE]: client.cookie! },
      headers: { 'x-csrf-token': client.csrfToken!, 'content-type': XLSX },
      payload: body,
    });

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW });
    kawasanId = await insertKawasan(ctx.db, {
      name: 'Kawasan Minapolitan Kedungreja',
      members: [TAMBAKREJA, BUMIREJA],
    });
    otherKawasanId = await insertKawasan(ctx.db, { name: 'Kawasan Lain', members: [CIKLAPA] });
    enterpriseId = await insertEnterprise(ctx.db, {
      name: 'BUM Desa Maju Tambakreja',
      founders: [TAMBAKREJA],
    });
    otherEnterpriseId = await insertEnterprise(ctx.db, { name: 'BUM Desa Bumireja', founders: [BUMIREJA] });
    asVillage = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    asOtherVillage = await regionAccount(app, ctx.db, 'operator-bumireja', 'village', BUMIREJA);
    asKabupaten = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    asOtherKabupaten = await regionAccount(app, ctx.db, 'kab-probolinggo', 'kabupaten', '3513');
    asFacilitator = await regionAccount(app, ctx.db, 'pendamping-kedungreja', 'facilitator', '330101');
    const km = await createTestAccount(ctx.db, 'pengelola-kawasan', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId }, regionCode: '3301' },
    ]);
    asKawasanManager = await signIn(app, km.username, km.password);
    publicClient = anonymous(app);
  });
  afterAll(() => app.close());

  describe('rule sets', () => {
    it('lists the covered years and each rule set as data, for signed-in users', async () => {
      const res = await asVillage.request('GET', '/api/dana-desa/aturan');
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json() as RuleSetList;
      expect(list.years).toEqual([2020, 2024, 2025, 2026]);
      const y2025 = list.ruleSets.find((s) => s.fiscalYear === 2025)!;
      expect(y2025.categories.map((c) => c.code)).toContain('ketahanan_pangan');
      expect(y2025.rules.find((r) => r.id === 'blt-maks')).toMatchObject({
        kind: 'cap',
        percent: '15',
        base: 'pagu',
        confidence: 'secondary',
        confidenceLabel: 'sumber sekunder',
      });
      expect((await publicClient.request('GET', '/api/dana-desa/aturan')).statusCode).toBe(401);
    });

    it('gives one year, and 404 with the covered years for a year without one', async () => {
      const one = await asVillage.request('GET', '/api/dana-desa/aturan/2024');
      expect((one.json() as RuleSetView).rules.find((r) => r.id === 'blt-maks')?.percent).toBe('25');
      const none = await asVillage.request('GET', '/api/dana-desa/aturan/2019');
      expect(none.statusCode).toBe(404);
      expect(none.json().detail).toMatch(/2020, 2024, 2025, 2026/);
    });
  });

  describe('plans', () => {
    it('creates a plan, checks it at once and stores the check with its version and sentences', async () => {
      const res = await asVillage.request('POST', '/api/dana-desa/rencana', {
        desaCode: '33.01.01.2001',
        fiscalYear: 2025,
        pagu: 'Rp 1.000.000.000',
        lines: LINES_2025,
      });
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json() as PlanView;
      planId = plan.id;
      expect(plan).toMatchObject({
        desaCode: TAMBAKREJA,
        desaName: 'Tambakreja',
        kecamatanName: 'Kedungreja',
        pagu: '1000000000',
        total: '710000000',
        remaining: '290000000',
        source: 'formulir',
        canEdit: true,
        checkUnavailable: null,
      });
      expect(plan.lines.map((l) => [l.id, l.amount, l.wages])).toEqual([
        ['1.1', '210000000', null],
        ['2.1', '200000000', null],
        ['3.1', '300000000', '100000000'],
      ]);
      expect(plan.check).toMatchObject({ basis: 'rencana', ruleSetVersion: '2025.1', failed: 1 });
      expect(resultOf(plan.check, 'blt-maks')).toMatchObject({
        status: 'tidak_lulus',
        statusLabel: 'Tidak lulus',
        amount: '210000000',
        limit: '150000000',
        excess: '60000000',
      });
      expect(resultOf(plan.check, 'blt-maks').sentence).toContain('Kurangi Rp60.000.000');
      expect(resultOf(plan.check, 'pangan-min').status).toBe('lulus');

      const [stored] = await ctx.db.orm.select().from(danaDesaCheck).where(eq(danaDesaCheck.planId, planId));
      expect(stored).toMatchObject({ basis: 'rencana', ruleSetVersion: '2025.1', passed: 3, failed: 1 });
      const storedBlt = (
        stored!.result as { results: { ruleId: string; sentence: string; excess: string }[] }
      ).results.find((r) => r.ruleId === 'blt-maks');
      expect(storedBlt).toMatchObject({
        excess: '60000000',
        sentence: expect.stringContaining('Kurangi Rp60.000.000'),
      });
      const audits = await planAudits();
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({ action: 'create', resourceId: planId, regionCode: TAMBAKREJA });
      expect(audits[0]!.changes).toMatchObject({
        pagu: { before: null, after: '1000000000' },
        total: { before: null, after: '710000000' },
        check: { before: null, after: { ruleSetVersion: '2025.1', passed: 3, failed: 1 } },
      });
    });

    it('refuses a second plan of the same desa and year (409)', async () => {
      const res = await asKabupaten.request('POST', '/api/dana-desa/rencana', {
        desaCode: TAMBAKREJA,
        fiscalYear: 2025,
        pagu: 1,
        lines: [],
      });
      expect(res.statusCode).toBe(409);
    });

    it('refuses a kelurahan and an unknown desa', async () => {
      const body = { fiscalYear: 2025, pagu: 1000, lines: [] };
      const kelurahan = await asKabupaten.request('POST', '/api/dana-desa/rencana', {
        ...body,
        desaCode: MIROTO,
      });
      expect(kelurahan.statusCode).toBe(400);
      expect(errorsOf(kelurahan)[0]!.message).toMatch(/kelurahan/);
      const unknown = await asKabupaten.request('POST', '/api/dana-desa/rencana', {
        ...body,
        desaCode: '3301019999',
      });
      expect(unknown.statusCode).toBe(400);
    });

    it('answers every problem of a replaced plan at its path, and stores nothing', async () => {
      const res = await asVillage.request('PUT', `/api/dana-desa/rencana/${planId}`, {
        pagu: '1000000000',
        lines: [
          { id: '1', category: 'blt_desa', activity: 'BLT', amount: '100000000', wages: '5' },
          { id: '2', category: 'ketahanan_pangan', activity: 'Pangan', amount: '-5' },
          { id: '3', category: 'penanganan_covid', activity: 'Posko', amount: '1000' },
          { id: '4', category: 'lainnya', activity: 'Lain', amount: '2.000.000.000' },
        ],
      });
      expect(res.statusCode).toBe(400);
      expect(errorsOf(res).map((e) => e.field)).toEqual(
        expect.arrayContaining(['lines.0.wages', 'lines.1.amount', 'lines.2.category', 'lines']),
      );
      expect(await countRows(ctx.db, 'dana_desa_plan_line')).toBe(3);
      expect(await planAudits()).toHaveLength(1);
    });

    it('links a line to a kawasan holding the desa and an enterprise it founded, and no other', async () => {
      const bad = await asVillage.request('PUT', `/api/dana-desa/rencana/${planId}`, {
        pagu: '1000000000',
        lines: [
          { ...LINES_2025[0]!, kawasanId: otherKawasanId },
          { ...LINES_2025[1]!, enterpriseId: otherEnterpriseId },
        ],
      });
      expect(bad.statusCode).toBe(400);
      expect(errorsOf(bad).map((e) => e.field)).toEqual(['lines.0.kawasanId', 'lines.1.enterpriseId']);

      const res = await asVillage.request('PUT', `/api/dana-desa/rencana/${planId}`, {
        pagu: '1000000000',
        facts: { publishedPreviousYear: true },
        lines: [
          { ...LINES_2025[0]!, amount: '150.000.000' },
          { ...LINES_2025[1]!, kawasanId, enterpriseId },
          LINES_2025[2]!,
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json() as PlanView;
      expect(plan.lines[1]).toMatchObject({
        kawasanId,
        kawasanName: 'Kawasan Minapolitan Kedungreja',
        enterpriseId,
        enterpriseName: 'BUM Desa Maju Tambakreja',
      });
      expect(plan.facts.publishedPreviousYear).toBe(true);
      expect(plan.check!.failed).toBe(0);
      expect(resultOf(plan.check, 'blt-maks')).toMatchObject({ status: 'lulus', excess: '0' });
      const audits = await planAudits();
      expect(audits.at(-1)).toMatchObject({ action: 'replace' });
      expect(audits.at(-1)!.changes).toMatchObject({ total: { before: '710000000', after: '650000000' } });
    });

    it('re-runs the check on request and stores a new one; GET returns the latest', async () => {
      const before = await countRows(ctx.db, 'dana_desa_check');
      const res = await asKabupaten.request('POST', `/api/dana-desa/rencana/${planId}/periksa`);
      expect(res.statusCode, res.body).toBe(200);
      const { check } = res.json() as { check: CheckView };
      expect(check.ruleSetVersion).toBe('2025.1');
      expect(await countRows(ctx.db, 'dana_desa_check')).toBe(before + 1);
      const got = (await asVillage.request('GET', `/api/dana-desa/rencana/${planId}`)).json() as PlanView;
      expect(got.check!.id).toBe(check.id);
      expect((await planAudits()).at(-1)).toMatchObject({ action: 'check' });
    });

    it('stores the plan of a year without a rule set and says so', async () => {
      const res = await asKabupaten.request('POST', '/api/dana-desa/rencana', {
        desaCode: CIKLAPA,
        fiscalYear: 2023,
        pagu: 800_000_000,
        lines: [{ id: '1', category: 'ketahanan_pangan', activity: 'Pangan', amount: 100 }],
      });
      expect(res.statusCode, res.body).toBe(200);
      const plan = res.json() as PlanView;
      expect(plan.check).toBeNull();
      expect(plan.checkUnavailable).toMatch(/tahun 2023 belum tersedia/);
      const recheck = await asKabupaten.request('POST', `/api/dana-desa/rencana/${plan.id}/periksa`);
      expect(recheck.json()).toMatchObject({ check: null });
      const del = await asKabupaten.request('DELETE', `/api/dana-desa/rencana/${plan.id}`);
      expect(del.statusCode).toBe(200);
      expect((await planAudits()).at(-1)).toMatchObject({ action: 'delete', resourceId: plan.id });
      expect((await asKabupaten.request('GET', `/api/dana-desa/rencana/${plan.id}`)).statusCode).toBe(404);
    });
  });

  describe('plan sheet', () => {
    it('gives the template of a year with its categories on a second sheet', async () => {
      const res = await asVillage.request('GET', '/api/dana-desa/rencana/templat.xlsx?year=2025');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual(['Rencana', 'Kategori', 'Petunjuk']);
      expect(workbook.getWorksheet('Rencana')!.getRow(1).values).toEqual([undefined, ...PLAN_SHEET_HEADER]);
      const codes = workbook.getWorksheet('Kategori')!.getColumn(1).values.slice(2);
      expect(codes).toContain('blt_desa');
      expect(codes).not.toContain('penanganan_covid');
    });

    it('imports a filled sheet, replacing every line and keeping the links of a kept kode', async () => {
      // The template as downloaded, filled in as an operator would.
      const template = await asVillage.request('GET', '/api/dana-desa/rencana/templat.xlsx?year=2025');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
      const rencana = workbook.getWorksheet('Rencana')!;
      rencana.addRow(['1.1', 'BLT Desa', 'BLT Desa 30 keluarga', '', 140_000_000, null]);
      rencana.addRow(['2.1', 'ketahanan_pangan', 'Lumbung pangan', 'Dusun I', '250.000.000', null]);
      rencana.addRow(['4.1', 'padat_karya_tunai', 'Saluran irigasi', 'Dusun II', 100_000_000, 40_000_000]);
      const sheet = Buffer.from(await workbook.xlsx.writeBuffer());
      const res = await upload(asVillage, planId, sheet);
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json() as PlanImportResult;
      expect(result.imported).toBe(3);
      expect(result.plan.source).toBe('impor');
      expect(result.plan.lines.map((l) => [l.id, l.category, l.amount, l.kawasanId])).toEqual([
        ['1.1', 'blt_desa', '140000000', null],
        ['2.1', 'ketahanan_pangan', '250000000', kawasanId],
        ['4.1', 'padat_karya_tunai', '100000000', null],
      ]);
      expect(result.plan.check!.ruleSetVersion).toBe('2025.1');
      expect((await planAudits()).at(-1)).toMatchObject({ action: 'import' });
    });

    it('refuses a bad sheet with every bad row and column, and stores nothing', async () => {
      const audits = (await planAudits()).length;
      const checks = await countRows(ctx.db, 'dana_desa_check');
      const sheet = await planWorkbook([
        PLAN_SHEET_HEADER,
        ['1', 'blt_desa', 'BLT', '', 'seratus juta', null],
        ['2', 'penanganan_covid', 'Posko', '', 1000, null],
        ['3', 'ketahanan_pangan', 'Pangan', '', 1000, 500],
      ]);
      const res = await upload(asVillage, planId, sheet);
      expect(res.statusCode).toBe(400);
      expect(errorsOf(res).map((e) => e.field)).toEqual([
        'baris 2, kolom E (Jumlah (Rp))',
        'baris 3, kolom B (Kategori)',
        'baris 4, kolom F (Upah (Rp))',
      ]);
      const lines = await ctx.db.orm
        .select()
        .from(danaDesaPlanLine)
        .where(eq(danaDesaPlanLine.planId, planId));
      expect(lines.map((l) => l.lineId).sort()).toEqual(['1.1', '2.1', '4.1']);
      expect(await planAudits()).toHaveLength(audits);
      expect(await countRows(ctx.db, 'dana_desa_check')).toBe(checks);
    });

    it('refuses a file that is not a workbook, and one over the limit (413)', async () => {
      const notXlsx = await upload(asVillage, planId, Buffer.from('bukan berkas excel'), 'rencana.xlsx');
      expect(notXlsx.statusCode).toBe(400);
      const big = await upload(asVillage, planId, Buffer.alloc(3 * 1024 * 1024, 1));
      expect(big.statusCode).toBe(413);
    });

    it('does not let a reader import (403) nor a stranger learn of the plan (404)', async () => {
      const sheet = await planWorkbook([PLAN_SHEET_HEADER, ['1', 'blt_desa', 'BLT', '', 1000, null]]);
      expect((await upload(asFacilitator, planId, sheet)).statusCode).toBe(403);
      expect((await upload(asOtherVillage, planId, sheet)).statusCode).toBe(404);
    });
  });

  describe('realisation', () => {
    const url = () => `/api/dana-desa/rencana/${planId}/realisasi`;

    it('refuses spending before money is disbursed, and stages out of order', async () => {
      const spend = await asVillage.request('POST', url(), {
        kind: 'belanja',
        category: 'blt_desa',
        amount: 1000,
        date: '2025-03-01',
      });
      expect(spend.statusCode).toBe(400);
      expect(errorsOf(spend)[0]).toMatchObject({ field: 'amount' });
      expect(errorsOf(spend)[0]!.message).toContain('Rp0');
      const stage2 = await asVillage.request('POST', url(), {
        kind: 'pencairan',
        stage: 2,
        amount: 1000,
        date: '2025-03-01',
      });
      expect(errorsOf(stage2).map((e) => e.field)).toEqual(['stage']);
    });

    it('records disbursements within the pagu only', async () => {
      const first = await asVillage.request('POST', url(), {
        kind: 'pencairan',
        stage: 1,
        amount: '600.000.000',
        date: '2025-03-01',
        documentNumber: 'SP2D-001',
      });
      expect(first.statusCode, first.body).toBe(200);
      const over = await asVillage.request('POST', url(), {
        kind: 'pencairan',
        stage: 2,
        amount: '500.000.000',
        date: '2025-06-01',
      });
      expect(over.statusCode).toBe(400);
      expect(errorsOf(over)[0]!.message).toContain('melebihi pagu Rp1.000.000.000 sebesar Rp100.000.000');
    });

    it('checks the actual spending by category and stores it with basis realisasi', async () => {
      const res = await asVillage.request('POST', url(), {
        kind: 'belanja',
        category: 'blt_desa',
        lineId: '1.1',
        amount: '200.000.000',
        date: '2025-04-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as RealisationView;
      expect(view).toMatchObject({ disbursed: '600000000', spent: '200000000', unspent: '400000000' });
      expect(view.stages.map((s) => s.amount)).toEqual(['600000000', '0', '0']);
      expect(view.categories.find((c) => c.category === 'blt_desa')).toMatchObject({
        planned: '140000000',
        spent: '200000000',
      });
      expect(view.check).toMatchObject({ basis: 'realisasi', ruleSetVersion: '2025.1' });
      expect(resultOf(view.check, 'blt-maks')).toMatchObject({ status: 'tidak_lulus', excess: '50000000' });
      const stored = await ctx.db.orm
        .select()
        .from(danaDesaCheck)
        .where(and(eq(danaDesaCheck.planId, planId), eq(danaDesaCheck.basis, 'realisasi')));
      expect(stored).toHaveLength(1);
      expect((await planAudits()).at(-1)).toMatchObject({ action: 'spend' });
      expect((await planAudits()).at(-1)!.changes).toMatchObject({
        amount: { before: null, after: '200000000' },
        category: { before: null, after: 'blt_desa' },
      });
    });

    it('refuses spending above what was disbursed, wrong lines and wages on other uses', async () => {
      const over = await asVillage.request('POST', url(), {
        kind: 'belanja',
        category: 'ketahanan_pangan',
        amount: '400.000.001',
        date: '2025-04-02',
      });
      expect(over.statusCode).toBe(400);
      expect(errorsOf(over)[0]!.message).toContain('sebesar Rp1');
      const wrong = await asVillage.request('POST', url(), {
        kind: 'belanja',
        category: 'ketahanan_pangan',
        lineId: '1.1',
        amount: 10,
        wages: 5,
        date: '2025-04-02',
      });
      expect(errorsOf(wrong).map((e) => e.field)).toEqual(['lineId', 'wages']);
      const readable = await asKawasanManager.request('GET', url());
      expect(readable.statusCode).toBe(200);
      expect((readable.json() as RealisationView).canEdit).toBe(false);
      expect(
        (
          await asFacilitator.request('POST', url(), {
            kind: 'pencairan',
            stage: 2,
            amount: 1,
            date: '2025-06-01',
          })
        ).statusCode,
      ).toBe(403);
    });
  });

  describe('scope', () => {
    it('lets the operator of another desa neither read (404) nor change (404) the plan', async () => {
      expect((await asOtherVillage.request('GET', `/api/dana-desa/rencana/${planId}`)).statusCode).toBe(404);
      expect(
        (await asOtherVillage.request('PUT', `/api/dana-desa/rencana/${planId}`, { pagu: 1, lines: [] }))
          .statusCode,
      ).toBe(404);
      const create = await asOtherVillage.request('POST', '/api/dana-desa/rencana', {
        desaCode: TAMBAKREJA,
        fiscalYear: 2026,
        pagu: 1000,
        lines: [],
      });
      expect(create.statusCode).toBe(403);
    });

    it('lets readers read but not change: facilitator and kawasan manager', async () => {
      const facilitator = await asFacilitator.request('GET', `/api/dana-desa/rencana/${planId}`);
      expect(facilitator.statusCode).toBe(200);
      expect((facilitator.json() as PlanView).canEdit).toBe(false);
      expect(
        (await asFacilitator.request('PUT', `/api/dana-desa/rencana/${planId}`, { pagu: 1, lines: [] }))
          .statusCode,
      ).toBe(403);
      expect((await asKawasanManager.request('GET', `/api/dana-desa/rencana/${planId}`)).statusCode).toBe(
        200,
      );
      expect((await asKawasanManager.request('DELETE', `/api/dana-desa/rencana/${planId}`)).statusCode).toBe(
        403,
      );
    });

    it('lists for a kabupaten its desa only, not another kabupaten’s', async () => {
      const mine = (await asKabupaten.request('GET', '/api/dana-desa/rencana?year=2025')).json() as PlanList;
      expect(mine.plans.map((p) => p.desaCode)).toContain(TAMBAKREJA);
      expect(mine.plans.find((p) => p.desaCode === TAMBAKREJA)).toMatchObject({
        desaName: 'Tambakreja',
        pagu: '1000000000',
        total: '490000000',
        lineCount: 3,
        ruleSetVersion: '2025.1',
      });
      const other = (await asOtherKabupaten.request('GET', '/api/dana-desa/rencana')).json() as PlanList;
      expect(other.plans).toEqual([]);
      expect((await asOtherKabupaten.request('GET', `/api/dana-desa/rencana/${planId}`)).statusCode).toBe(
        404,
      );
      const kawasanList = (
        await asKawasanManager.request('GET', '/api/dana-desa/rencana')
      ).json() as PlanList;
      expect(kawasanList.plans.map((p) => p.desaCode)).toEqual([TAMBAKREJA]);
      const filtered = (
        await asKabupaten.request('GET', `/api/dana-desa/rencana?desa=${BUMIREJA}`)
      ).json() as PlanList;
      expect(filtered.plans).toEqual([]);
    });
  });

  describe('summaries', () => {
    beforeAll(async () => {
      // Bumireja: food 15% (short by Rp50.000.000); Kedungreja: BLT 20% (Rp50.000.000 over).
      const make = (desaCode: string, lines: unknown[]) =>
        asKabupaten.request('POST', '/api/dana-desa/rencana', {
          desaCode,
          fiscalYear: 2025,
          pagu: 1_000_000_000,
          lines,
        });
      const b = await make(BUMIREJA, [
        { id: '1', category: 'ketahanan_pangan', activity: 'Pangan', amount: 150_000_000 },
      ]);
      expect(b.statusCode, b.body).toBe(200);
      const k = await make(KEDUNGREJA, [
        { id: '1', category: 'blt_desa', activity: 'BLT', amount: 200_000_000 },
        { id: '2', category: 'ketahanan_pangan', activity: 'Pangan', amount: 200_000_000 },
      ]);
      expect(k.statusCode, k.body).toBe(200);
    });

    it('shows a kabupaten which desa break which rule, per kecamatan, with the missing plans apart', async () => {
      const res = await asKabupaten.request('GET', '/api/dana-desa/ringkasan?region=3301&year=2025');
      expect(res.statusCode, res.body).toBe(200);
      const summary = res.json() as Summary;
      expect(summary).toMatchObject({
        scope: { kind: 'region', code: '3301', name: 'Kabupaten Cilacap' },
        ruleSetVersion: '2025.1',
        groupedBy: 'kecamatan',
        planCount: 3,
        checkedCount: 3,
        passingPlans: 1,
        failingPlans: 2,
      });
      expect(summary.missing.count).toBe(summary.desaCount - 3);
      expect(summary.missing.desa.map((d) => d.code)).not.toContain(TAMBAKREJA);
      const blt = summary.rules.find((r) => r.ruleId === 'blt-maks')!;
      expect(blt).toMatchObject({ passed: 2, failed: 1 });
      expect(blt.failing).toEqual([
        expect.objectContaining({
          desaCode: KEDUNGREJA,
          desaName: 'Kedungreja',
          amount: '200000000',
          excess: '50000000',
        }),
      ]);
      const food = summary.rules.find((r) => r.ruleId === 'pangan-min')!;
      expect(food.failing).toEqual([
        expect.objectContaining({ desaCode: BUMIREJA, shortfall: '50000000', groupCode: '330101' }),
      ]);
      expect(summary.groups).toEqual([
        expect.objectContaining({
          code: '330101',
          name: 'Kedungreja',
          planCount: 3,
          failingPlans: 2,
          failedRules: [
            { ruleId: 'blt-maks', title: expect.any(String), count: 1 },
            { ruleId: 'pangan-min', title: expect.any(String), count: 1 },
          ],
        }),
      ]);
    });

    it('shows a kawasan manager the summary of their kawasan per desa, and no one else’s', async () => {
      const res = await asKawasanManager.request(
        'GET',
        `/api/dana-desa/ringkasan?kawasanId=${kawasanId}&year=2025`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const summary = res.json() as Summary;
      expect(summary).toMatchObject({ groupedBy: 'desa', desaCount: 2, planCount: 2, missing: { count: 0 } });
      expect(summary.groups.map((g) => [g.code, g.failingPlans])).toEqual([
        [TAMBAKREJA, 0],
        [BUMIREJA, 1],
      ]);
      expect(
        (
          await asKawasanManager.request(
            'GET',
            `/api/dana-desa/ringkasan?kawasanId=${otherKawasanId}&year=2025`,
          )
        ).statusCode,
      ).toBe(404);
      expect(
        (await asKawasanManager.request('GET', '/api/dana-desa/ringkasan?region=3301&year=2025')).statusCode,
      ).toBe(404);
      expect(
        (await asOtherKabupaten.request('GET', '/api/dana-desa/ringkasan?region=3301&year=2025')).statusCode,
      ).toBe(404);
      expect(
        (await asVillage.request('GET', '/api/dana-desa/ringkasan?region=3301&year=2025')).statusCode,
      ).toBe(404);
    });

    it('groups a province per kabupaten and counts no kelurahan', async () => {
      const province = await regionAccount(app, ctx.db, 'prov-jateng', 'province', '33');
      const summary = (
        await province.request('GET', '/api/dana-desa/ringkasan?region=33&year=2025')
      ).json() as Summary;
      expect(summary.groupedBy).toBe('kabupaten');
      // Kota Semarang has kelurahan only: no Dana Desa, so no group.
      expect(summary.groups.map((g) => [g.code, g.name, g.planCount])).toEqual([
        ['3301', 'Kabupaten Cilacap', 3],
      ]);
      expect(summary.desaCount).toBe(11);
      expect(summary.missing.count).toBe(8);
    });

    it('says so for a year without a rule set', async () => {
      const res = await asKabupaten.request('GET', '/api/dana-desa/ringkasan?region=330101&year=2019');
      const summary = res.json() as Summary;
      expect(summary).toMatchObject({ ruleSetVersion: null, groupedBy: 'desa', planCount: 0, rules: [] });
      expect(summary.ruleSetMessage).toMatch(/2019 belum tersedia/);
    });
  });

  it('lists its paths in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/api/dana-desa/aturan',
      '/api/dana-desa/aturan/{year}',
      '/api/dana-desa/rencana',
      '/api/dana-desa/rencana/{pid}',
      '/api/dana-desa/rencana/{pid}/periksa',
      '/api/dana-desa/rencana/{pid}/impor',
      '/api/dana-desa/rencana/{pid}/realisasi',
      '/api/dana-desa/rencana/templat.xlsx',
      '/api/dana-desa/ringkasan',
    ])
      expect(doc.paths).toHaveProperty([path]);
  });

  it('lets nobody signed out in', async () => {
    expect((await publicClient.request('GET', `/api/dana-desa/rencana/${planId}`)).statusCode).toBe(401);
    expect((await publicClient.request('GET', '/api/dana-desa/rencana')).statusCode).toBe(401);
    expect(
      (await publicClient.request('GET', '/api/dana-desa/ringkasan?region=3301&year=2025')).statusCode,
    ).toBe(401);
  });

  it('lets a kabupaten not create the plan of a desa of another kabupaten (403)', async () => {
    const res = await asKabupaten.request('POST', '/api/dana-desa/rencana', {
      desaCode: SOKAAN,
      fiscalYear: 2025,
      pagu: 1000,
      lines: [],
    });
    expect(res.statusCode).toBe(403);
  });
});
