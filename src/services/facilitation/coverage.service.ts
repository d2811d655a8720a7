/**
 * Facilitation coverage of a region (province, kabupaten/kota, kecamatan) or a kawasan as of a
 * date: for every desa in scope (kelurahan excluded: they are not desa) the latest approved visit
 * and the approved visits of the last 90 days, the desa without a visit in the last 30/60/90 days,
 * the approved activities per category of each kawasan touching the scope, and the workload of the
 * facilitators based there. The definitions are those of domain/facilitation/coverage.ts; the
 * database does the heavy part so a province of ~8,500 desa and millions of entries stays fast:
 *
 * - desa: one pass over the region rows of the scope (their kecamatan names by a hash join), and
 *   per desa a LATERAL range scan of the window (count and latest date) on the partial index
 *   activity_entry_approved_desa_idx (desa_code, date collate "C") where state = 'disetujui' and
 *   place_kind = 'desa' — index-only — plus, only for a desa without a visit in the window, a
 *   LATERAL `order by date desc limit 1` probe on the same index for its latest visit before it;
 * - kawasan: the active kawasan with a member in scope (kawasan_member_one_active_idx), their
 *   approved entries per category grouped in SQL, in member desa (the same partial index) and for
 *   the kawasan itself (activity_entry_kawasan_idx);
 * - workload: per facilitator two LATERAL aggregates over activity_entry_workload_idx
 *   (facilitator_id, state, date) — the approved entries of the window, in date order, then the
 *   submitted ones — and the desa assigned on the as-of date; in two halves of the facilitators.
 *
 * The dates of the desa index compare bytewise (`collate "C"`, the same order for `YYYY-MM-DD` in
 * any collation): the scans compare the date of every entry they pass with the window's ends, and
 * without the locale's comparison that is a good part cheaper.
 *
 * The days since the last visit, the order of the desa and the 30/60/90 lists come from the domain's
 * `desaCoverage`, run on the one latest visit per desa the database returns.
 *
 * Each query runs with JIT compilation off: the planner multiplies the cost of a LATERAL probe by
 * the thousands of desa or facilitators, so the estimate passes PostgreSQL's JIT threshold and
 * compiling the query would take longer (hundreds of milliseconds) than running it.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { CoverageQuery, CoverageView } from '../../contracts/facilitation.contract.ts';
import { type Database, type Orm, queryRows } from '../../db/client.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { ACTIVITY_CATEGORIES, type ActivityCategory } from '../../domain/facilitation/activity-log.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import {
  type CoverageEntry,
  dayNumber,
  desaCoverage,
  GAP_WINDOWS,
} from '../../domain/facilitation/coverage.ts';
import {
  type CoverageTarget,
  defaultCoverageRegion,
  mayReadCoverage,
} from '../../domain/facilitation/facilitation-access.ts';
import { type FacilitatorType, facilitatorTypeLabel } from '../../domain/facilitation/facilitator.ts';
import { compareText } from '../../domain/facilitation/monthly-report.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { loadKawasan } from '../kawasan/kawasan.repository.ts';

export interface CoverageDeps {
  db: Database;
  now: () => Date;
}

/** The window of the visit counts, the kawasan activities and the workload: the longest gap window. */
export const COVERAGE_WINDOW_DAYS = GAP_WINDOWS[GAP_WINDOWS.length - 1]!;

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a day number (days since 1970-01-01). */
function dateOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The first and last day of the `days`-day window ending on `asOf`, both included. */
export function windowEndingOn(asOf: string, days: number): { from: string; to: string } {
  const n = dayNumber(asOf);
  if (n === null) throw AppError.invalid('asOf', `Tanggal ${asOf} tidak sah; gunakan format YYYY-MM-DD.`);
  return { from: dateOfDay(n - (days - 1)), to: asOf };
}

/** Where coverage is computed: the desa filter, the kawasan filter and the facilitators' filter. */
interface Scope {
  view: CoverageView['scope'];
  target: CoverageTarget;
  /** Condition on `r` (region rows) selecting the desa in scope. */
  desa: SQL;
  /** Condition on `d` (region rows) holding every kecamatan of a desa in scope, and few others. */
  districts: SQL;
  /** Ids of the kawasan whose activities are shown. */
  kawasan: SQL;
  /** Ids of the facilitators whose workload is shown. */
  facilitators: (window: { from: string; to: string }) => SQL;
}

