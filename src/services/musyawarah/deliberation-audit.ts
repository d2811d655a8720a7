/**
 * Audit rows of musyawarah and proposal changes, in the change's transaction, located in the
 * kawasan's region. Every row names its kawasan (`kawasanId` in the changes), so the kawasan's
 * history can show the meetings and decisions that belong to it.
 */
import type { Orm } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { diffFields } from '../../domain/access/audit-diff.ts';
import type { Actor } from '../../domain/access/policy.ts';
import type { KawasanRow } from '../kawasan/kawasan.repository.ts';

export async function auditDeliberation(
  orm: Orm,
  actor: Actor,
  kawasan: Pick<KawasanRow, 'id' | 'regionCode'>,
  resource: { type: 'musyawarah' | 'proposal'; id: string },
  action: string,
  before: object | null,
  after: object | null,
  at: Date,
): Promise<void> {
  const changes = {
    ...diffFields(before as Record<string, unknown> | null, after as Record<string, unknown> | null),
    kawasanId: { before: before === null ? null : kawasan.id, after: kawasan.id },
  };
  await orm.insert(auditLog).values({
    at,
    actorUserId: actor.kind === 'user' ? actor.userId : null,
    actorLabel: actor.label,
    action,
    resourceType: resource.type,
    resourceId: resource.id,
    regionCode: kawasan.regionCode,
    changes,
  });
}
