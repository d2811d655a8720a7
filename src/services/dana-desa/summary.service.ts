/**
 * The compliance summary of Dana Desa plans of one fiscal year in a region or a kawasan: per rule
 * of the year, how many plans pass and fail and which desa break it (with the amount and the
 * excess or shortfall), grouped per kabupaten for a province, per kecamatan for a kabupaten, and
 * per desa for a kecamatan or a kawasan; desa in scope without a plan are counted apart (kelurahan
 * receive no Dana Desa and are not counted). Each plan counts with its latest stored check.
 * Reading follows `mayReadDanaDesaSummary` (404 otherwise).
 */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Summary, SummaryQuery } from '../../contracts/dana-desa.contract.ts';
import type { Database } from '../../db/client.ts';
import { danaDesaCheck, danaDesaPlan, kawasan, kawasanMember, region } from '../../db/schema.ts';
import type { PlaceTarget } from '../../domain/access/place.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { mayReadDanaDesaSummary } from '../../domain/dana-desa/dana-desa-access.ts';
import { ruleSetFor } from '../../domain/dana-desa/rule-sets.ts';
import { AppError } from '../../domain/errors.ts';
import { parseRegionCode, villageTypeOf } from '../../domain/region-code.ts';
import { isUuid } from '../../domain/uuid.ts';
import { storedResult } from './check.service.ts';
import { prefixRange, regionNames, signedIn } from './dana-desa-facts.ts';

export interface SummaryDeps {
  db: Database;
  now: () => Date;
}

type Grouping = Summary['groupedBy'];

const receivesDanaDesa = (code: string) => villageTypeOf(code) !== 'kelurahan';

