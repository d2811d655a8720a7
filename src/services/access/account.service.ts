/**
 * Accounts and their roles: create, change, deactivate, reset passwords, grant and revoke roles.
 * Every change is authorised by the access policy and audited in its own transaction.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type {
  AssignmentView,
  CreateUserBody,
  GrantBody,
  UpdateUserBody,
  UserListPage,
  UserListQuery,
  UserView,
} from '../../contracts/access.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import { appUser, roleAssignment } from '../../db/schema.ts';
import {
  type Action,
  type Actor,
  can,
  type Regions,
  type Resource,
  regionFilter,
} from '../../domain/access/policy.ts';
import { type Assignment, type Role, scopeKey, scopeProblem } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import { type AssignmentRecord, createAccountRepository, type UserRecord } from './account.repository.ts';
import { recordAudit } from './audit.service.ts';
import { hashPassword } from './password.ts';
import { createScopeResolver, type ResolvedScope, storedScope } from './scope-resolver.ts';

export interface AccessDeps {
  db: Database;
  now: () => Date;
}

/** Throws the policy's refusal as 401 (no actor) or 403. */
export function authorize(actor: Actor | null, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (decision.allowed) return;
  throw new AppError(actor ? 'forbidden' : 'unauthenticated', decision.reason);
}

/** Regions an account's roles concern; an account with a national role concerns the whole country. */
export function regionsOf(
  assignments: readonly Pick<AssignmentRecord, 'scopeKind' | 'regionCode'>[],
): Regions {
  if (assignments.some((a) => a.scopeKind === 'national')) return 'national';
  return assignments.flatMap((a) => (a.regionCode ? [a.regionCode] : []));
}

function merge(a: Regions, b: Regions): Regions {
  return a === 'national' || b === 'national' ? 'national' : [...a, ...b];
}

/** The domain assignments of stored rows. */
export function toAssignments(
  rows: readonly Pick<AssignmentRecord, 'id' | 'role' | 'scopeKind' | 'scopeId'>[],
): Assignment[] {
  return rows.map((r) => ({ id: r.id, role: r.role as Role, scope: storedScope(r.scopeKind, r.scopeId) }));
}

/** Unique usernames, emails and assignments: a clash is a 409 naming the field. */
function conflictOn(err: unknown): AppError | null {
  // Drivers and drizzle wrap the database error; the unique violation (23505) names its constraint.
  let e = err as { code?: string; constraint?: string; detail?: string; cause?: unknown } | undefined;
  while (e && e.code !== '23505') e = e.cause as typeof e;
  if (!e) return null;
  const where = `${e.constraint ?? ''} ${e.detail ?? ''}`;
  if (/username/.test(where)) return conflict('username', 'Nama pengguna sudah dipakai.');
  if (/email/.test(where)) return conflict('email', 'Email sudah dipakai.');
  return new AppError('conflict', 'Peran ini sudah dimiliki dengan cakupan yang sama.');
}

const conflict = (field: string, message: string) => new AppError('conflict', message, [{ field, message }]);

async function withConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw conflictOn(err) ?? err;
  }
}

