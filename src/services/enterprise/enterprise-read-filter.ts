/**
 * `mayReadEnterprise` (domain/enterprise/enterprise-access.ts) as an SQL condition on
 * `enterprise`, so lists filter in the database by the same rule as one record's read. A db test
 * (enterprise-read-filter.db.test.ts) compares the two over many kinds of reader.
 *
 * Per assignment:
 * - `enterprise` role: that enterprise only;
 * - administrators (national, province, kabupaten) and region facilitators: a founding desa
 *   inside their region (national: any founding desa);
 * - village operators: their desa among the founders;
 * - kawasan managers and kawasan facilitators: linked to their kawasan, or a founding desa is a
 *   member of it.
 * What the domain's `keeps` allows is contained in these, so it needs no condition of its own.
 */
import { inArray, or, type SQL, sql } from 'drizzle-orm';
import { enterprise } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { ADMIN_RANK } from '../../domain/access/role.ts';
import { isUuid } from '../../domain/uuid.ts';

/** The condition on `enterprise` rows the actor may read; undefined for the command line (no filter). */
export function readableEnterpriseFilter(actor: Actor): SQL | undefined {
  if (actor.kind === 'system') return undefined;
  const enterpriseIds: string[] = [];
  const founderTests: SQL[] = [];
  const kawasanIds: string[] = [];
  for (const a of actor.assignments) {
    if (a.role === 'enterprise') {
      if (a.scope.kind === 'enterprise' && isUuid(a.scope.id)) enterpriseIds.push(a.scope.id);
      continue;
    }
    if (ADMIN_RANK[a.role] !== undefined || a.role === 'facilitator') {
      if (a.scope.kind === 'national') founderTests.push(sql`true`);
      else if (a.scope.kind === 'region')
        founderTests.push(sql`left(f.desa_code, ${a.scope.code.length}) = ${a.scope.code}`);
    }
    if (a.role === 'village' && a.scope.kind === 'region')
      founderTests.push(sql`f.desa_code = ${a.scope.code}`);
    if (
      (a.role === 'kawasan_manager' || a.role === 'facilitator') &&
      a.scope.kind === 'kawasan' &&
      isUuid(a.scope.id)
    )
      kawasanIds.push(a.scope.id);
  }
  const conditions: SQL[] = [];
  if (enterpriseIds.length > 0) conditions.push(inArray(enterprise.id, enterpriseIds));
  if (founderTests.length > 0)
    conditions.push(
      sql`exists (select 1 from enterprise_founder f where f.enterprise_id = ${enterprise.id} and (${or(...founderTests)}))`,
    );
  if (kawasanIds.length > 0) {
    const ids = sql.join(
      kawasanIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    conditions.push(
      sql`exists (select 1 from enterprise_kawasan ek where ek.enterprise_id = ${enterprise.id} and ek.kawasan_id in (${ids}))`,
    );
    conditions.push(
      sql`exists (select 1 from enterprise_founder f join kawasan_member km on km.desa_code = f.desa_code where f.enterprise_id = ${enterprise.id} and km.kawasan_id in (${ids}))`,
    );
  }
  return or(...conditions) ?? sql`false`;
}
