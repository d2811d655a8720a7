/** A kawasan as the scope of a role (kawasan manager, facilitator): its designating region and name. */
import { eq } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import { kawasan } from '../../db/schema.ts';
import { isUuid } from '../../domain/uuid.ts';

export async function kawasanScope(
  orm: Orm,
  id: string,
): Promise<{ regionCode: string; label: string } | null> {
  if (!isUuid(id)) return null;
  const [row] = await orm
    .select({ regionCode: kawasan.regionCode, name: kawasan.name })
    .from(kawasan)
    .where(eq(kawasan.id, id));
  return row ? { regionCode: row.regionCode, label: row.name } : null;
}
