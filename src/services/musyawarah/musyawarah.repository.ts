/** Reads and writes of the musyawarah, participant, proposal and result tables. */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Orm } from '../../db/client.ts';
import {
  deliberationProposal,
  musyawarah,
  musyawarahParticipant,
  musyawarahResult,
} from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';

export type MusyawarahRecord = typeof musyawarah.$inferSelect;
export type ParticipantRecord = typeof musyawarahParticipant.$inferSelect;
export type ProposalRecord = typeof deliberationProposal.$inferSelect;
export type ResultRecord = typeof musyawarahResult.$inferSelect;

export function createMusyawarahRepository(orm: Orm) {
  return {
    /** The meeting, or null; `lock` holds the row until the transaction ends. */
    async find(id: string, lock = false): Promise<MusyawarahRecord | null> {
      const base = orm.select().from(musyawarah).where(eq(musyawarah.id, id));
      const [row] = lock ? await base.for('update') : await base;
      return row ?? null;
    },

    async listOf(kawasanId: string, fixedOnly = false): Promise<MusyawarahRecord[]> {
      return orm
        .select()
        .from(musyawarah)
        .where(
          and(
            eq(musyawarah.kawasanId, kawasanId),
            fixedOnly ? eq(musyawarah.state, 'ditetapkan') : undefined,
          ),
        )
        .orderBy(desc(musyawarah.heldOn), desc(musyawarah.createdAt), asc(musyawarah.id));
    },

    async insert(values: typeof musyawarah.$inferInsert): Promise<void> {
      await orm.insert(musyawarah).values(values);
    },

    async update(id: string, values: Partial<typeof musyawarah.$inferInsert>): Promise<void> {
      await orm.update(musyawarah).set(values).where(eq(musyawarah.id, id));
    },

    async participantsOf(ids: readonly string[]): Promise<Map<string, ParticipantRecord[]>> {
      const byMeeting = new Map(ids.map((id) => [id, [] as ParticipantRecord[]]));
      if (ids.length === 0) return byMeeting;
      const rows = await orm
        .select()
        .from(musyawarahParticipant)
        .where(inArray(musyawarahParticipant.musyawarahId, [...ids]))
        .orderBy(asc(musyawarahParticipant.position));
      for (const r of rows) byMeeting.get(r.musyawarahId)?.push(r);
      return byMeeting;
    },

    async replaceParticipants(id: string, rows: readonly (typeof musyawarahParticipant.$inferInsert)[]) {
      await orm.delete(musyawarahParticipant).where(eq(musyawarahParticipant.musyawarahId, id));
      // In slices: a long paper list stays well under the engines' parameter limits.
      for (let i = 0; i < rows.length; i += 200) {
        await orm.insert(musyawarahParticipant).values(rows.slice(i, i + 200));
      }
    },

    async resultsOf(ids: readonly string[]): Promise<Map<string, ResultRecord[]>> {
      const byMeeting = new Map(ids.map((id) => [id, [] as ResultRecord[]]));
      if (ids.length === 0) return byMeeting;
      const rows = await orm
        .select()
        .from(musyawarahResult)
        .where(inArray(musyawarahResult.musyawarahId, [...ids]))
        .orderBy(asc(musyawarahResult.createdAt), asc(musyawarahResult.id));
      for (const r of rows) byMeeting.get(r.musyawarahId)?.push(r);
      return byMeeting;
    },

    async findResult(id: string): Promise<ResultRecord | null> {
      const [row] = await orm.select().from(musyawarahResult).where(eq(musyawarahResult.id, id));
      return row ?? null;
    },

    async insertResult(values: typeof musyawarahResult.$inferInsert): Promise<void> {
      await orm.insert(musyawarahResult).values(values);
    },

    async deleteResult(id: string): Promise<void> {
      await orm.delete(musyawarahResult).where(eq(musyawarahResult.id, id));
    },

    async proposalsOf(kawasanId: string, filter: { kind?: string; status?: string } = {}) {
      return orm
        .select()
        .from(deliberationProposal)
        .where(
          and(
            eq(deliberationProposal.kawasanId, kawasanId),
            filter.kind ? eq(deliberationProposal.kind, filter.kind) : undefined,
            filter.status ? eq(deliberationProposal.status, filter.status) : undefined,
          ),
        )
        .orderBy(asc(deliberationProposal.createdAt), asc(deliberationProposal.id));
    },

    /** Proposals by id (any kawasan: the caller checks they belong); `lock` holds them. */
    async proposalsByIds(ids: readonly string[], lock = false): Promise<ProposalRecord[]> {
      if (ids.length === 0) return [];
      const base = orm
        .select()
        .from(deliberationProposal)
        .where(inArray(deliberationProposal.id, [...ids]));
      return lock ? base.for('update') : base;
    },

    async findProposal(id: string, lock = false): Promise<ProposalRecord | null> {
      const base = orm.select().from(deliberationProposal).where(eq(deliberationProposal.id, id));
      const [row] = lock ? await base.for('update') : await base;
      return row ?? null;
    },

    async insertProposal(values: typeof deliberationProposal.$inferInsert): Promise<void> {
      await orm.insert(deliberationProposal).values(values);
    },

    async updateProposal(
      id: string,
      values: Partial<typeof deliberationProposal.$inferInsert>,
    ): Promise<void> {
      await orm.update(deliberationProposal).set(values).where(eq(deliberationProposal.id, id));
    },
  };
}
export type MusyawarahRepository = ReturnType<typeof createMusyawarahRepository>;

export async function loadMusyawarah(orm: Orm, id: string, lock = false): Promise<MusyawarahRecord> {
  const row = await createMusyawarahRepository(orm).find(id, lock);
  if (!row) throw AppError.notFound('Musyawarah tidak ditemukan.');
  return row;
}
