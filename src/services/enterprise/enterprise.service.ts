/**
 * The enterprise registry: BUM Desa, BUM Desa Bersama, cooperatives and business groups with their
 * founding desa, names checked by Permendesa 3/2021, legal-entity steps, organs and kawasan links.
 *
 * Access is the domain's (domain/enterprise/enterprise-access.ts): a record the actor may not read
 * is not found (404); a readable one they may not keep is forbidden (403). Lists filter in SQL by
 * the same rule (`readableEnterpriseFilter`). Every change writes an audit row in its transaction
 * (resource `enterprise`, region = the longest region holding every founder). Founders are fixed
 * after registration. "Today" is the day in WIB (facilitation/calendar.ts).
 */
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ilike, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type {
  CheckNameBody,
  CheckNameResult,
  CreateEnterpriseBody,
  EnterpriseList,
  EnterpriseListQuery,
  EnterpriseView,
  LegalStepBody,
  OrgansBody,
  UpdateEnterpriseBody,
} from '../../contracts/enterprise.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  enterprise,
  enterpriseDocument,
  enterpriseFounder,
  enterpriseKawasan,
  enterpriseOrganMember,
  kawasan,
  region,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  type EnterpriseFacts,
  mayManageEnterprise,
  mayReadEnterprise,
  mayRegisterEnterprise,
} from '../../domain/enterprise/enterprise-access.ts';
import { commonRegion, FOUNDING_RULES, foundingIssues } from '../../domain/enterprise/founding.ts';
import {
  applyLegalStep,
  HOLIDAY_NOTE,
  initialLegalIssues,
  type LegalRecord,
  legalStepIssues,
  legalStepLabel,
} from '../../domain/enterprise/legal-status.ts';
import {
  type FounderName,
  type NameCheck,
  type NameTaken,
  nameChecks,
  nameErrors,
  normaliseEnterpriseName,
} from '../../domain/enterprise/naming.ts';
import { ORGANS_BY_KIND, organGaps, organMemberIssues, servesOn } from '../../domain/enterprise/organs.ts';
import {
  documentKindLabel,
  type EnterpriseDocumentKind,
  type EnterpriseKind,
  EXPECTED_DOCUMENTS,
  isBumDesaKind,
  legalStatusLabel,
  type Organ,
  organLabel,
} from '../../domain/enterprise/vocabulary.ts';
import { AppError, type FieldIssue } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { textLength } from '../../domain/facilitation/facilitator.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { isCalendarDate } from '../../domain/training/calendar.ts';
import { recordAudit } from '../access/audit.service.ts';
import { reader, writer } from '../kawasan/kawasan-access.ts';
import {
  ENTERPRISE_NOT_FOUND,
  type EnterpriseRecord,
  factsOf,
  legalStatusCondition,
  loadEnterprise,
  regionNames,
  statusOf,
  summaries,
} from './enterprise.repository.ts';
import { founderKawasanFacts, type LoadedEnterpriseFacts } from './enterprise-facts.ts';
import { readableEnterpriseFilter } from './enterprise-read-filter.ts';

export interface EnterpriseDeps {
  db: Database;
  now: () => Date;
}

export const ENTERPRISE_RESOURCE = 'enterprise';

const PHONE = /^\+?[\d\s().-]{6,30}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function invalid(issues: readonly FieldIssue[]): AppError {
  return new AppError('invalid_input', issues.map((i) => i.message).join(' '), [...issues]);
}

function conflict(issues: readonly FieldIssue[]): AppError {
  return new AppError('conflict', issues.map((i) => i.message).join(' '), [...issues]);
}

/** Empty text is "not given". */
const optionalText = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** A founding code as typed (dotted or not) in canonical form; left as typed when it is no code. */
function canonicalFounder(input: string): string {
  const parsed = parseRegionCode(input);
  return parsed.ok ? parsed.value.code : input.trim();
}

