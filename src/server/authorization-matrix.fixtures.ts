/**
 * What the authorisation matrix rows set up straight in the database: desa rows of their own and
 * a kawasan in the state a route needs with those desa as members.
 */
import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { kawasan, kawasanMember, region } from '../db/schema.ts';
import { isActiveState, type KawasanState } from '../domain/kawasan/lifecycle.ts';
import { isPublicState } from '../domain/kawasan/registry.ts';

/**
 * A source of new desa of a kecamatan, numbered `first`, `first + 1`, … and again from `first`
 * after `count` (each row file keeps to its own numbers), named `<label> <code>`. A number used
 * again is released from the kawasan of an earlier case.
 */
export function desaSource(label: string, first: number, count: number) {
  let serial = 0;
  return async (db: Database, district: string, n = 2): Promise<string[]> => {
    const codes = Array.from({ length: n }, () => `${district}${first + (++serial % count)}`);
    await db.orm
      .insert(region)
      .values(
        codes.map((code) => ({
          code,
          parentCode: district,
          level: 4,
          name: `${label} ${code}`,
          searchName: `${label.toLowerCase()} ${code}`,
        })),
      )
      .onConflictDoNothing();
    await db.orm.delete(kawasanMember).where(inArray(kawasanMember.desaCode, codes));
    return codes;
  };
}

/** A kawasan of `kabupaten` in `state` (with its SK once designated) whose members are `members`. */
export async function insertKawasan(
  db: Database,
  options: { name: string; kabupaten: string; state: KawasanState; members: readonly string[] },
): Promise<string> {
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(kawasan).values({
    id,
    name: options.name,
    regionCode: options.kabupaten,
    kabupatenCodes: [options.kabupaten],
    state: options.state,
    ...(isPublicState(options.state) ? { skNumber: '1/2026', skDate: '2026-01-02' } : {}),
    createdAt: at,
    updatedAt: at,
  });
  await db.orm
    .insert(kawasanMember)
    .values(
      options.members.map((desaCode) => ({ kawasanId: id, desaCode, active: isActiveState(options.state) })),
    );
  return id;
}