/** Codes starting with `prefix` as a range of the C-collated key (`:` follows `9`). */
const prefixRange = (column: SQL, prefix: string) =>
  sql`${column} >= ${prefix} and ${column} < ${`${prefix}:`}`;

const NOT_A_KELURAHAN = sql`substr(r.code, 7, 1) <> '1'`;

function regionScope(code: string, name: string): Scope {
  return {
    view: { kind: 'region', ref: code, name },
    target: { kind: 'region', code },
    desa: prefixRange(sql`r.code`, code),
    // A kecamatan's code begins with the code of its kabupaten and province (or is the code).
    districts: prefixRange(sql`d.code`, code),
    kawasan: sql`select distinct m.kawasan_id from kawasan_member m
                 where m.active and ${prefixRange(sql`m.desa_code`, code)}`,
    facilitators: (w) => sql`select f.id from facilitator f
      where ${prefixRange(sql`f.home_region_code`, code)}
        and ((f.active_from <= ${w.to} and (f.active_to is null or f.active_to >= ${w.from}))
          or exists (select 1 from activity_entry e
                     where e.facilitator_id = f.id and e.date >= ${w.from} and e.date <= ${w.to}
                       and e.state in ('disetujui', 'diajukan')))`,
  };
}

function kawasanScope(id: string, name: string, memberCodes: readonly string[]): Scope {
  const members = sql`select m.desa_code from kawasan_member m where m.kawasan_id = ${id}`;
  return {
    view: { kind: 'kawasan', ref: id, name },
    target: { kind: 'kawasan', id, desaCodes: memberCodes },
    desa: sql`r.code in (${members})`,
    districts: sql`d.code in (select p.parent_code from region p where p.code in (${members}))`,
    kawasan: sql`select ${id}::uuid`,
    facilitators: (w) => sql`select distinct a.facilitator_id from facilitator_assignment a
      where ((a.place_kind = 'kawasan' and a.kawasan_id = ${id})
          or (a.place_kind = 'desa' and a.desa_code in (${members})))
        and a.from_date <= ${w.to} and (a.to_date is null or a.to_date >= ${w.from})`,
  };
}

interface DesaRow {
  code: string;
  name: string;
  district: string | null;
  last_visit: string | null;
  visits: number;
}

/**
 * Every desa in scope with its latest approved visit on or before `asOf` and its visits in the
 * window: a range scan of the window on the partial index gives both for a desa visited in it;
 * only for the others one backward probe finds the latest visit before the window (the probe's
 * `w.last is null` is a one-time filter, so it is skipped for a desa visited in the window).
 */
function desaRows(orm: Orm, scope: Scope, window: { from: string; to: string }): Promise<DesaRow[]> {
  return queryRows<DesaRow>(
    orm,
    // The kecamatan names by a hash join with the few region rows that can hold them: one probe
    // of the region key per desa would cost more than the rest of the row.
    sql`select r.code, r.name, d.name as district, coalesce(w.last, lv.date) as last_visit, w.visits
        from region r
        left join region d on d.code = r.parent_code and ${scope.districts}
        cross join lateral (
          select max(e.date collate "C") as last, count(*)::int as visits
          from activity_entry e
          where e.desa_code = r.code and e.state = 'disetujui' and e.place_kind = 'desa'
            and e.date collate "C" >= ${window.from} and e.date collate "C" <= ${window.to}
        ) w
        left join lateral (
          select e.date from activity_entry e
          where w.last is null
            and e.desa_code = r.code and e.state = 'disetujui' and e.place_kind = 'desa'
            and e.date collate "C" < ${window.from}
          order by e.date collate "C" desc
          limit 1
        ) lv on true
        where r.level = 4 and ${NOT_A_KELURAHAN} and ${scope.desa}`,
  );
}

interface KawasanCountRow {
  id: string;
  name: string;
  category: string | null;
  n: number;
}

