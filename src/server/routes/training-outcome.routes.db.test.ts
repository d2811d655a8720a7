import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CertificateList,
  CertificateView,
  DashboardView,
  FollowUpRecordView,
  FollowUpSheet,
  IssueResult,
  NeedsView,
  VerificationView,
} from '../../contracts/training-outcome.contract.ts';
import { auditLog, trainingCertificate } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Aspect } from '../../domain/training/aspects.ts';
import { certificateCodeFromBytes, parseCertificateCode } from '../../domain/training/certificate.ts';
import { followUpOutcomes, peopleTrained, trainedManagerShare } from '../../domain/training/dashboard.ts';
import { type IndicatorState, judgeTraining } from '../../domain/training/follow-up.ts';
import {
  computeGains,
  floorDecimal,
  pooledMeanOfGains,
  summariseAspect,
} from '../../domain/training/gain.ts';
import { suggestTrainingNeeds } from '../../domain/training/training-needs.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { insertEnterprise } from '../../services/enterprise/testing.ts';
import { pdfText } from '../../services/export/testing.ts';
import { facilitatorWithAccount, insertEntries, insertKawasan } from '../../services/facilitation/testing.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { createCertificateService } from '../../services/training/certificate.service.ts';
import { insertProvider, insertRegistration, providerAccount } from '../../services/training/testing.ts';
import {
  attendAll,
  completedParticipation,
  insertCertificate,
  insertFollowUp,
  insertIndicatorScores,
  insertRun,
  insertScores,
  markAttendance,
  participationRows,
  registerParticipant,
} from '../../services/training/testing-outcome.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, signIn } from '../testing.ts';

/** 10:00 on 1 December 2026 in Jakarta. */
const NOW = new Date('2026-12-01T03:00:00Z');
const TODAY = '2026-12-01';

// Kedungreja, Kabupaten Cilacap (33.01.01), and a desa of Kota Semarang.
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const CIKLAPA = '3301012003';
const KEDUNGREJA = '3301012004';
const MIROTO = '3374011001';

const REJAMULYA = '3301012006';

/** BUM Desa of Tambakreja (Siti manages it), BUM Desa Bersama of Ciklapa and Kedungreja (Budi), BUM Desa of Rejamulya (nobody trained). */
let ENTERPRISE_1: string;
let ENTERPRISE_2: string;
let ENTERPRISE_3: string;

const DAYS = ['2026-05-12', '2026-05-13', '2026-05-14'];

/** What Siti's follow-up states (recorded through the route) and Budi's. */
const SITI_INDICATORS: { indicatorId: string; state: IndicatorState }[] = [
  { indicatorId: 'menerapkan_materi', state: 'tercapai' },
  { indicatorId: 'unit_usaha_dimulai', state: 'tercapai' },
];
const BUDI_INDICATORS: { indicatorId: string; state: IndicatorState }[] = [
  { indicatorId: 'menerapkan_materi', state: 'belum' },
  { indicatorId: 'pembukuan_rutin', state: 'sebagian' },
  { indicatorId: 'unit_usaha_dimulai', state: 'belum' },
];

