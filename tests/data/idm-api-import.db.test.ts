/**
 * The ministry's IDM API responses for 10 villages × 2021–2024 (../shared/data/idm-api/), imported
 * into the full national region list on both engines. Reported as NOT RUN where that data is absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/client.ts';
import { countRows, describeEachEngine } from '../../src/db/testing.ts';
import { importWilayah } from '../../src/services/regions/wilayah-import.service.ts';
import { bundledWilayahSource } from '../../src/services/regions/wilayah-source.ts';
import { type ApiResponseFile, readApiResponsesFromPath } from '../../src/services/village-index/idm-api-source.ts';
import { createIndexImportService } from '../../src/services/village-index/index-import.service.ts';
import { kabupatenOfficer, SYSTEM_ACTOR } from '../../src/services/village-index/testing.ts';
import { hasSharedData, SHARED_DATA_DIR } from './shared-data.ts';

const DIR = join(SHARED_DATA_DIR, 'idm-api');

/** The summary rows (NO = null) of a response, read here without the importer: IKS, IKE, IKL, IDM. */
function officialTotals(path: string) {
  const rows = (JSON.parse(readFileSync(path, 'utf8')) as { mapData: { ROW: { NO: null; INDIKATOR: string; SKOR: number }[] } })
    .mapData.ROW;
  const total = (name: string) => Number(rows.find((r) => r.NO === null && r.INDIKATOR.trim().startsWith(`${name} `))!.SKOR);
  const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
  return { iks: round4(total('IKS')), ike: round4(total('IKE')), ikl: round4(total('IKL')), value: round4(total('IDM')) };
}

describe.runIf(hasSharedData)('IDM API responses of 10 villages × 4 years', () => {
  describeEachEngine('imported into the national region list', (ctx) => {
    let files: ApiResponseFile[];
    let service: ReturnType<typeof createIndexImportService>;
    const count = (table: string) => countRows(ctx.db, table);

    beforeAll(async () => {
      await importWilayah(ctx.db, { source: bundledWilayahSource() });
      service = createIndexImportService({ db: ctx.db, now: () => new Date() });
      files = (await readApiResponsesFromPath(DIR)).files;
    });
    beforeEach(async () => {
      await ctx.db.orm.execute(sql`truncate village_index_indicator, village_index, village_index_rollup, index_import, audit_log`);
    });

    it('keeps the official totals of all 40 responses, with 50 scores each', async () => {
      const report = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
      expect(report).toMatchObject({
        years: [2021, 2022, 2023, 2024],
        files: 40,
        rows: 40,
        inserted: 40,
        unplaced: { count: 0 },
        inconsistent: { count: 0 },
        rejected: { count: 0 },
      });
      expect(report.importIds).toHaveLength(4);
      const stored = await queryRows<{ region_code: string; year: number; iks: number; ike: number; ikl: number; value: number }>(
        ctx.db.orm,
        sql`select region_code, year, iks, ike, ikl, value from village_index order by region_code, year`,
      );
      expect(stored).toHaveLength(40);
      for (const row of stored) {
        const expected = officialTotals(join(DIR, row.region_code, `${row.year}.json`));
        expect({ iks: row.iks, ike: row.ike, ikl: row.ikl, value: row.value }, `${row.region_code}/${row.year}`).toEqual(expected);
      }
      expect(await count('village_index_indicator')).toBe(2000);
      expect([await count('index_import'), await count('audit_log')]).toEqual([4, 4]);
    });

    it('marks the 2024 quirk record as recovered, and only that one', async () => {
      await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
      const recovered = await queryRows<{ region_code: string; year: number; indicator_code: string; score: number }>(
        ctx.db.orm,
        sql`select region_code, year, indicator_code, score from village_index_indicator where recovered`,
      );
      expect(recovered).toEqual([{ region_code: '7301042010', year: 2024, indicator_code: 'IKS31_INTERNET_WARGA', score: 1 }]);
      const [notes] = await queryRows<{ notes: string[] }>(
        ctx.db.orm,
        sql`select notes from village_index where region_code = '7301042010' and year = 2024`,
      );
      expect(notes!.notes.join(' ')).toMatch(/dipulihkan menjadi 1/);
    });

    it('finds everything unchanged on a second import; a dry run writes nothing', async () => {
      const preview = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files, dryRun: true });
      expect(preview).toMatchObject({ dryRun: true, inserted: 40 });
      const tables = ['village_index', 'village_index_indicator', 'index_import', 'audit_log', 'village_index_rollup'];
      expect(await Promise.all(tables.map(count))).toEqual([0, 0, 0, 0, 0]);
      await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files });
      expect(await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files })).toMatchObject({
        inserted: 0,
        updated: 0,
        unchanged: 40,
      });
    });

    it('rejects a bad file of the batch and saves the 40 others', async () => {
      const broken: ApiResponseFile = { file: '3603132008/2025.json', ok: true, json: JSON.parse(readFileSync(join(DIR, '3603132008/2024.json'), 'utf8')) };
      const report = await service.importIdmApi(SYSTEM_ACTOR, { fileName: 'idm-api', files: [...files, broken] });
      expect(report).toMatchObject({ files: 41, inserted: 40, rejected: { count: 1, rows: [{ file: '3603132008/2025.json', problems: ['Berkas untuk tahun 2025 berisi tahun 2024.'] }] } });
      expect(await count('village_index')).toBe(40);
    });

    it('refuses a kabupaten officer the villages outside the kabupaten, writing nothing', async () => {
      const error = await service.importIdmApi(kabupatenOfficer('3603'), { fileName: 'idm-api', files }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'forbidden' });
      expect([await count('village_index'), await count('index_import'), await count('audit_log')]).toEqual([0, 0, 0]);
      const own = files.filter((f) => f.file.startsWith('3603132008/'));
      expect(await service.importIdmApi(kabupatenOfficer('3603'), { fileName: 'tangerang', files: own })).toMatchObject({ inserted: 4 });
    });
  });
});