/** Approved activities per kawasan and category in the window: in member desa or for the kawasan. */
function kawasanRows(
  orm: Orm,
  scope: Scope,
  window: { from: string; to: string },
): Promise<KawasanCountRow[]> {
  return queryRows<KawasanCountRow>(
    orm,
    sql`with k as (${scope.kawasan}),
        counts as (
          select m.kawasan_id, e.category, count(*) as n
          from kawasan_member m
          join activity_entry e on e.desa_code = m.desa_code
          where m.kawasan_id in (select * from k)
            and e.state = 'disetujui' and e.place_kind = 'desa'
            and e.date collate "C" >= ${window.from} and e.date collate "C" <= ${window.to}
          group by m.kawasan_id, e.category
          union all
          select e.kawasan_id, e.category, count(*) as n
          from activity_entry e
          where e.kawasan_id in (select * from k)
            and e.state = 'disetujui' and e.place_kind = 'kawasan'
            and e.date >= ${window.from} and e.date <= ${window.to}
          group by e.kawasan_id, e.category
        )
        select kw.id, kw.name, c.category, coalesce(sum(c.n), 0)::int as n
        from kawasan kw
        left join counts c on c.kawasan_id = kw.id
        where kw.id in (select * from k)
        group by kw.id, kw.name, c.category`,
  );
}

interface WorkloadRow {
  id: string;
  name: string;
  type: string;
  entries: number;
  days_active: number;
  desa_covered: number;
  kawasan_covered: number;
  awaiting: number;
  desa_assigned: number;
}

/** Per facilitator of the scope: approved and submitted entries in the window, desa assigned on `asOf`. */
function workloadRows(
  orm: Orm,
  scope: Scope,
  window: { from: string; to: string },
  part: SQL,
): Promise<WorkloadRow[]> {
  return queryRows<WorkloadRow>(
    orm,
    sql`select f.id, f.name, f.type, w.entries, w.days_active, w.desa_covered, w.kawasan_covered,
               s.awaiting, a.desa_assigned
        from facilitator f
        cross join lateral (
          select count(*)::int as entries,
                 count(distinct e.date)::int as days_active,
                 count(distinct e.desa_code) filter (where e.place_kind = 'desa')::int as desa_covered,
                 count(distinct e.kawasan_id) filter (where e.place_kind = 'kawasan')::int as kawasan_covered
          from activity_entry e
          where e.facilitator_id = f.id and e.state = 'disetujui'
            and e.date >= ${window.from} and e.date <= ${window.to}
        ) w
        cross join lateral (
          select count(*)::int as awaiting
          from activity_entry e
          where e.facilitator_id = f.id and e.state = 'diajukan'
            and e.date >= ${window.from} and e.date <= ${window.to}
        ) s
        cross join lateral (
          select count(distinct fa.desa_code)::int as desa_assigned
          from facilitator_assignment fa
          where fa.facilitator_id = f.id and fa.place_kind = 'desa'
            and fa.from_date <= ${window.to} and (fa.to_date is null or fa.to_date >= ${window.to})
        ) a
        where f.id in (${scope.facilitators(window)}) and ${part}`,
  );
}

/**
 * The facilitators in two parts of about the same size (ids are random), each read on its own
 * connection: the workload is the longest of the queries, and in two halves it runs alongside
 * the desa query on the database's cores instead of after it.
 */
const MIDDLE_ID = '80000000-0000-0000-0000-000000000000';
const FACILITATOR_PARTS = [sql`f.id < ${MIDDLE_ID}::uuid`, sql`f.id >= ${MIDDLE_ID}::uuid`];

const outside = (what: 'region' | 'kawasan') =>
  AppError.notFound(what === 'kawasan' ? 'Kawasan tidak ditemukan.' : 'Wilayah tidak ditemukan.');