describeEachEngine('pelatihan outcome routes', (ctx) => {
  let app: App;
  let providerId: string;
  let otherProviderId: string;
  let kawasanId: string;
  let asProvider: Client;
  let asOtherProvider: Client;
  let asKabupaten: Client;
  let asKabupatenElsewhere: Client;
  let asFacilitator: Client;
  let asFacilitatorElsewhere: Client;
  let asKawasanManager: Client;
  let asVillage: Client;
  let asOtherVillage: Client;
  let publicClient: Client;
  /** The finished run: S1 of the BUM Desa programme (tests pengetahuan, sikap, keterampilan; post-test required). */
  let s1: { programmeId: string; sessionId: string };
  /** A running session of the same provider. */
  let running: { programmeId: string; sessionId: string };
  /** Siti (completed, all scores), Budi (completed, no post-test of sikap), Ani (2 of 3 days), Dewi (waiting). */
  let siti: { participantId: string; registrationId: string };
  let budi: { participantId: string; registrationId: string };
  let ani: { participantId: string; registrationId: string };
  let dewi: { participantId: string; registrationId: string };
  let runningRegistration: string;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    app = await buildApp({ db: ctx.db, version: 'test', now: () => NOW });
    providerId = await insertProvider(ctx.db, { seatRegionCode: '3301', name: 'BPPMDDTT Uji Cilacap' });
    otherProviderId = await insertProvider(ctx.db, { seatRegionCode: '3374', name: 'Universitas Uji' });
    kawasanId = await insertKawasan(ctx.db, {
      name: 'Kawasan Agropolitan Kedungreja',
      members: [TAMBAKREJA, BUMIREJA],
    });
    ENTERPRISE_1 = await insertEnterprise(ctx.db, {
      name: 'BUM Desa Maju Tambakreja',
      founders: [TAMBAKREJA],
    });
    ENTERPRISE_2 = await insertEnterprise(ctx.db, {
      kind: 'bumdesma',
      name: 'BUM Desa Bersama Ciklapa Kedungreja',
      founders: [CIKLAPA, KEDUNGREJA],
    });
    ENTERPRISE_3 = await insertEnterprise(ctx.db, { name: 'BUM Desa Rejamulya', founders: [REJAMULYA] });
    // A cooperative is not a BUM Desa: it is not counted in the share.
    await insertEnterprise(ctx.db, { kind: 'koperasi', name: 'Koperasi Tambakreja', founders: [TAMBAKREJA] });
    const place = { mode: 'luring' as const, name: 'Aula Kecamatan Kedungreja', regionCode: '330101' };
    s1 = await insertRun(ctx.db, providerId, {
      session: { place, desaCodes: [TAMBAKREJA, CIKLAPA], kawasanIds: [kawasanId] },
    });
    running = await insertRun(ctx.db, providerId, {
      state: 'berjalan',
      session: { place, desaCodes: [TAMBAKREJA], kawasanIds: [] },
    });
    siti = await insertRegistration(ctx.db, s1.sessionId, {
      seq: 1,
      participant: { name: 'Siti Aminah', desaCode: TAMBAKREJA, enterpriseId: ENTERPRISE_1 },
    });
    budi = await insertRegistration(ctx.db, s1.sessionId, {
      seq: 2,
      participant: {
        name: 'Budi Santoso',
        gender: 'laki_laki',
        desaCode: CIKLAPA,
        enterpriseId: ENTERPRISE_2,
      },
    });
    ani = await insertRegistration(ctx.db, s1.sessionId, {
      seq: 3,
      participant: { name: 'Ani Lestari', desaCode: BUMIREJA, role: 'warga', enterpriseId: null },
    });
    dewi = await insertRegistration(ctx.db, s1.sessionId, {
      status: 'daftar_tunggu',
      seq: 4,
      participant: { name: 'Dewi Sartika', desaCode: TAMBAKREJA, role: 'warga', enterpriseId: null },
    });
    await markAttendance(ctx.db, siti.registrationId, DAYS);
    await markAttendance(ctx.db, budi.registrationId, DAYS);
    await markAttendance(ctx.db, ani.registrationId, DAYS.slice(0, 2));
    await markAttendance(ctx.db, ani.registrationId, DAYS.slice(2), false);
    await insertScores(ctx.db, siti.registrationId, {
      pengetahuan: ['40.00', '70.00'],
      sikap: ['60.00', '80.00'],
      keterampilan: ['50.00', '90.00'],
    });
    await insertScores(ctx.db, budi.registrationId, {
      pengetahuan: ['55.50', '70.00'],
      sikap: ['70.00', null],
      keterampilan: ['30.00', '65.00'],
    });
    await insertScores(ctx.db, ani.registrationId, { pengetahuan: ['20.00', '90.00'] });
    runningRegistration = (
      await insertRegistration(ctx.db, running.sessionId, { participant: { desaCode: TAMBAKREJA } })
    ).registrationId;
    await markAttendance(ctx.db, runningRegistration, DAYS);

    const own = await providerAccount(ctx.db, 'penyelenggara-cilacap', providerId);
    asProvider = await signIn(app, own.username, own.password);
    const other = await providerAccount(ctx.db, 'penyelenggara-lain', otherProviderId);
    asOtherProvider = await signIn(app, other.username, other.password);
    asKabupaten = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    asKabupatenElsewhere = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    const pld = await facilitatorWithAccount(ctx.db, 'pld-kedungreja', '330101');
    asFacilitator = await signIn(app, pld.username, pld.password);
    const pldElsewhere = await facilitatorWithAccount(ctx.db, 'pld-semarang', '337401');
    asFacilitatorElsewhere = await signIn(app, pldElsewhere.username, pldElsewhere.password);
    const manager = await createTestAccount(ctx.db, 'bkad-kedungreja', [
      { role: 'kawasan_manager', scope: { kind: 'kawasan', id: kawasanId } },
    ]);
    asKawasanManager = await signIn(app, manager.username, manager.password);
    asVillage = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    asOtherVillage = await regionAccount(app, ctx.db, 'operator-miroto', 'village', MIROTO);
    publicClient = anonymous(app);
  });
  afterAll(() => app.close());

  const auditOf = (resourceType: string, resourceId: string) =>
    ctx.db.orm
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.resourceType, resourceType), eq(auditLog.resourceId, resourceId)));

  const followUpUrl = (sid: string, rid: string) =>
    `/api/pelatihan/angkatan/${sid}/peserta/${rid}/tindak-lanjut`;
  const record = (overrides: Record<string, unknown> = {}) => ({
    recordedOn: '2026-09-01',
    method: 'kunjungan',
    reached: true,
    indicators: SITI_INDICATORS,
    note: 'Unit usaha simpan pinjam sudah berjalan sejak Agustus.',
    ...overrides,
  });

  describe('follow-up', () => {
    it('lists every registered participant with the due date, the status and the indicators of the role', async () => {
      const res = await asProvider.request('GET', `/api/pelatihan/angkatan/${s1.sessionId}/tindak-lanjut`);
      expect(res.statusCode, res.body).toBe(200);
      const sheet = res.json() as FollowUpSheet;
      expect(sheet.today).toBe(TODAY);
      // 14 May + 3 months.
      expect(sheet.dueDate).toBe('2026-08-14');
      expect(sheet.session).toMatchObject({ state: 'selesai', providerName: 'BPPMDDTT Uji Cilacap' });
      // The waiting list is not followed up.
      expect(sheet.participants.map((p) => p.name)).toEqual(['Siti Aminah', 'Budi Santoso', 'Ani Lestari']);
      const [s, , a] = sheet.participants;
      // Due on 14 August and nothing recorded 60 days later: late.
      expect(s).toMatchObject({
        completed: true,
        status: 'terlambat',
        statusLabel: 'Terlambat',
        canRecord: true,
      });
      expect(s!.desaName).toBe('Tambakreja');
      expect(s!.indicators.map((i) => i.indicatorId)).toEqual([
        'menerapkan_materi',
        'berbagi_ke_warga',
        'pembukuan_rutin',
        'menyusun_dokumen',
        'unit_usaha_dimulai',
        'pendapatan_usaha_naik',
      ]);
      expect(a).toMatchObject({
        completed: false,
        status: null,
        canRecord: false,
        attendedPercentText: '66.6',
      });
      expect(sheet.counts).toMatchObject({ registered: 3, completers: 2 });
      expect(sheet.counts.byStatus.terlambat).toBe(2);
      // Nobody reached yet: not enough data to judge.
      expect(sheet.judgement?.verdict).toBe('data_belum_cukup');
      expect(sheet.judgement?.coverage).toEqual({ count: 0, of: 2, percentText: '0.0' });
    });

    it('records a follow-up of a facilitator of the desa, with an audit row on the registration', async () => {
      const res = await asFacilitator.request(
        'POST',
        followUpUrl(s1.sessionId, siti.registrationId),
        record(),
      );
      expect(res.statusCode, res.body).toBe(201);
      const view = res.json() as FollowUpRecordView;
      expect(view).toMatchObject({
        registrationId: siti.registrationId,
        recordedOn: '2026-09-01',
        reached: true,
      });
      expect(view.methodLabel).toBe('Kunjungan lapangan');
      expect(view.recordedBy).toBe('Uji pld-kedungreja');
      const audit = await auditOf('training_registration', siti.registrationId);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'training.follow_up.record', regionCode: TAMBAKREJA });
    });

    it('applies the domain rules: due date, today, completion, reached, role', async () => {
      const cases: [string, string, Record<string, unknown>, string, string][] = [
        [
          'before it is due',
          siti.registrationId,
          record({ recordedOn: '2026-08-01' }),
          'recordedOn',
          'Tindak lanjut baru dapat dicatat mulai 2026-08-14 (3 bulan setelah pelatihan berakhir)',
        ],
        [
          'after today',
          siti.registrationId,
          record({ recordedOn: '2026-12-02' }),
          'recordedOn',
          'tidak boleh setelah hari ini',
        ],
        [
          'not completed',
          ani.registrationId,
          record({ indicators: [{ indicatorId: 'menerapkan_materi', state: 'belum' }] }),
          'registrationId',
          'hanya dicatat untuk peserta yang menyelesaikan pelatihan',
        ],
        [
          'not reached with indicators',
          budi.registrationId,
          record({ reached: false }),
          'indicators',
          'jangan isi indikator',
        ],
        [
          'an indicator of another role',
          budi.registrationId,
          record({ indicators: [{ indicatorId: 'memfasilitasi_warga', state: 'tercapai' }] }),
          'indicators[0].indicatorId',
          'tidak berlaku untuk peran peserta ini',
        ],
      ];
      for (const [name, rid, body, field, message] of cases) {
        const res = await asProvider.request('POST', followUpUrl(s1.sessionId, rid), body);
        expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
        const problem = res.json() as { errors: { field: string; message: string }[] };
        expect(problem.errors.find((e) => e.field === field)?.message, name).toContain(message);
      }
      // A session still running records no follow-up.
      const runningRes = await asProvider.request(
        'POST',
        followUpUrl(running.sessionId, runningRegistration),
        record(),
      );
      expect(runningRes.statusCode).toBe(400);
      expect(runningRes.body).toContain(
        'Pencatatan tindak lanjut tidak dapat dilakukan untuk pelatihan berstatus Berjalan',
      );
    });

    it('is refused to whoever may not record it: 403 when they see the session, 404 otherwise', async () => {
      const url = followUpUrl(s1.sessionId, budi.registrationId);
      expect((await asKabupaten.request('POST', url, record())).statusCode).toBe(403);
      expect((await asKawasanManager.request('POST', url, record())).statusCode).toBe(403);
      expect((await asOtherProvider.request('POST', url, record())).statusCode).toBe(404);
      expect((await asFacilitatorElsewhere.request('POST', url, record())).statusCode).toBe(404);
      expect((await publicClient.request('POST', url, record())).statusCode).toBe(401);
      // A registration of another session.
      const other = await asProvider.request(
        'POST',
        followUpUrl(s1.sessionId, runningRegistration),
        record(),
      );
      expect(other.statusCode).toBe(404);
      expect(await auditOf('training_registration', budi.registrationId)).toHaveLength(0);
    });

    it('judges the session as the domain does, with level 2 from the stored scores', async () => {
      const budiRes = await asProvider.request(
        'POST',
        followUpUrl(s1.sessionId, budi.registrationId),
        record({ recordedOn: '2026-10-01', indicators: BUDI_INDICATORS }),
      );
      expect(budiRes.statusCode, budiRes.body).toBe(201);
      const sheet = (
        await asProvider.request('GET', `/api/pelatihan/angkatan/${s1.sessionId}/tindak-lanjut`)
      ).json() as FollowUpSheet;
      const tested: Aspect[] = ['pengetahuan', 'sikap', 'keterampilan'];
      const gains = computeGains(
        [
          {
            participantId: 's',
            pre: { pengetahuan: '40', sikap: '60', keterampilan: '50' },
            post: { pengetahuan: '70', sikap: '80', keterampilan: '90' },
          },
          {
            participantId: 'b',
            pre: { pengetahuan: '55.5', sikap: '70', keterampilan: '30' },
            post: { pengetahuan: '70', sikap: null, keterampilan: '65' },
          },
        ],
        tested,
      );
      if (!gains.ok) throw new Error('fixture scores');
      const expected = judgeTraining({
        dueDate: '2026-08-14',
        today: TODAY,
        completers: 2,
        followUps: [
          { reached: true, indicators: SITI_INDICATORS },
          { reached: true, indicators: BUDI_INDICATORS },
        ],
        learning: pooledMeanOfGains(gains.participants, tested),
      });
      expect(expected.verdict).toBe('berdampak');
      expect(sheet.judgement).toMatchObject({
        verdict: expected.verdict,
        label: expected.label,
        coverage: { count: 2, of: 2, percentText: '100.0' },
        applied: { count: 1, of: 2, percentText: '50.0' },
        results: { count: 1, of: 2, percentText: '50.0' },
        notes: expected.notes,
      });
      expect(sheet.judgement!.learning).toMatchObject({
        n: expected.learning!.n,
        category: expected.learning!.category,
        value: floorDecimal(expected.learning!.value, 4),
      });
      const s = sheet.participants.find((p) => p.registrationId === siti.registrationId)!;
      expect(s.status).toBe('tercatat');
      expect(s.indicators.find((i) => i.indicatorId === 'unit_usaha_dimulai')).toMatchObject({
        lastState: 'tercapai',
        lastRecordedOn: '2026-09-01',
      });
      expect(s.records).toHaveLength(1);
    });

    it('shows participants only to those who may read them or record their follow-up', async () => {
      const url = `/api/pelatihan/angkatan/${s1.sessionId}/tindak-lanjut`;
      const managed = (await asKawasanManager.request('GET', url)).json() as FollowUpSheet;
      expect(managed.participants).toEqual([]);
      expect(managed.hiddenParticipants).toBe(3);
      expect(managed.judgement?.verdict).toBe('berdampak');
      const kab = (await asKabupaten.request('GET', url)).json() as FollowUpSheet;
      expect(kab.participants).toHaveLength(3);
      expect(kab.participants.every((p) => !p.canRecord)).toBe(true);
      const pld = (await asFacilitator.request('GET', url)).json() as FollowUpSheet;
      expect(pld.participants.filter((p) => p.canRecord).map((p) => p.name)).toEqual([
        'Siti Aminah',
        'Budi Santoso',
      ]);
      expect((await asOtherProvider.request('GET', url)).statusCode).toBe(404);
      expect((await asKabupatenElsewhere.request('GET', url)).statusCode).toBe(404);
      expect((await publicClient.request('GET', url)).statusCode).toBe(401);
    });
  });

  describe('certificates', () => {
    const issueUrl = (sid: string) => `/api/pelatihan/angkatan/${sid}/sertifikat`;

    it('issues to the eligible participants and lists the others with every reason', async () => {
      const res = await asProvider.request('POST', issueUrl(s1.sessionId), {});
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json() as IssueResult;
      expect(result.issued.map((c) => c.nameAsPrinted)).toEqual(['Siti Aminah']);
      const issued = result.issued[0]!;
      expect(parseCertificateCode(issued.code)).toEqual({ ok: true, code: issued.code });
      expect(issued).toMatchObject({
        registrationId: siti.registrationId,
        programmeTitle: 'Pelatihan Pengelolaan BUM Desa',
        providerName: 'BPPMDDTT Uji Cilacap',
        sessionLabel: 'Angkatan I',
        startDate: '2026-05-12',
        endDate: '2026-05-14',
        hours: 24,
        issuedOn: TODAY,
        status: 'berlaku',
        pdfPath: `/api/pelatihan/sertifikat/${issued.id}.pdf`,
        verificationPath: `/verifikasi/${issued.code}`,
      });
      expect(result.ineligible.map((i) => [i.name, i.reasons.map((r) => r.field)])).toEqual([
        ['Budi Santoso', ['postTest']],
        ['Ani Lestari', ['attendance', 'postTest']],
      ]);
      expect(result.ineligible[0]!.reasons[0]!.message).toBe('Post-test belum diikuti untuk aspek sikap.');
      expect(result.ineligible[1]!.reasons[0]!.message).toBe('Kehadiran 66.6% dari JP, di bawah batas 80%.');
      expect(result.alreadyHeld).toBe(0);
      const audit = await auditOf('training_certificate', issued.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'training.certificate.issue', regionCode: TAMBAKREJA });

      // Again: nothing new; Siti holds one.
      const again = (await asProvider.request('POST', issueUrl(s1.sessionId), {})).json() as IssueResult;
      expect(again.issued).toEqual([]);
      expect(again.alreadyHeld).toBe(1);
      const named = (
        await asProvider.request('POST', issueUrl(s1.sessionId), {
          registrationIds: [siti.registrationId, dewi.registrationId, runningRegistration],
        })
      ).json() as IssueResult;
      expect(named.issued).toEqual([]);
      expect(
        named.ineligible.find((i) => i.registrationId === siti.registrationId)!.reasons[0]!.message,
      ).toContain('sudah memiliki sertifikat yang berlaku');
      expect(
        named.ineligible.find((i) => i.registrationId === dewi.registrationId)!.reasons[0]!.message,
      ).toBe('Sertifikat hanya untuk peserta terdaftar.');
      expect(named.ineligible.find((i) => i.registrationId === runningRegistration)).toMatchObject({
        name: null,
        reasons: [{ field: 'registrationIds', message: 'Pendaftaran tidak ditemukan di angkatan ini.' }],
      });
    });

    it('issues nothing before the session is finished (409) and only for the provider', async () => {
      const res = await asProvider.request('POST', issueUrl(running.sessionId), {});
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain(
        'Penerbitan sertifikat tidak dapat dilakukan untuk pelatihan berstatus Berjalan',
      );
      expect((await asKabupaten.request('POST', issueUrl(s1.sessionId), {})).statusCode).toBe(403);
      expect((await asOtherProvider.request('POST', issueUrl(s1.sessionId), {})).statusCode).toBe(404);
      expect((await asFacilitatorElsewhere.request('POST', issueUrl(s1.sessionId), {})).statusCode).toBe(404);
      expect((await publicClient.request('POST', issueUrl(s1.sessionId), {})).statusCode).toBe(401);
    });

    it('lists certificates with names only for those who may read the participant', async () => {
      const url = issueUrl(s1.sessionId);
      const own = (await asProvider.request('GET', url)).json() as CertificateList;
      expect(own.items.map((c) => [c.nameAsPrinted, c.canManage])).toEqual([['Siti Aminah', true]]);
      expect(own).toMatchObject({ counts: { valid: 1, revoked: 0 }, hidden: 0, canIssue: true });
      const kab = (await asKabupaten.request('GET', url)).json() as CertificateList;
      expect(kab.items.map((c) => [c.nameAsPrinted, c.canManage])).toEqual([['Siti Aminah', false]]);
      expect(kab.canIssue).toBe(false);
      const managed = (await asKawasanManager.request('GET', url)).json() as CertificateList;
      expect(managed).toMatchObject({ items: [], hidden: 1, counts: { valid: 1, revoked: 0 } });
      expect((await asOtherProvider.request('GET', url)).statusCode).toBe(404);
    });

    it('prints an A4 landscape PDF with the code and the verification address of the request', async () => {
      const cert = ((await asProvider.request('GET', issueUrl(s1.sessionId))).json() as CertificateList)
        .items[0]!;
      const res = await app.inject({
        method: 'GET',
        url: cert.pdfPath!,
        headers: { host: 'kawasan.contoh.id' },
        cookies: { kawasan_session: asProvider.cookie! },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="sertifikat-siti-aminah-${cert.code}.pdf"`,
      );
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
      const text = pdfText(pdf);
      for (const line of [
        'SERTIFIKAT',
        'Siti Aminah',
        'Pelatihan Pengelolaan BUM Desa',
        'Angkatan I, 12 Mei 2026 s.d. 14 Mei 2026, 24 jam pelajaran (JP)',
        'diselenggarakan oleh BPPMDDTT Uji Cilacap',
        'Diterbitkan pada 1 Desember 2026',
        cert.code,
        `http://kawasan.contoh.id/verifikasi/${cert.code}`,
      ])
        expect(text.split('\n')).toContain(line);
      // Personal data: not for the kawasan manager nor another provider.
      expect((await asKawasanManager.request('GET', cert.pdfPath!)).statusCode).toBe(404);
      expect((await asOtherProvider.request('GET', cert.pdfPath!)).statusCode).toBe(404);
      expect((await asKabupaten.request('GET', cert.pdfPath!)).statusCode).toBe(200);
    });

    it('revokes with a public reason and an internal note, audited; a revoked one is not printed', async () => {
      const { registrationId } = await insertRegistration(ctx.db, s1.sessionId, {
        seq: 5,
        participant: { name: 'Rudi Hartono', desaCode: TAMBAKREJA, gender: 'laki_laki', enterpriseId: null },
      });
      const cert = await insertCertificate(ctx.db, registrationId, { nameAsPrinted: 'Rudi Hartono' });
      const url = `/api/pelatihan/sertifikat/${cert.id}/cabut`;
      const short = await asProvider.request('POST', url, { reason: 'kesalahan_data', note: 'salah' });
      expect(short.statusCode).toBe(400);
      expect((short.json() as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['note']);
      expect(
        (await asKabupaten.request('POST', url, { reason: 'duplikat', note: 'Sertifikat ganda peserta.' }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await asOtherProvider.request('POST', url, {
            reason: 'duplikat',
            note: 'Sertifikat ganda peserta.',
          })
        ).statusCode,
      ).toBe(404);
      const res = await asProvider.request('POST', url, {
        reason: 'kesalahan_data',
        note: 'Nama salah eja, diganti.',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json() as CertificateView).toMatchObject({
        status: 'dicabut',
        revokedOn: TODAY,
        revocationReason: 'kesalahan_data',
        revocationNote: 'Nama salah eja, diganti.',
        pdfPath: null,
      });
      const audit = await auditOf('training_certificate', cert.id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'training.certificate.revoke', regionCode: TAMBAKREJA });
      const twice = await asProvider.request('POST', url, {
        reason: 'duplikat',
        note: 'Sertifikat ganda peserta.',
      });
      expect(twice.statusCode).toBe(409);
      expect(twice.body).toContain(`Sertifikat ini sudah dicabut pada ${TODAY}`);
      expect((await asProvider.request('GET', `/api/pelatihan/sertifikat/${cert.id}.pdf`)).statusCode).toBe(
        409,
      );
      // Issued again, under a new code; the revoked one still verifies as revoked.
      await markAttendance(ctx.db, registrationId, DAYS);
      await insertScores(ctx.db, registrationId, {
        pengetahuan: ['50.00', '60.00'],
        sikap: ['50.00', '60.00'],
        keterampilan: ['50.00', '60.00'],
      });
      const reissue = (
        await asProvider.request('POST', issueUrl(s1.sessionId), { registrationIds: [registrationId] })
      ).json() as IssueResult;
      expect(reissue.ineligible).toEqual([]);
      expect(reissue.issued).toHaveLength(1);
      expect(reissue.issued[0]!.code).not.toBe(cert.code);
      expect(reissue.issued[0]!.status).toBe('berlaku');
      const old = (await app.inject(`/api/public/sertifikat/${cert.code}`)).json() as { outcome: string };
      expect(old.outcome).toBe('revoked');
      const again = (
        await asProvider.request('POST', issueUrl(s1.sessionId), { registrationIds: [registrationId] })
      ).json() as IssueResult;
      expect(again.issued).toEqual([]);
      expect(again.ineligible[0]!.reasons).not.toEqual([]);
    });

    it('draws a new code when the first one is taken', async () => {
      const run = await completedParticipation(ctx.db, {
        seatRegionCode: '3301',
        desaCode: KEDUNGREJA,
        providerId,
      });
      const taken = new Uint8Array([1, 2, 3, 4, 5]);
      const fresh = new Uint8Array([9, 8, 7, 6, 5]);
      const other = await completedParticipation(ctx.db, { seatRegionCode: '3301', desaCode: KEDUNGREJA });
      await insertCertificate(ctx.db, other.registrationId, { code: certificateCodeFromBytes(taken) });
      const draws = [taken, fresh];
      const service = createCertificateService({
        db: ctx.db,
        now: () => NOW,
        randomBytes: () => draws.shift()!,
      });
      const result = await service.issue({ kind: 'system', label: 'uji' }, run.sessionId, {});
      expect(result.issued.map((c) => c.code)).toEqual([certificateCodeFromBytes(fresh)]);
      expect(draws).toHaveLength(0);
    });
  });

  describe('public verification', () => {
    const verify = (code: string, ip = '127.0.0.1') =>
      app.inject({
        method: 'GET',
        url: `/api/public/sertifikat/${encodeURIComponent(code)}`,
        remoteAddress: ip,
      });

    it('answers valid, revoked, unknown and malformed without signing in', async () => {
      const { registrationId } = await insertRegistration(ctx.db, s1.sessionId, {
        seq: 6,
        participant: { name: 'Wati Rahayu', desaCode: CIKLAPA, enterpriseId: null },
      });
      const valid = await insertCertificate(ctx.db, registrationId, { nameAsPrinted: 'Wati Rahayu' });
      const res = await verify(valid.code);
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      const body = res.json() as VerificationView;
      expect(body).toMatchObject({
        outcome: 'valid',
        certificate: { code: valid.code, nameAsPrinted: 'Wati Rahayu', status: 'berlaku' },
      });
      // Typed in lower case with spaces instead of dashes.
      const typed = valid.code.toLowerCase().replaceAll('-', ' ');
      expect(((await verify(typed)).json() as VerificationView).outcome).toBe('valid');

      const [revoked] = await ctx.db.orm
        .select()
        .from(trainingCertificate)
        .where(eq(trainingCertificate.revokedOn, TODAY));
      const revokedRes = await verify(revoked!.code);
      expect(revokedRes.json()).toMatchObject({
        outcome: 'revoked',
        revokedOn: TODAY,
        reason: 'kesalahan_data',
        certificate: {
          status: 'dicabut',
          revocationReason: 'Data pada sertifikat salah; sertifikat pengganti telah atau akan diterbitkan.',
        },
      });
      expect(revokedRes.body).not.toContain('salah eja');

      // A well-formed code (its check character right) that was never issued.
      const forged = certificateCodeFromBytes(new Uint8Array([0xde, 0xad, 0xbe, 0xef, 0x01]));
      expect((await verify(forged)).json()).toMatchObject({ outcome: 'unknown', code: forged });
      // One character mistyped: the check character catches it, nothing is looked up.
      const symbols = valid.code.split('');
      symbols[4] = symbols[4] === '7' ? '8' : '7';
      expect((await verify(symbols.join(''))).json()).toMatchObject({
        outcome: 'malformed',
        problem: 'check_character',
      });
      expect((await verify('KWS-12')).json()).toMatchObject({ outcome: 'malformed', problem: 'format' });
    });

    it('answers at most 60 look-ups a minute from one address', async () => {
      const code = certificateCodeFromBytes(new Uint8Array([7, 7, 7, 7, 7]));
      for (let i = 0; i < 60; i++) expect((await verify(code, '127.0.0.9')).statusCode).toBe(200);
      const limited = await verify(code, '127.0.0.9');
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await verify(code, '127.0.0.10')).statusCode).toBe(200);
    });
  });

  describe('training needs', () => {
    let entries: string[];
    let koperasiSession: string;

    beforeAll(async () => {
      const pld = await facilitatorWithAccount(ctx.db, 'pld-catatan', '330101');
      const at = (code: string) => ({ kind: 'desa' as const, code });
      entries = await insertEntries(ctx.db, [
        {
          facilitatorId: pld.facilitatorId,
          date: '2026-10-01',
          place: at(TAMBAKREJA),
          category: 'kewirausahaan',
          followUp: 'Pengurus menyusun pembukuan dan buku kas unit usaha BUM Desa.',
        },
        // Not counted: under review; older than a year.
        {
          facilitatorId: pld.facilitatorId,
          date: '2026-11-01',
          place: at(TAMBAKREJA),
          state: 'diajukan',
          followUp: 'Membentuk koperasi desa.',
        },
        {
          facilitatorId: pld.facilitatorId,
          date: '2025-06-01',
          place: at(TAMBAKREJA),
          followUp: 'Membentuk koperasi desa.',
        },
        // Another member desa of the kawasan, and the kawasan itself.
        {
          facilitatorId: pld.facilitatorId,
          date: '2026-09-15',
          place: at(BUMIREJA),
          category: 'penguatan_kelembagaan',
          followUp: 'Rapat anggota koperasi.',
        },
        {
          facilitatorId: pld.facilitatorId,
          date: '2026-09-20',
          place: { kind: 'kawasan', id: kawasanId },
          category: 'penguatan_kelembagaan',
          followUp: 'Rapat anggota koperasi antar desa.',
        },
      ]);
      await insertIndicatorScores(ctx.db, TAMBAKREJA, 2023, { IKS32_AKSES_JAMBAN: 0 });
      await insertIndicatorScores(ctx.db, TAMBAKREJA, 2024, {
        IKE09_LEMBAGA_EKONOMI: 1,
        IKS07_AKTIVITAS_POSYANDU: 4,
      });
      // A cancelled session on bookkeeping serving Tambakreja does not count as trained.
      await insertRun(ctx.db, providerId, {
        state: 'batal',
        programme: { topicId: 'pembukuan_usaha' },
        session: { desaCodes: [TAMBAKREJA], kawasanIds: [] },
      });
      // A cooperative course elsewhere with a participant from Bumireja.
      const koperasi = await insertRun(ctx.db, otherProviderId, {
        programme: { topicId: 'koperasi' },
        session: {
          desaCodes: [KEDUNGREJA],
          kawasanIds: [],
          startDate: '2026-06-01',
          endDate: '2026-06-01',
          schedule: [{ date: '2026-06-01', hours: 24, agenda: 'Koperasi' }],
        },
      });
      koperasiSession = koperasi.sessionId;
      await insertRegistration(ctx.db, koperasi.sessionId, {
        participant: {
          name: 'Joko Susilo',
          desaCode: BUMIREJA,
          role: 'pengurus_koperasi',
          gender: 'laki_laki',
          enterpriseId: null,
        },
      });
    });

    it('ranks topics for a desa from approved notes and the latest weak IDM indicators, as the domain does', async () => {
      const res = await asVillage.request('GET', `/api/pelatihan/kebutuhan?desa=${TAMBAKREJA}`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as NeedsView;
      expect(view.target).toEqual({ kind: 'desa', ref: TAMBAKREJA, name: 'Tambakreja' });
      expect(view.logWindow).toEqual({ from: '2025-12-01', to: TODAY });
      expect(view.indicatorYears).toEqual([{ desaCode: TAMBAKREJA, year: 2024 }]);
      const expected = suggestTrainingNeeds(
        { kind: 'desa', code: TAMBAKREJA, kawasanIds: [kawasanId] },
        [
          {
            entryId: entries[0]!,
            date: '2026-10-01',
            state: 'disetujui',
            desaCode: TAMBAKREJA,
            kawasanId: null,
            category: 'kewirausahaan',
            followUp: 'Pengurus menyusun pembukuan dan buku kas unit usaha BUM Desa.',
          },
        ],
        [
          {
            desaCode: TAMBAKREJA,
            year: 2024,
            scores: { IKE09_LEMBAGA_EKONOMI: 1, IKS07_AKTIVITAS_POSYANDU: 4 },
          },
        ],
        [
          {
            sessionId: s1.sessionId,
            topicId: 'tata_kelola_bumdes',
            endDate: '2026-05-14',
            desaCodes: [BUMIREJA, CIKLAPA, TAMBAKREJA],
            kawasanIds: [kawasanId],
          },
          {
            sessionId: running.sessionId,
            topicId: 'tata_kelola_bumdes',
            endDate: '2026-05-14',
            desaCodes: [TAMBAKREJA],
            kawasanIds: [],
          },
        ],
        { today: TODAY },
      );
      expect(view.suggestions.map((s) => [s.topicId, s.rank, s.points])).toEqual(
        expected.suggestions.map((s) => [s.topicId, s.rank, s.points]),
      );
      // Three topics of 2 points in one desa, in catalogue order: the note names bookkeeping and a
      // business unit ("unit usaha"); the weak economic-institution indicator points to cooperatives.
      expect(view.suggestions.map((s) => s.topicId)).toEqual([
        'pembukuan_usaha',
        'kewirausahaan',
        'koperasi',
      ]);
      expect(view.suggestions[0]!.evidence).toEqual([
        expect.objectContaining({
          kind: 'catatan_pendamping',
          entryId: entries[0],
          keywords: ['pembukuan', 'buku kas'],
          points: 2,
          categoryLabel: 'Kewirausahaan',
        }),
      ]);
      expect(view.suggestions[2]!.evidence).toEqual([
        expect.objectContaining({
          kind: 'indikator_idm',
          indicatorCode: 'IKE09_LEMBAGA_EKONOMI',
          year: 2024,
          score: 1,
          points: 2,
        }),
      ]);
      expect(view.suggestions[0]!.desa).toEqual([{ code: TAMBAKREJA, name: 'Tambakreja' }]);
      // BUM Desa management was trained there in May: set apart with the sessions.
      expect(
        view.coveredByRecentTraining.map((c) => [c.topicId, c.sessions.map((s) => s.id).sort()]),
      ).toEqual(expected.coveredByRecentTraining.map((c) => [c.topicId, c.sessionIds]));
      expect(view.coveredByRecentTraining[0]!.topicId).toBe('tata_kelola_bumdes');
      const ids = JSON.stringify(view);
      expect(ids).not.toContain(entries[1]!);
      expect(ids).not.toContain(entries[2]!);
    });

    it('for a kawasan reads its member desa and its own notes; a course for a member desa removes its evidence', async () => {
      const res = await asKawasanManager.request('GET', `/api/pelatihan/kebutuhan?kawasanId=${kawasanId}`);
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as NeedsView;
      expect(view.target).toEqual({
        kind: 'kawasan',
        ref: kawasanId,
        name: 'Kawasan Agropolitan Kedungreja',
      });
      const koperasi = view.suggestions.find((s) => s.topicId === 'koperasi')!;
      // Bumireja's note is removed (Joko from Bumireja took the cooperative course); Tambakreja's
      // weak indicator and the kawasan's own note stay.
      expect(
        koperasi.evidence.map((e) => (e.kind === 'catatan_pendamping' ? e.entryId : e.indicatorCode)).sort(),
      ).toEqual([entries[4]!, 'IKE09_LEMBAGA_EKONOMI'].sort());
      const covered = view.coveredByRecentTraining.find((c) => c.topicId === 'koperasi')!;
      expect(covered.sessions.map((s) => s.id)).toEqual([koperasiSession]);
      expect(covered.pointsRemoved).toBe(2);
      // The kawasan itself was served by the BUM Desa course: that topic is gone entirely.
      expect(view.suggestions.map((s) => s.topicId)).not.toContain('tata_kelola_bumdes');
    });

    it('is for those who read the place, its village operator and every provider (404 for others)', async () => {
      const url = `/api/pelatihan/kebutuhan?desa=${TAMBAKREJA}`;
      for (const client of [asFacilitator, asKabupaten, asOtherProvider])
        expect((await client.request('GET', url)).statusCode).toBe(200);
      expect((await asOtherVillage.request('GET', url)).statusCode).toBe(404);
      expect((await asKabupatenElsewhere.request('GET', url)).statusCode).toBe(404);
      expect((await publicClient.request('GET', url)).statusCode).toBe(401);
      expect((await asKabupaten.request('GET', '/api/pelatihan/kebutuhan?desa=3301')).statusCode).toBe(400);
      expect((await asKabupaten.request('GET', '/api/pelatihan/kebutuhan')).statusCode).toBe(400);
      expect(
        (
          await asKabupaten.request(
            'GET',
            `/api/pelatihan/kebutuhan?desa=${TAMBAKREJA}&kawasanId=${kawasanId}`,
          )
        ).statusCode,
      ).toBe(400);
    });
  });

  describe('dashboard', () => {
    beforeAll(async () => {
      // A second course of the same provider: Siti again (one person, two participations), Rina
      // from Kedungreja, and someone from Kota Semarang (outside Cilacap).
      const run = await insertRun(ctx.db, providerId, {
        programme: {
          topicId: 'pembukuan_usaha',
          targetAspects: ['pengetahuan', 'keterampilan'],
          competencies: [
            { aspect: 'pengetahuan', description: 'Menjelaskan jurnal umum dan buku besar' },
            { aspect: 'keterampilan', description: 'Menyusun laporan arus kas bulanan' },
          ],
          testedAspects: ['pengetahuan'],
        },
        session: { desaCodes: [KEDUNGREJA], kawasanIds: [] },
      });
      const again = await registerParticipant(ctx.db, run.sessionId, siti.participantId, { seq: 1 });
      await attendAll(ctx.db, run.sessionId, again);
      await insertScores(ctx.db, again, { pengetahuan: ['60.00', '85.00'] });
      const rina = await insertRegistration(ctx.db, run.sessionId, {
        seq: 2,
        participant: { name: 'Rina Wati', desaCode: KEDUNGREJA, role: 'pelaku_usaha', enterpriseId: null },
      });
      await attendAll(ctx.db, run.sessionId, rina.registrationId);
      await insertScores(ctx.db, rina.registrationId, { pengetahuan: ['100.00', '100.00'] });
      const semarang = await insertRegistration(ctx.db, run.sessionId, {
        seq: 3,
        participant: {
          name: 'Agus Salim',
          desaCode: MIROTO,
          gender: 'laki_laki',
          enterpriseId: randomUUID(),
        },
      });
      await attendAll(ctx.db, run.sessionId, semarang.registrationId);
      // An older follow-up of Siti: her latest record counts, not this one.
      await insertFollowUp(ctx.db, siti.registrationId, {
        recordedOn: '2026-08-20',
        indicators: [{ indicatorId: 'menerapkan_materi', state: 'belum' }],
        createdAt: new Date('2026-08-20T03:00:00Z'),
      });
    });

    const inCilacap = (code: string) => code.startsWith('3301');

    it('counts people trained in SQL exactly as the domain aggregates the same participations', async () => {
      const res = await asKabupaten.request('GET', '/api/pelatihan/dasbor?region=3301');
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json() as DashboardView;
      expect(view.scope).toEqual({ kind: 'region', ref: '3301', name: 'Kabupaten Cilacap' });
      const rows = await participationRows(ctx.db, inCilacap);
      const expected = peopleTrained(rows);
      // Siti (twice), Budi, Rudi, Rina and the two participants of the code-clash runs in
      // Kedungreja; not Ani (2 of 3 days), Dewi (waiting), Wati and Joko (no attendance) nor Agus
      // (Kota Semarang).
      expect(expected.people).toBe(6);
      expect(expected.participations).toBe(7);
      expect(view.people.people).toBe(expected.people);
      expect(view.people.participations).toBe(expected.participations);
      expect(Object.fromEntries(view.people.byDesa.map((d) => [d.code, d.people]))).toEqual(expected.byDesa);
      expect(Object.fromEntries(view.people.byKawasan.map((k) => [k.id, k.people]))).toEqual(
        expected.byKawasan,
      );
      expect(Object.fromEntries(view.people.byAspect.map((a) => [a.aspect, a.people]))).toEqual(
        expected.byAspect,
      );
      expect(Object.fromEntries(view.people.byTargetGroup.map((g) => [g.group, g.people]))).toEqual(
        expected.byTargetGroup,
      );
      expect(Object.fromEntries(view.people.byGender.map((g) => [g.gender, g.people]))).toEqual(
        expected.byGender,
      );
      expect(view.people.byDesa.find((d) => d.code === TAMBAKREJA)?.name).toBe('Tambakreja');
      // Siti and Rudi come from Tambakreja, a member of the kawasan.
      expect(view.people.byKawasan).toEqual([
        { id: kawasanId, name: 'Kawasan Agropolitan Kedungreja', people: 2 },
      ]);
      expect(view.sessions).toBe(4);
      // The share's denominator is the registry's BUM Desa and BUM Desa Bersama of Cilacap; Agus's
      // enterprise (Kota Semarang, not registered) and the cooperative are not among them.
      const share = trainedManagerShare([ENTERPRISE_1, ENTERPRISE_2, ENTERPRISE_3], rows);
      expect(view.bumdes).toEqual({
        enterprises: share.enterprises,
        withTrainedManager: share.withTrainedManager,
        percentText: '66.7',
        withoutTrainedManager: [
          { id: ENTERPRISE_3, name: 'BUM Desa Rejamulya', kind: 'bumdes', kindLabel: 'BUM Desa' },
        ],
        note: expect.stringContaining('menurut daftar badan usaha'),
      });
      expect([share.enterprises, share.withTrainedManager]).toEqual([3, 2]);
    });

    it('gives mean gains per aspect and follow-up outcomes by the domain', async () => {
      const view = (
        await asKabupaten.request('GET', '/api/pelatihan/dasbor?region=3301')
      ).json() as DashboardView;
      // pengetahuan: Siti twice (40→70, 60→85), Budi 55.5→70, Rudi 50→60, Rina 100→100 (not
      // computable); the code-clash runs test nothing.
      const pengetahuan = computeGains(
        [
          { participantId: 'a', pre: { pengetahuan: '40' }, post: { pengetahuan: '70' } },
          { participantId: 'b', pre: { pengetahuan: '55.5' }, post: { pengetahuan: '70' } },
          { participantId: 'c', pre: { pengetahuan: '50' }, post: { pengetahuan: '60' } },
          { participantId: 'd', pre: { pengetahuan: '60' }, post: { pengetahuan: '85' } },
          { participantId: 'e', pre: { pengetahuan: '100' }, post: { pengetahuan: '100' } },
        ],
        ['pengetahuan'],
      );
      if (!pengetahuan.ok) throw new Error('fixture');
      const summary = summariseAspect(pengetahuan.participants, 'pengetahuan');
      const row = view.gains.find((g) => g.aspect === 'pengetahuan')!;
      expect(row).toMatchObject({ participants: 5, computed: 4 });
      expect(row.meanOfGains).toMatchObject({
        value: floorDecimal(summary.meanOfGains!.value, 4),
        n: 4,
        category: summary.meanOfGains!.category,
      });
      expect(row.gainOfMeans).toMatchObject({ value: floorDecimal(summary.gainOfMeans!.value, 4), n: 5 });
      // sikap: only the BUM Desa course tests it; Budi took no post-test.
      expect(view.gains.find((g) => g.aspect === 'sikap')).toMatchObject({ participants: 3, computed: 2 });
      expect(view.gains.map((g) => g.aspect)).toEqual(['pengetahuan', 'sikap', 'keterampilan']);
      // Siti's latest record (not her older one), and Budi's.
      const expected = followUpOutcomes([
        { reached: true, indicators: SITI_INDICATORS },
        { reached: true, indicators: BUDI_INDICATORS },
      ]);
      expect(view.followUps.map((f) => ({ indicatorId: f.indicatorId, counts: f.counts }))).toEqual(expected);
      expect(view.followUps[0]).toMatchObject({
        indicatorId: 'menerapkan_materi',
        level: 'L3',
        counts: { tercapai: 1, belum: 1 },
      });
    });

    it('covers a kawasan for its manager, and a kecamatan for its facilitator', async () => {
      const kawasan = await asKawasanManager.request('GET', `/api/pelatihan/dasbor?kawasanId=${kawasanId}`);
      expect(kawasan.statusCode, kawasan.body).toBe(200);
      const view = kawasan.json() as DashboardView;
      const expected = peopleTrained(
        await participationRows(ctx.db, (c) => [TAMBAKREJA, BUMIREJA].includes(c), kawasanId),
      );
      expect(view.people.people).toBe(expected.people);
      expect(Object.fromEntries(view.people.byDesa.map((d) => [d.code, d.people]))).toEqual(expected.byDesa);
      // Siti and Rudi (Tambakreja); Ani and Joko of Bumireja did not complete.
      expect(view.people.byKawasan).toEqual([
        { id: kawasanId, name: 'Kawasan Agropolitan Kedungreja', people: 2 },
      ]);
      // The kawasan's BUM Desa: Tambakreja's, whose manager Siti completed.
      expect(view.bumdes).toMatchObject({ enterprises: 1, withTrainedManager: 1, percentText: '100.0' });
      expect(view.bumdes.withoutTrainedManager).toEqual([]);
      const pld = await asFacilitator.request('GET', '/api/pelatihan/dasbor');
      expect(pld.statusCode, pld.body).toBe(200);
      expect((pld.json() as DashboardView).scope).toMatchObject({ kind: 'region', ref: '330101' });
    });

    it('is 404 outside the reader’s region or kawasan', async () => {
      expect(
        (await asKabupatenElsewhere.request('GET', '/api/pelatihan/dasbor?region=3301')).statusCode,
      ).toBe(404);
      expect((await asFacilitator.request('GET', '/api/pelatihan/dasbor?region=3301')).statusCode).toBe(404);
      expect(
        (await asFacilitatorElsewhere.request('GET', `/api/pelatihan/dasbor?kawasanId=${kawasanId}`))
          .statusCode,
      ).toBe(404);
      expect((await asProvider.request('GET', '/api/pelatihan/dasbor?region=3301')).statusCode).toBe(404);
      expect((await asProvider.request('GET', '/api/pelatihan/dasbor')).statusCode).toBe(400);
      expect((await publicClient.request('GET', '/api/pelatihan/dasbor?region=3301')).statusCode).toBe(401);
      expect((await asKabupaten.request('GET', '/api/pelatihan/dasbor.xlsx?region=3374')).statusCode).toBe(
        404,
      );
    });

    it('exports an XLSX workbook whose counts and gains are number cells', async () => {
      const view = (
        await asKabupaten.request('GET', '/api/pelatihan/dasbor?region=3301')
      ).json() as DashboardView;
      const res = await asKabupaten.request('GET', '/api/pelatihan/dasbor.xlsx?region=3301');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="dasbor-pelatihan-kabupaten-cilacap.xlsx"',
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Ringkasan',
        'Per desa',
        'Per kawasan',
        'Per aspek',
        'Per kelompok sasaran',
        'Per jenis kelamin',
        'Gain per aspek',
        'Tanpa pengelola terlatih',
        'Tindak lanjut',
      ]);
      const summary = new Map<unknown, unknown>();
      workbook.getWorksheet('Ringkasan')!.eachRow((row) => {
        const [k, v] = (row.values as unknown[]).slice(1);
        summary.set(k, v);
      });
      expect(summary.get('Orang terlatih (berbeda)')).toBe(view.people.people);
      expect(summary.get('BUM Desa dengan pengelola terlatih')).toBe(2);
      expect(summary.get('BUM Desa dan BUM Desa Bersama')).toBe(3);
      const without = workbook.getWorksheet('Tanpa pengelola terlatih')!.getRow(2);
      expect((without.values as unknown[]).slice(1)).toEqual([
        ENTERPRISE_3,
        'BUM Desa Rejamulya',
        'BUM Desa',
      ]);
      const desa = workbook.getWorksheet('Per desa')!;
      expect(desa.getRow(2).values).toEqual([
        undefined,
        view.people.byDesa[0]!.code,
        view.people.byDesa[0]!.name,
        view.people.byDesa[0]!.people,
      ]);
      const gains = workbook.getWorksheet('Gain per aspek')!.getRow(2);
      expect(gains.getCell(1).value).toBe('Pengetahuan');
      expect(gains.getCell(4).value).toBe(Number(view.gains[0]!.meanOfGains!.value));
      expect(typeof gains.getCell(4).value).toBe('number');
      const followUps = workbook.getWorksheet('Tindak lanjut')!.getRow(2);
      expect(followUps.getCell(3).value).toBe(view.followUps[0]!.counts.tercapai);
    });
  });

  it('lists the outcome routes in the OpenAPI document', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/json' });
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    for (const path of [
      '/api/pelatihan/angkatan/{sid}/tindak-lanjut',
      '/api/pelatihan/angkatan/{sid}/peserta/{rid}/tindak-lanjut',
      '/api/pelatihan/angkatan/{sid}/sertifikat',
      '/api/pelatihan/sertifikat/{cid}/cabut',
      '/api/public/sertifikat/{code}',
      '/api/pelatihan/kebutuhan',
      '/api/pelatihan/dasbor',
      '/api/pelatihan/dasbor.xlsx',
    ])
      expect(paths).toContain(path);
  });
});
