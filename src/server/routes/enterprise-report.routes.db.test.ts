import { asc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  BusinessDashboardView,
  ReportImportResult,
  ReportList,
  ReportSaveResult,
} from '../../contracts/enterprise-report.contract.ts';
import { auditLog, enterpriseReport } from '../../db/schema.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import { sumRupiah } from '../../domain/money/rupiah.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { DASHBOARD_SHEETS } from '../../services/enterprise/business-dashboard-xlsx.ts';
import { enterpriseAccount, insertEnterprise } from '../../services/enterprise/testing.ts';
import {
  insertCapital,
  insertReport,
  workbookOf,
  workbookValues,
} from '../../services/enterprise/testing-reports.ts';
import { pdfText } from '../../services/export/testing.ts';
import { insertKawasan } from '../../services/facilitation/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, signIn } from '../testing.ts';

/** 10:00 on 15 August 2026 in Jakarta: Semester I 2026 is open, the year 2026 is not. */
const NOW = new Date('2026-08-15T03:00:00Z');

// Kedungreja, Kabupaten Cilacap (33.01.01); Kota Semarang (33.74).
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const CIKLAPA = '3301012003';
const KEDUNGREJA = '3301012004';
const MIROTO = '3374011001';
const BANDARHARJO = '3374021001';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const GOOD = {
  revenue: '25.000.000',
  costs: 15_000_000,
  assets: 'Rp 120.000.000',
  workers: 6,
  womenWorkers: 2,
  split: {
    pades: '4000000',
    capital: '5.000.000',
    other: 1_000_000,
    otherNote: 'Dana sosial',
    decidedOn: '2026-07-20',
  },
};

