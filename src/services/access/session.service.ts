/**
 * Signing in and out, browser sessions, and who the actor of a request is. Session cookies carry
 * a random token; only its SHA-256 is stored. Sessions end after a period of inactivity, at a
 * fixed maximum age, on password change and on deactivation.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, lt, max, sql } from 'drizzle-orm';
import type { SessionInfo } from '../../contracts/auth.contract.ts';
import type { Orm } from '../../db/client.ts';
import { appUser, loginFailure, roleAssignment, userSession } from '../../db/schema.ts';
import { loginWaitSeconds, WINDOW_SECONDS } from '../../domain/access/login-throttle.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { type AssignmentRecord, createAccountRepository } from './account.repository.ts';
import { type AccessDeps, authorize, createAccountService, toAssignments } from './account.service.ts';
import { recordAudit } from './audit.service.ts';
import { hashPassword, verifyPassword } from './password.ts';

export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Refresh `last_seen_at` at most this often, so reads do not all become writes. */
const TOUCH_EVERY_MS = 60 * 1000;

const BAD_CREDENTIALS = 'Nama pengguna atau kata sandi salah.';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/** The actor for an active user, with all their role assignments; null when inactive or gone. */
/**
 * The columns that make an actor, to select with the account row: its name and its roles in
 * grant order, in the same query (every authenticated request runs it).
 */
const ACTOR_FIELDS = {
  name: appUser.name,
  username: appUser.username,
  active: appUser.active,
  assignments: sql<Pick<AssignmentRecord, 'id' | 'role' | 'scopeKind' | 'scopeId'>[]>`coalesce((
    select json_agg(json_build_object(
      'id', ${roleAssignment.id}, 'role', ${roleAssignment.role},
      'scopeKind', ${roleAssignment.scopeKind}, 'scopeId', ${roleAssignment.scopeId})
      order by ${roleAssignment.createdAt}, ${roleAssignment.id})
    from ${roleAssignment} where ${roleAssignment.userId} = ${appUser}.${sql.identifier('id')}), '[]')`,
};

function actorFrom(
  userId: string,
  user: { name: string; username: string; active: boolean; assignments: Parameters<typeof toAssignments>[0] },
): Extract<Actor, { kind: 'user' }> | null {
  if (!user.active) return null;
  const assignments = toAssignments(user.assignments);
  return { kind: 'user', userId, label: `${user.name} (${user.username})`, assignments, readOnly: false };
}

export async function loadActor(orm: Orm, userId: string): Promise<Extract<Actor, { kind: 'user' }> | null> {
  const [user] = await orm.select(ACTOR_FIELDS).from(appUser).where(eq(appUser.id, userId));
  return user ? actorFrom(userId, user) : null;
}

export interface SessionContext {
  actor: Extract<Actor, { kind: 'user' }>;
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
}

