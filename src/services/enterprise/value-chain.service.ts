/**
 * The value chain of a kawasan — or of a region — on one page: which enterprises work there,
 * every unit of theirs by commodity and stage, the supply links between units, the gaps where the
 * chain is broken, and the capital behind each stage by source (domain/enterprise/value-chain.ts),
 * with each enterprise's latest periodic report. Read like the other overviews of a place
 * (`mayReadBusinessOverview`): administrators and facilitators of a region holding a member desa,
 * and the kawasan's own managers and facilitators; anyone else gets a 404.
 *
 * The enterprises of a kawasan are those linked to it and those with a founding desa among its
 * members; those of a region, the ones with a founding desa in it. Units of other enterprises at
 * the far end of a link are shown as outside the place (a buyer outside still takes the output).
 */
import { eq, inArray, like } from 'drizzle-orm';
import type { ValueChainQuery, ValueChainView } from '../../contracts/business.contract.ts';
import type { Orm } from '../../db/client.ts';
import {
  businessUnit,
  capitalInjection,
  enterprise,
  enterpriseFounder,
  enterpriseKawasan,
  enterpriseReport,
  kawasan,
  kawasanMember,
} from '../../db/schema.ts';
import type { PlaceTarget } from '../../domain/access/place.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { directionNote, normaliseCommodity } from '../../domain/enterprise/business-unit.ts';
import { mayReadBusinessOverview } from '../../domain/enterprise/enterprise-access.ts';
import { legalStatus } from '../../domain/enterprise/legal-status.ts';
import {
  GAP_LABELS,
  type SourceAmount,
  type StageCapital,
  valueChain,
} from '../../domain/enterprise/value-chain.ts';
import {
  activityLabel,
  type EnterpriseKind,
  enterpriseKindLabel,
  legalStatusLabel,
  sourceLabel,
  stageLabel,
  unitStatusLabel,
} from '../../domain/enterprise/vocabulary.ts';
import { AppError } from '../../domain/errors.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import { normaliseCommodities } from '../../domain/kawasan/registry.ts';
import { rupiahToJson, sumRupiah } from '../../domain/money/rupiah.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { reader } from '../kawasan/kawasan-access.ts';
import { loadUnits, regionNames, regionRef, type UnitRow } from './business-access.ts';
import type { BusinessDeps } from './business-unit.service.ts';
import { linksOf } from './business-unit-view.ts';

export const KAWASAN_NOT_FOUND = 'Kawasan tidak ditemukan.';
export const UNALLOCATED_LABEL = 'Belum dialokasikan ke unit';

type Place = ValueChainView['place'];

/** Periods sort as `2025-S1` < `2025-S2` < `2025` (the year report closes the year). */
function periodKey(period: string): string {
  const m = /^(\d{4})(?:-S([12]))?$/.exec(period);
  if (!m) return `0000-0-${period}`;
  return `${m[1]}-${m[2] ?? '3'}`;
}

const sources = (list: readonly SourceAmount[]) =>
  list.map((s) => ({ source: s.source, sourceLabel: sourceLabel(s.source), amount: rupiahToJson(s.amount) }));

const stageCapital = (c: StageCapital) => ({
  stage: c.stage,
  stageLabel: stageLabel(c.stage),
  total: rupiahToJson(c.total),
  bySource: sources(c.bySource),
});

