/**
 * Reads of facilitators, their assignments and the names of places, shared by the pendampingan
 * services. Rows become the domain's shapes here (`Facilitator`, `FacilitatorAssignment`, `Place`),
 * so the rules in domain/facilitation run on exactly what is stored.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Orm } from '../../db/client.ts';
import { appUser, facilitator, facilitatorAssignment, kawasan, region } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import type { FacilitatorAssignment, Place } from '../../domain/facilitation/assignment.ts';
import type { Facilitator, FacilitatorType, Gender } from '../../domain/facilitation/facilitator.ts';

const district = alias(region, 'district');

export type FacilitatorRecord = typeof facilitator.$inferSelect;
export type AssignmentRecord = typeof facilitatorAssignment.$inferSelect;

export function toFacilitator(row: FacilitatorRecord): Facilitator {
  return {
    id: row.id,
    userId: row.userId,
    type: row.type as FacilitatorType,
    name: row.name,
    gender: row.gender as Gender,
    phone: row.phone,
    email: row.email,
    homeRegionCode: row.homeRegionCode,
    activeFrom: row.activeFrom,
    activeTo: row.activeTo,
    supervisorId: row.supervisorId,
  };
}

export function placeOfRow(row: {
  placeKind: string;
  desaCode: string | null;
  kawasanId: string | null;
}): Place {
  return row.placeKind === 'kawasan'
    ? { kind: 'kawasan', id: row.kawasanId! }
    : { kind: 'desa', code: row.desaCode! };
}

/** The columns of an assignment the domain reads. */
export type AssignmentFields = Pick<
  AssignmentRecord,
  'id' | 'facilitatorId' | 'placeKind' | 'desaCode' | 'kawasanId' | 'fromDate' | 'toDate'
>;

export function toAssignment(row: AssignmentFields): FacilitatorAssignment {
  return {
    id: row.id,
    facilitatorId: row.facilitatorId,
    place: placeOfRow(row),
    from: row.fromDate,
    to: row.toDate,
  };
}

/** The facilitator, or 404; `lock` holds the row until the transaction ends. */
export async function loadFacilitator(orm: Orm, id: string, lock = false): Promise<FacilitatorRecord> {
  const base = orm.select().from(facilitator).where(eq(facilitator.id, id));
  const [row] = lock ? await base.for('update') : await base;
  if (!row) throw AppError.notFound('Pendamping tidak ditemukan.');
  return row;
}

/** The facilitator record linked to a user account, or null. */
export async function facilitatorOfUser(orm: Orm, userId: string): Promise<FacilitatorRecord | null> {
  const [row] = await orm.select().from(facilitator).where(eq(facilitator.userId, userId));
  return row ?? null;
}

/** Every assignment of the facilitator (history order is the domain's `assignmentHistory`). */
export async function assignmentsOf(orm: Orm, facilitatorId: string): Promise<FacilitatorAssignment[]> {
  const rows = await orm
    .select()
    .from(facilitatorAssignment)
    .where(eq(facilitatorAssignment.facilitatorId, facilitatorId))
    .orderBy(asc(facilitatorAssignment.fromDate), asc(facilitatorAssignment.id));
  return rows.map(toAssignment);
}

/** Usernames of accounts, by id. */
export async function usernamesOf(orm: Orm, userIds: readonly string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await orm
    .select({ id: appUser.id, username: appUser.username })
    .from(appUser)
    .where(inArray(appUser.id, [...new Set(userIds)]));
  return new Map(rows.map((r) => [r.id, r.username]));
}

/** The name and kecamatan of a desa, as read for its label. */
export interface DesaNameParts {
  code: string;
  name: string;
  district: string | null;
}

/** Desa labels by code: "Name, Kec. District", or the name alone when the district is unknown. */
export function desaLabels(rows: readonly DesaNameParts[]): Record<string, string> {
  return Object.fromEntries(rows.map((r) => [r.code, r.district ? `${r.name}, Kec. ${r.district}` : r.name]));
}

/**
 * The name parts of the given desa as a JSON array, to embed in a larger query (of more than
 * one table, so that every column carries its table's name).
 */
export function desaNamePartsJson(codes: readonly string[]) {
  return sql<DesaNameParts[]>`coalesce((
    select json_agg(json_build_object('code', ${region.code}, 'name', ${region.name}, 'district', ${district.name}))
    from ${region} left join ${region} ${sql.identifier('district')} on ${district.code} = ${region.parentCode}
    where ${inArray(region.code, [...codes])}), '[]')`;
}

/**
 * Display names of places: a desa as "Name, Kec. District", a kawasan by its name. An unknown
 * place keeps its code, so nothing is hidden.
 */
export async function placeNames(
  orm: Orm,
  places: readonly Place[],
): Promise<{ name(place: Place): string; desa: Record<string, string>; kawasan: Record<string, string> }> {
  const desaCodes = [...new Set(places.filter((p) => p.kind === 'desa').map((p) => p.code))];
  const kawasanIds = [...new Set(places.filter((p) => p.kind === 'kawasan').map((p) => p.id))];
  const desa: Record<string, string> = {};
  const kawasanNames: Record<string, string> = {};
  if (desaCodes.length > 0) {
    const rows = await orm
      .select({ code: region.code, name: region.name, district: district.name })
      .from(region)
      .leftJoin(district, eq(district.code, region.parentCode))
      .where(inArray(region.code, desaCodes));
    Object.assign(desa, desaLabels(rows));
  }
  if (kawasanIds.length > 0) {
    const rows = await orm
      .select({ id: kawasan.id, name: kawasan.name })
      .from(kawasan)
      .where(inArray(kawasan.id, kawasanIds));
    for (const r of rows) kawasanNames[r.id] = r.name;
  }
  return {
    desa,
    kawasan: kawasanNames,
    name: (place) =>
      place.kind === 'desa'
        ? (desa[place.code] ?? `Desa ${place.code}`)
        : (kawasanNames[place.id] ?? `Kawasan ${place.id}`),
  };
}

/** The name of a region by its code, or the code itself when unknown. */
export async function regionName(orm: Orm, code: string): Promise<string> {
  const [row] = await orm.select({ name: region.name }).from(region).where(eq(region.code, code));
  return row?.name ?? code;
}
