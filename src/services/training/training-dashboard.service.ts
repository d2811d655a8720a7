/**
 * The training dashboard of a region (province, kabupaten/kota, kecamatan or desa) or a kawasan,
 * by the definitions of domain/training/dashboard.ts: people trained are the distinct participants
 * (by person key) from the place with a completed registration in a finished session — registered,
 * and attended JP ≥ the programme's minimum share of the scheduled JP, exactly as the domain's
 * `completion` — counted per desa, kawasan, target aspect, target group and gender; mean gains
 * per aspect over those completers whose programme tests it (the domain's `summariseAspect`, exact);
 * follow-up outcomes per indicator over each completer's latest record (`followUpOutcomes`); and the
 * share of the place's BUM Desa and BUM Desa Bersama (the enterprise registry's, counted as the
 * business dashboard counts them) with a manager who completed a training (`trainedManagerShare`).
 *
 * A province has tens of thousands of participations, so the counts are made in SQL: completion
 * per registration from the schedule (jsonb) and the present marks, then one `count(distinct
 * person_key)` per breakdown. The gains and follow-ups are read as rows (one per completer and
 * aspect, one per followed-up completer) and summed by the domain, which keeps them exact.
 * Readable per `mayReadDashboard`; anyone else gets a 404 for the place.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { DashboardQuery, DashboardView } from '../../contracts/training-outcome.contract.ts';
import { type Orm, queryRows } from '../../db/client.ts';
import { enterprise } from '../../db/schema.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { GENDER_LABELS } from '../../domain/deliberation/attendance.ts';
import { enterpriseKindLabel } from '../../domain/enterprise/vocabulary.ts';
import { AppError } from '../../domain/errors.ts';
import { defaultCoverageRegion } from '../../domain/facilitation/facilitation-access.ts';
import { percentText } from '../../domain/money/rupiah.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import {
  ASPECT_LABELS,
  ASPECTS,
  type Aspect,
  ROLE_TARGET_GROUP,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
} from '../../domain/training/aspects.ts';
import { followUpOutcomes, trainedManagerShare } from '../../domain/training/dashboard.ts';
import { type IndicatorState, indicatorById } from '../../domain/training/follow-up.ts';
import {
  type AspectGain,
  aspectGain,
  type GainOfMeans,
  type MeanOfGains,
  type ParticipantGain,
  parseScore,
  summariseAspect,
} from '../../domain/training/gain.ts';
import { GENDERS } from '../../domain/training/registration.ts';
import { mayReadDashboard, type PlaceTarget } from '../../domain/training/training-access.ts';
import { placeEnterpriseCondition, placeEnterprises } from '../enterprise/place-enterprises.ts';
import { CONTENT_TYPES, type ExportFile, fileSlug } from '../export/table-export.ts';
import { loadKawasan } from '../kawasan/kawasan.repository.ts';
import { regionNames, signedIn } from './outcome-facts.ts';
import { meanGainView, type OutcomeDeps } from './outcome-view.ts';
import { renderDashboardXlsx } from './training-dashboard-xlsx.ts';

export const BUMDES_SHARE_NOTE =
  'BUM Desa dan BUM Desa Bersama menurut daftar badan usaha: yang didirikan di wilayah ini, atau untuk kawasan ' +
  'yang terhubung ke kawasan atau didirikan desa anggotanya. Terlatih bila sedikitnya satu pengelolanya (peserta ' +
  'berperan pengelola BUM Desa yang terhubung ke badan usaha itu, dari desa mana pun) menyelesaikan pelatihan.';

/** The kinds whose managers the share counts: BUM Desa and BUM Desa Bersama. */
const BUMDES_KINDS = ['bumdes', 'bumdesma'] as const;

/** Codes starting with `prefix` as a range of the C-collated key (`:` follows `9`). */
const prefixRange = (column: SQL, prefix: string) =>
  sql`${column} >= ${prefix} and ${column} < ${`${prefix}:`}`;

