/**
 * Funding partners (mitra): companies giving CSR, state enterprises, NGOs, universities, donors —
 * a registry of organisations, not of people. Every signed-in user reads it; region
 * administrators keep it (`mayManagePartner`). A name is unique nationally by its normalised form
 * (409). Every change is audited in its transaction (resource `funding_partner`, region = seat).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, ne } from 'drizzle-orm';
import type {
  CreateFundingPartnerBody,
  FundingPartnerList,
  FundingPartnerListQuery,
  FundingPartnerView,
  UpdateFundingPartnerBody,
} from '../../contracts/enterprise.contract.ts';
import type { Orm } from '../../db/client.ts';
import { fundingPartner } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { mayManagePartner, mayReadPartners } from '../../domain/enterprise/enterprise-access.ts';
import { normaliseEnterpriseName } from '../../domain/enterprise/naming.ts';
import { type PartnerKind, partnerKindLabel } from '../../domain/enterprise/vocabulary.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { textLength } from '../../domain/facilitation/facilitator.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { isUuid } from '../../domain/uuid.ts';
import { recordAudit } from '../access/audit.service.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import { regionNames } from './enterprise.repository.ts';
import type { EnterpriseDeps } from './enterprise.service.ts';
import { invalid } from './enterprise.service.ts';

export const PARTNER_RESOURCE = 'funding_partner';
export const PARTNER_LIST_LIMIT = 500;
const NOT_FOUND = 'Mitra tidak ditemukan.';

type PartnerRecord = typeof fundingPartner.$inferSelect;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The key partner names are unique by (the enterprise names' normalisation). */
export const normalisePartnerName = normaliseEnterpriseName;

function partnerIssues(p: Pick<PartnerRecord, 'name' | 'contact'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const n = textLength(p.name);
  if (n < 3 || n > 200) issues.push({ field: 'name', message: 'Nama mitra wajib diisi, 3–200 karakter.' });
  if (textLength(p.contact) > 500)
    issues.push({ field: 'contact', message: 'Kontak paling banyak 500 karakter.' });
  return issues;
}

function auditFields(p: PartnerRecord) {
  return { kind: p.kind, name: p.name, seatRegionCode: p.seatRegionCode, contact: p.contact };
}

function requireManage(actor: Actor): void {
  const decision = mayManagePartner(actor);
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
}

