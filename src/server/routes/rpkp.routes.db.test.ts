import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Convergence,
  Plan,
  ProgressList,
  PublicRpkp,
  RpkpList,
  RpkpVersionDetail,
} from '../../contracts/rpkp.contract.ts';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Role } from '../../domain/access/role.ts';
import { totalBudget } from '../../domain/rpkp/budget.ts';
import { pdfText } from '../../services/export/testing.ts';
import { CILACAP, seedKedungreja } from '../../services/kawasan/testing.ts';
import {
  createRpkpRepository,
  openVersionConflict,
  toDomainPlan,
  toStoredPlan,
} from '../../services/rpkp/rpkp.repository.ts';
import {
  kedungrejaPlan,
  PLAN_BUDGETS,
  PLAN_TOTAL,
  seedKawasanDocument,
  seedPlanningKawasan,
} from '../../services/rpkp/testing.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, withToken } from '../testing.ts';

/** The server's clock in these tests: 20 August 2026, so 2026 reports are in the past. */
const NOW = new Date('2026-08-20T03:00:00Z');

describeEachEngine('RPKP routes', (ctx) => {
  let app: App;
  let filesDir: string;
  let kabupaten: Client;
  let province: Client;
  let facilitator: Client;
  let otherKabupaten: Client;
  let facilitatorElsewhere: Client;
  let villageA1: Client;
  let villageMember: Client;
  let villageOutside: Client;
  let readOnly: Client;
  let visitor: Client;
  let k1: string;
  let k2: string;

  beforeAll(async () => {
    await seedKedungreja(ctx.db);
    filesDir = mkdtempSync(join(tmpdir(), 'rpkp-files-'));
    app = await buildApp({ db: ctx.db, version: 'test', filesDir, now: () => NOW });
    const account = (username: string, role: Role, code: string) =>
      regionAccount(app, ctx.db, username, role, code);
    kabupaten = await account('rpkp-kab-cilacap', 'kabupaten', CILACAP);
    province = await account('rpkp-prov-jateng', 'province', '33');
    facilitator = await account('rpkp-pendamping', 'facilitator', '330101');
    otherKabupaten = await account('rpkp-kab-semarang', 'kabupaten', '3374');
    facilitatorElsewhere = await account('rpkp-pendamping-semarang', 'facilitator', '337401');
    villageA1 = await account('rpkp-desa-tambakreja', 'village', '3301012001');
    villageMember = await account('rpkp-desa-ciklapa', 'village', '3301012003');
    villageOutside = await account('rpkp-desa-jatisari', 'village', '3301012009');
    const token = await kabupaten.request('POST', '/api/me/tokens', { name: 'baca-rpkp' });
    readOnly = withToken(app, token.json().secret);
    visitor = anonymous(app);
    k1 = (await seedPlanningKawasan(ctx.db)).id;
    k2 = (
      await seedPlanningKawasan(ctx.db, {
        name: 'Kawasan Minapolitan',
        members: ['3301012004', '3301012005'],
      })
    ).id;
  });
  afterAll(async () => {
    await app.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const base = (id: string) => `/api/kawasan/${id}/rpkp`;
  const act = (client: Client, id: string, version: number, body: object) =>
    client.request('POST', `${base(id)}/${version}/transitions`, body);
  const savePlan = (client: Client, id: string, version: number, plan: Plan, title?: string) =>
    client.request('PUT', `${base(id)}/${version}/plan`, { plan, ...(title ? { title } : {}) });
  const report = (client: Client, id: string, activityId: string, body: object) =>
    client.request('POST', `${base(id)}/activities/${activityId}/progress`, body);
  const detail = async (id: string, version: number) =>
    (await kabupaten.request('GET', `${base(id)}/${version}`)).json() as RpkpVersionDetail;
  const auditRows = async (resourceId: string) =>
    queryRows<{ action: string; region_code: string; changes: Record<string, { after: unknown }> }>(
      ctx.db.orm,
      sql`select action, region_code, changes from audit_log where resource_type = 'rpkp' and resource_id = ${resourceId} order by id`,
    );

  describe('the first plan, its review and approval', () => {
    it('starts empty for the period from this year; a second open version is refused', async () => {
      const res = await kabupaten.request('POST', base(k1), {});
      expect(res.statusCode, res.body).toBe(201);
      const v = res.json() as RpkpVersionDetail;
      expect(v).toMatchObject({
        version: 1,
        basedOn: null,
        state: 'draf',
        standing: 'dalam_proses',
        submission: 0,
        title: 'RPKP Kawasan Agropolitan Kedungreja',
        plan: { period: { startYear: 2026, endYear: 2030 }, vision: '', strategies: [], programmes: [] },
        totals: { total: '0' },
        progress: { plan: null, activityCount: 0 },
        inForce: null,
        allowed: { edit: true, submit: true, withdraw: true, approve: false, start_review: false },
      });
      expect(v.issues.map((i) => i.field)).toEqual(['vision', 'programmes']);
      expect(v.memberDesa).toEqual([
        { code: '3301012001', name: 'Tambakreja' },
        { code: '3301012002', name: 'Bumireja' },
        { code: '3301012003', name: 'Ciklapa' },
      ]);
      const again = await kabupaten.request('POST', base(k1), {});
      expect(again.statusCode).toBe(409);
      expect(again.json().detail).toMatch(/Versi 1 masih berstatus Draf/);
      const list = (await province.request('GET', base(k1))).json() as RpkpList;
      expect(list).toMatchObject({ inForce: null, allowed: { startVersion: false } });
      expect(list.versions.map((x) => [x.version, x.state, x.totalBudget])).toEqual([[1, 'draf', '0']]);
    });

    it('saves an incomplete plan and shows its issues by field path; submit refuses them', async () => {
      const refusedEmpty = await act(kabupaten, k1, 1, { action: 'submit' });
      expect(refusedEmpty.statusCode).toBe(400);
      expect(refusedEmpty.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'vision',
        'programmes',
      ]);

      const plan = kedungrejaPlan();
      const a2 = plan.programmes[0]!.activities[1]!;
      a2.budget = '';
      a2.desaCodes = ['33.01.01.2009'];
      a2.stage = '';
      const saved = await savePlan(kabupaten, k1, 1, plan, 'RPKP Kedungreja 2026–2030');
      expect(saved.statusCode, saved.body).toBe(200);
      const v = saved.json() as RpkpVersionDetail;
      expect(v.title).toBe('RPKP Kedungreja 2026–2030');
      expect(v.plan.programmes[0]!.activities[1]).toMatchObject({
        budget: '0',
        desaCodes: ['3301012009'],
        stage: '',
      });
      expect(v.issues.map((i) => i.field)).toEqual([
        'programmes[0].activities[1].desaCodes[0]',
        'programmes[0].activities[1].stage',
        'programmes[0].activities[1].budget',
      ]);
      expect(v.issues[0]!.message).toMatch(/desa 3301012009 bukan anggota kawasan ini/);
      expect(v.totals.byStage.find((l) => l.key === '')).toMatchObject({
        label: 'Belum dipilih',
        total: '0',
      });

      const refused = await act(kabupaten, k1, 1, { action: 'submit' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(
        v.issues.map((i) => i.field),
      );
      expect(refused.json().detail).toMatch(/kelengkapan RPKP/);

      const badShape = await savePlan(kabupaten, k1, 1, {
        ...kedungrejaPlan(),
        programmes: [{ ...kedungrejaPlan().programmes[0]!, id: 'P 1' }],
      });
      expect(badShape.statusCode).toBe(400);
      expect((await savePlan(facilitator, k1, 1, kedungrejaPlan())).statusCode).toBe(403);
      expect((await savePlan(readOnly, k1, 1, kedungrejaPlan())).statusCode).toBe(403);
      expect((await savePlan(visitor, k1, 1, kedungrejaPlan())).statusCode).toBe(401);
    });

    it('goes through the province review with a clarification round trip and is approved by regulation', async () => {
      const complete = await savePlan(kabupaten, k1, 1, kedungrejaPlan());
      expect(complete.json().issues).toEqual([]);
      expect(complete.json().totals.total).toBe(PLAN_TOTAL.toString());

      const implementEarly = await kabupaten.request('POST', `/api/kawasan/${k1}/transitions`, {
        action: 'start_implementation',
      });
      expect(implementEarly.statusCode).toBe(409);

      const submitted = await act(kabupaten, k1, 1, { action: 'submit' });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json()).toMatchObject({ state: 'diajukan', submission: 1 });
      expect((await savePlan(kabupaten, k1, 1, kedungrejaPlan())).statusCode).toBe(409);

      const byKabupaten = await act(kabupaten, k1, 1, { action: 'start_review' });
      expect(byKabupaten.statusCode).toBe(403);
      expect(byKabupaten.json().detail).toMatch(/petugas provinsi 33/);
      const reviewing = (await province.request('GET', `${base(k1)}/1`)).json() as RpkpVersionDetail;
      expect(reviewing.allowed).toMatchObject({
        start_review: true,
        submit: false,
        edit: false,
        approve: false,
      });
      expect((await act(province, k1, 1, { action: 'start_review' })).json().state).toBe('ditinjau');

      expect((await act(province, k1, 1, { action: 'request_clarification' })).statusCode).toBe(400);
      const question = 'Mohon rincian lokasi jaringan irigasi per dusun';
      const clarify = await act(province, k1, 1, { action: 'request_clarification', reason: question });
      expect(clarify.json().state).toBe('perlu_klarifikasi');
      const revised = kedungrejaPlan();
      revised.programmes[0]!.activities[0]!.name = 'Rehabilitasi jaringan irigasi tersier Dusun Krajan';
      expect((await savePlan(kabupaten, k1, 1, revised)).statusCode).toBe(200);
      expect((await act(kabupaten, k1, 1, { action: 'resubmit', reason: 'singkat' })).statusCode).toBe(400);
      const answer = 'Lokasi dirinci per dusun pada kegiatan A1';
      const resubmitted = await act(kabupaten, k1, 1, { action: 'resubmit', reason: answer });
      expect(resubmitted.json()).toMatchObject({ state: 'diajukan', submission: 2 });
      await act(province, k1, 1, { action: 'start_review' });
      expect((await act(province, k1, 1, { action: 'complete_review' })).json().state).toBe(
        'tinjauan_selesai',
      );

      expect((await act(province, k1, 1, { action: 'approve' })).statusCode).toBe(403);
      const noRegulation = await act(kabupaten, k1, 1, { action: 'approve' });
      expect(noRegulation.statusCode).toBe(400);
      expect(noRegulation.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'regulation.number',
        'regulation.date',
      ]);
      const foreignDoc = await seedKawasanDocument(ctx.db, k2, { kind: 'rpkp', title: 'Perbup lain' });
      const wrongDoc = await act(kabupaten, k1, 1, {
        action: 'approve',
        regulation: { number: 'Perbup 12 Tahun 2026', date: '2026-07-01', documentId: foreignDoc },
      });
      expect(wrongDoc.statusCode).toBe(400);
      expect(wrongDoc.json().errors[0].field).toBe('regulation.documentId');
      const perbup = await seedKawasanDocument(ctx.db, k1, {
        kind: 'rpkp',
        title: 'Perbup RPKP',
        public: true,
      });
      const approved = await act(kabupaten, k1, 1, {
        action: 'approve',
        regulation: { number: ' Perbup 12 Tahun 2026 ', date: '2026-07-01', documentId: perbup },
      });
      expect(approved.statusCode, approved.body).toBe(200);
      const v = approved.json() as RpkpVersionDetail;
      expect(v).toMatchObject({
        state: 'disetujui',
        standing: 'berlaku',
        inForce: 1,
        regulation: { number: 'Perbup 12 Tahun 2026', date: '2026-07-01', documentId: perbup },
        allowed: { edit: false, withdraw: false, report_progress: true },
      });
      expect(v.history.map((h) => [h.action, h.from, h.to, h.submission])).toEqual([
        ['rpkp.create', null, 'draf', null],
        ['rpkp.submit', 'draf', 'diajukan', 1],
        ['rpkp.start_review', 'diajukan', 'ditinjau', 1],
        ['rpkp.request_clarification', 'ditinjau', 'perlu_klarifikasi', 1],
        ['rpkp.resubmit', 'perlu_klarifikasi', 'diajukan', 2],
        ['rpkp.start_review', 'diajukan', 'ditinjau', 2],
        ['rpkp.complete_review', 'ditinjau', 'tinjauan_selesai', 2],
        ['rpkp.approve', 'tinjauan_selesai', 'disetujui', 2],
      ]);
      expect(v.history[3]).toMatchObject({
        reason: question,
        actorLabel: expect.stringContaining('rpkp-prov-jateng'),
      });
      expect(v.history[4]!.reason).toBe(answer);
      expect(v.history[7]!.regulation).toEqual({
        number: 'Perbup 12 Tahun 2026',
        date: '2026-07-01',
        documentId: perbup,
      });

      const rows = await auditRows(`${k1}:1`);
      expect(rows.map((r) => r.action)).toEqual([
        'rpkp.create',
        'rpkp.update',
        'rpkp.update',
        'rpkp.submit',
        'rpkp.start_review',
        'rpkp.request_clarification',
        'rpkp.update',
        'rpkp.resubmit',
        'rpkp.start_review',
        'rpkp.complete_review',
        'rpkp.approve',
      ]);
      expect(new Set(rows.map((r) => r.region_code))).toEqual(new Set(['3301']));
      const approveRow = rows.at(-1)!;
      expect(approveRow.changes.kawasanId!.after).toBe(k1);
      expect(approveRow.changes.from!.after).toBe('tinjauan_selesai');
      expect(approveRow.changes.to!.after).toBe('disetujui');
      expect(approveRow.changes.regulation!.after).toMatchObject({ number: 'Perbup 12 Tahun 2026' });
      expect(rows[5]!.changes.reason!.after).toBe(question);

      const implement = await kabupaten.request('POST', `/api/kawasan/${k1}/transitions`, {
        action: 'start_implementation',
      });
      expect(implement.statusCode, implement.body).toBe(200);
      expect(implement.json().state).toBe('pelaksanaan');
    });

    it('exports the version as a PDF and as an XLSX workbook with exact budgets', async () => {
      const pdf = await province.request('GET', `${base(k1)}/1/export.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(
        'attachment; filename="rpkp-kawasan-agropolitan-kedungreja-v1.pdf"',
      );
      expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
      expect(text).toContain('RPKP Kedungreja 2026–2030');
      expect(text).toContain('Rehabilitasi jaringan irigasi tersier Dusun Krajan');
      expect(text).toContain('Perbup 12 Tahun 2026');
      expect(text).toContain('Rp4.472.750.126');

      const xlsx = await province.request('GET', `${base(k1)}/1/export.xlsx`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(xlsx.headers['content-disposition']).toBe(
        'attachment; filename="rpkp-kawasan-agropolitan-kedungreja-v1.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Ringkasan',
        'Program dan kegiatan',
        'Anggaran',
        'Konvergensi',
      ]);
      const sheet = workbook.getWorksheet('Program dan kegiatan')!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      const budgetColumn = header.indexOf('Anggaran (Rp)') + 1;
      const idColumn = header.indexOf('Kode kegiatan') + 1;
      const rows = [2, 3, 4, 5].map((n) => sheet.getRow(n));
      expect(rows.map((r) => [r.getCell(idColumn).value, r.getCell(budgetColumn).value])).toEqual([
        ['A1', Number(PLAN_BUDGETS.A1)],
        ['A2', Number(PLAN_BUDGETS.A2)],
        ['A3', Number(PLAN_BUDGETS.A3)],
        ['A4', Number(PLAN_BUDGETS.A4)],
      ]);
      const total = sheet.getRow(6);
      expect(total.getCell(1).value).toBe('Jumlah');
      const domainTotal = totalBudget(toDomainPlan(toStoredPlan(kedungrejaPlan())));
      expect(total.getCell(budgetColumn).value).toBe(Number(domainTotal));
      expect(BigInt(total.getCell(budgetColumn).value as number)).toBe(PLAN_TOTAL);
      expect(sheet.getRow(2).getCell(header.indexOf('Kegiatan') + 1).value).toBe(
        'Rehabilitasi jaringan irigasi tersier Dusun Krajan',
      );

      expect((await otherKabupaten.request('GET', `${base(k1)}/1/export.pdf`)).statusCode).toBe(404);
      expect((await visitor.request('GET', `${base(k1)}/1/export.xlsx`)).statusCode).toBe(401);
    });

    it('shows convergence: agency kind × stage × year, gaps, and budget by source', async () => {
      const res = await facilitator.request('GET', `${base(k1)}/1/convergence`);
      expect(res.statusCode, res.body).toBe(200);
      const c = res.json() as Convergence;
      expect(c.years).toEqual([2026, 2027, 2028, 2029, 2030]);
      expect(c.cells).toHaveLength(5 * 4 * 6);
      expect(
        c.cells.find((x) => x.year === 2026 && x.stage === 'hulu' && x.agencyKind === 'kabupaten'),
      ).toMatchObject({
        budget: PLAN_BUDGETS.A1.toString(),
        activityIds: ['A1'],
        fundingSources: ['apbd_kabupaten'],
      });
      expect(c.gaps).toContainEqual({ stage: 'hulu', year: 2029 });
      expect(c.gaps).not.toContainEqual({ stage: 'hulu', year: 2026 });
      expect(c.bySource.find((l) => l.key === 'apbn')).toMatchObject({ total: PLAN_BUDGETS.A4.toString() });
      expect(c.activities.map((a) => a.id)).toEqual(['A1', 'A2', 'A3', 'A4']);
    });
  });

  describe('progress on the plan in force', () => {
    let publicDoc: string;
    let privateDoc: string;

    beforeAll(async () => {
      publicDoc = await seedKawasanDocument(ctx.db, k1, { title: 'Foto saluran', public: true });
      privateDoc = await seedKawasanDocument(ctx.db, k1, { title: 'Kuitansi', public: false });
    });

    it('is reported with evidence by the village of the activity, a facilitator and the kabupaten, and audited', async () => {
      const first = await report(villageA1, k1, 'A1', {
        reportedOn: '2026-08-17',
        status: 'berjalan',
        progressBp: 5000,
        quantity: '6,25',
        spent: '600000000',
        note: 'Saluran Dusun Krajan selesai',
        documentIds: [publicDoc, privateDoc],
      });
      expect(first.statusCode, first.body).toBe(201);
      expect(first.json()).toMatchObject({
        activityId: 'A1',
        status: 'berjalan',
        progressBp: 5000,
        quantity: '6.25',
        spent: '600000000',
        documents: [
          { id: publicDoc, public: true },
          { id: privateDoc, public: false },
        ],
        reportedBy: expect.stringContaining('rpkp-desa-tambakreja'),
      });
      const done = await report(facilitator, k1, 'A3', {
        reportedOn: '2026-08-10',
        status: 'selesai',
        progressBp: 10_000,
      });
      expect(done.statusCode, done.body).toBe(201);
      // An older date entered later does not replace the standing.
      expect(
        (
          await report(kabupaten, k1, 'A1', {
            reportedOn: '2026-08-01',
            status: 'berjalan',
            progressBp: 2000,
          })
        ).statusCode,
      ).toBe(201);

      const v = await detail(k1, 1);
      const weighted = (PLAN_BUDGETS.A1 * 5000n + PLAN_BUDGETS.A3 * 10_000n) / PLAN_TOTAL;
      expect(v.progress).toMatchObject({
        plan: Number(weighted),
        completedCount: 1,
        activityCount: 4,
        byActivity: {
          A1: { status: 'berjalan', progressBp: 5000, reportedOn: '2026-08-17' },
          A3: { status: 'selesai', progressBp: 10_000, reportedOn: '2026-08-10' },
        },
      });
      expect(v.progress.byProgramme.map((p) => p.basisPoints)).toEqual([
        Number((PLAN_BUDGETS.A1 * 5000n) / (PLAN_BUDGETS.A1 + PLAN_BUDGETS.A2)),
        Number((PLAN_BUDGETS.A3 * 10_000n) / (PLAN_BUDGETS.A3 + PLAN_BUDGETS.A4)),
      ]);

      const list = (
        await province.request('GET', `${base(k1)}/activities/A1/progress`)
      ).json() as ProgressList;
      expect(list.activityName).toBe('Rehabilitasi jaringan irigasi tersier Dusun Krajan');
      expect(list.items.map((r) => r.reportedOn)).toEqual(['2026-08-17', '2026-08-01']);

      const rows = await auditRows(`${k1}:1`);
      const progressRows = rows.filter((r) => r.action === 'rpkp.progress');
      expect(progressRows).toHaveLength(3);
      expect(progressRows[0]!.changes).toMatchObject({
        kawasanId: { after: k1 },
        activityId: { after: 'A1' },
        progressBp: { after: 5000 },
        documentIds: { after: [publicDoc, privateDoc] },
      });
    });

    it('refuses inconsistent reports with Indonesian messages by field path', async () => {
      const bad = await report(kabupaten, k1, 'A2', {
        reportedOn: '2026-08-21',
        status: 'selesai',
        progressBp: 5000,
        quantity: '-2',
        spent: '1.000.000',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([
        {
          field: 'reportedOn',
          message: 'Tanggal laporan (2026-08-21) tidak boleh setelah hari ini (2026-08-20).',
        },
        { field: 'progressBp', message: 'Kegiatan berstatus Selesai harus berkemajuan 100%.' },
        { field: 'quantity', message: expect.stringMatching(/angka desimal 0 atau lebih/) },
        { field: 'spent', message: expect.stringMatching(/rupiah utuh/) },
      ]);
      const zero = await report(kabupaten, k1, 'A2', {
        reportedOn: '2025-12-31',
        status: 'berjalan',
        progressBp: 0,
      });
      expect(zero.json().errors.map((e: { field: string }) => e.field)).toEqual(['reportedOn', 'status']);
      const foreign = await seedKawasanDocument(ctx.db, k2);
      const evidence = await report(kabupaten, k1, 'A2', {
        reportedOn: '2026-08-18',
        status: 'berjalan',
        progressBp: 100,
        documentIds: [publicDoc, foreign],
      });
      expect(evidence.statusCode).toBe(400);
      expect(evidence.json().errors).toEqual([
        {
          field: 'documentIds[1]',
          message: expect.stringMatching(/tidak ditemukan di antara dokumen kawasan ini/),
        },
      ]);
      expect(
        (await report(kabupaten, k1, 'A9', { reportedOn: '2026-08-18', status: 'berjalan', progressBp: 100 }))
          .statusCode,
      ).toBe(404);
      const noPlan = await report(kabupaten, k2, 'A1', {
        reportedOn: '2026-08-18',
        status: 'berjalan',
        progressBp: 100,
      });
      expect(noPlan.statusCode).toBe(409);
    });

    it('is refused outside the scope of the activity or the kawasan', async () => {
      const body = { reportedOn: '2026-08-18', status: 'berjalan', progressBp: 100 };
      const otherDesa = await report(villageMember, k1, 'A1', body);
      expect(otherDesa.statusCode).toBe(403);
      expect(otherDesa.json().detail).toMatch(/operator desa lokasi kegiatan/);
      expect((await report(villageMember, k1, 'A3', body)).statusCode).toBe(201);
      expect((await report(villageOutside, k1, 'A1', body)).statusCode).toBe(404);
      expect((await report(facilitatorElsewhere, k1, 'A1', body)).statusCode).toBe(404);
      expect((await report(otherKabupaten, k1, 'A1', body)).statusCode).toBe(404);
      expect((await report(readOnly, k1, 'A1', body)).statusCode).toBe(403);
      expect((await report(visitor, k1, 'A1', body)).statusCode).toBe(401);
      expect((await villageOutside.request('GET', `${base(k1)}/1`)).statusCode).toBe(404);
      expect((await facilitatorElsewhere.request('GET', base(k1))).statusCode).toBe(404);
      expect((await otherKabupaten.request('GET', `${base(k1)}/1`)).statusCode).toBe(404);
      expect((await visitor.request('GET', base(k1))).statusCode).toBe(401);
      expect((await readOnly.request('GET', `${base(k1)}/1`)).json().allowed.report_progress).toBe(false);
      expect((await readOnly.request('POST', base(k1), {})).statusCode).toBe(403);
    });
  });

  describe('revisi and withdrawal', () => {
    it('copies the approved content; the approved version stays in force until the revisi is approved', async () => {
      expect((await facilitator.request('POST', base(k1), {})).statusCode).toBe(403);
      const started = await kabupaten.request('POST', base(k1), { title: 'RPKP Kedungreja revisi 2027' });
      expect(started.statusCode, started.body).toBe(201);
      const v2 = started.json() as RpkpVersionDetail;
      const v1 = await detail(k1, 1);
      expect(v2).toMatchObject({
        version: 2,
        basedOn: 1,
        state: 'draf',
        standing: 'dalam_proses',
        inForce: 1,
      });
      expect(v2.plan).toEqual(v1.plan);
      expect((await kabupaten.request('POST', base(k1), {})).statusCode).toBe(409);

      const changed = kedungrejaPlan();
      changed.programmes[0]!.activities[0]!.name = v1.plan.programmes[0]!.activities[0]!.name;
      changed.programmes[0]!.activities[0]!.budget = '1300000000';
      changed.programmes[1]!.activities.push({
        ...changed.programmes[1]!.activities[0]!,
        id: 'A5',
        name: 'Gerai pemasaran gula kelapa',
        budget: '150000000',
      });
      expect((await savePlan(kabupaten, k1, 2, changed)).json().issues).toEqual([]);
      const inForce = await detail(k1, 1);
      expect(inForce.plan.programmes[0]!.activities[0]!.budget).toBe(PLAN_BUDGETS.A1.toString());
      expect(inForce.standing).toBe('berlaku');
      const notInForce = await report(kabupaten, k1, 'A5', {
        reportedOn: '2026-08-18',
        status: 'berjalan',
        progressBp: 100,
      });
      expect(notInForce.statusCode).toBe(404);
      const publicBefore = (
        await visitor.request('GET', `/api/public/kawasan/${k1}/rpkp`)
      ).json() as PublicRpkp;
      expect(publicBefore.version).toBe(1);
      expect(publicBefore.plan.programmes[1]!.activities.map((a) => a.id)).toEqual(['A3', 'A4']);

      await act(kabupaten, k1, 2, { action: 'submit' });
      await act(province, k1, 2, { action: 'start_review' });
      await act(province, k1, 2, { action: 'complete_review' });
      const approved = await act(kabupaten, k1, 2, {
        action: 'approve',
        regulation: { number: 'Perbup 30 Tahun 2027', date: '2026-08-19' },
      });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({
        standing: 'berlaku',
        inForce: 2,
        regulation: { documentId: null },
      });
      expect((await detail(k1, 1)).standing).toBe('diganti');
      const list = (await kabupaten.request('GET', base(k1))).json() as RpkpList;
      expect(list.versions.map((x) => [x.version, x.state, x.standing])).toEqual([
        [2, 'disetujui', 'berlaku'],
        [1, 'disetujui', 'diganti'],
      ]);
      expect(list.inForce).toBe(2);
      const rows = await auditRows(`${k1}:2`);
      expect(rows.at(-1)!.changes.supersedesVersion!.after).toBe(1);
      // The activities keep their ids, so their progress carries over to the new version.
      expect((await detail(k1, 2)).progress.byActivity.A1).toMatchObject({ progressBp: 5000 });
      expect(
        (
          await report(villageMember, k1, 'A5', {
            reportedOn: '2026-08-19',
            status: 'berjalan',
            progressBp: 100,
          })
        ).statusCode,
      ).toBe(201);
    });

    it('withdraws an open version with a reason; a new one can then be started', async () => {
      const v3 = (await kabupaten.request('POST', base(k1), {})).json() as RpkpVersionDetail;
      expect(v3).toMatchObject({ version: 3, basedOn: 2 });
      expect((await act(kabupaten, k1, 3, { action: 'withdraw' })).statusCode).toBe(400);
      expect(
        (await act(facilitator, k1, 3, { action: 'withdraw', reason: 'Tidak jadi direvisi' })).statusCode,
      ).toBe(403);
      const withdrawn = await act(kabupaten, k1, 3, {
        action: 'withdraw',
        reason: 'Revisi ditunda ke tahun depan',
      });
      expect(withdrawn.json()).toMatchObject({ state: 'ditarik', standing: 'ditarik', inForce: 2 });
      expect((await act(kabupaten, k1, 3, { action: 'submit' })).statusCode).toBe(409);
      const list = (await kabupaten.request('GET', base(k1))).json() as RpkpList;
      expect(list.allowed.startVersion).toBe(true);
      expect((await kabupaten.request('POST', base(k1), {})).json().version).toBe(4);
      expect(
        (await act(kabupaten, k1, 4, { action: 'withdraw', reason: 'Uji penarikan selesai' })).statusCode,
      ).toBe(200);
    });

    it('holds one open version under concurrent starts', async () => {
      const results = await Promise.all([
        kabupaten.request('POST', base(k2), {}),
        kabupaten.request('POST', base(k2), {}),
        kabupaten.request('POST', base(k2), {}),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
      const [open] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from rpkp_version where kawasan_id = ${k2} and state = 'draf'`,
      );
      expect(open!.n).toBe(1);
    });

    it('keeps one open version in the database itself, answered as a 409', async () => {
      const at = new Date();
      const insert = () =>
        createRpkpRepository(ctx.db.orm).insert({
          id: randomUUID(),
          kawasanId: k2,
          version: 99,
          basedOn: null,
          state: 'diajukan',
          submission: 1,
          title: 'Versi lain',
          plan: toStoredPlan(kedungrejaPlan()),
          regulation: null,
          createdAt: at,
          updatedAt: at,
        });
      const err = await insert().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).not.toBeNull();
      const mapped = openVersionConflict(err);
      expect(mapped).toMatchObject({ code: 'conflict', issues: [{ field: 'version' }] });
      expect(openVersionConflict(new Error('lain'))).toBeNull();
    });
  });

  describe('the public view', () => {
    it('shows the plan in force with progress and public evidence only, without who reported', async () => {
      const res = await visitor.request('GET', `/api/public/kawasan/${k1}/rpkp`);
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json() as PublicRpkp;
      expect(p).toMatchObject({
        version: 2,
        title: 'RPKP Kedungreja revisi 2027',
        regulation: { number: 'Perbup 30 Tahun 2027', date: '2026-08-19' },
      });
      expect(p.regulation).not.toHaveProperty('documentId');
      expect(p.plan.programmes[1]!.activities.map((a) => a.id)).toEqual(['A3', 'A4', 'A5']);
      expect(p.totals.total).toBe((PLAN_TOTAL + 50_000_000n + 150_000_000n).toString());
      const a1 = p.timeline.find((t) => t.activityId === 'A1' && t.reportedOn === '2026-08-17')!;
      expect(a1.evidence.map((e) => e.title)).toEqual(['Foto saluran']);
      expect(a1.note).toBe('Saluran Dusun Krajan selesai');
      expect(p.timeline.map((t) => t.reportedOn)).toEqual(
        [...p.timeline.map((t) => t.reportedOn)].sort().reverse(),
      );
      expect(res.body).not.toContain('rpkp-desa-tambakreja');
      expect(res.body).not.toContain('Kuitansi');
      expect(p.history.map((h) => h.action)).toEqual([
        'rpkp.create',
        'rpkp.submit',
        'rpkp.start_review',
        'rpkp.complete_review',
        'rpkp.approve',
      ]);
      expect(res.body).not.toContain('rpkp-kab-cilacap');
    });

    it('is described in the OpenAPI document', async () => {
      const res = await app.inject('/api/docs/json');
      expect(res.statusCode, res.body).toBe(200);
      const spec = res.json() as { paths: Record<string, unknown> };
      expect(Object.keys(spec.paths)).toEqual(
        expect.arrayContaining([
          '/api/kawasan/{id}/rpkp',
          '/api/kawasan/{id}/rpkp/{version}',
          '/api/kawasan/{id}/rpkp/{version}/plan',
          '/api/kawasan/{id}/rpkp/{version}/transitions',
          '/api/kawasan/{id}/rpkp/{version}/convergence',
          '/api/kawasan/{id}/rpkp/{version}/export.pdf',
          '/api/kawasan/{id}/rpkp/{version}/export.xlsx',
          '/api/kawasan/{id}/rpkp/activities/{activityId}/progress',
          '/api/public/kawasan/{id}/rpkp',
        ]),
      );
    });

    it('hides drafts and kawasan without a public page', async () => {
      expect((await visitor.request('GET', `/api/public/kawasan/${k2}/rpkp`)).statusCode).toBe(404);
      const hidden = await seedPlanningKawasan(ctx.db, {
        name: 'Kawasan Belum Ditetapkan',
        members: ['3301012006', '3301012007'],
        state: 'diverifikasi',
      });
      expect((await visitor.request('GET', `/api/public/kawasan/${hidden.id}/rpkp`)).statusCode).toBe(404);
      const refused = await kabupaten.request('POST', base(hidden.id), {});
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toMatch(/Perencanaan, Pelaksanaan atau Evaluasi/);
    });
  });
});
