import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../db/testing.ts';
import { parseCsv } from '../../domain/csv.ts';
import { miniWilayah } from '../../services/regions/testing.ts';
import { importWilayah } from '../../services/regions/wilayah-import.service.ts';
import { readApiResponsesFromPath } from '../../services/village-index/idm-api-source.ts';
import { createIndexImportService } from '../../services/village-index/index-import.service.ts';
import { IDM_API_FIXTURES, idmSheetHeader, SYSTEM_ACTOR } from '../../services/village-index/testing.ts';
import { type App, buildApp } from '../app.ts';

describeEachEngine('village index indicator routes', (ctx) => {
  let app: App;
  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    const imports = createIndexImportService({ db: ctx.db, now: () => new Date() });
    await imports.importIdmApi(SYSTEM_ACTOR, await readApiResponsesFromPath(IDM_API_FIXTURES));
    await imports.importIdmSheet(SYSTEM_ACTOR, {
      fileName: 'idm-2023.csv',
      cells: [idmSheetHeader(2023), ['3603132008', 'MUARA', '0.7714', '0.6500', '0.7333', '0.7183', 'MAJU']],
    });
    app = await buildApp({ db: ctx.db, version: 'test' });
  });
  afterAll(() => app.close());

  it('says for each year of a desa whether indicator scores exist', async () => {
    const res = await app.inject('/api/regions/36.03.13.2008/index');
    expect(res.statusCode).toBe(200);
    expect(
      res.json().results.map((r: { year: number; indicatorScores: boolean }) => [r.year, r.indicatorScores]),
    ).toEqual([
      [2022, true],
      [2023, false],
      [2024, true],
    ]);
  });

  it('lists the scores largest gain first, with the ministry’s advice, who can act and the gain', async () => {
    const res = await app.inject('/api/regions/3603132008/index/2024/indicators');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      code: '3603132008',
      year: 2024,
      scheme: 'idm-2016',
      value: 0.7183,
      // The scheme averages the rounded sub-indices; the ministry, the unrounded ones.
      computedValue: 0.7182,
      consistent: true,
      notes: [],
      sourceFile: '3603132008/2024.json',
    });
    expect(body.indicators).toHaveLength(50);
    const gains = body.indicators.map((i: { gain: number }) => i.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    // An IKL indicator at 2 weighs most: (5 − 2) / (3 × 15).
    expect(body.indicators[0]).toEqual({
      code: 'IKL01_KUALITAS_LINGKUNGAN',
      name: expect.any(String),
      dimension: 'IKL',
      subdimension: 'Kualitas lingkungan',
      score: 2,
      condition: expect.stringContaining('Pencemaran'),
      activity: expect.stringContaining('Identifikasi dan Penanganan 3 Jenis Pencemaran'),
      actors: [
        { level: 'provinsi', agencies: 'DLH' },
        { level: 'kabupaten', agencies: 'DLH, DINKES' },
      ],
      recovered: false,
      gain: 3 / 45,
    });
    expect(body.indicators.at(-1)).toMatchObject({ score: 5, gain: 0 });
  });

  it('marks the recovered score and explains it', async () => {
    const body = (await app.inject('/api/regions/7301042010/index/2024/indicators')).json();
    expect(body.notes[0]).toMatch(/dipulihkan menjadi 1/);
    expect(body.indicators.find((i: { code: string }) => i.code === 'IKS31_INTERNET_WARGA')).toMatchObject({
      score: 1,
      recovered: true,
    });
  });

  it('gives an empty list for a result imported without scores', async () => {
    const body = (await app.inject('/api/regions/3603132008/index/2023/indicators')).json();
    expect(body).toMatchObject({ value: 0.7183, computedValue: null, consistent: null, indicators: [] });
  });

  it('downloads the scores as the table to print for a musyawarah, in CSV and XLSX', async () => {
    const csv = await app.inject('/api/regions/36.03.13.2008/index/2024/indicators/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="idm-2024-3603132008-indikator.csv"',
    );
    const rows = parseCsv(csv.body.slice(1).replaceAll('\r\n', '\n'));
    expect(rows[0]).toEqual([
      'Kode indikator',
      'Indikator',
      'Dimensi',
      'Sub-dimensi',
      'Skor',
      'Kondisi',
      'Kegiatan yang dianjurkan',
      'Yang dapat bertindak',
      'Tambahan IDM bila skor 5',
      'Skor dipulihkan',
    ]);
    expect(rows[1]).toEqual([
      'IKL01_KUALITAS_LINGKUNGAN',
      'Kualitas lingkungan',
      'IKL',
      'Kualitas lingkungan',
      '2',
      expect.stringContaining('Pencemaran'),
      expect.stringContaining('Identifikasi dan Penanganan 3 Jenis Pencemaran'),
      'Provinsi: DLH; Kabupaten/kota: DLH, DINKES',
      '0.0667',
      'tidak',
    ]);
    expect(rows.filter((r) => /^IK[SEL]\d\d_/.test(r[0] ?? ''))).toHaveLength(50);

    const xlsx = await app.inject('/api/regions/3603132008/index/2024/indicators/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Indikator IDM 2024');
    expect(sheet.getCell('A2').value).toBe('IKL01_KUALITAS_LINGKUNGAN');
    expect(sheet.getCell('I2').value).toBeCloseTo(3 / 45, 10);
    expect((await app.inject('/api/regions/3603132008/index/2021/indicators/export')).statusCode).toBe(404);
  });

  it.each([
    ['/api/regions/3603132008/index/2021/indicators', 404],
    ['/api/regions/3603/index/2024/indicators', 400],
    ['/api/regions/3603132008/index/dua/indicators', 400],
    ['/api/regions/3603132008/index/1999/indicators', 400],
  ])('%s → %i', async (url, status) => {
    expect((await app.inject(url)).statusCode).toBe(status);
  });
});
