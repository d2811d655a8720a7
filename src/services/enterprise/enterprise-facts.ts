/**
 * What access to an enterprise depends on, read in one place for every stimulan-usaha service:
 * its founding desa, the kawasan it is linked to, and the kawasan holding all or some of its
 * founding desa (domain/enterprise/enterprise-access.ts). Also the enterprise scope of accounts.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { enterprise, enterpriseFounder, enterpriseKawasan, kawasanMember } from '../../db/schema.ts';
import type { EnterpriseFacts } from '../../domain/enterprise/enterprise-access.ts';
import { AppError } from '../../domain/errors.ts';
import { isUuid } from '../../domain/uuid.ts';

export interface LoadedEnterpriseFacts extends EnterpriseFacts {
  id: string;
  name: string;
  kind: string;
  /** The longest region holding every founding desa: audit rows and the enterprise role lie in it. */
  regionCode: string;
}

/**
 * The access facts of founding desa and kawasan links, for an enterprise being registered or
 * changed: which kawasan hold every founding desa, and which hold at least one.
 */
export async function founderKawasanFacts(
  orm: Orm,
  founderDesaCodes: readonly string[],
  kawasanIds: readonly string[],
): Promise<Pick<EnterpriseFacts, 'kawasanIdsHoldingAllFounders' | 'kawasanIdsHoldingAFounder'>> {
  if (founderDesaCodes.length === 0)
    return { kawasanIdsHoldingAllFounders: [], kawasanIdsHoldingAFounder: [] };
  const rows = await orm
    .select({ kawasanId: kawasanMember.kawasanId, desaCode: kawasanMember.desaCode })
    .from(kawasanMember)
    .where(inArray(kawasanMember.desaCode, [...founderDesaCodes]));
  const held = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = held.get(r.kawasanId) ?? new Set<string>();
    set.add(r.desaCode);
    held.set(r.kawasanId, set);
  }
  const all = [...held]
    .filter(([id, codes]) => kawasanIds.includes(id) && founderDesaCodes.every((c) => codes.has(c)))
    .map(([id]) => id);
  return { kawasanIdsHoldingAllFounders: all.sort(), kawasanIdsHoldingAFounder: [...held.keys()].sort() };
}

/** The facts of a stored enterprise, or null when there is none with this id. */
export async function loadEnterpriseFacts(orm: Orm, id: string): Promise<LoadedEnterpriseFacts | null> {
  if (!isUuid(id)) return null;
  const [row] = await orm
    .select({
      id: enterprise.id,
      name: enterprise.name,
      kind: enterprise.kind,
      regionCode: enterprise.regionCode,
    })
    .from(enterprise)
    .where(eq(enterprise.id, id));
  if (!row) return null;
  const [founders, links] = await Promise.all([
    orm
      .select({ desaCode: enterpriseFounder.desaCode })
      .from(enterpriseFounder)
      .where(eq(enterpriseFounder.enterpriseId, id)),
    orm
      .select({ kawasanId: enterpriseKawasan.kawasanId })
      .from(enterpriseKawasan)
      .where(eq(enterpriseKawasan.enterpriseId, id)),
  ]);
  const founderDesaCodes = founders.map((f) => f.desaCode).sort();
  const kawasanIds = links.map((l) => l.kawasanId).sort();
  return {
    ...row,
    founderDesaCodes,
    kawasanIds,
    ...(await founderKawasanFacts(orm, founderDesaCodes, kawasanIds)),
  };
}

/** The facts of an enterprise, or a 404 in Indonesian. */
export async function requireEnterpriseFacts(orm: Orm, id: string): Promise<LoadedEnterpriseFacts> {
  const facts = await loadEnterpriseFacts(orm, id);
  if (!facts) throw AppError.notFound(`Tidak ada badan usaha dengan id ${id}.`);
  return facts;
}

/** The enterprise scope of an account's role assignment: its region and name. */
export async function enterpriseScope(
  orm: Orm,
  id: string,
): Promise<{ regionCode: string; label: string } | null> {
  if (!isUuid(id)) return null;
  const [row] = await orm
    .select({ regionCode: enterprise.regionCode, name: enterprise.name })
    .from(enterprise)
    .where(eq(enterprise.id, id));
  return row ? { regionCode: row.regionCode, label: row.name } : null;
}
