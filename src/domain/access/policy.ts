/**
 * The access policy: one pure function answers whether an actor may perform an action on a
 * resource. Services call it before every read of non-public data and every write; list queries
 * use `regionFilter` to filter in SQL. Resources carry the regions they concern, already resolved
 * (a kawasan, enterprise or provider scope resolves to the regions it lies in).
 */
import { ADMIN_RANK, type Assignment, type Role } from './role.ts';

export type Actor =
  | { kind: 'user'; userId: string; label: string; assignments: readonly Assignment[]; readOnly: boolean }
  /** The local command line: whoever can run it owns the installation. */
  | { kind: 'system'; label: string };

/** Regions a resource concerns: canonical code prefixes, or the whole country. */
export type Regions = readonly string[] | 'national';

export type Resource =
  /** Another person's account; `regions` are those of their role assignments (none: `[]`). */
  | { type: 'account'; userId: string; regions: Regions }
  /** A role assignment being granted or revoked. */
  | { type: 'assignment'; role: Role; regions: Regions }
  /** An audit row, located by the region it concerns and who acted. */
  | { type: 'audit'; regions: Regions; actorUserId: string | null }
  /** The actor's own account: profile, password, API tokens. */
  | { type: 'own'; userId: string }
  /** Data about places: village index results, later plans and reports. */
  | { type: 'region_data'; regions: Regions };

export const ACTIONS = {
  'account.read': 'read',
  'account.create': 'write',
  'account.update': 'write',
  'assignment.grant': 'write',
  'assignment.revoke': 'write',
  'audit.read': 'read',
  'own.read': 'read',
  'own.update': 'write',
  'index.import': 'write',
  /** Administrative boundaries cover the whole country: national scope only (resource regions `'national'`). */
  'boundary.import': 'write',
} as const;
export type Action = keyof typeof ACTIONS;

export type Decision = { allowed: true } | { allowed: false; reason: string };

const ALLOW: Decision = { allowed: true };

/** Roles that may change data about the places in their scope (a village operator: their village). */
export const REGION_DATA_WRITERS: readonly Role[] = ['national', 'province', 'kabupaten', 'village'];
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** Whether an administrative scope covers every region of `regions`. */
function covers(assignment: Assignment, regions: Regions): boolean {
  if (assignment.scope.kind === 'national') return true;
  if (assignment.scope.kind !== 'region' || regions === 'national' || regions.length === 0) return false;
  const prefix = assignment.scope.code;
  return regions.every((r) => r.startsWith(prefix));
}

/** Whether it covers at least one of `regions` (enough to see, not to change). */
function overlaps(assignment: Assignment, regions: Regions): boolean {
  if (assignment.scope.kind === 'national') return true;
  if (assignment.scope.kind !== 'region' || regions === 'national') return false;
  const prefix = assignment.scope.code;
  return regions.some((r) => r.startsWith(prefix));
}

function adminAssignments(actor: Extract<Actor, { kind: 'user' }>): Assignment[] {
  return actor.assignments.filter((a) => ADMIN_RANK[a.role] !== undefined);
}

/** Whether `actor` may perform `action` on `resource`. Public visitors are `null`. */
export function can(actor: Actor | null, action: Action, resource: Resource): Decision {
  if (actor === null) return deny('Perlu masuk terlebih dahulu.');
  if (actor.kind === 'system') return ALLOW;
  if (actor.readOnly && ACTIONS[action] === 'write') return deny('Token ini hanya untuk membaca.');
  const admins = adminAssignments(actor);

  switch (resource.type) {
    case 'own':
      return resource.userId === actor.userId ? ALLOW : deny('Hanya untuk akun sendiri.');
    case 'account': {
      if (resource.userId === actor.userId && action === 'account.read') return ALLOW;
      const test = action === 'account.read' ? overlaps : covers;
      return admins.some((a) => test(a, resource.regions))
        ? ALLOW
        : deny('Akun ini di luar cakupan wilayah Anda.');
    }
    case 'assignment': {
      const rank = ADMIN_RANK[resource.role] ?? 0;
      const ok = admins.some(
        (a) => covers(a, resource.regions) && (a.role === 'national' || ADMIN_RANK[a.role]! > rank),
      );
      return ok ? ALLOW : deny('Anda tidak dapat memberikan atau mencabut peran ini di wilayah ini.');
    }
    case 'region_data': {
      const writers = actor.assignments.filter((a) => REGION_DATA_WRITERS.includes(a.role));
      if (writers.length === 0)
        return deny(
          'Peran Anda tidak dapat mengubah data wilayah (hanya peran nasional, provinsi, kabupaten/kota atau desa).',
        );
      return writers.some((a) => covers(a, resource.regions))
        ? ALLOW
        : deny('Data ini di luar cakupan wilayah Anda.');
    }
    case 'audit': {
      if (resource.actorUserId === actor.userId) return ALLOW;
      return admins.some((a) => overlaps(a, resource.regions))
        ? ALLOW
        : deny('Catatan audit ini di luar cakupan wilayah Anda.');
    }
  }
}

/**
 * Whether `action` on region data could be allowed for `actor` on at least one region of their
 * scope: asked before a request's regions are known (an upload is refused before its body is read).
 */
export function canSomewhere(actor: Actor, action: Action): Decision {
  if (actor.kind === 'system') return ALLOW;
  let refusal: Decision = deny('Peran Anda tidak mencakup wilayah mana pun untuk tindakan ini.');
  for (const a of actor.assignments) {
    const regions =
      a.scope.kind === 'national' ? 'national' : a.scope.kind === 'region' ? [a.scope.code] : [];
    const decision = can(actor, action, { type: 'region_data', regions });
    if (decision.allowed) return decision;
    refusal = decision;
  }
  return refusal;
}

/**
 * The region filter for a list of records that need `action`: `'all'` for national scope, or
 * the code prefixes the actor administers (possibly none). Lists filter by it in SQL.
 */
export function regionFilter(actor: Actor, _action: 'account.read' | 'audit.read'): 'all' | string[] {
  if (actor.kind === 'system') return 'all';
  const prefixes: string[] = [];
  for (const a of adminAssignments(actor)) {
    if (a.scope.kind === 'national') return 'all';
    if (a.scope.kind === 'region') prefixes.push(a.scope.code);
  }
  return prefixes;
}
