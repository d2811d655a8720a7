/** Test fixtures for the access capability: accounts for every role, created straight in the database. */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { appUser, roleAssignment } from '../../db/schema.ts';
import type { Role, Scope } from '../../domain/access/role.ts';
import { hashPassword } from './password.ts';

export const TEST_PASSWORD = 'kata-sandi-uji-123';
let passwordHash: Promise<string> | null = null;

/** Where each role's test account acts. Non-region scopes lie in Kota Semarang (3374). */
export const ROLE_FIXTURES: Record<Role, { scope: Scope; regionCode: string | null }> = {
  national: { scope: { kind: 'national' }, regionCode: null },
  province: { scope: { kind: 'region', code: '33' }, regionCode: '33' },
  kabupaten: { scope: { kind: 'region', code: '3374' }, regionCode: '3374' },
  kawasan_manager: { scope: { kind: 'kawasan', id: 'kawasan-uji' }, regionCode: '3374' },
  facilitator: { scope: { kind: 'region', code: '337401' }, regionCode: '337401' },
  village: { scope: { kind: 'region', code: '3374011001' }, regionCode: '3374011001' },
  enterprise: { scope: { kind: 'enterprise', id: 'bumdes-uji' }, regionCode: '3374' },
  training_provider: { scope: { kind: 'training_provider', id: 'blm-uji' }, regionCode: '3374' },
};

export interface TestAccount {
  id: string;
  username: string;
  password: string;
}

/** Creates an account holding `roles` (each at its fixture scope, or at `scopes[i]` when given). */
export async function createTestAccount(
  db: Database,
  username: string,
  grants: readonly { role: Role; scope?: Scope; regionCode?: string | null }[],
  options: { active?: boolean } = {},
): Promise<TestAccount> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = randomUUID();
  const at = new Date();
  await db.orm.insert(appUser).values({
    id,
    username,
    email: `${username}@contoh.id`,
    name: `Uji ${username}`,
    passwordHash: await passwordHash,
    active: options.active ?? true,
    createdAt: at,
    updatedAt: at,
  });
  for (const grant of grants) {
    const fixture = ROLE_FIXTURES[grant.role];
    const scope = grant.scope ?? fixture.scope;
    await db.orm.insert(roleAssignment).values({
      id: randomUUID(),
      userId: id,
      role: grant.role,
      scopeKind: scope.kind,
      scopeId: scope.kind === 'national' ? null : scope.kind === 'region' ? scope.code : scope.id,
      regionCode:
        grant.regionCode !== undefined
          ? grant.regionCode
          : scope.kind === 'region'
            ? scope.code
            : fixture.regionCode,
      createdAt: at,
    });
  }
  return { id, username, password: TEST_PASSWORD };
}
