/**
 * Access and shared reads of the business side of stimulan usaha (units, supply links, capital):
 * the enterprise a record belongs to decides who reads it (`mayReadEnterprise`, else 404 so its
 * existence is not revealed) and who changes it (`mayManageEnterprise`, else 403). Facts are
 * loaded once per enterprise per request through a small cache, since a link or a list touches
 * several enterprises.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { businessUnit } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { mayManageEnterprise, mayReadEnterprise } from '../../domain/enterprise/enterprise-access.ts';
import { enterpriseKindLabel } from '../../domain/enterprise/vocabulary.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { isUuid } from '../../domain/uuid.ts';
import { recordAudit } from '../access/audit.service.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { type LoadedEnterpriseFacts, loadEnterpriseFacts } from './enterprise-facts.ts';

export type UnitRow = typeof businessUnit.$inferSelect;

export const UNIT_NOT_FOUND = 'Unit usaha tidak ditemukan.';
export const enterpriseNotFound = (id: string) => `Tidak ada badan usaha dengan id ${id}.`;

export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

/** The facts of enterprises, each loaded once. */
export function factsCache(orm: Orm) {
  const cache = new Map<string, Promise<LoadedEnterpriseFacts | null>>();
  return (id: string): Promise<LoadedEnterpriseFacts | null> => {
    let hit = cache.get(id);
    if (!hit) {
      hit = loadEnterpriseFacts(orm, id);
      cache.set(id, hit);
    }
    return hit;
  };
}
export type FactsOf = ReturnType<typeof factsCache>;

/** The facts of an enterprise the actor may read, or a 404 with `message`. */
export async function readableFacts(
  factsOf: FactsOf,
  actor: Actor,
  enterpriseId: string,
  message = enterpriseNotFound(enterpriseId),
): Promise<LoadedEnterpriseFacts> {
  const facts = await factsOf(enterpriseId);
  if (!facts || !mayReadEnterprise(actor, facts).allowed) throw AppError.notFound(message);
  return facts;
}

/** 403 with the rule's reason unless the actor keeps the enterprise. */
export function requireManage(actor: Actor, facts: LoadedEnterpriseFacts): void {
  const decision = mayManageEnterprise(actor, facts);
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
}

export const canManage = (actor: Actor, facts: LoadedEnterpriseFacts | null) =>
  facts !== null && mayManageEnterprise(actor, facts).allowed;

export const canRead = (actor: Actor, facts: LoadedEnterpriseFacts | null) =>
  facts !== null && mayReadEnterprise(actor, facts).allowed;

export const enterpriseRef = (facts: LoadedEnterpriseFacts) => ({
  id: facts.id,
  name: facts.name,
  kind: facts.kind,
  kindLabel: enterpriseKindLabel(facts.kind),
});

/** The unit, or 404; `lock` holds the row until the transaction ends. */
export async function loadUnit(
  orm: Orm,
  id: string,
  lock = false,
  message = UNIT_NOT_FOUND,
): Promise<UnitRow> {
  if (!isUuid(id)) throw AppError.notFound(message);
  const base = orm.select().from(businessUnit).where(eq(businessUnit.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound(message);
  return row;
}

export async function loadUnits(orm: Orm, ids: readonly string[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return orm
    .select()
    .from(businessUnit)
    .where(inArray(businessUnit.id, [...new Set(ids)]));
}

/** Names of region codes (desa), by code. */
export async function regionNames(orm: Orm, codes: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await createRegionRepository(orm).findByCodes(wanted);
  return new Map(rows.map((r) => [r.code, r.name]));
}

export const regionRef = (names: Map<string, string>, code: string | null) =>
  code === null ? null : { code, name: names.get(code) ?? code };

/** 400 on `field` unless the desa is in the region table. */
export async function requireDesa(orm: Orm, code: string | null, field: string): Promise<void> {
  if (code === null) return;
  const names = await regionNames(orm, [code]);
  if (!names.has(code)) throw AppError.invalid(field, `Desa ${code} tidak ditemukan dalam data wilayah.`);
}

/** The audit row of a change to a business record, in its transaction, in the enterprise's region. */
export async function auditBusiness(
  orm: Orm,
  actor: Actor,
  entry: {
    action: string;
    resourceType: 'business_unit' | 'capital_injection';
    resourceId: string;
    facts: LoadedEnterpriseFacts;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
  at: Date,
): Promise<void> {
  await recordAudit(
    orm,
    actor,
    {
      action: entry.action,
      resourceType: entry.resourceType,
      resourceId: entry.resourceId,
      regionCode: entry.facts.regionCode,
      before: entry.before,
      after: entry.after,
    },
    at,
  );
}

/** The unique violation (23505) under the driver's and drizzle's wrapping, if that is what `err` is. */
export function isUniqueViolation(err: unknown): boolean {
  let e = err as { code?: string; cause?: unknown } | undefined;
  while (e && e.code !== '23505') e = e.cause as typeof e;
  return e !== undefined;
}
