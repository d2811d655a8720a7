/**
 * Imports the national region hierarchy. All-or-nothing (one transaction), idempotent (a second
 * run changes nothing and says so), and fast: rows are bulk-loaded with COPY on either engine.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { withIndexesRebuilt } from '../../db/bulk-load.ts';
import { type Database, queryRows, type Tx } from '../../db/client.ts';
import { dataImport } from '../../db/schema.ts';
import { csvField } from '../../domain/csv.ts';
import { AppError } from '../../domain/errors.ts';
import { buildRegionRows, type RegionRow } from '../../domain/wilayah-dataset.ts';
import { readWilayahFiles, type WilayahSource } from './wilayah-source.ts';

export type ImportPhase = 'read' | 'validate' | 'write' | 'done';

export interface WilayahImportOptions {
  source: WilayahSource;
  /** Run everything, report what would change, then roll back. */
  dryRun?: boolean;
  onProgress?: (phase: ImportPhase, detail: string) => void;
  /** Injected clock, so the recorded run times are testable. */
  now?: () => Date;
}

export interface WilayahImportSummary {
  source: string;
  dryRun: boolean;
  total: number;
  byLevel: { provinces: number; regencies: number; districts: number; villages: number };
  inserted: number;
  updated: number;
  removed: number;
  unchanged: number;
}

/** Columns of `region` in the order `regionRowsToCsv` writes them. */
export const REGION_COPY_COLUMNS = [
  'code',
  'parent_code',
  'level',
  'name',
  'search_name',
  'regency_count',
  'district_count',
  'desa_count',
  'kelurahan_count',
  'desa_adat_count',
] as const;

/** The rows as CSV for COPY (no header). */
export function regionRowsToCsv(rows: readonly RegionRow[]): string {
  const lines = new Array<string>(rows.length + 1);
  rows.forEach((r, i) => {
    // Codes, levels and counts never need quoting; names may.
    const counts = `${r.regencyCount},${r.districtCount},${r.desaCount},${r.kelurahanCount},${r.desaAdatCount}`;
    lines[i] =
      `${r.code},${r.parentCode ?? ''},${r.level},${csvField(r.name)},${csvField(r.searchName)},${counts}`;
  });
  lines[rows.length] = ''; // trailing newline
  return lines.join('\n');
}

class DryRunRollback extends Error {
  constructor(readonly summary: WilayahImportSummary) {
    super('dry run');
  }
}

/** Imports (or with `dryRun`, previews) the region lists of `source` into `db`. */
export async function importWilayah(
  db: Database,
  options: WilayahImportOptions,
): Promise<WilayahImportSummary> {
  const progress = options.onProgress ?? (() => {});
  const now = options.now ?? (() => new Date());
  const startedAt = now();

  progress('read', options.source.label);
  const files = await readWilayahFiles(options.source);
  progress('validate', `${files.village.rows.length - 1} baris desa/kelurahan`);
  const built = buildRegionRows(files);
  if (!built.ok) {
    throw new AppError(
      'invalid_input',
      `Data wilayah tidak sah (${built.issues.length} masalah).`,
      built.issues,
    );
  }
  const rows = built.rows;
  const byLevel = { provinces: 0, regencies: 0, districts: 0, villages: 0 };
  const key = ['provinces', 'regencies', 'districts', 'villages'] as const;
  for (const r of rows) byLevel[key[r.level - 1]!]++;

  progress('write', `${rows.length} wilayah`);
  try {
    const summary = await db.transaction(async (tx) => {
      const changes = await writeRows(tx, rows);
      const summary: WilayahImportSummary = {
        source: options.source.label,
        dryRun: options.dryRun ?? false,
        total: rows.length,
        byLevel,
        ...changes,
        unchanged: rows.length - changes.inserted - changes.updated,
      };
      if (options.dryRun) throw new DryRunRollback(summary);
      // Fresh planner statistics (PGlite has no autovacuum); a small sample is plenty for these queries.
      await tx.orm.execute(sql`set local default_statistics_target = 10`);
      await tx.orm.execute(sql`analyze region`);
      await tx.orm.insert(dataImport).values({
        kind: 'wilayah',
        source: options.source.label,
        startedAt,
        finishedAt: now(),
        summary,
      });
      return summary;
    });
    progress('done', describeSummary(summary));
    return summary;
  } catch (err) {
    if (!(err instanceof DryRunRollback)) throw err;
    progress('done', describeSummary(err.summary));
    return err.summary;
  }
}

async function writeRows(tx: Tx, rows: readonly RegionRow[]) {
  const csv = regionRowsToCsv(rows);
  const [existing] = await queryRows<{ n: number }>(tx.orm, sql`select count(*)::int as n from region`);
  if (existing!.n === 0) {
    // First import: straight into the empty table, indexes built once afterwards.
    await withIndexesRebuilt(tx, 'region', () => tx.copyCsv('region', REGION_COPY_COLUMNS, csv));
    return { inserted: rows.length, updated: 0, removed: 0 };
  }
  await tx.orm.execute(
    sql`create temp table region_incoming (like region including defaults) on commit drop`,
  );
  await tx.copyCsv('region_incoming', REGION_COPY_COLUMNS, csv);
  const removed = await queryRows(
    tx.orm,
    sql`
    delete from region r where not exists (select 1 from region_incoming i where i.code = r.code)
    returning r.code`,
  );
  const upserted = await queryRows<{ inserted: boolean }>(
    tx.orm,
    sql`
    insert into region select * from region_incoming
    on conflict (code) do update set
      parent_code = excluded.parent_code, level = excluded.level, name = excluded.name,
      search_name = excluded.search_name, regency_count = excluded.regency_count,
      district_count = excluded.district_count, desa_count = excluded.desa_count,
      kelurahan_count = excluded.kelurahan_count, desa_adat_count = excluded.desa_adat_count
    where (region.parent_code, region.level, region.name, region.search_name, region.regency_count,
           region.district_count, region.desa_count, region.kelurahan_count, region.desa_adat_count)
      is distinct from
          (excluded.parent_code, excluded.level, excluded.name, excluded.search_name, excluded.regency_count,
           excluded.district_count, excluded.desa_count, excluded.kelurahan_count, excluded.desa_adat_count)
    returning (xmax = 0) as inserted`,
  );
  const inserted = upserted.filter((r) => r.inserted).length;
  return { inserted, updated: upserted.length - inserted, removed: removed.length };
}

/** One line for people: `83.762 desa/kelurahan … 12 baru, 3 diubah, 0 dihapus`. */
export function describeSummary(s: WilayahImportSummary): string {
  const n = (x: number) => x.toLocaleString('id-ID');
  const head = s.dryRun ? 'Uji coba (tidak disimpan): ' : '';
  return (
    `${head}${n(s.byLevel.provinces)} provinsi, ${n(s.byLevel.regencies)} kabupaten/kota, ` +
    `${n(s.byLevel.districts)} kecamatan, ${n(s.byLevel.villages)} desa/kelurahan — ` +
    `${n(s.inserted)} baru, ${n(s.updated)} diubah, ${n(s.removed)} dihapus, ${n(s.unchanged)} tetap`
  );
}

/** The most recent completed wilayah import, or null when there has been none. */
export async function lastWilayahImport(db: Database) {
  const [row] = await db.orm
    .select()
    .from(dataImport)
    .where(eq(dataImport.kind, 'wilayah'))
    .orderBy(desc(dataImport.id))
    .limit(1);
  return row ? { ...row, summary: row.summary as WilayahImportSummary } : null;
}