export interface DashboardScope {
  view: DashboardView['scope'];
  access: PlaceTarget;
  /** Condition on `p` (training_participant) selecting the participants from the place. */
  participants: SQL;
  /** Condition on `m` (kawasan_member) selecting the memberships a desa's kawasan are read from. */
  memberships: SQL;
}

/** Where the dashboard is about: a region, or a kawasan with its member desa; 404 outside reach. */
export async function resolveDashboardScope(
  orm: Orm,
  actor: Actor,
  query: DashboardQuery,
): Promise<DashboardScope> {
  if (query.kawasanId !== undefined && query.region !== undefined)
    throw AppError.invalid('region', 'Pilih wilayah atau kawasan, tidak keduanya.');
  if (query.kawasanId !== undefined) {
    const row = await loadKawasan(orm, query.kawasanId);
    const access: PlaceTarget = { kind: 'kawasan', id: row.id, desaCodes: row.memberCodes };
    if (!mayReadDashboard(actor, access).allowed) throw AppError.notFound('Kawasan tidak ditemukan.');
    return {
      view: { kind: 'kawasan', ref: row.id, name: row.name },
      access,
      participants: sql`p.desa_code in (select km.desa_code from kawasan_member km where km.kawasan_id = ${row.id}::uuid)`,
      memberships: sql`(m.active or m.kawasan_id = ${row.id}::uuid)`,
    };
  }
  const input = query.region ?? defaultCoverageRegion(actor);
  if (input === null || input === '')
    throw AppError.invalid(
      'region',
      'Pilih provinsi, kabupaten/kota, kecamatan, desa atau kawasan untuk melihat dasbor pelatihan.',
    );
  const parsed = parseRegionCode(input);
  if (!parsed.ok) throw AppError.invalid('region', parsed.message);
  const code = parsed.value.code;
  const name = (await regionNames(orm, [code])).get(code);
  if (name === undefined) throw AppError.notFound('Wilayah tidak ditemukan.');
  const access: PlaceTarget = { kind: 'region', code };
  if (!mayReadDashboard(actor, access).allowed) throw AppError.notFound('Wilayah tidak ditemukan.');
  return {
    view: { kind: 'region', ref: code, name },
    access,
    participants: prefixRange(sql`p.desa_code`, code),
    memberships: sql`m.active`,
  };
}

/**
 * The completed participations from the place, as CTEs ending in `done`: one row per registration
 * registered in a finished session whose days attended (a present mark on a scheduled day) add
 * up to at least the programme's minimum share of the scheduled JP — the domain's `completion`.
 * The schedule is unnested once per session (`days`), and the marks joined by day, so the work
 * grows with the marks, not with a JSON parse per registration.
 */
function completedCte(scope: DashboardScope): SQL {
  return sql`days as (
    select ts.id as session_id, d.day->>'date' as date, (d.day->>'hours')::int as hours
    from training_session ts cross join lateral jsonb_array_elements(ts.schedule) as d(day)
    where ts.state = 'selesai'
  ),
  totals as (select session_id, sum(hours)::int as scheduled from days group by session_id),
  registered as (
    select r.id as registration_id, r.session_id, p.person_key, p.desa_code, p.role, p.gender, p.enterprise_id
    from training_registration r
    join training_participant p on p.id = r.participant_id
    where r.status = 'terdaftar' and r.session_id in (select session_id from totals) and ${scope.participants}
  ),
  attended as (
    select g.registration_id, sum(days.hours)::int as hours
    from registered g
    join days on days.session_id = g.session_id
    join training_attendance a on a.registration_id = g.registration_id and a.date = days.date and a.present
    group by g.registration_id
  ),
  done as (
    select g.*, pr.target_aspects, pr.tested_aspects
    from registered g
    join totals t on t.session_id = g.session_id
    join training_session ts on ts.id = g.session_id
    join training_programme pr on pr.id = ts.programme_id
    left join attended h on h.registration_id = g.registration_id
    where t.scheduled > 0 and coalesce(h.hours, 0) * 100 >= pr.min_attendance_percent * t.scheduled
  )`;
}