/** The profile fields of a body, checked. */
function profileIssues(
  p: {
    address: string;
    phone: string | null;
    email: string | null;
    businessFields: readonly string[];
    foundedOn: string | null;
  },
  today: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (textLength(p.address) > 500)
    issues.push({ field: 'address', message: 'Alamat paling banyak 500 karakter.' });
  if (p.phone !== null && !PHONE.test(p.phone))
    issues.push({
      field: 'phone',
      message: 'Nomor telepon kantor tidak dikenali: tulis angka saja, misalnya 0282 123456.',
    });
  if (p.email !== null && (p.email.length > 254 || !EMAIL.test(p.email)))
    issues.push({ field: 'email', message: 'Alamat surel tidak valid (contoh bumdes@contoh.id).' });
  p.businessFields.forEach((f, i) => {
    const n = textLength(f);
    if (n < 2 || n > 100)
      issues.push({ field: `businessFields.${i}`, message: 'Bidang usaha 2–100 karakter.' });
  });
  if (p.foundedOn !== null && (!isCalendarDate(p.foundedOn) || p.foundedOn > today))
    issues.push({
      field: 'foundedOn',
      message: `Tanggal pendirian harus tanggal yang sah, tidak sesudah hari ini (${today}).`,
    });
  return issues;
}

function cleanFields(fields: readonly string[]): string[] {
  return [...new Set(fields.map((f) => f.trim().replace(/\s+/g, ' ')))].filter((f) => f.length > 0);
}

/** What the audit keeps of an enterprise. */
function auditFields(row: EnterpriseRecord, founders: readonly string[], kawasanIds: readonly string[]) {
  return {
    kind: row.kind,
    name: row.name,
    regionCode: row.regionCode,
    address: row.address,
    phone: row.phone,
    email: row.email,
    businessFields: row.businessFields,
    foundedOn: row.foundedOn,
    activity: row.activity,
    legalStatus: row.legalStatus,
    nameSubmittedOn: row.nameSubmittedOn,
    nameRegistrationNumber: row.nameRegistrationNumber,
    nameApprovedOn: row.nameApprovedOn,
    legalCertificateNumber: row.legalCertificateNumber,
    legalCertificateDate: row.legalCertificateDate,
    founderDesaCodes: [...founders],
    kawasanIds: [...kawasanIds],
  };
}

async function audit(
  orm: Orm,
  actor: Actor,
  row: Pick<EnterpriseRecord, 'id' | 'regionCode'>,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  at: Date,
) {
  await recordAudit(
    orm,
    actor,
    {
      action,
      resourceType: ENTERPRISE_RESOURCE,
      resourceId: row.id,
      // Founders across provinces lie in no region short of the whole country.
      regionCode: row.regionCode === '' ? null : row.regionCode,
      before,
      after,
    },
    at,
  );
}

/** The founding desa as stored in the region table, in order; 400 naming each unknown code. */
async function requireFounders(orm: Orm, codes: readonly string[]): Promise<FounderName[]> {
  const { founders, issues } = await foundersOf(orm, codes);
  if (issues.length > 0) throw invalid(issues);
  return founders;
}

async function foundersOf(
  orm: Orm,
  codes: readonly string[],
): Promise<{ founders: FounderName[]; issues: FieldIssue[] }> {
  const wellFormed = codes.filter((c) => /^\d{10}$/.test(c));
  const rows =
    wellFormed.length === 0
      ? []
      : await orm
          .select({ code: region.code, name: region.name })
          .from(region)
          .where(and(inArray(region.code, wellFormed), eq(region.level, 4)));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const founders: FounderName[] = [];
  const issues: FieldIssue[] = [];
  codes.forEach((code, i) => {
    const name = names.get(code);
    if (name !== undefined) founders.push({ code, name });
    else if (/^\d{10}$/.test(code))
      issues.push({ field: `founderDesaCodes.${i}`, message: `Desa ${code} tidak ada dalam data wilayah.` });
  });
  return { founders, issues };
}

/** 400 naming each kawasan id that is not stored. */
async function requireKawasan(orm: Orm, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await orm
    .select({ id: kawasan.id })
    .from(kawasan)
    .where(inArray(kawasan.id, [...ids]));
  const known = new Set(rows.map((r) => r.id));
  const issues = ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ field: `kawasanIds.${i}`, message: `Tidak ada kawasan dengan id ${id}.` }],
  );
  if (issues.length > 0) throw invalid(issues);
}

