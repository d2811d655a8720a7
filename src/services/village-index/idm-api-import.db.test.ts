import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { type ApiResponseFile, readApiResponsesFromPath } from './idm-api-source.ts';
import { createIndexImportService } from './index-import.service.ts';
import {
  IDM_API_FIXTURES,
  idmSheetHeader,
  kabupatenOfficer,
  miniWilayahWithMuara,
  SYSTEM_ACTOR,
} from './testing.ts';

const fixture = (name: string) => JSON.parse(readFileSync(`${IDM_API_FIXTURES}/${name}`, 'utf8')) as unknown;

/** 7301042010 of the fixtures stays unplaced: its kabupaten is not in the region list. */
const withMuara = miniWilayahWithMuara();

interface StoredRow {
  region_code: string;
  year: number;
  value: number;
  iks: number;
  ike: number;
  ikl: number;
  official_status: string;
  computed_status: string;
  computed_value: number | null;
  source_file: string | null;
  source_line: number;
  placed: boolean;
  notes: string[] | null;
}

describeEachEngine('IDM API import', (ctx) => {
  let service: ReturnType<typeof createIndexImportService>;
  let files: ApiResponseFile[];
  const count = (table: string) => countRows(ctx.db, table);
  const stored = () =>
    queryRows<StoredRow>(
      ctx.db.orm,
      sql`select region_code, year, value, iks, ike, ikl, official_status, computed_status, computed_value,
            source_file, source_line, placed, notes from village_index order by region_code, year`,
    );

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: withMuara });
    service = createIndexImportService({ db: ctx.db, now: () => new Date() });
    files = (await readApiResponsesFromPath(IDM_API_FIXTURES)).files;
  });
  beforeEach(async () => {
    await ctx.db.orm.execute(
      sql`truncate village_index_indicator, village_index, village_index_rollup, index_import, audit_log`,
    );
  });

  it('stores the official totals, the 50 scores with the ministry’s advice, and the recovered quirk', async () => {
    const report = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
    expect(report).toMatchObject({
      kind: 'api',
      dryRun: false,
      years: [2022, 2024],
      files: 3,
      rows: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      inconsistent: { count: 0, rows: [] },
      rejected: { count: 0, rows: [] },
      unplaced: {
        count: 1,
        withCandidate: 0,
        rows: [
          {
            code: '7301042010',
            name: 'BONEA TIMUR',
            year: 2024,
            line: null,
            file: '7301042010/2024.json',
            candidate: null,
            noCandidateReason: 'Kabupaten 7301 tidak ada di daftar wilayah.',
          },
        ],
      },
    });
    expect(report.importIds).toHaveLength(2);
    const rows = await stored();
    expect(rows).toEqual([
      {
        region_code: '3603132008',
        year: 2022,
        value: 0.6256,
        iks: 0.76,
        ike: 0.5167,
        ikl: 0.6,
        official_status: 'berkembang',
        computed_status: 'berkembang',
        computed_value: 0.6256,
        source_file: '3603132008/2022.json',
        source_line: 0,
        placed: true,
        notes: null,
      },
      expect.objectContaining({
        region_code: '3603132008',
        year: 2024,
        value: 0.7183,
        official_status: 'maju',
      }),
      expect.objectContaining({ region_code: '7301042010', year: 2024, placed: false }),
    ]);
    expect(rows[2]!.notes?.[0]).toMatch(/internet warga .* dipulihkan menjadi 1/);

    const [internet] = await queryRows<{ score: number; recovered: boolean }>(
      ctx.db.orm,
      sql`select score, recovered from village_index_indicator
          where region_code = '7301042010' and indicator_code = 'IKS31_INTERNET_WARGA'`,
    );
    expect(internet).toEqual({ score: 1, recovered: true });
    const [nakes] = await queryRows<{ score: number; condition: string; activity: string; actors: object }>(
      ctx.db.orm,
      sql`select score, condition, activity, actors from village_index_indicator
          where region_code = '3603132008' and year = 2024 and indicator_code = 'IKS04_NAKES_LAIN'`,
    );
    expect(nakes).toEqual({
      score: 2,
      condition: 'Jumlah tenaga kesehatan lainnya 1 orang',
      activity: 'Penambahan Nakes Min 4 Org',
      actors: { kabupaten: 'DINKES' },
    });
    expect([
      await count('village_index_indicator'),
      await count('index_import'),
      await count('audit_log'),
    ]).toEqual([150, 2, 2]);
    // Every year written has its rollup.
    const rollups = await queryRows<{ year: number; villages: number }>(
      ctx.db.orm,
      sql`select year, villages from village_index_rollup where region_code = '' order by year`,
    );
    expect(rollups).toEqual([
      { year: 2022, villages: 1 },
      { year: 2024, villages: 2 },
    ]);
  });

  it('reports everything unchanged on a second import, and updates a changed indicator text', async () => {
    await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
    expect(await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 3,
    });
    const edited = structuredClone(files);
    const muara2024 = edited.find((f) => f.file === '3603132008/2024.json')!;
    if (!muara2024.ok) throw new Error('fixture unreadable');
    const rows = (muara2024.json as { mapData: { ROW: { INDIKATOR: string; KEGIATAN: string }[] } }).mapData
      .ROW;
    rows.find((r) => r.INDIKATOR === 'Skor Nakes Lain')!.KEGIATAN = 'Penambahan 4 tenaga kesehatan';
    expect(await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files: edited })).toMatchObject({
      updated: 1,
      unchanged: 2,
    });
    const [row] = await queryRows<{ activity: string }>(
      ctx.db.orm,
      sql`select activity from village_index_indicator
          where region_code = '3603132008' and year = 2024 and indicator_code = 'IKS04_NAKES_LAIN'`,
    );
    expect(row!.activity).toBe('Penambahan 4 tenaga kesehatan');
    expect(await count('village_index_indicator')).toBe(150);
  });

  it('previews with a dry run: the same report, nothing written', async () => {
    const preview = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files, dryRun: true });
    expect(preview).toMatchObject({ dryRun: true, inserted: 3, importIds: [] });
    const tables = [
      'village_index',
      'village_index_indicator',
      'index_import',
      'audit_log',
      'village_index_rollup',
    ];
    expect(await Promise.all(tables.map(count))).toEqual([0, 0, 0, 0, 0]);
    const real = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
    expect({ ...real, dryRun: true, importIds: [] }).toEqual(preview);
  });

  it('rejects each bad file of a batch whole and saves the good ones', async () => {
    const muara2024 = fixture('3603132008/2024.json') as { mapData: { ROW: unknown[] } };
    const missingRow = structuredClone(muara2024);
    missingRow.mapData.ROW.splice(3, 1);
    const batch: ApiResponseFile[] = [
      ...files,
      { file: 'rusak/2024.json', ok: false, problem: 'Bukan JSON yang sah: Unexpected end of JSON input.' },
      { file: '3603132008/2023.json', ok: true, json: muara2024 },
      { file: 'salinan/3603132008_2024.json', ok: true, json: muara2024 },
      { file: '1101022001/2024.json', ok: true, json: missingRow },
    ];
    const report = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'campur.zip', files: batch });
    expect(report).toMatchObject({ files: 7, rows: 3, inserted: 3 });
    expect(report.rejected.rows).toEqual([
      { file: 'rusak/2024.json', problems: ['Bukan JSON yang sah: Unexpected end of JSON input.'] },
      { file: '3603132008/2023.json', problems: ['Berkas untuk tahun 2023 berisi tahun 2024.'] },
      {
        file: 'salinan/3603132008_2024.json',
        problems: ['Desa 3603132008 tahun 2024 sudah ada di 3603132008/2024.json.'],
      },
      {
        file: '1101022001/2024.json',
        problems: expect.arrayContaining([
          'Berkas untuk desa 1101022001 berisi desa 3603132008.',
          'Indikator tidak ada: IKS04_NAKES_LAIN.',
        ]),
      },
    ]);
    expect(await count('village_index')).toBe(3);
  });

  it('keeps the official totals of a response whose scores do not add up, and lists it as inconsistent', async () => {
    const json = fixture('3603132008/2024.json') as {
      mapData: { ROW: { NO: null; INDIKATOR: string; SKOR: number }[] };
    };
    json.mapData.ROW.find((r) => r.NO === null && r.INDIKATOR === 'IKE 2024')!.SKOR = 0.7;
    const report = await service.importIdmApi(SYSTEM_ACTOR, {
      fileName: 'beda.json',
      files: [{ file: '3603132008/2024.json', ok: true, json }],
    });
    expect(report.inconsistent).toEqual({
      count: 1,
      rows: [
        {
          code: '3603132008',
          year: 2024,
          file: '3603132008/2024.json',
          notes: ['IKE resmi 0.7 ≠ 0.65 dari skor indikator; nilai resmi yang disimpan.'],
        },
      ],
    });
    const [row] = await stored();
    expect(row).toMatchObject({ ike: 0.7, value: 0.7183, notes: report.inconsistent.rows[0]!.notes });
  });

  it('refuses a batch with nothing importable, naming every file', async () => {
    const error = await service
      .importIdmApi(SYSTEM_ACTOR, {
        fileName: 'kosong.zip',
        files: [
          {
            file: 'a.json',
            ok: true,
            json: { status: 400, error: true, message: 'ID Desa tidak ditemukan' },
          },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ field: 'berkas a.json', message: 'API menjawab galat: ID Desa tidak ditemukan.' }],
    });
    expect(await count('index_import')).toBe(0);
  });

  it('lets a kabupaten officer import inside the kabupaten only; outside, nothing is written', async () => {
    const muara = files.filter((f) => f.file.startsWith('3603132008/'));
    expect(
      await service.importIdmApi(kabupatenOfficer('3603'), { fileName: 'muara', files: muara }),
    ).toMatchObject({
      inserted: 2,
    });
    await ctx.db.orm.execute(sql`truncate village_index_indicator, village_index, index_import, audit_log`);
    const error = await service
      .importIdmApi(kabupatenOfficer('3603'), { fileName: 'semua', files })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'forbidden' });
    await expect(
      service.importIdmApi(kabupatenOfficer('3301'), { fileName: 'muara', files: muara }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(service.importIdmApi(null, { fileName: 'muara', files: muara })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    const tables = ['village_index', 'village_index_indicator', 'index_import', 'audit_log'];
    expect(await Promise.all(tables.map(count))).toEqual([0, 0, 0, 0]);
  });

  describe('a spreadsheet over API results', () => {
    const sheet = (value: string) => [
      idmSheetHeader(),
      ['3603132008', 'MUARA', '0.7714', '0.6500', '0.7333', value, 'MAJU'],
    ];
    const muaraIndicators = async () =>
      (
        await queryRows<{ n: number }>(
          ctx.db.orm,
          sql`select count(*)::int as n from village_index_indicator where region_code = '3603132008' and year = 2024`,
        )
      )[0]!.n;

    it('leaves the indicator scores alone when it publishes the same figures', async () => {
      await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
      const report = await service.importIdmSheet(SYSTEM_ACTOR, {
        fileName: 'idm.csv',
        cells: sheet('0.7183'),
      });
      expect(report).toMatchObject({ kind: 'sheet', unchanged: 1, updated: 0 });
      expect(await muaraIndicators()).toBe(50);
    });

    it('drops the indicator scores that explained other figures when it changes them', async () => {
      await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
      const report = await service.importIdmSheet(SYSTEM_ACTOR, {
        fileName: 'idm.csv',
        cells: sheet('0.7200'),
      });
      expect(report).toMatchObject({ updated: 1 });
      expect(await muaraIndicators()).toBe(0);
      const muara = (await stored()).find((r) => r.region_code === '3603132008' && r.year === 2024);
      expect(muara).toMatchObject({
        value: 0.72,
        computed_value: null,
        source_file: null,
        notes: null,
        source_line: 2,
      });
      // The other year and village keep theirs.
      expect(await count('village_index_indicator')).toBe(100);
    });
  });
});
