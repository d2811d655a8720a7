/**
 * Business units and supply links as the API shows them: labels next to codes, the desa by name,
 * the capital recorded for each unit (exact, as a digit string), the links on both sides with the
 * unit at the far end (possibly of another enterprise), and what the signed-in user may do.
 */
import { asc, eq, inArray, or } from 'drizzle-orm';
import type { BusinessLinkView, BusinessUnitView } from '../../contracts/business.contract.ts';
import type { Orm } from '../../db/client.ts';
import { businessUnit, businessUnitLink, capitalInjection } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { directionNote } from '../../domain/enterprise/business-unit.ts';
import { stageLabel, unitStatusLabel, VALUE_CHAIN_STAGES } from '../../domain/enterprise/vocabulary.ts';
import { rupiahToJson, sumRupiah } from '../../domain/money/rupiah.ts';
import {
  canManage,
  canRead,
  enterpriseRef,
  type FactsOf,
  loadUnits,
  regionNames,
  regionRef,
  type UnitRow,
} from './business-access.ts';

export type LinkRow = typeof businessUnitLink.$inferSelect;

const stageRank = (stage: string) => {
  const i = (VALUE_CHAIN_STAGES as readonly string[]).indexOf(stage);
  return i === -1 ? VALUE_CHAIN_STAGES.length : i;
};

/** Units by stage (hulu, tengah, hilir, jasa), then name and id. */
export function byStageAndName(a: UnitRow, b: UnitRow): number {
  return (
    stageRank(a.stage) - stageRank(b.stage) ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

async function unitRefs(actor: Actor, factsOf: FactsOf, units: readonly UnitRow[]) {
  const refs = new Map<string, BusinessLinkView['supplier']>();
  for (const u of units) {
    const facts = await factsOf(u.enterpriseId);
    refs.set(u.id, {
      id: u.id,
      name: u.name,
      commodity: u.commodity,
      stage: u.stage,
      stageLabel: stageLabel(u.stage),
      status: u.status,
      statusLabel: unitStatusLabel(u.status),
      enterprise: { id: u.enterpriseId, name: facts?.name ?? '' },
      readable: canRead(actor, facts),
    });
  }
  return refs;
}

/** Link views, given the units at both ends (loaded when missing). */
export async function linkViews(
  orm: Orm,
  actor: Actor,
  factsOf: FactsOf,
  links: readonly LinkRow[],
  known: readonly UnitRow[] = [],
): Promise<BusinessLinkView[]> {
  const knownIds = new Set(known.map((u) => u.id));
  const missing = links.flatMap((l) => [l.supplierUnitId, l.buyerUnitId]).filter((id) => !knownIds.has(id));
  const units = [...known, ...(await loadUnits(orm, missing))];
  const byId = new Map(units.map((u) => [u.id, u]));
  const refs = await unitRefs(actor, factsOf, units);
  const views: BusinessLinkView[] = [];
  for (const l of links) {
    const supplier = byId.get(l.supplierUnitId)!;
    const buyer = byId.get(l.buyerUnitId)!;
    const keepsEither =
      canManage(actor, await factsOf(supplier.enterpriseId)) ||
      canManage(actor, await factsOf(buyer.enterpriseId));
    views.push({
      id: l.id,
      supplier: refs.get(supplier.id)!,
      buyer: refs.get(buyer.id)!,
      product: l.product,
      note: l.note,
      directionNote: directionNote(supplier.stage, buyer.stage),
      createdAt: l.createdAt.toISOString(),
      canDelete: keepsEither,
    });
  }
  return views;
}

/** The links touching any of `unitIds`, by product then id. */
export async function linksOf(orm: Orm, unitIds: readonly string[]): Promise<LinkRow[]> {
  if (unitIds.length === 0) return [];
  return orm
    .select()
    .from(businessUnitLink)
    .where(
      or(
        inArray(businessUnitLink.supplierUnitId, [...unitIds]),
        inArray(businessUnitLink.buyerUnitId, [...unitIds]),
      ),
    )
    .orderBy(asc(businessUnitLink.product), asc(businessUnitLink.id));
}

/** The capital recorded for each unit: exact sums and counts. */
export async function unitCapital(
  orm: Orm,
  unitIds: readonly string[],
): Promise<Map<string, { total: bigint; count: number }>> {
  if (unitIds.length === 0) return new Map();
  const rows = await orm
    .select({ unitId: capitalInjection.unitId, amount: capitalInjection.amount })
    .from(capitalInjection)
    .where(inArray(capitalInjection.unitId, [...unitIds]));
  const amounts = new Map<string, bigint[]>();
  for (const r of rows) if (r.unitId) amounts.set(r.unitId, [...(amounts.get(r.unitId) ?? []), r.amount]);
  return new Map([...amounts].map(([id, list]) => [id, { total: sumRupiah(list), count: list.length }]));
}

/** Views of units, each with its links on both sides and its capital. */
export async function unitViews(
  orm: Orm,
  actor: Actor,
  factsOf: FactsOf,
  rows: readonly UnitRow[],
): Promise<BusinessUnitView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [links, capital, names] = await Promise.all([
    linksOf(orm, ids),
    unitCapital(orm, ids),
    regionNames(
      orm,
      rows.map((r) => r.desaCode),
    ),
  ]);
  const views = await linkViews(orm, actor, factsOf, links, rows);
  const out: BusinessUnitView[] = [];
  for (const r of rows) {
    const facts = (await factsOf(r.enterpriseId))!;
    const money = capital.get(r.id) ?? { total: 0n, count: 0 };
    out.push({
      id: r.id,
      enterprise: enterpriseRef(facts),
      name: r.name,
      commodity: r.commodity,
      stage: r.stage,
      stageLabel: stageLabel(r.stage),
      status: r.status,
      statusLabel: unitStatusLabel(r.status),
      description: r.description,
      desa: regionRef(names, r.desaCode),
      workers: r.workers,
      womenWorkers: r.womenWorkers,
      startedOn: r.startedOn,
      capitalTotal: rupiahToJson(money.total),
      capitalCount: money.count,
      suppliers: views.filter((v) => v.buyer.id === r.id),
      buyers: views.filter((v) => v.supplier.id === r.id),
      canManage: canManage(actor, facts),
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    });
  }
  return out;
}

/** The units of one enterprise, by stage and name. */
export async function enterpriseUnits(orm: Orm, enterpriseId: string): Promise<UnitRow[]> {
  const rows = await orm.select().from(businessUnit).where(eq(businessUnit.enterpriseId, enterpriseId));
  return rows.sort(byStageAndName);
}
