/** Regional views of the village index, read from the precomputed rollups. Public data. */
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type {
  IndexSummary,
  IndexSummaryQuery,
  RegionIndexSummary,
  VillageIndexList,
  VillageIndexListQuery,
} from '../../contracts/village-index.contract.ts';
import type { Orm } from '../../db/client.ts';
import { villageIndex, villageIndexRollup } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { formatRegionCode, parseRegionCode } from '../../domain/region-code.ts';
import { IDM_SCHEME, round4 } from '../../domain/village-index/idm.scheme.ts';
import { createRegionRepository } from '../regions/region.repository.ts';

type RollupRecord = typeof villageIndexRollup.$inferSelect;
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
  };
}

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

  /** Years with data for the country, oldest first. */
  async function yearsWithData(scheme: string): Promise<number[]> {
    const rows = await orm
      .selectDistinct({ year: villageIndexRollup.year })
      .from(villageIndexRollup)
      .where(and(eq(villageIndexRollup.scheme, scheme), eq(villageIndexRollup.regionCode, '')))
      .orderBy(asc(villageIndexRollup.year));
    return rows.map((r) => r.year);
  }

  return {
    /** A region's (or the country's) index summary for a year, with its child regions. */
    async summary(query: IndexSummaryQuery): Promise<RegionIndexSummary> {
      const scheme = IDM_SCHEME.id;
      const region = query.region?.trim() ? await findArea(query.region) : null;
      const prefix = region?.code ?? '';
      const years = await yearsWithData(scheme);
      const year = query.year ?? years.at(-1) ?? null;
      if (year === null) return { scheme, year, years, region, summary: null, children: [] };

      const inYear = and(eq(villageIndexRollup.scheme, scheme), eq(villageIndexRollup.year, year));
      const [own] = await orm
        .select()
        .from(villageIndexRollup)
        .where(and(inYear, eq(villageIndexRollup.regionCode, prefix)));
      // Kecamatan are the finest aggregate; their desa are read one by one on their own pages.
      const childLength = CHILD_LENGTH[prefix.length];
      const childRows =
        childLength === undefined
          ? []
          : await orm
              .select()
              .from(villageIndexRollup)
              .where(
                and(
                  inYear,
                  like(villageIndexRollup.regionCode, `${prefix}%`),
                  sql`length(${villageIndexRollup.regionCode}) = ${childLength}`,
                ),
              )
              .orderBy(asc(villageIndexRollup.regionCode));
      const names = new Map(
        (await regions.findByCodes(childRows.map((c) => c.regionCode))).map((r) => [r.code, r.name]),
      );
      return {
        scheme,
        year,
        years,
        region,
        summary: own ? toSummary(own) : null,
        children: childRows.map((c) => ({
          region: {
            code: c.regionCode,
            codeDotted: formatRegionCode(c.regionCode),
            name:
              names.get(c.regionCode) ??
              `(kode ${formatRegionCode(c.regionCode)} tidak ada di daftar wilayah)`,
          },
          summary: toSummary(c),
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
      const region = await findArea(query.region);
      const years = await yearsWithData(scheme);
      const year = query.year ?? years.at(-1) ?? null;
      if (year === null) return { scheme, year, years, region, villages: [] };
      const rows = await orm
        .select({
          code: villageIndex.regionCode,
          name: villageIndex.name,
          value: villageIndex.value,
          iks: villageIndex.iks,
          ike: villageIndex.ike,
          ikl: villageIndex.ikl,
          status: villageIndex.officialStatus,
          computedStatus: villageIndex.computedStatus,
          placed: villageIndex.placed,
        })
        .from(villageIndex)
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