/** The role → target group table as SQL rows, from the domain's `ROLE_TARGET_GROUP`. */
function roleGroups(): SQL {
  return sql`(values ${sql.join(
    Object.entries(ROLE_TARGET_GROUP).map(([role, group]) => sql`(${role}, ${group})`),
    sql`, `,
  )}) as g(role, target_group)`;
}

export interface DashboardCounts {
  people: number;
  participations: number;
  sessions: number;
  byDesa: Record<string, number>;
  byKawasan: Record<string, number>;
  byAspect: Record<string, number>;
  byTargetGroup: Record<string, number>;
  byGender: Record<string, number>;
}

/** Every count of people trained in one statement (see the module comment). */
export async function dashboardCounts(orm: Orm, scope: DashboardScope): Promise<DashboardCounts> {
  const rows = await queryRows<{ dim: string; key: string; n: number }>(
    orm,
    sql`with ${completedCte(scope)}
        select 'people' as dim, '' collate "C" as key, count(distinct person_key)::int as n from done
        union all select 'participations', '' collate "C", count(*)::int from done
        union all select 'sessions', '' collate "C", count(distinct session_id)::int from done
        union all select 'desa', desa_code::text collate "C", count(distinct person_key)::int from done
          group by desa_code
        union all select 'gender', gender collate "C", count(distinct person_key)::int from done group by gender
        union all select 'group', g.target_group collate "C", count(distinct done.person_key)::int
          from done join ${roleGroups()} on g.role = done.role group by g.target_group
        union all select 'aspect', a.aspect collate "C", count(distinct done.person_key)::int
          from done cross join lateral unnest(done.target_aspects) as a(aspect) group by a.aspect
        union all select 'kawasan', m.kawasan_id::text collate "C", count(distinct done.person_key)::int
          from done join kawasan_member m on m.desa_code = done.desa_code and ${scope.memberships}
          group by m.kawasan_id`,
  );
  const counts: DashboardCounts = {
    people: 0,
    participations: 0,
    sessions: 0,
    byDesa: {},
    byKawasan: {},
    byAspect: {},
    byTargetGroup: {},
    byGender: {},
  };
  const maps: Record<string, Record<string, number>> = {
    desa: counts.byDesa,
    kawasan: counts.byKawasan,
    aspect: counts.byAspect,
    group: counts.byTargetGroup,
    gender: counts.byGender,
  };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.dim === 'people') counts.people = n;
    else if (r.dim === 'participations') counts.participations = n;
    else if (r.dim === 'sessions') counts.sessions = n;
    else maps[r.dim]![r.key] = n;
  }
  return counts;
}

interface ScoreRow {
  registration_id: string;
  tested_aspects: string[];
  aspect: string | null;
  pre: string | null;
  post: string | null;
}

