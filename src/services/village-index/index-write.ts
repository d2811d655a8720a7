/**
 * The one way village index results reach the database, for spreadsheets and ministry API
 * responses alike: one transaction with a temp table filled by COPY, an upsert that leaves
 * unchanged results alone, the indicator scores of every result it writes, the regional rollups
 * of every year it changes, one `index_import` row and one audit row per year. A dry run does
 * all of it and rolls back, so its report is the report a real import would give.
 */
import { createHash } from 'node:crypto';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { IndexImportReport } from '../../contracts/index-import.contract.ts';
import { type Database, queryRows, type Tx } from '../../db/client.ts';
import { indexImport } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { csvField } from '../../domain/csv.ts';
import { formatRegionCode } from '../../domain/region-code.ts';
import { IDM_SCHEME, idmStatus } from '../../domain/village-index/idm.scheme.ts';
import type { IdmStatus } from '../../domain/village-index/idm.types.ts';
import type { IdmApiIndicatorRow } from '../../domain/village-index/idm-api.ts';
import { authorize } from '../access/account.service.ts';
import { recordAudit } from '../access/audit.service.ts';
import { refreshIndexRollups } from './rollup.ts';
import { findUnplacedCandidates } from './unplaced-candidates.ts';

/** How many records a report lists by name; the counts are always complete. */
const REPORT_SAMPLE = 50;

/** One village-year result on its way in, from a sheet row or an API response. */
export interface IndexRecord {
  year: number;
  code: string;
  name: string;
  iks: number | null;
  ike: number | null;
  ikl: number | null;
  value: number | null;
  officialStatus: IdmStatus | null;
  /** Spreadsheet line; 0 for an API response. */
  line: number;
  /** The file of a batch of API responses; null for a spreadsheet row. */
  file: string | null;
  /** The composite recomputed from the indicator scores; null without them. */
  computedValue: number | null;
  notes: readonly string[] | null;
  /** Whether the indicator scores add up to the official totals; null without indicator scores. */
  consistent: boolean | null;
  /** The 50 indicator scores; null for a spreadsheet row, which has none. */
  indicators: readonly IdmApiIndicatorRow[] | null;
  /** What the source says about where the desa lies, to suggest a match for an unknown code. */
  place: { districtCode: string | null; districtName: string | null; regencyName: string | null };
}

export interface IndexWrite {
  kind: IndexImportReport['kind'];
  fileName: string;
  /** Files read (1 for a spreadsheet). */
  files: number;
  records: readonly IndexRecord[];
  /** Files of the batch already refused, listed in the report. */
  rejected: IndexImportReport['rejected']['rows'];
  dryRun: boolean;
  onProgress?: (phase: 'write' | 'match') => void;
}

/** Columns of `village_index` in the order `indexRecordToCsv` writes them. */
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
  'source_file',
  'computed_value',
  'notes',
] as const;

const INDICATOR_COPY_COLUMNS = [
  'scheme',
  'year',
  'region_code',
  'indicator_code',
  'score',
  'condition',
  'activity',
  'actors',
  'recovered',
] as const;

const num = (v: number | null) => (v === null ? '' : String(v));

/** One COPY line for a record; `placed` is corrected in SQL afterwards, from the region list. */
export function indexRecordToCsv(scheme: string, r: IndexRecord, importId: number): string {
  const computed = r.value === null ? '' : idmStatus(r.value);
  const values = `${num(r.iks)},${num(r.ike)},${num(r.ikl)},${num(r.value)}`;
  const notes = r.notes && r.notes.length > 0 ? csvField(JSON.stringify(r.notes)) : '';
  return (
    `${scheme},${r.year},${r.code},${csvField(r.name || r.code)},${values},${r.officialStatus ?? ''},` +
    `${computed},true,${importId},${r.line},${csvField(r.file)},${num(r.computedValue)},${notes}`
  );
}

