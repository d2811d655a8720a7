/**
 * Imports village index results from the official spreadsheet layout. All-or-nothing per file
 * (one transaction, with its audit row), idempotent, with a report of every row it could not
 * place: codes missing from the region list are kept and listed, never dropped or guessed.
 */
import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.ts';
import { indexImport } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { csvField } from '../../domain/csv.ts';
import { AppError } from '../../domain/errors.ts';
import { IDM_SCHEME, idmStatus } from '../../domain/village-index/idm.scheme.ts';
import type { IdmStatus } from '../../domain/village-index/idm.types.ts';
import { type IdmSheetRow, readIdmSheet } from '../../domain/village-index/idm-sheet.ts';
import { type AccessDeps, authorize } from '../access/account.service.ts';
import { recordAudit } from '../access/audit.service.ts';
import { refreshIndexRollups } from './rollup.ts';

/** How many codes a report lists by name; the counts are always complete. */
const SAMPLE = 50;

export interface IndexImportSummary {
  scheme: string;
  year: number;
  fileName: string;
  dryRun: boolean;
  rows: number;
  unscored: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Codes not in the region list: kept, and listed here (first 50). */
  unplaced: { count: number; codes: string[] };
  /** Rows whose official status differs from the one the scheme computes. */
  disagreements: {
    count: number;
    rows: { code: string; value: number; official: string; computed: string }[];
  };
}

class DryRun extends Error {
  constructor(readonly summary: IndexImportSummary) {
    super('dry run');
  }
}

/** Columns of `village_index` in the order `indexRowToCsv` writes them. */
export const INDEX_COPY_COLUMNS = [
  'scheme',
  'year',
  'region_code',
  'name',
  'iks',
  'ike',
  'ikl',
  'value',
  'official_status',
  'computed_status',
  'placed',
  'import_id',
  'source_line',
] as const;

const num = (v: number | null) => (v === null ? '' : String(v));

/** One COPY line for a sheet row; the import id (0 here) and `placed` are set in SQL afterwards. */
export function indexRowToCsv(
  scheme: string,
  year: number,
  r: IdmSheetRow,
  computed: IdmStatus | null,
): string {
  const values = `${num(r.iks)},${num(r.ike)},${num(r.ikl)},${num(r.idm)}`;
  return `${scheme},${year},${r.code},${csvField(r.name || r.code)},${values},${r.status ?? ''},${computed ?? ''},false,0,${r.line}`;
}

/** The longest code prefix shared by all codes: where an import's audit row is filed. */
function commonPrefix(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  let prefix = codes[0]!;
  for (const code of codes) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const length = [10, 6, 4, 2].find((n) => prefix.length >= n);
  return length ? prefix.slice(0, length) : null;
}

export function createIndexImportService({ db, now }: AccessDeps) {
  return {
    /** Imports (or with `dryRun` previews) one official IDM spreadsheet, given its cells. */
    async importIdmSheet(
      actor: Actor | null,
      input: { fileName: string; cells: readonly (readonly string[])[]; dryRun?: boolean },
    ): Promise<IndexImportSummary> {
      const sheet = readIdmSheet(input.cells);
      if (!sheet.ok) {
        const issues = sheet.issues.map((i) => ({
          field: `baris ${i.line}, kolom ${i.column}`,
          message: i.message,
        }));
        throw new AppError(
          'invalid_input',
          `Berkas ${input.fileName} tidak dapat diimpor (${issues.length} masalah).`,
          issues,
        );
      }
      if (sheet.rows.length === 0)
        throw AppError.invalid('file', `Berkas ${input.fileName} tidak berisi baris data.`);
      const codes = sheet.rows.map((r) => r.code);
      authorize(actor, 'index.import', { type: 'region_data', regions: codes });

      const disagreements: IndexImportSummary['disagreements']['rows'] = [];
      let disagreementCount = 0;
      const lines = sheet.rows.map((r) => {
        const computed = r.idm === null ? null : idmStatus(r.idm);
        if (computed && r.status && computed !== r.status) {
          disagreementCount++;
          if (disagreements.length < SAMPLE)
            disagreements.push({ code: r.code, value: r.idm!, official: r.status, computed });
        }
        return indexRowToCsv(IDM_SCHEME.id, sheet.year, r, computed);
      });

      const at = now();
      try {
        return await db.transaction(async (tx) => {
          const [record] = await tx.orm
            .insert(indexImport)
            .values({
              scheme: IDM_SCHEME.id,
              year: sheet.year,
              kind: 'sheet',
              fileName: input.fileName,
              actorLabel: actor?.label ?? 'publik',
              at,
              summary: {},
            })
            .returning({ id: indexImport.id });
          await tx.orm.execute(
            sql`create temp table village_index_incoming (like village_index) on commit drop`,
          );
          await tx.copyCsv('village_index_incoming', INDEX_COPY_COLUMNS, `${lines.join('\n')}\n`);
          await tx.orm.execute(sql`
            update village_index_incoming i set import_id = ${record!.id},
              placed = exists (select 1 from region r where r.code = i.region_code and r.level = 4)`);
          const unplaced = await queryRows<{ code: string }>(
            tx.orm,
            sql`select region_code as code from village_index_incoming where not placed order by region_code`,
          );
          const written = await queryRows<{ inserted: boolean }>(
            tx.orm,
            sql`insert into village_index select * from village_index_incoming
              on conflict (scheme, year, region_code) do update set
                name = excluded.name, iks = excluded.iks, ike = excluded.ike, ikl = excluded.ikl,
                value = excluded.value, official_status = excluded.official_status,
                computed_status = excluded.computed_status, placed = excluded.placed,
                import_id = excluded.import_id, source_line = excluded.source_line
              where (village_index.name, village_index.iks, village_index.ike, village_index.ikl, village_index.value,
                     village_index.official_status, village_index.placed)
                is distinct from
                    (excluded.name, excluded.iks, excluded.ike, excluded.ikl, excluded.value,
                     excluded.official_status, excluded.placed)
              returning (xmax = 0) as inserted`,
          );
          const inserted = written.filter((w) => w.inserted).length;
          const summary: IndexImportSummary = {
            scheme: IDM_SCHEME.id,
            year: sheet.year,
            fileName: input.fileName,
            dryRun: input.dryRun ?? false,
            rows: sheet.rows.length,
            unscored: sheet.rows.filter((r) => r.idm === null).length,
            inserted,
            updated: written.length - inserted,
            unchanged: sheet.rows.length - written.length,
            unplaced: { count: unplaced.length, codes: unplaced.slice(0, SAMPLE).map((u) => u.code) },
            disagreements: { count: disagreementCount, rows: disagreements },
          };
          if (input.dryRun) throw new DryRun(summary);
          await refreshIndexRollups(tx.orm, IDM_SCHEME.id, sheet.year);
          await tx.orm.update(indexImport).set({ summary }).where(eq(indexImport.id, record!.id));
          const { unplaced: _u, disagreements: _d, ...counts } = summary;
          await recordAudit(
            tx.orm,
            actor,
            {
              action: 'index.import',
              resourceType: 'index_import',
              resourceId: String(record!.id),
              regionCode: commonPrefix(codes),
              before: null,
              after: { ...counts, unplaced: unplaced.length, disagreements: disagreementCount },
            },
            at,
          );
          return summary;
        });
      } catch (err) {
        if (err instanceof DryRun) return err.summary;
        throw err;
      }
    },
  };
}
export type IndexImportService = ReturnType<typeof createIndexImportService>;
