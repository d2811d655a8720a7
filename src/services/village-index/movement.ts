/**
 * Status movement of the desa between consecutive years with data, per region, inside the
 * caller's transaction: what `refreshIndexRollups` calls after recomputing a year.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Orm, queryRows } from '../../db/client.ts';
import { IDM_STATUSES } from '../../domain/village-index/idm.types.ts';

/** 0 (sangat tertinggal) to 4 (mandiri); null for a missing or unknown status. */
const rank = (column: SQL) =>
  sql`array_position(array[${sql.join(
    IDM_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )}]::text[], ${column}) - 1`;

/** `[[from 0 → to 0, …, 0 → 4], …, [4 → 0, …]]` as jsonb, from the pair counts of a region. */
const TRANSITIONS: SQL = sql`jsonb_build_array(${sql.join(
  IDM_STATUSES.map(
    (_, from) =>
      sql`jsonb_build_array(${sql.join(
        IDM_STATUSES.map((_, to) => sql`coalesce(sum(m.n) filter (where m.a = ${from} and m.b = ${to}), 0)`),
        sql`, `,
      )})`,
  ),
  sql`, `,
)})`;

/**
 * Movement rows of every region from `fromYear` to `toYear`: desa found under the same code in
 * both years, each with a published status in both. Regions without such a desa get no row.
 * Each desa's two statuses come from one grouped pass over both years rather than a self-join,
 * whose plan can go badly wrong on the row estimates of a table just filled in the same
 * transaction. The desa are then counted per kecamatan and pair of statuses (a few thousand
 * groups), and the regions summed from those.
 */
async function insertMovement(orm: Orm, scheme: string, fromYear: number, toYear: number) {
  const status = rank(sql`official_status`);
  await orm.execute(sql`
    insert into village_index_movement
      (scheme, from_year, to_year, region_code, compared, up, down, same, transitions)
    select ${scheme}::text, ${fromYear}::smallint, ${toYear}::smallint, p.prefix, sum(m.n)::int,
      coalesce(sum(m.n) filter (where m.b > m.a), 0)::int,
      coalesce(sum(m.n) filter (where m.b < m.a), 0)::int,
      coalesce(sum(m.n) filter (where m.b = m.a), 0)::int,
      ${TRANSITIONS}
    from (
      select kecamatan, a, b, count(*) as n
      from (
        select substr(region_code, 1, 6) as kecamatan,
          min(${status}) filter (where year = ${fromYear}) as a,
          min(${status}) filter (where year = ${toYear}) as b
        from village_index
        where scheme = ${scheme} and year in (${fromYear}, ${toYear})
        group by region_code
      ) d
      where a is not null and b is not null
      group by 1, 2, 3
    ) m
    cross join lateral (values (''), (substr(m.kecamatan, 1, 2)), (substr(m.kecamatan, 1, 4)), (m.kecamatan)) as p(prefix)
    group by p.prefix`);
}

/**
 * After `year` changed: recomputes the movement from the previous year with data to `year` and
 * from `year` to the next one. A new year between two others also removes the movement that
 * skipped over it (2022 → 2024 once 2023 is there), so only consecutive years are compared.
 */
export async function refreshIndexMovements(orm: Orm, scheme: string, year: number): Promise<void> {
  // The national rollup rows list the years with data without touching village_index.
  const [neighbours] = await queryRows<{ previous: number | null; next: number | null; has: boolean }>(
    orm,
    sql`select
      (select max(year) from village_index_rollup where scheme = ${scheme} and region_code = '' and year < ${year})::int as previous,
      (select min(year) from village_index_rollup where scheme = ${scheme} and region_code = '' and year > ${year})::int as next,
      exists (select 1 from village_index_rollup where scheme = ${scheme} and region_code = '' and year = ${year}) as has`,
  );
  await orm.execute(sql`
    delete from village_index_movement
    where scheme = ${scheme} and from_year <= ${year} and to_year >= ${year}`);
  const { previous, next, has } = neighbours!;
  if (!has) {
    // The year has no results (any more): its neighbours become consecutive.
    if (previous !== null && next !== null) await insertMovement(orm, scheme, previous, next);
    return;
  }
  if (previous !== null) await insertMovement(orm, scheme, previous, year);
  if (next !== null) await insertMovement(orm, scheme, year, next);
}
