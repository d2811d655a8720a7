/**
 * Training providers (penyelenggara pelatihan): training centres, universities, NGOs, government
 * offices. Every signed-in user reads them (a provider is a public organisation; its programmes
 * are read per their own rule). They are registered and changed by the administrators whose
 * region holds the provider's seat (`mayManageProvider`); a name is unique within a seat region
 * (409). Every change is audited in its transaction (resource `training_provider`, region = seat).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, inArray, like, ne, sql } from 'drizzle-orm';
import type {
  CreateTrainingProviderBody,
  TrainingProviderList,
  TrainingProviderListQuery,
  TrainingProviderView,
  UpdateTrainingProviderBody,
} from '../../contracts/training-programme.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { trainingProgramme, trainingProvider } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { textLength } from '../../domain/facilitation/facilitator.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { PROVIDER_KIND_LABELS } from '../../domain/training/aspects.ts';
import { mayManageProgramme, mayManageProvider } from '../../domain/training/training-access.ts';
import { recordAudit } from '../access/audit.service.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { loadProvider, type ProviderRecord, providerKindOf } from './training.repository.ts';

export interface TrainingDeps {
  db: Database;
  now: () => Date;
}

export const PROVIDER_RESOURCE = 'training_provider';
/** A list is cut here; `total` still counts every match. */
export const PROVIDER_LIST_LIMIT = 500;

/** Text limits of a provider, in characters after trimming: [minimum, maximum]. */
export const PROVIDER_TEXT_LIMITS = { name: [3, 200], address: [0, 500] } as const;

export const DUPLICATE_PROVIDER = (name: string, region: string) =>
  `Penyelenggara bernama "${name}" sudah terdaftar dengan kedudukan di ${region}.`;

const PHONE = /^\+?[\d\s().-]{6,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Empty text is "not given". */
const optionalText = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A region code as typed (dotted or not) in canonical form, or a 400 on `field`. */
export function canonicalCode(input: string, field: string): string {
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid(field, `Kode wilayah ${input} tidak dikenali.`);
  return parsed.value.code;
}

export function invalid(issues: FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), issues);
}

/**
 * Issues with a provider's name, address and contact. These checks live here until the domain
 * has provider rules of its own; they need nothing but the values.
 */
function providerIssues(p: Pick<ProviderRecord, 'name' | 'address' | 'phone' | 'email'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const [nameMin, nameMax] = PROVIDER_TEXT_LIMITS.name;
  const nameLength = textLength(p.name);
  if (nameLength < nameMin || nameLength > nameMax) {
    issues.push({
      field: 'name',
      message: `Nama penyelenggara wajib diisi, ${nameMin}–${nameMax} karakter.`,
    });
  }
  const addressMax = PROVIDER_TEXT_LIMITS.address[1];
  if (textLength(p.address) > addressMax) {
    issues.push({ field: 'address', message: `Alamat paling banyak ${addressMax} karakter.` });
  }
  if (p.phone !== null && !PHONE.test(p.phone)) {
    issues.push({
      field: 'phone',
      message: 'Nomor telepon tidak dikenali: tulis angka saja, misalnya 0274 123456 atau 081234567890.',
    });
  }
  if (p.email !== null && (p.email.length > 254 || !EMAIL.test(p.email))) {
    issues.push({ field: 'email', message: 'Alamat surel tidak valid (contoh nama@contoh.id).' });
  }
  return issues;
}

/** What the audit keeps of a provider. */
function auditFields(row: ProviderRecord) {
  return {
    kind: row.kind,
    name: row.name,
    seatRegionCode: row.seatRegionCode,
    address: row.address,
    phone: row.phone,
    email: row.email,
  };
}

function refuseManage(actor: Actor, seatRegionCode: string): void {
  const decision = mayManageProvider(actor, seatRegionCode);
  if (!decision.allowed) throw new AppError('forbidden', decision.reason);
}

