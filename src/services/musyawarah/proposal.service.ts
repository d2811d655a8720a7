/**
 * Proposals (usulan) of a kawasan: a desa's or the kawasan's produk unggulan, or a programme. They
 * keep their id across cycles; the ones carried over (dibawa) are listed first, with their history.
 * Only an undecided proposal (diajukan, dibawa) can be changed; a fixed berita acara decides them.
 */
import { randomUUID } from 'node:crypto';
import type {
  CreateProposalBody,
  ProposalList,
  ProposalListQuery,
  ProposalView,
  UpdateProposalBody,
} from '../../contracts/musyawarah.contract.ts';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { proposalRefusal } from '../../domain/deliberation/musyawarah-access.ts';
import { type ProposalKind, proposalIssues } from '../../domain/deliberation/proposal.ts';
import { AppError } from '../../domain/errors.ts';
import { loadKawasan } from '../kawasan/kawasan.repository.ts';
import { canSee, kawasanActorOf, reader, requireVisible, writer } from '../kawasan/kawasan-access.ts';
import { auditDeliberation } from './deliberation-audit.ts';
import { createMusyawarahRepository, type ProposalRecord } from './musyawarah.repository.ts';
import { canonicalDesa, invalid, refusalError } from './musyawarah.service.ts';
import { createMusyawarahViews, placeOf, proposalView } from './musyawarah-view.ts';

function fields(p: ProposalRecord) {
  return {
    kind: p.kind,
    title: p.title,
    desaCode: p.desaCode,
    description: p.description,
    proposer: p.proposer,
    requestedBudget: p.requestedBudget === null ? null : p.requestedBudget.toString(),
    status: p.status,
  };
}

function shapeIssues(p: Pick<ProposalRecord, 'id' | 'title' | 'kind' | 'desaCode'>) {
  return proposalIssues([
    { id: p.id, title: p.title, kind: p.kind as ProposalKind, desaCode: p.desaCode },
  ]).map((i) => ({ field: i.field.replace(/^proposals\[0\]\./, ''), message: i.message }));
}

export function createProposalService({ db, now }: { db: Database; now: () => Date }) {
  const views = createMusyawarahViews(db.orm);

  async function view(id: string): Promise<ProposalView> {
    const p = (await createMusyawarahRepository(db.orm).findProposal(id))!;
    return proposalView(p, await views.names([p.desaCode]));
  }

  return {
    async list(actorInput: Actor | null, kawasanId: string, query: ProposalListQuery): Promise<ProposalList> {
      const actor = reader(actorInput);
      const k = await loadKawasan(db.orm, kawasanId);
      requireVisible(actor, k);
      const rows = await createMusyawarahRepository(db.orm).proposalsOf(kawasanId, query);
      // Carried over first (the next cycle's agenda starts with them), then in the order proposed.
      const ordered = [
        ...rows.filter((p) => p.status === 'dibawa'),
        ...rows.filter((p) => p.status !== 'dibawa'),
      ];
      const names = await views.names(ordered.map((p) => p.desaCode));
      return { items: ordered.map((p) => proposalView(p, names)) };
    },

    async create(
      actorInput: Actor | null,
      kawasanId: string,
      body: CreateProposalBody,
    ): Promise<ProposalView> {
      const actor = writer(actorInput);
      const id = randomUUID();
      await db.transaction(async (tx) => {
        const k = await loadKawasan(tx.orm, kawasanId);
        requireVisible(actor, k);
        const at = now();
        const row: ProposalRecord = {
          id,
          kawasanId,
          kind: body.kind,
          title: body.title,
          desaCode: canonicalDesa(body.desaCode),
          description: body.description ?? null,
          proposer: body.proposer ?? null,
          requestedBudget: body.requestedBudget ? BigInt(body.requestedBudget) : null,
          status: 'diajukan',
          decidedBy: null,
          history: [],
          createdAt: at,
          updatedAt: at,
        };
        const issues = shapeIssues(row);
        if (issues.length > 0) throw invalid(issues);
        const refusal = proposalRefusal(kawasanActorOf(actor), placeOf(k), { desaCode: row.desaCode });
        if (refusal) throw refusalError(refusal);
        await createMusyawarahRepository(tx.orm).insertProposal(row);
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'proposal', id },
          'proposal.create',
          null,
          fields(row),
          at,
        );
      });
      return view(id);
    },

    async update(actorInput: Actor | null, id: string, body: UpdateProposalBody): Promise<ProposalView> {
      const actor = writer(actorInput);
      await db.transaction(async (tx) => {
        const repo = createMusyawarahRepository(tx.orm);
        const p = await repo.findProposal(id, true);
        if (!p) throw AppError.notFound('Usulan tidak ditemukan.');
        const k = await loadKawasan(tx.orm, p.kawasanId);
        if (!canSee(actor, k)) throw AppError.notFound('Usulan tidak ditemukan.');
        const refusal = proposalRefusal(kawasanActorOf(actor), placeOf(k), {
          desaCode: p.desaCode,
          status: p.status,
        });
        if (refusal) throw refusalError(refusal);
        const next: ProposalRecord = {
          ...p,
          ...(body.title !== undefined ? { title: body.title } : {}),
          ...(body.desaCode !== undefined ? { desaCode: canonicalDesa(body.desaCode) } : {}),
          ...(body.description !== undefined ? { description: body.description ?? null } : {}),
          ...(body.proposer !== undefined ? { proposer: body.proposer ?? null } : {}),
          ...(body.requestedBudget !== undefined
            ? { requestedBudget: body.requestedBudget ? BigInt(body.requestedBudget) : null }
            : {}),
          updatedAt: now(),
        };
        const issues = shapeIssues(next);
        if (issues.length > 0) throw invalid(issues);
        if (next.desaCode !== p.desaCode) {
          const moved = proposalRefusal(kawasanActorOf(actor), placeOf(k), { desaCode: next.desaCode });
          if (moved) throw refusalError(moved);
        }
        await repo.updateProposal(id, {
          title: next.title,
          desaCode: next.desaCode,
          description: next.description,
          proposer: next.proposer,
          requestedBudget: next.requestedBudget,
          updatedAt: next.updatedAt,
        });
        await auditDeliberation(
          tx.orm,
          actor,
          k,
          { type: 'proposal', id },
          'proposal.update',
          fields(p),
          fields(next),
          next.updatedAt,
        );
      });
      return view(id);
    },
  };
}
export type ProposalService = ReturnType<typeof createProposalService>;