export function createValueChainService({ db, now }: BusinessDeps) {
  /** The kawasan asked for, its members and flagship commodities; 404 unless the actor reads its overview. */
  async function kawasanPlace(orm: Orm, actor: Actor, id: string) {
    const [row] = await orm
      .select({ id: kawasan.id, name: kawasan.name, commodities: kawasan.commodities })
      .from(kawasan)
      .where(eq(kawasan.id, id));
    if (!row) throw AppError.notFound(KAWASAN_NOT_FOUND);
    const members = (
      await orm
        .select({ desaCode: kawasanMember.desaCode })
        .from(kawasanMember)
        .where(eq(kawasanMember.kawasanId, id))
    ).map((m) => m.desaCode);
    const target: PlaceTarget = { kind: 'kawasan', id, desaCodes: members };
    if (!mayReadBusinessOverview(actor, target).allowed) throw AppError.notFound(KAWASAN_NOT_FOUND);
    const linked = await orm
      .select({ id: enterpriseKawasan.enterpriseId })
      .from(enterpriseKawasan)
      .where(eq(enterpriseKawasan.kawasanId, id));
    const founded =
      members.length === 0
        ? []
        : await orm
            .selectDistinct({ id: enterpriseFounder.enterpriseId })
            .from(enterpriseFounder)
            .where(inArray(enterpriseFounder.desaCode, members));
    return {
      place: { kind: 'kawasan', id: row.id, name: row.name, desaCount: members.length } as Place,
      flagship: normaliseCommodities(row.commodities),
      linkedIds: new Set(linked.map((l) => l.id)),
      enterpriseIds: [...new Set([...linked, ...founded].map((e) => e.id))],
    };
  }

  async function regionPlace(orm: Orm, actor: Actor, input: string) {
    const parsed = parseRegionCode(input);
    if (!parsed.ok) throw AppError.invalid('region', `Kode wilayah ${input} tidak dikenali.`);
    const code = parsed.value.code;
    const name = (await regionNames(orm, [code])).get(code);
    if (name === undefined) throw AppError.notFound(`Wilayah ${code} tidak ditemukan.`);
    if (!mayReadBusinessOverview(actor, { kind: 'region', code }).allowed)
      throw AppError.notFound(`Wilayah ${code} tidak ditemukan.`);
    const founded = await orm
      .selectDistinct({ id: enterpriseFounder.enterpriseId })
      .from(enterpriseFounder)
      .where(like(enterpriseFounder.desaCode, `${code}%`));
    return {
      place: { kind: 'region', code, name } as Place,
      flagship: [] as string[],
      linkedIds: new Set<string>(),
      enterpriseIds: founded.map((e) => e.id),
    };
  }

  return {
    async get(actorInput: Actor | null, query: ValueChainQuery): Promise<ValueChainView> {
      const actor = reader(actorInput);
      if ((query.kawasanId === undefined) === (query.region === undefined)) {
        throw AppError.invalid('kawasanId', 'Sebutkan satu tempat: kawasanId atau region.');
      }
      const orm = db.orm;
      const where =
        query.kawasanId !== undefined
          ? await kawasanPlace(orm, actor, query.kawasanId)
          : await regionPlace(orm, actor, query.region!);
      const ids = where.enterpriseIds;
      const commodity = query.commodity ? normaliseCommodity(query.commodity) : undefined;

      const [enterprises, founders, units, capital, reports] =
        ids.length === 0
          ? [[], [], [], [], []]
          : await Promise.all([
              orm.select().from(enterprise).where(inArray(enterprise.id, ids)),
              orm.select().from(enterpriseFounder).where(inArray(enterpriseFounder.enterpriseId, ids)),
              orm.select().from(businessUnit).where(inArray(businessUnit.enterpriseId, ids)),
              orm.select().from(capitalInjection).where(inArray(capitalInjection.enterpriseId, ids)),
              orm
                .select({
                  enterpriseId: enterpriseReport.enterpriseId,
                  period: enterpriseReport.period,
                  revenue: enterpriseReport.revenue,
                  netResult: enterpriseReport.netResult,
                  splitPades: enterpriseReport.splitPades,
                })
                .from(enterpriseReport)
                .where(inArray(enterpriseReport.enterpriseId, ids)),
            ]);
      const inside = new Set(units.map((u) => u.id));
      const links = await linksOf(
        orm,
        units.map((u) => u.id),
      );
      const outside: UnitRow[] = await loadUnits(
        orm,
        links.flatMap((l) => [l.supplierUnitId, l.buyerUnitId]).filter((id) => !inside.has(id)),
      );
      const outsideEnterprises =
        outside.length === 0
          ? []
          : await orm
              .select({ id: enterprise.id, name: enterprise.name })
              .from(enterprise)
              .where(inArray(enterprise.id, [...new Set(outside.map((u) => u.enterpriseId))]));
      const enterpriseName = new Map([...enterprises, ...outsideEnterprises].map((e) => [e.id, e.name]));

      const chain = valueChain({
        flagshipCommodities: where.flagship,
        units: [
          ...units.map((u) => ({ ...u, inKawasan: true })),
          ...outside.map((u) => ({ ...u, inKawasan: false })),
        ],
        links,
        capital,
        commodity,
      });

      const linkById = new Map(links.map((l) => [l.id, l]));
      const flows = [...new Set(chain.commodities.flatMap((c) => c.flowIds))].map((id) => linkById.get(id)!);
      const shownUnits = new Set([
        ...chain.commodities.flatMap((c) => c.stages.flatMap((s) => [...s.running, ...s.notRunning])),
        ...flows.flatMap((l) => [l.supplierUnitId, l.buyerUnitId]),
      ]);
      const allUnits = [...units, ...outside].filter((u) => shownUnits.has(u.id));
      const byId = new Map([...units, ...outside].map((u) => [u.id, u]));
      const names = await regionNames(orm, [
        ...allUnits.map((u) => u.desaCode),
        ...founders.map((f) => f.desaCode),
      ]);
      const unitCapital = new Map<string, bigint[]>();
      for (const c of capital)
        if (c.unitId) unitCapital.set(c.unitId, [...(unitCapital.get(c.unitId) ?? []), c.amount]);
      const latest = new Map<string, (typeof reports)[number]>();
      for (const r of reports) {
        const seen = latest.get(r.enterpriseId);
        if (!seen || periodKey(r.period) > periodKey(seen.period)) latest.set(r.enterpriseId, r);
      }
      const today = facilitationToday(now());
      const gapView = (g: (typeof chain.gaps)[number]) => ({
        kind: g.kind,
        kindLabel: GAP_LABELS[g.kind],
        commodity: g.commodity,
        stage: g.stage,
        message: g.message,
        unitIds: g.unitIds,
      });

      return {
        place: where.place,
        flagshipCommodities: where.flagship,
        commodity: commodity ?? null,
        enterprises: [...enterprises]
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
          .map((e) => {
            const report = latest.get(e.id);
            const status = legalStatus({ ...e, kind: e.kind as EnterpriseKind }, today).status;
            return {
              id: e.id,
              name: e.name,
              kind: e.kind,
              kindLabel: enterpriseKindLabel(e.kind),
              legalStatus: status,
              legalStatusLabel: legalStatusLabel(status, e.kind),
              activity: e.activity,
              activityLabel: activityLabel(e.activity),
              founders: founders
                .filter((f) => f.enterpriseId === e.id)
                .map((f) => regionRef(names, f.desaCode)!)
                .sort((a, b) => (a.code < b.code ? -1 : 1)),
              linkedToKawasan: where.linkedIds.has(e.id),
              unitCount: units.filter((u) => u.enterpriseId === e.id).length,
              capitalTotal: rupiahToJson(
                sumRupiah(capital.filter((c) => c.enterpriseId === e.id).map((c) => c.amount)),
              ),
              latestReport: report
                ? {
                    period: report.period,
                    revenue: rupiahToJson(report.revenue),
                    netResult: rupiahToJson(report.netResult),
                    splitPades: rupiahToJson(report.splitPades),
                  }
                : null,
            };
          }),
        units: allUnits
          .sort((a, b) => (a.id < b.id ? -1 : 1))
          .map((u) => ({
            id: u.id,
            name: u.name,
            enterprise: { id: u.enterpriseId, name: enterpriseName.get(u.enterpriseId) ?? '' },
            commodity: u.commodity,
            stage: u.stage,
            stageLabel: stageLabel(u.stage),
            status: u.status,
            statusLabel: unitStatusLabel(u.status),
            desa: regionRef(names, u.desaCode),
            workers: u.workers,
            capitalTotal: inside.has(u.id) ? rupiahToJson(sumRupiah(unitCapital.get(u.id) ?? [])) : null,
            inPlace: inside.has(u.id),
          })),
        commodities: chain.commodities.map((c) => ({
          commodity: c.commodity,
          flagship: c.flagship,
          stages: c.stages.map((s) => ({
            stage: s.stage,
            stageLabel: stageLabel(s.stage),
            running: s.running,
            notRunning: s.notRunning,
            workers: s.workers,
            capital: stageCapital(s.capital),
          })),
          flowIds: c.flowIds,
          gaps: c.gaps.map(gapView),
        })),
        flows: flows.map((l) => ({
          id: l.id,
          supplierUnitId: l.supplierUnitId,
          buyerUnitId: l.buyerUnitId,
          product: l.product,
          directionNote: directionNote(byId.get(l.supplierUnitId)!.stage, byId.get(l.buyerUnitId)!.stage),
        })),
        gaps: chain.gaps.map(gapView),
        capital: {
          byStage: chain.capital.byStage.map(stageCapital),
          unallocated: chain.capital.unallocated.map((u) => ({
            enterprise: { id: u.enterpriseId, name: enterpriseName.get(u.enterpriseId) ?? '' },
            label: UNALLOCATED_LABEL,
            total: rupiahToJson(u.total),
            bySource: sources(u.bySource),
          })),
          bySource: sources(chain.capital.bySource),
          total: rupiahToJson(chain.capital.total),
        },
      };
    },
  };
}

export type ValueChainService = ReturnType<typeof createValueChainService>;
