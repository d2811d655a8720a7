/** Queries over accounts, their role assignments and sessions. */
import { and, asc, count, eq, exists, ilike, inArray, like, ne, or, type SQL } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { appUser, roleAssignment, userSession } from '../../db/schema.ts';

export type UserRecord = typeof appUser.$inferSelect;
export type AssignmentRecord = typeof roleAssignment.$inferSelect;

export function createAccountRepository(orm: Orm) {
  return {
    async findUser(id: string): Promise<UserRecord | undefined> {
      const [row] = await orm.select().from(appUser).where(eq(appUser.id, id));
      return row;
    },

    /** By lower-case username or email. */
    async findUserByLogin(login: string): Promise<UserRecord | undefined> {
      const [row] = await orm
        .select()
        .from(appUser)
        .where(or(eq(appUser.username, login), eq(appUser.email, login)))
        .limit(1);
      return row;
    },

    async assignmentsOf(userIds: readonly string[]): Promise<AssignmentRecord[]> {
      if (userIds.length === 0) return [];
      return orm
        .select()
        .from(roleAssignment)
        .where(inArray(roleAssignment.userId, [...userIds]))
        .orderBy(asc(roleAssignment.createdAt), asc(roleAssignment.id));
    },

    /**
     * Accounts visible through `prefixes` ('all', or accounts holding a role within one of the
     * region prefixes), filtered by a search text, one page at a time. Filtering happens in SQL.
     */
    async listUsers(
      prefixes: 'all' | readonly string[],
      q: string | undefined,
      offset: number,
      limit: number,
    ) {
      if (prefixes !== 'all' && prefixes.length === 0) return { items: [], total: 0 };
      const inScope: SQL | undefined =
        prefixes === 'all'
          ? undefined
          : exists(
              orm
                .select({ one: roleAssignment.id })
                .from(roleAssignment)
                .where(
                  and(
                    eq(roleAssignment.userId, appUser.id),
                    or(...prefixes.map((p) => like(roleAssignment.regionCode, `${p}%`))),
                  ),
                ),
            );
      const text = q?.trim() ? `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      const matches = text
        ? or(ilike(appUser.username, text), ilike(appUser.name, text), ilike(appUser.email, text))
        : undefined;
      const where = and(inScope, matches);
      const [items, total] = await Promise.all([
        orm
          .select()
          .from(appUser)
          .where(where)
          .orderBy(asc(appUser.name), asc(appUser.id))
          .offset(offset)
          .limit(limit),
        orm.select({ n: count() }).from(appUser).where(where),
      ]);
      return { items, total: total[0]!.n };
    },

    /** Ends every session of a user, or every one but `keepTokenHash`. */
    async endSessions(userId: string, keepTokenHash?: string): Promise<void> {
      await orm
        .delete(userSession)
        .where(
          and(
            eq(userSession.userId, userId),
            keepTokenHash ? ne(userSession.tokenHash, keepTokenHash) : undefined,
          ),
        );
    },
  };
}
export type AccountRepository = ReturnType<typeof createAccountRepository>;
