import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { countRows, describeEachEngine } from '../../db/testing.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createIndexImportService } from './index-import.service.ts';
import { idmSheetHeader, kabupatenOfficer, SYSTEM_ACTOR } from './testing.ts';

const HEADER = idmSheetHeader();
const SHEET = [
  ['Data IDM 2024 — contoh'],
  HEADER,
  ['3301012001', 'Desa A', '0.8000', '0.9000', '0.5333', '0.7444', 'MAJU'],
  ['3301012002', 'Desa B', '0,6629', '0,6333', '0,5333', '0,6098', 'BERKEMBANG'],
  ['3301012003', 'Desa C', '0.7', '0.7', '0.82', '0.74', 'BERKEMBANG'], // official status disagrees
  ['3301012004', 'Desa D', '', '', '', '', ''], // not scored
  ['3301012999', 'Desa Baru', '0.5', '0.5', '0.5', '0.5', 'TERTINGGAL'], // not in the region list
];

describeEachEngine('IDM spreadsheet import', (ctx) => {
  let service: ReturnType<typeof createIndexImportService>;
  const count = (table: 'village_index' | 'audit_log' | 'index_import') => countRows(ctx.db, table);

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    service = createIndexImportService({ db: ctx.db, now: () => new Date() });
  });
  beforeEach(async () => {
    await ctx.db.orm.execute(sql`truncate village_index_indicator, village_index, index_import, audit_log`);
  });

  it('imports every row, keeps and reports the unplaced one, and lists status disagreements', async () => {
    const summary = await service.importIdmSheet(kabupatenOfficer('3301'), {
      fileName: 'idm-cilacap.csv',
      cells: SHEET,
    });
    expect(summary).toMatchObject({
      kind: 'sheet',
      scheme: 'idm-2016',
      years: [2024],
      files: 1,
      rows: 5,
      unscored: 1,
      inserted: 5,
      updated: 0,
      unchanged: 0,
      unplaced: {
        count: 1,
        withCandidate: 0,
        rows: [
          {
            code: '3301012999',
            name: 'Desa Baru',
            year: 2024,
            line: 7,
            file: null,
            candidate: null,
            noCandidateReason: 'Tidak ada desa bernama sama atau mirip di Kabupaten Cilacap.',
          },
        ],
      },
      disagreements: {
        count: 1,
        rows: [{ code: '3301012003', year: 2024, value: 0.74, official: 'berkembang', computed: 'maju' }],
      },
      inconsistent: { count: 0, rows: [] },
      rejected: { count: 0, rows: [] },
    });
    expect(summary.importIds).toHaveLength(1);
    const rows = await queryRows<{
      region_code: string;
      value: number | null;
      computed_status: string | null;
      placed: boolean;
      source_line: number;
    }>(
      ctx.db.orm,
      sql`select region_code, value, computed_status, placed, source_line from village_index order by region_code`,
    );
    expect(rows.map((r) => [r.region_code, r.value, r.computed_status, r.placed, r.source_line])).toEqual([
      ['3301012001', 0.7444, 'maju', true, 3],
      ['3301012002', 0.6098, 'berkembang', true, 4],
      ['3301012003', 0.74, 'maju', true, 5],
      ['3301012004', null, null, true, 6],
      ['3301012999', 0.5, 'tertinggal', false, 7],
    ]);
    expect(await count('audit_log')).toBe(1);
  });

  it('suggests the likely current desa of an unknown code, without writing it into the data', async () => {
    const cells = [
      ['KODE_KAB', 'NAMA_KAB', 'KODE_KEC', 'NAMA_KEC', ...HEADER],
      [
        '3301',
        'CILACAP',
        '330101',
        'KEDUNGREJA',
        '3301012998',
        'TAMBAK SARI',
        '0.5',
        '0.5',
        '0.5',
        '0.5',
        'TERTINGGAL',
      ],
      [
        '3301',
        'CILACAP',
        '330101',
        'KEDUNGREJA',
        '3301012005',
        'TAMBAKSARI',
        '0.6',
        '0.6',
        '0.6',
        '0.6',
        'BERKEMBANG',
      ],
    ];
    const report = await service.importIdmSheet(SYSTEM_ACTOR, {
      fileName: 'pemekaran.csv',
      cells,
      dryRun: true,
    });
    expect(report.unplaced).toEqual({
      count: 1,
      withCandidate: 1,
      rows: [
        {
          code: '3301012998',
          name: 'TAMBAK SARI',
          year: 2024,
          line: 2,
          file: null,
          candidate: {
            code: '3301012005',
            codeDotted: '33.01.01.2005',
            name: 'Tambaksari',
            basis: 'Nama sama bila spasi diabaikan di kecamatan yang sama (Kedungreja, 330101).',
            alsoInImport: true,
          },
          noCandidateReason: null,
        },
      ],
    });
  });

  it('changes nothing on a second import of the same file, and updates what changed', async () => {
    await service.importIdmSheet(SYSTEM_ACTOR, { fileName: 'a.csv', cells: SHEET });
    expect(await service.importIdmSheet(SYSTEM_ACTOR, { fileName: 'a.csv', cells: SHEET })).toMatchObject({
      inserted: 0,
      updated: 0,
      unchanged: 5,
    });
    const changed = SHEET.map((r) => (r[0] === '3301012001' ? [...r.slice(0, 5), '0.7500', 'MAJU'] : r));
    expect(await service.importIdmSheet(SYSTEM_ACTOR, { fileName: 'b.csv', cells: changed })).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: 4,
    });
  });

  it('previews with a dry run and writes nothing', async () => {
    const summary = await service.importIdmSheet(SYSTEM_ACTOR, {
      fileName: 'a.csv',
      cells: SHEET,
      dryRun: true,
    });
    expect(summary).toMatchObject({ dryRun: true, inserted: 5 });
    expect([await count('village_index'), await count('index_import'), await count('audit_log')]).toEqual([
      0, 0, 0,
    ]);
  });

  it('refuses the whole file when a row lies outside the officer scope', async () => {
    const error = await service
      .importIdmSheet(kabupatenOfficer('3374'), { fileName: 'a.csv', cells: SHEET })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'forbidden' });
    expect([await count('village_index'), await count('audit_log')]).toEqual([0, 0]);
    await expect(service.importIdmSheet(null, { fileName: 'a.csv', cells: SHEET })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('refuses a broken file naming every bad line and column, writing nothing', async () => {
    const broken = [
      ...SHEET,
      ['3301012005', 'Desa E', 'x', '0.5', '0.5', '0.5', 'MAJU'],
      ['33010120', 'Desa F', '0.5', '0.5', '0.5', '0.5', 'MAJU'],
    ];
    const error = await service
      .importIdmSheet(SYSTEM_ACTOR, { fileName: 'rusak.csv', cells: broken })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ field: 'baris 8, kolom IKS_2024' }, { field: 'baris 9, kolom KODE_DESA' }],
    });
    expect(await count('village_index')).toBe(0);
  });
});
