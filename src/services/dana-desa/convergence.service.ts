/**
 * Funding convergence of a kawasan in one year, from what the system records: the activities of
 * the year in the kawasan's RPKP (the version in force, else the newest one not withdrawn), the
 * capital received in the year by the enterprises working in the kawasan (linked to it or founded
 * by one of its member desa), and the Dana Desa plan lines of the member desa for the fiscal year.
 * The domain (domain/dana-desa/convergence.ts) maps them onto one list of sources and stages and
 * finds the duplications and gaps. Read like the other overviews of a kawasan
 * (`mayReadDanaDesaSummary`): anyone else gets a 404.
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import type { ConvergenceQuery, ConvergenceView } from '../../contracts/convergence.contract.ts';
import type { Database, Orm } from '../../db/client.ts';
import {
  businessUnit,
  capitalInjection,
  danaDesaPlan,
  danaDesaPlanLine,
  enterprise,
  enterpriseFounder,
  enterpriseKawasan,
  fundingPartner,
  kawasan,
  kawasanMember,
} from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import {
  type Amounts,
  type CapitalInput,
  CONVERGENCE_STAGE_LABELS,
  CONVERGENCE_STAGES,
  type ConvergenceStage,
  convergence,
  type DanaDesaLineInput,
  FUND_SOURCE_LABELS,
  FUND_SOURCES,
  type FundSource,
  isChainStage,
  ORIGIN_LABELS,
  ORIGINS,
  type RpkpActivityInput,
} from '../../domain/dana-desa/convergence.ts';
import { mayReadDanaDesaSummary } from '../../domain/dana-desa/dana-desa-access.ts';
import { AppError } from '../../domain/errors.ts';
import { rupiahToJson } from '../../domain/money/rupiah.ts';
import { AGENCY_KIND_LABELS } from '../../domain/rpkp/plan.ts';
import { versionInForce } from '../../domain/rpkp/review.ts';
import { reader } from '../kawasan/kawasan-access.ts';
import { createRegionRepository } from '../regions/region.repository.ts';
import { createRpkpRepository, summariesOf } from '../rpkp/rpkp.repository.ts';

export const KAWASAN_NOT_FOUND = 'Kawasan tidak ditemukan.';

export interface ConvergenceDeps {
  db: Database;
}

const AGENCY_LABELS: Record<string, string> = { ...AGENCY_KIND_LABELS, masyarakat: 'Masyarakat' };
const agencyKindLabel = (kind: string | null) =>
  kind === null ? null : Object.hasOwn(AGENCY_LABELS, kind) ? AGENCY_LABELS[kind]! : kind;
const stageRef = (stage: ConvergenceStage) => ({ stage, stageLabel: CONVERGENCE_STAGE_LABELS[stage] });
const amounts = (a: Amounts) => ({
  total: rupiahToJson(a.total),
  byOrigin: {
    rpkp: rupiahToJson(a.byOrigin.rpkp),
    modal: rupiahToJson(a.byOrigin.modal),
    dana_desa: rupiahToJson(a.byOrigin.dana_desa),
  },
  itemCount: a.itemCount,
});
const nonZeroSources = (bySource: Record<FundSource, bigint>) =>
  FUND_SOURCES.filter((s) => bySource[s] !== 0n).map((source) => ({
    source,
    sourceLabel: FUND_SOURCE_LABELS[source],
    amount: rupiahToJson(bySource[source]),
  }));

/** Whole rupiah stored as a digit string; anything else counts as 0 (the RPKP check names it). */
function storedBudget(text: string): bigint {
  return /^\d+$/.test(text.trim()) ? BigInt(text.trim()) : 0n;
}