/** The enterprise holding the normalised name, other than `exceptId`. */
async function findTaken(orm: Orm, name: string, exceptId: string | null): Promise<NameTaken | null> {
  const [row] = await orm
    .select({ id: enterprise.id, name: enterprise.name, regionCode: enterprise.regionCode })
    .from(enterprise)
    .where(
      and(
        eq(enterprise.nameKey, normaliseEnterpriseName(name)),
        exceptId ? ne(enterprise.id, exceptId) : undefined,
      ),
    );
  if (!row) return null;
  const names = await regionNames(orm, [row.regionCode]);
  return { enterpriseId: row.id, name: row.name, regionName: names.get(row.regionCode) ?? null };
}

/** 400 with the naming errors; 409 when the only error is a taken name. */
function requireName(checks: readonly NameCheck[]): void {
  const errors = nameErrors(checks);
  if (errors.length === 0) return;
  const issues = errors.map((c) => ({ field: c.field, message: c.message }));
  if (errors.every((c) => c.rule === 'unik')) throw conflict(issues);
  throw invalid(issues);
}

/** The unique index on the name key as a 409, for a race the check did not see. */
function duplicateName(err: unknown, name: string): AppError | null {
  let e = err as { code?: string; cause?: unknown } | undefined;
  while (e && e.code !== '23505') e = e.cause as typeof e;
  if (!e) return null;
  const message = `Nama "${name}" sudah dipakai badan usaha lain; nama badan usaha harus unik.`;
  return conflict([{ field: 'name', message }]);
}

function legalRecordOf(row: EnterpriseRecord): LegalRecord {
  return {
    kind: row.kind as EnterpriseKind,
    nameSubmittedOn: row.nameSubmittedOn,
    nameRegistrationNumber: row.nameRegistrationNumber,
    nameApprovedOn: row.nameApprovedOn,
    legalCertificateNumber: row.legalCertificateNumber,
    legalCertificateDate: row.legalCertificateDate,
  };
}

function legalFields(row: Pick<EnterpriseRecord, keyof LegalRecord | 'legalStatus'>) {
  return {
    legalStatus: row.legalStatus,
    nameSubmittedOn: row.nameSubmittedOn,
    nameRegistrationNumber: row.nameRegistrationNumber,
    nameApprovedOn: row.nameApprovedOn,
    legalCertificateNumber: row.legalCertificateNumber,
    legalCertificateDate: row.legalCertificateDate,
  };
}

type DocumentRecord = typeof enterpriseDocument.$inferSelect;
type OrganRecord = typeof enterpriseOrganMember.$inferSelect;

/** The view of a stored document. */
export function documentView(d: DocumentRecord) {
  return {
    id: d.id,
    kind: d.kind as EnterpriseDocumentKind,
    kindLabel: documentKindLabel(d.kind),
    title: d.title,
    number: d.number,
    issuedOn: d.issuedOn,
    fileName: d.fileName,
    mediaType: d.mediaType,
    bytes: d.bytes,
    sha256: d.sha256,
    uploadedAt: d.uploadedAt.toISOString(),
    uploadedBy: d.uploadedBy,
  };
}

/**
 * The enterprise for a read: 404 when missing or not readable. For a change, `manage` also
 * answers 403 (with the rule's reason) when the actor may not keep it; `lock` holds its row.
 */
export async function accessibleEnterprise(
  orm: Orm,
  actor: Actor,
  id: string,
  options: { manage?: boolean; lock?: boolean } = {},
): Promise<{ row: EnterpriseRecord; facts: LoadedEnterpriseFacts }> {
  const row = await loadEnterprise(orm, id, options.lock ?? false);
  const facts = await factsOf(orm, row);
  if (!mayReadEnterprise(actor, facts).allowed) throw AppError.notFound(ENTERPRISE_NOT_FOUND);
  if (options.manage) {
    const decision = mayManageEnterprise(actor, facts);
    if (!decision.allowed) throw new AppError('forbidden', decision.reason);
  }
  return { row, facts };
}

