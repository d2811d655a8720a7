/** Reading village index results: a village's history, and whether any data has been loaded. */
import { asc, eq } from 'drizzle-orm';
import type { VillageIndexHistory } from '../../contracts/village-index.contract.ts';
import type { Orm } from '../../db/client.ts';
import { villageIndex } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { IDM_SCHEME } from '../../domain/village-index/idm.scheme.ts';

export function createVillageIndexService(orm: Orm) {
  return {
    /** Whether any index result is stored (a fresh installation has none). */
    async hasResults(): Promise<boolean> {
      const rows = await orm.select({ code: villageIndex.regionCode }).from(villageIndex).limit(1);
      return rows.length > 0;
    },

    /** Every stored result of one desa, oldest year first. Public data. */
    async history(codeInput: string): Promise<VillageIndexHistory> {
      const parsed = parseRegionCode(codeInput);
      if (!parsed.ok) throw AppError.invalid('code', parsed.message);
      if (parsed.value.level !== 'village')
        throw AppError.invalid('code', 'Indeks desa hanya ada untuk kode desa 10 digit.');
      const rows = await orm
        .select()
        .from(villageIndex)
        .where(eq(villageIndex.regionCode, parsed.value.code))
        .orderBy(asc(villageIndex.year), asc(villageIndex.scheme));
      return {
        code: parsed.value.code,
        results: rows.map((r) => ({
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
        })),
      };
    },
  };
}
