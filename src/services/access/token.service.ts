/**
 * API tokens for integrations: `kwn_<random>`, shown once, stored as a SHA-256 hash, revocable,
 * expiring, read-only by default, optionally narrowed to part of the owner's scope.
 */
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { ScopeInput } from '../../contracts/access.contract.ts';
import type { ApiTokenView, CreateTokenBody, TokenCreated } from '../../contracts/auth.contract.ts';
import { apiToken } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { type Assignment, type Scope, scopeKey } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import { type AccessDeps, authorize } from './account.service.ts';
import { recordAudit } from './audit.service.ts';
import { createScopeResolver, storedScope } from './scope-resolver.ts';
import { loadActor, randomToken, sha256 } from './session.service.ts';

const TOKEN_PREFIX = 'kwn_';
const TOKEN_SHAPE = /^kwn_[A-Za-z0-9_-]{43}$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Refresh `last_used_at` at most this often. */
const TOUCH_EVERY_MS = 60 * 1000;

type TokenRecord = typeof apiToken.$inferSelect;

/** The owner's assignments narrowed to a token's scope: roles kept, reach cut down to `scope`. */
export function narrowAssignments(assignments: readonly Assignment[], scope: Scope | null): Assignment[] {
  if (!scope) return [...assignments];
  return assignments.flatMap((a): Assignment[] => {
    if (scope.kind !== 'region') return scopeKey(a.scope) === scopeKey(scope) ? [a] : [];
    if (a.scope.kind === 'national') return [{ ...a, scope }];
    if (a.scope.kind !== 'region') return [];
    if (scope.code.startsWith(a.scope.code)) return [{ ...a, scope }];
    return a.scope.code.startsWith(scope.code) ? [a] : [];
  });
}

const unauthorized = (message: string) => new AppError('unauthenticated', message);

export function createTokenService({ db, now }: AccessDeps) {
  const scopes = createScopeResolver(db.orm);

  async function view(row: TokenRecord): Promise<ApiTokenView> {
    const [scope] = row.scopeKind
      ? await scopes.views([{ scopeKind: row.scopeKind, scopeId: row.scopeId }])
      : [null];
    return {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      readOnly: row.readOnly,
      scope: scope ?? null,
      expiresAt: row.expiresAt.toISOString(),
      lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
      revokedAt: row.revokedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  }

  function owner(actor: Actor | null): Extract<Actor, { kind: 'user' }> {
    if (actor?.kind !== 'user') throw unauthorized('Perlu masuk terlebih dahulu.');
    return actor;
  }

  return {
    async list(actor: Actor | null): Promise<ApiTokenView[]> {
      const user = owner(actor);
      authorize(user, 'own.read', { type: 'own', userId: user.userId });
      const rows = await db.orm
        .select()
        .from(apiToken)
        .where(eq(apiToken.userId, user.userId))
        .orderBy(desc(apiToken.createdAt));
      return Promise.all(rows.map(view));
    },

    async create(actor: Actor | null, body: CreateTokenBody): Promise<TokenCreated> {
      const user = owner(actor);
      authorize(user, 'own.update', { type: 'own', userId: user.userId });
      const resolved = body.scope ? await scopes.resolve(body.scope as ScopeInput, 'scope') : null;
      if (resolved && narrowAssignments(user.assignments, resolved.scope).length === 0) {
        throw AppError.invalid('scope', 'Cakupan token harus berada di dalam cakupan peran Anda.');
      }
      const at = now();
      const secret = `${TOKEN_PREFIX}${randomToken()}`;
      const scope = resolved?.scope ?? null;
      const row: TokenRecord = {
        id: randomUUID(),
        userId: user.userId,
        name: body.name,
        prefix: secret.slice(0, 10),
        tokenHash: sha256(secret),
        readOnly: body.readOnly,
        scopeKind: scope?.kind ?? null,
        scopeId: !scope || scope.kind === 'national' ? null : scope.kind === 'region' ? scope.code : scope.id,
        expiresAt: new Date(at.getTime() + body.expiresInDays * DAY_MS),
        lastUsedAt: null,
        revokedAt: null,
        createdAt: at,
      };
      await db.transaction(async (tx) => {
        await tx.orm.insert(apiToken).values(row);
        const { tokenHash: _hash, ...shown } = row;
        await recordAudit(
          tx.orm,
          user,
          {
            action: 'token.create',
            resourceType: 'api_token',
            resourceId: row.id,
            regionCode: resolved?.regionCode ?? null,
            before: null,
            after: shown,
          },
          at,
        );
      });
      return { token: await view(row), secret };
    },

    async revoke(actor: Actor | null, id: string): Promise<void> {
      const user = owner(actor);
      authorize(user, 'own.update', { type: 'own', userId: user.userId });
      await db.transaction(async (tx) => {
        const [row] = await tx.orm
          .select()
          .from(apiToken)
          .where(and(eq(apiToken.id, id), eq(apiToken.userId, user.userId)));
        if (!row) throw AppError.notFound('Token tidak ditemukan.');
        if (row.revokedAt) return;
        const at = now();
        await tx.orm.update(apiToken).set({ revokedAt: at }).where(eq(apiToken.id, id));
        await recordAudit(
          tx.orm,
          user,
          {
            action: 'token.revoke',
            resourceType: 'api_token',
            resourceId: id,
            regionCode: null,
            before: { revokedAt: null },
            after: { revokedAt: at },
          },
          at,
        );
      });
    },

    /** The actor a bearer token stands for; 401 for a malformed, unknown, revoked or expired one. */
    async resolve(secret: string): Promise<Extract<Actor, { kind: 'user' }>> {
      if (!TOKEN_SHAPE.test(secret)) throw unauthorized('Token API tidak sah.');
      const [row] = await db.orm
        .select()
        .from(apiToken)
        .where(eq(apiToken.tokenHash, sha256(secret)));
      const at = now();
      if (!row || row.revokedAt) throw unauthorized('Token API tidak dikenal atau sudah dicabut.');
      if (row.expiresAt <= at) throw unauthorized('Token API sudah kedaluwarsa.');
      const actor = await loadActor(db.orm, row.userId);
      if (!actor) throw unauthorized('Akun pemilik token tidak aktif.');
      if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
        await db.orm.update(apiToken).set({ lastUsedAt: at }).where(eq(apiToken.id, row.id));
      }
      const scope = row.scopeKind ? storedScope(row.scopeKind, row.scopeId) : null;
      return {
        ...actor,
        label: `${actor.label} (token ${row.prefix}…)`,
        assignments: narrowAssignments(actor.assignments, scope),
        readOnly: row.readOnly,
      };
    },
  };
}
export type TokenService = ReturnType<typeof createTokenService>;
