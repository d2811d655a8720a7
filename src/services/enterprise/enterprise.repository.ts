/**
 * Reads of the enterprise registry shared by its services: one enterprise row (locked for a
 * change), the summary views of a list (founders and kawasan by name, unit count, latest report
 * period), the SQL condition of a legal status on a given day, and region names.
 */
import { and, count, eq, inArray, isNotNull, isNull, lt, max, or, type SQL, sql } from 'drizzle-orm';
import type { EnterpriseSummary } from '../../contracts/enterprise.contract.ts';
import type { Orm } from '../../db/client.ts';
import {
  businessUnit,
  enterprise,
  enterpriseFounder,
  enterpriseKawasan,
  enterpriseReport,
  kawasan,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { mayManageEnterprise } from '../../domain/enterprise/enterprise-access.ts';
import { earliestValidApproval, legalStatus } from '../../domain/enterprise/legal-status.ts';
import {
  activityLabel,
  type EnterpriseKind,
  enterpriseKindLabel,
  type LegalStatus,
  legalStatusLabel,
} from '../../domain/enterprise/vocabulary.ts';
import { AppError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/uuid.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { founderKawasanFacts, type LoadedEnterpriseFacts } from './enterprise-facts.ts';

export type EnterpriseRecord = typeof enterprise.$inferSelect;

export const ENTERPRISE_NOT_FOUND = 'Badan usaha tidak ditemukan.';

/** The enterprise row, or 404; `lock` holds it until the transaction ends. */
export async function loadEnterprise(orm: Orm, id: string, lock = false): Promise<EnterpriseRecord> {
  if (!isUuid(id)) throw AppError.notFound(ENTERPRISE_NOT_FOUND);
  const base = orm.select().from(enterprise).where(eq(enterprise.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound(ENTERPRISE_NOT_FOUND);
  return row;
}

/** The access facts of a loaded row (its founders and kawasan links read from the tables). */
export async function factsOf(orm: Orm, row: EnterpriseRecord): Promise<LoadedEnterpriseFacts> {
  const [founders, links] = await Promise.all([
    orm
      .select({ desaCode: enterpriseFounder.desaCode })
      .from(enterpriseFounder)
      .where(eq(enterpriseFounder.enterpriseId, row.id)),
    orm
      .select({ kawasanId: enterpriseKawasan.kawasanId })
      .from(enterpriseKawasan)
      .where(eq(enterpriseKawasan.enterpriseId, row.id)),
  ]);
  const founderDesaCodes = founders.map((f) => f.desaCode).sort();
  const kawasanIds = links.map((l) => l.kawasanId).sort();
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    regionCode: row.regionCode,
    founderDesaCodes,
    kawasanIds,
    ...(await founderKawasanFacts(orm, founderDesaCodes, kawasanIds)),
  };
}

/** The legal status of a stored row on `today`. */
export function statusOf(row: EnterpriseRecord, today: string) {
  return legalStatus({ ...row, kind: row.kind as EnterpriseKind }, today);
}

/**
 * `legalStatus(row, today).status = status` as a condition on `enterprise` (the approval's
 * 40-working-day validity turned into the earliest approval day still valid today).
 */
export function legalStatusCondition(status: LegalStatus, today: string): SQL {
  const bumdes = inArray(enterprise.kind, ['bumdes', 'bumdesma']);
  const uncertified = isNull(enterprise.legalCertificateDate);
  const earliest = earliestValidApproval(today);
  switch (status) {
    case 'berbadan_hukum':
      return and(sql`${enterprise.kind} <> 'kelompok_usaha'`, isNotNull(enterprise.legalCertificateDate))!;
    case 'nama_disetujui':
      return and(bumdes, uncertified, sql`${enterprise.nameApprovedOn} >= ${earliest}`)!;
    case 'nama_kedaluwarsa':
      return and(bumdes, uncertified, lt(enterprise.nameApprovedOn, earliest))!;
    case 'nama_diajukan':
      return and(
        bumdes,
        uncertified,
        isNull(enterprise.nameApprovedOn),
        isNotNull(enterprise.nameSubmittedOn),
      )!;
    case 'belum_terdaftar':
      return or(
        eq(enterprise.kind, 'kelompok_usaha'),
        and(
          uncertified,
          or(
            inArray(enterprise.kind, ['koperasi', 'koperasi_merah_putih']),
            and(isNull(enterprise.nameApprovedOn), isNull(enterprise.nameSubmittedOn)),
          ),
        ),
      )!;
  }
}

/** Names of region codes (unknown codes are left out). */
export async function regionNames(orm: Orm, codes: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((c) => c.length > 0))];
  const rows = await createRegionRepository(orm).findByCodes(wanted);
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The region an enterprise lies in, named ("" is all of Indonesia, for founders across provinces). */
export function regionRef(code: string, names: Map<string, string>) {
  return { code, name: code === '' ? 'Indonesia' : (names.get(code) ?? code) };
}

/** Summary views of rows, in their order, each with what `actor` may do. */
export async function summaries(
  orm: Orm,
  actor: Actor,
  rows: readonly EnterpriseRecord[],
  today: string,
): Promise<EnterpriseSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [founders, links, units, reports] = await Promise.all([
    orm
      .select({ enterpriseId: enterpriseFounder.enterpriseId, desaCode: enterpriseFounder.desaCode })
      .from(enterpriseFounder)
      .where(inArray(enterpriseFounder.enterpriseId, ids)),
    orm
      .select({ enterpriseId: enterpriseKawasan.enterpriseId, id: kawasan.id, name: kawasan.name })
      .from(enterpriseKawasan)
      .innerJoin(kawasan, eq(kawasan.id, enterpriseKawasan.kawasanId))
      .where(inArray(enterpriseKawasan.enterpriseId, ids)),
    orm
      .select({ enterpriseId: businessUnit.enterpriseId, n: count() })
      .from(businessUnit)
      .where(inArray(businessUnit.enterpriseId, ids))
      .groupBy(businessUnit.enterpriseId),
    orm
      .select({ enterpriseId: enterpriseReport.enterpriseId, period: max(enterpriseReport.period) })
      .from(enterpriseReport)
      .where(inArray(enterpriseReport.enterpriseId, ids))
      .groupBy(enterpriseReport.enterpriseId),
  ]);
  const names = await regionNames(orm, [
    ...founders.map((f) => f.desaCode),
    ...rows.map((r) => r.regionCode),
  ]);
  const foundersOf = new Map<string, string[]>();
  for (const f of founders)
    foundersOf.set(f.enterpriseId, [...(foundersOf.get(f.enterpriseId) ?? []), f.desaCode]);
  const kawasanOf = new Map<string, { id: string; name: string }[]>();
  for (const l of links)
    kawasanOf.set(l.enterpriseId, [...(kawasanOf.get(l.enterpriseId) ?? []), { id: l.id, name: l.name }]);
  const unitCount = new Map(units.map((u) => [u.enterpriseId, Number(u.n)]));
  const latest = new Map(reports.map((r) => [r.enterpriseId, r.period]));
  const heldBy = await Promise.all(
    rows.map((r) =>
      founderKawasanFacts(
        orm,
        foundersOf.get(r.id) ?? [],
        (kawasanOf.get(r.id) ?? []).map((k) => k.id),
      ),
    ),
  );
  return rows.map((r, i) => {
    const codes = (foundersOf.get(r.id) ?? []).sort();
    const linked = (kawasanOf.get(r.id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'id'));
    const status = statusOf(r, today).status;
    return {
      id: r.id,
      kind: r.kind as EnterpriseKind,
      kindLabel: enterpriseKindLabel(r.kind),
      name: r.name,
      region: regionRef(r.regionCode, names),
      legalStatus: status,
      legalStatusLabel: legalStatusLabel(status, r.kind),
      activity: r.activity as 'aktif' | 'tidak_aktif',
      activityLabel: activityLabel(r.activity),
      founders: codes.map((code) => ({ code, name: names.get(code) ?? code })),
      kawasan: linked,
      unitCount: unitCount.get(r.id) ?? 0,
      latestReportPeriod: latest.get(r.id) ?? null,
      canManage: mayManageEnterprise(actor, {
        id: r.id,
        founderDesaCodes: codes,
        kawasanIds: linked.map((k) => k.id),
        ...heldBy[i]!,
      }).allowed,
    };
  });
}
