/**
 * Test data for business units, supply links and capital, written straight into the tables, and
 * the coffee kawasan of domain/enterprise/testing-chain.ts in Kecamatan Kedungreja (Cilacap):
 * three BUM Desa growing coffee, a BUM Desa Bersama of the kawasan with a shop and a planned
 * roastery, one grower selling to the shop, and capital from four sources. Another kawasan in Kota
 * Semarang with a BUM Desa of its own stands beside it, to show what a reader may not see.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import {
  businessUnit,
  businessUnitLink,
  capitalInjection,
  kawasan,
  kawasanMember,
  roleAssignment,
} from '../../db/schema.ts';
import { insertEnterprise, insertPartner } from './testing.ts';

/** A unit of `enterpriseId`: a running coffee garden unless told otherwise; returns its id. */
export async function insertUnit(
  db: Database,
  enterpriseId: string,
  overrides: Partial<typeof businessUnit.$inferInsert> = {},
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(businessUnit).values({
    id,
    enterpriseId,
    name: 'Kebun Kopi',
    commodity: 'kopi',
    stage: 'hulu',
    description: '',
    status: 'berjalan',
    desaCode: null,
    workers: 0,
    womenWorkers: 0,
    startedOn: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
  return id;
}

/** `supplierUnitId` supplies `buyerUnitId` with `product`; returns the link id. */
export async function insertLink(
  db: Database,
  supplierUnitId: string,
  buyerUnitId: string,
  product = 'biji kopi',
): Promise<string> {
  const id = randomUUID();
  await db.orm
    .insert(businessUnitLink)
    .values({ id, supplierUnitId, buyerUnitId, product, note: '', createdAt: new Date() });
  return id;
}

/** A capital row of `enterpriseId`: APBD kabupaten, a grant, Rp1.000.000 unless told otherwise. */
export async function insertCapital(
  db: Database,
  enterpriseId: string,
  overrides: Partial<typeof capitalInjection.$inferInsert> = {},
): Promise<string> {
  const id = randomUUID();
  await db.orm.insert(capitalInjection).values({
    id,
    enterpriseId,
    unitId: null,
    source: 'apbd_kabupaten',
    form: 'hibah',
    partnerId: null,
    desaCode: null,
    amount: 1_000_000n,
    receivedOn: '2025-02-03',
    documentNumber: 'SK Bupati No. 1 Tahun 2025',
    documentId: null,
    note: '',
    createdAt: new Date(),
    ...overrides,
  });
  return id;
}

/** Gives an existing account the enterprise role of `enterpriseId`. */
export async function grantEnterpriseRole(db: Database, userId: string, enterpriseId: string): Promise<void> {
  await db.orm.insert(roleAssignment).values({
    id: randomUUID(),
    userId,
    role: 'enterprise',
    scopeKind: 'enterprise',
    scopeId: enterpriseId,
    regionCode: null,
    createdAt: new Date(),
  });
}

/** A kawasan of `kabupaten` with `members` and flagship `commodities`, designated; returns its id. */
export async function insertChainKawasan(
  db: Database,
  options: { name: string; kabupaten: string; members: readonly string[]; commodities: readonly string[] },
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(kawasan).values({
    id,
    name: options.name,
    regionCode: options.kabupaten,
    kabupatenCodes: [options.kabupaten],
    commodities: [...options.commodities],
    state: 'ditetapkan',
    skNumber: '1/2026',
    skDate: '2026-01-02',
    createdAt: at,
    updatedAt: at,
  });
  await db.orm
    .insert(kawasanMember)
    .values(options.members.map((desaCode) => ({ kawasanId: id, desaCode, active: true })));
  return id;
}

export const DESA_TAMBAKREJA = '3301012001';
export const DESA_BUMIREJA = '3301012002';
export const DESA_CIKLAPA = '3301012003';
export const DESA_KEDUNGREJA = '3301012004';
export const DESA_MIROTO = '3374011001';

/** The coffee kawasan and its neighbour, with every id a test needs. */
export async function seedCoffeeKawasan(db: Database) {
  const kawasanId = await insertChainKawasan(db, {
    name: 'Kawasan Kopi Kedungreja',
    kabupaten: '3301',
    members: [DESA_TAMBAKREJA, DESA_BUMIREJA, DESA_CIKLAPA, DESA_KEDUNGREJA],
    commodities: ['kopi', 'gula aren'],
  });
  const otherKawasanId = await insertChainKawasan(db, {
    name: 'Kawasan Kota Lama',
    kabupaten: '3374',
    members: [DESA_MIROTO],
    commodities: ['batik'],
  });
  const tambakreja = await insertEnterprise(db, {
    name: 'BUM Desa Tambakreja Makmur',
    founders: [DESA_TAMBAKREJA],
  });
  const bumireja = await insertEnterprise(db, {
    name: 'BUM Desa Bumireja Sejahtera',
    founders: [DESA_BUMIREJA],
  });
  const ciklapa = await insertEnterprise(db, { name: 'BUM Desa Ciklapa Jaya', founders: [DESA_CIKLAPA] });
  const bersama = await insertEnterprise(db, {
    kind: 'bumdesma',
    name: 'BUM Desa Bersama Kopi Kedungreja',
    founders: [DESA_TAMBAKREJA, DESA_BUMIREJA, DESA_CIKLAPA, DESA_KEDUNGREJA],
    kawasanIds: [kawasanId],
  });
  const miroto = await insertEnterprise(db, { name: 'BUM Desa Miroto Berdikari', founders: [DESA_MIROTO] });

  const unit = (
    enterpriseId: string,
    name: string,
    stage: string,
    status: string,
    desaCode: string,
    workers: number,
  ) => insertUnit(db, enterpriseId, { name, stage, status, desaCode, workers });
  const units = {
    kebunTambakreja: await unit(tambakreja, 'Kebun Kopi Tambakreja', 'hulu', 'berjalan', DESA_TAMBAKREJA, 12),
    kebunBumireja: await unit(bumireja, 'Kebun Kopi Bumireja', 'hulu', 'berjalan', DESA_BUMIREJA, 8),
    kebunCiklapa: await unit(ciklapa, 'Kebun Kopi Ciklapa', 'hulu', 'berjalan', DESA_CIKLAPA, 6),
    sangrai: await unit(bersama, 'Rumah Sangrai Kawasan', 'tengah', 'rencana', DESA_KEDUNGREJA, 0),
    kedai: await unit(bersama, 'Kedai Kopi Kawasan', 'hilir', 'berjalan', DESA_KEDUNGREJA, 4),
    wisata: await insertUnit(db, tambakreja, {
      name: 'Wisata Desa Tambakreja',
      commodity: 'wisata desa',
      stage: 'jasa',
      desaCode: DESA_TAMBAKREJA,
      workers: 3,
    }),
    batik: await insertUnit(db, miroto, { name: 'Galeri Batik Miroto', commodity: 'batik', stage: 'hilir' }),
  };
  const links = {
    kebunToKedai: await insertLink(db, units.kebunTambakreja, units.kedai, 'biji kopi kering'),
  };
  const partnerId = await insertPartner(db, { name: 'PT Kopi Nusantara Lestari' });
  const capital = {
    danaDesa: await insertCapital(db, tambakreja, {
      unitId: units.kebunTambakreja,
      source: 'dana_desa',
      form: 'penyertaan_modal',
      desaCode: DESA_TAMBAKREJA,
      amount: 150_000_000n,
      documentNumber: 'Perdes No. 2 Tahun 2025 tentang APBDes',
    }),
    apbdKebun: await insertCapital(db, tambakreja, { unitId: units.kebunTambakreja, amount: 10_000_001n }),
    apbdKedai: await insertCapital(db, bersama, { unitId: units.kedai, amount: 200_000_000n }),
    masyarakat: await insertCapital(db, bersama, {
      unitId: units.sangrai,
      source: 'masyarakat',
      form: 'penyertaan_modal',
      amount: 25_000_000n,
      documentNumber: 'Berita acara setoran modal 2025',
    }),
    mitra: await insertCapital(db, bersama, {
      source: 'mitra',
      partnerId,
      amount: 75_000_000n,
      documentNumber: 'Perjanjian kerja sama No. 7/2025',
    }),
    batik: await insertCapital(db, miroto, { unitId: units.batik, amount: 5_000_000n }),
  };
  return {
    kawasanId,
    otherKawasanId,
    enterprises: { tambakreja, bumireja, ciklapa, bersama, miroto },
    units,
    links,
    partnerId,
    capital,
  };
}
export type CoffeeKawasan = Awaited<ReturnType<typeof seedCoffeeKawasan>>;