describeEachEngine('stimulan usaha: reports and dashboards', (ctx) => {
  let app: App;
  let kawasanId: string;
  /** BUM Desa of Tambakreja, linked to the kawasan. */
  let e1: string;
  /** BUM Desa Bersama of Bumireja and Ciklapa. */
  let e2: string;
  /** Koperasi of Kedungreja. */
  let e3: string;
  /** BUM Desa of Miroto, Kota Semarang. */
  let ex: string;
  let asManager: Client;
  let asKabupaten: Client;
  let asOtherKabupaten: Client;
  let asFacilitator: Client;
  let asVillage: Client;
  let asKawasanManager: Client;
  let publicClient: Client;

  const reportsUrl = (eid: string, period = '') =>
    `/api/usaha/badan-usaha/${eid}/laporan${period ? `/${period}` : ''}`;
  const errorsOf = (res: { json(): unknown }) =>
    (res.json() as { errors?: { field: string; message: string }[] }).errors;
  const reportAudits = () =>
    ctx.db.orm
      .select()
      .from(auditLog)
      .where(eq(auditLog.resourceType, 'enterprise_report'))
      .orderBy(asc(auditLog.id));

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW });
    kawasanId = await insertKawasan(ctx.db, {
      name: 'Kawasan Minapolitan Kedungreja',
      members: [TAMBAKREJA, BUMIREJA],
    });
    e1 = await insertEnterprise(ctx.db, {
      name: 'BUM Desa Maju Tambakreja',
      founders: [TAMBAKREJA],
      kawasanIds: [kawasanId],
      legalStatus: 'berbadan_hukum',
      legalCertificateNumber: 'AHU-0001.AH.01.33.2024',
      legalCertificateDate: '2024-03-01',
    });
    e2 = await insertEnterprise(ctx.db, {
      kind: 'bumdesma',
      name: 'BUM Desa Bersama Sejahtera Bumireja Ciklapa',
      founders: [BUMIREJA, CIKLAPA],
    });
    e3 = await insertEnterprise(ctx.db, {
      kind: 'koperasi',
      name: 'Koperasi Tani Kedungreja',
      founders: [KEDUNGREJA],
      activity: 'tidak_aktif',
    });
    ex = await insertEnterprise(ctx.db, { name: 'BUM Desa Miroto', founders: [MIROTO] });
    const manager = await enterpriseAccount(ctx.db, 'pengelola-maju', e1);
    asManager = await signIn(app, manager.username, manager.password);
    asKabupaten = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    asOtherKabupaten = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    asFacilitator = await regionAccount(app, ctx.db, 'pendamping-kedungreja', 'facilitator', '330101');
    asVillage = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    const km = await createTestAccount(ctx.db, 'pengelola-kawasan', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId }, regionCode: '3301' },
    ]);
    asKawasanManager = await signIn(app, km.username, km.password);
    publicClient = anonymous(app);
  });
  afterAll(() => app.close());

  describe('entering a report', () => {
    it('creates a report whose split adds up, then replaces it, audited with amounts as strings', async () => {
      const created = await asManager.request('PUT', reportsUrl(e1, '2026-S1'), GOOD);
      expect(created.statusCode, created.body).toBe(200);
      const saved = created.json() as ReportSaveResult;
      expect(saved.created).toBe(true);
      expect(saved.report).toMatchObject({
        period: '2026-S1',
        periodKind: 'semester',
        label: 'Semester I 2026',
        revenue: '25000000',
        costs: '15000000',
        netResult: '10000000',
        assets: '120000000',
        workers: 6,
        womenWorkers: 2,
        split: {
          pades: '4000000',
          capital: '5000000',
          other: '1000000',
          otherNote: 'Dana sosial',
          decidedOn: '2026-07-20',
        },
        source: 'formulir',
      });
      const replaced = await asManager.request('PUT', reportsUrl(e1, '2026-S1'), {
        ...GOOD,
        revenue: 26_000_000,
        split: { ...GOOD.split, pades: 5_000_000 },
      });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect((replaced.json() as ReportSaveResult).created).toBe(false);
      const rows = await ctx.db.orm
        .select()
        .from(enterpriseReport)
        .where(eq(enterpriseReport.enterpriseId, e1));
      expect(rows.map((r) => [r.period, r.revenue, r.netResult, r.splitPades])).toEqual([
        ['2026-S1', 26_000_000n, 11_000_000n, 5_000_000n],
      ]);
      const audits = (await reportAudits()).filter((a) => a.resourceId === rows[0]!.id);
      expect(audits.map((a) => [a.action, a.regionCode])).toEqual([
        ['create', TAMBAKREJA],
        ['replace', TAMBAKREJA],
      ]);
      expect(audits[0]!.changes).toMatchObject({ revenue: { before: null, after: '25000000' } });
      expect(audits[1]!.changes).toEqual({
        revenue: { before: '25000000', after: '26000000' },
        netResult: { before: '10000000', after: '11000000' },
        splitPades: { before: '4000000', after: '5000000' },
      });
    });

    it.each([
      [
        'a split short of the net result',
        { split: { ...GOOD.split, pades: '3.500.000' } },
        'split',
        'Pembagian hasil usaha Rp9.500.000 kurang Rp500.000 dari hasil usaha bersih Rp10.000.000.',
      ],
      [
        'a split over the net result',
        { split: { ...GOOD.split, other: '1.250.000' } },
        'split',
        'Pembagian hasil usaha Rp10.250.000 lebih Rp250.000 dari hasil usaha bersih Rp10.000.000.',
      ],
      [
        'a loss with a split',
        { costs: '26.000.000' },
        'split',
        'Hasil usaha bersih -Rp1.000.000 (rugi): tidak ada hasil usaha yang dibagi; kosongkan pembagian hasil usaha (Rp10.000.000).',
      ],
      [
        'other without a note',
        { split: { ...GOOD.split, otherNote: '' } },
        'split.otherNote',
        'Pembagian lain-lain Rp1.000.000 perlu keterangan penggunaannya.',
      ],
      [
        'no decision date',
        { split: { ...GOOD.split, decidedOn: null } },
        'split.decidedOn',
        'Tanggal keputusan Musyawarah Desa/Musyawarah Antar Desa tentang pembagian hasil usaha wajib diisi.',
      ],
      [
        'a net result that is not revenue − costs',
        { netResult: '9.999.999' },
        'netResult',
        'Hasil usaha bersih yang diisi Rp9.999.999 tidak sama dengan pendapatan dikurangi biaya: Rp25.000.000 − Rp15.000.000 = Rp10.000.000.',
      ],
      [
        'revenue with sen',
        { revenue: '25.000.000,50' },
        'revenue',
        'Jumlah rupiah ditulis tanpa sen, misalnya 1.500.000.',
      ],
    ])('refuses %s with the message on its field, storing nothing', async (_name, change, field, message) => {
      const before = await countRows(ctx.db, 'enterprise_report');
      const res = await asManager.request('PUT', reportsUrl(e1, '2025-S2'), { ...GOOD, ...change });
      expect(res.statusCode, res.body).toBe(400);
      expect(errorsOf(res)).toEqual([{ field, message }]);
      expect(await countRows(ctx.db, 'enterprise_report')).toBe(before);
    });

    it.each([
      ['2026', 'Laporan Tahun 2026 baru dapat diisi mulai 1 Desember 2026, bulan terakhir periodenya.'],
      [
        '2026-S2',
        'Laporan Semester II 2026 baru dapat diisi mulai 1 Desember 2026, bulan terakhir periodenya.',
      ],
      ['2026-S3', expect.stringContaining('Periode "2026-S3" tidak dikenal')],
    ])('refuses period %s', async (period, message) => {
      const res = await asManager.request('PUT', reportsUrl(e1, period), GOOD);
      expect(res.statusCode, res.body).toBe(400);
      expect(errorsOf(res)).toContainEqual({ field: 'period', message });
    });

    it('keeps a loss without a split, and removes a report (audited), 404 the second time', async () => {
      const loss = await asVillage.request('PUT', reportsUrl(e1, '2025-S1'), {
        revenue: 5_000_000,
        costs: 6_500_000,
        netResult: '-1.500.000',
        assets: 80_000_000,
        workers: 4,
      });
      expect(loss.statusCode, loss.body).toBe(200);
      expect((loss.json() as ReportSaveResult).report).toMatchObject({
        netResult: '-1500000',
        split: { pades: '0', capital: '0', other: '0', decidedOn: null },
        womenWorkers: null,
      });
      const removed = await asVillage.request('DELETE', reportsUrl(e1, '2025-S1'));
      expect(removed.statusCode, removed.body).toBe(200);
      expect(removed.json()).toEqual({ period: '2025-S1', label: 'Semester I 2025', deleted: true });
      const again = await asVillage.request('DELETE', reportsUrl(e1, '2025-S1'));
      expect(again.statusCode).toBe(404);
      expect(again.json().detail).toBe('Belum ada laporan Semester I 2025 untuk BUM Desa Maju Tambakreja.');
      const deleted = (await reportAudits()).filter((a) => a.action === 'delete');
      expect(deleted).toHaveLength(1);
      expect(deleted[0]!.changes).toMatchObject({ netResult: { before: '-1500000', after: null } });
    });
  });

  describe('scope', () => {
    it('lets a manager see and change only their own enterprise', async () => {
      expect((await asManager.request('GET', reportsUrl(e1))).statusCode).toBe(200);
      expect((await asManager.request('GET', reportsUrl(e2))).statusCode).toBe(404);
      expect((await asManager.request('PUT', reportsUrl(e2, '2026-S1'), GOOD)).statusCode).toBe(404);
      expect((await asManager.request('DELETE', reportsUrl(e2, '2026-S1'))).statusCode).toBe(404);
      expect((await asManager.request('GET', `${reportsUrl(e2)}/templat.xlsx`)).statusCode).toBe(404);
    });

    it('lets a facilitator read (canManage false) but not write; hides the enterprise from another kabupaten', async () => {
      const read = await asFacilitator.request('GET', reportsUrl(e1));
      expect(read.statusCode, read.body).toBe(200);
      expect((read.json() as ReportList).canManage).toBe(false);
      expect((await asFacilitator.request('PUT', reportsUrl(e1, '2026-S1'), GOOD)).statusCode).toBe(403);
      expect((await asOtherKabupaten.request('GET', reportsUrl(e1))).statusCode).toBe(404);
      expect((await asOtherKabupaten.request('PUT', reportsUrl(e1, '2026-S1'), GOOD)).statusCode).toBe(404);
      expect((await publicClient.request('GET', reportsUrl(e1))).statusCode).toBe(401);
      expect((await asKabupaten.request('GET', reportsUrl(e1))).json().canManage).toBe(true);
    });
  });

  describe('trend and performance', () => {
    it('gives exact changes per kind of period, PADes once per year, the annual warning and the class', async () => {
      await insertReport(ctx.db, e2, '2025-S1', {
        revenue: 10_000_000n,
        costs: 6_000_000n,
        splitPades: 4_000_000n,
      });
      await insertReport(ctx.db, e2, '2025-S2', {
        revenue: 12_000_000n,
        costs: 7_000_000n,
        splitPades: 5_000_000n,
      });
      await insertReport(ctx.db, e2, '2025', {
        revenue: 22_500_000n,
        costs: 13_000_000n,
        splitPades: 9_500_000n,
      });
      await insertReport(ctx.db, e2, '2026-S1', { revenue: 9_000_000n, costs: 10_000_000n });
      const res = await asKabupaten.request('GET', reportsUrl(e2));
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as ReportList;
      expect(view.reports.map((r) => r.period)).toEqual(['2025-S1', '2025-S2', '2025', '2026-S1']);
      expect(view.trend.semester.map((p) => [p.period, p.netResult, p.change?.netResult])).toEqual([
        ['2025-S1', '4000000', undefined],
        ['2025-S2', '5000000', { amount: '1000000', percentText: '25.0' }],
        ['2026-S1', '-1000000', { amount: '-6000000', percentText: '-120.0' }],
      ]);
      expect(view.trend.semester[0]!.change).toBeNull();
      expect(view.trend.padesByYear).toEqual([
        { year: 2025, amount: '9500000' },
        { year: 2026, amount: '0' },
      ]);
      expect(view.trend.padesTotal).toBe('9500000');
      expect(view.warnings).toEqual([
        {
          period: '2025',
          field: 'revenue',
          message:
            'Pendapatan Tahun 2025 Rp22.500.000 berbeda dari jumlah Semester I dan II Rp22.000.000 (selisih Rp500.000).',
        },
      ]);
      expect([view.performance, view.performanceLabel]).toEqual(['rugi', 'Rugi']);
      expect(view.performanceNote).toContain('bukan pemeringkatan kementerian');
      expect(view.latest).toEqual({ period: '2026-S1', label: 'Semester I 2026', netResult: '-1000000' });
      expect(view.openPeriods).toEqual([]);
      const koperasi = (await asKabupaten.request('GET', reportsUrl(e3))).json() as ReportList;
      expect(koperasi.performance).toBe('belum_melapor');
      expect(koperasi.openPeriods.map((p) => p.period)).toEqual(['2025-S1', '2025-S2', '2025', '2026-S1']);
    });

    it('warns when a saved semester makes its year differ', async () => {
      const res = await asKabupaten.request('PUT', reportsUrl(e2, '2025-S2'), {
        revenue: 12_500_000,
        costs: 7_000_000,
        assets: 0,
        workers: 2,
        split: { pades: 5_500_000, decidedOn: '2025-12-20' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as ReportSaveResult).warnings).toEqual([]);
      const off = await asKabupaten.request('PUT', reportsUrl(e2, '2025-S2'), {
        revenue: 13_000_000,
        costs: 7_000_000,
        assets: 0,
        workers: 2,
        split: { pades: 6_000_000, decidedOn: '2025-12-20' },
      });
      expect((off.json() as ReportSaveResult).warnings.map((w) => w.message)).toEqual([
        'Pendapatan Tahun 2025 Rp22.500.000 berbeda dari jumlah Semester I dan II Rp23.000.000 (selisih Rp500.000).',
      ]);
    });
  });

  describe('report sheet', () => {
    const importUrl = (eid: string) => `${reportsUrl(eid)}/impor?fileName=laporan-koperasi.xlsx`;

    it('downloads a template that, filled in, imports back (created and replaced, audited)', async () => {
      await insertReport(ctx.db, e3, '2024', { revenue: 3_000_000n, costs: 3_000_000n });
      const res = await asKabupaten.request('GET', `${reportsUrl(e3)}/templat.xlsx`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="laporan-koperasi-tani-kedungreja.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as never);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(['Laporan', 'Petunjuk']);
      const sheet = workbook.getWorksheet('Laporan')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
        'Periode',
        'Pendapatan (Rp)',
        'Biaya (Rp)',
        'Hasil Usaha Bersih (Rp)',
        'Aset (Rp)',
        'Tenaga Kerja',
        'Tenaga Kerja Perempuan',
        'Bagian PADes (Rp)',
        'Tambahan Modal (Rp)',
        'Lain-lain (Rp)',
        'Keterangan Lain-lain',
        'Tanggal Keputusan Musdes/MAD',
      ]);
      // Stored amounts come as number cells.
      expect((sheet.getRow(2).values as unknown[]).slice(1, 6)).toEqual([
        '2024',
        3_000_000,
        3_000_000,
        0,
        50_000_000,
      ]);
      const notes = workbook.getWorksheet('Petunjuk')!;
      expect(String(notes.getCell('B5').value)).toContain('1 Juni untuk Semester I');
      // Correct 2024 and add Semester I 2026, as in Excel.
      sheet.getCell('B2').value = 3_500_000;
      sheet.getCell('D2').value = 500_000;
      sheet.getCell('H2').value = 500_000;
      sheet.getCell('L2').value = '20/12/2024';
      sheet.addRow([
        'Semester I 2026',
        8_000_000,
        '5.000.000',
        null,
        40_000_000,
        5,
        3,
        3_000_000,
        null,
        null,
        null,
        '2026-07-30',
      ]);
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const imported = await asKabupaten.request('POST', importUrl(e3), filled);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json() as ReportImportResult).toEqual({
        imported: 2,
        created: ['2026-S1'],
        replaced: ['2024'],
        warnings: [],
      });
      const view = (await asKabupaten.request('GET', reportsUrl(e3))).json() as ReportList;
      expect(
        view.reports.map((r) => [
          r.period,
          r.revenue,
          r.netResult,
          r.split.pades,
          r.split.decidedOn,
          r.source,
        ]),
      ).toEqual([
        ['2024', '3500000', '500000', '500000', '2024-12-20', 'impor'],
        ['2026-S1', '8000000', '3000000', '3000000', '2026-07-30', 'impor'],
      ]);
      const audits = (await reportAudits()).filter((a) => a.action === 'import');
      expect(audits).toHaveLength(2);
      expect(audits.map((a) => a.regionCode)).toEqual([KEDUNGREJA, KEDUNGREJA]);
    });

    it('refuses a bad sheet, listing every bad row with its column, and stores nothing', async () => {
      const before = await ctx.db.orm
        .select()
        .from(enterpriseReport)
        .where(eq(enterpriseReport.enterpriseId, e3));
      const sheet = await workbookOf([
        ['Laporan Koperasi Tani Kedungreja'],
        [],
        ['Periode', 'Pendapatan', 'Biaya', 'Aset', 'Tenaga Kerja', 'Bagian PADes', 'Tanggal Keputusan'],
        ['2025-S1', 10_000_000, 4_000_000, 1, 2, 6_000_000, '2025-06-30'],
        ['2025-S2', 10_000_000, 4_000_000, 1, 2, 5_500_000, '2025-12-30'],
        ['2025-S1', 1, 1, 1, 1, null, null],
        ['2025', 'sepuluh juta', 1, 1, -3, null, null],
      ]);
      const res = await asKabupaten.request('POST', importUrl(e3), sheet);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().detail).toContain('tidak ada laporan yang disimpan');
      expect(errorsOf(res)).toEqual([
        {
          field: 'baris 5, kolom F (Bagian PADes)',
          message: 'Pembagian hasil usaha Rp5.500.000 kurang Rp500.000 dari hasil usaha bersih Rp6.000.000.',
        },
        { field: 'baris 6, kolom A (Periode)', message: 'Semester I 2025 sudah ada di baris 4.' },
        {
          field: 'baris 7, kolom B (Pendapatan)',
          message: 'Jumlah rupiah hanya angka, dengan titik sebagai pemisah ribuan, misalnya 1.500.000.',
        },
        {
          field: 'baris 7, kolom E (Tenaga Kerja)',
          message: 'Jumlah tenaga kerja harus bilangan bulat 0 atau lebih.',
        },
      ]);
      const after = await ctx.db.orm
        .select()
        .from(enterpriseReport)
        .where(eq(enterpriseReport.enterpriseId, e3));
      expect(after).toEqual(before);
    });

    it('refuses what is not a workbook, a file over the limit, and strangers before reading the file', async () => {
      const text = await asKabupaten.request('POST', importUrl(e3), Buffer.from('Periode;Pendapatan\n'));
      expect(text.statusCode).toBe(400);
      expect(errorsOf(text)?.[0]?.field).toBe('file');
      const huge = await asKabupaten.request('POST', importUrl(e3), Buffer.alloc(2 * 1024 * 1024 + 1, 1));
      expect(huge.statusCode).toBe(413);
      expect(huge.json().detail).toContain('Lembar laporan lebih dari 2 MB');
      const stranger = await asOtherKabupaten.request('POST', importUrl(e3), Buffer.from('bukan xlsx'));
      expect(stranger.statusCode).toBe(404);
      const reader = await asFacilitator.request('POST', importUrl(e3), Buffer.from('bukan xlsx'));
      expect(reader.statusCode).toBe(403);
    });
  });

  describe('dashboard', () => {
    it('counts the enterprises of a kabupaten by kind, status, activity and performance, with capital by source', async () => {
      await insertCapital(ctx.db, e1, {
        source: 'dana_desa',
        amount: 50_000_000n,
        receivedOn: '2024-02-01',
        desaCode: TAMBAKREJA,
      });
      await insertCapital(ctx.db, e2, {
        source: 'apbd_kabupaten',
        amount: 100_000_000n,
        receivedOn: '2025-04-01',
      });
      await insertCapital(ctx.db, ex, { source: 'apbn', amount: 7n, receivedOn: '2025-04-01' });
      const res = await asKabupaten.request('GET', '/api/usaha/dasbor?region=3301');
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as BusinessDashboardView;
      expect(view.scope).toEqual({ kind: 'region', ref: '3301', name: 'Kabupaten Cilacap' });
      expect(view.enterprises).toBe(3);
      expect(view.byKind.map((c) => [c.code, c.label, c.count])).toEqual([
        ['bumdes', 'BUM Desa', 1],
        ['bumdesma', 'BUM Desa Bersama', 1],
        ['koperasi', 'Koperasi', 1],
        ['koperasi_merah_putih', 'Koperasi Desa/Kelurahan Merah Putih', 0],
        ['kelompok_usaha', 'Kelompok usaha', 0],
      ]);
      expect(view.byLegalStatus.find((c) => c.code === 'berbadan_hukum')?.count).toBe(1);
      expect(view.byActivity.map((c) => c.count)).toEqual([2, 1]);
      expect(Object.fromEntries(view.byPerformance.map((c) => [c.code, c.count]))).toEqual({
        belum_melapor: 0,
        rugi: 1,
        impas: 0,
        laba: 2,
      });
      expect(view.capital.total).toBe('150000000');
      expect(view.capital.bySource.filter((s) => s.amount !== '0')).toEqual([
        { source: 'apbd_kabupaten', label: 'APBD kabupaten/kota', amount: '100000000' },
        { source: 'dana_desa', label: 'Dana Desa (penyertaan modal desa)', amount: '50000000' },
      ]);
      expect(view.byKecamatan.map((k) => [k.code, k.name, k.enterprises])).toEqual([
        ['330101', 'Kedungreja', 3],
      ]);
      expect(view.byDesa.map((d) => [d.name, d.enterprises])).toEqual([
        ['Tambakreja', 1],
        ['Bumireja', 1],
        ['Ciklapa', 1],
        ['Kedungreja', 1],
      ]);
      expect(view.byKawasan.map((k) => [k.name, k.enterprises])).toEqual([
        ['Kawasan Minapolitan Kedungreja', 2],
      ]);
      // PADes: e1's Semester I 2026 (5.000.000); e2's year 2025 (9.500.000, not its semesters) and
      // 2026-S1 (a loss); e3's 2024 (500.000) and 2026-S1 (3.000.000), both imported.
      expect(view.padesTotal).toBe('18000000');
      expect(view.list.map((l) => [l.name, l.performanceLabel, l.latestLabel])).toEqual([
        ['BUM Desa Bersama Sejahtera Bumireja Ciklapa', 'Rugi', 'Semester I 2026'],
        ['BUM Desa Maju Tambakreja', 'Laba', 'Semester I 2026'],
        ['Koperasi Tani Kedungreja', 'Laba', 'Semester I 2026'],
      ]);
    });

    it('reads a kawasan for its managers: linked or founded in it', async () => {
      const res = await asKawasanManager.request('GET', `/api/usaha/dasbor?kawasanId=${kawasanId}`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as BusinessDashboardView;
      expect(view.scope).toEqual({ kind: 'kawasan', ref: kawasanId, name: 'Kawasan Minapolitan Kedungreja' });
      expect(view.list.map((l) => l.id).sort()).toEqual([e1, e2].sort());
      // Only the founding desa that are members of the kawasan are broken down.
      expect(view.byDesa.map((d) => d.code)).toEqual([TAMBAKREJA, BUMIREJA]);
    });

    it('is read by the region’s administrators and facilitators only', async () => {
      expect((await asOtherKabupaten.request('GET', '/api/usaha/dasbor?region=3301')).statusCode).toBe(404);
      expect((await asManager.request('GET', '/api/usaha/dasbor?region=3301')).statusCode).toBe(404);
      expect((await asVillage.request('GET', '/api/usaha/dasbor?region=3301')).statusCode).toBe(404);
      expect((await asFacilitator.request('GET', '/api/usaha/dasbor?region=330101')).statusCode).toBe(200);
      expect(
        (await asOtherKabupaten.request('GET', `/api/usaha/dasbor?kawasanId=${kawasanId}`)).statusCode,
      ).toBe(404);
      expect((await publicClient.request('GET', '/api/usaha/dasbor?region=3301')).statusCode).toBe(401);
      const own = (
        await asOtherKabupaten.request('GET', '/api/usaha/dasbor')
      ).json() as BusinessDashboardView;
      expect([own.scope.ref, own.list.map((l) => l.id)]).toEqual(['3374', [ex]]);
    });

    it('sums PADes and capital exactly, beyond float precision (property-style fixture)', async () => {
      const amounts = fc.sample(fc.bigInt({ min: 10n ** 15n, max: 5n * 10n ** 16n }), {
        numRuns: 12,
        seed: 20260815,
      });
      const pades: bigint[] = [];
      const capital: bigint[] = [];
      for (const [i, amount] of amounts.entries()) {
        const id = await insertEnterprise(ctx.db, {
          name: `BUM Desa Uji Bandarharjo ${i}`,
          founders: [BANDARHARJO],
        });
        const year = 2015 + (i % 8);
        await insertReport(ctx.db, id, String(year), { revenue: amount + 1n, costs: 1n, splitPades: amount });
        await insertCapital(ctx.db, id, {
          source: i % 2 ? 'mitra' : 'apbn',
          amount: amount + 1n,
          receivedOn: `${year}-05-01`,
        });
        pades.push(amount);
        capital.push(amount + 1n);
      }
      expect(sumRupiah(pades) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
      const view = (
        await asOtherKabupaten.request('GET', '/api/usaha/dasbor?region=337402')
      ).json() as BusinessDashboardView;
      expect(view.enterprises).toBe(amounts.length);
      expect(BigInt(view.padesTotal)).toBe(sumRupiah(pades));
      expect(sumRupiah(view.years.map((y) => BigInt(y.pades)))).toBe(sumRupiah(pades));
      expect(BigInt(view.capital.total)).toBe(sumRupiah(capital));
      expect(sumRupiah(view.capital.bySource.map((s) => BigInt(s.amount)))).toBe(sumRupiah(capital));
    });

    it('exports the dashboard as XLSX (number cells while exact) and as an A4 PDF', async () => {
      const xlsx = await asKabupaten.request('GET', '/api/usaha/dasbor.xlsx?region=3301');
      expect(xlsx.statusCode, xlsx.body).toBe(200);
      expect(xlsx.headers['content-type']).toBe(XLSX);
      expect(xlsx.headers['content-disposition']).toBe(
        'attachment; filename="dasbor-usaha-kabupaten-cilacap.xlsx"',
      );
      const sheets = await workbookValues(xlsx.rawPayload);
      expect([...sheets.keys()]).toEqual([...DASHBOARD_SHEETS]);
      const years = sheets.get('Per tahun')!;
      expect(years[0]).toEqual([
        'Tahun',
        'Badan usaha melapor',
        'Pendapatan (Rp)',
        'Biaya (Rp)',
        'Hasil usaha bersih (Rp)',
        'PADes (Rp)',
      ]);
      expect(years.find((r) => r[0] === '2025')).toEqual([
        '2025',
        1,
        22_500_000,
        13_000_000,
        9_500_000,
        9_500_000,
      ]);
      const capital = sheets.get('Modal per sumber')!;
      expect(capital.at(-1)).toEqual(['Seluruhnya', 0, 0, 100_000_000, 50_000_000, 0, 0, 150_000_000]);
      // Amounts beyond a safe integer are written as text, digit for digit.
      const big = await asOtherKabupaten.request('GET', '/api/usaha/dasbor.xlsx?region=337402');
      const summary = (await workbookValues(big.rawPayload)).get('Ringkasan')!;
      const padesCell = summary.find((r) => r[0] === 'Kontribusi PADes (Rp)')![1];
      const json = (
        await asOtherKabupaten.request('GET', '/api/usaha/dasbor?region=337402')
      ).json() as BusinessDashboardView;
      expect(padesCell).toBe(json.padesTotal);

      const pdf = await asKabupaten.request('GET', '/api/usaha/dasbor.pdf?region=3301');
      expect(pdf.statusCode, pdf.body).toBe(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(pdf.headers['content-disposition']).toBe(
        'attachment; filename="dasbor-usaha-kabupaten-cilacap.pdf"',
      );
      expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf.rawPayload);
      for (const expected of [
        'Dasbor usaha Kabupaten Cilacap',
        'Menurut status badan hukum',
        'Modal menurut sumber',
        'Rp150.000.000',
        'BUM Desa Maju Tambakreja',
      ])
        expect(text).toContain(expected);
      expect(pdf.rawPayload.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
      expect((await asOtherKabupaten.request('GET', '/api/usaha/dasbor.pdf?region=3301')).statusCode).toBe(
        404,
      );
    });
  });

  it('lists its paths in the OpenAPI document', async () => {
    const doc = (await publicClient.request('GET', '/api/docs/json')).json() as {
      paths: Record<string, unknown>;
    };
    for (const path of [
      '/api/usaha/badan-usaha/{eid}/laporan',
      '/api/usaha/badan-usaha/{eid}/laporan/{period}',
      '/api/usaha/badan-usaha/{eid}/laporan/templat.xlsx',
      '/api/usaha/badan-usaha/{eid}/laporan/impor',
      '/api/usaha/dasbor',
      '/api/usaha/dasbor.xlsx',
      '/api/usaha/dasbor.pdf',
    ])
      expect(doc.paths[path], path).toBeDefined();
  });
});
