/**
 * Who acts on a kawasan, as plain data: the actor's role grants (role + scope, the shape of an
 * access assignment without its id). The service builds it from the signed-in user; the rules
 * below only read it, so the lifecycle stays pure and testable without accounts.
 *
 * Legal basis: PP 43/2014 Pasal 123 — a kawasan perdesaan is designated by the Bupati/Wali Kota;
 * a kawasan spanning kabupaten is designated by the Gubernur (DOMAIN.md §1).
 */
import type { Role, Scope } from '../access/role.ts';

export interface KawasanGrant {
  role: Role;
  scope: Scope;
}

export interface KawasanActor {
  /** Stored in the audit row; null for the local command line. */
  userId: string | null;
  /** Name shown in the history ("Dinas PMD Kab. Semarang", "Sri, pendamping"). */
  label: string;
  grants: readonly KawasanGrant[];
  /** The local command line, which owns the installation: passes every actor rule. */
  system?: boolean;
}

/** Which kinds of actor a transition accepts (see ADR 0009). */
export type ActorRule =
  /** People of the area: village operators, facilitators, kabupaten or province officers of any member, or this kawasan's manager. */
  | 'participant'
  /** The designating government: the kabupaten officer of the one kabupaten, or for a cross-kabupaten kawasan the province officer. */
  | 'authority'
  /** Runs the designated kawasan: its kawasan manager, or the designating government. */
  | 'management';

/** The kabupaten codes the members lie in, sorted, without repeats. */
export function kabupatenOf(memberCodes: readonly string[]): string[] {
  return [...new Set(memberCodes.map((c) => c.slice(0, 4)))].sort();
}

/** The province codes the members lie in, sorted, without repeats. */
export function provincesOf(memberCodes: readonly string[]): string[] {
  return [...new Set(memberCodes.map((c) => c.slice(0, 2)))].sort();
}

const PARTICIPANT_REGION_ROLES: readonly Role[] = ['village', 'facilitator', 'kabupaten', 'province'];

function regionGrant(grant: KawasanGrant): string | null {
  return grant.scope.kind === 'region' ? grant.scope.code : null;
}

function isKawasanGrant(grant: KawasanGrant, kawasanId: string, roles: readonly Role[]): boolean {
  return roles.includes(grant.role) && grant.scope.kind === 'kawasan' && grant.scope.id === kawasanId;
}

/** Whether the actor is the designating government for these members. */
export function isAuthority(actor: KawasanActor, memberCodes: readonly string[]): boolean {
  const kabupaten = kabupatenOf(memberCodes);
  const provinces = provincesOf(memberCodes);
  if (kabupaten.length === 0) return false;
  return actor.grants.some((g) => {
    const code = regionGrant(g);
    if (code === null) return false;
    if (kabupaten.length === 1) return g.role === 'kabupaten' && code === kabupaten[0];
    return g.role === 'province' && provinces.length === 1 && code === provinces[0];
  });
}

/** Whether the actor passes `rule` for the kawasan `kawasanId` with these members. */
export function actorPasses(
  rule: ActorRule,
  actor: KawasanActor,
  kawasanId: string,
  memberCodes: readonly string[],
): boolean {
  if (actor.system || isAuthority(actor, memberCodes)) return true;
  if (rule === 'authority') return false;
  if (actor.grants.some((g) => isKawasanGrant(g, kawasanId, ['kawasan_manager']))) return true;
  if (rule === 'management') return false;
  return actor.grants.some((g) => {
    if (isKawasanGrant(g, kawasanId, ['facilitator'])) return true;
    const code = regionGrant(g);
    return (
      code !== null &&
      PARTICIPANT_REGION_ROLES.includes(g.role) &&
      memberCodes.some((m) => m.startsWith(code))
    );
  });
}

/** Why the actor failed `rule`, in Indonesian, naming who may act instead. */
export function actorRefusal(rule: ActorRule, memberCodes: readonly string[]): string {
  const kabupaten = kabupatenOf(memberCodes);
  const authority =
    kabupaten.length > 1
      ? `petugas provinsi ${provincesOf(memberCodes).join('/')} (kawasan lintas kabupaten ditetapkan gubernur)`
      : `petugas kabupaten ${kabupaten[0] ?? '—'} (kawasan ditetapkan bupati/wali kota)`;
  switch (rule) {
    case 'authority':
      return `Hanya ${authority} yang dapat melakukan ini.`;
    case 'management':
      return `Hanya pengelola kawasan ini atau ${authority} yang dapat melakukan ini.`;
    case 'participant':
      return `Hanya operator desa anggota, pendamping, petugas kabupaten/provinsi wilayah anggota, atau pengelola kawasan ini yang dapat melakukan ini.`;
  }
}
