import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionIndexSummary, VillageIndexList } from '../../contracts/village-index.contract.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { parseCsv } from '../../domain/csv.ts';
import { INDEX_ATTRIBUTION } from '../../services/export/index-export.service.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { createIndexImportService } from '../../services/village-index/index-import.service.ts';
import { idmSheetHeader, SYSTEM_ACTOR } from '../../services/village-index/testing.ts';
import { type App, buildApp } from '../app.ts';

const SUMMARY_HEADER = [
  'Kode',
  'Nama',
  'Desa',
  'Desa dinilai',
  'Rata-rata IDM',
  'Rata-rata IKS',
  'Rata-rata IKE',
  'Rata-rata IKL',
  'Sangat Tertinggal',
  'Tertinggal',
  'Berkembang',
  'Maju',
  'Mandiri',
];
const VILLAGE_HEADER = [
  'Kode desa',
  'Nama desa',
  'IDM',
  'IKS',
  'IKE',
  'IKL',
  'Status resmi',
  'Status menurut nilai',
  'Ada di daftar wilayah',
];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The CSV body as rows; the byte-order mark must be there, so Excel reads UTF-8. */
function csvRows(body: string): string[][] {
  expect(body.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(body.slice(1).replaceAll('\r\n', '\n'));
}

async function sheetOf(payload: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

describeEachEngine('table export routes', (ctx) => {
  let app: App;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    await createIndexImportService({ db: ctx.db, now: () => new Date() }).importIdmSheet(SYSTEM_ACTOR, {
      fileName: 'idm-2024.csv',
      cells: [
        idmSheetHeader(),
        ['3301012001', 'Tambakreja', '0.8', '0.9', '0.5333', '0.7444', 'MAJU'],
        ['3301012002', '=Bumi;reja "Lama"', '0.6629', '0.6333', '0.5333', '0.6098', 'BERKEMBANG'],
        ['3301012003', 'Ciklapa', '', '', '', '', ''],
        ['3301012999', 'Desa Baru', '0.5', '0.5', '0.5', '0.5', 'SANGAT TERTINGGAL'], // disagrees
        ['3513152017', 'Krejengan', '0.7', '0.7', '0.82', '0.74', 'BERKEMBANG'],
      ],
    });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());

  describe('GET /api/village-index/summary/export', () => {
    it('writes the country’s provinces as CSV, the same figures as the summary, then the attribution', async () => {
      const res = await app.inject('/api/village-index/summary/export?format=csv');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="idm-2024-indonesia-provinsi.csv"',
      );
      const summary = (await app.inject('/api/village-index/summary')).json() as RegionIndexSummary;
      const expected = summary.children.map(({ region, summary: s }) => [
        region.code,
        region.name,
        String(s.villages),
        String(s.scored),
        ...[s.mean.value, s.mean.iks, s.mean.ike, s.mean.ikl].map((v) => (v === null ? '' : v.toFixed(4))),
        ...Object.values(s.statuses).map(String),
      ]);
      expect(expected.map((r) => r[0])).toEqual(['33', '35']);
      expect(csvRows(res.body)).toEqual([
        SUMMARY_HEADER,
        ...expected,
        [''],
        ...INDEX_ATTRIBUTION.map((a) => [a]),
      ]);
    });

    it('writes a province’s kabupaten/kota as XLSX: bold frozen header, 4-decimal means, attribution below', async () => {
      const res = await app.inject('/api/village-index/summary/export?region=33&year=2024&format=xlsx');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="idm-2024-jawa-tengah-kabupaten-kota.xlsx"',
      );
      const sheet = await sheetOf(res.rawPayload);
      expect(sheet.name).toBe('IDM 2024');
      expect(rowValues(sheet, 1)).toEqual(SUMMARY_HEADER);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const cilacap = rowValues(sheet, 2);
      expect(cilacap.slice(0, 4)).toEqual(['3301', 'Kabupaten Cilacap', 4, 3]);
      expect(typeof cilacap[4]).toBe('number');
      expect(sheet.getRow(2).getCell(5).numFmt).toBe('0.0000');
      expect(sheet.getRow(2).getCell(3).numFmt).toBe('#,##0');
      expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual('Kabupaten Cilacap'.length);
      // Kota Semarang has no IDM data (kelurahan only), so Cilacap is the only row; then a blank row.
      expect(sheet.getRow(3).values).toEqual([]);
      expect(rowValues(sheet, 4)).toEqual([INDEX_ATTRIBUTION[0]]);
      expect(rowValues(sheet, 5)).toEqual([INDEX_ATTRIBUTION[1]]);
    });

    it('names a year without data, with headers only', async () => {
      const res = await app.inject('/api/village-index/summary/export?year=2019');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="idm-2019-indonesia-provinsi.csv"',
      );
      expect(csvRows(res.body)[0]).toEqual(SUMMARY_HEADER);
      expect(csvRows(res.body)[1]).toEqual(['']);
    });
  });

  describe('GET /api/village-index/villages/export', () => {
    it('writes every desa of a kabupaten as CSV, quoting semicolons and defusing formulas', async () => {
      const res = await app.inject('/api/village-index/villages/export?region=3301&format=csv');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="idm-2024-kabupaten-cilacap-desa.csv"',
      );
      expect(res.body).toContain(`,"'=Bumi;reja ""Lama""",`);
      const list = (await app.inject('/api/village-index/villages?region=3301')).json() as VillageIndexList;
      expect(list.villages).toHaveLength(4);
      expect(csvRows(res.body)).toEqual([
        VILLAGE_HEADER,
        ['3301012001', 'Tambakreja', '0.7444', '0.8000', '0.9000', '0.5333', 'Maju', 'Maju', 'ya'],
        [
          '3301012002',
          `'=Bumi;reja "Lama"`,
          '0.6098',
          '0.6629',
          '0.6333',
          '0.5333',
          'Berkembang',
          'Berkembang',
          'ya',
        ],
        ['3301012003', 'Ciklapa', '', '', '', '', '', '', 'ya'],
        [
          '3301012999',
          'Desa Baru',
          '0.5000',
          '0.5000',
          '0.5000',
          '0.5000',
          'Sangat Tertinggal',
          'Tertinggal',
          'tidak',
        ],
        [''],
        ...INDEX_ATTRIBUTION.map((a) => [a]),
      ]);
    });

    it('writes every desa of a kecamatan as XLSX, codes as text and indices as numbers', async () => {
      const res = await app.inject('/api/village-index/villages/export?region=33.01.01&format=xlsx');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toBe('attachment; filename="idm-2024-kedungreja-desa.xlsx"');
      const sheet = await sheetOf(res.rawPayload);
      expect(rowValues(sheet, 1)).toEqual(VILLAGE_HEADER);
      expect(rowValues(sheet, 2)).toEqual([
        '3301012001',
        'Tambakreja',
        0.7444,
        0.8,
        0.9,
        0.5333,
        'Maju',
        'Maju',
        'ya',
      ]);
      expect(rowValues(sheet, 3)[1]).toBe('=Bumi;reja "Lama"'); // text in a cell, never a formula
      expect(sheet.getRow(2).getCell(3).numFmt).toBe('0.0000');
      expect(sheet.getRow(2).getCell(1).numFmt).toBe('@');
      const unscored = sheet.getRow(4);
      expect([1, 2, 3, 7, 9].map((n) => unscored.getCell(n).value)).toEqual([
        '3301012003',
        'Ciklapa',
        null,
        null,
        'ya',
      ]);
      expect(sheet.autoFilter).toBe('A1:I5');
      expect(rowValues(sheet, 7)).toEqual([INDEX_ATTRIBUTION[0]]);
    });
  });

  it.each([
    ['/api/village-index/summary/export?format=pdf', 400, 'format'],
    ['/api/village-index/summary/export?region=99', 404, undefined],
    ['/api/village-index/summary/export?region=12x', 400, 'region'],
    ['/api/village-index/villages/export', 400, 'region'],
    ['/api/village-index/villages/export?region=3301012001', 400, 'region'],
    ['/api/village-index/villages/export?region=3301&year=1999', 400, 'year'],
  ])('%s → %i problem', async (url, status, field) => {
    const res = await app.inject(url);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    if (field) expect(JSON.stringify(res.json().errors)).toContain(field);
  });
});