/** Per aspect tested by some completer's programme: the domain's summary over those completers. */
async function aspectGains(orm: Orm, scope: DashboardScope): Promise<DashboardView['gains']> {
  const rows = await queryRows<ScoreRow>(
    orm,
    sql`with ${completedCte(scope)}
        select done.registration_id::text as registration_id, done.tested_aspects,
               s.aspect, s.pre::text as pre, s.post::text as post
        from done
        left join training_score s on s.registration_id = done.registration_id
          and s.aspect = any(done.tested_aspects)
        where cardinality(done.tested_aspects) > 0
        order by 1, 3`,
  );
  const byRegistration = new Map<
    string,
    { tested: Aspect[]; pre: Record<string, string | null>; post: Record<string, string | null> }
  >();
  for (const r of rows) {
    const entry = byRegistration.get(r.registration_id) ?? {
      tested: r.tested_aspects.filter((a): a is Aspect => (ASPECTS as readonly string[]).includes(a)),
      pre: {},
      post: {},
    };
    if (r.aspect !== null) {
      entry.pre[r.aspect] = r.pre;
      entry.post[r.aspect] = r.post;
    }
    byRegistration.set(r.registration_id, entry);
  }
  const result: DashboardView['gains'] = [];
  for (const aspect of ASPECTS) {
    const group = [...byRegistration.entries()].filter(([, e]) => e.tested.includes(aspect));
    if (group.length === 0) continue;
    // Scores repeat (whole numbers mostly): each distinct pair is read and judged once.
    const pairs = new Map<string, AspectGain>();
    const gainOf = (pre: string | null, post: string | null): AspectGain => {
      const key = `${pre}|${post}`;
      let gain = pairs.get(key);
      if (gain === undefined) {
        const p = parseScore(pre, 'pre');
        const q = parseScore(post, 'post');
        if (!p.ok || !q.ok) throw new AppError('internal', 'Nilai tersimpan tidak sah.');
        gain = aspectGain(p.value, q.value);
        pairs.set(key, gain);
      }
      return gain;
    };
    const participants: ParticipantGain[] = group.map(([id, e]) => ({
      participantId: id,
      aspects: { [aspect]: gainOf(e.pre[aspect] ?? null, e.post[aspect] ?? null) },
    }));
    const summary = summariseAspect(participants, aspect);
    result.push({
      aspect,
      label: ASPECT_LABELS[aspect],
      participants: summary.participants,
      computed: summary.counts.dihitung,
      meanOfGains: meanGainView(summary.meanOfGains),
      gainOfMeans: gainOfMeansView(summary.gainOfMeans),
      notes: summary.notes,
    });
  }
  return result;
}

function gainOfMeansView(g: GainOfMeans | null) {
  if (g === null) return null;
  const asMean: MeanOfGains = { value: g.value, n: g.n, category: g.category };
  return meanGainView(asMean);
}

/** Per indicator, the states of each completer's latest follow-up record (reached only). */
async function indicatorOutcomes(orm: Orm, scope: DashboardScope): Promise<DashboardView['followUps']> {
  const rows = await queryRows<{ reached: boolean; indicators: { indicatorId: string; state: string }[] }>(
    orm,
    sql`with ${completedCte(scope)}
        select distinct on (f.registration_id) f.reached, f.indicators
        from training_follow_up f
        join done on done.registration_id = f.registration_id
        order by f.registration_id, f.recorded_on desc, f.created_at desc, f.id desc`,
  );
  return followUpOutcomes(
    rows.map((r) => ({
      reached: r.reached,
      indicators: r.indicators.map((i) => ({ indicatorId: i.indicatorId, state: i.state as IndicatorState })),
    })),
  ).map((o) => {
    const indicator = indicatorById(o.indicatorId)!;
    return { indicatorId: o.indicatorId, level: indicator.level, label: indicator.label, counts: o.counts };
  });
}

/**
 * The place's BUM Desa and BUM Desa Bersama (place-enterprises.ts) and which of them have a
 * manager who completed a training: completers with the role pengelola_bumdes linked to one of
 * them, wherever they live (the domain's `completion`, through the same CTEs).
 */
async function bumdesShare(orm: Orm, scope: DashboardScope): Promise<DashboardView['bumdes']> {
  const place =
    scope.view.kind === 'kawasan'
      ? ({ kind: 'kawasan', id: scope.view.ref } as const)
      : ({ kind: 'region', code: scope.view.ref } as const);
  const enterprises = await placeEnterprises(orm, place, BUMDES_KINDS);
  const managers: DashboardScope = {
    ...scope,
    participants: sql`p.enterprise_id in (select ${enterprise.id} from ${enterprise} where ${placeEnterpriseCondition(place)}
      and ${enterprise.kind} in (${sql.join(
        BUMDES_KINDS.map((k) => sql`${k}`),
        sql`, `,
      )}))`,
  };
  const trained =
    enterprises.length === 0
      ? []
      : await queryRows<{ id: string }>(
          orm,
          sql`with ${completedCte(managers)}
              select distinct enterprise_id::text as id from done where role = 'pengelola_bumdes'`,
        );
  const share = trainedManagerShare(
    enterprises.map((e) => e.id),
    trained.map((t) => ({ enterpriseId: t.id, role: 'pengelola_bumdes' as const, completed: true })),
  );
  const without = new Set(share.withoutTrainedManager);
  return {
    enterprises: share.enterprises,
    withTrainedManager: share.withTrainedManager,
    percentText: percentText(BigInt(share.withTrainedManager), BigInt(share.enterprises)),
    withoutTrainedManager: enterprises
      .filter((e) => without.has(e.id))
      .map((e) => ({ id: e.id, name: e.name, kind: e.kind, kindLabel: enterpriseKindLabel(e.kind) })),
    note: BUMDES_SHARE_NOTE,
  };
}

