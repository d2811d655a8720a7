/**
 * Wilayah import against the physical limit: a raw COPY of the same rows into an unindexed
 * table on the same engine. Both run on a fresh, migrated database; the median of a few runs.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/client.ts';
import { readIdmSheet } from '../src/domain/village-index/idm-sheet.ts';
import { buildRegionRows } from '../src/domain/wilayah-dataset.ts';
import {
  importWilayah,
  REGION_COPY_COLUMNS,
  regionRowsToCsv,
} from '../src/services/regions/wilayah-import.service.ts';
import { bundledWilayahSource, readWilayahFiles } from '../src/services/regions/wilayah-source.ts';
import {
  createIndexImportService,
  INDEX_COPY_COLUMNS,
  indexRecordToCsv,
  sheetRowToRecord,
} from '../src/services/village-index/index-import.service.ts';
import { BUNDLED_IDM_FILE, readSheetFile } from '../src/services/village-index/index-source.ts';
import { median, time } from './stats.ts';

export interface ImportResult {
  rows: number;
  rawCopyMs: number;
  /** The whole use-case: read the CSV files, validate, write, record provenance. */
  importMs: number;
  ratio: number;
  /** The database part only: COPY input, load, index rebuild, statistics, commit. */
  writeMs: number;
  writeRatio: number;
  reimportUnchangedMs: number;
}

export async function benchImport(db: Database, runs: number): Promise<ImportResult> {
  const source = bundledWilayahSource();
  const built = buildRegionRows(await readWilayahFiles(source));
  if (!built.ok) throw new Error('bundled wilayah data is invalid');
  const csv = regionRowsToCsv(built.rows);

  const raw: number[] = [];
  const ours: number[] = [];
  const writes: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db.orm.execute(sql`drop table if exists bench_raw_region`);
    await db.orm.execute(sql`create table bench_raw_region (
      code text, parent_code text, level smallint, name text, search_name text, regency_count int,
      district_count int, desa_count int, kelurahan_count int, desa_adat_count int)`);
    raw.push(
      await time(() => db.transaction((tx) => tx.copyCsv('bench_raw_region', REGION_COPY_COLUMNS, csv))),
    );
    await db.orm.execute(sql`drop table bench_raw_region`);

    await db.orm.execute(sql`truncate region, data_import`);
    let writeStarted = 0;
    const onProgress = (phase: string) => {
      if (phase === 'write') writeStarted = performance.now();
      if (phase === 'done') writes.push(performance.now() - writeStarted);
    };
    ours.push(await time(() => importWilayah(db, { source, onProgress })));
  }
  const reimportUnchangedMs = await time(() => importWilayah(db, { source }));
  const rawCopyMs = median(raw);
  const importMs = median(ours);
  const writeMs = median(writes);
  return {
    rows: built.rows.length,
    rawCopyMs,
    importMs,
    ratio: importMs / rawCopyMs,
    writeMs,
    writeRatio: writeMs / rawCopyMs,
    reimportUnchangedMs,
  };
}

export interface IdmImportResult {
  rows: number;
  rawCopyMs: number;
  importMs: number;
  ratio: number;
}

/** The official IDM 2024 file (75,265 rows) through the import, against a raw COPY of the same rows. */
export async function benchIdmImport(db: Database, runs: number): Promise<IdmImportResult> {
  const { fileName, cells } = await readSheetFile(BUNDLED_IDM_FILE);
  const sheet = readIdmSheet(cells);
  if (!sheet.ok) throw new Error('shipped IDM file is invalid');
  const csv = sheet.rows
    .map((r) => indexRecordToCsv('idm-2016', sheetRowToRecord(sheet.year, r), 0))
    .join('\n');
  const service = createIndexImportService({ db, now: () => new Date() });
  const raw: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db.orm.execute(sql`drop table if exists bench_raw_index`);
    await db.orm.execute(sql`create table bench_raw_index (scheme text, year smallint, region_code text, name text,
      iks float8, ike float8, ikl float8, value float8, official_status text, computed_status text, placed boolean,
      import_id int, source_line int, source_file text, computed_value float8, notes jsonb)`);
    raw.push(
      await time(() => db.transaction((tx) => tx.copyCsv('bench_raw_index', INDEX_COPY_COLUMNS, `${csv}\n`))),
    );
    await db.orm.execute(sql`drop table bench_raw_index`);
    await db.orm.execute(sql`truncate village_index, index_import cascade`);
    ours.push(
      await time(() => service.importIdmSheet({ kind: 'system', label: 'bench' }, { fileName, cells })),
    );
  }
  const rawCopyMs = median(raw);
  const importMs = median(ours);
  return { rows: sheet.rows.length, rawCopyMs, importMs, ratio: importMs / rawCopyMs };
}
