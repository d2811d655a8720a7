import type { KawasanDashboard, KawasanMember } from '../../../contracts/kawasan.contract';
import { MIN_MEMBERS } from '../../../domain/kawasan/lifecycle-guards';
import type { VillageResult } from '../maps/map-scene';

export { MIN_MEMBERS };
/** The most desa one kawasan may hold (MembersBody). */
export const MAX_MEMBERS = 60;

/** A desa picked as a member: enough to list it before the server has seen it. */
export interface PickedMember {
  code: string;
  name: string;
  districtName: string;
}

/** Why a search hit cannot be added, or null when it can. */
export type CandidateProblem = 'kelurahan' | 'outsideKabupaten' | 'chosen' | 'full';

export function candidateProblem(
  hit: { code: string; type: string | null },
  kabupatenCodes: readonly string[],
  chosen: readonly string[],
): CandidateProblem | null {
  if (hit.type === 'kelurahan') return 'kelurahan';
  if (kabupatenCodes.length > 0 && !kabupatenCodes.includes(hit.code.slice(0, 4))) return 'outsideKabupaten';
  if (chosen.includes(hit.code)) return 'chosen';
  if (chosen.length >= MAX_MEMBERS) return 'full';
  return null;
}

/** Members kept when the kabupaten change: only those still inside one of them. */
export function membersWithin(
  members: readonly PickedMember[],
  kabupatenCodes: readonly string[],
): PickedMember[] {
  return members.filter((m) => kabupatenCodes.includes(m.code.slice(0, 4)));
}

/** Whether the picked list differs from the stored members (order does not matter). */
export function membersChanged(
  stored: readonly { code: string }[],
  picked: readonly { code: string }[],
): boolean {
  const a = new Set(stored.map((m) => m.code));
  const b = new Set(picked.map((m) => m.code));
  return a.size !== b.size || [...a].some((c) => !b.has(c));
}

export interface RoleGroups {
  /** Maju/Mandiri in the latest year: the desa that pull the others along. */
  locomotives: KawasanMember[];
  /** Tertinggal/Sangat Tertinggal in the latest year. */
  lagging: KawasanMember[];
}

/**
 * The locomotive and lagging members, as the dashboard names them (its codes, in its order), or
 * from each member's own role while the dashboard is not there.
 */
export function roleGroups(
  members: readonly KawasanMember[],
  dashboard: Pick<KawasanDashboard, 'locomotives' | 'lagging'> | null | undefined,
): RoleGroups {
  if (!dashboard) {
    return {
      locomotives: members.filter((m) => m.role === 'locomotive'),
      lagging: members.filter((m) => m.role === 'lagging'),
    };
  }
  const byCode = new Map(members.map((m) => [m.code, m]));
  const pick = (codes: readonly string[]) =>
    codes.flatMap((code) => {
      const member = byCode.get(code);
      return member ? [member] : [];
    });
  return { locomotives: pick(dashboard.locomotives), lagging: pick(dashboard.lagging) };
}

/** How many members hold each role, for the line above the table. */
export function roleCounts(
  members: readonly Pick<KawasanMember, 'role'>[],
): Record<KawasanMember['role'], number> {
  const counts = { locomotive: 0, lagging: 0, other: 0, unknown: 0 };
  for (const m of members) counts[m.role]++;
  return counts;
}

/**
 * The kabupaten/kota a kawasan's map can show: those it was formed in when known, else those of
 * its members (a public kawasan carries only its members), in the order first met.
 */
export function mapKabupatenOf(
  members: readonly Pick<KawasanMember, 'code'>[],
  kabupatenCodes?: readonly string[],
): string[] {
  if (kabupatenCodes && kabupatenCodes.length > 0) return [...kabupatenCodes];
  return [...new Set(members.map((m) => m.code.slice(0, 4)))];
}

/**
 * What the map colours each desa by: every desa of the kabupaten with its own latest result, so
 * a tapped non-member shows its real status, and the members' results (as the kawasan reports
 * them) over those.
 */
export function memberMapResults(
  members: readonly Pick<KawasanMember, 'code' | 'status' | 'indexValue'>[],
  region: ReadonlyMap<string, VillageResult>,
): Map<string, VillageResult> {
  const all = new Map(region);
  for (const m of members) all.set(m.code, { status: m.status, value: m.indexValue });
  return all;
}