export function createSummaryService({ db }: SummaryDeps) {
  const orm = db.orm;

  /** The place asked for, who may read it, its desa and how they are grouped. */
  async function placeOf(actor: Actor, query: SummaryQuery) {
    const notFound = () =>
      AppError.notFound('Ringkasan Dana Desa wilayah ini tidak ditemukan atau di luar cakupan Anda.');
    if (query.kawasanId) {
      if (!isUuid(query.kawasanId)) throw notFound();
      const [row] = await orm
        .select({ id: kawasan.id, name: kawasan.name })
        .from(kawasan)
        .where(eq(kawasan.id, query.kawasanId));
      if (!row) throw notFound();
      const members = await orm
        .select({ code: kawasanMember.desaCode })
        .from(kawasanMember)
        .where(eq(kawasanMember.kawasanId, row.id))
        .orderBy(asc(kawasanMember.desaCode));
      const desaCodes = members.map((m) => m.code);
      const target: PlaceTarget = { kind: 'kawasan', id: row.id, desaCodes };
      if (!mayReadDanaDesaSummary(actor, target).allowed) throw notFound();
      return {
        scope: { kind: 'kawasan' as const, code: null, id: row.id, name: row.name },
        desaCodes: desaCodes.filter(receivesDanaDesa),
        groupedBy: 'desa' as Grouping,
      };
    }
    if (!query.region) throw AppError.invalid('region', 'Pilih wilayah (region) atau kawasan (kawasanId).');
    const parsed = parseRegionCode(query.region);
    if (!parsed.ok) throw AppError.invalid('region', parsed.message);
    const { code, level } = parsed.value;
    if (!mayReadDanaDesaSummary(actor, { kind: 'region', code }).allowed) throw notFound();
    const names = await regionNames(orm, [code]);
    if (!names.has(code)) throw notFound();
    const villages = await orm
      .select({ code: region.code })
      .from(region)
      .where(and(eq(region.level, 4), prefixRange(sql`${region.code}`, code)))
      .orderBy(asc(region.code));
    const groupedBy: Grouping =
      level === 'province' ? 'kabupaten' : level === 'regency' ? 'kecamatan' : 'desa';
    return {
      scope: { kind: 'region' as const, code, id: null, name: names.get(code)! },
      desaCodes: villages.map((v) => v.code).filter(receivesDanaDesa),
      groupedBy,
    };
  }

  return {
    async summary(actorInput: Actor | null, query: SummaryQuery): Promise<Summary> {
      const actor = signedIn(actorInput);
      const place = await placeOf(actor, query);
      const year = query.year;
      const found = ruleSetFor(year);
      const desaCodes = place.desaCodes;
      const groupOf = (desa: string) =>
        place.groupedBy === 'kabupaten'
          ? desa.slice(0, 4)
          : place.groupedBy === 'kecamatan'
            ? desa.slice(0, 6)
            : desa;

      const plans =
        desaCodes.length === 0
          ? []
          : await orm
              .select({ id: danaDesaPlan.id, desaCode: danaDesaPlan.desaCode })
              .from(danaDesaPlan)
              .where(and(eq(danaDesaPlan.fiscalYear, year), inArray(danaDesaPlan.desaCode, desaCodes)))
              .orderBy(asc(danaDesaPlan.desaCode));
      const checks =
        plans.length === 0
          ? []
          : await orm
              .select()
              .from(danaDesaCheck)
              .where(
                and(
                  inArray(
                    danaDesaCheck.planId,
                    plans.map((p) => p.id),
                  ),
                  eq(danaDesaCheck.basis, 'rencana'),
                ),
              )
              .orderBy(asc(danaDesaCheck.checkedAt));
      const latest = new Map(checks.map((c) => [c.planId, c]));
      const names = await regionNames(orm, [...desaCodes, ...desaCodes.map(groupOf)]);
      const nameOf = (code: string) => names.get(code) ?? code;

      const planned = new Set(plans.map((p) => p.desaCode));
      const missing = desaCodes.filter((c) => !planned.has(c));

      const rules = (found.ruleSet?.rules ?? []).map((rule) => ({
        ruleId: rule.id,
        title: rule.title,
        kind: rule.kind as string,
        passed: 0,
        failed: 0,
        notApplicable: 0,
        information: 0,
        failing: [] as Summary['rules'][number]['failing'],
      }));
      const ruleById = new Map(rules.map((r) => [r.ruleId, r]));

      interface Group {
        code: string;
        desaCount: number;
        planCount: number;
        missingCount: number;
        passingPlans: number;
        failingPlans: number;
        failed: Map<string, number>;
      }
      const groups = new Map<string, Group>();
      const group = (code: string) => {
        let g = groups.get(code);
        if (!g) {
          g = {
            code,
            desaCount: 0,
            planCount: 0,
            missingCount: 0,
            passingPlans: 0,
            failingPlans: 0,
            failed: new Map(),
          };
          groups.set(code, g);
        }
        return g;
      };
      for (const code of desaCodes) group(groupOf(code)).desaCount++;
      for (const code of missing) group(groupOf(code)).missingCount++;

      let checkedCount = 0;
      let passingPlans = 0;
      let failingPlans = 0;
      for (const p of plans) {
        const g = group(groupOf(p.desaCode));
        g.planCount++;
        const check = latest.get(p.id);
        if (!check) continue;
        checkedCount++;
        if (check.failed > 0) {
          failingPlans++;
          g.failingPlans++;
        } else {
          passingPlans++;
          g.passingPlans++;
        }
        for (const r of storedResult(check).results) {
          const rule = ruleById.get(r.ruleId);
          if (!rule) continue;
          if (r.status === 'lulus') rule.passed++;
          else if (r.status === 'tidak_berlaku') rule.notApplicable++;
          else if (r.status === 'informasi') rule.information++;
          else {
            rule.failed++;
            g.failed.set(r.ruleId, (g.failed.get(r.ruleId) ?? 0) + 1);
            rule.failing.push({
              desaCode: p.desaCode,
              desaName: nameOf(p.desaCode),
              groupCode: groupOf(p.desaCode),
              planId: p.id,
              amount: r.amount,
              limit: r.limit,
              excess: r.excess,
              shortfall: r.shortfall,
              sentence: r.sentence,
            });
          }
        }
      }

      return {
        scope: place.scope,
        fiscalYear: year,
        ruleSetVersion: found.ruleSet?.version ?? null,
        ruleSetMessage: found.message,
        groupedBy: place.groupedBy,
        desaCount: desaCodes.length,
        planCount: plans.length,
        checkedCount,
        passingPlans,
        failingPlans,
        missing: { count: missing.length, desa: missing.map((code) => ({ code, name: nameOf(code) })) },
        rules,
        groups: [...groups.values()]
          .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
          .map((g) => ({
            code: g.code,
            name: nameOf(g.code),
            desaCount: g.desaCount,
            planCount: g.planCount,
            missingCount: g.missingCount,
            passingPlans: g.passingPlans,
            failingPlans: g.failingPlans,
            failedRules: rules
              .filter((r) => g.failed.has(r.ruleId))
              .map((r) => ({ ruleId: r.ruleId, title: r.title, count: g.failed.get(r.ruleId)! })),
          })),
      };
    },
  };
}
export type SummaryService = ReturnType<typeof createSummaryService>;
