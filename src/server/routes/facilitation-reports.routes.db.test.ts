import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageView, MonthlyReportView } from '../../contracts/facilitation.contract.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { CONTENT_TYPES } from '../../services/export/table-export.ts';
import { pdfText } from '../../services/export/testing.ts';
import {
  type FixtureFacilitator,
  facilitatorWithAccount,
  insertAssignment,
  insertEntries,
  insertEvidence,
  insertKawasan,
} from '../../services/facilitation/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, signIn } from '../testing.ts';

const TAMBAKREJA = '3301012001';
const CIKLAPA = '3301012003';

describeEachEngine('facilitation report routes', (ctx) => {
  let app: App;
  let sri: FixtureFacilitator;
  let budi: FixtureFacilitator;
  let asSri: Client;
  let asBudi: Client;
  let asOther: Client;
  let kabupaten: Client;
  let kabupatenElsewhere: Client;
  let province: Client;
  let kawasanId: string;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test' });
    budi = await facilitatorWithAccount(ctx.db, 'budi-pd', '330101', { name: 'Budi Santoso', type: 'pd' });
    sri = await facilitatorWithAccount(ctx.db, 'sri-pld', '330101', {
      name: 'Sri Wahyuni',
      type: 'pld',
      supervisorId: budi.facilitatorId,
      nikLast4: '1234',
    });
    const other = await facilitatorWithAccount(ctx.db, 'ani-pld', '330101', {
      name: 'Ani Lestari',
      type: 'pld',
    });
    kawasanId = await insertKawasan(ctx.db, {
      name: 'Kawasan Agropolitan Kedungreja',
      members: [TAMBAKREJA, CIKLAPA],
    });
    await insertAssignment(ctx.db, {
      facilitatorId: sri.facilitatorId,
      place: { kind: 'desa', code: TAMBAKREJA },
      from: '2026-01-01',
    });
    await insertAssignment(ctx.db, {
      facilitatorId: sri.facilitatorId,
      place: { kind: 'desa', code: CIKLAPA },
      from: '2026-01-01',
      to: '2026-02-28',
    });
    const photo = await insertEvidence(ctx.db, sri.facilitatorId, {
      fileName: 'musdus-tambakreja.jpg',
      mediaType: 'image/jpeg',
      bytes: 345_678,
      content: 'foto musyawarah dusun',
    });
    const list = await insertEvidence(ctx.db, sri.facilitatorId, {
      fileName: 'daftar-hadir.pdf',
      mediaType: 'application/pdf',
      bytes: 20_480,
    });
    const sriEntry = { facilitatorId: sri.facilitatorId, place: { kind: 'desa' as const, code: TAMBAKREJA } };
    await insertEntries(ctx.db, [
      {
        ...sriEntry,
        date: '2026-03-03',
        category: 'dokumen_perencanaan',
        topic: 'Penyusunan RKPDes 2027',
        women: 7,
        men: 12,
        groups: ['pemerintah_desa', 'bpd'],
        outputs: 'Daftar 14 usulan kegiatan dari tiga dusun.',
        followUp: 'Usulan dibahas dalam musyawarah desa bulan April.',
        evidenceIds: [photo.id, list.id],
      },
      {
        ...sriEntry,
        date: '2026-03-10',
        category: 'kewirausahaan',
        topic: 'Pendampingan BUM Desa',
        women: 3,
        men: 4,
      },
      {
        ...sriEntry,
        date: '2026-03-17',
        place: { kind: 'kawasan', id: kawasanId },
        category: 'membangun_komitmen',
        topic: 'Rapat BKAD',
        women: 2,
        men: 9,
      },
      // Not counted: still under review, returned, a draft; another month; another facilitator.
      { ...sriEntry, date: '2026-03-20', state: 'diajukan', topic: 'Menunggu tinjauan', women: 50 },
      { ...sriEntry, date: '2026-03-21', state: 'dikembalikan', topic: 'Dikembalikan', women: 50 },
      { ...sriEntry, date: '2026-03-22', state: 'draf', topic: 'Draf', women: 50 },
      { ...sriEntry, date: '2026-04-01', topic: 'Bulan berikutnya', women: 50 },
      { ...sriEntry, date: '2026-02-28', topic: 'Bulan sebelumnya', women: 50 },
      {
        facilitatorId: other.facilitatorId,
        place: sriEntry.place,
        date: '2026-03-05',
        topic: 'Kegiatan Ani',
        women: 50,
      },
    ]);
    asSri = await signIn(app, sri.username, sri.password);
    asBudi = await signIn(app, budi.username, budi.password);
    asOther = await signIn(app, other.username, other.password);
    kabupaten = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    kabupatenElsewhere = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    province = await regionAccount(app, ctx.db, 'prov-jateng', 'province', '33');
  });
  afterAll(() => app.close());

  const reportUrl = (fid: string, month = '2026-03', format = '') =>
    `/api/pendampingan/pendamping/${fid}/laporan-bulanan${format}?month=${month}`;

  describe('the monthly report', () => {
    it('counts only the approved entries of the month and tells what is not counted yet', async () => {
      const res = await asSri.request('GET', reportUrl(sri.facilitatorId));
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json() as MonthlyReportView;
      expect(r.month).toBe('2026-03');
      expect(r.period).toEqual({ from: '2026-03-01', to: '2026-03-31' });
      expect(r.activityCount).toBe(3);
      expect(r.daysActive).toBe(3);
      expect(r.activeDates).toEqual(['2026-03-03', '2026-03-10', '2026-03-17']);
      expect(r.participants).toEqual({ women: 12, men: 25, total: 37, groups: ['bpd', 'pemerintah_desa'] });
      expect(r.notCounted).toEqual({ draf: 1, diajukan: 1, dikembalikan: 1 });
      expect(r.statusLine).toBe(
        '3 kegiatan disetujui pada 3 hari; 3 belum disetujui (1 diajukan, 1 dikembalikan, 1 draf).',
      );
      expect(r.activities.map((a) => a.topic)).toEqual([
        'Penyusunan RKPDes 2027',
        'Pendampingan BUM Desa',
        'Rapat BKAD',
      ]);
      expect(r.byCategory).toHaveLength(7);
      expect(r.byCategory.find((c) => c.category === 'motivasi_kelompok')!.activities).toBe(0);
      expect(r.byPlace).toEqual([
        {
          kind: 'desa',
          ref: TAMBAKREJA,
          name: 'Tambakreja, Kec. Kedungreja',
          activities: 2,
          dates: ['2026-03-03', '2026-03-10'],
        },
        {
          kind: 'kawasan',
          ref: kawasanId,
          name: 'Kawasan Agropolitan Kedungreja',
          activities: 1,
          dates: ['2026-03-17'],
        },
      ]);
      expect(r.evidence.map((e) => [e.fileName, e.mediaType, e.bytes])).toEqual([
        ['daftar-hadir.pdf', 'application/pdf', 20_480],
        ['musdus-tambakreja.jpg', 'image/jpeg', 345_678],
      ]);
      expect(r.evidence[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.evidenceBytes).toBe(366_158);
      expect(r.outputs.map((o) => o.text)).toEqual(['Daftar 14 usulan kegiatan dari tiga dusun.']);
      expect(r.facilitator).toMatchObject({
        id: sri.facilitatorId,
        username: 'sri-pld',
        name: 'Sri Wahyuni',
        typeLabel: 'Pendamping Lokal Desa (PLD)',
        nikMasked: '************1234',
        homeRegion: { code: '330101', name: 'Kedungreja' },
        supervisor: { id: budi.facilitatorId, name: 'Budi Santoso', typeLabel: 'Pendamping Desa (PD)' },
        canManage: false,
      });
    });

    it('is read by the supervisor and the administrators of the home region, and no one else (404)', async () => {
      for (const client of [asBudi, kabupaten, province]) {
        const res = await client.request('GET', reportUrl(sri.facilitatorId));
        expect(res.statusCode, res.body).toBe(200);
        expect((res.json() as MonthlyReportView).activityCount).toBe(3);
      }
      expect(
        ((await kabupaten.request('GET', reportUrl(sri.facilitatorId))).json() as MonthlyReportView)
          .facilitator.canManage,
      ).toBe(true);
      for (const client of [asOther, kabupatenElsewhere]) {
        for (const format of ['', '.pdf', '.xlsx']) {
          const res = await client.request('GET', reportUrl(sri.facilitatorId, '2026-03', format));
          expect(res.statusCode, `${format} ${res.body}`).toBe(404);
          expect(res.json().detail).toBe('Pendamping tidak ditemukan.');
        }
      }
      // The supervisor's own report is not open to the facilitator they supervise.
      expect((await asSri.request('GET', reportUrl(budi.facilitatorId))).statusCode).toBe(404);
      expect((await anonymous(app).request('GET', reportUrl(sri.facilitatorId))).statusCode).toBe(401);
      expect(
        (await kabupaten.request('GET', reportUrl('00000000-0000-4000-8000-000000000000'))).statusCode,
      ).toBe(404);
    });

    it('refuses a month not written YYYY-MM with the Indonesian message', async () => {
      for (const month of ['2026-13', '2026-3', 'maret']) {
        const res = await asSri.request('GET', reportUrl(sri.facilitatorId, month));
        expect(res.statusCode).toBe(400);
        expect(res.json().errors).toEqual([
          { field: 'month', message: 'Bulan harus berbentuk TTTT-BB, misalnya 2026-03.' },
        ]);
      }
      const pdf = await asSri.request('GET', reportUrl(sri.facilitatorId, '2026-00', '.pdf'));
      expect(pdf.statusCode).toBe(400);
      const missing = await asSri.request(
        'GET',
        `/api/pendampingan/pendamping/${sri.facilitatorId}/laporan-bulanan`,
      );
      expect(missing.statusCode).toBe(400);
      expect(missing.json().errors[0].field).toBe('month');
    });

    it('downloads as a PDF to hand in', async () => {
      const res = await asBudi.request('GET', reportUrl(sri.facilitatorId, '2026-03', '.pdf'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="laporan-bulanan-sri-wahyuni-2026-03.pdf"',
      );
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      const text = pdfText(res.rawPayload);
      for (const line of [
        'LAPORAN BULANAN PENDAMPING',
        'Bulan Maret 2026',
        'Sri Wahyuni',
        'Pendamping Lokal Desa (PLD)',
        'Kedungreja (33.01.01)',
        'Status laporan: 3 kegiatan disetujui pada 3 hari; 3 belum disetujui (1 diajukan, 1 dikembalikan, 1 draf).',
        'Tambakreja, Kec. Kedungreja',
        'Penyusunan RKPDes 2027',
        'musdus-tambakreja.jpg',
        '( Budi Santoso )',
        '( Sri Wahyuni )',
      ])
        expect(text).toContain(line);
      expect(text).not.toContain('Menunggu tinjauan');
      expect(text).not.toContain('Kegiatan Ani');
    });

    it('downloads as an XLSX workbook with the counts as numbers', async () => {
      const res = await kabupaten.request('GET', reportUrl(sri.facilitatorId, '2026-03', '.xlsx'));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(CONTENT_TYPES.xlsx);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="laporan-bulanan-sri-wahyuni-2026-03.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Ringkasan',
        'Kegiatan',
        'Per desa',
        'Keluaran dan tindak lanjut',
        'Bukti',
      ]);
      const summary = new Map<unknown, unknown>();
      workbook.getWorksheet('Ringkasan')!.eachRow((row) => {
        summary.set(row.getCell(1).value, row.getCell(2).value);
      });
      expect(summary.get('Kegiatan disetujui')).toBe(3);
      expect(summary.get('Peserta perempuan')).toBe(12);
      expect(summary.get('Belum disetujui: draf')).toBe(1);
      expect(workbook.getWorksheet('Kegiatan')!.rowCount).toBe(4);
      expect(workbook.getWorksheet('Bukti')!.getRow(3).getCell(5).value).toBe(345_678);
    });

    it('is empty but complete for a month without entries', async () => {
      const r = (
        await asSri.request('GET', reportUrl(sri.facilitatorId, '2025-12'))
      ).json() as MonthlyReportView;
      expect(r.activityCount).toBe(0);
      expect(r.byCategory.every((c) => c.activities === 0)).toBe(true);
      expect(r.statusLine).toBe('0 kegiatan disetujui pada 0 hari.');
    });
  });

  it('documents the report and coverage routes in the OpenAPI document', async () => {
    const spec = (await anonymous(app).request('GET', '/api/docs/json')).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/pendampingan/pendamping/{fid}/laporan-bulanan',
        '/api/pendampingan/pendamping/{fid}/laporan-bulanan.pdf',
        '/api/pendampingan/pendamping/{fid}/laporan-bulanan.xlsx',
        '/api/pendampingan/cakupan',
      ]),
    );
    expect(spec.paths['/api/pendampingan/cakupan'].get.tags).toEqual(['pendampingan']);
  });

  describe('coverage', () => {
    const coverageUrl = (query: string) => `/api/pendampingan/cakupan?${query}`;

    it('shows a kabupaten administrator the desa of their kabupaten, approved visits only', async () => {
      const res = await kabupaten.request('GET', coverageUrl('asOf=2026-03-31'));
      expect(res.statusCode, res.body).toBe(200);
      const c = res.json() as CoverageView;
      expect(c.scope).toEqual({ kind: 'region', ref: '3301', name: 'Kabupaten Cilacap' });
      expect(c.desaCount).toBe(11);
      const tambakreja = c.desa.find((d) => d.code === TAMBAKREJA)!;
      // Approved visits: 03-03, 03-10, 04-01 is after the as-of date, 02-28 and Ani's 03-05.
      expect(tambakreja).toEqual({
        code: TAMBAKREJA,
        name: 'Tambakreja',
        district: 'Kedungreja',
        lastVisit: '2026-03-10',
        daysSinceLastVisit: 21,
        visits90: 4,
      });
      expect(c.noActivity).toEqual({ '30': 10, '60': 10, '90': 10 });
      expect(c.desa[c.desa.length - 1]!.code).toBe(TAMBAKREJA);
      expect(c.byKawasan).toEqual([
        {
          kawasanId,
          name: 'Kawasan Agropolitan Kedungreja',
          total: 5,
          byCategory: {
            dokumen_perencanaan: 1,
            tata_kelola_kelembagaan: 0,
            motivasi_kelompok: 2,
            membangun_komitmen: 1,
            pengembangan_kompetensi: 0,
            kewirausahaan: 1,
            penguatan_kelembagaan: 0,
          },
        },
      ]);
      const sriLoad = c.workload.find((w) => w.facilitatorId === sri.facilitatorId)!;
      expect(sriLoad).toEqual({
        facilitatorId: sri.facilitatorId,
        name: 'Sri Wahyuni',
        typeLabel: 'Pendamping Lokal Desa (PLD)',
        entries: 4,
        daysActive: 4,
        desaCovered: 1,
        kawasanCovered: 1,
        awaitingReview: 1,
        desaAssigned: 1,
      });
      expect(c.workload.map((w) => w.name)).toEqual(['Ani Lestari', 'Budi Santoso', 'Sri Wahyuni']);
    });

    it('answers a kawasan by id, 404 outside the reader’s scope, 400 without a region to choose', async () => {
      const k = await asSri.request('GET', coverageUrl(`kawasanId=${kawasanId}&asOf=2026-03-31`));
      expect(k.statusCode, k.body).toBe(200);
      expect((k.json() as CoverageView).desa.map((d) => d.code)).toEqual([CIKLAPA, TAMBAKREJA]);
      expect((await kabupatenElsewhere.request('GET', coverageUrl('region=3301'))).statusCode).toBe(404);
      expect(
        (await kabupatenElsewhere.request('GET', coverageUrl(`kawasanId=${kawasanId}`))).statusCode,
      ).toBe(404);
      const semarang = (
        await kabupatenElsewhere.request('GET', coverageUrl('asOf=2026-03-31'))
      ).json() as CoverageView;
      expect(semarang.desaCount).toBe(0); // Kota Semarang: kelurahan only
      const nasional = await createTestAccount(ctx.db, 'nasional', [{ role: 'national' }]);
      const national = await signIn(app, nasional.username, nasional.password);
      const unchosen = await national.request('GET', coverageUrl('asOf=2026-03-31'));
      expect(unchosen.statusCode).toBe(400);
      expect(unchosen.json().errors).toEqual([
        {
          field: 'region',
          message:
            'Pilih provinsi, kabupaten/kota, kecamatan atau kawasan untuk melihat cakupan pendampingan.',
        },
      ]);
      expect(
        ((await national.request('GET', coverageUrl('region=33.01'))).json() as CoverageView).desaCount,
      ).toBe(11);
      const bad = await kabupaten.request('GET', coverageUrl('region=33.1'));
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('region');
      expect((await kabupaten.request('GET', coverageUrl('asOf=2026-02-30'))).statusCode).toBe(400);
      expect((await anonymous(app).request('GET', coverageUrl('region=3301'))).statusCode).toBe(401);
    });
  });
});
