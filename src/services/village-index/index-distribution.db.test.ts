/**
 * The histogram and the year-to-year status movement kept with the rollups, on small synthetic
 * sheets whose counts are known exactly, imported in the order real data arrives (and out of it).
 */
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../db/client.ts';
import { describeEachEngine } from '../../db/testing.ts';
import { histogramOf } from '../../domain/village-index/index-distribution.ts';
import { miniWilayah } from '../regions/testing.ts';
import { importWilayah } from '../regions/wilayah-import.service.ts';
import { createIndexImportService } from './index-import.service.ts';
import { createIndexSummaryService } from './index-summary.service.ts';
import { refreshStaleRollups } from './rollup.ts';
import { idmSheetHeader, SYSTEM_ACTOR } from './testing.ts';

/** [code, value or '' when not scored, published status]. */
type Row = readonly [string, string, string];

const sheet = (year: number, rows: readonly Row[]) => [
  idmSheetHeader(year),
  ...rows.map(([code, value, status]) => [code, `Desa ${code}`, value, value, value, value, status]),
];

// Kedungreja (33.01.01, Cilacap) and Krejengan (35.13.15, Probolinggo); 3301012999 is not in the
// region list but still counts for its kecamatan, kabupaten and province.
const Y2023: Row[] = [
  ['3301012001', '0.45', 'SANGAT TERTINGGAL'], // → Tertinggal: up
  ['3301012002', '0.65', 'BERKEMBANG'], // same
  ['3301012003', '0.75', 'MAJU'], // → Berkembang: down
  ['3301012004', '', ''], // not scored: not compared
  ['3301012005', '0.82', 'MANDIRI'], // absent in 2024: not compared
  ['3301012999', '0.6', 'BERKEMBANG'], // → Maju: up
  ['3513152001', '0.5', 'TERTINGGAL'], // → Mandiri: up
  ['3513152002', '0.35', 'SANGAT TERTINGGAL'], // same
  ['3513152003', '0.7', 'MAJU'], // published Maju though 0.7 computes Berkembang; Maju again: same
];
const Y2024: Row[] = [
  ['3301012001', '0.55', 'TERTINGGAL'],
  ['3301012002', '0.65', 'BERKEMBANG'],
  ['3301012003', '0.69', 'BERKEMBANG'],
  ['3301012004', '0.9', 'MANDIRI'],
  ['3301012006', '', ''],
  ['3301012999', '0.72', 'MAJU'],
  ['3513152001', '1', 'MANDIRI'],
  ['3513152002', '0.35', 'SANGAT TERTINGGAL'],
  ['3513152003', '0.72', 'MAJU'],
];

/** A 5 × 5 table with `cells` set: [from, to, count], statuses 0 (sangat tertinggal) to 4. */
const table = (...cells: [number, number, number][]) => {
  const t = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
  for (const [from, to, n] of cells) t[from]![to] = n;
  return t;
};

