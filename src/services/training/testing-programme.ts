/**
 * Test data for providers, programmes and sessions beyond the shared fixtures (testing.ts): the
 * training_provider role granted to an existing account, and request bodies built from the
 * domain's fixtures with places of the small region list (Kota Semarang, 33.74), so they pass the
 * checks against the region table.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { roleAssignment } from '../../db/schema.ts';
import { programme as programmeDraft, session as sessionDraft } from '../../domain/training/testing.ts';
import { providerScope } from './training.repository.ts';

/** A kecamatan and two desa of Kota Semarang in the small region list. */
export const SEMARANG_TENGAH = '337401';
export const DESA_MIROTO = '3374011001';
export const DESA_SEKAYU = '3374011007';

/** Grants the training_provider role of `providerId` to the account `userId` (region: the provider's seat). */
export async function grantProviderRole(db: Database, userId: string, providerId: string): Promise<void> {
  const scope = await providerScope(db.orm, providerId);
  await db.orm.insert(roleAssignment).values({
    id: randomUUID(),
    userId,
    role: 'training_provider',
    scopeKind: 'training_provider',
    scopeId: providerId,
    regionCode: scope?.regionCode ?? null,
    createdAt: new Date(),
  });
}

/** The body of `POST /api/pelatihan/program`: the domain fixture's programme of `providerId`. */
export function programmeBody(providerId: string, overrides: Record<string, unknown> = {}) {
  const p = programmeDraft({ providerId });
  return {
    providerId,
    title: p.title,
    topicId: p.topicId,
    description: p.description,
    targetAspects: [...p.targetAspects],
    competencies: p.competencies.map((c) => ({ ...c })),
    targetGroups: [...p.targetGroups],
    curriculumHours: p.curriculumHours,
    testedAspects: [...p.testedAspects],
    requiresPostTest: p.requiresPostTest,
    ...overrides,
  };
}

/**
 * The body of `POST /api/pelatihan/program/:prid/angkatan`: the domain fixture's three days of 8 JP
 * (12–14 May 2026), at a hall in Semarang Tengah, serving two of its desa.
 */
export function sessionBody(overrides: Record<string, unknown> = {}) {
  const s = sessionDraft();
  return {
    label: s.label,
    startDate: s.startDate,
    endDate: s.endDate,
    schedule: s.schedule.map((d) => ({ ...d })),
    place: { mode: 'luring', name: 'Aula Kecamatan Semarang Tengah', regionCode: SEMARANG_TENGAH },
    trainers: s.trainers.map((t) => ({ name: t.name, affiliation: t.affiliation })),
    capacity: s.capacity,
    desaCodes: [DESA_MIROTO, DESA_SEKAYU],
    kawasanIds: [],
    ...overrides,
  };
}

/** The same session as `insertSession` overrides (stored straight in the table). */
export const SEMARANG_SESSION = {
  place: { mode: 'luring' as const, name: 'Aula Kecamatan Semarang Tengah', regionCode: SEMARANG_TENGAH },
  desaCodes: [DESA_MIROTO, DESA_SEKAYU],
  kawasanIds: [],
};
