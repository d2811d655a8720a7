/**
 * Test data for stimulan usaha, written straight into the tables (each service's own rules are
 * tested through its routes; these fixtures set the scene): an enterprise with its founding desa
 * and kawasan links, organ members, a funding partner, and accounts holding the enterprise role.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  enterprise,
  enterpriseFounder,
  enterpriseKawasan,
  enterpriseOrganMember,
  fundingPartner,
  region,
  roleAssignment,
} from '../../db/schema.ts';
import type { Role, Scope } from '../../domain/access/role.ts';
import { commonRegion } from '../../domain/enterprise/founding.ts';
import { normaliseEnterpriseName } from '../../domain/enterprise/naming.ts';
import type { EnterpriseKind, LegalStatus, Organ, PartnerKind } from '../../domain/enterprise/vocabulary.ts';
import { createTestAccount, type TestAccount } from '../access/testing.ts';

let serial = 0;

export interface EnterpriseFixture {
  kind?: EnterpriseKind;
  /** Default: a unique "BUM Desa Uji …" name. */
  name?: string;
  /** Founding desa codes (10 digits). Default: Tambakreja, Kedungreja (3301012001). */
  founders?: readonly string[];
  /** Stored kawasan ids the enterprise is linked to. */
  kawasanIds?: readonly string[];
  legalStatus?: LegalStatus;
  activity?: 'aktif' | 'tidak_aktif';
  businessFields?: readonly string[];
  nameSubmittedOn?: string | null;
  nameApprovedOn?: string | null;
  nameRegistrationNumber?: string | null;
  legalCertificateNumber?: string | null;
  legalCertificateDate?: string | null;
  foundedOn?: string | null;
  address?: string;
}

/** An enterprise with its founders and kawasan links; returns its id. Its region is `commonRegion(founders)`. */
export async function insertEnterprise(db: Database, options: EnterpriseFixture = {}): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const founders = [...(options.founders ?? ['3301012001'])];
  const name = options.name ?? `BUM Desa Uji ${++serial}`;
  await db.orm.insert(enterprise).values({
    id,
    kind: options.kind ?? 'bumdes',
    name,
    nameKey: normaliseEnterpriseName(name),
    regionCode: commonRegion(founders),
    address: options.address ?? 'Jl. Balai Desa No. 1',
    businessFields: [...(options.businessFields ?? [])],
    foundedOn: options.foundedOn ?? null,
    activity: options.activity ?? 'aktif',
    legalStatus: options.legalStatus ?? 'belum_terdaftar',
    nameRegistrationNumber: options.nameRegistrationNumber ?? null,
    nameSubmittedOn: options.nameSubmittedOn ?? null,
    nameApprovedOn: options.nameApprovedOn ?? null,
    legalCertificateNumber: options.legalCertificateNumber ?? null,
    legalCertificateDate: options.legalCertificateDate ?? null,
    createdAt: at,
    updatedAt: at,
  });
  if (founders.length > 0)
    await db.orm
      .insert(enterpriseFounder)
      .values(founders.map((desaCode) => ({ enterpriseId: id, desaCode })));
  const kawasanIds = options.kawasanIds ?? [];
  if (kawasanIds.length > 0)
    await db.orm
      .insert(enterpriseKawasan)
      .values(kawasanIds.map((kawasanId) => ({ enterpriseId: id, kawasanId })));
  return id;
}

/** Organ members of an enterprise (name, organ, position), in order. */
export async function insertOrganMembers(
  db: Database,
  enterpriseId: string,
  members: readonly { organ: Organ; name: string; position?: string; startDate?: string; endDate?: string }[],
): Promise<void> {
  if (members.length === 0) return;
  await db.orm.insert(enterpriseOrganMember).values(
    members.map((m, seq) => ({
      id: randomUUID(),
      enterpriseId,
      organ: m.organ,
      name: m.name,
      position: m.position ?? 'Anggota',
      gender: null,
      startDate: m.startDate ?? null,
      endDate: m.endDate ?? null,
      seq,
    })),
  );
}

/** A funding partner; returns its id. */
export async function insertPartner(
  db: Database,
  options: { name?: string; kind?: PartnerKind; seatRegionCode?: string | null } = {},
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  const name = options.name ?? `PT Mitra Uji ${++serial}`;
  await db.orm.insert(fundingPartner).values({
    id,
    kind: options.kind ?? 'swasta',
    name,
    nameKey: normaliseEnterpriseName(name),
    seatRegionCode: options.seatRegionCode ?? null,
    contact: '',
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/**
 * An account holding the `enterprise` role of `enterpriseId` (in the enterprise's region, as the
 * account routes would record it), plus any `extra` grants.
 */
export async function enterpriseAccount(
  db: Database,
  username: string,
  enterpriseId: string,
  options: { extra?: readonly { role: Role; scope?: Scope }[] } = {},
): Promise<TestAccount> {
  const [row] = await db.orm
    .select({ regionCode: enterprise.regionCode })
    .from(enterprise)
    .where(eq(enterprise.id, enterpriseId));
  return createTestAccount(db, username, [
    {
      role: 'enterprise',
      scope: { kind: 'enterprise', id: enterpriseId },
      regionCode: row?.regionCode || null,
    },
    ...(options.extra ?? []),
  ]);
}

/** Cingebul, a desa of Kecamatan Lumbir, Kabupaten Banyumas (33.02): a second kabupaten of Jawa Tengah. */
export const CINGEBUL = '3302012001';

/** Adds Kabupaten Banyumas, Kecamatan Lumbir and the desa Cingebul to the region table (after the mini list). */
export async function addBanyumas(db: Database): Promise<void> {
  await db.orm
    .insert(region)
    .values([
      {
        code: '3302',
        parentCode: '33',
        level: 2,
        name: 'Kabupaten Banyumas',
        searchName: 'kabupaten banyumas',
      },
      { code: '330201', parentCode: '3302', level: 3, name: 'Lumbir', searchName: 'lumbir' },
      { code: CINGEBUL, parentCode: '330201', level: 4, name: 'Cingebul', searchName: 'cingebul' },
    ])
    .onConflictDoNothing();
}

/** Grants `userId` the enterprise role of `enterpriseId` (in the enterprise's region), as the account routes would. */
export async function grantEnterpriseRole(db: Database, userId: string, enterpriseId: string): Promise<void> {
  const [row] = await db.orm
    .select({ regionCode: enterprise.regionCode })
    .from(enterprise)
    .where(eq(enterprise.id, enterpriseId));
  await db.orm.insert(roleAssignment).values({
    id: randomUUID(),
    userId,
    role: 'enterprise',
    scopeKind: 'enterprise',
    scopeId: enterpriseId,
    regionCode: row?.regionCode || null,
    createdAt: new Date(),
  });
}
