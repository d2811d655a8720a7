/**
 * Business units of a village enterprise and the supply links between units. Units are read by
 * whoever reads the enterprise (else 404) and kept by whoever keeps it (else 403). A supply link
 * is recorded by the keeper of the supplying unit's enterprise; the buyer may be a unit of another
 * enterprise the actor can read (a grower's BUM Desa selling to the processing unit of a BUM Desa
 * Bersama) — an unreadable buyer is a 404 on the buyer id. A link is removed by the keeper of
 * either side. A unit that has received capital is not deleted (409): it is stopped instead, so
 * no capital row loses its unit. Every change writes an audit row in its transaction
 * (resource `business_unit`, region = the enterprise's; links on the supplier's unit).
 */
import { randomUUID } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import type {
  BusinessLinkView,
  BusinessUnitList,
  BusinessUnitView,
  CreateBusinessLinkBody,
  CreateBusinessUnitBody,
  UpdateBusinessUnitBody,
} from '../../contracts/business.contract.ts';
import type { Database } from '../../db/client.ts';
import { businessUnit, businessUnitLink, capitalInjection } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { parseLink, parseUnit, type UnitInput } from '../../domain/enterprise/business-unit.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { formatRupiah, sumRupiah } from '../../domain/money/rupiah.ts';
import { isUuid } from '../../domain/uuid.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  auditBusiness,
  canManage,
  canRead,
  enterpriseRef,
  factsCache,
  invalid,
  isUniqueViolation,
  loadUnit,
  readableFacts,
  requireDesa,
  requireManage,
  UNIT_NOT_FOUND,
  type UnitRow,
} from './business-access.ts';
import { enterpriseUnits, type LinkRow, linkViews, unitViews } from './business-unit-view.ts';

export interface BusinessDeps {
  db: Database;
  now: () => Date;
}

export const BUYER_NOT_FOUND = 'Unit usaha pembeli tidak ditemukan.';
export const LINK_NOT_FOUND = 'Pasokan tidak ditemukan.';

/** What the audit keeps of a unit. */
function auditFields(row: UnitRow) {
  return {
    enterpriseId: row.enterpriseId,
    name: row.name,
    commodity: row.commodity,
    stage: row.stage,
    status: row.status,
    description: row.description,
    desaCode: row.desaCode,
    workers: row.workers,
    womenWorkers: row.womenWorkers,
    startedOn: row.startedOn,
  };
}

const linkAudit = (l: LinkRow) => ({
  linkId: l.id,
  supplierUnitId: l.supplierUnitId,
  buyerUnitId: l.buyerUnitId,
  product: l.product,
  note: l.note,
});

/** The unit as the domain reads it: the stored row with the body's changes on top. */
function unitInput(row: UnitRow | null, body: CreateBusinessUnitBody | UpdateBusinessUnitBody): UnitInput {
  const pick = <K extends keyof UnitInput>(key: K, stored: UnitInput[K]): UnitInput[K] =>
    (body as Partial<UnitInput>)[key] !== undefined ? (body as Partial<UnitInput>)[key]! : stored;
  return {
    name: pick('name', row?.name ?? ''),
    commodity: pick('commodity', row?.commodity ?? ''),
    stage: pick('stage', row?.stage ?? ''),
    status: pick('status', row?.status ?? 'berjalan'),
    description: pick('description', row?.description ?? ''),
    desaCode: body.desaCode !== undefined ? body.desaCode : (row?.desaCode ?? null),
    workers: pick('workers', row?.workers ?? 0),
    womenWorkers: pick('womenWorkers', row?.womenWorkers ?? 0),
    startedOn: body.startedOn !== undefined ? body.startedOn : (row?.startedOn ?? null),
  };
}

