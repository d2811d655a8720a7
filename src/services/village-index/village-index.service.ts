/** Reading village index results: a village's history, its indicator scores, and whether any data is loaded. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { VillageIndexHistory } from '../../contracts/village-index.contract.ts';
import type { VillageIndexIndicators } from '../../contracts/village-index-indicators.contract.ts';
import type { Orm } from '../../db/client.ts';
import { villageIndex, villageIndexIndicator } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { agreesTo4Decimals, computeIdm, IDM_SCHEME } from '../../domain/village-index/idm.scheme.ts';
import { presentIndicators } from './village-indicators.presenter.ts';

function villageCode(input: string): string {
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid('code', parsed.message);
  if (parsed.value.level !== 'village')
    throw AppError.invalid('code', 'Indeks desa hanya ada untuk kode desa 10 digit.');
  return parsed.value.code;
}

const same = (a: number | null, b: number) => a !== null && agreesTo4Decimals(a, b);

export function createVillageIndexService(orm: Orm) {
  return {
    /** Whether any index result is stored (a fresh installation has none). */
    async hasResults(): Promise<boolean> {
      const rows = await orm.select({ code: villageIndex.regionCode }).from(villageIndex).limit(1);
      return rows.length > 0;
    },

    /** Every stored result of one desa, oldest year first. Public data. */
    async history(codeInput: string): Promise<VillageIndexHistory> {
      const code = villageCode(codeInput);
      const rows = await orm
        .select({
          row: villageIndex,
          // Qualified by hand: inside the subquery a bare column name would mean the indicator table's.
          indicatorScores: sql<boolean>`exists (
            select 1 from village_index_indicator i
            where i.scheme = village_index.scheme and i.year = village_index.year
              and i.region_code = village_index.region_code)`,
        })
        .from(villageIndex)
        .where(eq(villageIndex.regionCode, code))
        .orderBy(asc(villageIndex.year), asc(villageIndex.scheme));
      return {
        code,
        results: rows.map(({ row: r, indicatorScores }) => ({
          scheme: r.scheme,
          schemeName: r.scheme === IDM_SCHEME.id ? IDM_SCHEME.name : r.scheme,
          year: r.year,
          iks: r.iks,
          ike: r.ike,
          ikl: r.ikl,
          value: r.value,
          officialStatus: r.officialStatus,
          computedStatus: r.computedStatus,
          disagrees:
            r.officialStatus !== null && r.computedStatus !== null && r.officialStatus !== r.computedStatus,
          placed: r.placed,
          indicatorScores: Boolean(indicatorScores),
        })),
      };
    },

    /**
     * The IDM indicator scores of one desa and year, largest gain first: what would raise its
     * score, with the ministry's advice and who can act. Public data.
     */
    async indicators(codeInput: string, year: number): Promise<VillageIndexIndicators> {
      const code = villageCode(codeInput);
      const key = and(
        eq(villageIndex.scheme, IDM_SCHEME.id),
        eq(villageIndex.year, year),
        eq(villageIndex.regionCode, code),
      );
      const [result] = await orm.select().from(villageIndex).where(key);
      if (!result) throw AppError.notFound(`Desa ${code} tidak memiliki nilai IDM tahun ${year}.`);
      const rows = await orm
        .select()
        .from(villageIndexIndicator)
        .where(
          and(
            eq(villageIndexIndicator.scheme, IDM_SCHEME.id),
            eq(villageIndexIndicator.year, year),
            eq(villageIndexIndicator.regionCode, code),
          ),
        );
      const computed =
        rows.length > 0 ? computeIdm(Object.fromEntries(rows.map((r) => [r.indicatorCode, r.score]))) : null;
      return {
        code,
        year,
        scheme: IDM_SCHEME.id,
        value: result.value,
        computedValue: result.computedValue,
        consistent: computed
          ? same(result.iks, computed.iks) && same(result.ike, computed.ike) && same(result.ikl, computed.ikl)
          : null,
        notes: result.notes ?? [],
        sourceFile: result.sourceFile,
        indicators: presentIndicators(rows),
      };
    },
  };
}
