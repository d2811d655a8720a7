/**
 * Who may see and change a kawasan, in the service's terms: the signed-in actor becomes the
 * lifecycle's plain `KawasanActor`, and reading follows the scopes of the access model (any region
 * role whose region holds a member or one of the kawasan's kabupaten, a national role, or a role
 * scoped to this kawasan). Changes are decided by the domain rules (lifecycle, registry).
 */
import type { Orm } from '../../db/client.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import type { KawasanActor } from '../../domain/kawasan/kawasan-actor.ts';
import { CHANGE_REFUSALS, mayChange, type RegistryChange } from '../../domain/kawasan/registry.ts';
import { recordAudit } from '../access/audit.service.ts';
import type { KawasanRow } from './kawasan.repository.ts';

/** The actor of a change: signed in, and not through a read-only token. */
export function writer(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  if (actor.kind === 'user' && actor.readOnly)
    throw new AppError('forbidden', 'Token ini hanya untuk membaca.');
  return actor;
}

export function reader(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
  return actor;
}

export function kawasanActorOf(actor: Actor): KawasanActor {
  if (actor.kind === 'system') return { userId: null, label: actor.label, grants: [], system: true };
  return {
    userId: actor.userId,
    label: actor.label,
    grants: actor.assignments.map((a) => ({ role: a.role, scope: a.scope })),
  };
}

/** What the actor rules read: the members, or for a draft without members its kabupaten. */
export function areaOf(row: Pick<KawasanRow, 'memberCodes' | 'kabupatenCodes'>): string[] {
  return row.memberCodes.length > 0 ? [...row.memberCodes] : [...row.kabupatenCodes];
}

/** Whether the actor's scopes reach this kawasan (see the module comment). */
export function canSee(
  actor: Actor,
  row: Pick<KawasanRow, 'id' | 'memberCodes' | 'kabupatenCodes'>,
): boolean {
  if (actor.kind === 'system') return true;
  const places = [...row.memberCodes, ...row.kabupatenCodes];
  return actor.assignments.some((a) => {
    if (a.scope.kind === 'national') return true;
    if (a.scope.kind === 'region') {
      const code = a.scope.code;
      return places.some((p) => p.startsWith(code));
    }
    return a.scope.kind === 'kawasan' && a.scope.id === row.id;
  });
}

/** The region-code prefixes and kawasan ids a list is filtered by; 'all' for national scope. */
export function visibility(actor: Actor): 'all' | { prefixes: string[]; kawasanIds: string[] } {
  if (actor.kind === 'system') return 'all';
  const prefixes: string[] = [];
  const kawasanIds: string[] = [];
  for (const a of actor.assignments) {
    if (a.scope.kind === 'national') return 'all';
    if (a.scope.kind === 'region') prefixes.push(a.scope.code);
    if (a.scope.kind === 'kawasan') kawasanIds.push(a.scope.id);
  }
  return { prefixes, kawasanIds };
}

/** 404 for a kawasan the actor cannot see, so its existence is not revealed. */
export function requireVisible(actor: Actor, row: KawasanRow): void {
  if (!canSee(actor, row)) throw AppError.notFound('Kawasan tidak ditemukan.');
}

/** Throws 403 with the rule's reason unless the actor may make `change` now. */
export function requireChange(actor: Actor, row: KawasanRow, change: RegistryChange): void {
  requireVisible(actor, row);
  if (!mayChange(change, row.state, kawasanActorOf(actor), row.id, areaOf(row)))
    throw new AppError('forbidden', CHANGE_REFUSALS[change]);
}

/**
 * The audit row of a change to a kawasan, in the change's transaction. These rows are also the
 * kawasan's history: the dashboard's timeline reads them back (`resource_type` `kawasan`).
 */
export async function auditKawasan(
  orm: Orm,
  actor: Actor,
  row: Pick<KawasanRow, 'id' | 'regionCode'>,
  action: string,
  before: object | null,
  after: object | null,
  at: Date,
): Promise<void> {
  await recordAudit(
    orm,
    actor,
    {
      action,
      resourceType: 'kawasan',
      resourceId: row.id,
      regionCode: row.regionCode,
      before: before as Record<string, unknown> | null,
      after: after as Record<string, unknown> | null,
    },
    at,
  );
}
