import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryList, EntryView, EvidenceView } from '../../contracts/facilitation.contract.ts';
import { queryRows } from '../../db/client.ts';
import { activityEntry, activityEvidence, kawasan } from '../../db/schema.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { facilitatorWithAccount, insertAssignment } from '../../services/facilitation/testing.ts';
import { sha256Hex } from '../../services/kawasan/document-store.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { type App, buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.plugin.ts';
import { type Client, regionAccount, signIn, withToken } from '../testing.ts';

/** Three desa of Kecamatan Kedungreja (Cilacap, 33.01.01). */
const TAMBAKREJA = '3301012001';
const BUMIREJA = '3301012002';
const CIKLAPA = '3301012003';
const KECAMATAN = '330101';

/**
 * 18:00 UTC on 14 March is 01:00 on 15 March in Jakarta: "today" is the 15th, although the UTC
 * date is still the 14th.
 */
const NOW = new Date('2026-03-14T18:00:00Z');
const TODAY = '2026-03-15';

describeEachEngine('activity log routes', (ctx) => {
  let app: App;
  let filesDir: string;
  /** PLD Sri: assigned to Tambakreja since 1 January and Bumireja since 1 March; supervised by Budi. */
  let sri: Client;
  let sriId: string;
  /** PD Budi, Sri's supervisor. */
  let budi: Client;
  /** PLD Ani, another facilitator of the kecamatan (also supervised by Budi). */
  let ani: Client;
  let kabupaten: Client;
  let kabupatenElsewhere: Client;
  let villageTambakreja: Client;
  let noRecord: Client;

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    filesDir = mkdtempSync(join(tmpdir(), 'pendampingan-files-'));
    app = await buildApp({ db: ctx.db, version: 'test', filesDir, now: () => NOW });
    const budiRecord = await facilitatorWithAccount(ctx.db, 'budi-pd', KECAMATAN, {
      type: 'pd',
      name: 'Budi Santoso',
    });
    const sriRecord = await facilitatorWithAccount(ctx.db, 'sri-pld', KECAMATAN, {
      type: 'pld',
      name: 'Sri Wahyuni',
      supervisorId: budiRecord.facilitatorId,
    });
    const aniRecord = await facilitatorWithAccount(ctx.db, 'ani-pld', KECAMATAN, {
      type: 'pld',
      name: 'Ani Lestari',
      supervisorId: budiRecord.facilitatorId,
    });
    sriId = sriRecord.facilitatorId;
    await insertAssignment(ctx.db, {
      facilitatorId: sriId,
      place: { kind: 'desa', code: TAMBAKREJA },
      from: '2026-01-01',
    });
    await insertAssignment(ctx.db, {
      facilitatorId: sriId,
      place: { kind: 'desa', code: BUMIREJA },
      from: '2026-03-01',
    });
    await insertAssignment(ctx.db, {
      facilitatorId: aniRecord.facilitatorId,
      place: { kind: 'desa', code: CIKLAPA },
      from: '2026-01-01',
    });
    sri = await signIn(app, 'sri-pld', sriRecord.password);
    budi = await signIn(app, 'budi-pd', budiRecord.password);
    ani = await signIn(app, 'ani-pld', aniRecord.password);
    kabupaten = await regionAccount(app, ctx.db, 'kab-cilacap', 'kabupaten', '3301');
    kabupatenElsewhere = await regionAccount(app, ctx.db, 'kota-semarang', 'kabupaten', '3374');
    villageTambakreja = await regionAccount(app, ctx.db, 'operator-tambakreja', 'village', TAMBAKREJA);
    const plain = await createTestAccount(ctx.db, 'fasilitator-tanpa-catatan', [
      { role: 'facilitator', scope: { kind: 'region', code: KECAMATAN } },
    ]);
    noRecord = await signIn(app, plain.username, plain.password);
  });
  afterAll(async () => {
    await app.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const count = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ n: number }>(ctx.db.orm, query))[0]!.n;
  const auditCount = (resourceType: string, resourceId?: string) =>
    count(
      resourceId
        ? sql`select count(*)::int as n from audit_log where resource_type = ${resourceType} and resource_id = ${resourceId}`
        : sql`select count(*)::int as n from audit_log where resource_type = ${resourceType}`,
    );
  const evidenceRows = () => count(sql`select count(*)::int as n from activity_evidence`);
  /** Every stored file under the files directory. */
  const storedFiles = (): string[] =>
    (readdirSync(filesDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => d.name);

  const upload = (client: Client, bytes: Uint8Array, fileName: string, contentType = 'image/jpeg') =>
    app.inject({
      method: 'POST',
      url: `/api/pendampingan/bukti?fileName=${encodeURIComponent(fileName)}`,
      cookies: { [SESSION_COOKIE]: client.cookie! },
      headers: { 'x-csrf-token': client.csrfToken!, 'content-type': contentType },
      payload: Buffer.from(bytes),
    });

  const photo = (width: number, height: number, seed = 0) =>
    sharp({
      create: { width, height, channels: 3, background: { r: 40 + seed, g: 120, b: 80 } },
    })
      .jpeg({ quality: 90 })
      .toBuffer();

  const entryBody = (overrides: Record<string, unknown> = {}) => ({
    idempotencyKey: randomUUID(),
    date: '2026-03-10',
    place: { kind: 'desa', code: TAMBAKREJA },
    category: 'dokumen_perencanaan',
    topic: 'Penyusunan RKPDes 2027',
    participants: { perempuan: 7, laki_laki: 12 },
    groups: ['pemerintah_desa', 'bpd', 'kelompok_perempuan'],
    activities: 'Memfasilitasi musyawarah dusun untuk menggali usulan kegiatan RKPDes.',
    outputs: 'Daftar 14 usulan kegiatan dari tiga dusun.',
    followUp: 'Usulan dibahas dalam musyawarah desa bulan April.',
    evidenceIds: [] as string[],
    gps: { lat: -7.3834, lon: 108.8213 },
    ...overrides,
  });
  const content = (body: ReturnType<typeof entryBody>) => {
    const { idempotencyKey: _key, ...rest } = body;
    return rest;
  };

  const create = async (client: Client, body: object, status = 201): Promise<EntryView> => {
    const res = await client.request('POST', '/api/pendampingan/kegiatan', body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json();
  };
  const act = (client: Client, id: string, action: string, reason?: string) =>
    client.request('POST', `/api/pendampingan/kegiatan/${id}/tindakan`, {
      action,
      ...(reason !== undefined ? { reason } : {}),
    });

  describe('evidence', () => {
    it('stores a large photo upright, downscaled to 1600 px on the long side, without EXIF (GPS included)', async () => {
      // 4000×3000 as the sensor wrote it, red above and blue below, to be shown turned a quarter
      // clockwise (EXIF orientation 6): upright, the red is on the right.
      const sensor = await sharp({
        create: { width: 4000, height: 3000, channels: 3, background: '#0000ff' },
      })
        .composite([
          {
            input: { create: { width: 4000, height: 1500, channels: 3, background: '#ff0000' } },
            top: 0,
            left: 0,
          },
        ])
        .png()
        .toBuffer();
      const original = await sharp(sensor)
        .jpeg({ quality: 90 })
        .withMetadata({ orientation: 6 })
        .withExif({
          IFD0: { Make: 'Telepon Uji', Model: 'X1' },
          IFD3: {
            GPSLatitudeRef: 'S',
            GPSLatitude: '7/1 23/1 0/1',
            GPSLongitudeRef: 'E',
            GPSLongitude: '108/1 49/1 0/1',
          },
        })
        .toBuffer();
      expect((await sharp(original).metadata()).exif).toBeDefined();
      const before = await auditCount('activity_evidence');
      const res = await upload(sri, original, 'kegiatan.jpg');
      expect(res.statusCode, res.body).toBe(201);
      const view: EvidenceView = res.json();
      expect(view).toMatchObject({ mediaType: 'image/jpeg', kind: 'foto', width: 1200, height: 1600 });
      expect(view.url).toBe(`/api/pendampingan/bukti/${view.id}`);
      expect(view.bytes).toBeLessThan(original.byteLength);
      expect(await auditCount('activity_evidence')).toBe(before + 1);

      const download = await sri.request('GET', view.url);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('image/jpeg');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toContain('attachment; filename="kegiatan.jpg"');
      const stored = download.rawPayload;
      expect(sha256Hex(stored)).toBe(view.sha256);
      expect(stored.byteLength).toBe(view.bytes);
      const meta = await sharp(stored).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 1600]);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(stored.includes(Buffer.from('Telepon Uji'))).toBe(false);
      const colour = async (left: number, top: number) => [
        ...(await sharp(stored).extract({ left, top, width: 1, height: 1 }).raw().toBuffer()),
      ];
      const [rightRed, , rightBlue] = await colour(1100, 800);
      const [leftRed, , leftBlue] = await colour(100, 800);
      expect([rightRed! > 200, rightBlue! < 60, leftRed! < 60, leftBlue! > 200]).toEqual([
        true,
        true,
        true,
        true,
      ]);
    });

    it('refuses an upload cut in the middle, then takes the whole file once, however often it is sent', async () => {
      const full = await photo(1200, 900, 1);
      const rowsBefore = await evidenceRows();
      const filesBefore = storedFiles().length;
      const cut = await upload(sri, full.subarray(0, Math.floor(full.byteLength / 2)), 'rapat.jpg');
      expect(cut.statusCode, cut.body).toBe(400);
      expect(cut.json().detail).toContain('tidak lengkap');
      expect(await evidenceRows()).toBe(rowsBefore);
      expect(storedFiles().length).toBe(filesBefore);

      const auditBefore = await auditCount('activity_evidence');
      const first = await upload(sri, full, 'rapat.jpg');
      expect(first.statusCode, first.body).toBe(201);
      const again = await upload(sri, full, 'rapat-lagi.jpg');
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json().id).toBe(first.json().id);
      expect(await evidenceRows()).toBe(rowsBefore + 1);
      expect(storedFiles().length).toBe(filesBefore + 1);
      expect(await auditCount('activity_evidence')).toBe(auditBefore + 1);
      // The same bytes uploaded by another facilitator are that facilitator's own row.
      const byAni = await upload(ani, full, 'rapat.jpg');
      expect(byAni.statusCode).toBe(201);
      expect(byAni.json().id).not.toBe(first.json().id);
    });

    it('keeps a small PNG at its size and a complete PDF as it is', async () => {
      const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#33669980' } })
        .png()
        .toBuffer();
      const res = await upload(sri, png, 'peta.png', 'image/png');
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ mediaType: 'image/png', width: 300, height: 200 });
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
      const doc = await upload(sri, pdf, 'daftar-hadir.pdf', 'application/octet-stream');
      expect(doc.statusCode, doc.body).toBe(201);
      expect(doc.json()).toMatchObject({
        mediaType: 'application/pdf',
        kind: 'dokumen',
        bytes: pdf.byteLength,
      });
      expect(doc.json().sha256).toBe(sha256Hex(pdf));
      const cut = await upload(sri, pdf.subarray(0, 30), 'daftar-hadir.pdf', 'application/pdf');
      expect(cut.statusCode).toBe(400);
      expect(cut.json().detail).toContain('PDF tidak lengkap');
    });

    it('refuses a file over the limits with 413 and a forbidden type with 400, in Indonesian, storing nothing', async () => {
      const rowsBefore = await evidenceRows();
      const huge = Buffer.alloc(26 * 1024 * 1024, 0x20);
      huge.set([0xff, 0xd8, 0xff], 0);
      const overUpload = await upload(sri, huge, 'besar.jpg');
      expect(overUpload.statusCode).toBe(413);
      expect(overUpload.json().detail).toContain('Berkas bukti lebih dari 25 MB');

      const bigPdf = Buffer.alloc(11 * 1024 * 1024, 0x20);
      bigPdf.write('%PDF-1.4\n', 0, 'latin1');
      bigPdf.write('\n%%EOF\n', bigPdf.byteLength - 7, 'latin1');
      const overStored = await upload(sri, bigPdf, 'pindaian.pdf', 'application/pdf');
      expect(overStored.statusCode).toBe(413);
      expect(overStored.json().detail).toContain('lebih dari 10 MB');

      const gif = Buffer.from(
        'GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04;',
        'latin1',
      );
      const asGif = await upload(sri, gif, 'animasi.gif', 'image/gif');
      expect(asGif.statusCode).toBe(400);
      expect(asGif.json().detail).toContain('Jenis berkas bukti tidak diterima');
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(200)]);
      const renamed = await upload(sri, exe, 'foto.jpg', 'image/jpeg');
      expect(renamed.statusCode).toBe(400);
      expect(renamed.json().detail).toContain('Jenis berkas bukti tidak diterima');
      const pngAsJpg = await upload(
        sri,
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
          .png()
          .toBuffer(),
        'foto.jpg',
      );
      expect(pngAsJpg.statusCode).toBe(400);
      expect(pngAsJpg.json().errors[0].field).toBe('fileName');
      expect(await evidenceRows()).toBe(rowsBefore);
    });

    it('takes uploads only from an account linked to a facilitator record', async () => {
      const res = await upload(noRecord, await photo(40, 30), 'foto.jpg');
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toContain('belum terdaftar sebagai pendamping');
      expect((await upload(kabupaten, await photo(40, 30), 'foto.jpg')).statusCode).toBe(403);
    });
  });

  describe('review: draf → diajukan → dikembalikan → diajukan → disetujui', () => {
    let entry: EntryView;
    let evidence: EvidenceView;

    it('creates a draft with the owner’s evidence, audited in the same transaction', async () => {
      const up = await upload(sri, await photo(800, 600, 2), 'musdus.jpg');
      evidence = up.json();
      const before = await auditCount('activity_entry');
      entry = await create(sri, entryBody({ evidenceIds: [evidence.id] }));
      expect(entry).toMatchObject({
        state: 'draf',
        submission: 0,
        evidenceCount: 1,
        actions: ['submit'],
        editable: true,
        facilitator: { name: 'Sri Wahyuni', typeLabel: 'Pendamping Lokal Desa (PLD)' },
        place: { kind: 'desa', ref: TAMBAKREJA },
      });
      expect(entry.place.name).toContain('Tambakreja');
      expect(entry.evidence.map((e) => e.id)).toEqual([evidence.id]);
      expect(entry.history.map((h) => h.action)).toEqual(['dibuat']);
      expect(await auditCount('activity_entry', entry.id)).toBe(1);
      expect(await auditCount('activity_entry')).toBe(before + 1);
      const [row] = await ctx.db.orm.select().from(activityEntry).where(eq(activityEntry.id, entry.id));
      expect(row!.regionCode).toBe(TAMBAKREJA);
    });

    it('keeps a draft from everyone but its owner, the supervisor included', async () => {
      for (const reader of [budi, kabupaten, villageTambakreja])
        expect((await reader.request('GET', `/api/pendampingan/kegiatan/${entry.id}`)).statusCode).toBe(404);
      expect((await budi.request('GET', evidence.url)).statusCode).toBe(404);
      expect((await act(budi, entry.id, 'approve')).statusCode).toBe(404);
    });

    it('lets the owner submit; the owner cannot approve their own entry', async () => {
      const res = await act(sri, entry.id, 'submit');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ state: 'diajukan', submission: 1, actions: [], editable: false });
      const own = await act(sri, entry.id, 'approve');
      expect(own.statusCode).toBe(403);
      expect(await auditCount('activity_entry', entry.id)).toBe(2);
    });

    it('shows the supervisor the entry to review, with return and approve as actions', async () => {
      const queue: EntryList = (await budi.request('GET', '/api/pendampingan/kegiatan?toReview=1')).json();
      expect(queue.items.map((i) => i.id)).toContain(entry.id);
      const seen: EntryView = (await budi.request('GET', `/api/pendampingan/kegiatan/${entry.id}`)).json();
      expect(seen.actions).toEqual(['return', 'approve']);
      expect(seen.editable).toBe(false);
      expect((await budi.request('GET', evidence.url)).statusCode).toBe(200);
      // Submitted, not approved: the kabupaten sees it, the village operator not yet.
      expect((await kabupaten.request('GET', `/api/pendampingan/kegiatan/${entry.id}`)).statusCode).toBe(200);
      expect(
        (await villageTambakreja.request('GET', `/api/pendampingan/kegiatan/${entry.id}`)).statusCode,
      ).toBe(404);
    });

    it('refuses a return without a reason; a return with one goes back to the owner', async () => {
      const before = await auditCount('activity_entry', entry.id);
      const bare = await act(budi, entry.id, 'return');
      expect(bare.statusCode).toBe(400);
      expect(bare.json().errors[0].field).toBe('reason');
      const short = await act(budi, entry.id, 'return', 'kurang');
      expect(short.statusCode).toBe(400);
      expect(await auditCount('activity_entry', entry.id)).toBe(before);
      const res = await act(budi, entry.id, 'return', 'Lampirkan foto daftar hadir peserta.');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        state: 'dikembalikan',
        returnReason: 'Lampirkan foto daftar hadir peserta.',
      });
      const mine: EntryView = (await sri.request('GET', `/api/pendampingan/kegiatan/${entry.id}`)).json();
      expect(mine.actions).toEqual(['resubmit']);
      expect(mine.editable).toBe(true);
      expect(await auditCount('activity_entry', entry.id)).toBe(before + 1);
    });

    it('lets the owner correct and resubmit; the reason is cleared', async () => {
      const attendance = (
        await upload(sri, await photo(600, 800, 3), 'daftar-hadir.jpg')
      ).json() as EvidenceView;
      const body = content(entryBody({ evidenceIds: [evidence.id, attendance.id] }));
      const edited = await sri.request('PATCH', `/api/pendampingan/kegiatan/${entry.id}`, body);
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json()).toMatchObject({ state: 'dikembalikan', evidenceCount: 2 });
      const res = await act(sri, entry.id, 'resubmit');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ state: 'diajukan', submission: 2, returnReason: null });
    });

    it('lets the supervisor approve; approved entries never change and take no further action', async () => {
      const res = await act(budi, entry.id, 'approve');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ state: 'disetujui', actions: [], editable: false });
      const [row] = await ctx.db.orm.select().from(activityEntry).where(eq(activityEntry.id, entry.id));
      expect(row!.approvedAt?.toISOString()).toBe(NOW.toISOString());
      const before = await auditCount('activity_entry', entry.id);
      const patch = await sri.request(
        'PATCH',
        `/api/pendampingan/kegiatan/${entry.id}`,
        content(entryBody({ topic: 'Diubah setelah disetujui' })),
      );
      expect(patch.statusCode).toBe(409);
      expect(patch.json().detail).toBe('Catatan yang sudah disetujui tidak dapat diubah.');
      for (const [client, action] of [
        [budi, 'return'],
        [budi, 'approve'],
        [sri, 'resubmit'],
        [sri, 'submit'],
      ] as const)
        expect((await act(client, entry.id, action, 'Alasan yang cukup panjang.')).statusCode).toBe(409);
      expect(await auditCount('activity_entry', entry.id)).toBe(before);
      const [unchanged] = await ctx.db.orm.select().from(activityEntry).where(eq(activityEntry.id, entry.id));
      expect(unchanged!.topic).toBe('Penyusunan RKPDes 2027');
    });

    it('keeps the whole history from the audit rows, and approved entries reach the village', async () => {
      const seen: EntryView = (
        await villageTambakreja.request('GET', `/api/pendampingan/kegiatan/${entry.id}`)
      ).json();
      expect(seen.state).toBe('disetujui');
      expect(seen.history.map((h) => h.action)).toEqual([
        'dibuat',
        'submit',
        'return',
        'diubah',
        'resubmit',
        'approve',
      ]);
      expect(seen.history[2]).toMatchObject({
        from: 'diajukan',
        to: 'dikembalikan',
        reason: 'Lampirkan foto daftar hadir peserta.',
      });
      expect(seen.history.at(-1)).toMatchObject({ from: 'diajukan', to: 'disetujui', label: 'Setujui' });
      const list: EntryList = (await villageTambakreja.request('GET', '/api/pendampingan/kegiatan')).json();
      expect(list.items.map((i) => i.id)).toEqual([entry.id]);
      expect((await villageTambakreja.request('GET', seen.evidence[1]!.url)).statusCode).toBe(200);
    });
  });

  describe('where and when a facilitator may log', () => {
    it('refuses a desa the facilitator is not assigned to, with the domain’s message', async () => {
      const res = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ place: { kind: 'desa', code: CIKLAPA } }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual({
        field: 'place',
        message: `Anda tidak ditugaskan di desa ${CIKLAPA}; catatan kegiatan hanya untuk tempat penugasan Anda.`,
      });
    });

    it('refuses a date before the assignment there, and a date after today (Asia/Jakarta)', async () => {
      const early = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ place: { kind: 'desa', code: BUMIREJA }, date: '2026-02-20' }),
      );
      expect(early.statusCode).toBe(400);
      expect(early.json().errors).toContainEqual({
        field: 'date',
        message: `Tanggal 2026-02-20 sebelum awal penugasan Anda di desa ${BUMIREJA} (2026-03-01).`,
      });
      const tomorrow = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ date: '2026-03-16' }),
      );
      expect(tomorrow.statusCode).toBe(400);
      expect(tomorrow.json().errors[0]).toMatchObject({ field: 'date' });
      expect(tomorrow.json().errors[0].message).toContain(`hari ini (${TODAY})`);
      // Already the 15th in Jakarta, though still the 14th in UTC.
      await create(sri, entryBody({ date: TODAY, place: { kind: 'desa', code: BUMIREJA } }));
    });

    it('logs for an assigned kawasan under its region; a kawasan neither seen nor assigned is not found', async () => {
      const insertKawasanRow = async (name: string, regionCode: string) => {
        const id = randomUUID();
        await ctx.db.orm.insert(kawasan).values({
          id,
          name,
          regionCode,
          kabupatenCodes: [regionCode],
          state: 'perencanaan',
          createdAt: NOW,
          updatedAt: NOW,
        });
        return id;
      };
      const assigned = await insertKawasanRow('Kawasan Minapolitan Kedungreja', '3301');
      const far = await insertKawasanRow('Kawasan Agropolitan Krejengan', '3513');
      await insertAssignment(ctx.db, {
        facilitatorId: sriId,
        place: { kind: 'kawasan', id: assigned },
        from: '2026-02-01',
      });
      const entry = await create(sri, entryBody({ place: { kind: 'kawasan', id: assigned }, submit: true }));
      expect(entry.place).toEqual({ kind: 'kawasan', ref: assigned, name: 'Kawasan Minapolitan Kedungreja' });
      const [row] = await ctx.db.orm.select().from(activityEntry).where(eq(activityEntry.id, entry.id));
      expect(row).toMatchObject({
        placeKind: 'kawasan',
        kawasanId: assigned,
        desaCode: null,
        regionCode: '3301',
      });
      const forKawasan: EntryList = (
        await kabupaten.request('GET', `/api/pendampingan/kegiatan?kawasanId=${assigned}`)
      ).json();
      expect(forKawasan.items.map((i) => i.id)).toEqual([entry.id]);
      const hidden = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ place: { kind: 'kawasan', id: far } }),
      );
      expect(hidden.statusCode).toBe(404);
      const unknownDesa = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ place: { kind: 'desa', code: '3301012099' } }),
      );
      expect(unknownDesa.statusCode).toBe(400);
      expect(unknownDesa.json().errors[0]).toMatchObject({ field: 'place.code' });
    });

    it('refuses evidence of another facilitator, by its position in the request', async () => {
      const theirs = (await upload(ani, await photo(320, 240, 4), 'milik-ani.jpg')).json() as EvidenceView;
      const mine = (await upload(sri, await photo(320, 240, 5), 'milik-sri.jpg')).json() as EvidenceView;
      const res = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ evidenceIds: [mine.id, theirs.id] }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        {
          field: 'evidenceIds[1]',
          message: expect.stringContaining('tidak ditemukan di antara unggahan Anda'),
        },
      ]);
      expect((await sri.request('GET', theirs.url)).statusCode).toBe(404);
    });

    it('takes entries only from an account with a facilitator record, never through a read-only token', async () => {
      expect((await noRecord.request('POST', '/api/pendampingan/kegiatan', entryBody())).statusCode).toBe(
        403,
      );
      const token = await sri.request('POST', '/api/me/tokens', { name: 'baca', expiresInDays: 30 });
      const readOnly = withToken(app, token.json().secret);
      expect((await readOnly.request('POST', '/api/pendampingan/kegiatan', entryBody())).statusCode).toBe(
        403,
      );
      const list: EntryList = (await readOnly.request('GET', '/api/pendampingan/kegiatan')).json();
      expect(list.total).toBeGreaterThan(0);
    });
  });

  describe('idempotent create', () => {
    const rowsWithKey = (key: string) =>
      ctx.db.orm
        .select({ id: activityEntry.id })
        .from(activityEntry)
        .where(and(eq(activityEntry.facilitatorId, sriId), eq(activityEntry.idempotencyKey, key)));

    it('makes one entry for a key sent twice, and refuses a changed body under that key', async () => {
      const body = entryBody();
      const auditBefore = await auditCount('activity_entry');
      const first = await create(sri, body, 201);
      // The same request again, its members in another order: a repeat.
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const second = await create(sri, reordered, 200);
      expect(second.id).toBe(first.id);
      expect(await rowsWithKey(body.idempotencyKey)).toHaveLength(1);
      expect(await auditCount('activity_entry')).toBe(auditBefore + 1);
      const changed = await sri.request('POST', '/api/pendampingan/kegiatan', {
        ...body,
        topic: 'Topik lain sama sekali',
      });
      expect(changed.statusCode).toBe(409);
      expect(changed.json().errors[0].field).toBe('idempotencyKey');
      expect(await rowsWithKey(body.idempotencyKey)).toHaveLength(1);
      expect(await auditCount('activity_entry')).toBe(auditBefore + 1);
    });

    it('makes exactly one entry from 20 concurrent requests with one key', async () => {
      const body = entryBody({ topic: 'Pelatihan kader digital' });
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => sri.request('POST', '/api/pendampingan/kegiatan', body)),
      );
      const statuses = responses.map((r) => r.statusCode);
      expect(
        statuses.every((s) => s === 200 || s === 201),
        JSON.stringify(statuses),
      ).toBe(true);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
      expect(await rowsWithKey(body.idempotencyKey)).toHaveLength(1);
      expect(await auditCount('activity_entry', responses[0]!.json().id)).toBe(1);
    });

    it('creates and submits in one step, with two audit rows', async () => {
      const entry = await create(sri, entryBody({ submit: true }));
      expect(entry).toMatchObject({ state: 'diajukan', submission: 1 });
      expect(entry.history.map((h) => h.action)).toEqual(['dibuat', 'submit']);
      expect(await auditCount('activity_entry', entry.id)).toBe(2);
    });

    it('refuses a key that is not a UUID v4', async () => {
      const res = await sri.request(
        'POST',
        '/api/pendampingan/kegiatan',
        entryBody({ idempotencyKey: 'kunci-1' }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('idempotencyKey');
    });
  });

  describe('batch create (a phone’s outbox)', () => {
    const send = (client: Client, entries: object[]) =>
      client.request('POST', '/api/pendampingan/kegiatan/kirim', { entries });
    const entryRows = () => count(sql`select count(*)::int as n from activity_entry`);

    it('judges each entry on its own, in order, and writes only the accepted ones with their audit rows', async () => {
      const stored = await create(sri, entryBody({ topic: 'Sudah terkirim sebelumnya' }));
      const storedBody = entryBody({
        idempotencyKey: stored.idempotencyKey,
        topic: 'Sudah terkirim sebelumnya',
      });
      const a = entryBody({ topic: 'Rapat BUMDes', submit: true });
      const b = entryBody({ topic: 'Pendataan kelompok tani', place: { kind: 'desa', code: BUMIREJA } });
      const rowsBefore = await entryRows();
      const auditBefore = await auditCount('activity_entry');
      const res = await send(sri, [
        a,
        b,
        storedBody,
        { ...storedBody, topic: 'Isi lain di bawah kunci lama' },
        entryBody({ place: { kind: 'desa', code: CIKLAPA } }),
        entryBody({ idempotencyKey: 'bukan-uuid' }),
        a,
        { ...b, topic: 'Isi lain di bawah kunci yang sama' },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const results = res.json().results as {
        idempotencyKey: string;
        status: number;
        id: string | null;
        state: string | null;
        problem: { code: string; errors?: { field: string; message: string }[] } | null;
      }[];
      expect(results.map((r) => r.status)).toEqual([201, 201, 200, 409, 400, 400, 200, 409]);
      expect(results.map((r) => r.idempotencyKey)).toEqual([
        a.idempotencyKey,
        b.idempotencyKey,
        stored.idempotencyKey,
        stored.idempotencyKey,
        expect.any(String),
        'bukan-uuid',
        a.idempotencyKey,
        b.idempotencyKey,
      ]);
      expect(results[0]).toMatchObject({ state: 'diajukan', problem: null });
      expect(results[1]).toMatchObject({ state: 'draf', problem: null });
      expect(results[2]!.id).toBe(stored.id);
      expect(results[6]!.id).toBe(results[0]!.id);
      expect(results[3]!.problem!.errors![0]!.field).toBe('idempotencyKey');
      expect(results[4]!.problem!.errors!.map((e) => e.field)).toContain('place');
      expect(results[5]!.problem!.errors![0]!.field).toBe('idempotencyKey');
      expect(results[7]!.problem!.code).toBe('conflict');
      // Two new entries: one created and submitted (two audit rows), one draft (one).
      expect(await entryRows()).toBe(rowsBefore + 2);
      expect(await auditCount('activity_entry')).toBe(auditBefore + 3);
      expect(await auditCount('activity_entry', results[0]!.id!)).toBe(2);
      const read = await sri.request('GET', `/api/pendampingan/kegiatan/${results[1]!.id}`);
      expect(read.json()).toMatchObject({ topic: 'Pendataan kelompok tani', place: { ref: BUMIREJA } });
    });

    it('makes one entry per key when the same batch arrives twice at once', async () => {
      const batch = Array.from({ length: 6 }, (_, i) => entryBody({ topic: `Kunjungan serentak ${i + 1}` }));
      const rowsBefore = await entryRows();
      const answers = await Promise.all(Array.from({ length: 4 }, () => send(sri, batch)));
      const results = answers.map((r) => {
        expect(r.statusCode, r.body).toBe(200);
        return r.json().results as { status: number; id: string }[];
      });
      for (const [i] of batch.entries()) {
        const forKey = results.map((r) => r[i]!);
        expect(forKey.filter((r) => r.status === 201)).toHaveLength(1);
        expect(forKey.every((r) => r.status === 200 || r.status === 201)).toBe(true);
        expect(new Set(forKey.map((r) => r.id)).size).toBe(1);
      }
      expect(await entryRows()).toBe(rowsBefore + batch.length);
    });

    it('refuses the whole request for an account without a facilitator record, and batches that are empty or too long', async () => {
      const refused = await send(noRecord, [entryBody()]);
      expect(refused.statusCode).toBe(403);
      expect((await send(sri, [])).statusCode).toBe(400);
      const tooMany = await send(
        sri,
        Array.from({ length: 26 }, () => entryBody()),
      );
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().errors[0].field).toBe('entries');
    });
  });

  it('is described in the OpenAPI document', async () => {
    const res = await app.inject('/api/docs/json');
    expect(res.statusCode, res.body).toBe(200);
    const spec = res.json() as { paths: Record<string, Record<string, { tags?: string[] }>> };
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/pendampingan/bukti',
        '/api/pendampingan/bukti/{evid}',
        '/api/pendampingan/kegiatan',
        '/api/pendampingan/kegiatan/kirim',
        '/api/pendampingan/kegiatan/{eid}',
        '/api/pendampingan/kegiatan/{eid}/tindakan',
      ]),
    );
    expect(spec.paths['/api/pendampingan/kegiatan']!.post!.tags).toEqual(['pendampingan']);
  });

  describe('reading', () => {
    it('hides entries out of scope (404) and lists only what the reader may see', async () => {
      const submitted = await create(sri, entryBody({ submit: true, topic: 'Rapat koordinasi BUM Desa' }));
      const draft = await create(sri, entryBody({ topic: 'Draf yang belum diajukan' }));
      expect(
        (await kabupatenElsewhere.request('GET', `/api/pendampingan/kegiatan/${submitted.id}`)).statusCode,
      ).toBe(404);
      expect((await ani.request('GET', `/api/pendampingan/kegiatan/${draft.id}`)).statusCode).toBe(404);
      expect(
        (await ani.request('GET', submitted.evidence[0]?.url ?? `/api/pendampingan/bukti/${randomUUID()}`))
          .statusCode,
      ).toBe(404);
      const elsewhere: EntryList = (
        await kabupatenElsewhere.request('GET', '/api/pendampingan/kegiatan')
      ).json();
      expect(elsewhere).toEqual({ items: [], total: 0 });
      const cilacap: EntryList = (
        await kabupaten.request('GET', '/api/pendampingan/kegiatan?limit=200')
      ).json();
      const ids = cilacap.items.map((i) => i.id);
      expect(ids).toContain(submitted.id);
      expect(ids).not.toContain(draft.id);
      expect(cilacap.items.every((i) => i.state !== 'draf')).toBe(true);
      const own: EntryList = (
        await sri.request('GET', `/api/pendampingan/kegiatan?state=draf&limit=200`)
      ).json();
      expect(own.items.map((i) => i.id)).toContain(draft.id);
      const dates = own.items.map((i) => i.date);
      expect(dates).toEqual([...dates].sort().reverse());
      const byDesa: EntryList = (
        await sri.request('GET', `/api/pendampingan/kegiatan?desaCode=33.01.01.2002&limit=200`)
      ).json();
      expect(byDesa.items.length).toBeGreaterThan(0);
      expect(byDesa.items.every((i) => i.place.ref === BUMIREJA)).toBe(true);
    });

    it('counts evidence and rows in the list the same as in the table', async () => {
      const list: EntryList = (await sri.request('GET', '/api/pendampingan/kegiatan?limit=200')).json();
      const rows = await ctx.db.orm
        .select({ id: activityEntry.id })
        .from(activityEntry)
        .where(eq(activityEntry.facilitatorId, sriId));
      expect(list.total).toBe(rows.length);
      const withEvidence = list.items.find((i) => i.evidenceCount === 2);
      expect(withEvidence).toBeDefined();
      const own = await ctx.db.orm
        .select()
        .from(activityEvidence)
        .where(eq(activityEvidence.facilitatorId, sriId));
      expect(own.length).toBeGreaterThan(0);
    });
  });
});
