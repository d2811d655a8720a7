/**
 * Capital put into or granted to a village enterprise, by source, in whole rupiah (bigint, never a
 * float): listed with labels, partner and unit names and an exact summary by source, form, year
 * and unit; recorded, corrected and removed by the enterprise's keepers (403 otherwise; 404 for
 * an enterprise the actor cannot read). The rules are the domain's (domain/enterprise/capital.ts);
 * this service checks what needs the database: the partner is registered, the unit and the
 * document belong to this enterprise. Every change is audited in its transaction (resource
 * `capital_injection`, region = the enterprise's), amounts as digit strings.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type {
  CapitalList,
  CapitalView,
  CreateCapitalBody,
  UpdateCapitalBody,
} from '../../contracts/business.contract.ts';
import type { Orm } from '../../db/client.ts';
import { businessUnit, capitalInjection, enterpriseDocument, fundingPartner } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { type CapitalInput, capitalSummary, parseCapital } from '../../domain/enterprise/capital.ts';
import { capitalFormLabel, sourceLabel, stageLabel } from '../../domain/enterprise/vocabulary.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { rupiahToJson } from '../../domain/money/rupiah.ts';
import { isUuid } from '../../domain/uuid.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  auditBusiness,
  canManage,
  enterpriseRef,
  factsCache,
  invalid,
  readableFacts,
  regionNames,
  regionRef,
  requireManage,
} from './business-access.ts';
import type { BusinessDeps } from './business-unit.service.ts';
import type { LoadedEnterpriseFacts } from './enterprise-facts.ts';

export type CapitalRow = typeof capitalInjection.$inferSelect;

export const CAPITAL_NOT_FOUND = 'Catatan modal tidak ditemukan.';

/** What the audit keeps of a capital row: the amount as digits (audit rows are JSON). */
function auditFields(row: CapitalRow) {
  return {
    enterpriseId: row.enterpriseId,
    unitId: row.unitId,
    source: row.source,
    form: row.form,
    partnerId: row.partnerId,
    desaCode: row.desaCode,
    amount: rupiahToJson(row.amount),
    receivedOn: row.receivedOn,
    documentNumber: row.documentNumber,
    documentId: row.documentId,
    note: row.note,
  };
}

