/**
 * The enterprises of a place, as the dashboards count them: for a region, those with a founding
 * desa inside it; for a kawasan, those linked to it or with a founding desa among its members.
 * One SQL condition on `enterprise`, shared by the business dashboard and the training
 * dashboard's share of BUM Desa with a trained manager, so both count the same enterprises.
 */
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { enterprise } from '../../db/schema.ts';

export type BusinessPlace = { kind: 'region'; code: string } | { kind: 'kawasan'; id: string };

/** Codes starting with `prefix` as a range of the C-collated key (`:` follows `9`), so the index serves it. */
const prefixRange = (column: SQL, prefix: string) =>
  sql`${column} >= ${prefix} and ${column} < ${`${prefix}:`}`;

/** The condition on `enterprise` selecting the place's enterprises. */
export function placeEnterpriseCondition(place: BusinessPlace): SQL {
  if (place.kind === 'region') {
    return sql`exists (select 1 from enterprise_founder f where f.enterprise_id = ${enterprise.id} and ${prefixRange(
      sql`f.desa_code`,
      place.code,
    )})`;
  }
  return sql`(exists (select 1 from enterprise_kawasan ek where ek.enterprise_id = ${enterprise.id} and ek.kawasan_id = ${place.id}::uuid)
    or exists (select 1 from enterprise_founder f join kawasan_member km on km.desa_code = f.desa_code
      where f.enterprise_id = ${enterprise.id} and km.kawasan_id = ${place.id}::uuid))`;
}

/** Whether a founding desa lies in the place (a region by prefix, a kawasan by membership). */
export function desaInPlace(
  place: BusinessPlace,
  memberCodes: ReadonlySet<string>,
): (code: string) => boolean {
  return place.kind === 'region' ? (code) => code.startsWith(place.code) : (code) => memberCodes.has(code);
}

/** The place's enterprises of the given kinds (all kinds when omitted), by name then id. */
export async function placeEnterprises(
  orm: Orm,
  place: BusinessPlace,
  kinds?: readonly string[],
): Promise<{ id: string; name: string; kind: string }[]> {
  const condition = placeEnterpriseCondition(place);
  const rows = await orm
    .select({ id: enterprise.id, name: enterprise.name, kind: enterprise.kind })
    .from(enterprise)
    .where(kinds ? sql`${condition} and ${inArray(enterprise.kind, [...kinds])}` : condition);
  return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}
