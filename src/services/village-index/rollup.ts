/** Recomputes the regional aggregates of one scheme and year, inside the caller's transaction. */
import { sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';

/**
 * Every stored result counts once for the nation (''), its province, kabupaten and kecamatan,
 * placed or not: an unplaced code's province and kabupaten are still real.
 */
export async function refreshIndexRollups(orm: Orm, scheme: string, year: number): Promise<void> {
  await orm.execute(sql`delete from village_index_rollup where scheme = ${scheme} and year = ${year}`);
  await orm.execute(sql`
    insert into village_index_rollup
      (scheme, year, region_code, villages, scored, mean_value, mean_iks, mean_ike, mean_ikl,
       sangat_tertinggal, tertinggal, berkembang, maju, mandiri)
    select v.scheme, v.year, p.prefix, count(*)::int, count(v.value)::int,
      avg(v.value), avg(v.iks), avg(v.ike), avg(v.ikl),
      (count(*) filter (where v.official_status = 'sangat_tertinggal'))::int,
      (count(*) filter (where v.official_status = 'tertinggal'))::int,
      (count(*) filter (where v.official_status = 'berkembang'))::int,
      (count(*) filter (where v.official_status = 'maju'))::int,
      (count(*) filter (where v.official_status = 'mandiri'))::int
    from village_index v
    cross join lateral (values (''), (substr(v.region_code, 1, 2)), (substr(v.region_code, 1, 4)), (substr(v.region_code, 1, 6))) as p(prefix)
    where v.scheme = ${scheme} and v.year = ${year}
    group by v.scheme, v.year, p.prefix`);
}