export function createBusinessUnitService({ db, now }: BusinessDeps) {
  async function view(actor: Actor, row: UnitRow): Promise<BusinessUnitView> {
    const [v] = await unitViews(db.orm, actor, factsCache(db.orm), [row]);
    return v!;
  }

  return {
    /** The units of an enterprise, by stage and name, each with its links and capital. */
    async list(actorInput: Actor | null, enterpriseId: string): Promise<BusinessUnitList> {
      const actor = reader(actorInput);
      const factsOf = factsCache(db.orm);
      const facts = await readableFacts(factsOf, actor, enterpriseId);
      const rows = await enterpriseUnits(db.orm, enterpriseId);
      return {
        enterprise: enterpriseRef(facts),
        items: await unitViews(db.orm, actor, factsOf, rows),
        canManage: canManage(actor, facts),
      };
    },

    async get(actorInput: Actor | null, unitId: string): Promise<BusinessUnitView> {
      const actor = reader(actorInput);
      const row = await loadUnit(db.orm, unitId);
      await readableFacts(factsCache(db.orm), actor, row.enterpriseId, UNIT_NOT_FOUND);
      return view(actor, row);
    },

    async create(
      actorInput: Actor | null,
      enterpriseId: string,
      body: CreateBusinessUnitBody,
    ): Promise<BusinessUnitView> {
      const actor = writer(actorInput);
      const at = now();
      const parsed = parseUnit(unitInput(null, body), facilitationToday(at));
      const row = await db.transaction(async (tx) => {
        const facts = await readableFacts(factsCache(tx.orm), actor, enterpriseId);
        requireManage(actor, facts);
        if (!parsed.ok) throw invalid(parsed.issues);
        await requireDesa(tx.orm, parsed.value.desaCode, 'desaCode');
        const row: UnitRow = {
          id: randomUUID(),
          enterpriseId,
          ...parsed.value,
          createdAt: at,
          updatedAt: at,
        };
        await tx.orm.insert(businessUnit).values(row);
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'business_unit.create',
            resourceType: 'business_unit',
            resourceId: row.id,
            facts,
            before: null,
            after: auditFields(row),
          },
          at,
        );
        return row;
      });
      return view(actor, row);
    },

    /** Changes a unit; stopping it is setting `status` to `berhenti`. */
    async update(
      actorInput: Actor | null,
      unitId: string,
      body: UpdateBusinessUnitBody,
    ): Promise<BusinessUnitView> {
      const actor = writer(actorInput);
      const at = now();
      const row = await db.transaction(async (tx) => {
        const before = await loadUnit(tx.orm, unitId, true);
        const facts = await readableFacts(factsCache(tx.orm), actor, before.enterpriseId, UNIT_NOT_FOUND);
        requireManage(actor, facts);
        const parsed = parseUnit(unitInput(before, body), facilitationToday(at));
        if (!parsed.ok) throw invalid(parsed.issues);
        const next: UnitRow = { ...before, ...parsed.value };
        const beforeFields = auditFields(before);
        const afterFields = auditFields(next);
        if (JSON.stringify(beforeFields) === JSON.stringify(afterFields)) return before;
        if (next.desaCode !== before.desaCode) await requireDesa(tx.orm, next.desaCode, 'desaCode');
        const { id: _id, enterpriseId: _e, createdAt: _c, ...values } = { ...next, updatedAt: at };
        await tx.orm.update(businessUnit).set(values).where(eq(businessUnit.id, unitId));
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'business_unit.update',
            resourceType: 'business_unit',
            resourceId: unitId,
            facts,
            before: beforeFields,
            after: afterFields,
          },
          at,
        );
        return { ...next, updatedAt: at };
      });
      return view(actor, row);
    },

    /** Deletes a unit with no capital recorded (its links go with it); otherwise 409. */
    async remove(actorInput: Actor | null, unitId: string): Promise<void> {
      const actor = writer(actorInput);
      const at = now();
      await db.transaction(async (tx) => {
        const row = await loadUnit(tx.orm, unitId, true);
        const facts = await readableFacts(factsCache(tx.orm), actor, row.enterpriseId, UNIT_NOT_FOUND);
        requireManage(actor, facts);
        const capital = await tx.orm
          .select({ amount: capitalInjection.amount })
          .from(capitalInjection)
          .where(eq(capitalInjection.unitId, unitId));
        if (capital.length > 0) {
          const total = formatRupiah(sumRupiah(capital.map((c) => c.amount)));
          throw new AppError(
            'conflict',
            `Unit usaha ${row.name} sudah menerima modal (${capital.length} catatan, ${total}), jadi tidak dihapus: ` +
              'catatan modal tidak boleh kehilangan unitnya. Ubah statusnya menjadi berhenti.',
          );
        }
        const [links] = await tx.orm
          .select({ n: count() })
          .from(businessUnitLink)
          .where(eq(businessUnitLink.supplierUnitId, unitId));
        const [bought] = await tx.orm
          .select({ n: count() })
          .from(businessUnitLink)
          .where(eq(businessUnitLink.buyerUnitId, unitId));
        await tx.orm.delete(businessUnit).where(eq(businessUnit.id, unitId));
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'business_unit.delete',
            resourceType: 'business_unit',
            resourceId: unitId,
            facts,
            before: { ...auditFields(row), links: Number(links!.n) + Number(bought!.n) },
            after: null,
          },
          at,
        );
      });
    },

    /** Records that the unit `supplierId` supplies `body.buyerUnitId` with a product. */
    async addLink(
      actorInput: Actor | null,
      supplierId: string,
      body: CreateBusinessLinkBody,
    ): Promise<BusinessLinkView> {
      const actor = writer(actorInput);
      const at = now();
      const { link, supplier, buyer } = await db.transaction(async (tx) => {
        const factsOf = factsCache(tx.orm);
        const supplier = await loadUnit(tx.orm, supplierId, true);
        const facts = await readableFacts(factsOf, actor, supplier.enterpriseId, UNIT_NOT_FOUND);
        requireManage(actor, facts);
        const buyer = await loadUnit(tx.orm, body.buyerUnitId, false, BUYER_NOT_FOUND);
        await readableFacts(factsOf, actor, buyer.enterpriseId, BUYER_NOT_FOUND);
        const existing = await tx.orm
          .select({ buyerUnitId: businessUnitLink.buyerUnitId, product: businessUnitLink.product })
          .from(businessUnitLink)
          .where(eq(businessUnitLink.supplierUnitId, supplierId));
        const parsed = parseLink(body, supplier, buyer, existing);
        if (!parsed.ok) throw invalid(parsed.issues);
        const link: LinkRow = {
          id: randomUUID(),
          supplierUnitId: supplierId,
          buyerUnitId: buyer.id,
          product: parsed.value.product,
          note: parsed.value.note,
          createdAt: at,
        };
        try {
          await tx.orm.insert(businessUnitLink).values(link);
        } catch (err) {
          if (!isUniqueViolation(err)) throw err;
          const message = `Pasokan ${link.product} dari ${supplier.name} ke ${buyer.name} sudah tercatat.`;
          throw new AppError('conflict', message, [{ field: 'product', message }]);
        }
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'business_unit.link_add',
            resourceType: 'business_unit',
            resourceId: supplierId,
            facts,
            before: null,
            after: linkAudit(link),
          },
          at,
        );
        return { link, supplier, buyer };
      });
      const [v] = await linkViews(db.orm, actor, factsCache(db.orm), [link], [supplier, buyer]);
      return v!;
    },

    /** Removes a supply link: by the keeper of either side (audited on the supplier's unit). */
    async removeLink(actorInput: Actor | null, linkId: string): Promise<void> {
      const actor = writer(actorInput);
      const at = now();
      await db.transaction(async (tx) => {
        if (!isUuid(linkId)) throw AppError.notFound(LINK_NOT_FOUND);
        const [link] = await tx.orm
          .select()
          .from(businessUnitLink)
          .where(eq(businessUnitLink.id, linkId))
          .for('update');
        if (!link) throw AppError.notFound(LINK_NOT_FOUND);
        const factsOf = factsCache(tx.orm);
        const supplier = await loadUnit(tx.orm, link.supplierUnitId);
        const buyer = await loadUnit(tx.orm, link.buyerUnitId);
        const supplierFacts = await factsOf(supplier.enterpriseId);
        const buyerFacts = await factsOf(buyer.enterpriseId);
        const sides = [supplierFacts, buyerFacts].filter((f) => f !== null);
        if (!sides.some((f) => canRead(actor, f))) throw AppError.notFound(LINK_NOT_FOUND);
        if (!sides.some((f) => canManage(actor, f))) {
          throw new AppError(
            'forbidden',
            'Pasokan dihapus oleh pengelola badan usaha pemasok atau pembelinya.',
          );
        }
        await tx.orm.delete(businessUnitLink).where(eq(businessUnitLink.id, linkId));
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'business_unit.link_remove',
            resourceType: 'business_unit',
            resourceId: supplier.id,
            facts: supplierFacts!,
            before: linkAudit(link),
            after: null,
          },
          at,
        );
      });
    },
  };
}

export type BusinessUnitService = ReturnType<typeof createBusinessUnitService>;
