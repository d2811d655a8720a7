/**
 * Test data for the activity log: facilitator records and assignments written straight in the
 * database (the facilitator service is not needed to set them up), and accounts holding the
 * facilitator role linked to a record.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { facilitator, facilitatorAssignment } from '../../db/schema.ts';
import type { Place } from '../../domain/facilitation/assignment.ts';
import type { FacilitatorType } from '../../domain/facilitation/facilitator.ts';
import { createTestAccount } from '../access/testing.ts';

export interface FacilitatorFixture {
  userId: string;
  type?: FacilitatorType;
  name?: string;
  homeRegionCode: string;
  supervisorId?: string | null;
  activeFrom?: string;
}

/** A facilitator record linked to `userId`; returns its id. */
export async function insertFacilitator(db: Database, options: FacilitatorFixture): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(facilitator).values({
    id,
    userId: options.userId,
    type: options.type ?? 'pd',
    name: options.name ?? `Pendamping ${id.slice(0, 8)}`,
    gender: 'perempuan',
    phone: '081234567890',
    email: null,
    homeRegionCode: options.homeRegionCode,
    activeFrom: options.activeFrom ?? '2020-01-01',
    activeTo: null,
    supervisorId: options.supervisorId ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/** The facilitator record of `userId`, created with `options` when the account has none yet. */
export async function ensureFacilitator(db: Database, options: FacilitatorFixture): Promise<string> {
  const [row] = await db.orm
    .select({ id: facilitator.id })
    .from(facilitator)
    .where(eq(facilitator.userId, options.userId));
  return row ? row.id : insertFacilitator(db, options);
}

/** An assignment of the facilitator to `place` from `from` (to `to`, or open); returns its id. */
export async function insertAssignment(
  db: Database,
  options: { facilitatorId: string; place: Place; from?: string; to?: string | null },
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(facilitatorAssignment).values({
    id,
    facilitatorId: options.facilitatorId,
    placeKind: options.place.kind,
    desaCode: options.place.kind === 'desa' ? options.place.code : null,
    kawasanId: options.place.kind === 'kawasan' ? options.place.id : null,
    fromDate: options.from ?? '2020-01-01',
    toDate: options.to ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

/**
 * A new account holding the facilitator role over `roleRegion`, with a facilitator record based
 * in `homeRegionCode` (default: the same region).
 */
export async function facilitatorWithAccount(
  db: Database,
  username: string,
  roleRegion: string,
  options: Omit<FacilitatorFixture, 'userId' | 'homeRegionCode'> & { homeRegionCode?: string } = {},
): Promise<{ userId: string; facilitatorId: string; username: string; password: string }> {
  const account = await createTestAccount(db, username, [
    { role: 'facilitator', scope: { kind: 'region', code: roleRegion } },
  ]);
  const facilitatorId = await insertFacilitator(db, {
    ...options,
    userId: account.id,
    homeRegionCode: options.homeRegionCode ?? roleRegion,
  });
  return { userId: account.id, facilitatorId, username: account.username, password: account.password };
}