export function createConvergenceService({ db }: ConvergenceDeps) {
  /** The kawasan and its members; 404 unless the actor reads the kawasan's overviews. */
  async function kawasanOf(orm: Orm, actor: Actor, id: string) {
    const [row] = await orm
      .select({ id: kawasan.id, name: kawasan.name })
      .from(kawasan)
      .where(eq(kawasan.id, id));
    if (!row) throw AppError.notFound(KAWASAN_NOT_FOUND);
    const members = (
      await orm
        .select({ desaCode: kawasanMember.desaCode })
        .from(kawasanMember)
        .where(eq(kawasanMember.kawasanId, id))
    )
      .map((m) => m.desaCode)
      .sort();
    if (!mayReadDanaDesaSummary(actor, { kind: 'kawasan', id, desaCodes: members }).allowed)
      throw AppError.notFound(KAWASAN_NOT_FOUND);
    return { ...row, members };
  }

  /** The RPKP version read: in force, else the newest not withdrawn. */
  async function rpkpOf(orm: Orm, kawasanId: string) {
    const versions = await createRpkpRepository(orm).versions(kawasanId);
    const inForce = versionInForce(summariesOf(versions));
    const chosen =
      inForce !== null
        ? versions.find((v) => v.version === inForce)!
        : [...versions].reverse().find((v) => v.state !== 'ditarik');
    return chosen ? { row: chosen, inForce: inForce !== null } : null;
  }

  async function enterprisesOf(orm: Orm, kawasanId: string, members: readonly string[]) {
    const linked = await orm
      .select({ id: enterpriseKawasan.enterpriseId })
      .from(enterpriseKawasan)
      .where(eq(enterpriseKawasan.kawasanId, kawasanId));
    const founded =
      members.length === 0
        ? []
        : await orm
            .selectDistinct({ id: enterpriseFounder.enterpriseId })
            .from(enterpriseFounder)
            .where(inArray(enterpriseFounder.desaCode, [...members]));
    return [...new Set([...linked, ...founded].map((e) => e.id))].sort();
  }

  async function capitalOf(
    orm: Orm,
    enterpriseIds: readonly string[],
    year: number,
  ): Promise<(CapitalInput & { sourceDesa: string | null })[]> {
    if (enterpriseIds.length === 0) return [];
    const ids = [...enterpriseIds];
    const rows = await orm
      .select({
        id: capitalInjection.id,
        enterpriseId: capitalInjection.enterpriseId,
        enterpriseName: enterprise.name,
        source: capitalInjection.source,
        partnerName: fundingPartner.name,
        desaCode: capitalInjection.desaCode,
        amount: capitalInjection.amount,
        receivedOn: capitalInjection.receivedOn,
        unitStage: businessUnit.stage,
        unitName: businessUnit.name,
        commodity: businessUnit.commodity,
        unitDesa: businessUnit.desaCode,
      })
      .from(capitalInjection)
      .innerJoin(enterprise, eq(enterprise.id, capitalInjection.enterpriseId))
      .leftJoin(businessUnit, eq(businessUnit.id, capitalInjection.unitId))
      .leftJoin(fundingPartner, eq(fundingPartner.id, capitalInjection.partnerId))
      .where(
        and(inArray(capitalInjection.enterpriseId, ids), like(capitalInjection.receivedOn, `${year}-%`)),
      );
    const founders = await orm
      .select()
      .from(enterpriseFounder)
      .where(inArray(enterpriseFounder.enterpriseId, ids));
    const foundersOf = new Map<string, string[]>();
    for (const f of founders)
      foundersOf.set(f.enterpriseId, [...(foundersOf.get(f.enterpriseId) ?? []), f.desaCode]);
    return rows
      .map((r) => ({
        id: r.id,
        enterpriseId: r.enterpriseId,
        enterpriseName: r.enterpriseName,
        source: r.source,
        funderName: r.partnerName,
        sourceDesa: r.desaCode,
        amount: r.amount,
        receivedOn: r.receivedOn,
        unitStage: r.unitStage,
        unitName: r.unitName,
        commodity: r.commodity,
        desaCodes: r.unitDesa
          ? [r.unitDesa]
          : r.desaCode
            ? [r.desaCode]
            : [...(foundersOf.get(r.enterpriseId) ?? [])].sort(),
      }))
      .sort((a, b) =>
        a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.id < b.id ? -1 : 1,
      );
  }

  async function danaDesaOf(
    orm: Orm,
    kawasanId: string,
    members: readonly string[],
    enterpriseIds: ReadonlySet<string>,
    year: number,
    names: ReadonlyMap<string, string>,
  ): Promise<DanaDesaLineInput[]> {
    if (members.length === 0) return [];
    const rows = await orm
      .select({
        planId: danaDesaPlan.id,
        desaCode: danaDesaPlan.desaCode,
        lineId: danaDesaPlanLine.lineId,
        seq: danaDesaPlanLine.seq,
        category: danaDesaPlanLine.category,
        activity: danaDesaPlanLine.activity,
        amount: danaDesaPlanLine.amount,
        kawasanId: danaDesaPlanLine.kawasanId,
        enterpriseId: danaDesaPlanLine.enterpriseId,
      })
      .from(danaDesaPlanLine)
      .innerJoin(danaDesaPlan, eq(danaDesaPlan.id, danaDesaPlanLine.planId))
      .where(and(inArray(danaDesaPlan.desaCode, [...members]), eq(danaDesaPlan.fiscalYear, year)));
    return rows
      .sort((a, b) => (a.desaCode < b.desaCode ? -1 : a.desaCode > b.desaCode ? 1 : a.seq - b.seq))
      .map((r) => ({
        planId: r.planId,
        lineId: r.lineId,
        desaCode: r.desaCode,
        desaName: names.get(r.desaCode) ?? r.desaCode,
        category: r.category,
        activity: r.activity,
        amount: r.amount,
        linked: r.kawasanId === kawasanId || (r.enterpriseId !== null && enterpriseIds.has(r.enterpriseId)),
      }));
  }

  return {
    async get(actorInput: Actor | null, query: ConvergenceQuery): Promise<ConvergenceView> {
      const actor = reader(actorInput);
      const orm = db.orm;
      const k = await kawasanOf(orm, actor, query.kawasanId);
      const year = query.year;
      const rpkp = await rpkpOf(orm, k.id);
      const activities: RpkpActivityInput[] = (rpkp?.row.plan.programmes ?? [])
        .flatMap((p) => p.activities)
        .filter((a) => a.year === year)
        .map((a) => ({
          id: a.id,
          name: a.name,
          desaCodes: a.desaCodes,
          stage: a.stage,
          sector: a.sector,
          agencyKind: a.agencyKind,
          agencyName: a.agencyName,
          fundingSource: a.fundingSource,
          budget: storedBudget(a.budget),
        }));
      const enterpriseIds = await enterprisesOf(orm, k.id, k.members);
      const capital = await capitalOf(orm, enterpriseIds, year);
      const reached = new Set([
        ...k.members,
        ...activities.flatMap((a) => a.desaCodes),
        ...capital.flatMap((c) => [...c.desaCodes, ...(c.sourceDesa ? [c.sourceDesa] : [])]),
      ]);
      const names = new Map(
        (await createRegionRepository(orm).findByCodes([...reached])).map((r) => [r.code, r.name]),
      );
      const name = (code: string) => names.get(code) ?? code;
      const danaDesa = await danaDesaOf(orm, k.id, k.members, new Set(enterpriseIds), year, names);
      // Dana Desa capital is given by the government of the desa whose budget it came from.
      const funded = capital.map(({ sourceDesa, ...c }) =>
        c.source === 'dana_desa' && c.funderName === null && sourceDesa !== null
          ? { ...c, funderName: `Pemerintah Desa ${name(sourceDesa)}` }
          : c,
      );

      const view = convergence({
        year,
        members: k.members.map((code) => ({ code, name: name(code) })),
        activities,
        capital: funded,
        danaDesa,
      });
      const ref = (code: string) => ({ code, name: name(code) });

      return {
        kawasan: { id: k.id, name: k.name, desaCount: k.members.length },
        year,
        rpkp: rpkp ? { version: rpkp.row.version, inForce: rpkp.inForce, title: rpkp.row.title } : null,
        sources: FUND_SOURCES.map((code) => ({ code, label: FUND_SOURCE_LABELS[code] })),
        stages: CONVERGENCE_STAGES.map((code) => ({
          code,
          label: CONVERGENCE_STAGE_LABELS[code],
          chain: isChainStage(code),
        })),
        origins: ORIGINS.map((code) => ({ code, label: ORIGIN_LABELS[code] })),
        matrix: view.matrix.map((c) => ({ source: c.source, stage: c.stage, ...amounts(c) })),
        bySource: view.bySource.map((s) => ({
          source: s.source,
          sourceLabel: FUND_SOURCE_LABELS[s.source],
          ...amounts(s),
        })),
        byStage: view.byStage.map((s) => ({ ...stageRef(s.stage), ...amounts(s) })),
        total: amounts(view.total),
        desa: view.desa.map((d) => ({
          desa: d.desaCode === null ? null : ref(d.desaCode),
          member: d.member,
          bySource: nonZeroSources(d.bySource),
          total: rupiahToJson(d.total),
          sharedItemKeys: d.sharedItemKeys,
        })),
        agencies: view.agencies.map((a) => ({
          agencyKind: a.agencyKind,
          agencyKindLabel: agencyKindLabel(a.agencyKind),
          agencyName: a.agencyName,
          total: rupiahToJson(a.total),
          bySource: nonZeroSources(a.bySource),
          stages: a.stages.map(stageRef),
          itemKeys: a.itemKeys,
        })),
        items: view.items.map((i) => ({
          key: i.key,
          origin: i.origin,
          originLabel: ORIGIN_LABELS[i.origin],
          title: i.title,
          source: i.source,
          sourceLabel: FUND_SOURCE_LABELS[i.source],
          ...stageRef(i.stage),
          topic: i.topic,
          agencyKind: i.agencyKind,
          agencyKindLabel: agencyKindLabel(i.agencyKind),
          agencyName: i.agencyName,
          desa: i.desaCodes.map(ref),
          amount: rupiahToJson(i.amount),
          linked: i.linked,
        })),
        duplications: view.duplications.map((d) => ({
          desa: ref(d.desaCode),
          ...stageRef(d.stage),
          topic: d.topic,
          itemKeys: d.itemKeys,
          sources: d.sources.map((source) => ({ source, sourceLabel: FUND_SOURCE_LABELS[source] })),
          agencyNames: d.agencyNames,
          amount: rupiahToJson(d.amount),
          sentence: d.sentence,
        })),
        gaps: view.gaps.map((g) =>
          g.kind === 'stage'
            ? { kind: 'stage' as const, stage: stageRef(g.stage), desa: null, sentence: g.sentence }
            : { kind: 'desa' as const, stage: null, desa: ref(g.desaCode), sentence: g.sentence },
        ),
        notes: view.notes,
      };
    },
  };
}
export type ConvergenceService = ReturnType<typeof createConvergenceService>;