async function loadCapital(orm: Orm, id: string, lock = false): Promise<CapitalRow> {
  if (!isUuid(id)) throw AppError.notFound(CAPITAL_NOT_FOUND);
  const base = orm.select().from(capitalInjection).where(eq(capitalInjection.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound(CAPITAL_NOT_FOUND);
  return row;
}

async function unitsOf(orm: Orm, enterpriseId: string) {
  return orm
    .select({ id: businessUnit.id, name: businessUnit.name, stage: businessUnit.stage })
    .from(businessUnit)
    .where(eq(businessUnit.enterpriseId, enterpriseId));
}

/** The capital input as the domain reads it: the stored row with the body's changes on top. */
function capitalInput(row: CapitalRow | null, body: CreateCapitalBody | UpdateCapitalBody): CapitalInput {
  const has = <K extends keyof UpdateCapitalBody>(k: K) => body[k] !== undefined;
  return {
    source: has('source') ? body.source! : (row?.source ?? ''),
    form: has('form') ? body.form! : (row?.form ?? ''),
    amount: has('amount') ? body.amount : row?.amount,
    receivedOn: has('receivedOn') ? body.receivedOn! : (row?.receivedOn ?? ''),
    documentNumber: has('documentNumber') ? body.documentNumber! : (row?.documentNumber ?? ''),
    partnerId: has('partnerId') ? body.partnerId : (row?.partnerId ?? null),
    desaCode: has('desaCode') ? body.desaCode : (row?.desaCode ?? null),
    unitId: has('unitId') ? body.unitId : (row?.unitId ?? null),
    note: has('note') ? body.note : (row?.note ?? ''),
  };
}

export function createCapitalService({ db, now }: BusinessDeps) {
  async function views(orm: Orm, rows: readonly CapitalRow[]): Promise<CapitalView[]> {
    if (rows.length === 0) return [];
    const unitIds = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
    const partnerIds = [...new Set(rows.flatMap((r) => (r.partnerId ? [r.partnerId] : [])))];
    const [units, partners, names] = await Promise.all([
      unitIds.length === 0
        ? []
        : orm
            .select({ id: businessUnit.id, name: businessUnit.name, stage: businessUnit.stage })
            .from(businessUnit)
            .where(inArray(businessUnit.id, unitIds)),
      partnerIds.length === 0
        ? []
        : orm
            .select({ id: fundingPartner.id, name: fundingPartner.name })
            .from(fundingPartner)
            .where(inArray(fundingPartner.id, partnerIds)),
      regionNames(
        orm,
        rows.map((r) => r.desaCode),
      ),
    ]);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const partnerById = new Map(partners.map((p) => [p.id, p]));
    return rows.map((r) => {
      const unit = r.unitId ? unitById.get(r.unitId) : undefined;
      const partner = r.partnerId ? partnerById.get(r.partnerId) : undefined;
      return {
        id: r.id,
        enterpriseId: r.enterpriseId,
        unit: unit
          ? { id: unit.id, name: unit.name, stage: unit.stage, stageLabel: stageLabel(unit.stage) }
          : null,
        source: r.source,
        sourceLabel: sourceLabel(r.source),
        form: r.form,
        formLabel: capitalFormLabel(r.form),
        partner: partner ? { id: partner.id, name: partner.name } : null,
        desa: regionRef(names, r.desaCode),
        amount: rupiahToJson(r.amount),
        receivedOn: r.receivedOn,
        documentNumber: r.documentNumber,
        documentId: r.documentId,
        note: r.note,
        createdAt: r.createdAt.toISOString(),
      };
    });
  }

  /** The domain's checks, then those needing the database; the cleaned row's values. */
  async function validate(
    orm: Orm,
    facts: LoadedEnterpriseFacts,
    input: CapitalInput,
    documentId: string | null,
    at: Date,
  ) {
    const units = await unitsOf(orm, facts.id);
    const parsed = parseCapital(input, {
      today: facilitationToday(at),
      founderDesaCodes: facts.founderDesaCodes,
      unitIds: units.map((u) => u.id),
    });
    if (!parsed.ok) throw invalid(parsed.issues);
    const value = parsed.value;
    if (value.partnerId !== null) {
      const [partner] = await orm
        .select({ id: fundingPartner.id })
        .from(fundingPartner)
        .where(eq(fundingPartner.id, value.partnerId));
      if (!partner)
        throw AppError.invalid('partnerId', 'Mitra pendanaan itu tidak ditemukan dalam daftar mitra.');
    }
    if (documentId !== null) {
      const [doc] = await orm
        .select({ id: enterpriseDocument.id })
        .from(enterpriseDocument)
        .where(and(eq(enterpriseDocument.id, documentId), eq(enterpriseDocument.enterpriseId, facts.id)));
      if (!doc) throw AppError.invalid('documentId', 'Dokumen itu bukan dokumen badan usaha ini.');
    }
    return { ...value, documentId };
  }

  return {
    /** The capital of an enterprise, latest first, with an exact summary. */
    async list(actorInput: Actor | null, enterpriseId: string): Promise<CapitalList> {
      const actor = reader(actorInput);
      const facts = await readableFacts(factsCache(db.orm), actor, enterpriseId);
      const rows = await db.orm
        .select()
        .from(capitalInjection)
        .where(eq(capitalInjection.enterpriseId, enterpriseId))
        .orderBy(
          desc(capitalInjection.receivedOn),
          desc(capitalInjection.createdAt),
          desc(capitalInjection.id),
        );
      const units = new Map((await unitsOf(db.orm, enterpriseId)).map((u) => [u.id, u]));
      const summary = capitalSummary(rows);
      return {
        enterprise: enterpriseRef(facts),
        items: await views(db.orm, rows),
        summary: {
          total: rupiahToJson(summary.total),
          bySource: summary.bySource.map((s) => ({
            source: s.source,
            sourceLabel: sourceLabel(s.source),
            amount: rupiahToJson(s.amount),
          })),
          byForm: summary.byForm.map((f) => ({
            form: f.form,
            formLabel: capitalFormLabel(f.form),
            amount: rupiahToJson(f.amount),
          })),
          byYear: summary.byYear.map((y) => ({ year: y.year, amount: rupiahToJson(y.amount) })),
          byUnit: summary.byUnit.map((u) => {
            const unit = u.unitId ? units.get(u.unitId) : undefined;
            return { unit: unit ? { id: unit.id, name: unit.name } : null, amount: rupiahToJson(u.amount) };
          }),
        },
        canManage: canManage(actor, facts),
      };
    },

    async create(
      actorInput: Actor | null,
      enterpriseId: string,
      body: CreateCapitalBody,
    ): Promise<CapitalView> {
      const actor = writer(actorInput);
      const at = now();
      const row = await db.transaction(async (tx) => {
        const facts = await readableFacts(factsCache(tx.orm), actor, enterpriseId);
        requireManage(actor, facts);
        const value = await validate(tx.orm, facts, capitalInput(null, body), body.documentId ?? null, at);
        const row: CapitalRow = { id: randomUUID(), enterpriseId, ...value, createdAt: at };
        await tx.orm.insert(capitalInjection).values(row);
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'capital_injection.create',
            resourceType: 'capital_injection',
            resourceId: row.id,
            facts,
            before: null,
            after: auditFields(row),
          },
          at,
        );
        return row;
      });
      const [view] = await views(db.orm, [row]);
      return view!;
    },

    /** Corrects a capital row; the audit keeps the values before and after. */
    async update(actorInput: Actor | null, capitalId: string, body: UpdateCapitalBody): Promise<CapitalView> {
      const actor = writer(actorInput);
      const at = now();
      const row = await db.transaction(async (tx) => {
        const before = await loadCapital(tx.orm, capitalId, true);
        const facts = await readableFacts(factsCache(tx.orm), actor, before.enterpriseId, CAPITAL_NOT_FOUND);
        requireManage(actor, facts);
        const documentId = body.documentId !== undefined ? body.documentId : before.documentId;
        const value = await validate(tx.orm, facts, capitalInput(before, body), documentId, at);
        const next: CapitalRow = { ...before, ...value };
        const beforeFields = auditFields(before);
        const afterFields = auditFields(next);
        if (JSON.stringify(beforeFields) === JSON.stringify(afterFields)) return before;
        const { id: _id, enterpriseId: _e, createdAt: _c, ...values } = next;
        await tx.orm.update(capitalInjection).set(values).where(eq(capitalInjection.id, capitalId));
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'capital_injection.update',
            resourceType: 'capital_injection',
            resourceId: capitalId,
            facts,
            before: beforeFields,
            after: afterFields,
          },
          at,
        );
        return next;
      });
      const [view] = await views(db.orm, [row]);
      return view!;
    },

    async remove(actorInput: Actor | null, capitalId: string): Promise<void> {
      const actor = writer(actorInput);
      const at = now();
      await db.transaction(async (tx) => {
        const row = await loadCapital(tx.orm, capitalId, true);
        const facts = await readableFacts(factsCache(tx.orm), actor, row.enterpriseId, CAPITAL_NOT_FOUND);
        requireManage(actor, facts);
        await tx.orm.delete(capitalInjection).where(eq(capitalInjection.id, capitalId));
        await auditBusiness(
          tx.orm,
          actor,
          {
            action: 'capital_injection.delete',
            resourceType: 'capital_injection',
            resourceId: capitalId,
            facts,
            before: auditFields(row),
            after: null,
          },
          at,
        );
      });
    },
  };
}

export type CapitalService = ReturnType<typeof createCapitalService>;
