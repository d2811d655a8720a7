/**
 * Suggested training needs of a desa or a kawasan (domain/training/training-needs.ts): the
 * service reads the three sources and the domain ranks them —
 * (a) facilitators' approved activity entries of the place in the log window (their agreed
 *     follow-up text), for a kawasan those of its member desa and of the kawasan itself;
 * (b) the IDM indicator scores of each desa in the latest year the desa has them;
 * (c) sessions not cancelled that ended in the recent window or are still to come, serving the
 *     desa (or a kawasan it belongs to) or the kawasan (or a member desa), or with registered
 *     participants from there — their participants' desa count as served by them.
 * Readable per `mayReadNeeds`; anyone else gets a 404 for the place.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { NeedsQuery, NeedsView } from '../../contracts/training-outcome.contract.ts';
import { type Orm, queryRows } from '../../db/client.ts';
import type { Actor } from '../../domain/access/policy.ts';
import { AppError } from '../../domain/errors.ts';
import { ACTIVITY_CATEGORY_LABELS, type ActivityCategory } from '../../domain/facilitation/activity-log.ts';
import { facilitationToday } from '../../domain/facilitation/calendar.ts';
import type { LogState } from '../../domain/facilitation/review.ts';
import { parseRegionCode } from '../../domain/region-code.ts';
import { addDays, addMonths } from '../../domain/training/calendar.ts';
import type { TrainingTopicId } from '../../domain/training/topics.ts';
import { mayReadNeeds, type PlaceTarget } from '../../domain/training/training-access.ts';
import {
  DEFAULT_LOG_WINDOW_DAYS,
  DEFAULT_RECENT_TRAINING_MONTHS,
  type DesaIndicatorScores,
  type LoggedFollowUp,
  type NeedsTarget,
  suggestTrainingNeeds,
  type TrainingHeld,
} from '../../domain/training/training-needs.ts';
import { IDM_SCHEME } from '../../domain/village-index/idm.scheme.ts';
import { loadKawasan } from '../kawasan/kawasan.repository.ts';
import { kawasanOfDesa, regionNames, signedIn } from './outcome-facts.ts';
import type { OutcomeDeps } from './outcome-view.ts';

const PLACE_NOT_FOUND = { desa: 'Desa tidak ditemukan.', kawasan: 'Kawasan tidak ditemukan.' } as const;

/** `array[…]::<type>[]` of the values, as bound parameters. */
export function sqlArray(values: readonly string[], type: 'text' | 'uuid'): SQL {
  if (values.length === 0) return sql.raw(`array[]::${type}[]`);
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::${sql.raw(type)}[]`;
}

interface ResolvedPlace {
  target: NeedsTarget;
  access: PlaceTarget;
  view: NeedsView['target'];
  desaCodes: string[];
  kawasanIds: string[];
}

async function resolvePlace(orm: Orm, actor: Actor, query: NeedsQuery): Promise<ResolvedPlace> {
  if (query.desa !== undefined && query.kawasanId !== undefined)
    throw AppError.invalid('desa', 'Pilih desa atau kawasan, tidak keduanya.');
  if (query.kawasanId !== undefined) {
    const row = await loadKawasan(orm, query.kawasanId);
    const members = [...row.memberCodes].sort();
    const access: PlaceTarget = { kind: 'kawasan', id: row.id, desaCodes: members };
    if (!mayReadNeeds(actor, access).allowed) throw AppError.notFound(PLACE_NOT_FOUND.kawasan);
    return {
      target: { kind: 'kawasan', id: row.id, desaCodes: members },
      access,
      view: { kind: 'kawasan', ref: row.id, name: row.name },
      desaCodes: members,
      kawasanIds: [row.id],
    };
  }
  if (query.desa === undefined || query.desa === '')
    throw AppError.invalid('desa', 'Pilih desa atau kawasan untuk melihat kebutuhan pelatihannya.');
  const parsed = parseRegionCode(query.desa);
  if (!parsed.ok) throw AppError.invalid('desa', parsed.message);
  if (parsed.value.level !== 'village')
    throw AppError.invalid(
      'desa',
      'Kebutuhan pelatihan dihitung untuk satu desa (kode 10 digit) atau satu kawasan.',
    );
  const code = parsed.value.code;
  const name = (await regionNames(orm, [code])).get(code);
  if (name === undefined) throw AppError.notFound(PLACE_NOT_FOUND.desa);
  const access: PlaceTarget = { kind: 'region', code };
  if (!mayReadNeeds(actor, access).allowed) throw AppError.notFound(PLACE_NOT_FOUND.desa);
  const kawasanIds = (await kawasanOfDesa(orm, [code])).get(code) ?? [];
  return {
    target: { kind: 'desa', code, kawasanIds },
    access,
    view: { kind: 'desa', ref: code, name },
    desaCodes: [code],
    kawasanIds,
  };
}

/** Approved entries of the place dated in `from`..`to`: in its desa, and for a kawasan the kawasan's own. */
async function loggedFollowUps(
  orm: Orm,
  place: ResolvedPlace,
  from: string,
  to: string,
): Promise<LoggedFollowUp[]> {
  const own =
    place.target.kind === 'kawasan'
      ? sql`or (e.place_kind = 'kawasan' and e.kawasan_id = ${place.target.id}::uuid)`
      : sql``;
  const desa =
    place.desaCodes.length === 0
      ? sql`false`
      : sql`(e.place_kind = 'desa' and e.desa_code in (${sql.join(
          place.desaCodes.map((c) => sql`${c}`),
          sql`, `,
        )}))`;
  const rows = await queryRows<{
    id: string;
    date: string;
    state: string;
    place_kind: string;
    desa_code: string | null;
    kawasan_id: string | null;
    category: string;
    follow_up: string;
  }>(
    orm,
    sql`select e.id::text as id, e.date, e.state, e.place_kind, e.desa_code, e.kawasan_id::text as kawasan_id,
               e.category, e.follow_up
        from activity_entry e
        where e.state = 'disetujui' and e.date >= ${from} and e.date <= ${to}
          and (${desa} ${own})
        order by e.date desc, e.id`,
  );
  return rows.map((r) => ({
    entryId: r.id,
    date: r.date,
    state: r.state as LogState,
    desaCode: r.place_kind === 'desa' ? r.desa_code : null,
    kawasanId: r.kawasan_id,
    category: r.category as ActivityCategory,
    followUp: r.follow_up,
  }));
}

/** Each desa's IDM indicator scores of the latest year it has them. */
async function latestIndicatorScores(orm: Orm, desaCodes: readonly string[]): Promise<DesaIndicatorScores[]> {
  if (desaCodes.length === 0) return [];
  const rows = await queryRows<{ region_code: string; year: number; indicator_code: string; score: number }>(
    orm,
    sql`select i.region_code, i.year, i.indicator_code, i.score
        from village_index_indicator i
        where i.scheme = ${IDM_SCHEME.id}
          and i.region_code in (${sql.join(
            desaCodes.map((c) => sql`${c}`),
            sql`, `,
          )})
          and i.year = (select max(j.year) from village_index_indicator j
                        where j.scheme = i.scheme and j.region_code = i.region_code)
        order by i.region_code, i.indicator_code`,
  );
  const byDesa = new Map<string, DesaIndicatorScores>();
  for (const r of rows) {
    const entry = byDesa.get(r.region_code) ?? { desaCode: r.region_code, year: Number(r.year), scores: {} };
    (entry.scores as Record<string, number>)[r.indicator_code] = Number(r.score);
    byDesa.set(r.region_code, entry);
  }
  return [...byDesa.values()];
}

interface HeldRow {
  id: string;
  label: string;
  title: string;
  topic_id: string;
  end_date: string;
  desa_codes: string[];
  kawasan_ids: string[];
  participant_desa: string[] | null;
}

/** Sessions not cancelled ending on or after `from` that served the place or trained people from it. */
async function trainingsHeld(orm: Orm, place: ResolvedPlace, from: string): Promise<HeldRow[]> {
  const desa = sqlArray(place.desaCodes, 'text');
  const participantsFrom =
    place.desaCodes.length === 0
      ? sql`false`
      : sql`exists (select 1 from training_registration r
                    join training_participant p on p.id = r.participant_id
                    where r.session_id = ts.id and r.status = 'terdaftar'
                      and p.desa_code in (${sql.join(
                        place.desaCodes.map((c) => sql`${c}`),
                        sql`, `,
                      )}))`;
  return queryRows<HeldRow>(
    orm,
    sql`select ts.id::text as id, ts.label, tp.title, tp.topic_id, ts.end_date, ts.desa_codes,
               ts.kawasan_ids::text[] as kawasan_ids,
               (select array_agg(distinct p.desa_code::text) from training_registration r
                  join training_participant p on p.id = r.participant_id
                  where r.session_id = ts.id and r.status = 'terdaftar') as participant_desa
        from training_session ts
        join training_programme tp on tp.id = ts.programme_id
        where ts.state <> 'batal' and ts.end_date >= ${from}
          and (ts.desa_codes && ${desa} or ts.kawasan_ids && ${sqlArray(place.kawasanIds, 'uuid')}
               or ${participantsFrom})
        order by ts.end_date, ts.id`,
  );
}

export function createTrainingNeedsService({ db, now }: OutcomeDeps) {
  return {
    /** The suggested needs of a desa or kawasan, each with its evidence; 404 outside the reader's reach. */
    async needs(actorInput: Actor | null, query: NeedsQuery): Promise<NeedsView> {
      const actor = signedIn(actorInput);
      const orm = db.orm;
      const today = facilitationToday(now());
      const place = await resolvePlace(orm, actor, query);
      const logFrom = addDays(today, -DEFAULT_LOG_WINDOW_DAYS);
      const recentFrom = addMonths(today, -DEFAULT_RECENT_TRAINING_MONTHS);
      const [entries, scores, held] = await Promise.all([
        loggedFollowUps(orm, place, logFrom, today),
        latestIndicatorScores(orm, place.desaCodes),
        trainingsHeld(orm, place, recentFrom),
      ]);
      const trainings: TrainingHeld[] = held.map((h) => ({
        sessionId: h.id,
        topicId: h.topic_id as TrainingTopicId,
        endDate: h.end_date,
        desaCodes: [...new Set([...h.desa_codes, ...(h.participant_desa ?? [])])].sort(),
        kawasanIds: h.kawasan_ids,
      }));
      const result = suggestTrainingNeeds(place.target, entries, scores, trainings, { today });
      const names = await regionNames(orm, [
        ...place.desaCodes,
        ...result.suggestions.flatMap((s) => s.desaCodes),
      ]);
      const sessions = new Map(held.map((h) => [h.id, h]));
      return {
        target: place.view,
        today,
        logWindow: { from: logFrom, to: today },
        recentFrom,
        indicatorYears: scores.map((s) => ({ desaCode: s.desaCode, year: s.year })),
        suggestions: result.suggestions.map((s) => ({
          topicId: s.topicId,
          label: s.label,
          rank: s.rank,
          points: s.points,
          desa: s.desaCodes.map((code) => ({ code, name: names.get(code) ?? code })),
          evidence: s.evidence.map((e) =>
            e.kind === 'catatan_pendamping'
              ? { ...e, categoryLabel: ACTIVITY_CATEGORY_LABELS[e.category] }
              : e,
          ),
          explanation: s.explanation,
        })),
        coveredByRecentTraining: result.coveredByRecentTraining.map((c) => ({
          topicId: c.topicId,
          label: c.label,
          sessions: c.sessionIds.map((id) => {
            const h = sessions.get(id)!;
            return { id, label: h.label, programmeTitle: h.title, endDate: h.end_date };
          }),
          pointsRemoved: c.pointsRemoved,
        })),
      };
    },
  };
}
export type TrainingNeedsService = ReturnType<typeof createTrainingNeedsService>;
