/**
 * Runs of the formation recommender for one kabupaten: the desa with their latest IDM status, the
 * contiguity stored by the boundary import (estimated when no boundaries are imported), the desa
 * already in an active kawasan left out; stored with the seed, so a run can be repeated and its
 * proposals turned into kawasan proposals in one step.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type {
  ProposalToKawasanBody,
  Recommendation,
  RecommendationBody,
} from '../../contracts/kawasan.contract.ts';
import { type Orm, queryRows } from '../../db/client.ts';
import type { StoredRecommendation } from '../../db/kawasan-records.ts';
import { kawasan, kawasanRecommendation } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import type { Role } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import { type CandidateDesa, RECOMMENDER, recommendKawasan } from '../../domain/kawasan/recommender.ts';
import { desaRole } from '../../domain/kawasan/recommender-score.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { IDM_SCHEME } from '../../domain/village-index/idm.scheme.ts';
import type { IdmStatus } from '../../domain/village-index/idm.types.ts';
import { recordAudit } from '../access/audit.service.ts';
import { createAdjacencyService } from '../boundaries/adjacency.service.ts';
import { createKawasanRepository } from './kawasan.repository.ts';
import type { KawasanDeps, KawasanService } from './kawasan.service.ts';
import { reader, writer } from './kawasan-access.ts';

/** Roles that form kawasan in a kabupaten: its government, the province's, national, facilitators. */
const RECOMMENDER_ROLES: readonly Role[] = ['national', 'province', 'kabupaten', 'facilitator'];

/** Whether the actor's scope reaches the kabupaten with a role that forms kawasan. */
function mayRecommend(actor: Actor, kabupaten: string): boolean {
  if (actor.kind === 'system') return true;
  return actor.assignments.some(
    (a) =>
      RECOMMENDER_ROLES.includes(a.role) &&
      (a.scope.kind === 'national' ||
        (a.scope.kind === 'region' &&
          (kabupaten.startsWith(a.scope.code) || a.scope.code.startsWith(kabupaten)))),
  );
}

type RunRecord = typeof kawasanRecommendation.$inferSelect;

