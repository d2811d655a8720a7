/**
 * The IDM 2024 file shipped with Kawasan, imported on both engines after the full region list: every desa
 * kept, the 795 codes missing from the Kemendagri list reported, one status disagreement.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { bundledWilayahSource } from '../regions/wilayah-source.ts';
import { createIndexImportService } from './index-import.service.ts';
import { BUNDLED_IDM_FILE, readSheetFile } from './index-source.ts';
import { createIndexSummaryService } from './index-summary.service.ts';

describeEachEngine('IDM 2024 for the whole country', (ctx) => {
  it('imports all 75,265 desa and reports what it could not place', async () => {
    await importWilayah(ctx.db, { source: bundledWilayahSource() });
    const { fileName, cells } = await readSheetFile(BUNDLED_IDM_FILE);
    const summary = await createIndexImportService({ db: ctx.db, now: () => new Date() }).importIdmSheet(
      { kind: 'system', label: 'uji' },
      { fileName, cells },
    );
    expect(summary).toMatchObject({ years: [2024], rows: 75_265, unscored: 4, inserted: 75_265 });
    expect(summary.unplaced.count).toBe(795);
    // The shipped file keeps the kabupaten and kecamatan names, so the likely match is found for most.
    expect(summary.unplaced.withCandidate).toBe(792);
    expect(summary.unplaced.rows).toHaveLength(50);
    expect(summary.disagreements).toEqual({
      count: 1,
      rows: [{ code: '6213062003', year: 2024, value: 0.741, official: 'berkembang', computed: 'maju' }],
    });
    const [means] = await queryRows<{ idm: number; n: number }>(
      ctx.db.orm,
      sql`select round(avg(value)::numeric, 4)::float8 as idm, count(*)::int as n from village_index where value is not null`,
    );
    expect(means).toEqual({ idm: 0.712, n: 75_261 });

    // The national rollup gives the same figures without scanning the rows.
    const national = await createIndexSummaryService(ctx.db.orm).summary({});
    expect(national.summary).toEqual({
      villages: 75_265,
      scored: 75_261,
      mean: { value: 0.712, iks: 0.7662, ike: 0.6198, ikl: 0.7502 },
      statuses: {
        mandiri: 17_203,
        maju: 23_063,
        berkembang: 24_532,
        tertinggal: 6_100,
        sangat_tertinggal: 4_363,
      },
      // Scored desa per 0.05 of IDM, counted independently from the published file.
      histogram: [
        0, 0, 0, 0, 6, 23, 365, 940, 1_466, 2_125, 2_615, 3_068, 9_291, 12_407, 13_494, 9_321, 11_800, 5_729,
        2_183, 428,
      ],
    });
    expect(national.movement).toBeNull();
    const provinces = national.children.reduce((sum, c) => sum + c.summary.villages, 0);
    expect(provinces).toBe(75_265);
    const binsOfProvinces = national.children.reduce(
      (sum, c) => sum.map((n, i) => n + (c.summary.histogram[i] ?? 0)),
      Array<number>(20).fill(0),
    );
    expect(binsOfProvinces).toEqual(national.summary?.histogram);
    const jateng = await createIndexSummaryService(ctx.db.orm).summary({ region: '33' });
    // 29 kabupaten; the 6 kota of Jawa Tengah have only kelurahan, which IDM does not cover.
    expect(jateng.children.length).toBe(29);
  });
});