export function createProviderService({ db, now }: TrainingDeps) {
  async function regionNames(orm: Orm, codes: readonly string[]): Promise<Map<string, string>> {
    const rows = await createRegionRepository(orm).findByCodes([...new Set(codes)]);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  async function views(
    orm: Orm,
    actor: Actor,
    rows: readonly ProviderRecord[],
  ): Promise<TrainingProviderView[]> {
    if (rows.length === 0) return [];
    const names = await regionNames(
      orm,
      rows.map((r) => r.seatRegionCode),
    );
    const counts = await orm
      .select({ providerId: trainingProgramme.providerId, n: count() })
      .from(trainingProgramme)
      .where(
        inArray(
          trainingProgramme.providerId,
          rows.map((r) => r.id),
        ),
      )
      .groupBy(trainingProgramme.providerId);
    const programmeCount = new Map(counts.map((c) => [c.providerId, Number(c.n)]));
    return rows.map((r) => ({
      id: r.id,
      kind: providerKindOf(r),
      kindLabel: PROVIDER_KIND_LABELS[providerKindOf(r)] ?? r.kind,
      name: r.name,
      seatRegion: { code: r.seatRegionCode, name: names.get(r.seatRegionCode) ?? r.seatRegionCode },
      address: r.address,
      phone: r.phone,
      email: r.email,
      programmeCount: programmeCount.get(r.id) ?? 0,
      canManage: mayManageProvider(actor, r.seatRegionCode).allowed,
      canManageProgrammes: mayManageProgramme(actor, r.id).allowed,
    }));
  }

  /** 400 when the seat region is not in the region table. */
  async function requireSeat(orm: Orm, code: string): Promise<string> {
    const names = await regionNames(orm, [code]);
    const name = names.get(code);
    if (name === undefined)
      throw AppError.invalid('seatRegionCode', `Wilayah ${code} tidak ditemukan dalam data wilayah.`);
    return name;
  }

  /** 409 when another provider of the seat region has the same name (ignoring case). */
  async function requireNameFree(orm: Orm, row: ProviderRecord, seatName: string): Promise<void> {
    const [other] = await orm
      .select({ id: trainingProvider.id })
      .from(trainingProvider)
      .where(
        and(
          eq(trainingProvider.seatRegionCode, row.seatRegionCode),
          sql`lower(${trainingProvider.name}) = lower(${row.name})`,
          ne(trainingProvider.id, row.id),
        ),
      );
    if (other) {
      const message = DUPLICATE_PROVIDER(row.name, seatName);
      throw new AppError('conflict', message, [{ field: 'name', message }]);
    }
  }

  /** The unique index on (seat, name) as a 409, for a race the check above did not see. */
  function duplicateOf(err: unknown, row: ProviderRecord, seatName: string): AppError | null {
    let e = err as { code?: string; cause?: unknown } | undefined;
    while (e && e.code !== '23505') e = e.cause as typeof e;
    if (!e) return null;
    const message = DUPLICATE_PROVIDER(row.name, seatName);
    return new AppError('conflict', message, [{ field: 'name', message }]);
  }

  async function audit(
    orm: Orm,
    actor: Actor,
    row: ProviderRecord,
    action: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    at: Date,
  ) {
    await recordAudit(
      orm,
      actor,
      {
        action,
        resourceType: PROVIDER_RESOURCE,
        resourceId: row.id,
        regionCode: row.seatRegionCode,
        before,
        after,
      },
      at,
    );
  }

  return {
    /** Providers by name, optionally by part of the name and seat region. */
    async list(actorInput: Actor | null, query: TrainingProviderListQuery): Promise<TrainingProviderList> {
      const actor = reader(actorInput);
      const region = query.region ? canonicalCode(query.region, 'region') : undefined;
      const name = query.q?.trim();
      const where = and(
        region ? like(trainingProvider.seatRegionCode, `${region}%`) : undefined,
        name ? ilike(trainingProvider.name, `%${escapeLike(name)}%`) : undefined,
      );
      const rows = await db.orm
        .select()
        .from(trainingProvider)
        .where(where)
        .orderBy(asc(trainingProvider.name), asc(trainingProvider.id))
        .limit(PROVIDER_LIST_LIMIT);
      const [total] = await db.orm.select({ n: count() }).from(trainingProvider).where(where);
      return { items: await views(db.orm, actor, rows), total: Number(total!.n) };
    },

    async get(actorInput: Actor | null, id: string): Promise<TrainingProviderView> {
      const actor = reader(actorInput);
      const [view] = await views(db.orm, actor, [await loadProvider(db.orm, id)]);
      return view!;
    },

    async create(actorInput: Actor | null, body: CreateTrainingProviderBody): Promise<TrainingProviderView> {
      const actor = writer(actorInput);
      const seatRegionCode = canonicalCode(body.seatRegionCode, 'seatRegionCode');
      refuseManage(actor, seatRegionCode);
      const at = now();
      const row: ProviderRecord = {
        id: randomUUID(),
        kind: body.kind,
        name: body.name.trim(),
        seatRegionCode,
        address: body.address?.trim() ?? '',
        phone: optionalText(body.phone),
        email: optionalText(body.email),
        createdAt: at,
        updatedAt: at,
      };
      const issues = providerIssues(row);
      if (issues.length > 0) throw invalid(issues);
      await db.transaction(async (tx) => {
        const seatName = await requireSeat(tx.orm, seatRegionCode);
        await requireNameFree(tx.orm, row, seatName);
        try {
          await tx.orm.insert(trainingProvider).values(row);
        } catch (err) {
          throw duplicateOf(err, row, seatName) ?? err;
        }
        await audit(tx.orm, actor, row, 'training_provider.create', null, auditFields(row), at);
      });
      const [view] = await views(db.orm, actor, [row]);
      return view!;
    },

    /**
     * Changes a provider. Moving its seat needs the right over the old and the new seat region.
     */
    async update(
      actorInput: Actor | null,
      id: string,
      body: UpdateTrainingProviderBody,
    ): Promise<TrainingProviderView> {
      const actor = writer(actorInput);
      const seat = body.seatRegionCode ? canonicalCode(body.seatRegionCode, 'seatRegionCode') : undefined;
      const row = await db.transaction(async (tx) => {
        const before = await loadProvider(tx.orm, id, true);
        refuseManage(actor, before.seatRegionCode);
        if (seat !== undefined && seat !== before.seatRegionCode) refuseManage(actor, seat);
        const next: ProviderRecord = {
          ...before,
          ...(body.kind !== undefined ? { kind: body.kind } : {}),
          ...(body.name !== undefined ? { name: body.name.trim() } : {}),
          ...(seat !== undefined ? { seatRegionCode: seat } : {}),
          ...(body.address !== undefined ? { address: body.address.trim() } : {}),
          ...(body.phone !== undefined ? { phone: optionalText(body.phone) } : {}),
          ...(body.email !== undefined ? { email: optionalText(body.email) } : {}),
        };
        const issues = providerIssues(next);
        if (issues.length > 0) throw invalid(issues);
        const beforeFields = auditFields(before);
        const afterFields = auditFields(next);
        if (JSON.stringify(beforeFields) === JSON.stringify(afterFields)) return before;
        const seatName = await requireSeat(tx.orm, next.seatRegionCode);
        await requireNameFree(tx.orm, next, seatName);
        const at = now();
        const { id: _id, createdAt: _c, ...values } = { ...next, updatedAt: at };
        try {
          await tx.orm.update(trainingProvider).set(values).where(eq(trainingProvider.id, id));
        } catch (err) {
          throw duplicateOf(err, next, seatName) ?? err;
        }
        await audit(tx.orm, actor, next, 'training_provider.update', beforeFields, afterFields, at);
        return { ...next, updatedAt: at };
      });
      const [view] = await views(db.orm, actor, [row]);
      return view!;
    },
  };
}

export type ProviderService = ReturnType<typeof createProviderService>;