export function createTrainingDashboardService({ db, now }: OutcomeDeps) {
  return {
    /** The dashboard as an XLSX workbook (see training-dashboard-xlsx.ts). */
    async exportXlsx(actor: Actor | null, query: DashboardQuery): Promise<ExportFile> {
      const view = await this.dashboard(actor, query);
      return {
        fileName: `dasbor-pelatihan-${fileSlug(view.scope.name, { fallback: 'wilayah', maxLength: 60 })}.xlsx`,
        contentType: CONTENT_TYPES.xlsx,
        body: await renderDashboardXlsx(view, now()),
      };
    },

    /** The dashboard of a region or kawasan; 404 outside the reader's reach. */
    async dashboard(actorInput: Actor | null, query: DashboardQuery): Promise<DashboardView> {
      const actor = signedIn(actorInput);
      const scope = await resolveDashboardScope(db.orm, actor, query);
      const { counts, gains, followUps, bumdes } = await db.transaction(async (tx) => {
        // The lateral sums over every registration would pass the JIT threshold; compiling costs more.
        await tx.orm.execute(sql`set local jit = off`);
        return {
          counts: await dashboardCounts(tx.orm, scope),
          gains: await aspectGains(tx.orm, scope),
          followUps: await indicatorOutcomes(tx.orm, scope),
          bumdes: await bumdesShare(tx.orm, scope),
        };
      });
      const desaNames = await regionNames(db.orm, Object.keys(counts.byDesa));
      const kawasanIds = Object.keys(counts.byKawasan);
      const kawasanNames = new Map(
        kawasanIds.length === 0
          ? []
          : (
              await queryRows<{ id: string; name: string }>(
                db.orm,
                sql`select id::text as id, name from kawasan where id in (${sql.join(
                  kawasanIds.map((id) => sql`${id}::uuid`),
                  sql`, `,
                )})`,
              )
            ).map((r) => [r.id, r.name]),
      );
      const sortedKeys = (record: Record<string, number>) =>
        Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        scope: scope.view,
        sessions: counts.sessions,
        people: {
          people: counts.people,
          participations: counts.participations,
          byDesa: sortedKeys(counts.byDesa).map((code) => ({
            code,
            name: desaNames.get(code) ?? code,
            people: counts.byDesa[code]!,
          })),
          byKawasan: sortedKeys(counts.byKawasan).map((id) => ({
            id,
            name: kawasanNames.get(id) ?? id,
            people: counts.byKawasan[id]!,
          })),
          byAspect: ASPECTS.map((aspect) => ({
            aspect,
            label: ASPECT_LABELS[aspect],
            people: counts.byAspect[aspect] ?? 0,
          })),
          byTargetGroup: TARGET_GROUPS.map((group) => ({
            group,
            label: TARGET_GROUP_LABELS[group],
            people: counts.byTargetGroup[group] ?? 0,
          })),
          byGender: GENDERS.map((gender) => ({
            gender,
            label: GENDER_LABELS[gender],
            people: counts.byGender[gender] ?? 0,
          })),
        },
        gains,
        followUps,
        bumdes,
      };
    },
  };
}
export type TrainingDashboardService = ReturnType<typeof createTrainingDashboardService>;