export function createPartnerService({ db, now }: EnterpriseDeps) {
  async function views(
    orm: Orm,
    actor: Actor,
    rows: readonly PartnerRecord[],
  ): Promise<FundingPartnerView[]> {
    const names = await regionNames(
      orm,
      rows.flatMap((r) => (r.seatRegionCode ? [r.seatRegionCode] : [])),
    );
    const canManage = mayManagePartner(actor).allowed;
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as PartnerKind,
      kindLabel: partnerKindLabel(r.kind),
      name: r.name,
      seatRegion: r.seatRegionCode
        ? { code: r.seatRegionCode, name: names.get(r.seatRegionCode) ?? r.seatRegionCode }
        : null,
      contact: r.contact,
      canManage,
    }));
  }

  /** A seat region as typed, canonical and stored; 400 otherwise. */
  async function seatOf(orm: Orm, input: string | null | undefined): Promise<string | null> {
    const text = input?.trim() ?? '';
    if (text === '') return null;
    const parsed = parseRegionCode(text);
    if (!parsed.ok) throw AppError.invalid('seatRegionCode', parsed.message);
    const names = await regionNames(orm, [parsed.value.code]);
    if (!names.has(parsed.value.code))
      throw AppError.invalid('seatRegionCode', `Wilayah ${text} tidak ditemukan dalam data wilayah.`);
    return parsed.value.code;
  }

  async function requireNameFree(orm: Orm, row: PartnerRecord): Promise<void> {
    const [other] = await orm
      .select({ name: fundingPartner.name })
      .from(fundingPartner)
      .where(and(eq(fundingPartner.nameKey, row.nameKey), ne(fundingPartner.id, row.id)));
    if (other) throw duplicate(other.name);
  }

  function duplicate(name: string): AppError {
    const message = `Mitra bernama "${name}" sudah terdaftar.`;
    return new AppError('conflict', message, [{ field: 'name', message }]);
  }

  function duplicateOf(err: unknown, name: string): AppError | null {
    let e = err as { code?: string; cause?: unknown } | undefined;
    while (e && e.code !== '23505') e = e.cause as typeof e;
    return e ? duplicate(name) : null;
  }

  async function load(orm: Orm, id: string, lock = false): Promise<PartnerRecord> {
    if (!isUuid(id)) throw AppError.notFound(NOT_FOUND);
    const base = orm.select().from(fundingPartner).where(eq(fundingPartner.id, id));
    const [row] = lock ? await base.for('update') : await base;
    if (!row) throw AppError.notFound(NOT_FOUND);
    return row;
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    row: PartnerRecord,
    action: string,
    before: object | null,
    at: Date,
  ) {
    await recordAudit(
      orm,
      actor,
      {
        action,
        resourceType: PARTNER_RESOURCE,
        resourceId: row.id,
        regionCode: row.seatRegionCode,
        before: before as Record<string, unknown> | null,
        after: auditFields(row),
      },
      at,
    );
  }

  return {
    async list(actorInput: Actor | null, query: FundingPartnerListQuery): Promise<FundingPartnerList> {
      const actor = reader(actorInput);
      const decision = mayReadPartners(actor);
      if (!decision.allowed) throw new AppError('forbidden', decision.reason);
      const q = query.q?.trim();
      const where = and(
        q ? ilike(fundingPartner.name, `%${escapeLike(q)}%`) : undefined,
        query.kind ? eq(fundingPartner.kind, query.kind) : undefined,
      );
      const rows = await db.orm
        .select()
        .from(fundingPartner)
        .where(where)
        .orderBy(asc(fundingPartner.name), asc(fundingPartner.id))
        .limit(PARTNER_LIST_LIMIT);
      const [total] = await db.orm.select({ n: count() }).from(fundingPartner).where(where);
      return { items: await views(db.orm, actor, rows), total: Number(total!.n) };
    },

    async get(actorInput: Actor | null, id: string): Promise<FundingPartnerView> {
      const actor = reader(actorInput);
      const [view] = await views(db.orm, actor, [await load(db.orm, id)]);
      return view!;
    },

    async create(actorInput: Actor | null, body: CreateFundingPartnerBody): Promise<FundingPartnerView> {
      const actor = writer(actorInput);
      requireManage(actor);
      const at = now();
      const name = body.name.trim().replace(/\s+/g, ' ');
      const row: PartnerRecord = {
        id: randomUUID(),
        kind: body.kind,
        name,
        nameKey: normalisePartnerName(name),
        seatRegionCode: null,
        contact: body.contact?.trim() ?? '',
        createdAt: at,
        updatedAt: at,
      };
      const issues = partnerIssues(row);
      if (issues.length > 0) throw invalid(issues);
      await db.transaction(async (tx) => {
        row.seatRegionCode = await seatOf(tx.orm, body.seatRegionCode);
        await requireNameFree(tx.orm, row);
        try {
          await tx.orm.insert(fundingPartner).values(row);
        } catch (err) {
          throw duplicateOf(err, name) ?? err;
        }
        await audit(tx.orm, actor, row, 'funding_partner.create', null, at);
      });
      const [view] = await views(db.orm, actor, [row]);
      return view!;
    },

    async update(
      actorInput: Actor | null,
      id: string,
      body: UpdateFundingPartnerBody,
    ): Promise<FundingPartnerView> {
      const actor = writer(actorInput);
      const row = await db.transaction(async (tx) => {
        const before = await load(tx.orm, id, true);
        requireManage(actor);
        const name = body.name !== undefined ? body.name.trim().replace(/\s+/g, ' ') : before.name;
        const next: PartnerRecord = {
          ...before,
          ...(body.kind !== undefined ? { kind: body.kind } : {}),
          name,
          nameKey: normalisePartnerName(name),
          ...(body.contact !== undefined ? { contact: body.contact.trim() } : {}),
          ...(body.seatRegionCode !== undefined
            ? { seatRegionCode: await seatOf(tx.orm, body.seatRegionCode) }
            : {}),
        };
        const issues = partnerIssues(next);
        if (issues.length > 0) throw invalid(issues);
        if (JSON.stringify(auditFields(before)) === JSON.stringify(auditFields(next))) return before;
        await requireNameFree(tx.orm, next);
        const at = now();
        const { id: _id, createdAt: _c, ...values } = { ...next, updatedAt: at };
        try {
          await tx.orm.update(fundingPartner).set(values).where(eq(fundingPartner.id, id));
        } catch (err) {
          throw duplicateOf(err, name) ?? err;
        }
        await audit(tx.orm, actor, next, 'funding_partner.update', auditFields(before), at);
        return { ...next, updatedAt: at };
      });
      const [view] = await views(db.orm, actor, [row]);
      return view!;
    },
  };
}

export type PartnerService = ReturnType<typeof createPartnerService>;
