/**
 * Turns a scope as clients send it into a checked scope with the region it lies in and a label
 * people read. Region scopes are checked against the region table; kawasan, enterprise and
 * training-provider scopes are resolved by their capabilities, registered in `RESOURCE_SCOPES`.
 */
import type { ScopeInput, ScopeView } from '../../contracts/access.contract.ts';
import type { Orm } from '../../db/client.ts';
import type { Scope } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import { formatRegionCode, parseRegionCode } from '../../domain/region-code.ts';
import { enterpriseScope } from '../enterprise/enterprise-facts.ts';
import { kawasanScope } from '../kawasan/kawasan-scope.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { providerScope } from '../training/training.repository.ts';

export interface ResolvedScope {
  scope: Scope;
  /** The region it lies in, for coverage checks and SQL filters; null for national. */
  regionCode: string | null;
  view: ScopeView;
}

type ResourceKind = Exclude<Scope['kind'], 'national' | 'region'>;

/** Resolves the id of a non-region scope to its region and label; null when no such record exists. */
export type ResourceScopeLookup = (
  orm: Orm,
  id: string,
) => Promise<{ regionCode: string; label: string } | null>;

const KIND_LABEL: Record<ResourceKind, string> = {
  kawasan: 'kawasan',
  enterprise: 'usaha',
  training_provider: 'penyedia pelatihan',
};

/** Filled in by the capabilities that own these records. */
export const RESOURCE_SCOPES: Record<ResourceKind, ResourceScopeLookup> = {
  kawasan: kawasanScope,
  enterprise: enterpriseScope,
  training_provider: providerScope,
};

export const NATIONAL_LABEL = 'Seluruh Indonesia';

export function createScopeResolver(orm: Orm) {
  const regions = createRegionRepository(orm);

  return {
    /** A checked scope, or a 400 naming `field` (e.g. `assignments.0.scope.code`). */
    async resolve(input: ScopeInput, field: string): Promise<ResolvedScope> {
      if (input.kind === 'national') {
        return {
          scope: { kind: 'national' },
          regionCode: null,
          view: { kind: 'national', label: NATIONAL_LABEL },
        };
      }
      if (input.kind === 'region') {
        const parsed = parseRegionCode(input.code);
        if (!parsed.ok) throw AppError.invalid(`${field}.code`, parsed.message);
        const [region] = await regions.findByCodes([parsed.value.code]);
        if (!region)
          throw AppError.invalid(`${field}.code`, `Tidak ada wilayah dengan kode ${input.code.trim()}.`);
        return {
          scope: { kind: 'region', code: region.code },
          regionCode: region.code,
          view: {
            kind: 'region',
            code: region.code,
            codeDotted: formatRegionCode(region.code),
            label: region.name,
          },
        };
      }
      const found = await RESOURCE_SCOPES[input.kind](orm, input.id);
      if (!found)
        throw AppError.invalid(`${field}.id`, `Tidak ada ${KIND_LABEL[input.kind]} dengan id ${input.id}.`);
      return {
        scope: { kind: input.kind, id: input.id },
        regionCode: found.regionCode,
        view: { kind: input.kind, id: input.id, label: found.label },
      };
    },

    /** Views of stored scopes, with region names fetched in one query and resource names looked up. */
    async views(stored: readonly { scopeKind: string; scopeId: string | null }[]): Promise<ScopeView[]> {
      const codes = stored.filter((s) => s.scopeKind === 'region').map((s) => s.scopeId!);
      const names = new Map((await regions.findByCodes([...new Set(codes)])).map((r) => [r.code, r.name]));
      const labels = new Map<string, string>();
      for (const s of stored) {
        if (s.scopeKind === 'national' || s.scopeKind === 'region' || !s.scopeId) continue;
        const found = await RESOURCE_SCOPES[s.scopeKind as ResourceKind](orm, s.scopeId);
        if (found) labels.set(`${s.scopeKind}:${s.scopeId}`, found.label);
      }
      return stored.map((s): ScopeView => {
        if (s.scopeKind === 'national') return { kind: 'national', label: NATIONAL_LABEL };
        if (s.scopeKind === 'region') {
          const code = s.scopeId!;
          return { kind: 'region', code, codeDotted: formatRegionCode(code), label: names.get(code) ?? code };
        }
        const label = labels.get(`${s.scopeKind}:${s.scopeId}`) ?? s.scopeId!;
        return { kind: s.scopeKind as ResourceKind, id: s.scopeId!, label };
      });
    },
  };
}
export type ScopeResolver = ReturnType<typeof createScopeResolver>;

/** The domain scope of a stored (kind, id) pair. */
export function storedScope(kind: string, id: string | null): Scope {
  if (kind === 'national') return { kind: 'national' };
  if (kind === 'region') return { kind: 'region', code: id! };
  return { kind: kind as ResourceKind, id: id! };
}