export function createCoverageService({ db, now }: CoverageDeps) {
  /** A read in its own transaction with JIT off (see the module comment); in parallel on PostgreSQL. */
  function withoutJit<T>(run: (orm: Orm) => Promise<T>): Promise<T> {
    return db.transaction(async (tx) => {
      await tx.orm.execute(sql`set local jit = off`);
      return run(tx.orm);
    });
  }

  async function resolveScope(actor: Actor, query: CoverageQuery): Promise<Scope> {
    if (query.kawasanId !== undefined && query.region !== undefined)
      throw AppError.invalid('region', 'Pilih wilayah atau kawasan, tidak keduanya.');
    if (query.kawasanId !== undefined) {
      const row = await loadKawasan(db.orm, query.kawasanId);
      const scope = kawasanScope(row.id, row.name, row.memberCodes);
      if (!mayReadCoverage(actor, scope.target)) throw outside('kawasan');
      return scope;
    }
    const input = query.region ?? defaultCoverageRegion(actor);
    if (input === null || input === '')
      throw AppError.invalid(
        'region',
        'Pilih provinsi, kabupaten/kota, kecamatan atau kawasan untuk melihat cakupan pendampingan.',
      );
    const parsed = parseRegionCode(input);
    if (!parsed.ok) throw AppError.invalid('region', parsed.message);
    const code = parsed.value.code;
    const [region] = await queryRows<{ name: string }>(
      db.orm,
      sql`select name from region where code = ${code}`,
    );
    if (!region) throw outside('region');
    const scope = regionScope(code, region.name);
    if (!mayReadCoverage(actor, scope.target)) throw outside('region');
    return scope;
  }

  return {
    /** Coverage and workload of a region or kawasan as of a date (default: today); 404 outside the actor's reach. */
    async coverage(actorInput: Actor | null, query: CoverageQuery): Promise<CoverageView> {
      if (!actorInput) throw new AppError('unauthenticated', 'Perlu masuk terlebih dahulu.');
      const actor = actorInput;
      const asOf = query.asOf ?? facilitationToday(now());
      const window = windowEndingOn(asOf, COVERAGE_WINDOW_DAYS);
      const scope = await resolveScope(actor, query);
      const [desa, kawasanCounts, ...workloadParts] = await Promise.all([
        withoutJit((orm) => desaRows(orm, scope, window)),
        withoutJit((orm) => kawasanRows(orm, scope, window)),
        ...FACILITATOR_PARTS.map((part) => withoutJit((orm) => workloadRows(orm, scope, window, part))),
      ]);
      const workload = workloadParts.flat();

      // The latest visit of each desa is all the domain's coverage needs for days, order and gaps.
      const latest: CoverageEntry[] = desa.flatMap((d) =>
        d.last_visit === null
          ? []
          : [
              {
                id: d.code,
                facilitatorId: '',
                date: d.last_visit,
                place: { kind: 'desa', code: d.code },
                category: ACTIVITY_CATEGORIES[0],
                state: 'disetujui',
              },
            ],
      );
      const cov = desaCoverage(latest, desa, asOf);
      const facts = new Map(desa.map((d) => [d.code, d]));

      const byKawasan = new Map<string, CoverageView['byKawasan'][number]>();
      for (const r of kawasanCounts) {
        let row = byKawasan.get(r.id);
        if (!row) {
          const byCategory = {} as Record<ActivityCategory, number>;
          for (const c of ACTIVITY_CATEGORIES) byCategory[c] = 0;
          row = { kawasanId: r.id, name: r.name, total: 0, byCategory };
          byKawasan.set(r.id, row);
        }
        if (r.category === null) continue;
        row.total += Number(r.n);
        const category = r.category as ActivityCategory;
        row.byCategory[category] = (row.byCategory[category] ?? 0) + Number(r.n);
      }

      return {
        asOf,
        scope: scope.view,
        desaCount: desa.length,
        noActivity: {
          '30': cov.noActivity[30].length,
          '60': cov.noActivity[60].length,
          '90': cov.noActivity[90].length,
        },
        desa: cov.desa.map((d) => {
          const f = facts.get(d.code)!;
          return {
            code: d.code,
            name: d.name,
            district: f.district ?? '',
            lastVisit: d.lastVisit,
            daysSinceLastVisit: d.daysSinceLastVisit,
            visits90: Number(f.visits),
          };
        }),
        byKawasan: [...byKawasan.values()].sort(
          (a, b) => compareText(a.name, b.name) || compareText(a.kawasanId, b.kawasanId),
        ),
        workload: workload
          .map((w) => ({
            facilitatorId: w.id,
            name: w.name,
            typeLabel: facilitatorTypeLabel(w.type as FacilitatorType),
            entries: Number(w.entries),
            daysActive: Number(w.days_active),
            desaCovered: Number(w.desa_covered),
            kawasanCovered: Number(w.kawasan_covered),
            awaitingReview: Number(w.awaiting),
            desaAssigned: Number(w.desa_assigned),
          }))
          .sort((a, b) => compareText(a.name, b.name) || compareText(a.facilitatorId, b.facilitatorId)),
      };
    },
  };
}
export type CoverageService = ReturnType<typeof createCoverageService>;
