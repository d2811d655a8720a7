/** Regional views of the village index, read from the precomputed rollups. Public data. */
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type {
  IndexMovement,
  IndexSummary,
  IndexSummaryQuery,
  RegionIndexSummary,
  VillageIndexList,
  VillageIndexListQuery,
} from '../../contracts/village-index.contract.ts';
import { type Orm, queryRows } from '../../db/client.ts';
import {
  region as regionTable,
  villageIndex,
  villageIndexMovement,
  villageIndexRollup,
} from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { formatRegionCode, parseRegionCode } from '../../domain/region-code.ts';
import { IDM_SCHEME, round4 } from '../../domain/village-index/idm.scheme.ts';
import { IDM_STATUSES } from '../../domain/village-index/idm.types.ts';
import { createRegionRepository } from '../regions/region.repository.ts';

type RollupRecord = typeof villageIndexRollup.$inferSelect;

/** Sorts after every digit in byte order: `code || LAST` is past all codes that start with `code`. */
const LAST = '\u00ff';

/**
 * The codes of the rollup rows directly below `prefix`, found in the primary key by jumping from
 * one child to the next over each child's own descendants (every desa counts for its kecamatan,
 * kabupaten and province, so the first code after a child's descendants is the next child). A
 * few dozen index probes instead of filtering the 7,000 kecamatan and kabupaten rows of a year.
 */
function childCodes(scheme: string, year: number, prefix: string) {
  const upTo = prefix + LAST;
  return sql`array(
    with recursive child(code) as (
      select min(region_code) from village_index_rollup
      where scheme = ${scheme} and year = ${year} and region_code > ${prefix} and region_code < ${upTo}
      union all
      select (select min(region_code) from village_index_rollup
        where scheme = ${scheme} and year = ${year} and region_code > child.code || ${LAST} and region_code < ${upTo})
      from child where child.code is not null
    )
    select code from child where code is not null)`;
}
const CHILD_LENGTH: Record<number, number> = { 0: 2, 2: 4, 4: 6 };

const mean = (v: number | null) => (v === null ? null : round4(v));

function toSummary(r: RollupRecord): IndexSummary {
  return {
    villages: r.villages,
    scored: r.scored,
    mean: { value: mean(r.meanValue), iks: mean(r.meanIks), ike: mean(r.meanIke), ikl: mean(r.meanIkl) },
    statuses: {
      sangat_tertinggal: r.sangatTertinggal,
      tertinggal: r.tertinggal,
      berkembang: r.berkembang,
      maju: r.maju,
      mandiri: r.mandiri,
    },
    histogram: r.histogram,
  };
}

const ZERO_TRANSITIONS = IDM_STATUSES.map(() => IDM_STATUSES.map(() => 0));

