/**
 * Finds the likely current desa of every unplaced index record with two queries, however many
 * records there are: the kabupaten of their provinces, then the kecamatan and desa of the
 * kabupaten the matcher needs (code-prefix ranges on the primary key).
 */
import { and, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { region } from '../../db/schema.ts';
import {
  createUnplacedMatcher,
  type Placement,
  placementProvinces,
  placementRegencies,
  type UnplacedRecord,
} from '../../domain/village-index/unplaced-match.ts';

/** One placement per record, in the same order. Reads only; safe inside the import transaction. */
export async function findUnplacedCandidates(
  orm: Orm,
  records: readonly UnplacedRecord[],
): Promise<Placement[]> {
  if (records.length === 0) return [];
  const regencies = await orm
    .select({ code: region.code, name: region.name })
    .from(region)
    .where(and(eq(region.level, 2), inArray(region.parentCode, placementProvinces(records))));
  const regencyCodes = placementRegencies(records, regencies);
  // '~' sorts after every digit in the byte order of codes, so [code, code~) is "starts with code".
  const below =
    regencyCodes.length === 0
      ? []
      : await orm
          .select({ code: region.code, name: region.name, level: region.level })
          .from(region)
          .where(
            and(
              inArray(region.level, [3, 4]),
              or(...regencyCodes.map((c) => and(gte(region.code, c), lt(region.code, `${c}~`)))),
            ),
          );
  const match = createUnplacedMatcher({
    regencies,
    districts: below.filter((r) => r.level === 3),
    villages: below.filter((r) => r.level === 4),
  });
  return records.map(match);
}
