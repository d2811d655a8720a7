/**
 * Roles and the scopes their assignments carry (docs/glossary.md). Public access is the absence
 * of an actor, not a role. Scope kinds for kawasan, enterprises and training providers are part
 * of the type now, so their capabilities plug in by resolving an id to the regions it covers.
 */
import { CODE_LENGTH, type RegionLevel } from '../region-code.ts';

export const ROLES = [
  'national',
  'province',
  'kabupaten',
  'kawasan_manager',
  'facilitator',
  'village',
  'enterprise',
  'training_provider',
] as const;
export type Role = (typeof ROLES)[number];

export const SCOPE_KINDS = ['national', 'region', 'kawasan', 'enterprise', 'training_provider'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export type Scope =
  | { kind: 'national' }
  /** A canonical region code used as a prefix: `33`, `3374`, `3374011001`. */
  | { kind: 'region'; code: string }
  | { kind: 'kawasan' | 'enterprise' | 'training_provider'; id: string };

/** What a role's assignment may be scoped to. */
interface ScopeRule {
  kinds: readonly ScopeKind[];
  /** For region scopes: the levels allowed. */
  regionLevels?: readonly RegionLevel[];
}

export const ROLE_SCOPES: Record<Role, ScopeRule> = {
  national: { kinds: ['national'] },
  province: { kinds: ['region'], regionLevels: ['province'] },
  kabupaten: { kinds: ['region'], regionLevels: ['regency'] },
  kawasan_manager: { kinds: ['kawasan'] },
  facilitator: { kinds: ['region', 'kawasan'], regionLevels: ['regency', 'district', 'village'] },
  village: { kinds: ['region'], regionLevels: ['village'] },
  enterprise: { kinds: ['enterprise'] },
  training_provider: { kinds: ['training_provider'] },
};

/** Roles that administer accounts within their region, highest first. */
export const ADMIN_RANK: Partial<Record<Role, number>> = { national: 3, province: 2, kabupaten: 1 };

export interface Assignment {
  id: string;
  role: Role;
  scope: Scope;
}

/** Why a role cannot carry a scope, or null when it can. */
export function scopeProblem(role: Role, scope: Scope): string | null {
  const rule = ROLE_SCOPES[role];
  if (!rule.kinds.includes(scope.kind)) {
    return `Peran ${role} harus memakai cakupan ${rule.kinds.join(' atau ')}, bukan ${scope.kind}.`;
  }
  if (scope.kind === 'region' && rule.regionLevels) {
    const lengths = rule.regionLevels.map((l) => CODE_LENGTH[l]);
    if (!lengths.includes(scope.code.length)) {
      return `Peran ${role} harus memakai kode wilayah tingkat ${rule.regionLevels.join('/')}.`;
    }
  }
  return null;
}

/** Stable text form, e.g. `region:3374`, `national`, `kawasan:K-12`. */
export function scopeKey(scope: Scope): string {
  if (scope.kind === 'national') return 'national';
  return scope.kind === 'region' ? `region:${scope.code}` : `${scope.kind}:${scope.id}`;
}
