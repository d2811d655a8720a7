import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { INDEX_UPLOAD_LIMIT_BYTES, type IndexImportReport } from '../../contracts/index-import.contract.ts';
import { queryRows } from '../../db/client.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import type { Role, Scope } from '../../domain/access/role.ts';
import { csvLine } from '../../domain/csv.ts';
import { createTestAccount } from '../../services/access/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import {
  IDM_API_FIXTURES,
  idmSheetHeader,
  miniWilayahWithMuara,
} from '../../services/village-index/testing.ts';
import { type App, buildApp } from '../app.ts';
import { SESSION_COOKIE } from '../plugins/auth.plugin.ts';
import { type Client, signIn } from '../testing.ts';

const HEADER = idmSheetHeader();
const CILACAP = [
  HEADER,
  ['3301012001', 'Tambakreja', '0,8', '0,9', '0,5333', '0,7444', 'MAJU'],
  ['3301012002', 'Bumireja', '0.6629', '0.6333', '0.5333', '0.6098', 'BERKEMBANG'],
  ['3301012999', 'Desa Baru', '0.5', '0.5', '0.5', '0.5', 'SANGAT TERTINGGAL'],
];
const csv = (rows: string[][]) => rows.map(csvLine).join('');

async function xlsx(rows: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Petunjuk').addRow(['Isi lembar IDM 2024']);
  const sheet = workbook.addWorksheet('IDM 2024');
  sheet.addRow(['DATA INDEKS DESA MEMBANGUN 2024']);
  for (const row of rows)
    sheet.addRow(row.map((v, i) => (i >= 2 && i <= 5 && /^[\d.]+$/.test(v) ? Number(v) : v)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const fixture = (path: string) => readFileSync(`${IDM_API_FIXTURES}/${path}`);

const withMuara = miniWilayahWithMuara();

type Auth = { client: Client } | { bearer: string } | { anonymous: true };

describeEachEngine('index import routes', (ctx) => {
  let app: App;
  let seq = 0;
  const count = (table: string) => countRows(ctx.db, table);

  async function person(role: Role, scope?: Scope): Promise<Client> {
    const account = await createTestAccount(ctx.db, `impor-${role}-${++seq}`, [
      { role, ...(scope ? { scope } : {}) },
    ]);
    return signIn(app, account.username, account.password);
  }
  const kabupaten = (code: string) => person('kabupaten', { kind: 'region', code });

  function upload(
    auth: Auth,
    url: string,
    body: string | Buffer,
    options: { contentType?: string; csrf?: boolean } = {},
  ) {
    const headers: Record<string, string> = {
      'content-type': options.contentType ?? 'application/octet-stream',
    };
    if ('bearer' in auth) headers.authorization = `Bearer ${auth.bearer}`;
    if ('client' in auth && options.csrf !== false) headers['x-csrf-token'] = auth.client.csrfToken!;
    return app.inject({
      method: 'POST',
      url,
      payload: body,
      headers,
      ...('client' in auth ? { cookies: { [SESSION_COOKIE]: auth.client.cookie! } } : {}),
    });
  }

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: withMuara });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await ctx.db.orm.execute(
      sql`truncate village_index_indicator, village_index, village_index_rollup, index_import`,
    );
  });

  describe('POST /api/village-index/imports/sheet', () => {
    it('checks an XLSX without saving, then saves it for a kabupaten officer signed in with cookie and CSRF', async () => {
      const officer = { client: await kabupaten('3301') };
      const file = await xlsx(CILACAP);
      const url = (dryRun: boolean) =>
        `/api/village-index/imports/sheet?fileName=${encodeURIComponent('IDM 2024 Cilacap.xlsx')}&dryRun=${dryRun}`;

      const dry = await upload(officer, url(true), file);
      expect(dry.statusCode, dry.body).toBe(200);
      const checked = dry.json() as IndexImportReport;
      expect(checked).toMatchObject({
        kind: 'sheet',
        fileName: 'IDM 2024 Cilacap.xlsx',
        dryRun: true,
        importIds: [],
        years: [2024],
        rows: 3,
        inserted: 3,
        unplaced: { count: 1 },
        disagreements: { count: 1 },
      });
      expect(checked.unplaced.rows[0]).toMatchObject({ code: '3301012999', line: 5 }); // Excel row 5
      expect(await count('village_index')).toBe(0);

      const saved = await upload(officer, url(false), file);
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json()).toMatchObject({ dryRun: false, inserted: 3, rows: 3 });
      expect((saved.json() as IndexImportReport).importIds).toHaveLength(1);
      expect(await count('village_index')).toBe(3);
      const audit = await queryRows<{ action: string }>(
        ctx.db.orm,
        sql`select action from audit_log where action = 'index.import' order by at desc limit 1`,
      );
      expect(audit).toEqual([{ action: 'index.import' }]);

      const again = await upload(officer, url(false), file);
      expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    });

    it('takes a CSV from an integration with a write token, whatever content type it is labelled with', async () => {
      const officer = await kabupaten('3301');
      const created = await officer.request('POST', '/api/me/tokens', { name: 'integrasi', readOnly: false });
      const { secret } = created.json() as { secret: string };
      const res = await upload(
        { bearer: secret },
        '/api/village-index/imports/sheet?fileName=idm.csv',
        csv(CILACAP),
        {
          contentType: 'text/csv',
        },
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ dryRun: false, inserted: 3 });
    });

    it('lets a kabupaten officer import inside the kabupaten and refuses a file reaching outside it', async () => {
      const semarang = { client: await kabupaten('3374') };
      const inside = csv([HEADER, ['3374011001', 'Miroto', '0.7', '0.7', '0.7', '0.7', 'BERKEMBANG']]);
      const ok = await upload(semarang, '/api/village-index/imports/sheet?fileName=semarang.csv', inside);
      expect(ok.statusCode, ok.body).toBe(200);
      const outside = await upload(
        semarang,
        '/api/village-index/imports/sheet?fileName=cilacap.csv',
        csv(CILACAP),
      );
      expect(outside.statusCode).toBe(403);
      expect(outside.json()).toMatchObject({
        code: 'forbidden',
        detail: 'Data ini di luar cakupan wilayah Anda.',
      });
    });

    it('reports every bad line and column of a sheet as a 400 problem, saving nothing', async () => {
      const officer = { client: await kabupaten('3301') };
      const bad = csv([
        HEADER,
        ['3301012001', 'Tambakreja', 'x', '0.9', '0.5333', '0.7444', 'MAJU'],
        ['33010120', 'Pendek', '0.5', '0.5', '0.5', '0.5', 'MAJU'],
      ]);
      const res = await upload(
        officer,
        '/api/village-index/imports/sheet?fileName=rusak.csv&dryRun=true',
        bad,
      );
      expect(res.statusCode).toBe(400);
      const problem = res.json() as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toEqual([
        'baris 2, kolom IKS_2024',
        'baris 3, kolom KODE_DESA',
      ]);
      expect(await count('index_import')).toBe(0);
    });

    it.each([
      ['an empty body', 'body', '', 'idm.csv'],
      ['an unknown ending', 'file', 'x', 'idm.pdf'],
      ['an old .xls', 'file', 'x', 'IDM 2024.xls'],
      ['a broken workbook', 'file', 'PK nope', 'idm.xlsx'],
    ])('refuses %s with a 400 naming the %s', async (_what, field, body, fileName) => {
      const officer = { client: await kabupaten('3301') };
      const res = await upload(
        officer,
        `/api/village-index/imports/sheet?fileName=${encodeURIComponent(fileName)}`,
        body,
      );
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0].field).toBe(field);
    });

    it('refuses before reading the file: visitors 401, roles that never import and read-only tokens 403', async () => {
      const url = '/api/village-index/imports/sheet?fileName=idm.csv';
      const anonymous = await upload({ anonymous: true }, url, csv(CILACAP));
      expect(anonymous.statusCode).toBe(401);
      const facilitator = await upload({ client: await person('facilitator') }, url, csv(CILACAP));
      expect(facilitator.statusCode).toBe(403);
      expect(facilitator.json().detail).toContain('Peran Anda tidak dapat mengubah data wilayah');
      const officer = await kabupaten('3301');
      const { secret } = (await officer.request('POST', '/api/me/tokens', { name: 'baca' })).json() as {
        secret: string;
      };
      const readOnly = await upload({ bearer: secret }, url, csv(CILACAP));
      expect(readOnly.statusCode).toBe(403);
      const noCsrf = await upload({ client: officer }, url, csv(CILACAP), { csrf: false });
      expect(noCsrf.statusCode).toBe(403);
      expect(await count('index_import')).toBe(0);
    });

    it('answers 413 above 64 MB, while the rest of the API keeps its 256 KB JSON limit', async () => {
      const officer = { client: await kabupaten('3301') };
      const huge = Buffer.alloc(INDEX_UPLOAD_LIMIT_BYTES + 1, 0x20);
      const res = await upload(officer, '/api/village-index/imports/sheet?fileName=besar.csv', huge);
      expect(res.statusCode).toBe(413);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        status: 413,
        code: 'too_large',
        detail: 'Isi permintaan lebih besar dari 64 MB, batas untuk permintaan ini.',
        errors: [{ field: 'body' }],
      });

      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'x'.repeat(300 * 1024), password: 'y' },
      });
      expect(login.statusCode).toBe(413);
      expect(login.json().detail).toBe('Isi permintaan lebih besar dari 256 KB, batas untuk permintaan ini.');
    });
  });

  describe('POST /api/village-index/imports/api', () => {
    it('imports a ZIP of API responses, listing the file that cannot be read', async () => {
      const officer = { client: await kabupaten('3603') };
      const zip = Buffer.from(
        zipSync({
          'jawaban/3603132008/2022.json': fixture('3603132008/2022.json'),
          'jawaban/3603132008/2024.json': fixture('3603132008/2024.json'),
          'jawaban/rusak.json': new TextEncoder().encode('{"status": 200, "mapData": '),
        }),
      );
      const res = await upload(
        officer,
        '/api/village-index/imports/api?fileName=tangerang.zip&dryRun=false',
        zip,
        {
          contentType: 'application/zip',
        },
      );
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json() as IndexImportReport;
      expect(report).toMatchObject({
        kind: 'api',
        fileName: 'tangerang.zip',
        files: 3,
        years: [2022, 2024],
        rows: 2,
      });
      expect(report.rejected.rows.map((r) => r.file)).toEqual(['jawaban/rusak.json']);
      expect(await count('village_index')).toBe(2);
    });

    it('takes one JSON response labelled application/json as bytes, and refuses it outside the officer’s scope', async () => {
      const json = fixture('3603132008/2024.json');
      const url = '/api/village-index/imports/api?fileName=3603132008-2024.json&dryRun=true';
      const inside = await upload({ client: await kabupaten('3603') }, url, json, {
        contentType: 'application/json',
      });
      expect(inside.statusCode, inside.body).toBe(200);
      expect(inside.json()).toMatchObject({ kind: 'api', dryRun: true, rows: 1, years: [2024] });
      const outside = await upload({ client: await kabupaten('3301') }, url, json);
      expect(outside.statusCode).toBe(403);
    });

    it('refuses a batch where no file can be read, naming each file', async () => {
      const officer = { client: await kabupaten('3603') };
      const res = await upload(officer, '/api/village-index/imports/api?fileName=rusak.json', 'bukan json');
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].field).toBe('berkas rusak.json');
    });
  });
});