function indicatorLines(scheme: string, records: readonly IndexRecord[]): string {
  const lines: string[] = [];
  for (const r of records) {
    for (const i of r.indicators ?? []) {
      lines.push(
        `${scheme},${r.year},${r.code},${i.code},${i.score},${csvField(i.condition)},${csvField(i.activity)},` +
          `${csvField(JSON.stringify(i.actors))},${i.recovered}`,
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

const SEP = '\u001f';
const ROW_SEP = '\u001e';
const NONE = '\u0002';

/**
 * A digest of a record's indicator scores and the ministry's texts, built exactly as
 * `STORED_DIGEST` builds it from stored rows: equal digests mean nothing to rewrite.
 */
export function indicatorDigest(r: IndexRecord): string {
  const rows = [...(r.indicators ?? [])]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((i) =>
      [
        i.code,
        String(i.score),
        i.condition ?? NONE,
        i.activity ?? NONE,
        ...ACTOR_KEYS.map((k) => i.actors[k] ?? NONE),
        String(i.recovered),
      ].join(SEP),
    );
  return createHash('md5').update(rows.join(ROW_SEP), 'utf8').digest('hex');
}

const ACTOR_KEYS = ['pusat', 'provinsi', 'kabupaten', 'desa', 'csr', 'lainnya'] as const;
const STORED_DIGEST = sql.raw(`md5(string_agg(concat_ws(chr(31),
  s.indicator_code, s.score::text, coalesce(s.condition, chr(2)), coalesce(s.activity, chr(2)),
  ${ACTOR_KEYS.map((k) => `coalesce(s.actors->>'${k}', chr(2))`).join(', ')}, s.recovered::text),
  chr(30) order by s.indicator_code collate "C"))`);

/** The longest code prefix shared by all codes: where an import's audit row is filed. */
export function commonPrefix(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  let prefix = codes[0]!;
  for (const code of codes) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const length = [10, 6, 4, 2].find((n) => prefix.length >= n);
  return length ? prefix.slice(0, length) : null;
}

/** The published status is not the one the scheme gives the published value. */
const disagrees = (r: IndexRecord) =>
  r.value !== null && r.officialStatus !== null && idmStatus(r.value) !== r.officialStatus;

class DryRun extends Error {
  constructor(readonly report: IndexImportReport) {
    super('dry run');
  }
}

const key = (year: number, code: string) => `${year}:${code}`;
const sameKey = (a: string, b: string) =>
  sql.raw(`${a}.scheme = ${b}.scheme and ${a}.year = ${b}.year and ${a}.region_code = ${b}.region_code`);
/** The published figures of a result (what a spreadsheet row says). */
const figures = (t: string) => sql.raw(`(${t}.iks, ${t}.ike, ${t}.ikl, ${t}.value, ${t}.official_status)`);
const columnList = sql.raw(INDEX_COPY_COLUMNS.join(', '));

/**
 * Writes the records (authorised for `index.import` over their codes) and reports what happened.
 * Rows a spreadsheet would not change stay as they are, with their indicator scores; a spreadsheet
 * that changes a result's figures drops the indicator scores that explained the old ones.
 */
export async function writeIndexRecords(
  db: Database,
  actor: Actor | null,
  at: Date,
  input: IndexWrite,
): Promise<IndexImportReport> {
  const scheme = IDM_SCHEME.id;
  const { records } = input;
  authorize(actor, 'index.import', { type: 'region_data', regions: records.map((r) => r.code) });
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const withIndicators = records.some((r) => r.indicators !== null);
  const byKey = new Map(records.map((r) => [key(r.year, r.code), r]));
  input.onProgress?.('write');

  try {
    return await db.transaction(async (tx) => {
      const importIds = new Map<number, number>();
      for (const year of years) {
        const [row] = await tx.orm
          .insert(indexImport)
          .values({
            scheme,
            year,
            kind: input.kind,
            fileName: input.fileName,
            actorLabel: actor?.label ?? 'publik',
            at,
            summary: {},
          })
          .returning({ id: indexImport.id });
        importIds.set(year, row!.id);
      }
      await tx.orm.execute(sql`create temp table village_index_incoming (like village_index) on commit drop`);
      // API rows carry a digest of their indicator scores, to compare with the stored ones in one pass.
      if (withIndicators)
        await tx.orm.execute(sql`alter table village_index_incoming add column indicator_digest text`);
      const lines = records.map((r) => {
        const line = indexRecordToCsv(scheme, r, importIds.get(r.year)!);
        return withIndicators ? `${line},${indicatorDigest(r)}` : line;
      });
      await tx.copyCsv(
        'village_index_incoming',
        withIndicators ? [...INDEX_COPY_COLUMNS, 'indicator_digest'] : INDEX_COPY_COLUMNS,
        `${lines.join('\n')}\n`,
      );
      // Rows arrive marked placed; rewriting only the few unknown codes spares a second copy of every row.
      await tx.orm.execute(sql`
        update village_index_incoming i set placed = false
        where not exists (select 1 from region r where r.code = i.region_code and r.level = 4)`);
      const unplaced = await queryRows<{ code: string; year: number }>(
        tx.orm,
        sql`select region_code as code, year from village_index_incoming where not placed order by region_code, year`,
      );
      // What the batch would not change is left out of every write below.
      await tx.orm.execute(sql`
        delete from village_index_incoming i using village_index v
        where ${sameKey('v', 'i')}
          and (v.name, v.iks, v.ike, v.ikl, v.value, v.official_status, v.placed)
              is not distinct from (i.name, i.iks, i.ike, i.ikl, i.value, i.official_status, i.placed)
          ${
            withIndicators
              ? sql`and (v.computed_value, v.notes) is not distinct from (i.computed_value, i.notes)
                    and i.indicator_digest = (
                      select ${STORED_DIGEST} from village_index_indicator s where ${sameKey('s', 'i')})`
              : sql``
          }`);
      // Indicator scores explain the figures they came with: the API's replace them, and a sheet
      // that changes the figures drops them.
      await tx.orm.execute(sql`
        delete from village_index_indicator d using village_index_incoming i, village_index v
        where ${sameKey('d', 'i')} and ${sameKey('v', 'i')}
          ${withIndicators ? sql`` : sql`and ${figures('v')} is distinct from ${figures('i')}`}`);
      const keepOrReplace = (column: string): SQL => {
        const c = sql.identifier(column);
        return withIndicators
          ? sql`excluded.${c}`
          : sql`case when ${figures('village_index')} is distinct from ${figures('excluded')}
                  then excluded.${c} else village_index.${c} end`;
      };
      const written = await queryRows<{ year: number; inserted: number; written: number }>(
        tx.orm,
        sql`
        with written as (
          insert into village_index (${columnList}) select ${columnList} from village_index_incoming
          on conflict (scheme, year, region_code) do update set
            name = excluded.name, iks = excluded.iks, ike = excluded.ike, ikl = excluded.ikl,
            value = excluded.value, official_status = excluded.official_status,
            computed_status = excluded.computed_status, placed = excluded.placed,
            import_id = excluded.import_id, source_line = excluded.source_line,
            source_file = ${keepOrReplace('source_file')},
            computed_value = ${keepOrReplace('computed_value')},
            notes = ${keepOrReplace('notes')}
          returning year, (xmax = 0) as inserted)
        select year, (count(*) filter (where inserted))::int as inserted, count(*)::int as written
        from written group by year`,
      );
      if (withIndicators) {
        // What is left of the incoming rows is what was written: their scores replace the old ones.
        const kept = await queryRows<{ year: number; code: string }>(
          tx.orm,
          sql`select year, region_code as code from village_index_incoming`,
        );
        const csv = indicatorLines(
          scheme,
          kept.map((k) => byKey.get(key(k.year, k.code))!),
        );
        if (csv) await tx.copyCsv('village_index_indicator', INDICATOR_COPY_COLUMNS, csv);
      }

      input.onProgress?.('match');
      const report = await buildReport(tx, input, years, unplaced, byKey, written);
      report.importIds = input.dryRun ? [] : years.map((y) => importIds.get(y)!);
      if (input.dryRun) throw new DryRun(report);

      for (const { year, written: n } of written) if (n > 0) await refreshIndexRollups(tx.orm, scheme, year);
      for (const year of years) {
        const id = importIds.get(year)!;
        const summary = yearSummary(input, report, year, unplaced, written);
        await tx.orm.update(indexImport).set({ summary }).where(eq(indexImport.id, id));
        const codes = records.filter((r) => r.year === year).map((r) => r.code);
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'index.import',
            resourceType: 'index_import',
            resourceId: String(id),
            regionCode: commonPrefix(codes),
            before: null,
            after: summary,
          },
          at,
        );
      }
      // Fresh planner statistics: PGlite has no autovacuum, and PostgreSQL would otherwise plan the
      // queries right after a large import (kawasan recommender, dashboards) for a nearly empty table.
      await tx.orm.execute(sql`set local default_statistics_target = 10`);
      await tx.orm.execute(sql`analyze village_index, village_index_indicator`);
      return report;
    });
  } catch (err) {
    if (err instanceof DryRun) return err.report;
    throw err;
  }
}

type Written = { year: number; inserted: number; written: number }[];

async function buildReport(
  tx: Tx,
  input: IndexWrite,
  years: number[],
  unplaced: { code: string; year: number }[],
  byKey: Map<string, IndexRecord>,
  written: Written,
): Promise<IndexImportReport> {
  const { records } = input;
  const unplacedRecords = unplaced.map((u) => byKey.get(key(u.year, u.code))!);
  const placements = await findUnplacedCandidates(
    tx.orm,
    unplacedRecords.map((r) => ({ code: r.code, name: r.name, ...r.place })),
  );
  const disagreeing = records.filter(disagrees);
  const inconsistent = records.filter((r) => r.consistent === false);
  const inserted = written.reduce((s, w) => s + w.inserted, 0);
  const changed = written.reduce((s, w) => s + w.written, 0);
  return {
    kind: input.kind,
    fileName: input.fileName,
    dryRun: input.dryRun,
    importIds: [],
    scheme: IDM_SCHEME.id,
    years,
    files: input.files,
    rows: records.length,
    unscored: records.filter((r) => r.value === null).length,
    inserted,
    updated: changed - inserted,
    unchanged: records.length - changed,
    unplaced: {
      count: unplaced.length,
      withCandidate: placements.filter((p) => p.kind === 'candidate').length,
      rows: unplacedRecords.slice(0, REPORT_SAMPLE).map((r, i) => {
        const placement = placements[i]!;
        return {
          code: r.code,
          name: r.name,
          year: r.year,
          line: r.line > 0 ? r.line : null,
          file: r.file,
          candidate:
            placement.kind === 'candidate'
              ? {
                  code: placement.code,
                  codeDotted: formatRegionCode(placement.code),
                  name: placement.name,
                  basis: placement.basis,
                  alsoInImport: byKey.has(key(r.year, placement.code)),
                }
              : null,
          noCandidateReason: placement.kind === 'none' ? placement.reason : null,
        };
      }),
    },
    disagreements: {
      count: disagreeing.length,
      rows: disagreeing.slice(0, REPORT_SAMPLE).map((r) => ({
        code: r.code,
        year: r.year,
        value: r.value!,
        official: r.officialStatus!,
        computed: idmStatus(r.value!),
      })),
    },
    inconsistent: {
      count: inconsistent.length,
      rows: inconsistent
        .slice(0, REPORT_SAMPLE)
        .map((r) => ({ code: r.code, year: r.year, file: r.file, notes: [...(r.notes ?? [])] })),
    },
    rejected: { count: input.rejected.length, rows: input.rejected.slice(0, REPORT_SAMPLE) },
  };
}

/** The counts of one year, kept on its `index_import` row and in its audit row. */
function yearSummary(
  input: IndexWrite,
  report: IndexImportReport,
  year: number,
  unplaced: { year: number }[],
  written: Written,
) {
  const rows = input.records.filter((r) => r.year === year);
  const w = written.find((x) => x.year === year) ?? { inserted: 0, written: 0 };
  return {
    kind: input.kind,
    fileName: input.fileName,
    year,
    files: input.kind === 'sheet' ? 1 : new Set(rows.map((r) => r.file)).size,
    rows: rows.length,
    unscored: rows.filter((r) => r.value === null).length,
    inserted: w.inserted,
    updated: w.written - w.inserted,
    unchanged: rows.length - w.written,
    unplaced: unplaced.filter((u) => u.year === year).length,
    disagreements: rows.filter(disagrees).length,
    inconsistent: rows.filter((r) => r.consistent === false).length,
    rejectedFiles: report.rejected.count,
  };
}