export function createAccountService({ db, now }: AccessDeps) {
  const accountsIn = (orm: Orm) => createAccountRepository(orm);
  const scopes = createScopeResolver(db.orm);

  async function assignmentViews(rows: readonly AssignmentRecord[]): Promise<AssignmentView[]> {
    const views = await scopes.views(rows);
    return rows.map((r, i) => ({
      id: r.id,
      role: r.role as Role,
      scope: views[i]!,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  async function toViews(users: readonly UserRecord[]): Promise<UserView[]> {
    const assignments = await accountsIn(db.orm).assignmentsOf(users.map((u) => u.id));
    return Promise.all(
      users.map(async (u) => ({
        id: u.id,
        username: u.username,
        name: u.name,
        email: u.email,
        active: u.active,
        assignments: await assignmentViews(assignments.filter((a) => a.userId === u.id)),
        createdAt: u.createdAt.toISOString(),
        updatedAt: u.updatedAt.toISOString(),
      })),
    );
  }

  /** A user and their assignments, or 404. */
  async function load(orm: Orm, id: string) {
    const repo = accountsIn(orm);
    const user = await repo.findUser(id);
    if (!user) throw AppError.notFound('Pengguna tidak ditemukan.');
    return { user, assignments: await repo.assignmentsOf([id]) };
  }

  /** Checks a role + scope pair that is about to be granted. */
  async function resolveGrant(actor: Actor, grant: GrantBody, prefix: string): Promise<ResolvedScope> {
    const field = prefix ? `${prefix}.scope` : 'scope';
    const resolved = await scopes.resolve(grant.scope, field);
    const problem = scopeProblem(grant.role, resolved.scope);
    if (problem) throw AppError.invalid(field, problem);
    const regions: Regions = resolved.regionCode ? [resolved.regionCode] : 'national';
    authorize(actor, 'assignment.grant', { type: 'assignment', role: grant.role, regions });
    return resolved;
  }

  function assignmentRow(userId: string, role: Role, resolved: ResolvedScope, at: Date): AssignmentRecord {
    const scope = resolved.scope;
    return {
      id: randomUUID(),
      userId,
      role,
      scopeKind: scope.kind,
      scopeId: scope.kind === 'national' ? null : scope.kind === 'region' ? scope.code : scope.id,
      regionCode: resolved.regionCode,
      createdAt: at,
    };
  }

  const profile = (u: Pick<UserRecord, 'username' | 'name' | 'email' | 'active'>) => ({
    username: u.username,
    name: u.name,
    email: u.email,
    active: u.active,
  });
  const describeRoles = (rows: readonly AssignmentRecord[]) =>
    toAssignments(rows).map((a) => `${a.role}@${scopeKey(a.scope)}`);
  /** The most specific region an account change concerns, for scoped audit reading. */
  const auditRegion = (rows: readonly AssignmentRecord[]) => {
    const regions = regionsOf(rows);
    return regions === 'national' || regions.length === 0 ? null : regions[0]!;
  };

  async function get(actor: Actor | null, id: string): Promise<UserView> {
    const { user, assignments } = await load(db.orm, id);
    authorize(actor, 'account.read', { type: 'account', userId: id, regions: regionsOf(assignments) });
    return (await toViews([user]))[0]!;
  }

  return {
    async list(actor: Actor | null, query: UserListQuery): Promise<UserListPage> {
      if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
      const { items, total } = await accountsIn(db.orm).listUsers(
        regionFilter(actor, 'account.read'),
        query.q,
        (query.page - 1) * query.pageSize,
        query.pageSize,
      );
      return { items: await toViews(items), page: query.page, pageSize: query.pageSize, total };
    },

    get,

    async create(actor: Actor | null, body: CreateUserBody): Promise<UserView> {
      if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
      const resolved = await Promise.all(
        body.assignments.map((g, i) => resolveGrant(actor, g, `assignments.${i}`)),
      );
      const at = now();
      const id = randomUUID();
      const rows = body.assignments.map((g, i) => assignmentRow(id, g.role, resolved[i]!, at));
      authorize(actor, 'account.create', { type: 'account', userId: id, regions: regionsOf(rows) });
      const passwordHash = await hashPassword(body.password);
      const user: UserRecord = {
        id,
        username: body.username,
        email: body.email?.toLowerCase() ?? null,
        name: body.name,
        passwordHash,
        active: true,
        createdAt: at,
        updatedAt: at,
      };
      await withConflicts(() =>
        db.transaction(async (tx) => {
          await tx.orm.insert(appUser).values(user);
          if (rows.length) await tx.orm.insert(roleAssignment).values(rows);
          await recordAudit(
            tx.orm,
            actor,
            {
              action: 'user.create',
              resourceType: 'user',
              resourceId: id,
              regionCode: auditRegion(rows),
              before: null,
              after: { ...profile(user), password: true, roles: describeRoles(rows) },
            },
            at,
          );
        }),
      );
      return get(actor, id);
    },

    async update(actor: Actor | null, id: string, patch: UpdateUserBody): Promise<UserView> {
      await withConflicts(() =>
        db.transaction(async (tx) => {
          const { user, assignments } = await load(tx.orm, id);
          authorize(actor, 'account.update', {
            type: 'account',
            userId: id,
            regions: regionsOf(assignments),
          });
          const next = {
            ...user,
            ...(patch.name !== undefined ? { name: patch.name } : {}),
            ...(patch.email !== undefined ? { email: patch.email?.toLowerCase() ?? null } : {}),
            ...(patch.active !== undefined ? { active: patch.active } : {}),
          };
          const at = now();
          await tx.orm
            .update(appUser)
            .set({ name: next.name, email: next.email, active: next.active, updatedAt: at })
            .where(eq(appUser.id, id));
          // A deactivated account is signed out everywhere at once.
          if (!next.active) await accountsIn(tx.orm).endSessions(id);
          const region = auditRegion(assignments);
          await recordAudit(
            tx.orm,
            actor,
            {
              action: 'user.update',
              resourceType: 'user',
              resourceId: id,
              regionCode: region,
              before: profile(user),
              after: profile(next),
            },
            at,
          );
        }),
      );
      return get(actor, id);
    },

    async resetPassword(actor: Actor | null, id: string, newPassword: string): Promise<void> {
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        const { assignments } = await load(tx.orm, id);
        authorize(actor, 'account.update', { type: 'account', userId: id, regions: regionsOf(assignments) });
        const at = now();
        await tx.orm.update(appUser).set({ passwordHash, updatedAt: at }).where(eq(appUser.id, id));
        await accountsIn(tx.orm).endSessions(id);
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'user.reset_password',
            resourceType: 'user',
            resourceId: id,
            regionCode: auditRegion(assignments),
            before: { password: 'old' },
            after: { password: 'new' },
          },
          at,
        );
      });
    },

    async grant(actor: Actor | null, userId: string, grant: GrantBody): Promise<AssignmentView> {
      if (!actor) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
      const resolved = await resolveGrant(actor, grant, '');
      const row = await withConflicts(() =>
        db.transaction(async (tx) => {
          const { assignments } = await load(tx.orm, userId);
          const at = now();
          const row = assignmentRow(userId, grant.role, resolved, at);
          // One manages an account only when covering all its roles, the new one included.
          const regions = merge(regionsOf(assignments), regionsOf([row]));
          authorize(actor, 'account.update', { type: 'account', userId, regions });
          await tx.orm.insert(roleAssignment).values(row);
          await recordAudit(
            tx.orm,
            actor,
            {
              action: 'assignment.grant',
              resourceType: 'user',
              resourceId: userId,
              regionCode: resolved.regionCode,
              before: { roles: describeRoles(assignments) },
              after: { roles: describeRoles([...assignments, row]) },
            },
            at,
          );
          return row;
        }),
      );
      return (await assignmentViews([row]))[0]!;
    },

    async revoke(actor: Actor | null, userId: string, assignmentId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { assignments } = await load(tx.orm, userId);
        const row = assignments.find((a) => a.id === assignmentId);
        if (!row) throw AppError.notFound('Peran ini tidak ditemukan pada pengguna tersebut.');
        authorize(actor, 'assignment.revoke', {
          type: 'assignment',
          role: row.role as Role,
          regions: regionsOf([row]),
        });
        authorize(actor, 'account.update', { type: 'account', userId, regions: regionsOf(assignments) });
        await tx.orm
          .delete(roleAssignment)
          .where(and(eq(roleAssignment.id, assignmentId), eq(roleAssignment.userId, userId)));
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'assignment.revoke',
            resourceType: 'user',
            resourceId: userId,
            regionCode: row.regionCode,
            before: { roles: describeRoles(assignments) },
            after: { roles: describeRoles(assignments.filter((a) => a.id !== assignmentId)) },
          },
          now(),
        );
      });
    },

    /** Views of one account for its owner (`/api/me`). */
    async own(userId: string): Promise<UserView> {
      const { user } = await load(db.orm, userId);
      return (await toViews([user]))[0]!;
    },
  };
}
export type AccountService = ReturnType<typeof createAccountService>;
