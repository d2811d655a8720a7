import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KawasanDashboard, KawasanDetail, KawasanDocument } from '../../contracts/kawasan.contract.ts';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import type { Role } from '../../domain/access/role.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { sha256Hex } from '../../services/kawasan/document-store.ts';
import { CILACAP, seedKedungreja, TINY_PDF, TINY_PNG } from '../../services/kawasan/testing.ts';
import { type App, buildApp } from '../app.ts';
import { anonymous, type Client, regionAccount, signIn } from '../testing.ts';

describeEachEngine('kawasan registry and lifecycle routes', (ctx) => {
  let app: App;
  let filesDir: string;
  let kabupaten: Client;
  let province: Client;
  let facilitator: Client;
  let otherKabupaten: Client;
  let visitor: Client;

  beforeAll(async () => {
    await seedKedungreja(ctx.db);
    filesDir = mkdtempSync(join(tmpdir(), 'kawasan-files-'));
    app = await buildApp({ db: ctx.db, version: 'test', filesDir });
    const account = (username: string, role: Role, code: string) =>
      regionAccount(app, ctx.db, username, role, code);
    kabupaten = await account('kab-cilacap', 'kabupaten', CILACAP);
    province = await account('prov-jateng', 'province', '33');
    facilitator = await account('pendamping-kedungreja', 'facilitator', '330101');
    otherKabupaten = await account('kab-semarang', 'kabupaten', '3374');
    visitor = anonymous(app);
  });
  afterAll(async () => {
    await app.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  const create = (client: Client, members: string[], name = 'Kawasan Agropolitan Kedungreja') =>
    client.request('POST', '/api/kawasan', {
      name,
      kabupatenCodes: ['33.01'],
      theme: 'agropolitan',
      commodities: ['Padi ', 'padi', 'Gula  Kelapa'],
      members,
    });
  const act = (client: Client, id: string, body: object) =>
    client.request('POST', `/api/kawasan/${id}/transitions`, body);
  const upload = (client: Client, id: string, bytes: Uint8Array, query: string) =>
    app.inject({
      method: 'POST',
      url: `/api/kawasan/${id}/documents?${query}`,
      headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': client.csrfToken ?? '' },
      cookies: client.cookie ? { kawasan_session: client.cookie } : {},
      payload: Buffer.from(bytes),
    });
  const auditActions = async (id: string) =>
    (
      await queryRows<{ action: string }>(
        ctx.db.orm,
        sql`select action from audit_log where resource_type = 'kawasan' and resource_id = ${id} order by id`,
      )
    ).map((r) => r.action);

  describe('a draft', () => {
    it('is created with canonical members, their latest index and role, normalised commodities, and audited', async () => {
      const res = await create(facilitator, ['33.01.01.2004', '3301012001', '3301012003']);
      expect(res.statusCode, res.body).toBe(201);
      const k = res.json() as KawasanDetail;
      expect(k).toMatchObject({
        state: 'draf',
        regionCode: '3301',
        kabupatenCodes: ['3301'],
        commodities: ['padi', 'gula kelapa'],
        theme: { code: 'agropolitan' },
      });
      expect(k.members.map((m) => [m.code, m.status, m.role, m.indexYear])).toEqual([
        ['3301012001', 'mandiri', 'locomotive', 2024],
        ['3301012003', 'tertinggal', 'lagging', 2024],
        ['3301012004', 'sangat_tertinggal', 'lagging', 2024],
      ]);
      expect(k.allowed).toMatchObject({ actions: ['propose', 'cancel'], editMembers: true });
      expect(await auditActions(k.id)).toEqual(['kawasan.create']);
    });

    it('refuses a kelurahan member with the reason, a desa of another kabupaten, and an unknown code', async () => {
      const kelurahan = await kabupaten.request('POST', '/api/kawasan', {
        name: 'Kawasan Salah',
        kabupatenCodes: ['3301'],
        members: ['3301012001', '3374011001'],
      });
      expect(kelurahan.statusCode).toBe(400);
      expect(kelurahan.json().errors[0]).toMatchObject({
        field: 'members.1',
        message: expect.stringMatching(/kelurahan/),
      });
      const elsewhere = await create(kabupaten, ['3301012001', '3513152001']);
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json().errors[0].message).toMatch(/di luar kabupaten/);
      const unknown = await create(kabupaten, ['3301012001', '3301012099']);
      expect(unknown.statusCode).toBe(400);
      const theme = await kabupaten.request('POST', '/api/kawasan', {
        name: 'Kawasan X',
        kabupatenCodes: ['3301'],
        theme: 'antariksa',
      });
      expect(theme.json().errors[0].field).toBe('theme');
    });

    it('is refused to an officer of another kabupaten and to visitors', async () => {
      expect((await create(otherKabupaten, ['3301012001', '3301012003'])).statusCode).toBe(403);
      expect((await create(visitor, ['3301012001', '3301012003'])).statusCode).toBe(401);
    });

    it('is hidden from people outside its scope', async () => {
      const k = (
        await create(kabupaten, ['3301012005', '3301012006'], 'Kawasan Tersembunyi')
      ).json() as KawasanDetail;
      expect((await otherKabupaten.request('GET', `/api/kawasan/${k.id}`)).statusCode).toBe(404);
      const list = (await otherKabupaten.request('GET', '/api/kawasan')).json();
      expect(list.items.map((i: { id: string }) => i.id)).not.toContain(k.id);
      const mine = (await province.request('GET', '/api/kawasan?q=tersembunyi')).json();
      expect(mine.items.map((i: { id: string }) => i.id)).toEqual([k.id]);
    });
  });

  describe('from proposal to designation', () => {
    let k: KawasanDetail;
    let sk: KawasanDocument;

    beforeAll(async () => {
      k = (await create(kabupaten, ['3301012002', '3301012008', '3301012010'], 'Kawasan Minapolitan')).json();
    });

    it('goes through every step with its guards, each audited with who and why', async () => {
      const proposed = await act(facilitator, k.id, {
        action: 'propose',
        reason: 'Hasil musyawarah antar desa',
      });
      expect(proposed.json().state, proposed.body).toBe('usulan');
      expect(
        (await kabupaten.request('PUT', `/api/kawasan/${k.id}/members`, { members: ['3301012002'] }))
          .statusCode,
      ).toBe(403);

      const byProvince = await act(province, k.id, { action: 'verify' });
      expect(byProvince.statusCode).toBe(403);
      expect(byProvince.json().detail).toMatch(/petugas kabupaten 3301/);
      expect((await act(kabupaten, k.id, { action: 'verify' })).json().state).toBe('diverifikasi');

      const noSk = await act(kabupaten, k.id, { action: 'designate' });
      expect(noSk.statusCode).toBe(400);
      const up = await upload(
        kabupaten,
        k.id,
        TINY_PDF,
        'fileName=sk-bupati.pdf&kind=sk&title=SK%20Bupati%20Cilacap&public=true',
      );
      expect(up.statusCode, up.body).toBe(201);
      sk = up.json();
      expect(sk).toMatchObject({
        mediaType: 'application/pdf',
        bytes: TINY_PDF.byteLength,
        sha256: sha256Hex(TINY_PDF),
        public: true,
      });
      expect(existsSync(join(filesDir, 'dokumen', sk.sha256.slice(0, 2), sk.sha256))).toBe(true);

      const badDate = await act(kabupaten, k.id, {
        action: 'designate',
        sk: { number: '414/12/2026', date: '2026-02-30', documentId: sk.id },
      });
      expect(badDate.statusCode).toBe(400);
      const designated = await act(kabupaten, k.id, {
        action: 'designate',
        sk: { number: '414/12/2026', date: '2026-02-03', documentId: sk.id },
      });
      expect(designated.statusCode, designated.body).toBe(200);
      expect(designated.json()).toMatchObject({
        state: 'ditetapkan',
        decree: { number: '414/12/2026', date: '2026-02-03', documentId: sk.id },
      });
      expect((await act(facilitator, k.id, { action: 'start_planning' })).statusCode).toBe(403);
      expect((await act(kabupaten, k.id, { action: 'start_planning' })).json().state).toBe('perencanaan');
      const wrongState = await act(kabupaten, k.id, { action: 'verify' });
      expect(wrongState.statusCode).toBe(409);

      expect(await auditActions(k.id)).toEqual([
        'kawasan.create',
        'kawasan.propose',
        'kawasan.verify',
        'kawasan.document.add',
        'kawasan.designate',
        'kawasan.start_planning',
      ]);
      const [proposeRow] = await queryRows<{
        actor_label: string;
        changes: Record<string, { after: unknown }>;
      }>(
        ctx.db.orm,
        sql`select actor_label, changes from audit_log where resource_id = ${k.id} and action = 'kawasan.propose'`,
      );
      expect(proposeRow!.actor_label).toBe('Uji pendamping-kedungreja (pendamping-kedungreja)');
      expect(proposeRow!.changes.reason!.after).toBe('Hasil musyawarah antar desa');
    });

    it('shows the dashboard: yearly mean and spread, locomotives and lagging, the timeline newest first', async () => {
      const res = await province.request('GET', `/api/kawasan/${k.id}/dashboard`);
      expect(res.statusCode, res.body).toBe(200);
      const d = res.json() as KawasanDashboard;
      expect(d.years.map((y) => y.year)).toEqual([2023, 2024]);
      const values = [0.7512, 0.7612, 0.5512];
      const mean = values.reduce((a, b) => a + b) / 3;
      const stddev = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / 3);
      expect(d.years[1]).toMatchObject({ scored: 3, locomotives: 2, lagging: 1, min: 0.5512, max: 0.7612 });
      expect(d.years[1]!.mean).toBeCloseTo(mean, 9);
      expect(d.years[1]!.stddev).toBeCloseTo(stddev, 9);
      expect(d.locomotives).toEqual(['3301012002', '3301012008']);
      expect(d.lagging).toEqual(['3301012010']);
      expect(d.timeline[0]).toMatchObject({
        action: 'kawasan.start_planning',
        from: 'ditetapkan',
        to: 'perencanaan',
      });
      expect(d.timeline.at(-1)).toMatchObject({ action: 'kawasan.create', from: null, to: 'draf' });
      expect(d.timeline.find((t) => t.action === 'kawasan.propose')!.reason).toBe(
        'Hasil musyawarah antar desa',
      );
    });

    it('has a public page with only public documents; private ones need a signed-in person in scope', async () => {
      const priv = (
        await upload(kabupaten, k.id, TINY_PNG, 'fileName=peta.png&kind=peta&title=Peta%20kerja')
      ).json() as KawasanDocument;
      const page = await visitor.request('GET', `/api/public/kawasan/${k.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.json().documents.map((d: KawasanDocument) => d.id)).toEqual([sk.id]);
      expect(page.json().decree).toEqual({ number: '414/12/2026', date: '2026-02-03' });
      const list = (await visitor.request('GET', '/api/public/kawasan?region=3301')).json();
      expect(list.items.map((i: { id: string }) => i.id)).toEqual([k.id]);
      const byMember = (await visitor.request('GET', '/api/public/kawasan?region=33.01.01.2010')).json();
      expect(byMember.items.map((i: { id: string }) => i.id)).toEqual([k.id]);
      const elsewhere = (await visitor.request('GET', '/api/public/kawasan?region=3301012001')).json();
      expect(elsewhere.items).toEqual([]);

      const open = await visitor.request('GET', `/api/kawasan/${k.id}/documents/${sk.id}`);
      expect(open.statusCode).toBe(200);
      expect(open.headers['content-type']).toBe('application/pdf');
      expect(open.headers['content-disposition']).toContain('sk-bupati.pdf');
      expect(sha256Hex(open.rawPayload)).toBe(sk.sha256);
      expect((await visitor.request('GET', `/api/kawasan/${k.id}/documents/${priv.id}`)).statusCode).toBe(
        401,
      );
      expect(
        (await otherKabupaten.request('GET', `/api/kawasan/${k.id}/documents/${priv.id}`)).statusCode,
      ).toBe(404);
      expect((await facilitator.request('GET', `/api/kawasan/${k.id}/documents/${priv.id}`)).statusCode).toBe(
        200,
      );
      const fancy = 'Berita acara “Musdes” 2026 — 日本.pdf';
      const named = (
        await upload(
          kabupaten,
          k.id,
          TINY_PDF,
          `fileName=${encodeURIComponent(fancy)}&kind=berita_acara&title=Berita%20acara`,
        )
      ).json() as KawasanDocument;
      const download = await kabupaten.request('GET', `/api/kawasan/${k.id}/documents/${named.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent(fancy)}`,
      );

      expect(
        (await facilitator.request('DELETE', `/api/kawasan/${k.id}/documents/${priv.id}`)).statusCode,
      ).toBe(403);
      expect((await kabupaten.request('DELETE', `/api/kawasan/${k.id}/documents/${sk.id}`)).statusCode).toBe(
        409,
      );
      expect(
        (await kabupaten.request('DELETE', `/api/kawasan/${k.id}/documents/${priv.id}`)).statusCode,
      ).toBe(204);
      expect(existsSync(join(filesDir, 'dokumen', priv.sha256.slice(0, 2), priv.sha256))).toBe(false);
    });

    it('refuses documents by their content, their name and their size', async () => {
      const renamed = await upload(kabupaten, k.id, TINY_PNG, 'fileName=sk.pdf&kind=sk&title=SK%20palsu');
      expect(renamed.statusCode).toBe(400);
      expect(renamed.json().errors[0].field).toBe('fileName');
      const text = await upload(
        kabupaten,
        k.id,
        new TextEncoder().encode('bukan dokumen'),
        'fileName=catatan.pdf&kind=lainnya&title=Catatan',
      );
      expect(text.statusCode).toBe(400);
      const huge = new Uint8Array(20 * 1024 * 1024 + 1);
      huge.set(TINY_PDF);
      const tooLarge = await upload(kabupaten, k.id, huge, 'fileName=besar.pdf&kind=lainnya&title=Besar');
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json().detail).toMatch(/20 MB/);
      expect(
        (await upload(visitor, k.id, TINY_PDF, 'fileName=a.pdf&kind=lainnya&title=Anonim')).statusCode,
      ).toBe(401);
    });

    it('keeps the TKPKP and the BKAD, managed by the designating government', async () => {
      const tkpkp = {
        name: 'TKPKP Kabupaten Cilacap',
        decreeNumber: '050/77/2026',
        decreeDate: '2026-01-20',
        members: [
          { name: 'Kepala Bappeda', agency: 'Bappeda Cilacap', position: 'Ketua' },
          { name: 'Kepala DPMD', agency: 'DPMD Cilacap', position: 'Sekretaris' },
        ],
      };
      expect(
        (await facilitator.request('PUT', `/api/kawasan/${k.id}/institutions/tkpkp`, tkpkp)).statusCode,
      ).toBe(403);
      const saved = await kabupaten.request('PUT', `/api/kawasan/${k.id}/institutions/tkpkp`, tkpkp);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().members).toHaveLength(2);
      const strayBkad = await kabupaten.request('PUT', `/api/kawasan/${k.id}/institutions/bkad`, {
        name: 'BKAD Minapolitan',
        members: [
          { name: 'Kepala Desa Tambakreja', position: 'Ketua', desaCode: '3301012001', management: true },
        ],
      });
      expect(strayBkad.statusCode).toBe(400);
      expect(strayBkad.json().errors[0].field).toBe('members.0.desaCode');
      const bkad = await kabupaten.request('PUT', `/api/kawasan/${k.id}/institutions/bkad`, {
        name: 'BKAD Minapolitan',
        decreeNumber: 'Peraturan Bersama Kepala Desa 1/2026',
        members: [
          { name: 'Kepala Desa Bumireja', position: 'Ketua', desaCode: '33.01.01.2002', management: true },
        ],
      });
      expect(bkad.json().members[0].desaCode).toBe('3301012002');
      const detail = (await province.request('GET', `/api/kawasan/${k.id}`)).json() as KawasanDetail;
      expect(detail.institutions.map((i) => i.kind)).toEqual(['bkad', 'tkpkp']);
      expect((await kabupaten.request('DELETE', `/api/kawasan/${k.id}/institutions/bkad`)).statusCode).toBe(
        204,
      );
      const timeline = (
        (await kabupaten.request('GET', `/api/kawasan/${k.id}/dashboard`)).json() as KawasanDashboard
      ).timeline;
      expect(timeline.slice(0, 3).map((t) => t.summary)).toEqual([
        'BKAD dihapus.',
        'BKAD dibentuk.',
        'TKPKP dibentuk.',
      ]);
    });
  });

  describe('a kawasan manager', () => {
    it('is granted on the kawasan by its kabupaten officer, sees it, runs it, but does not verify or designate', async () => {
      const k = (
        await create(kabupaten, ['3301012007', '3301012006'], 'Kawasan Dikelola')
      ).json() as KawasanDetail;
      const person = await createTestAccount(ctx.db, 'pengelola-kawasan', []);
      const grant = await kabupaten.request('POST', `/api/users/${person.id}/assignments`, {
        role: 'kawasan_manager',
        scope: { kind: 'kawasan', id: k.id },
      });
      expect(grant.statusCode, grant.body).toBe(201);
      expect(grant.json().scope).toMatchObject({ kind: 'kawasan', id: k.id, label: 'Kawasan Dikelola' });
      const unknown = await kabupaten.request('POST', `/api/users/${person.id}/assignments`, {
        role: 'kawasan_manager',
        scope: { kind: 'kawasan', id: '00000000-0000-4000-8000-000000000000' },
      });
      expect(unknown.statusCode).toBe(400);
      const manager = await signIn(app, person.username, person.password);

      expect(
        (await manager.request('GET', '/api/kawasan')).json().items.map((i: { id: string }) => i.id),
      ).toEqual([k.id]);
      await act(kabupaten, k.id, { action: 'propose' });
      expect((await act(manager, k.id, { action: 'verify' })).statusCode).toBe(403);
      await act(kabupaten, k.id, { action: 'verify' });
      const sk = (
        await upload(manager, k.id, TINY_PDF, 'fileName=sk.pdf&kind=sk&title=SK%20Bupati')
      ).json() as KawasanDocument;
      expect(
        (
          await act(manager, k.id, {
            action: 'designate',
            sk: { number: '9/2026', date: '2026-03-01', documentId: sk.id },
          })
        ).statusCode,
      ).toBe(403);
      await act(kabupaten, k.id, {
        action: 'designate',
        sk: { number: '9/2026', date: '2026-03-01', documentId: sk.id },
      });
      const detail = (await manager.request('GET', `/api/kawasan/${k.id}`)).json() as KawasanDetail;
      expect(detail.allowed).toMatchObject({ actions: ['start_planning'], manage: true, editMembers: false });
      expect((await act(manager, k.id, { action: 'start_planning' })).json().state).toBe('perencanaan');
      expect(
        (await act(manager, k.id, { action: 'cancel', reason: 'Pengelola ingin berhenti' })).statusCode,
      ).toBe(403);
      const tkpkp = await manager.request('PUT', `/api/kawasan/${k.id}/institutions/tkpkp`, {
        name: 'TKPKP Kawasan Dikelola',
        members: [{ name: 'Sekretaris Bappeda', position: 'Ketua' }],
      });
      expect(tkpkp.statusCode).toBe(200);
      await act(kabupaten, k.id, { action: 'cancel', reason: 'Uji pengelola selesai' });
    });
  });

  describe('one desa, one active kawasan', () => {
    it('refuses a proposal holding a desa of another active kawasan, naming it, until that one is rejected', async () => {
      const first = (
        await create(kabupaten, ['3301012009', '3301012011'], 'Kawasan Pertama')
      ).json() as KawasanDetail;
      const second = (
        await create(kabupaten, ['3301012011', '3301012007'], 'Kawasan Kedua')
      ).json() as KawasanDetail;
      expect((await act(kabupaten, first.id, { action: 'propose' })).statusCode).toBe(200);
      const refused = await act(kabupaten, second.id, { action: 'propose' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toMatch(/3301012011.*Kawasan Pertama/);
      expect((await act(kabupaten, first.id, { action: 'reject', reason: 'singkat' })).statusCode).toBe(400);
      expect(
        (
          await act(kabupaten, first.id, { action: 'reject', reason: 'Tidak memenuhi syarat delineasi' })
        ).json().state,
      ).toBe('ditolak');
      expect((await act(kabupaten, second.id, { action: 'propose' })).json().state).toBe('usulan');
      await act(kabupaten, second.id, { action: 'cancel', reason: 'Ditarik oleh para kepala desa' });
    });

    it('holds under concurrent proposals: exactly one wins', async () => {
      const drafts = await Promise.all(
        ['Kawasan Serentak A', 'Kawasan Serentak B', 'Kawasan Serentak C'].map(
          async (name) =>
            (await create(kabupaten, ['3301012005', '3301012006'], name)).json() as KawasanDetail,
        ),
      );
      const results = await Promise.all(drafts.map((d) => act(kabupaten, d.id, { action: 'propose' })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const [held] = await queryRows<{ n: number }>(
        ctx.db.orm,
        sql`select count(*)::int as n from kawasan_member where active and desa_code = '3301012005'`,
      );
      expect(held!.n).toBe(1);
      const winner = drafts[results.findIndex((r) => r.statusCode === 200)]!;
      await act(kabupaten, winner.id, { action: 'cancel', reason: 'Uji serentak selesai' });
    });
  });
});