export function createEnterpriseService({ db, now }: EnterpriseDeps) {
  const today = () => facilitationToday(now());

  async function view(orm: Orm, actor: Actor, row: EnterpriseRecord): Promise<EnterpriseView> {
    const day = today();
    const [summary] = await summaries(orm, actor, [row], day);
    const [members, documents] = await Promise.all([
      orm
        .select()
        .from(enterpriseOrganMember)
        .where(eq(enterpriseOrganMember.enterpriseId, row.id))
        .orderBy(asc(enterpriseOrganMember.seq)),
      orm
        .select()
        .from(enterpriseDocument)
        .where(eq(enterpriseDocument.enterpriseId, row.id))
        .orderBy(asc(enterpriseDocument.uploadedAt), asc(enterpriseDocument.id)),
    ]);
    const kind = row.kind as EnterpriseKind;
    const legal = statusOf(row, day);
    const uploaded = new Set(documents.map((d) => d.kind));
    const organs = ORGANS_BY_KIND[kind] ?? [];
    const memberView = (m: OrganRecord) => ({
      id: m.id,
      organ: m.organ as Organ,
      organLabel: organLabel(m.organ),
      name: m.name,
      position: m.position,
      gender: (m.gender as 'L' | 'P' | null) ?? null,
      startDate: m.startDate,
      endDate: m.endDate,
      serving: servesOn(m, day),
    });
    // Members of organs the kind no longer has (never written by this service) are still shown.
    const organList = [...organs, ...new Set(members.map((m) => m.organ as Organ))].filter(
      (o, i, all) => all.indexOf(o) === i,
    );
    const founders = summary!.founders.map((f) => ({ code: f.code, name: f.name }));
    const warnings = nameChecks({ kind, name: row.name, founders, taken: null }).filter(
      (c) => c.severity === 'warning',
    );
    const rule = FOUNDING_RULES[kind];
    return {
      ...summary!,
      address: row.address,
      phone: row.phone,
      email: row.email,
      businessFields: [...row.businessFields],
      foundedOn: row.foundedOn,
      founding: { deliberation: rule?.deliberation ?? null, instrument: rule?.instrument ?? null },
      legal: {
        status: legal.status,
        statusLabel: legalStatusLabel(legal.status, kind),
        required: kind !== 'kelompok_usaha',
        nameStep: isBumDesaKind(kind),
        nameSubmittedOn: row.nameSubmittedOn,
        nameRegistrationNumber: row.nameRegistrationNumber,
        nameApprovedOn: row.nameApprovedOn,
        nameValidUntil: legal.nameValidUntil,
        workingDaysLeft: legal.workingDaysLeft,
        certificateLabel: legalStepLabel('sertifikat', kind),
        certificateNumber: row.legalCertificateNumber,
        certificateDate: row.legalCertificateDate,
        note: legal.nameValidUntil !== null ? HOLIDAY_NOTE : null,
      },
      organs: organList.map((organ) => ({
        organ,
        label: organLabel(organ),
        members: members.filter((m) => m.organ === organ).map(memberView),
      })),
      organGaps: organGaps(kind, members, day),
      documents: documents.map(documentView),
      missingDocuments: (EXPECTED_DOCUMENTS[kind] ?? [])
        .filter((k) => !uploaded.has(k))
        .map((k) => ({ kind: k, label: documentKindLabel(k) })),
      nameWarnings: warnings,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** Conditions of the list's own filters. */
  function listConditions(query: EnterpriseListQuery, day: string): (SQL | undefined)[] {
    const conditions: (SQL | undefined)[] = [];
    const q = query.q?.trim();
    if (q) conditions.push(ilike(enterprise.name, `%${escapeLike(q)}%`));
    if (query.kind) conditions.push(eq(enterprise.kind, query.kind));
    if (query.legalStatus) conditions.push(legalStatusCondition(query.legalStatus, day));
    if (query.region) {
      const parsed = parseRegionCode(query.region);
      if (!parsed.ok) throw AppError.invalid('region', parsed.message);
      const code = parsed.value.code;
      conditions.push(
        sql`exists (select 1 from enterprise_founder rf where rf.enterprise_id = ${enterprise.id} and left(rf.desa_code, ${code.length}) = ${code})`,
      );
    }
    if (query.kawasanId)
      conditions.push(
        sql`exists (select 1 from enterprise_kawasan rk where rk.enterprise_id = ${enterprise.id} and rk.kawasan_id = ${query.kawasanId}::uuid)`,
      );
    return conditions;
  }

  return {
    /** The naming checks of a name for a kind and founders, as the user types; nothing is written. */
    async checkName(actorInput: Actor | null, body: CheckNameBody): Promise<CheckNameResult> {
      reader(actorInput);
      const codes = body.founderDesaCodes.map(canonicalFounder);
      const found = await foundersOf(db.orm, codes);
      const taken = await findTaken(db.orm, body.name, body.enterpriseId ?? null);
      const checks = nameChecks({ kind: body.kind, name: body.name, founders: found.founders, taken });
      return {
        ok: nameErrors(checks).length === 0,
        checks,
        founders: found.founders.map((f) => ({ code: f.code, name: f.name })),
        foundingIssues: [...foundingIssues(body.kind, codes), ...found.issues],
      };
    },

    /** Enterprises the actor may read, by name. */
    async list(actorInput: Actor | null, query: EnterpriseListQuery): Promise<EnterpriseList> {
      const actor = reader(actorInput);
      const day = today();
      const where = and(readableEnterpriseFilter(actor), ...listConditions(query, day));
      const rows = await db.orm
        .select()
        .from(enterprise)
        .where(where)
        .orderBy(asc(enterprise.name), asc(enterprise.id))
        .limit(query.limit)
        .offset(query.offset);
      const [total] = await db.orm.select({ n: count() }).from(enterprise).where(where);
      return { items: await summaries(db.orm, actor, rows, day), total: Number(total!.n) };
    },

    async get(actorInput: Actor | null, id: string): Promise<EnterpriseView> {
      const actor = reader(actorInput);
      const { row } = await accessibleEnterprise(db.orm, actor, id);
      return view(db.orm, actor, row);
    },

    async create(actorInput: Actor | null, body: CreateEnterpriseBody): Promise<EnterpriseView> {
      const actor = writer(actorInput);
      const kind = body.kind;
      const codes = body.founderDesaCodes.map(canonicalFounder);
      const founding = foundingIssues(kind, codes);
      if (founding.length > 0) throw invalid(founding);
      const kawasanIds = [...new Set(body.kawasanIds ?? [])];
      const at = now();
      const day = facilitationToday(at);
      const profile = {
        address: body.address?.trim() ?? '',
        phone: optionalText(body.phone),
        email: optionalText(body.email),
        businessFields: cleanFields(body.businessFields ?? []),
        foundedOn: body.foundedOn ?? null,
      };
      const legal = initialLegalIssues(kind, body.legalSteps ?? [], day);
      const issues = [...profileIssues(profile, day), ...legal.issues];
      if (issues.length > 0) throw invalid(issues);
      const name = body.name.normalize('NFC').trim().replace(/\s+/g, ' ');
      const id = await db.transaction(async (tx) => {
        const founders = await requireFounders(tx.orm, codes);
        await requireKawasan(tx.orm, kawasanIds);
        const facts: Omit<EnterpriseFacts, 'id'> = {
          founderDesaCodes: codes,
          kawasanIds,
          ...(await founderKawasanFacts(tx.orm, codes, kawasanIds)),
        };
        const decision = mayRegisterEnterprise(actor, facts);
        if (!decision.allowed) throw new AppError('forbidden', decision.reason);
        requireName(nameChecks({ kind, name, founders, taken: await findTaken(tx.orm, name, null) }));
        const row: EnterpriseRecord = {
          id: randomUUID(),
          kind,
          name,
          nameKey: normaliseEnterpriseName(name),
          regionCode: commonRegion(codes),
          ...profile,
          activity: 'aktif',
          legalStatus: 'belum_terdaftar',
          nameRegistrationNumber: legal.record.nameRegistrationNumber,
          nameSubmittedOn: legal.record.nameSubmittedOn,
          nameApprovedOn: legal.record.nameApprovedOn,
          legalCertificateNumber: legal.record.legalCertificateNumber,
          legalCertificateDate: legal.record.legalCertificateDate,
          createdAt: at,
          updatedAt: at,
        };
        row.legalStatus = statusOf(row, day).status;
        try {
          await tx.orm.insert(enterprise).values(row);
        } catch (err) {
          throw duplicateName(err, name) ?? err;
        }
        await tx.orm
          .insert(enterpriseFounder)
          .values(codes.map((desaCode) => ({ enterpriseId: row.id, desaCode })));
        if (kawasanIds.length > 0)
          await tx.orm
            .insert(enterpriseKawasan)
            .values(kawasanIds.map((kawasanId) => ({ enterpriseId: row.id, kawasanId })));
        await audit(tx.orm, actor, row, 'enterprise.create', null, auditFields(row, codes, kawasanIds), at);
        return row.id;
      });
      return view(db.orm, actor, await loadEnterprise(db.orm, id));
    },

    /** Renames (naming rules again), changes the profile, activity and kawasan links. Founders are fixed. */
    async update(actorInput: Actor | null, id: string, body: UpdateEnterpriseBody): Promise<EnterpriseView> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { row, facts } = await accessibleEnterprise(tx.orm, actor, id, { manage: true, lock: true });
        if (body.founderDesaCodes !== undefined) {
          const asked = [...new Set(body.founderDesaCodes.map(canonicalFounder))].sort();
          if (JSON.stringify(asked) !== JSON.stringify(facts.founderDesaCodes)) {
            const message =
              'Desa pendiri tidak dapat diubah setelah pendaftaran; daftarkan badan usaha baru bila pendirinya berbeda.';
            throw conflict([{ field: 'founderDesaCodes', message }]);
          }
        }
        const at = now();
        const day = facilitationToday(at);
        const next: EnterpriseRecord = {
          ...row,
          ...(body.address !== undefined ? { address: body.address.trim() } : {}),
          ...(body.phone !== undefined ? { phone: optionalText(body.phone) } : {}),
          ...(body.email !== undefined ? { email: optionalText(body.email) } : {}),
          ...(body.businessFields !== undefined ? { businessFields: cleanFields(body.businessFields) } : {}),
          ...(body.foundedOn !== undefined ? { foundedOn: body.foundedOn } : {}),
          ...(body.activity !== undefined ? { activity: body.activity } : {}),
        };
        const issues = profileIssues(next, day);
        if (issues.length > 0) throw invalid(issues);
        if (body.name !== undefined) {
          const name = body.name.normalize('NFC').trim().replace(/\s+/g, ' ');
          if (name !== row.name) {
            const founders = await requireFounders(tx.orm, facts.founderDesaCodes);
            const kind = row.kind as EnterpriseKind;
            requireName(nameChecks({ kind, name, founders, taken: await findTaken(tx.orm, name, row.id) }));
            next.name = name;
            next.nameKey = normaliseEnterpriseName(name);
          }
        }
        const kawasanIds =
          body.kawasanIds !== undefined ? [...new Set(body.kawasanIds)].sort() : facts.kawasanIds;
        await requireKawasan(tx.orm, kawasanIds);
        next.legalStatus = statusOf(next, day).status;
        const before = auditFields(row, facts.founderDesaCodes, facts.kawasanIds);
        const after = auditFields(next, facts.founderDesaCodes, kawasanIds);
        if (JSON.stringify(before) === JSON.stringify(after)) return;
        const { id: _id, createdAt: _c, ...values } = { ...next, updatedAt: at };
        try {
          await tx.orm.update(enterprise).set(values).where(eq(enterprise.id, id));
        } catch (err) {
          throw duplicateName(err, next.name) ?? err;
        }
        if (JSON.stringify(kawasanIds) !== JSON.stringify(facts.kawasanIds)) {
          await tx.orm.delete(enterpriseKawasan).where(eq(enterpriseKawasan.enterpriseId, id));
          if (kawasanIds.length > 0)
            await tx.orm
              .insert(enterpriseKawasan)
              .values(kawasanIds.map((kawasanId) => ({ enterpriseId: id, kawasanId })));
        }
        await audit(tx.orm, actor, row, 'enterprise.update', before, after, at);
      });
      return view(db.orm, actor, await loadEnterprise(db.orm, id));
    },

    /** Records a legal-entity step: a name submitted or approved, the certificate (or AHU decree). */
    async legalStep(actorInput: Actor | null, id: string, body: LegalStepBody): Promise<EnterpriseView> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { row } = await accessibleEnterprise(tx.orm, actor, id, { manage: true, lock: true });
        const at = now();
        const day = facilitationToday(at);
        const step = { step: body.step, date: body.date, number: body.number ?? null };
        const issues = legalStepIssues(step, legalRecordOf(row), day);
        const conflicts = issues.filter((i) => i.kind === 'conflict');
        if (conflicts.length > 0) throw conflict(conflicts.map(({ field, message }) => ({ field, message })));
        if (issues.length > 0) throw invalid(issues.map(({ field, message }) => ({ field, message })));
        const applied = applyLegalStep(legalRecordOf(row), step);
        const next: EnterpriseRecord = { ...row, ...applied, kind: row.kind, updatedAt: at };
        next.legalStatus = statusOf(next, day).status;
        await tx.orm
          .update(enterprise)
          .set({ ...legalFields(next), updatedAt: at })
          .where(eq(enterprise.id, id));
        await audit(
          tx.orm,
          actor,
          row,
          `enterprise.legal.${body.step}`,
          legalFields(row),
          { ...legalFields(next), step: body.step },
          at,
        );
      });
      return view(db.orm, actor, await loadEnterprise(db.orm, id));
    },

    /** Replaces the organ members (penasihat, pelaksana operasional, pengawas; pengurus). */
    async replaceOrgans(actorInput: Actor | null, id: string, body: OrgansBody): Promise<EnterpriseView> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const { row } = await accessibleEnterprise(tx.orm, actor, id, { manage: true, lock: true });
        const kind = row.kind as EnterpriseKind;
        const issues = organMemberIssues(kind, body.members);
        if (issues.length > 0) throw invalid(issues);
        const members = body.members.map((m, seq) => ({
          id: randomUUID(),
          enterpriseId: id,
          organ: m.organ,
          name: m.name.trim().replace(/\s+/g, ' '),
          position: m.position.trim().replace(/\s+/g, ' '),
          gender: m.gender ?? null,
          startDate: m.startDate ?? null,
          endDate: m.endDate ?? null,
          seq,
        }));
        const before = await tx.orm
          .select()
          .from(enterpriseOrganMember)
          .where(eq(enterpriseOrganMember.enterpriseId, id))
          .orderBy(asc(enterpriseOrganMember.seq));
        const shown = (list: readonly Omit<OrganRecord, 'id' | 'enterpriseId' | 'seq'>[]) =>
          list.map((m) => ({
            organ: m.organ,
            name: m.name,
            position: m.position,
            gender: m.gender,
            startDate: m.startDate,
            endDate: m.endDate,
          }));
        if (JSON.stringify(shown(before)) === JSON.stringify(shown(members))) return;
        const at = now();
        await tx.orm.delete(enterpriseOrganMember).where(eq(enterpriseOrganMember.enterpriseId, id));
        if (members.length > 0) await tx.orm.insert(enterpriseOrganMember).values(members);
        await tx.orm.update(enterprise).set({ updatedAt: at }).where(eq(enterprise.id, id));
        await audit(
          tx.orm,
          actor,
          row,
          'enterprise.organs',
          { members: shown(before) },
          { members: shown(members) },
          at,
        );
      });
      return view(db.orm, actor, await loadEnterprise(db.orm, id));
    },
  };
}

export type EnterpriseService = ReturnType<typeof createEnterpriseService>;

export { audit as auditEnterprise };