export function createSessionService(deps: AccessDeps) {
  const { db, now } = deps;
  const accounts = createAccountService(deps);

  async function waitSeconds(accountKey: string, ip: string, at: Date): Promise<number> {
    const since = new Date(at.getTime() - WINDOW_SECONDS * 1000);
    const waits = await Promise.all(
      [eq(loginFailure.accountKey, accountKey), eq(loginFailure.ip, ip)].map(async (who) => {
        const [row] = await db.orm
          .select({ n: count(), last: max(loginFailure.at) })
          .from(loginFailure)
          .where(and(who, gt(loginFailure.at, since)));
        return row?.last ? loginWaitSeconds(row.n, (at.getTime() - row.last.getTime()) / 1000) : 0;
      }),
    );
    return Math.max(...waits);
  }

  async function recordFailure(accountKey: string, ip: string, at: Date) {
    await db.transaction(async (tx) => {
      await tx.orm.insert(loginFailure).values({ at, accountKey, ip });
      // Keep the table small: nothing older than a day matters.
      await tx.orm.delete(loginFailure).where(lt(loginFailure.at, new Date(at.getTime() - 24 * 3600 * 1000)));
    });
  }

  async function info(userId: string, csrfToken: string, expiresAt: Date): Promise<SessionInfo> {
    return { user: await accounts.own(userId), csrfToken, expiresAt: expiresAt.toISOString() };
  }

  return {
    /** Checks credentials (throttled per account and per address) and opens a session. */
    async login(input: {
      login: string;
      password: string;
      ip: string;
    }): Promise<{ token: string; info: SessionInfo }> {
      const at = now();
      const accountKey = input.login.trim().toLowerCase();
      const wait = await waitSeconds(accountKey, input.ip, at);
      if (wait > 0) {
        throw new AppError(
          'rate_limited',
          `Terlalu banyak percobaan masuk. Coba lagi dalam ${wait} detik.`,
          [],
          wait,
        );
      }
      const user = await createAccountRepository(db.orm).findUserByLogin(accountKey);
      const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !ok || !user.active) {
        await recordFailure(accountKey, input.ip, at);
        throw new AppError('unauthenticated', BAD_CREDENTIALS);
      }
      const token = randomToken();
      const csrfToken = randomToken(24);
      const expiresAt = new Date(at.getTime() + SESSION_IDLE_MS);
      const actor = await loadActor(db.orm, user.id);
      await db.transaction(async (tx) => {
        await tx.orm.insert(userSession).values({
          tokenHash: sha256(token),
          userId: user.id,
          csrfToken,
          createdAt: at,
          lastSeenAt: at,
          expiresAt,
        });
        await tx.orm.delete(loginFailure).where(eq(loginFailure.accountKey, accountKey));
        await tx.orm.delete(userSession).where(lt(userSession.expiresAt, at)); // abandoned sessions
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'session.create',
            resourceType: 'user',
            resourceId: user.id,
            regionCode: null,
            before: null,
            after: { ip: input.ip },
          },
          at,
        );
      });
      return { token, info: await info(user.id, csrfToken, expiresAt) };
    },

    /** The session of a cookie token, extended while in use; null when unknown, expired or inactive. */
    async resolve(token: string): Promise<SessionContext | null> {
      const at = now();
      const tokenHash = sha256(token);
      const [found] = await db.orm
        .select({ session: userSession, ...ACTOR_FIELDS })
        .from(userSession)
        .innerJoin(appUser, eq(appUser.id, userSession.userId))
        .where(eq(userSession.tokenHash, tokenHash));
      if (!found) return null;
      const { session } = found;
      const tooOld = at.getTime() - session.createdAt.getTime() > SESSION_MAX_MS;
      if (tooOld || session.expiresAt <= at) {
        await db.orm.delete(userSession).where(eq(userSession.tokenHash, tokenHash));
        return null;
      }
      const actor = actorFrom(session.userId, found);
      if (!actor) return null;
      let expiresAt = session.expiresAt;
      if (at.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
        expiresAt = new Date(
          Math.min(at.getTime() + SESSION_IDLE_MS, session.createdAt.getTime() + SESSION_MAX_MS),
        );
        await db.orm
          .update(userSession)
          .set({ lastSeenAt: at, expiresAt })
          .where(eq(userSession.tokenHash, tokenHash));
      }
      return { actor, tokenHash, csrfToken: session.csrfToken, expiresAt };
    },

    async current(session: SessionContext): Promise<SessionInfo> {
      return info(session.actor.userId, session.csrfToken, session.expiresAt);
    },

    async logout(session: SessionContext): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.orm.delete(userSession).where(eq(userSession.tokenHash, session.tokenHash));
        await recordAudit(
          tx.orm,
          session.actor,
          {
            action: 'session.delete',
            resourceType: 'user',
            resourceId: session.actor.userId,
            regionCode: null,
            before: null,
            after: null,
          },
          now(),
        );
      });
    },

    /** Changes one's own password; every other session of the account ends. */
    async changePassword(
      actor: Actor | null,
      currentTokenHash: string | null,
      current: string,
      next: string,
    ) {
      if (actor?.kind !== 'user') throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
      authorize(actor, 'own.update', { type: 'own', userId: actor.userId });
      const [user] = await db.orm.select().from(appUser).where(eq(appUser.id, actor.userId));
      if (!user || !(await verifyPassword(user.passwordHash, current))) {
        throw AppError.invalid('currentPassword', 'Kata sandi saat ini salah.');
      }
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        const at = now();
        await tx.orm.update(appUser).set({ passwordHash, updatedAt: at }).where(eq(appUser.id, actor.userId));
        await createAccountRepository(tx.orm).endSessions(actor.userId, currentTokenHash ?? undefined);
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'user.change_password',
            resourceType: 'user',
            resourceId: actor.userId,
            regionCode: null,
            before: { password: 'old' },
            after: { password: 'new' },
          },
          at,
        );
      });
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
