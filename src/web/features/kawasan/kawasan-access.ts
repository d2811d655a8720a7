import type { Role } from '../../../domain/access/role';

/** Roles that propose kawasan: the people of an area, who hold a region scope (ADR 0009, participant). */
export const KAWASAN_CREATOR_ROLES: readonly Role[] = ['kabupaten', 'province', 'facilitator', 'village'];

interface UserScopes {
  assignments: readonly { role: Role; scope: { kind: string; code?: string } }[];
}

function regionGrants(user: UserScopes | null) {
  return (user?.assignments ?? []).flatMap((a) =>
    KAWASAN_CREATOR_ROLES.includes(a.role) && a.scope.kind === 'region' && a.scope.code
      ? [{ role: a.role, code: a.scope.code }]
      : [],
  );
}

/** Whether to offer "Kawasan baru": the user holds a creating role over a region. */
export function mayCreateKawasan(user: UserScopes | null): boolean {
  return regionGrants(user).length > 0;
}

export interface KabupatenChoices {
  /** Kabupaten/kota the user works in (kabupaten officers, facilitators, village operators). */
  kabupaten: string[];
  /** Provinces whose officers may choose any kabupaten, or several of one province. */
  provinces: string[];
}

/**
 * Where the user may start a kawasan: the kabupaten of their kabupaten, kecamatan or desa scopes,
 * and for province officers their provinces. Sorted, without repeats.
 */
export function kabupatenChoices(user: UserScopes | null): KabupatenChoices {
  const kabupaten = new Set<string>();
  const provinces = new Set<string>();
  for (const { role, code } of regionGrants(user)) {
    if (role === 'province') provinces.add(code.slice(0, 2));
    else if (code.length >= 4) kabupaten.add(code.slice(0, 4));
  }
  const inProvince = (code: string) => provinces.has(code.slice(0, 2));
  return {
    kabupaten: [...kabupaten].filter((code) => !inProvince(code)).sort(),
    provinces: [...provinces].sort(),
  };
}
