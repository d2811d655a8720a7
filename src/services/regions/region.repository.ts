/** Reads of the `region` table. Lookups are served by an index; none aggregates at read time. */
import { and, asc, count, eq, inArray, isNull, like, notLike, sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { region } from '../../db/schema.ts';

export type RegionRecord = typeof region.$inferSelect;

export interface VillageSearch {
  /** Normalised query: only `[a-z0-9 ]`, so it is safe inside a LIKE pattern. */
  text: string;
  /** Canonical code prefix, or null for the whole country. */
  prefix: string | null;
  limit: number;
}

export function createRegionRepository(orm: Orm) {
  return {
    async findByCodes(codes: readonly string[]): Promise<RegionRecord[]> {
      if (codes.length === 0) return [];
      return orm
        .select()
        .from(region)
        .where(inArray(region.code, [...codes]));
    },

    /** Children of `parent` (provinces when null) in Kemendagri code order, with the total. */
    async findChildren(parent: string | null, offset: number, limit: number) {
      const where = parent === null ? isNull(region.parentCode) : eq(region.parentCode, parent);
      const [items, total] = await Promise.all([
        orm.select().from(region).where(where).orderBy(asc(region.code)).offset(offset).limit(limit),
        orm.select({ n: count() }).from(region).where(where),
      ]);
      return { items, total: total[0]!.n };
    },

    /**
     * Villages by name, best first: names starting with the query (exact name first, then
     * alphabetical; served by the name index), then names with a word starting with it, then
     * names containing it, shorter names first. The second step runs only when the first
     * did not fill the page.
     */
    async searchVillages({ text, prefix, limit }: VillageSearch): Promise<RegionRecord[]> {
      const scope = and(eq(region.level, 4), prefix ? like(region.code, `${prefix}%`) : undefined);
      const starting = await orm
        .select()
        .from(region)
        .where(and(scope, like(region.searchName, `${text}%`)))
        .orderBy(asc(region.searchName), asc(region.code))
        .limit(limit);
      if (starting.length === limit) return starting;
      const inside = await orm
        .select()
        .from(region)
        .where(and(scope, like(region.searchName, `%${text}%`), notLike(region.searchName, `${text}%`)))
        .orderBy(
          sql`(${region.searchName} like ${`% ${text}%`}) desc`,
          sql`length(${region.searchName})`,
          asc(region.code),
        )
        .limit(limit - starting.length);
      return [...starting, ...inside];
    },
  };
}
export type RegionRepository = ReturnType<typeof createRegionRepository>;