export function createIndexSummaryService(orm: Orm) {
  const regions = createRegionRepository(orm);

  /** The province, kabupaten or kecamatan named by `input` (a desa code is refused). */
  async function findArea(input: string): Promise<NonNullable<RegionIndexSummary['region']>> {
    const parsed = parseRegionCode(input);
    if (!parsed.ok) throw AppError.invalid('region', parsed.message);
    if (parsed.value.level === 'village') {
      throw AppError.invalid('region', 'Untuk satu desa gunakan /api/regions/{kode}/index.');
    }
    const [found] = await regions.findByCodes([parsed.value.code]);
    if (!found) throw AppError.notFound(`Wilayah dengan kode ${input.trim()} tidak ditemukan.`);
    return { code: found.code, codeDotted: formatRegionCode(found.code), name: found.name };
  }

  /**
   * Years with data for the country, oldest first. The national row ('') opens each year in the
   * primary key, so each next year is one index probe, on PostgreSQL 15 too (no skip scan there).
   */
  async function yearsWithData(scheme: string): Promise<number[]> {
    const rows = await queryRows<{ year: number }>(
      orm,
      sql`with recursive y(year) as (
        select min(year) from village_index_rollup where scheme = ${scheme}
        union all
        select (select min(year) from village_index_rollup where scheme = ${scheme} and year > y.year)
        from y where y.year is not null
      )
      select year::int as year from y where year is not null order by year`,
    );
    return rows.map((r) => r.year);
  }

  /**
   * How a region's desa moved from the previous year with data to `year`; zero counts when no desa
   * of the region has a status in both years, null when there is no earlier year.
   */
  async function movementTo(
    scheme: string,
    prefix: string,
    years: readonly number[],
    year: number,
  ): Promise<IndexMovement | null> {
    const fromYear = years.filter((y) => y < year).at(-1);
    if (fromYear === undefined || !years.includes(year)) return null;
    const [row] = await orm
      .select()
      .from(villageIndexMovement)
      .where(
        and(
          eq(villageIndexMovement.scheme, scheme),
          eq(villageIndexMovement.fromYear, fromYear),
          eq(villageIndexMovement.toYear, year),
          eq(villageIndexMovement.regionCode, prefix),
        ),
      );
    if (!row)
      return { fromYear, toYear: year, compared: 0, up: 0, down: 0, same: 0, transitions: ZERO_TRANSITIONS };
    const { compared, up, down, same, transitions } = row;
    return { fromYear, toYear: year, compared, up, down, same, transitions };
  }

  return {
    /**
     * A region's (or the country's) index summary for a year, with its child regions and the
     * status movement from the year before. Two rounds of independent primary-key reads.
     */
    async summary(query: IndexSummaryQuery): Promise<RegionIndexSummary> {
      const scheme = IDM_SCHEME.id;
      const [region, years] = await Promise.all([
        query.region?.trim() ? findArea(query.region) : null,
        yearsWithData(scheme),
      ]);
      const prefix = region?.code ?? '';
      const year = query.year ?? years.at(-1) ?? null;
      if (year === null) return { scheme, year, years, region, summary: null, movement: null, children: [] };

      const inYear = and(eq(villageIndexRollup.scheme, scheme), eq(villageIndexRollup.year, year));
      // Kecamatan are the finest aggregate; their desa come from `villages`.
      const childLength = CHILD_LENGTH[prefix.length];
      const [[own], childRows, movement] = await Promise.all([
        orm
          .select()
          .from(villageIndexRollup)
          .where(and(inYear, eq(villageIndexRollup.regionCode, prefix))),
        childLength === undefined
          ? []
          : orm
              .select({ rollup: villageIndexRollup, name: regionTable.name })
              .from(villageIndexRollup)
              .leftJoin(regionTable, eq(regionTable.code, villageIndexRollup.regionCode))
              .where(
                and(
                  inYear,
                  sql`${villageIndexRollup.regionCode} = any(${childCodes(scheme, year, prefix)})`,
                  sql`length(${villageIndexRollup.regionCode}) = ${childLength}`,
                ),
              )
              .orderBy(asc(villageIndexRollup.regionCode)),
        movementTo(scheme, prefix, years, year),
      ]);
      return {
        scheme,
        year,
        years,
        region,
        summary: own ? toSummary(own) : null,
        movement,
        children: childRows.map(({ rollup, name }) => ({
          region: {
            code: rollup.regionCode,
            codeDotted: formatRegionCode(rollup.regionCode),
            name: name ?? `(kode ${formatRegionCode(rollup.regionCode)} tidak ada di daftar wilayah)`,
          },
          summary: toSummary(rollup),
        })),
      };
    },

    /**
     * Every desa's result in a province, kabupaten or kecamatan for a year, in code order: the
     * ranking within a kecamatan, the colours of a map, an exported table. Read through the
     * region-code index, so a province (about 8,500 desa) is the largest answer.
     */
    async villages(query: VillageIndexListQuery): Promise<VillageIndexList> {
      const scheme = IDM_SCHEME.id;
      const [region, years] = await Promise.all([findArea(query.region), yearsWithData(scheme)]);
      const year = query.year ?? years.at(-1) ?? null;
      if (year === null) return { scheme, year, years, region, villages: [] };
      const rows = await orm
        .select({
          code: villageIndex.regionCode,
          name: villageIndex.name,
          regionName: regionTable.name,
          value: villageIndex.value,
          iks: villageIndex.iks,
          ike: villageIndex.ike,
          ikl: villageIndex.ikl,
          status: villageIndex.officialStatus,
          computedStatus: villageIndex.computedStatus,
          placed: villageIndex.placed,
        })
        .from(villageIndex)
        .leftJoin(regionTable, eq(regionTable.code, villageIndex.regionCode))
        .where(
          and(
            eq(villageIndex.scheme, scheme),
            eq(villageIndex.year, year),
            like(villageIndex.regionCode, `${region.code}%`),
          ),
        )
        .orderBy(asc(villageIndex.regionCode));
      return { scheme, year, years, region, villages: rows };
    },
  };
}