export function createKawasanRecommendationService({ db, now }: KawasanDeps, kawasanService: KawasanService) {
  async function kabupatenOf(input: string): Promise<{ code: string; name: string }> {
    const parsed = parseRegionCode(input);
    if (!parsed.ok) throw AppError.invalid('kabupatenCode', parsed.message);
    if (parsed.value.level !== 'regency')
      throw AppError.invalid(
        'kabupatenCode',
        'Pembentuk usulan kawasan dijalankan per kabupaten/kota (kode 4 digit).',
      );
    const [found] = await queryRows<{ code: string; name: string }>(
      db.orm,
      sql`select code, name from region where code = ${parsed.value.code}`,
    );
    if (!found)
      throw AppError.invalid('kabupatenCode', `Tidak ada kabupaten/kota dengan kode ${parsed.value.code}.`);
    return found;
  }

  /** The kabupaten's desa with the status of the latest IDM year that has results there. */
  async function candidates(orm: Orm, kabupaten: string) {
    const like = `${kabupaten}%`;
    const [latest] = await queryRows<{ year: number | null }>(
      orm,
      sql`select max(year) as year from village_index where scheme = ${IDM_SCHEME.id} and region_code like ${like}`,
    );
    const year = latest?.year === null || latest?.year === undefined ? null : Number(latest.year);
    const rows = await queryRows<{
      code: string;
      name: string;
      district: string;
      status: IdmStatus | null;
      bbox: number[] | null;
    }>(
      orm,
      sql`select r.code, r.name, r.parent_code as district,
                 coalesce(v.official_status, v.computed_status) as status, b.bbox
          from region r
          left join village_index v on v.scheme = ${IDM_SCHEME.id} and v.year = ${year ?? 0} and v.region_code = r.code
          left join region_boundary b on b.region_code = r.code
          where r.level = 4 and r.code like ${like}
          order by r.code`,
    );
    const desa: CandidateDesa[] = rows.map((r) => ({
      code: r.code,
      name: r.name,
      districtCode: r.district,
      status: r.status,
      centroid: r.bbox
        ? [(Number(r.bbox[0]) + Number(r.bbox[2])) / 2, (Number(r.bbox[1]) + Number(r.bbox[3])) / 2]
        : null,
    }));
    return { year, desa };
  }

  async function view(run: RunRecord): Promise<Recommendation> {
    const made = await db.orm
      .select({ id: kawasan.id, proposal: kawasan.proposalId })
      .from(kawasan)
      .where(eq(kawasan.recommendationId, run.id));
    const byProposal = new Map(made.map((m) => [m.proposal, m.id]));
    const [kab] = await queryRows<{ name: string }>(
      db.orm,
      sql`select name from region where code = ${run.kabupatenCode}`,
    );
    return {
      id: run.id,
      kabupatenCode: run.kabupatenCode,
      kabupatenName: kab?.name ?? run.kabupatenCode,
      recommender: run.recommender,
      seed: run.seed,
      minSize: run.minSize,
      maxSize: run.maxSize,
      indexYear: run.indexYear,
      graphSource: run.graphSource as Recommendation['graphSource'],
      desaCount: run.desaCount,
      proposals: run.result.proposals.map((p) => ({
        ...p,
        members: p.members.map((m) => ({ ...m, role: m.status === null ? 'unknown' : desaRole(m.status) })),
        kawasanId: byProposal.get(p.id) ?? null,
      })),
      leftOut: run.result.leftOut,
      noProposalReason: run.result.noProposalReason,
      at: run.at.toISOString(),
      by: run.actorLabel,
    };
  }

  async function load(actor: Actor, id: string): Promise<RunRecord> {
    const [run] = await db.orm.select().from(kawasanRecommendation).where(eq(kawasanRecommendation.id, id));
    if (!run || !mayRecommend(actor, run.kabupatenCode))
      throw AppError.notFound('Hasil pembentuk usulan tidak ditemukan.');
    return run;
  }

  return {
    async run(actorInput: Actor | null, body: RecommendationBody): Promise<Recommendation> {
      const actor = writer(actorInput);
      const kab = await kabupatenOf(body.kabupatenCode);
      if (!mayRecommend(actor, kab.code))
        throw new AppError(
          'forbidden',
          `Pembentuk usulan kawasan untuk ${kab.name} dijalankan oleh petugas kabupaten/kota itu, provinsinya, nasional, atau pendamping di wilayahnya.`,
        );
      if (body.minSize > body.maxSize)
        throw AppError.invalid('minSize', 'Ukuran minimum lebih besar dari maksimum.');
      const seed = body.seed ?? randomInt(0, 2 ** 32);
      const { year, desa } = await candidates(db.orm, kab.code);
      const graph = await createAdjacencyService(db.orm).graphWithin(kab.code);
      const taken = await createKawasanRepository(db.orm).activeMembersWithin(kab.code);
      const result = recommendKawasan({
        desa,
        graph: graph.size > 0 ? graph : null,
        taken,
        options: { seed, minSize: body.minSize, maxSize: body.maxSize },
      });
      const names = new Map(desa.map((d) => [d.code, d]));
      const stored: StoredRecommendation = {
        proposals: result.proposals.map((p) => ({
          id: p.id,
          members: p.memberCodes.map((code) => ({
            code,
            name: names.get(code)?.name ?? code,
            status: names.get(code)?.status ?? null,
          })),
          locomotives: p.locomotives,
          lagging: p.lagging,
          pulls: p.pulls,
          score: p.score,
          explanation: p.explanation,
        })),
        leftOut: result.leftOut.map((l) => ({ ...l, name: names.get(l.code)?.name ?? l.code })),
        noProposalReason: result.noProposalReason,
      };
      const at = now();
      const record: RunRecord = {
        id: randomUUID(),
        kabupatenCode: kab.code,
        recommender: RECOMMENDER.id,
        seed,
        minSize: body.minSize,
        maxSize: body.maxSize,
        indexYear: year,
        graphSource: result.graphSource,
        desaCount: desa.length,
        result: stored,
        at,
        actorUserId: actor.kind === 'user' ? actor.userId : null,
        actorLabel: actor.label,
      };
      await db.transaction(async (tx) => {
        await tx.orm.insert(kawasanRecommendation).values(record);
        await recordAudit(
          tx.orm,
          actor,
          {
            action: 'kawasan.recommend',
            resourceType: 'kawasan_recommendation',
            resourceId: record.id,
            regionCode: kab.code,
            before: null,
            after: {
              kabupaten: kab.code,
              seed,
              recommender: RECOMMENDER.id,
              proposals: stored.proposals.length,
            },
          },
          at,
        );
      });
      return view(record);
    },

    async get(actorInput: Actor | null, id: string): Promise<Recommendation> {
      return view(await load(reader(actorInput), id));
    },

    /** A kawasan made from a proposal and proposed at once; 409 when that proposal was already used. */
    async toKawasan(actorInput: Actor | null, id: string, proposalId: string, body: ProposalToKawasanBody) {
      const actor = writer(actorInput);
      const run = await load(actor, id);
      const proposal = run.result.proposals.find((p) => p.id === proposalId);
      if (!proposal) throw AppError.notFound(`Usulan ${proposalId} tidak ada pada hasil ini.`);
      const [made] = await db.orm
        .select({ id: kawasan.id })
        .from(kawasan)
        .where(sql`${kawasan.recommendationId} = ${id} and ${kawasan.proposalId} = ${proposalId}`);
      if (made) throw new AppError('conflict', `Usulan ${proposalId} sudah dijadikan kawasan.`);
      return kawasanService.create(
        actor,
        {
          name: body.name,
          kabupatenCodes: [run.kabupatenCode],
          theme: body.theme ?? null,
          commodities: body.commodities,
          members: proposal.members.map((m) => m.code),
        },
        { recommendationId: id, proposalId, reason: proposal.explanation.join(' ') },
      );
    },
  };
}
export type KawasanRecommendationService = ReturnType<typeof createKawasanRecommendationService>;