describeEachEngine('IDM histograms and status movement', (ctx) => {
  let imports: ReturnType<typeof createIndexImportService>;
  let summaries: ReturnType<typeof createIndexSummaryService>;
  const importYear = (year: number, rows: readonly Row[]) =>
    imports.importIdmSheet(SYSTEM_ACTOR, { fileName: `idm-${year}.csv`, cells: sheet(year, rows) });
  const nationalMovements = async () =>
    queryRows<{ from_year: number; to_year: number; compared: number }>(
      ctx.db.orm,
      sql`select from_year, to_year, compared from village_index_movement where region_code = '' order by from_year`,
    );

  beforeAll(async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    imports = createIndexImportService({ db: ctx.db, now: () => new Date() });
    summaries = createIndexSummaryService(ctx.db.orm);
  });

  it('bins the scored desa of every region, 1.0 in the last bin, and has no movement for one year', async () => {
    await importYear(2024, Y2024);
    const national = await summaries.summary({});
    const bins = Array<number>(20).fill(0);
    for (const [bin, n] of [
      [7, 1],
      [11, 1],
      [13, 2],
      [14, 2],
      [18, 1],
      [19, 1],
    ] as const)
      bins[bin] = n;
    expect(national.summary).toMatchObject({ villages: 9, scored: 8, histogram: bins });
    expect(national.movement).toBeNull();
    const jatim = national.children.find((c) => c.region.code === '35')!;
    expect(jatim.summary.histogram).toEqual(histogramOf([1, 0.35, 0.72]));
    const kedungreja = await summaries.summary({ region: '330101' });
    expect(kedungreja.summary?.histogram).toEqual(histogramOf([0.55, 0.65, 0.69, 0.9, 0.72]));
    // The desa list names each desa as published and as the region list writes it.
    const desa = await summaries.villages({ region: '330101' });
    expect(desa.villages.map((v) => [v.code, v.name, v.regionName])).toEqual([
      ['3301012001', 'Desa 3301012001', 'Tambakreja'],
      ['3301012002', 'Desa 3301012002', 'Bumireja'],
      ['3301012003', 'Desa 3301012003', 'Ciklapa'],
      ['3301012004', 'Desa 3301012004', 'Kedungreja'],
      ['3301012006', 'Desa 3301012006', 'Rejamulya'],
      ['3301012999', 'Desa 3301012999', null],
    ]);
  });

  it('counts up, down and same from the published statuses once an earlier year arrives', async () => {
    await importYear(2023, Y2023);
    const national = await summaries.summary({ year: 2024 });
    expect(national.years).toEqual([2023, 2024]);
    expect(national.movement).toEqual({
      fromYear: 2023,
      toYear: 2024,
      compared: 7,
      up: 3,
      down: 1,
      same: 3,
      transitions: table([0, 0, 1], [0, 1, 1], [1, 4, 1], [2, 2, 1], [2, 3, 1], [3, 2, 1], [3, 3, 1]),
    });
    expect((await summaries.summary({ region: '35', year: 2024 })).movement).toMatchObject({
      compared: 3,
      up: 1,
      down: 0,
      same: 2,
    });
    // The unplaced 3301012999 counts for its kecamatan.
    expect((await summaries.summary({ region: '33.01.01' })).movement).toMatchObject({
      compared: 4,
      up: 2,
      down: 1,
      same: 1,
    });
    // No desa of Sikka has results: a zero movement, not a missing one.
    expect((await summaries.summary({ region: '5307' })).movement).toMatchObject({ compared: 0, up: 0 });
    // The earliest year has nothing to move from.
    expect((await summaries.summary({ year: 2023 })).movement).toBeNull();
  });

  it('refreshes the movement to the next year when an earlier year is imported again', async () => {
    await importYear(
      2023,
      Y2023.map(
        ([code, value, status]): Row =>
          code === '3301012002' ? [code, '0.8', 'MAJU'] : [code, value, status],
      ),
    );
    // 3301012002: Maju → Berkembang is now down.
    expect((await summaries.summary({})).movement).toMatchObject({ compared: 7, up: 3, down: 2, same: 2 });
    expect((await summaries.summary({})).movement?.transitions[3]).toEqual([0, 0, 2, 1, 0]);
  });

  it('compares consecutive years only, also when a year arrives between two others', async () => {
    await importYear(2021, [
      ['3513152001', '0.4', 'SANGAT TERTINGGAL'],
      ['3301992001', '0.5', 'TERTINGGAL'], // a kecamatan the region list does not have
    ]);
    expect((await summaries.summary({ region: '3301', year: 2021 })).children).toEqual([
      expect.objectContaining({
        region: {
          code: '330199',
          codeDotted: '33.01.99',
          name: '(kode 33.01.99 tidak ada di daftar wilayah)',
        },
      }),
    ]);
    expect(await nationalMovements()).toEqual([
      { from_year: 2021, to_year: 2023, compared: 1 },
      { from_year: 2023, to_year: 2024, compared: 7 },
    ]);
    await importYear(2022, [
      ['3513152001', '0.45', 'SANGAT TERTINGGAL'],
      ['3513152002', '0.6', 'BERKEMBANG'],
    ]);
    expect(await nationalMovements()).toEqual([
      { from_year: 2021, to_year: 2022, compared: 1 },
      { from_year: 2022, to_year: 2023, compared: 2 },
      { from_year: 2023, to_year: 2024, compared: 7 },
    ]);
    expect((await summaries.summary({ year: 2023 })).movement).toMatchObject({
      fromYear: 2022,
      up: 1, // Sangat Tertinggal → Tertinggal
      down: 1, // Berkembang → Sangat Tertinggal
    });
  });

  it('refreshes, once, the rollups written before histograms and movements were kept', async () => {
    const before = await summaries.summary({ year: 2024 });
    // A database from an earlier version: empty histograms, no movement rows.
    await ctx.db.orm.execute(sql`update village_index_rollup set histogram = '{}'`);
    await ctx.db.orm.execute(sql`delete from village_index_movement`);
    expect(await refreshStaleRollups(ctx.db)).toEqual(
      [2021, 2022, 2023, 2024].map((year) => ({ scheme: 'idm-2016', year })),
    );
    expect(await summaries.summary({ year: 2024 })).toEqual(before);
    expect(await nationalMovements()).toHaveLength(3);
    expect(await refreshStaleRollups(ctx.db)).toEqual([]);
  });
});

describeEachEngine('IDM histogram bins in SQL', (ctx) => {
  it('agree with the domain rule on every edge between bins', async () => {
    await importWilayah(ctx.db, { source: miniWilayah });
    // 0, 0.005, …, 1: every bin edge, every bin middle; codes outside the region list.
    const values = Array.from({ length: 201 }, (_, i) => (i / 200).toFixed(4));
    const rows = values.map((v, i): Row => [`5307013${String(i).padStart(3, '0')}`, v, '']);
    await createIndexImportService({ db: ctx.db, now: () => new Date() }).importIdmSheet(SYSTEM_ACTOR, {
      fileName: 'tepi.csv',
      cells: sheet(2024, rows),
    });
    const { summary } = await createIndexSummaryService(ctx.db.orm).summary({ region: '530701' });
    expect(summary?.histogram).toEqual(histogramOf(values.map(Number)));
    expect(summary?.histogram).toEqual([...Array(19).fill(10), 11]);
  });
});
