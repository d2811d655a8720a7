/**
 * What access to a Dana Desa plan depends on, read in one place for every Dana Desa service: the
 * desa (its code, name and kecamatan), the kawasan holding it, and the plan row. Reading follows
 * `mayReadDanaDesaPlan` (404 otherwise, so the plan is not revealed), keeping `mayKeepDanaDesaPlan`
 * (403 for a reader).
 */
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { danaDesaPlan, kawasanMember, region } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  type DesaPlanFacts,
  danaDesaReadScope,
  mayKeepDanaDesaPlan,
  mayReadDanaDesaPlan,
} from '../../domain/dana-desa/dana-desa-access.ts';
import { AppError } from '../../domain/errors.ts';
import { parseRegionCode, villageTypeOf } from '../../domain/region-code.ts';
import { isUuid } from '../../domain/uuid.ts';

export const PLAN_RESOURCE = 'dana_desa_plan';

export type PlanRow = typeof danaDesaPlan.$inferSelect;

export interface DesaInfo extends DesaPlanFacts {
  desaName: string;
  kecamatanCode: string;
  kecamatanName: string;
}

export function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  return actor;
}

/** Codes starting with `prefix` as a range of the C-collated key (`:` follows `9`), so the index serves it. */
export const prefixRange = (column: SQL, prefix: string) =>
  sql`${column} >= ${prefix} and ${column} < ${`${prefix}:`}`;

/** The kawasan whose members include the desa. */
export async function kawasanIdsHolding(orm: Orm, desaCode: string): Promise<string[]> {
  const rows = await orm
    .select({ id: kawasanMember.kawasanId })
    .from(kawasanMember)
    .where(eq(kawasanMember.desaCode, desaCode));
  return rows.map((r) => r.id).sort();
}

/** Names of region codes (desa, kecamatan…), from the region table. */
export async function regionNames(orm: Orm, codes: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const rows = await orm
    .select({ code: region.code, name: region.name })
    .from(region)
    .where(inArray(region.code, unique));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The desa of a stored plan (its code was checked when the plan was made). */
export async function desaInfo(orm: Orm, desaCode: string): Promise<DesaInfo> {
  const kecamatanCode = desaCode.slice(0, 6);
  // One query at a time: inside a transaction the connection runs them in turn anyway.
  const names = await regionNames(orm, [desaCode, kecamatanCode]);
  const kawasanIds = await kawasanIdsHolding(orm, desaCode);
  return {
    desaCode,
    desaName: names.get(desaCode) ?? desaCode,
    kecamatanCode,
    kecamatanName: names.get(kecamatanCode) ?? kecamatanCode,
    kawasanIds,
  };
}

/** A desa code given in a request: a known desa (not a kelurahan, which receives no Dana Desa); 400 otherwise. */
export async function requestedDesa(orm: Orm, input: string, field = 'desaCode'): Promise<string> {
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid(field, parsed.message);
  if (parsed.value.level !== 'village')
    throw AppError.invalid(field, `Kode ${input} bukan kode desa (10 angka, misalnya 3301012001).`);
  const code = parsed.value.code;
  if (villageTypeOf(code) === 'kelurahan')
    throw AppError.invalid(field, `Kode ${input} adalah kelurahan; kelurahan tidak menerima Dana Desa.`);
  const [row] = await orm
    .select({ code: region.code })
    .from(region)
    .where(and(eq(region.code, code), eq(region.level, 4)));
  if (!row) throw AppError.invalid(field, `Desa dengan kode ${input} tidak dikenal.`);
  return code;
}

const planNotFound = (id: string) => AppError.notFound(`Tidak ada rencana Dana Desa dengan id ${id}.`);

export interface LoadedPlan {
  plan: PlanRow;
  desa: DesaInfo;
}

async function loadPlan(orm: Orm, id: string, lock: boolean): Promise<LoadedPlan | null> {
  if (!isUuid(id)) return null;
  const query = orm.select().from(danaDesaPlan).where(eq(danaDesaPlan.id, id));
  const [plan] = lock ? await query.for('update') : await query;
  if (!plan) return null;
  return { plan, desa: await desaInfo(orm, plan.desaCode) };
}

/** The plan when the actor may read it; 404 otherwise. */
export async function readablePlan(orm: Orm, actor: Actor, id: string): Promise<LoadedPlan> {
  const loaded = await loadPlan(orm, id, false);
  if (!loaded || !mayReadDanaDesaPlan(actor, loaded.desa).allowed) throw planNotFound(id);
  return loaded;
}

/** The plan, locked for the transaction, when the actor keeps it: 404 for who may not read it, 403 for a reader. */
export async function keptPlan(orm: Orm, actor: Actor, id: string): Promise<LoadedPlan> {
  const loaded = await loadPlan(orm, id, true);
  if (!loaded || !mayReadDanaDesaPlan(actor, loaded.desa).allowed) throw planNotFound(id);
  const decision = mayKeepDanaDesaPlan(actor, loaded.desa.desaCode);
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
  return loaded;
}

/** The condition on `dana_desa_plan` selecting the plans the actor reads, or null for all. */
export function readablePlansCondition(actor: Actor): SQL | null {
  const scope = danaDesaReadScope(actor);
  if (scope.regions === 'all') return null;
  const parts: SQL[] = scope.regions.map(
    (code) => sql`(${prefixRange(sql`${danaDesaPlan.desaCode}`, code)})`,
  );
  const kawasanIds = scope.kawasanIds.filter(isUuid);
  if (kawasanIds.length > 0) {
    parts.push(
      sql`exists (select 1 from kawasan_member km where km.desa_code = ${danaDesaPlan.desaCode} and km.kawasan_id in (${sql.join(
        kawasanIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}))`,
    );
  }
  if (parts.length === 0) return sql`false`;
  return or(...parts) ?? sql`false`;
}
