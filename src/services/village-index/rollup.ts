/** Recomputes the regional aggregates of one scheme and year, inside the caller's transaction. */
import { type SQL, sql } from 'drizzle-orm';
import { type Database, type Orm, queryRows } from '../../db/client.ts';
import { BIN_EDGE_TOLERANCE, HISTOGRAM_BINS } from '../../domain/village-index/index-distribution.ts';
import { refreshIndexMovements } from './movement.ts';

/**
 * The 0-based histogram bin of `value`, as `histogramBin` computes it (the same double arithmetic
 * on both sides), clamped so 1.0 falls in the last bin. Null for an unscored desa, which no bin
 * then counts (the `case`, because `greatest` skips nulls).
 */
const BIN = sql`case when value is not null then
  least(${HISTOGRAM_BINS - 1}, greatest(0, floor(value * ${HISTOGRAM_BINS} + ${BIN_EDGE_TOLERANCE})))::int end`;

/** `array[count of bin 0, …, count of bin 19]`, all in the one pass over the rows. */
const HISTOGRAM: SQL = sql`array[${sql.join(
  Array.from({ length: HISTOGRAM_BINS }, (_, i) => sql`(count(*) filter (where v.bin = ${i}))::int`),
  sql`, `,
)}]`;

/**
 * Every stored result counts once for the nation (''), its province, kabupaten and kecamatan,
 * placed or not: an unplaced code's province and kabupaten are still real. The histogram counts
 * scored desa only. The status movements from the year before and to the year after are
 * refreshed with them (see `refreshIndexMovements`).
 */
export async function refreshIndexRollups(orm: Orm, scheme: string, year: number): Promise<void> {
  await orm.execute(sql`delete from village_index_rollup where scheme = ${scheme} and year = ${year}`);
  await orm.execute(sql`
    insert into village_index_rollup
      (scheme, year, region_code, villages, scored, mean_value, mean_iks, mean_ike, mean_ikl,
       sangat_tertinggal, tertinggal, berkembang, maju, mandiri, histogram)
    select v.scheme, v.year, p.prefix, count(*)::int, count(v.value)::int,
      avg(v.value), avg(v.iks), avg(v.ike), avg(v.ikl),
      (count(*) filter (where v.official_status = 'sangat_tertinggal'))::int,
      (count(*) filter (where v.official_status = 'tertinggal'))::int,
      (count(*) filter (where v.official_status = 'berkembang'))::int,
      (count(*) filter (where v.official_status = 'maju'))::int,
      (count(*) filter (where v.official_status = 'mandiri'))::int,
      ${HISTOGRAM}
    -- offset 0 keeps the subquery whole, so each row's bin is computed once, not once per bin.
    from (select *, ${BIN} as bin from village_index where scheme = ${scheme} and year = ${year} offset 0) v
    cross join lateral (values (''), (substr(v.region_code, 1, 2)), (substr(v.region_code, 1, 4)), (substr(v.region_code, 1, 6))) as p(prefix)
    group by v.scheme, v.year, p.prefix`);
  await refreshIndexMovements(orm, scheme, year);
}

/**
 * Rollups written before histograms and movements existed have an empty histogram for scored
 * desa: refresh those years once, each in its own transaction. Returns the years refreshed.
 */
export async function refreshStaleRollups(db: Database): Promise<{ scheme: string; year: number }[]> {
  const stale = await queryRows<{ scheme: string; year: number }>(
    db.orm,
    sql`select scheme, year from village_index_rollup
        where region_code = '' and scored > 0 and cardinality(histogram) = 0 order by scheme, year`,
  );
  for (const { scheme, year } of stale) {
    await db.transaction((tx) => refreshIndexRollups(tx.orm, scheme, year));
  }
  return stale;
}
